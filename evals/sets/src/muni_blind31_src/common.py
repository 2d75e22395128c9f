"""Shared helpers for the mb31 corpus generator (deterministic output)."""
import datetime as _dt
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = _dt.datetime(2025, 1, 1, 12, 0, 0, tzinfo=_dt.timezone.utc)


def sv(x, dec=1, neg="-", thousands=True):
    """Swedish number format: decimal comma, space thousands."""
    if x is None:
        return ""
    neg_flag = x < 0
    v = abs(x)
    s = f"{v:,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", " " if thousands else "")
    if neg_flag and float(s.replace(" ", "").replace(",", ".")) != 0:
        if neg == "paren":
            return f"({s})"
        if neg == "dash":
            return f"– {s}"
        return f"-{s}"
    return s


class MuniPDF(FPDF):
    def __init__(self, running_head, foot_left, *a, **kw):
        super().__init__(*a, **kw)
        self.running_head = running_head
        self.foot_left = foot_left
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.skip_head = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.running_head, align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"{self.foot_left}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 6, f"{self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    def multi_cell(self, w, h=None, text="", *a, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *a, **kw)

    # text helpers
    def h1(self, t):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 9, t)
        self.ln(2)

    def h2(self, t):
        self.set_font("DejaVu", "B", 12.5)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def h3(self, t):
        self.set_font("DejaVu", "B", 10.5)
        self.multi_cell(0, 6, t)

    def para(self, t, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def bullets(self, items, size=10):
        self.set_font("DejaVu", "", size)
        for it in items:
            self.set_x(self.l_margin + 4)
            self.multi_cell(0, 5.2, "• " + it)
        self.ln(2)

    def small(self, t):
        self.set_font("DejaVu", "I", 7.5)
        self.multi_cell(0, 4, t)
        self.ln(1)

    def table(self, header_lines, rows, widths, bold_rows=(), section_rows=(), size=8.5, rh=5.6):
        """header_lines: list of lists (one per header line). rows: list of lists of str.
        First column left aligned, others right aligned."""
        self.set_font("DejaVu", "B", size)
        self.set_fill_color(225, 232, 240)
        for hl in header_lines:
            for i, (txt, w) in enumerate(zip(hl, widths)):
                self.cell(w, rh, txt, border=0, align="L" if i == 0 else "R", fill=True)
            self.ln(rh)
        for r_i, row in enumerate(rows):
            is_bold = r_i in bold_rows
            is_sec = r_i in section_rows
            self.set_font("DejaVu", "B" if (is_bold or is_sec) else "", size)
            for i, (txt, w) in enumerate(zip(row, widths)):
                self.cell(w, rh, txt, border="T" if is_bold else 0, align="L" if i == 0 else "R")
            self.ln(rh)
        self.ln(2)


def normalize_zip(path, core_created="2025-01-01T00:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        blob = zin.read(name)
        if name == "docProps/core.xml":
            txt = blob.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_created + r"\2", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_created + r"\2", txt)
            txt = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", txt)
            blob = txt.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, blob)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())
