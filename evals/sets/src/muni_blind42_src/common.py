"""Shared helpers for the mb42 corpus generator (deterministic output)."""
import datetime, io, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(x, dec=1, neg="-", thousands=True):
    """Swedish number format: space thousands, decimal comma, chosen negative style."""
    if x is None:
        return ""
    v = round(float(x), dec)
    if v == 0:
        v = 0.0
    s = f"{abs(v):,.{dec}f}"
    s = s.replace(",", " " if thousands else "").replace(".", ",")
    if v < 0:
        if neg == "-":
            s = "-" + s
        elif neg == "en":
            s = "– " + s
        elif neg == "par":
            s = "(" + s + ")"
    return s


class Doc(FPDF):
    def __init__(self, head_left, head_right, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head_left = head_left
        self.head_right = head_right
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 18, 20)
        self.no_head = False

    def header(self):
        if self.page_no() == 1 or self.no_head:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, self.head_right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")

    # --- text helpers
    def h1(self, t):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items):
        self.set_font("DejaVu", "", 10)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, t):
        self.set_font("DejaVu", "I", 8)
        self.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    # --- table helper
    def table(self, title, caption, widths, header_lines, rows, cont_title=None, aligns=None):
        """rows: list of (cells, style) style in normal/section/sum"""
        if title:
            self.h2(title)
        if caption:
            self.set_font("DejaVu", "I", 8)
            self.cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
        aligns = aligns or (["L"] + ["R"] * (len(widths) - 1))

        def draw_header():
            self.set_font("DejaVu", "B", 8.5)
            self.set_fill_color(220, 228, 236)
            for line in header_lines:
                for w, t, a in zip(widths, line, aligns):
                    self.cell(w, 5, t, align=a, fill=True)
                self.ln(5)
            self.set_draw_color(80, 80, 80)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())

        draw_header()
        for cells, style in rows:
            if self.get_y() + 5.5 > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                if cont_title:
                    self.set_font("DejaVu", "B", 10)
                    self.cell(0, 6, cont_title, new_x="LMARGIN", new_y="NEXT")
                draw_header()
            if style == "section":
                self.set_font("DejaVu", "B", 8.5)
                self.cell(sum(widths), 5.5, cells[0], new_x="LMARGIN", new_y="NEXT")
                continue
            self.set_font("DejaVu", "B" if style == "sum" else "", 8.5)
            for w, t, a in zip(widths, cells, aligns):
                self.cell(w, 5.5, t, align=a)
            self.ln(5.5)
            if style == "sum":
                self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
        self.ln(3)


def save_pdf(pdf, path):
    pdf.set_producer("Kommunens dokumentsystem")
    pdf.output(path)


def fix_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed timestamps and stable order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-11-20T09:00:00Z\g<3>", data)
            dst.writestr(zi, data)
    return out.getvalue()


def save_docx(doc, path, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(fix_zip(buf.getvalue()))


def save_xlsx(wb, path, title, author):
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(fix_zip(buf.getvalue()))


def html_page(site, title, nav, breadcrumbs, content_html, published, updated, footer_lines):
    navh = "\n".join(f'      <li><a href="{h}">{t}</a></li>' for t, h in nav)
    bc = " &rsaquo; ".join(f'<a href="#">{b}</a>' for b in breadcrumbs)
    foot = "\n".join(f"    <p>{l}</p>" for l in footer_lines)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>{title} - {site}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/cookieconsent.js"></script>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner" role="dialog">
    <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
    <button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
    <nav aria-label="Huvudmeny">
    <ul>
{navh}
    </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Brödsmulor">{bc}</nav>
  <main id="content">
{content_html}
    <div class="page-meta">
      <p>Publicerad: {published}</p>
      <p>Senast uppdaterad: {updated}</p>
    </div>
  </main>
  <footer class="site-footer">
{foot}
    <p><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/personuppgifter">Personuppgifter</a> | <a href="/om-webbplatsen/kakor">Kakor</a></p>
  </footer>
</body>
</html>
"""
