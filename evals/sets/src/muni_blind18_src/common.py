"""Shared helpers for the blind-muni18 corpus generator (deterministic)."""
import io
from decimal import Decimal, ROUND_HALF_UP
import re
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime(2024, 12, 1, 9, 0, 0, tzinfo=timezone.utc)


def fmt(v, dec=1, neg="-"):
    """Swedish number format: thousands with space, decimal comma."""
    if v is None:
        return ""
    r = float(Decimal(repr(v)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP))
    s = f"{abs(r):,.{dec}f}".replace(",", " ").replace(".", ",")
    if r < 0:
        if neg == "-":
            return "-" + s
        if neg == "dash":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
    return s


class Doc(FPDF):
    def __init__(self, head_left, head_right, footer_text=""):
        super().__init__(format="A4", unit="mm")
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.head_left = head_left
        self.head_right = head_right
        self.footer_text = footer_text
        self.set_auto_page_break(True, 22)
        self.set_margins(20, 20, 20)
        self.creation_date = FIXED_DT
        self.set_title(head_left)
        self.set_author(footer_text or head_left)
        self.set_creator("Kommunens ekonomiavdelning")
        self.set_producer("fpdf2")

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_y(9)
        self.cell(0, 4, self.head_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, self.head_right, align="R")
        self.ln(5)
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, 14.5, self.w - self.r_margin, 14.5)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        if self.footer_text:
            self.cell(0, 4, self.footer_text, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 4, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    # text helpers
    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        self.ln(1)
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def h3(self, t):
        self.set_font("DV", "B", 10)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")

    def para(self, t, size=9.5):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items, size=9.5):
        self.set_font("DV", "", size)
        for it in items:
            self.set_x(self.l_margin + 4)
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, t):
        self.set_font("DV", "I", 7.5)
        self.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, header_lines, rows, widths, caption=None, size=8.5, first_align="L"):
        """rows: list of (cells, style) with style in '', 'section', 'sum'."""
        if caption:
            self.set_font("DV", "I", 8)
            self.cell(0, 5, caption)
            self.ln(5)
        self.set_font("DV", "B", size)
        for hl in header_lines:
            for i, (txt, w) in enumerate(zip(hl, widths)):
                self.cell(w, 4.6, txt, align=(first_align if i == 0 else "R"))
            self.ln(4.6)
        x0 = self.l_margin
        self.set_draw_color(0, 0, 0)
        self.line(x0, self.get_y() + 0.5, x0 + sum(widths), self.get_y() + 0.5)
        self.ln(1.2)
        for cells, style in rows:
            self.set_font("DV", "B" if style in ("section", "sum") else "", size)
            if style == "sum":
                self.set_draw_color(120, 120, 120)
                self.line(x0, self.get_y(), x0 + sum(widths), self.get_y())
            if style == "section":
                self.cell(sum(widths), 5, cells[0])
            else:
                for i, (txt, w) in enumerate(zip(cells, widths)):
                    self.cell(w, 5, txt, align=("L" if i == 0 else "R"))
            self.ln(5)
        self.ln(3)


def _fix_zip(data, core_name="docProps/core.xml"):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        content = zin.read(info.filename)
        if info.filename == core_name:
            txt = content.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2024-12-01T09:00:00Z\2", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2024-12-01T09:00:00Z\2", txt)
            content = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 12, 1, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, content)
    zout.close()
    return out.getvalue()


def save_docx(doc, path, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime(2024, 12, 1, 9, 0, 0)
    cp.modified = datetime(2024, 12, 1, 9, 0, 0)
    cp.last_printed = datetime(2024, 12, 1, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(_fix_zip(buf.getvalue()))


def save_xlsx(wb, path, title, author):
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime(2024, 12, 1, 9, 0, 0)
    wb.properties.modified = datetime(2024, 12, 1, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(_fix_zip(buf.getvalue()))


def docx_table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for r in p.runs:
                r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t
