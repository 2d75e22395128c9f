"""Shared helpers: Swedish number formatting, PDF layout, reproducible DOCX/XLSX."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def r1(x, d=1):
    """Round half away from zero on a decimal basis."""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(1).scaleb(-d)
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def fmt(x, d=1, neg="-", thou=True):
    """Swedish number: thousands with space, decimal comma. neg: '-', '–', '– ', 'paren'."""
    v = r1(x, d)
    if v == 0:
        v = 0.0
    s = f"{abs(v):,.{d}f}"
    s = s.replace(",", " " if thou else "").replace(".", ",")
    if v < 0:
        if neg == "paren":
            return f"({s})"
        return f"{neg}{s}"
    return s


class Doc(FPDF):
    def __init__(self, head_left, head_right, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head_left = head_left
        self.head_right = head_right
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.set_creation_date(FIXED_DT)
        self.no_head = False

    def header(self):
        if self.page_no() == 1 or self.no_head:
            return
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 2, 5, self.head_left, align="L")
        self.cell(w / 2, 5, self.head_right, align="R")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")

    # content helpers
    def title_page(self, lines, sub):
        self.add_page()
        self.set_y(80)
        self.set_font("DV", "B", 24)
        for ln in lines:
            self.cell(0, 12, ln, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(8)
        self.set_font("DV", "", 12)
        for s in sub:
            self.cell(0, 8, s, align="C", new_x="LMARGIN", new_y="NEXT")

    def h1(self, t):
        self.set_font("DV", "B", 15)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        self.ln(2)
        self.set_font("DV", "B", 11.5)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10, style=""):
        self.set_font("DV", style, size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.2)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.cell(6, 5.2, "•")
            self.multi_cell(0, 5.2, it, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(1.5)

    def caption(self, t):
        self.set_font("DV", "I", 8.5)
        self.multi_cell(0, 4.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, widths, headers, rows, size=8.5, rh=5.6, break_at=None, cont_title=None):
        """headers: list of header lines (each a list of cells). rows: list of (cells, style)
        where style in '', 'B' (sum row), 'S' (section row, label only)."""
        def draw_header():
            self.set_font("DV", "B", size)
            self.set_fill_color(225, 232, 240)
            for hl in headers:
                for i, c in enumerate(hl):
                    self.cell(widths[i], rh, c, align="L" if i == 0 else "R", fill=True)
                self.ln(rh)
        draw_header()
        for n, (cells, style) in enumerate(rows):
            if (break_at is not None and n == break_at) or self.get_y() + rh > self.h - 22:
                self.add_page(orientation=self.cur_orientation)
                if cont_title:
                    self.set_font("DV", "B", 10)
                    self.cell(0, 6, cont_title, new_x="LMARGIN", new_y="NEXT")
                draw_header()
            if style == "S":
                self.set_font("DV", "B", size)
                self.cell(sum(widths), rh, cells[0], align="L")
                self.ln(rh)
                continue
            self.set_font("DV", "B" if style == "B" else "", size)
            for i, c in enumerate(cells):
                self.cell(widths[i], rh, c, align="L" if i == 0 else "R",
                          border="T" if style == "B" else 0)
            self.ln(rh)
        self.ln(3)


def _fix_zip(data, core_dt="2025-01-01T12:00:00Z"):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_dt + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_dt + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def save_docx(doc, path, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 1, 1, 12, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 12, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(_fix_zip(buf.getvalue()))


def save_xlsx(wb, path, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2025, 1, 1, 12, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 1, 1, 12, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(_fix_zip(buf.getvalue()))


def docx_table(doc, headers, rows, style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(headers))
    t.style = style
    cells = t.add_row().cells
    for i, h in enumerate(headers):
        cells[i].text = h
        for r in cells[i].paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t
