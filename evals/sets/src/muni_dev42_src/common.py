"""Shared helpers for the deterministic corpus generator (dev-muni42)."""
import io
import os
import zipfile
import datetime

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 15, 9, 0, 0)


def fmt(v, dec=1, neg="-"):
    """Swedish number format: thousands space, decimal comma. neg: '-', '–', 'paren'."""
    if v is None:
        return ""
    r = round(v, dec)
    if abs(r) < 10 ** (-dec - 1):
        r = 0.0
    s = f"{abs(r):,.{dec}f}".replace(",", " ").replace(".", ",")
    if r < 0:
        if neg == "paren":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    return s


class Doc(FPDF):
    def __init__(self, head, foot, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head_text = head
        self.foot_text = foot
        self.set_creation_date(FIXED_DT)
        self.add_font("D", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("D", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("D", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, 20)
        self.set_margins(20, 20, 20)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("D", "I", 8)
        self.cell(0, 5, self.head_text, align="L")
        self.ln(9)

    def footer(self):
        self.set_y(-14)
        self.set_font("D", "", 8)
        self.cell(0, 5, f"{self.foot_text}   Sida {self.page_no()}", align="R")

    def h1(self, t):
        self.set_font("D", "B", 16)
        self.multi_cell(0, 8, t)
        self.ln(3)

    def h2(self, t):
        self.set_font("D", "B", 12)
        self.ln(2)
        self.multi_cell(0, 6, t)
        self.ln(1)

    def para(self, t):
        self.set_font("D", "", 10)
        self.multi_cell(0, 5, t)
        self.ln(2)

    def small(self, t):
        self.set_font("D", "I", 8)
        self.multi_cell(0, 4, t)
        self.ln(1)

    def table(self, header_lines, rows, widths, bold_rows=(), section_rows=(), repeat_after=None,
              cont_caption=None):
        """header_lines: list of lists (one per header line). rows: list of lists of strings.
        A row with a single element is a section row (label only)."""
        def draw_header():
            self.set_font("D", "B", 8.5)
            for line in header_lines:
                for i, (c, w) in enumerate(zip(line, widths)):
                    self.cell(w, 5, c, align="L" if i == 0 else "R")
                self.ln(5)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            self.ln(1)

        draw_header()
        for n, row in enumerate(rows):
            if repeat_after is not None and n == repeat_after:
                self.add_page(orientation=self.cur_orientation)
                if cont_caption:
                    self.set_font("D", "I", 9)
                    self.cell(0, 5, cont_caption)
                    self.ln(6)
                draw_header()
            if self.get_y() > self.h - 30:
                self.add_page(orientation=self.cur_orientation)
                if cont_caption:
                    self.set_font("D", "I", 9)
                    self.cell(0, 5, cont_caption)
                    self.ln(6)
                draw_header()
            label = row[0]
            if len(row) == 1:
                self.set_font("D", "B", 8.5)
                self.cell(widths[0], 5.5, label)
                self.ln(5.5)
                continue
            self.set_font("D", "B" if label in bold_rows else "", 8.5)
            for i, (c, w) in enumerate(zip(row, widths)):
                self.cell(w, 5.5, c, align="L" if i == 0 else "R")
            self.ln(5.5)
        self.ln(3)


def write_docx(document, path):
    cp = document.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.last_modified_by = "Kommunen"
    buf = io.BytesIO()
    document.save(buf)
    fix_zip(buf.getvalue(), path)


def write_xlsx(wb, path):
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = "Kommunen"
    wb.properties.lastModifiedBy = "Kommunen"
    buf = io.BytesIO()
    wb.save(buf)
    fix_zip(buf.getvalue(), path)


def fix_zip(data, path):
    import re
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            content = src.read(name)
            if name == "docProps/core.xml":
                content = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-15T09:00:00Z", content)
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def ensure(d):
    os.makedirs(d, exist_ok=True)
