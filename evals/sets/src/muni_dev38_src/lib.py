"""Shared helpers: PDF layout (fpdf2), reproducible DOCX/XLSX, number formatting."""
import datetime, io, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def sv(x, dec=1, neg="-", space_thousands=True):
    """Swedish number: decimal comma, space as thousands separator, chosen negative style."""
    v = round(x, dec)
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if not space_thousands:
        s = s.replace(" ", "")
    if v < 0 or (v == 0 and str(v).startswith("-")):
        if v == 0:
            return s
        if neg == "-":
            return "-" + s
        if neg == "–":
            return "– " + s
        if neg == "()":
            return "(" + s + ")"
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("S", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("S", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("S", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_creation_date(FIXED_DT)
        self.set_margins(20, 18, 20)
        self.cover = True

    def multi_cell(self, w, h, text="", *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *a, **k)

    def header(self):
        if self.page_no() == 1 and self.cover:
            return
        self.set_font("S", "I", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.running_head, align="R")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1 and self.cover:
            return
        self.set_y(-13)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.set_font("S", "B", 15)
        self.multi_cell(0, 8, t)
        self.ln(2)

    def h2(self, t):
        self.ln(1)
        self.set_font("S", "B", 11.5)
        self.multi_cell(0, 6.5, t)
        self.ln(1)

    def p(self, t, size=9.5):
        self.set_font("S", "", size)
        self.multi_cell(0, 5, t)
        self.ln(2)

    def bullets(self, items):
        self.set_font("S", "", 9.5)
        for it in items:
            self.multi_cell(0, 5, "• " + it)
        self.ln(2)

    def note(self, t):
        self.set_font("S", "I", 7.5)
        self.multi_cell(0, 4, t)
        self.ln(1)

    def table(self, caption, header_lines, rows, widths, bold_rows=(), section_rows=(),
              repeat_header=True, size=8.5):
        """header_lines: list of lists (one per header line). rows: list of lists of strings.
        section rows: a label only (rest empty). Header is repeated after a page break."""
        if caption:
            self.set_font("S", "B", 9.5)
            self.multi_cell(0, 5.5, caption)
        def draw_header():
            self.set_font("S", "B", size)
            for line in header_lines:
                for i, c in enumerate(line):
                    self.cell(widths[i], 4.8, c, align="L" if i == 0 else "R")
                self.ln(4.8)
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + sum(widths), y)
            self.ln(0.8)
        draw_header()
        for ri, r in enumerate(rows):
            if self.get_y() > self.h - 26:
                self.add_page(orientation=self.cur_orientation)
                if repeat_header:
                    self.set_font("S", "I", 8)
                    self.cell(0, 5, (caption or "") + " (forts.)")
                    self.ln(5)
                    draw_header()
            is_b = ri in bold_rows or ri in section_rows
            self.set_font("S", "B" if is_b else "", size)
            for i, c in enumerate(r):
                self.cell(widths[i], 5, c, align="L" if i == 0 else "R")
            self.ln(5)
        self.ln(3)

    def save(self, path):
        self.output(path)


def _fix_zip(data, core_sub=None):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            b = zin.read(name)
            if name == "docProps/core.xml":
                s = b.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2025-01-01T12:00:00Z\2", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2025-01-01T12:00:00Z\2", s)
                s = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", s)
                b = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, b)
    return out.getvalue()


def save_docx(doc, path, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    bio = io.BytesIO()
    doc.save(bio)
    open(path, "wb").write(_fix_zip(bio.getvalue()))


def save_xlsx(wb, path, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    bio = io.BytesIO()
    wb.save(bio)
    open(path, "wb").write(_fix_zip(bio.getvalue()))


HTML_COOKIE = """<div id="cookie-banner" class="cookie-consent" role="dialog">
  <p>Vi använder kakor (cookies) för att förbättra webbplatsen och för besöksstatistik. Läs mer om hur vi hanterar kakor.</p>
  <button class="btn-accept">Godkänn alla kakor</button> <button class="btn-necessary">Endast nödvändiga</button>
</div>"""
