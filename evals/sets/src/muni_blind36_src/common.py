"""Shared helpers for the blind-muni36 corpus generator (deterministic)."""
import datetime, io, os, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 11, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-"):
    """Swedish number: thousands with space, decimal comma. neg: '-', '–', '()'."""
    if v is None:
        return ""
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if round(v, dec) < 0:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, 20)
        self.set_creation_date(FIXED_DT)
        self.set_margins(20, 20, 20)
        self.show_head = True

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
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")

    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, t)
        self.ln(3)

    def h2(self, t):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def foot(self, t):
        self.set_font("DV", "I", 7.5)
        self.multi_cell(0, 4, t)
        self.ln(2)

    def table(self, caption, header_lines, rows, widths, bold_rows=(), section_rows=(), size=8.5):
        """header_lines: list of lists of cell strings (multi-line header). rows: list of lists.
        A row with only the first cell filled is a section row."""
        if caption:
            self.set_font("DV", "B", 9.5)
            self.cell(0, 6, caption)
            self.ln(6)

        def draw_header():
            self.set_font("DV", "B", size)
            for hl in header_lines:
                for i, c in enumerate(hl):
                    self.cell(widths[i], 4.6, c, align="L" if i == 0 else "R")
                self.ln(4.6)
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + sum(widths), y)
            self.ln(0.8)

        draw_header()
        for r in rows:
            if self.get_y() > self.h - 28:
                self.add_page()
                draw_header()
            is_bold = r[0] in bold_rows or r[0].startswith("Summa") or r[0].startswith("Totalt")
            is_section = all((c == "" or c is None) for c in r[1:])
            self.set_font("DV", "B" if (is_bold or is_section) else "", size)
            for i, c in enumerate(r):
                self.cell(widths[i], 4.8, c if c is not None else "", align="L" if i == 0 else "R")
            self.ln(4.8)
        self.ln(3)


def fix_zip(path, core_dt="2024-11-01T12:00:00Z"):
    """Rewrite a docx/xlsx with fixed timestamps and ordering -> byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + core_dt.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())
