"""Shared helpers for the dev-muni55 corpus generator (deterministic output)."""
import datetime
import io
import os
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)


def r1(x, d=1):
    return round(x + 0.0, d)


def fmt(v, dec=1, neg="hyphen", thou=" "):
    """Swedish number format. neg: 'hyphen' -> -26,1 ; 'endash' -> – 26,1 ; 'paren' -> (26,1)."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    v = round(v, dec)
    if v == 0:
        v = 0.0
    s = f"{abs(v):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", thou)
    if v < 0:
        if neg == "endash":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
        return "-" + s
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, 20)
        self.set_margins(20, 18, 20)
        self.no_head = set()

    def multi_cell(self, *args, **kwargs):
        kwargs.setdefault("new_x", "LMARGIN")
        kwargs.setdefault("new_y", "NEXT")
        return super().multi_cell(*args, **kwargs)

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
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, text):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, text)
        self.ln(3)

    def h2(self, text):
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 6, text)
        self.ln(1.5)

    def para(self, text, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5, text)
        self.ln(2.5)

    def bullets(self, items, size=10):
        self.set_font("DejaVu", "", size)
        for it in items:
            self.multi_cell(0, 5, "• " + it)
            self.ln(0.8)
        self.ln(2)

    def table(self, header_lines, rows, widths, caption=None, unit=None, notes=None,
              size=8.5, rowh=5.2, cont_label=" (forts.)"):
        """rows: list of (kind, cells) with kind in 'row', 'sec', 'sum'."""
        if caption:
            self.set_font("DejaVu", "B", 10.5)
            self.cell(0, 6, caption)
            self.ln(6)
        if unit:
            self.set_font("DejaVu", "I", 8.5)
            self.cell(0, 5, unit)
            self.ln(5.5)

        def draw_header():
            self.set_font("DejaVu", "B", size)
            for hl in header_lines:
                for i, c in enumerate(hl):
                    self.cell(widths[i], rowh, c, align="L" if i == 0 else "R")
                self.ln(rowh)
            x = self.l_margin
            self.line(x, self.get_y(), x + sum(widths), self.get_y())
            self.ln(0.8)

        draw_header()
        for kind, cells in rows:
            if self.get_y() + rowh > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                if caption:
                    self.set_font("DejaVu", "B", 10.5)
                    self.cell(0, 6, caption + cont_label)
                    self.ln(6)
                draw_header()
            if kind == "sec":
                self.set_font("DejaVu", "B", size)
                self.cell(widths[0], rowh, cells[0] if isinstance(cells, list) else cells)
                self.ln(rowh)
                continue
            self.set_font("DejaVu", "B" if kind == "sum" else "", size)
            for i, c in enumerate(cells):
                self.cell(widths[i], rowh, c, align="L" if i == 0 else "R")
            self.ln(rowh)
        if notes:
            self.ln(1)
            self.set_font("DejaVu", "I", 7.5)
            for n in notes:
                self.multi_cell(0, 4, n)
        self.ln(4)


def normalize_zip(path, core_date="2025-01-15T09:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core property dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_date + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_date + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/main.css">
</head>
<body>
<div id="cookie-banner" class="cookie-banner">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button type="button">Godkänn alla kakor</button> <button type="button">Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/">{site}</a>
  <nav class="main-nav" aria-label="Huvudmeny">
    <ul>
{nav}
    </ul>
  </nav>
  <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumbs" aria-label="Brödsmulor">{crumbs}</nav>
<main id="content">
<article>
{body}
</article>
</main>
<footer class="site-footer">
{footer}
</footer>
</body>
</html>
"""
