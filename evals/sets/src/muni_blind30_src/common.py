"""Shared helpers for the deterministic blind-muni30 corpus generator."""
import re
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def r1(x, d=1):
    v = round(x + 0.0, d)
    return 0.0 if v == 0 else v


def sv(x, d=1, neg="-"):
    """Swedish number: thousands space, decimal comma, chosen negative style."""
    v = r1(x, d)
    s = f"{abs(v):,.{d}f}".replace(",", " ").replace(".", ",")
    if v < 0:
        if neg == "-":
            return "-" + s
        if neg == "en":
            return "– " + s
        if neg == "par":
            return "(" + s + ")"
    return s


class PDF(FPDF):
    def __init__(self, head, created):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.head = head
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, 20)
        self.set_creation_date(created)
        self.set_margins(20, 18, 20)

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.head, align="L")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 8, f"Sida {self.page_no()}", align="C")

    # text helpers
    def h1(self, t):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 9, t)
        self.ln(3)

    def h2(self, t):
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def para(self, t, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DejaVu", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it)
        self.ln(2)

    def note(self, t):
        self.set_font("DejaVu", "I", 8)
        self.multi_cell(0, 4.2, t)
        self.ln(2)

    def table(self, header_lines, rows, widths, caption=None, cont_caption=None, size=9):
        """header_lines: list of lists (one per header line). rows: list of
        (kind, label, values) with kind in row/section/sum."""
        rh = 6

        def draw_header(cap):
            if cap:
                self.set_font("DejaVu", "I", 8)
                self.cell(0, 5, cap, new_x="LMARGIN", new_y="NEXT")
            self.set_font("DejaVu", "B", size)
            for hl in header_lines:
                for i, (w, t) in enumerate(zip(widths, hl)):
                    self.cell(w, 5, t, align="L" if i == 0 else "R")
                self.ln(5)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            self.ln(1)

        draw_header(caption)
        for kind, label, vals in rows:
            if self.get_y() + rh > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                draw_header(cont_caption or caption)
            if kind == "section":
                self.set_font("DejaVu", "B", size)
                self.cell(sum(widths), rh, label)
                self.ln(rh)
                continue
            self.set_font("DejaVu", "B" if kind == "sum" else "", size)
            self.cell(widths[0], rh, label)
            for w, v in zip(widths[1:], vals):
                self.cell(w, rh, v, align="R")
            self.ln(rh)
        self.ln(3)


def normalize_zip(path, stamp):
    """Rewrite a DOCX/XLSX with fixed timestamps so the bytes are reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def utc(y, m, d):
    return datetime(y, m, d, 8, 0, 0, tzinfo=timezone.utc)
