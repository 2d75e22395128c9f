"""Shared helpers for the muni_blind29 corpus generator (deterministic output)."""
import os
import re
import zipfile
from datetime import datetime, timezone
from decimal import Decimal as D, ROUND_HALF_UP

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime(2024, 11, 20, 8, 0, 0, tzinfo=timezone.utc)


def q(v, dec=1):
    """Round a Decimal half-up to dec decimals."""
    return D(v).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def fmt(v, dec=1, neg="-", thou=" "):
    """Swedish number formatting: decimal comma, space as thousands separator."""
    v = q(D(v), dec)
    s = f"{abs(v):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", thou)
    if v < 0:
        if neg == "()":
            return "(" + s + ")"
        return neg + s
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_author(running_head.split("–")[0].strip())
        self.set_title(running_head)
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 18, 20)
        self.skip_head = {1}

    def multi_cell(self, w, h=None, text="", *args, **kwargs):
        kwargs.setdefault("new_x", "LMARGIN")
        kwargs.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *args, **kwargs)

    def header(self):
        if self.page_no() in self.skip_head:
            return
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_head, align="L")
        self.ln(5)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() in self.skip_head:
            return
        self.set_y(-12)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, text):
        self.set_font("DejaVu", "B", 15)
        self.multi_cell(0, 8, text)
        self.ln(2)

    def h2(self, text):
        self.ln(1)
        self.set_font("DejaVu", "B", 11.5)
        self.multi_cell(0, 6.5, text)
        self.ln(1)

    def h3(self, text):
        self.set_font("DejaVu", "B", 10)
        self.multi_cell(0, 5.5, text)

    def para(self, text, size=9.5):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5, text)
        self.ln(2)

    def bullets(self, items, size=9.5):
        self.set_font("DejaVu", "", size)
        for it in items:
            self.set_x(self.l_margin + 4)
            self.multi_cell(0, 5, "• " + it)
        self.ln(2)

    def note(self, text):
        self.set_font("DejaVu", "I", 7.5)
        self.multi_cell(0, 4, text)
        self.ln(1)

    def table(self, headers, rows, widths, bold=(), section=(), size=8.3, rh=5.6, caption=None):
        """headers: list of header lines (each a list of cell strings).
        rows: list of lists. bold/section: indexes of rows in bold."""
        if caption:
            self.set_font("DejaVu", "I", 8)
            self.cell(0, 5, caption)
            self.ln(5)
        self.set_font("DejaVu", "B", size)
        self.set_fill_color(225, 232, 240)
        for hl in headers:
            for i, c in enumerate(hl):
                self.cell(widths[i], rh, c, align="L" if i == 0 else "R", fill=True)
            self.ln(rh)
        for ri, r in enumerate(rows):
            b = ri in bold or ri in section
            self.set_font("DejaVu", "B" if b else "", size)
            for i, c in enumerate(r):
                self.cell(widths[i], rh, c, align="L" if i == 0 else "R",
                          border="T" if ri in bold else 0)
            self.ln(rh)
        self.ln(3)


def normalise_zip(path, dt=(2024, 11, 20, 8, 0, 0)):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted-by-original order."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified"):
                    txt = re.sub(rf"(<{tag}[^>]*>)[^<]*(</{tag}>)", r"\g<1>2024-11-20T08:00:00Z\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def html_page(title, site, nav, crumbs, body, published_label, published, footer_lines):
    navhtml = "\n".join(f'        <li><a href="/{n.lower().replace(" ", "-")}">{n}</a></li>' for n in nav)
    crumb = " / ".join(f'<a href="#">{c}</a>' for c in crumbs[:-1]) + f" / <span>{crumbs[-1]}</span>"
    foot = "\n".join(f"      <p>{l}</p>" for l in footer_lines)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} - {site}</title>
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/analytics.js" defer></script>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner" role="dialog">
    <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse.
    <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
    <button type="button" class="btn-accept">Godkänn alla kakor</button>
    <button type="button" class="btn-necessary">Endast nödvändiga</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <a class="skip" href="#main">Hoppa till innehållet</a>
    <nav aria-label="Huvudmeny">
      <ul>
{navhtml}
      </ul>
    </nav>
    <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
  </header>
  <div class="breadcrumbs">{crumb}</div>
  <main id="main">
    <article>
{body}
      <p class="meta">{published_label}: {published}</p>
    </article>
    <aside class="related">
      <h2>Relaterade sidor</h2>
      <ul>
        <li><a href="#">Budget och årsredovisning</a></li>
        <li><a href="#">Politik och demokrati</a></li>
        <li><a href="#">Kontakta kommunen</a></li>
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <div class="contact">
{foot}
    </div>
    <ul class="footer-links">
      <li><a href="#">Tillgänglighetsredogörelse</a></li>
      <li><a href="#">Behandling av personuppgifter</a></li>
      <li><a href="#">Kakor</a></li>
    </ul>
  </footer>
</body>
</html>
"""


def html_table(caption, header, rows, cls="table"):
    th = "".join(f"<th>{h}</th>" for h in header)
    trs = "\n".join("          <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"""      <table class="{cls}">
        <caption>{caption}</caption>
        <thead>
          <tr>{th}</tr>
        </thead>
        <tbody>
{trs}
        </tbody>
      </table>"""
