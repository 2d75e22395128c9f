"""Shared helpers for the mb35 corpus generator (deterministic)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 11, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(x, dec=1, neg="-"):
    """Swedish number: thousands with space, decimal comma. x may be float or int."""
    v = round(float(x), dec)
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if v < 0:
        if neg == "dash":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
        return "-" + s
    return s


def t(v):
    """tenths integer -> float"""
    return v / 10.0


class Doc(FPDF):
    def __init__(self, runhead, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.runhead = runhead
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 18, 20)
        self.cover = True

    def multi_cell(self, w, h=None, text="", *args, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *args, **kw)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.cell(0, 5, self.runhead, align="L")
        self.ln(8)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("DV", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")

    def h1(self, txt):
        self.set_font("DV", "B", 15)
        self.multi_cell(0, 8, txt)
        self.ln(2)

    def h2(self, txt):
        self.set_font("DV", "B", 11.5)
        self.multi_cell(0, 6.5, txt)
        self.ln(1)

    def p(self, txt, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, txt)
        self.ln(2.5)

    def note(self, txt):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.2, txt)
        self.ln(2)

    def table(self, header_lines, rows, widths, caption=None, bold_labels=(),
              section_labels=(), size=8.5, cont_after=None, cont_caption=None):
        """header_lines: list of lists of strings (one per header line).
        rows: list of lists (first col label). cont_after: index after which a
        page break is forced and the header repeated."""
        if caption:
            self.set_font("DV", "I", 8.5)
            self.cell(0, 5, caption)
            self.ln(6)

        def draw_header():
            self.set_font("DV", "B", size)
            for hl in header_lines:
                for i, (c, w) in enumerate(zip(hl, widths)):
                    self.cell(w, 5, c, align="L" if i == 0 else "R")
                self.ln(5)
            self.line(self.get_x(), self.get_y(), self.get_x() + sum(widths), self.get_y())
            self.ln(1)

        draw_header()
        for ri, r in enumerate(rows):
            if cont_after is not None and ri == cont_after:
                self.add_page(orientation=self.cur_orientation)
                if cont_caption:
                    self.set_font("DV", "I", 8.5)
                    self.cell(0, 5, cont_caption)
                    self.ln(6)
                draw_header()
            lab = r[0]
            style = "B" if (lab in bold_labels or lab in section_labels) else ""
            self.set_font("DV", style, size)
            for i, (c, w) in enumerate(zip(r, widths)):
                self.cell(w, 5, c, align="L" if i == 0 else "R")
            self.ln(5)
        self.ln(3)


def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and fixed core dates."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        b = zin.read(name)
        if name == "docProps/core.xml":
            s = b.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-11-01T09:00:00Z\2", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-11-01T09:00:00Z\2", s)
            b = s.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=(2024, 11, 1, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, b)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())


def html_page(title, site, nav, body, published, updated=None, phone="0573-140 00"):
    upd = f'<p class="meta">Senast uppdaterad: {updated}</p>' if updated else ""
    navs = "".join(f'<li><a href="#">{n}</a></li>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<div id="cookie-banner" class="cookie">
<p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. <a href="#">Läs mer om kakor</a></p>
<button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header>
<a class="logo" href="/">{site}</a>
<nav><ul>{navs}</ul></nav>
<form class="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<div class="breadcrumbs"><a href="/">Start</a> / <a href="#">Kommun och politik</a> / {title}</div>
<main>
<article>
<h1>{title}</h1>
<p class="meta">Publicerad: {published}</p>
{body}
{upd}
</article>
</main>
<footer>
<p>{site} | Växel {phone} | kommun@example.se</p>
<p><a href="#">Tillgänglighetsredogörelse</a> | <a href="#">Personuppgifter (GDPR)</a> | <a href="#">Om kakor</a></p>
</footer>
</body>
</html>
"""
