"""Shared helpers for the blind-muni37 corpus generator (deterministic)."""
import datetime
import io
import os
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 12, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "corpora", "blind-muni37"))


def fmt(v, dec=1, neg="hyphen", plus=False):
    """Swedish number formatting with space as thousands separator."""
    if v is None:
        return ""
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if v < 0 and round(abs(v), dec) != 0:
        if neg == "paren":
            return f"({s})"
        if neg == "endash":
            return f"– {s}"
        return f"-{s}"
    if plus and v > 0:
        return f"+{s}"
    return s


class Doc(FPDF):
    def __init__(self, running_head, footer_left, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.running_head = running_head
        self.footer_left = footer_left
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.no_head = False

    def multi_cell(self, w, h, text="", *args, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *args, **kw)

    def header(self):
        if self.page_no() == 1 or self.no_head:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_head, align="R")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Sida {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    # ---- text helpers
    def h1(self, text):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, text)
        self.ln(3)

    def h2(self, text):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 6.5, text)
        self.ln(1.5)

    def p(self, text, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.2, text)
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DejaVu", "", 10)
        for it in items:
            self.set_x(self.l_margin + 4)
            self.multi_cell(0, 5.2, "• " + it)
        self.ln(2)

    def note(self, text):
        self.set_font("DejaVu", "I", 8)
        self.multi_cell(0, 4.2, text)
        self.ln(2)

    # ---- tables
    def table(self, caption, headers, rows, widths, unit_note=None, cont_caption=None):
        """headers: list of header lines, each a list of cell strings.
        rows: list of (label, [values as strings], style) style in normal/section/sum."""
        lh = 5.6

        def draw_head(cap):
            self.set_font("DejaVu", "B", 10)
            self.multi_cell(0, 6, cap)
            if unit_note:
                self.set_font("DejaVu", "I", 8)
                self.multi_cell(0, 4.5, unit_note)
            self.ln(1)
            self.set_font("DejaVu", "B", 8.5)
            self.set_fill_color(225, 232, 240)
            for line in headers:
                for i, txt in enumerate(line):
                    self.cell(widths[i], 5, txt if i == 0 else " " + txt, border=0, align="L" if i == 0 else "R", fill=True)
                self.ln(5)

        draw_head(caption)
        for label, vals, style in rows:
            if self.get_y() + lh > self.h - 22:
                self.add_page()
                draw_head(cont_caption or (caption + " (forts.)"))
            if style == "section":
                self.set_font("DejaVu", "B", 8.5)
                self.cell(sum(widths), lh, label)
                self.ln(lh)
                continue
            self.set_font("DejaVu", "B" if style == "sum" else "", 8.5)
            self.cell(widths[0], lh, label, border="T" if style == "sum" else 0)
            for i, v in enumerate(vals):
                self.cell(widths[i + 1], lh, v, align="R", border="T" if style == "sum" else 0)
            self.ln(lh)
        self.ln(4)


def normalize_zip(path, dt="2024-12-02T09:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        content = zin.read(name)
        if name == "docProps/core.xml":
            txt = content.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + dt + r"\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + dt + r"\g<2>", txt)
            content = txt.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=(2024, 12, 2, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, content)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())


def html_page(title, site, nav, crumbs, body_html, published, updated, footer_lines):
    navs = "\n".join(f'        <li><a href="#">{n}</a></li>' for n in nav)
    crumb = " &rsaquo; ".join(f'<a href="#">{c}</a>' for c in crumbs)
    foot = "\n".join(f"      <p>{l}</p>" for l in footer_lines)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>{title} - {site}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <style>body{{font-family:Arial,sans-serif}} table{{border-collapse:collapse}} td,th{{padding:4px 8px}}</style>
  <script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
  <div id="cookie-banner" class="cookie">
    <p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen. Läs mer om hur vi hanterar personuppgifter.</p>
    <button>Acceptera alla</button> <button>Endast nödvändiga</button>
  </div>
  <header>
    <a class="skip" href="#main">Gå direkt till innehållet</a>
    <div class="logo">{site}</div>
    <nav aria-label="Huvudmeny">
      <ul>
{navs}
      </ul>
    </nav>
    <form class="search"><label>Sök på webbplatsen</label><input type="text"><button>Sök</button></form>
  </header>
  <div class="breadcrumbs">{crumb}</div>
  <main id="main">
    <article>
      <h1>{title}</h1>
{body_html}
      <p class="meta">Publicerad: {published}<br>Senast uppdaterad: {updated}</p>
    </article>
  </main>
  <footer>
{foot}
    <p><a href="#">Tillgänglighetsredogörelse</a> | <a href="#">Om kakor</a> | <a href="#">Behandling av personuppgifter</a></p>
  </footer>
</body>
</html>
"""


def html_table(caption, header, rows):
    th = "".join(f"<th>{h}</th>" for h in header)
    trs = "\n".join("        <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"""      <table>
        <caption>{caption}</caption>
        <thead><tr>{th}</tr></thead>
        <tbody>
{trs}
        </tbody>
      </table>"""
