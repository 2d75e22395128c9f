"""Shared helpers for the blind-muni47 corpus generator (deterministic output)."""
import datetime
import io
import re
import zipfile
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]  # evals/sets/src/<src> -> repository root
OUT = ROOT / "evals" / "corpora" / "blind-muni47"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DT = datetime.datetime(2024, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-", paren=False):
    """Swedish number format: space thousands separator, decimal comma."""
    if v is None:
        return ""
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if v < 0 and round(abs(v), dec) != 0:
        if paren:
            return f"({s})"
        return f"{neg}{s}"
    return s


class Doc(FPDF):
    def __init__(self, head_left, head_right, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head_left = head_left
        self.head_right = head_right
        self.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DV", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.set_creation_date(FIXED_DT)
        self.set_producer("Kommunens dokumentmall")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.skip_head = True

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(0, 5, self.head_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, self.head_right, align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")

    # text helpers
    def h1(self, text):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 9, text)
        self.ln(2)

    def h2(self, text):
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 7, text)
        self.ln(1)

    def para(self, text, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, text)
        self.ln(2.5)

    def bullets(self, items, size=10):
        self.set_font("DV", "", size)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it)
            self.ln(0.8)
        self.ln(2)

    def note(self, text):
        self.set_font("DV", "I", 7.5)
        self.multi_cell(0, 4, text)
        self.ln(1)

    def table(self, header_lines, rows, widths, caption=None, size=8.5,
              bold_rows=(), section_rows=(), repeat_header_on_break=True, cont_caption=None):
        """header_lines: list of lists (one list of cell texts per header line).
        rows: list of lists of strings. First column left-aligned, others right."""
        if caption:
            self.set_font("DV", "B", 9)
            self.cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")

        def draw_header():
            self.set_font("DV", "B", size)
            for li, line in enumerate(header_lines):
                for i, (txt, w) in enumerate(zip(line, widths)):
                    self.cell(w, 4.8, txt, align="L" if i == 0 else "R")
                self.ln(4.8)
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + sum(widths), y)
            self.ln(1)

        draw_header()
        for ri, row in enumerate(rows):
            if self.get_y() > self.h - 28:
                self.add_page(orientation=self.cur_orientation)
                if cont_caption:
                    self.set_font("DV", "B", 9)
                    self.cell(0, 6, cont_caption, new_x="LMARGIN", new_y="NEXT")
                if repeat_header_on_break:
                    draw_header()
            label = row[0]
            if ri in section_rows:
                self.set_font("DV", "B", size)
            elif ri in bold_rows:
                self.set_font("DV", "B", size)
            else:
                self.set_font("DV", "", size)
            for i, (txt, w) in enumerate(zip(row, widths)):
                self.cell(w, 5, txt, align="L" if i == 0 else "R")
            self.ln(5)
            if ri in bold_rows:
                y = self.get_y()
                self.line(self.l_margin, y - 0.3, self.l_margin + sum(widths), y - 0.3)
        self.ln(3)


def fix_zip(path, core_title):
    """Make an OOXML file byte-reproducible: fixed core properties and zip timestamps."""
    path = Path(path)
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(items, key=lambda x: (x[0] != "[Content_Types].xml", x[0])):
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-11-20T09:00:00Z\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-11-20T09:00:00Z\2", txt)
                txt = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def html_page(site, title, nav, crumbs, body_html, published, updated=None, phone="0500-00 00 00", mail="kommun@example.se"):
    navs = "\n".join(f'        <li><a href="/{n.lower().replace(" ", "-")}">{n}</a></li>' for n in nav)
    crumb = " &rsaquo; ".join(crumbs)
    upd = f'\n      <p class="updated">Senast uppdaterad: {updated}</p>' if updated else ""
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
  <div id="cookie-banner" class="cookie-banner">
    <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse.</p>
    <button type="button">Godkänn alla kakor</button> <button type="button">Endast nödvändiga</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <nav aria-label="Huvudmeny">
      <ul>
{navs}
      </ul>
    </nav>
    <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"></form>
  </header>
  <nav class="breadcrumbs" aria-label="Brödsmulor">{crumb}</nav>
  <main id="content">
    <article>
      <h1>{title}</h1>
      <p class="published">Publicerad: {published}</p>
{body_html}{upd}
    </article>
  </main>
  <footer class="site-footer">
    <p>{site} · Växel {phone} · {mail}</p>
    <p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/personuppgifter">Behandling av personuppgifter</a> · <a href="/kakor">Om kakor</a></p>
  </footer>
</body>
</html>
"""


def html_table(caption, header, rows, cls="data"):
    out = [f'      <table class="{cls}">']
    if caption:
        out.append(f"        <caption>{caption}</caption>")
    out.append("        <thead><tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr></thead>")
    out.append("        <tbody>")
    for r in rows:
        out.append("          <tr>" + f"<th scope=\"row\">{r[0]}</th>" + "".join(f"<td>{c}</td>" for c in r[1:]) + "</tr>")
    out.append("        </tbody>")
    out.append("      </table>")
    return "\n".join(out) + "\n"
