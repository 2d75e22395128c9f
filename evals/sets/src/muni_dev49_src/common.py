"""Shared helpers for the dev-muni49 corpus generator (deterministic output)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 1, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)


def sv(x, dec=1, neg="-", thousands=True):
    """Format a number Swedish style: decimal comma, space thousands, chosen minus style."""
    if x is None:
        return ""
    v = round(x, dec)
    if v == 0:
        v = 0.0
    s = f"{abs(v):,.{dec}f}".replace(",", " " if thousands else "").replace(".", ",")
    if v < 0:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.skip_head = True

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.running_head, align="L")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")

    # text blocks
    def h1(self, t):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 9, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def h2(self, t):
        self.ln(2)
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t):
        self.set_font("DejaVu", "", 10)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DejaVu", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def caption(self, t):
        self.set_font("DejaVu", "I", 9)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def note(self, t):
        self.set_font("DejaVu", "", 7.5)
        self.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, header_lines, rows, widths, size=8.5, first_align="L"):
        """header_lines: list of lists (one per header line). rows: list of (cells, style)
        style: '' normal, 'B' bold sum row, 'S' section row (label only)."""
        lh = 5.2
        self.set_font("DejaVu", "B", size)
        for hl in header_lines:
            for i, c in enumerate(hl):
                self.cell(widths[i], lh, c, align=(first_align if i == 0 else "R"))
            self.ln(lh)
        y = self.get_y()
        self.line(self.l_margin, y, self.l_margin + sum(widths), y)
        for cells, style in rows:
            if style == "S":
                self.set_font("DejaVu", "B", size)
                self.cell(sum(widths), lh, cells[0], align="L")
                self.ln(lh)
                continue
            self.set_font("DejaVu", "B" if style == "B" else "", size)
            for i, c in enumerate(cells):
                self.cell(widths[i], lh, c, align=(first_align if i == 0 else "R"))
            self.ln(lh)
        self.ln(3)


def fix_zip(path, fixed=(2026, 1, 15, 9, 0, 0)):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>2026-01-15T09:00:00Z\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=fixed)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def html_page(site, title, nav, crumbs, body, published, updated, footer):
    navhtml = "\n".join(f'        <li><a href="#">{n}</a></li>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:Arial,sans-serif}} table{{border-collapse:collapse}} td,th{{padding:4px 8px;border:1px solid #ccc}}</style>
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen. Läs mer om hur vi hanterar kakor.</p>
  <button>Godkänn alla kakor</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a class="skip" href="#main">Hoppa till innehållet</a>
  <div class="logo">{site}</div>
  <nav aria-label="Huvudmeny">
    <ul>
{navhtml}
    </ul>
  </nav>
  <form role="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumbs" aria-label="Brödsmulor">{' &gt; '.join(crumbs)}</nav>
<main id="main">
<article>
<h1>{title}</h1>
<p class="meta">Publicerad {published}</p>
{body}
<p class="meta">Senast uppdaterad {updated}</p>
</article>
</main>
<footer>
{footer}
</footer>
</body>
</html>
"""
