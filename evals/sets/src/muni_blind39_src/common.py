"""Shared helpers: PDF layout (fpdf2), deterministic DOCX/XLSX writing, number formatting."""
import datetime
import io
import os
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0)


def fmt(v, dec=1, neg="-", thousands=True):
    """Swedish number format: '1 234,5'; negatives as '-x', '– x' or '(x)'."""
    if v is None:
        return ""
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if not thousands:
        s = s.replace(" ", "")
    if round(v, dec) < 0:
        if neg == "paren":
            return f"({s})"
        if neg == "endash":
            return f"– {s}"
        return f"-{s}"
    return s


class Doc(FPDF):
    def __init__(self, running_head, footer_left):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running_head = running_head
        self.footer_left = footer_left
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.set_creation_date(FIXED_DT)
        self.skip_head = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.running_head, align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"{self.footer_left}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 6, f"Sida {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    def cover(self, title, subtitle, lines):
        self.add_page()
        self.set_font("DV", "B", 26)
        self.ln(50)
        self.multi_cell(0, 12, title)
        self.ln(4)
        self.set_font("DV", "", 15)
        self.multi_cell(0, 8, subtitle)
        self.ln(20)
        self.set_font("DV", "", 10)
        for l in lines:
            self.cell(0, 6, l)
            self.ln(6)

    def h1(self, t, newpage=True):
        if newpage:
            self.add_page()
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 9, t)
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(2)
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def para(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it)
            self.ln(0.5)
        self.ln(2)

    def note(self, t):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.2, t)
        self.ln(2)

    def table(self, caption, header_lines, rows, widths, first_align="L", size=8.5,
              bold_rows=(), section_rows=(), repeat_caption=None):
        """rows: list of lists of strings. header_lines: list of lists (multi-line header)."""
        lh = 5.4

        def draw_header():
            self.set_font("DV", "B", size)
            for hl in header_lines:
                for i, (w, c) in enumerate(zip(widths, hl)):
                    self.cell(w, lh, c, align=(first_align if i == 0 else "R"))
                self.ln(lh)
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + sum(widths), y)
            self.ln(0.8)

        if caption:
            if self.get_y() > self.h - 60:
                self.add_page()
            self.set_font("DV", "B", 9.5)
            self.multi_cell(0, 5.5, caption)
            self.ln(0.5)
        draw_header()
        for r in rows:
            if self.get_y() + lh > self.h - 22:
                self.add_page()
                if repeat_caption:
                    self.set_font("DV", "B", 9.5)
                    self.multi_cell(0, 5.5, repeat_caption)
                    self.ln(0.5)
                draw_header()
            label = r[0]
            is_bold = label in bold_rows
            is_sec = label in section_rows
            self.set_font("DV", "B" if (is_bold or is_sec) else "", size)
            for i, (w, c) in enumerate(zip(widths, r)):
                self.cell(w, lh, c, align=(first_align if i == 0 else "R"))
            self.ln(lh)
            if is_bold:
                y = self.get_y()
                self.line(self.l_margin, y, self.l_margin + sum(widths), y)
        self.ln(3)


def save_pdf(doc, path):
    doc.output(path)


def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted-stable order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                for tag in ("created", "modified"):
                    txt = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)", r"\g<1>2025-01-01T12:00:00Z\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def docx_core(document, title, author):
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def xlsx_core(wb, title, author):
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def ensure(path):
    os.makedirs(path, exist_ok=True)
