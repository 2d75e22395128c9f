"""Shared helpers for the dev-muni43 corpus generator (deterministic)."""
import io, re, zipfile, datetime
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 15, 8, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-", thou=True, paren=False):
    """Swedish number format. neg: '-' or '– ' ; paren: (26,1)."""
    if v is None:
        return ""
    s = f"{abs(v):,.{dec}f}"
    s = s.replace(",", " ").replace(".", ",")
    if not thou:
        s = s.replace(" ", "")
    if v < 0 and round(abs(v), dec) != 0:
        if paren:
            return f"({s})"
        return f"{neg}{s}"
    return s


class Doc(FPDF):
    def __init__(self, runhead, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.runhead = runhead
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 20, 20)
        self.nohead = True

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.runhead, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("DV", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()}", align="R")

    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def caption(self, t):
        self.set_font("DV", "I", 8.5)
        self.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")

    def table(self, headers, rows, widths, bold=(), section=(), size=8.5, rowh=5.2):
        """headers: list of header lines (each a list of cells). rows: list of lists of str."""
        self.set_font("DV", "B", size)
        self.set_fill_color(225, 232, 240)
        for hl in headers:
            for i, c in enumerate(hl):
                self.cell(widths[i], rowh, c, border=0, fill=True, align="L" if i == 0 else "R")
            self.ln(rowh)
        for ri, r in enumerate(rows):
            is_b = ri in bold
            is_s = ri in section
            self.set_font("DV", "B" if (is_b or is_s) else "", size)
            if is_s:
                self.cell(sum(widths), rowh, r[0], border=0)
            else:
                for i, c in enumerate(r):
                    self.cell(widths[i], rowh, c, border="T" if is_b else 0, align="L" if i == 0 else "R")
            self.ln(rowh)
        self.ln(2)

    def footnote(self, t):
        self.set_font("DV", "", 7.5)
        self.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)


def normalize_zip(path, created="2025-01-15T08:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = content.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + created + r"\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + created + r"\g<2>", s)
                content = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())


HTML_HEAD = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body>
<div id="cookie-banner" class="cookie-banner">
<p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen. Läs mer om <a href="/om-webbplatsen/kakor">hur vi använder kakor</a>.</p>
<button type="button">Acceptera alla</button> <button type="button">Endast nödvändiga</button>
</div>
<header class="site-header">
<a class="skip" href="#main">Till innehållet</a>
<a class="logo" href="/">{kommun}</a>
<nav class="main-nav"><ul>
{nav}
</ul></nav>
<form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumbs"><a href="/">Start</a> / {crumbs}</nav>
<main id="main">
"""

HTML_FOOT = """</main>
<footer class="site-footer">
<div class="contact"><h2>Kontakta oss</h2>
<p>{kommun}<br>{address}<br>Telefon: {phone}<br>E-post: {email}</p></div>
<div class="links"><ul><li><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a></li>
<li><a href="/om-webbplatsen/personuppgifter">Behandling av personuppgifter</a></li>
<li><a href="/om-webbplatsen/kakor">Kakor</a></li></ul></div>
<p class="copy">© {kommun}</p>
</footer>
</body>
</html>
"""
