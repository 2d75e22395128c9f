"""Shared helpers for the dev-muni41 corpus generator (deterministic)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime.datetime(2025, 1, 15, 9, 0, 0)


def fmt(x, dec=1, neg="-", thousands=True):
    """Swedish number formatting."""
    if x is None:
        return ""
    v = round(abs(x), dec)
    s = f"{v:,.{dec}f}"
    s = s.replace(",", " ").replace(".", ",") if thousands else s.replace(",", "").replace(".", ",")
    if round(x, dec) < 0:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return "– " + s
        return "-" + s
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.set_creation_date(FIXED_DATE)
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.cover = True

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, self.running_head, align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    def multi_cell(self, w, h=None, text="", *args, **kwargs):
        kwargs.setdefault("new_x", "LMARGIN")
        kwargs.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *args, **kwargs)

    # text helpers
    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 9, t)
        self.ln(2)

    def h2(self, t):
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it)
            self.ln(0.8)
        self.ln(2)

    def note(self, t):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.2, t)
        self.ln(2)

    def table(self, header_lines, rows, widths, caption=None, bold_rows=(), size=8.5,
              first_align="L", row_h=5.4, cont_label=None):
        """header_lines: list of lists (one list per header line).
        rows: list of lists of strings; a row with only first cell is a section row."""
        if caption:
            self.set_font("DV", "I", 8.5)
            self.cell(0, 5, caption)
            self.ln(6)

        def draw_header():
            self.set_font("DV", "B", size)
            self.set_fill_color(225, 232, 240)
            for line in header_lines:
                for i, (txt, w) in enumerate(zip(line, widths)):
                    self.cell(w, row_h, txt, align="L" if i == 0 else "R", fill=True)
                self.ln(row_h)

        draw_header()
        for r in rows:
            if self.get_y() + row_h > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                if cont_label:
                    self.set_font("DV", "I", 8.5)
                    self.cell(0, 5, cont_label)
                    self.ln(6)
                draw_header()
            bold = r[0] in bold_rows or (len([c for c in r[1:] if c]) == 0)
            self.set_font("DV", "B" if bold else "", size)
            for i, (txt, w) in enumerate(zip(r, widths)):
                self.cell(w, row_h, txt, align=first_align if i == 0 else "R")
            self.ln(row_h)
        self.ln(3)


def fixed_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted order."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            payload = zin.read(name)
            if name == "docProps/core.xml":
                txt = payload.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-15T09:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-15T09:00:00Z\g<2>", txt)
                payload = txt.encode("utf-8")
            zout.writestr(zi, payload)
    with open(path, "wb") as f:
        f.write(out.getvalue())
