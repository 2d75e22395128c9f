"""Shared helpers for the deterministic blind-muni25 corpus generator."""
import datetime
import io
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def D(x):
    return Decimal(str(x))


def sv(x, dec=1, neg="-"):
    """Swedish number: thousands with space, decimal comma, chosen negative style."""
    if x is None:
        return ""
    x = D(x)
    q = x.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP) if dec else x.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    s = f"{abs(q):,.{dec}f}".replace(",", " ").replace(".", ",")
    if q < 0:
        if neg == "-":
            return "-" + s
        if neg == "–":
            return "– " + s
        if neg == "()":
            return "(" + s + ")"
    return s


def pct(a, b, dec=1):
    return (D(a) / D(b) * 100).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


class Doc(FPDF):
    def __init__(self, running_head, footer_left, **kw):
        super().__init__(format="A4", unit="mm", **kw)
        self.running_head = running_head
        self.footer_left = footer_left
        self.set_creation_date(FIXED_DT)
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.cover = True
        self.set_title(running_head)
        self.set_author(footer_left)
        self.set_creator("Kommunens ekonomiavdelning")
        self.set_producer("fpdf2")

    def multi_cell(self, w, h=None, text="", *args, **kw):
        kw.setdefault("new_x", XPos.LMARGIN)
        kw.setdefault("new_y", YPos.NEXT)
        return super().multi_cell(w, h, text, *args, **kw)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_head, align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(self.epw / 2, 5, self.footer_left, align="L")
        self.cell(self.epw / 2, 5, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # --- text helpers
    def h1(self, t):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, t)
        self.ln(3)

    def h2(self, t):
        self.set_font("DejaVu", "B", 12)
        self.ln(2)
        self.multi_cell(0, 6.5, t)
        self.ln(1.5)

    def p(self, t, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def bullets(self, items, size=10):
        self.set_font("DejaVu", "", size)
        for it in items:
            self.set_x(self.l_margin + 4)
            self.multi_cell(self.epw - 4, 5.2, "• " + it)
            self.ln(0.8)
        self.ln(2)

    def caption(self, t):
        self.set_font("DejaVu", "I", 8.5)
        self.multi_cell(0, 4.5, t)
        self.ln(1)

    def table(self, header_lines, rows, widths, size=8.5, row_h=5.6, first_align="L"):
        """header_lines: list of lists of strings; rows: list of (kind, cells);
        kind in {'row','section','sum','total'}"""
        self.set_font("DejaVu", "B", size)
        self.set_fill_color(225, 232, 240)
        for i, hl in enumerate(header_lines):
            for j, (txt, w) in enumerate(zip(hl, widths)):
                self.cell(w, row_h, txt, align=(first_align if j == 0 else "R"), fill=True)
            self.ln(row_h)
        for kind, cells in rows:
            if kind == "section":
                self.set_font("DejaVu", "B", size)
                self.cell(sum(widths), row_h, cells[0], align="L")
                self.ln(row_h)
                continue
            bold = kind in ("sum", "total")
            self.set_font("DejaVu", "B" if bold else "", size)
            border = "T" if bold else 0
            for j, (txt, w) in enumerate(zip(cells, widths)):
                self.cell(w, row_h, txt, align=(first_align if j == 0 else "R"), border=border)
            self.ln(row_h)
        self.ln(3)


def normalize_zip(path, created="2025-01-01T00:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        content = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = content.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + created + r"\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + created + r"\g<2>", txt)
            content = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, content)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())
