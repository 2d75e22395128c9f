"""Shared helpers for the md33 corpus generator (deterministic output)."""
import datetime
import io
import re
import zipfile
from decimal import Decimal as D, ROUND_HALF_UP

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 15, 10, 0, 0, tzinfo=datetime.timezone.utc)


def q(x, dec=1):
    """Round a Decimal half-up to dec decimals."""
    return D(x).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def fmt(x, dec=1, neg="hyphen", zero=None):
    """Swedish number format: space thousands, decimal comma, negative style."""
    x = D(x)
    if x == 0 and zero is not None:
        return zero
    s = f"{abs(q(x, dec)):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0:
        if neg == "hyphen":
            return "-" + s
        if neg == "endash":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
    return s


class Doc(FPDF):
    def __init__(self, head, foot, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head = head
        self.foot = foot
        self.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("dv", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_creator("md33 generator")
        self.set_producer("md33 generator")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.show_head = True

    def header(self):
        if self.page_no() == 1 or not self.show_head:
            return
        self.set_font("dv", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(0, 4, self.head, align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"{self.foot}   Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    # ---- text helpers
    def h1(self, text):
        self.set_font("dv", "B", 16)
        self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, text):
        self.ln(2)
        self.set_font("dv", "B", 12)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, text, size=10):
        self.set_font("dv", "", size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items):
        self.set_font("dv", "", 10)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, text):
        self.set_font("dv", "", 7.5)
        self.multi_cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, widths, header_rows, rows, aligns=None, caption=None, size=8.5,
              rh=5.5, cont_caption=None):
        """rows: list of (kind, cells); kind in normal/section/sum."""
        if aligns is None:
            aligns = ["L"] + ["R"] * (len(widths) - 1)
        limit = self.h - 22

        def draw_header(cap):
            if cap:
                self.set_font("dv", "I", 8.5)
                self.cell(sum(widths), 5, cap, new_x="LMARGIN", new_y="NEXT")
            self.set_font("dv", "B", size)
            for hr in header_rows:
                for w, c, a in zip(widths, hr, aligns):
                    self.cell(w, rh - 0.5, c, align=a)
                self.ln(rh - 0.5)
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + sum(widths), y)
            self.ln(0.8)

        draw_header(caption)
        for kind, cells in rows:
            if self.get_y() + rh > limit:
                self.add_page(orientation=self.cur_orientation)
                draw_header(cont_caption or caption)
            self.set_font("dv", "B" if kind in ("section", "sum") else "", size)
            if kind == "sum":
                y = self.get_y()
                self.line(self.l_margin, y, self.l_margin + sum(widths), y)
            if kind == "section":
                self.cell(sum(widths), rh, cells[0])
            else:
                for w, c, a in zip(widths, cells, aligns):
                    self.cell(w, rh, c, align=a)
            self.ln(rh)
        self.ln(2)


def save_pdf(pdf, path):
    pdf.output(path)


def normalize_zip(path, core_date="2025-01-15T10:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z",
                              core_date.encode(), data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


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
"""

HTML_FOOT = """</main>
<footer class="site-footer">
  <div class="contact">
{contact}
  </div>
  <ul class="footer-links">
    <li><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a></li>
    <li><a href="/om-webbplatsen/behandling-av-personuppgifter">Behandling av personuppgifter</a></li>
    <li><a href="/om-webbplatsen/kakor">Kakor</a></li>
  </ul>
  <p class="social">Följ oss på Facebook och Instagram</p>
</footer>
</body>
</html>
"""
