"""Shared helpers for the deterministic blind-muni41 corpus generator."""
import io
import re
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime(2024, 12, 2, 9, 0, 0, tzinfo=timezone.utc)
ZIP_DT = (2024, 12, 2, 9, 0, 0)


def fmt(x, dec=1, neg="minus"):
    """Swedish number: thousands with space, decimal comma. neg: minus | en | paren."""
    if x is None:
        return ""
    v = round(float(x), dec)
    if v == 0:
        v = 0.0
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if v < 0:
        if neg == "en":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
        return "-" + s
    return s


class Doc(FPDF):
    def __init__(self, head, title):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.head = head
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, 18)
        self.set_creation_date(FIXED_DT)
        self.set_title(title)
        self.set_author(head.split("–")[0].strip())
        self.set_creator("Kommunens dokumentmall")
        self.set_producer("Kommunens dokumentmall")
        self.set_margins(20, 18, 20)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head, align="R")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("DV", "", 8)
        self.cell(0, 5, f"Sidan {self.page_no()}", align="C")

    def multi_cell(self, w, h=None, text="", **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        kw.setdefault("align", "L")
        return super().multi_cell(w, h, text, **kw)

    # --- content helpers -------------------------------------------------
    def h1(self, text):
        self.set_font("DV", "B", 15)
        self.multi_cell(0, 8, text)
        self.ln(2)

    def h2(self, text):
        self.ln(1)
        self.set_font("DV", "B", 11.5)
        self.multi_cell(0, 6, text)
        self.ln(1)

    def p(self, text):
        self.set_font("DV", "", 9.5)
        self.multi_cell(0, 5, text)
        self.ln(2)

    def bullets(self, items):
        self.set_font("DV", "", 9.5)
        for it in items:
            self.multi_cell(0, 5, "• " + it)
        self.ln(2)

    def note(self, text):
        self.set_font("DV", "I", 7.5)
        self.multi_cell(0, 4, text)
        self.ln(2)

    def table(self, widths, header_rows, rows, caption=None, fs=8.5, rh=5.2):
        """rows: list of ("row"|"sum"|"section", [cells]). First column left aligned."""
        if caption:
            self.set_font("DV", "I", 8)
            self.cell(0, 5, caption)
            self.ln(5)

        def draw_header():
            self.set_font("DV", "B", fs)
            self.set_fill_color(225, 232, 240)
            for hr in header_rows:
                for i, (w, c) in enumerate(zip(widths, hr)):
                    self.cell(w, rh, c, border=0, align="L" if i == 0 else "R", fill=True)
                self.ln(rh)

        draw_header()
        for kind, cells in rows:
            if self.get_y() + rh > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                draw_header()
            if kind == "section":
                self.set_font("DV", "B", fs)
                self.cell(sum(widths), rh, cells[0], align="L")
                self.ln(rh)
                continue
            self.set_font("DV", "B" if kind == "sum" else "", fs)
            for i, (w, c) in enumerate(zip(widths, cells)):
                self.cell(w, rh, c, border="T" if kind == "sum" else 0,
                          align="L" if i == 0 else "R")
            self.ln(rh)
        self.ln(3)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core dates."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        content = zin.read(name)
        if name == "docProps/core.xml":
            s = content.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-12-02T09:00:00Z\g<2>", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-12-02T09:00:00Z\g<2>", s)
            content = s.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, content)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())


def html_page(site, title, nav, breadcrumbs, body, date_label, date, footer):
    nav_html = "\n".join(f'        <li><a href="#">{n}</a></li>' for n in nav)
    crumbs = " &rsaquo; ".join(f'<a href="#">{b}</a>' for b in breadcrumbs)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>{title} - {site}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/static/css/main.css">
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner" role="dialog">
    <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. Läs mer om hur vi hanterar kakor.</p>
    <button type="button">Godkänn alla kakor</button> <button type="button">Endast nödvändiga</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <a class="skip" href="#main">Hoppa till innehållet</a>
    <nav aria-label="Huvudmeny">
      <ul>
{nav_html}
      </ul>
    </nav>
    <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
  </header>
  <div class="breadcrumbs">{crumbs}</div>
  <main id="main">
{body}
    <p class="page-date">{date_label}: {date}</p>
  </main>
  <footer class="site-footer">
{footer}
  </footer>
</body>
</html>
"""


def html_table(caption, header, rows, cls="table"):
    h = "".join(f"<th>{c}</th>" for c in header)
    body = "\n".join(
        "        <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"""    <table class="{cls}">
      <caption>{caption}</caption>
      <thead><tr>{h}</tr></thead>
      <tbody>
{body}
      </tbody>
    </table>"""
