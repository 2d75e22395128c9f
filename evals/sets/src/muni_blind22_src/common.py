"""Shared helpers for the blind-muni22 corpus generator (deterministic)."""
import datetime, io, os, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 12, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fnum(x, dec=1, neg="-"):
    """x is an int in units of 10**-dec. Swedish formatting with space thousands."""
    sign = x < 0
    a = abs(x)
    if dec:
        ip, fp = divmod(a, 10 ** dec)
        frac = "," + str(fp).rjust(dec, "0")
    else:
        ip, frac = a, ""
    s = f"{ip:,}".replace(",", " ") + frac
    if sign:
        if neg == "-":
            s = "-" + s
        elif neg == "dash":
            s = "– " + s
        elif neg == "paren":
            s = "(" + s + ")"
    return s


class Doc(FPDF):
    def __init__(self, runhead="", orientation="P", pagefmt="{n}"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.runhead = runhead
        self.pagefmt = pagefmt
        self.set_auto_page_break(True, 18)
        self.set_margins(20, 20, 20)
        self.set_creation_date(FIXED_DT)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_y(8)
        self.cell(0, 5, self.runhead, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_y(20)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-12)
        self.set_font("DV", "", 8)
        self.cell(0, 5, self.pagefmt.format(n=self.page_no(), nb="{nb}"), align="C")

    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def table(self, caption, header_lines, rows, widths, size=9, bold_rows=(), section_rows=(),
              footnotes=(), force_break_after=None, cont_caption=None):
        """header_lines: list of lists of header cells; rows: list of lists of strings.
        A row with a single element is a section row (label only)."""
        lh = 5.2
        def draw_header(cap):
            if cap:
                self.set_font("DV", "B", 10)
                self.multi_cell(0, 6, cap, new_x="LMARGIN", new_y="NEXT")
            self.set_font("DV", "B", size)
            for hl in header_lines:
                for i, c in enumerate(hl):
                    self.cell(widths[i], lh, c, align="L" if i == 0 else "R")
                self.ln(lh)
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + sum(widths), y)
        if self.get_y() > self.h - 60:
            self.add_page()
        draw_header(caption)
        for ri, r in enumerate(rows):
            if (self.get_y() + lh > self.h - 22) or (force_break_after is not None and ri == force_break_after):
                self.add_page()
                draw_header(cont_caption or ((caption or "") + " (forts.)"))
            label = r[0]
            is_bold = label in bold_rows or len(r) == 1
            self.set_font("DV", "B" if is_bold else "", size)
            if len(r) == 1:
                self.cell(sum(widths), lh, label)
            else:
                for i, c in enumerate(r):
                    self.cell(widths[i], lh, c, align="L" if i == 0 else "R")
            self.ln(lh)
        y = self.get_y()
        self.line(self.l_margin, y, self.l_margin + sum(widths), y)
        self.ln(1)
        if footnotes:
            self.set_font("DV", "I", 7.5)
            for f in footnotes:
                self.multi_cell(0, 4, f, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)


def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted entries."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-11-15T08:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-11-15T08:00:00Z\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def docx_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2024, 11, 15, 8, 0, 0)
    cp.modified = datetime.datetime(2024, 11, 15, 8, 0, 0)
    cp.revision = 1


def xlsx_core(wb, title, author):
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2024, 11, 15, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 11, 15, 8, 0, 0)


def html_page(muni, title, nav, breadcrumbs, body_html, updated_label, updated, footer_lines):
    navh = "\n".join(f'      <li><a href="/{n.lower().replace(" ", "-")}">{n}</a></li>' for n in nav)
    bc = " &gt; ".join(breadcrumbs)
    foot = "\n".join(f"      <p>{l}</p>" for l in footer_lines)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>{title} - {muni}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/analytics.js" defer></script>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner">
    <p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen. Genom att klicka på "Godkänn alla" samtycker du till att vi använder kakor för statistik.</p>
    <button>Godkänn alla</button> <button>Endast nödvändiga</button> <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{muni}</a>
    <a class="skip" href="#main">Hoppa till innehållet</a>
    <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
    <nav class="main-nav">
    <ul>
{navh}
    </ul>
    </nav>
  </header>
  <div class="breadcrumbs">{bc}</div>
  <main id="main">
{body_html}
    <p class="updated">{updated_label}: {updated}</p>
  </main>
  <aside class="feedback">
    <p>Hittade du den information du sökte?</p> <button>Ja</button> <button>Nej</button>
  </aside>
  <footer class="site-footer">
{foot}
  </footer>
</body>
</html>
"""
