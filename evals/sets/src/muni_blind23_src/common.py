"""Shared helpers for the mb23 corpus generator (deterministic output)."""
import datetime
import io
import os
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-", thousands=" "):
    """Swedish number format. neg: '-', '– ', '–' or '()'."""
    s = f"{abs(v):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", thousands)
    if v < 0 and round(abs(v), dec) != 0:
        if neg == "()":
            return f"({s})"
        return f"{neg}{s}"
    return s


class Doc(FPDF):
    def __init__(self, head="", foot="", orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head = head
        self.foot = foot
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.set_author("")
        self.set_creator("")
        self.set_producer("")

    def header(self):
        if self.head and self.page_no() > 1:
            self.set_font("DV", "I", 8)
            self.cell(0, 6, self.head, align="R")
            self.ln(10)

    def footer(self):
        if self.page_no() > 1:
            self.set_y(-14)
            self.set_font("DV", "", 8)
            self.cell(0, 6, f"{self.foot}    Sida {self.page_no()}", align="C")

    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 9, t)
        self.ln(3)

    def h2(self, t):
        self.set_font("DV", "B", 12)
        self.ln(2)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def small(self, t):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.2, t)
        self.ln(2)

    def table(self, header_rows, rows, widths, bold_rows=(), size=9, caption=None):
        """header_rows: list of lists; rows: list of lists (str). A row of length 1 is a section row."""
        if caption:
            self.set_font("DV", "I", 8.5)
            self.cell(0, 5, caption)
            self.ln(5)
        self.set_font("DV", "B", size)
        for hr in header_rows:
            for i, c in enumerate(hr):
                self.cell(widths[i], 5.5, c, align="L" if i == 0 else "R")
            self.ln(5.5)
        y = self.get_y()
        self.line(self.l_margin, y, self.l_margin + sum(widths), y)
        for r in rows:
            bold = r[0] in bold_rows
            self.set_font("DV", "B" if bold or len(r) == 1 else "", size)
            if len(r) == 1:
                self.cell(sum(widths), 5.5, r[0])
            else:
                for i, c in enumerate(r):
                    self.cell(widths[i], 5.5, c, align="L" if i == 0 else "R")
            self.ln(5.5)
        self.ln(3)


def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted-stable order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            t = data.decode("utf-8")
            t = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2025-01-01T00:00:00Z\g<2>", t)
            data = t.encode("utf-8")
        fixed.append((name, data))
    items = fixed
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def ensure(d):
    os.makedirs(d, exist_ok=True)
