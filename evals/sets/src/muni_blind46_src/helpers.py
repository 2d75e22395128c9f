"""Shared helpers: Swedish number formatting, PDF writer, reproducible DOCX/XLSX."""
import datetime
import os
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 10, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(x, dec=1, neg="-", thou=" "):
    """Swedish number: 1 532,7 ; negatives per style: '-', '– ', '()'."""
    v = round(abs(x) + 0.0, dec)
    s = f"{v:,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", thou)
    if x < 0 and round(abs(x), dec) != 0:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    return s


class Doc(FPDF):
    def __init__(self, runhead, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.runhead = runhead
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_creation_date(FIXED_DT)
        self.set_margins(20, 20, 20)
        self.skip_header = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.runhead, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.cell(0, 8, f"Sida {self.page_no()}", align="C")

    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 9, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def h2(self, t):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def note(self, t):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def table(self, caption, header_rows, rows, widths, bold_rows=(), break_after=None,
              cont_caption=None, size=9):
        """rows: list of lists of strings. Row label first. A row with only a label is a section row."""
        def put_header():
            self.set_font("DV", "B", size)
            for hr in header_rows:
                for i, c in enumerate(hr):
                    self.cell(widths[i], 5.5, c, align="L" if i == 0 else "R")
                self.ln(5.5)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            self.ln(0.8)

        if caption:
            self.set_font("DV", "B", 10)
            self.multi_cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
        put_header()
        for n, r in enumerate(rows):
            if (break_after is not None and n == break_after) or self.get_y() > self.h - 28:
                self.add_page()
                self.set_font("DV", "B", 10)
                self.multi_cell(0, 6, cont_caption or (caption + " (forts.)"), new_x="LMARGIN",
                                new_y="NEXT")
                put_header()
            self.set_font("DV", "B" if (r[0] in bold_rows or len(r) == 1) else "", size)
            if len(r) == 1:
                self.cell(sum(widths), 5.2, r[0])
            else:
                for i, c in enumerate(r):
                    self.cell(widths[i], 5.2, c, align="L" if i == 0 else "R")
            self.ln(5.2)
        self.ln(3)


def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted-stable order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2025-01-10T09:00:00Z\g<3>", txt)
            data = txt.encode("utf-8")
        fixed.append((name, data))
    items = fixed
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def xl_render(v):
    """How an XLSX cell reads for a Swedish reader."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v == int(v) and abs(v) >= 1000:
            return str(int(v))
        s = f"{v:.2f}".rstrip("0").rstrip(".") if abs(v - round(v, 2)) < 1e-9 else str(v)
        return s.replace(".", ",")
    return str(v)
