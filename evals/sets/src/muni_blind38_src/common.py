"""Shared helpers for the blind-muni38 corpus generator (deterministic)."""
import io
import re
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime(2025, 1, 15, 8, 0, 0, tzinfo=timezone.utc)


def fmt(x, dec=1, neg="-"):
    """Swedish number format: space thousands, decimal comma, chosen negative style."""
    v = round(abs(x), dec)
    s = f"{v:,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0 and round(abs(x), dec) != 0:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    return s


class Doc(FPDF):
    def __init__(self, runhead, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.runhead = runhead
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 20, 20)
        self.skip_head = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.runhead, new_x="LMARGIN", new_y="NEXT", align="R")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")

    def title_page(self, lines):
        self.add_page()
        self.ln(60)
        self.set_font("DejaVu", "B", 24)
        self.multi_cell(0, 12, lines[0], align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 13)
        for l in lines[1:]:
            self.ln(4)
            self.multi_cell(0, 7, l, align="C", new_x="LMARGIN", new_y="NEXT")

    def h1(self, t, newpage=True):
        if newpage:
            self.add_page()
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 9, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.page_break_trigger - 30:
            self.add_page()
        self.ln(2)
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, t):
        self.set_font("DejaVu", "", 10)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def note(self, t):
        self.set_font("DejaVu", "I", 8)
        self.multi_cell(0, 4.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def _head_rows(self, heads, widths):
        self.set_font("DejaVu", "B", 8.5)
        self.set_fill_color(225, 232, 240)
        for hr in heads:
            for i, (c, w) in enumerate(zip(hr, widths)):
                self.cell(w, 5.2, c, fill=True, align="L" if i == 0 else "R")
            self.ln(5.2)

    def table(self, caption, heads, rows, widths, unit=None):
        """rows: list of (cells, style) with style in '', 'b' (sum), 's' (section)."""
        if self.get_y() > self.page_break_trigger - 40:
            self.add_page()
        self.set_font("DejaVu", "B", 10)
        self.multi_cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
        if unit:
            self.set_font("DejaVu", "I", 8.5)
            self.cell(0, 5, unit, new_x="LMARGIN", new_y="NEXT")
        self._head_rows(heads, widths)
        for cells, style in rows:
            if self.get_y() + 5.2 > self.page_break_trigger:
                self.add_page()
                self.set_font("DejaVu", "I", 8.5)
                self.cell(0, 5, caption + " (forts.)", new_x="LMARGIN", new_y="NEXT")
                self._head_rows(heads, widths)
            self.set_font("DejaVu", "B" if style in ("b", "s") else "", 8.5)
            if style == "s":
                self.cell(sum(widths), 5.2, cells[0])
            else:
                for i, (c, w) in enumerate(zip(cells, widths)):
                    self.cell(w, 5.2, c, align="L" if i == 0 else "R")
            self.ln(5.2)
            if style == "b":
                self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
        self.ln(4)


def _fix_zip(path, core_xml_sub=True):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        content = zin.read(name)
        if name == "docProps/core.xml":
            s = content.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-15T08:00:00Z\g<2>", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-15T08:00:00Z\g<2>", s)
            content = s.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 8, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, content)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())


def save_docx(doc, path):
    cp = doc.core_properties
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = "Kommunkansliet"
    cp.revision = 1
    doc.save(path)
    _fix_zip(path)


def save_xlsx(wb, path):
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.properties.creator = "Ekonomiavdelningen"
    wb.save(path)
    _fix_zip(path)


def save_pdf(pdf, path):
    pdf.output(path)


def html_page(title, site, nav, crumbs, body, published, updated, footer):
    navl = "\n".join(f'        <li><a href="{h}">{t}</a></li>' for t, h in nav)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>{title} - {site}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/consent.js" defer></script>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner" role="dialog">
    <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. Läs mer om hur vi använder kakor.</p>
    <button type="button">Godkänn alla kakor</button> <button type="button">Endast nödvändiga</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <a class="skip" href="#main">Gå direkt till innehåll</a>
    <nav aria-label="Huvudmeny">
      <ul>
{navl}
      </ul>
    </nav>
    <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
  </header>
  <nav class="breadcrumbs" aria-label="Brödsmulor">{crumbs}</nav>
  <main id="main">
{body}
    <p class="dates">Publicerad: {published} | Senast uppdaterad: {updated}</p>
  </main>
  <footer class="site-footer">
{footer}
  </footer>
</body>
</html>
"""
