"""Shared helpers for the deterministic muni_blind43 corpus generator."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_MOD = b"2025-01-01T12:00:00Z"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-"):
    """Swedish number: space as thousands separator, comma decimal.
    neg: '-' -> -26,1 ; 'dash' -> – 26,1 ; 'paren' -> (26,1)"""
    if v is None:
        return ""
    r = round(abs(v), dec)
    s = f"{r:,.{dec}f}".replace(",", " ").replace(".", ",")
    if round(v, dec) < 0:
        if neg == "dash":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
        return "-" + s
    return s


def fint(v, neg="-"):
    return fmt(v, 0, neg)


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.skip_head = set()

    def header(self):
        if self.page_no() in self.skip_head:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.running_head, align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() in self.skip_head:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")

    def multi_cell(self, w, h=None, text="", *args, **kwargs):
        kwargs.setdefault("new_x", "LMARGIN")
        kwargs.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *args, **kwargs)

    # text helpers
    def h1(self, t):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 9, t)
        self.ln(2)

    def h2(self, t):
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def para(self, t, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def note(self, t):
        self.set_font("DejaVu", "I", 8)
        self.multi_cell(0, 4.2, t)
        self.ln(1)

    def table(self, caption, headers, rows, widths, cont_caption=None, size=8.5, lh=5.6):
        """headers: list of header lines (each a list of cells). rows: list of
        (cells, style) where style in '', 'B' (sum row), 'S' (section row)."""
        def draw_caption(c):
            self.set_font("DejaVu", "B", 10)
            self.cell(0, 6, c, new_x="LMARGIN", new_y="NEXT")

        def draw_header():
            self.set_font("DejaVu", "B", size)
            self.set_fill_color(225, 232, 240)
            for line in headers:
                for i, (w, c) in enumerate(zip(widths, line)):
                    self.cell(w, lh, c, border=0, align="L" if i == 0 else "R", fill=True)
                self.ln(lh)
            self.ln(0.8)

        if caption:
            draw_caption(caption)
        draw_header()
        for cells, style in rows:
            if self.get_y() + lh > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                draw_caption(cont_caption or (caption + " (forts.)"))
                draw_header()
            self.set_font("DejaVu", "B" if style in ("B", "S") else "", size)
            if style == "S":
                self.cell(sum(widths), lh, cells[0], align="L")
                self.ln(lh)
                continue
            for i, (w, c) in enumerate(zip(widths, cells)):
                self.cell(w, lh, c, align="L" if i == 0 else "R", border="T" if style == "B" else 0)
            self.ln(lh)
        self.ln(3)


def normalize_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted-stable order."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>" + FIXED_MOD + rb"\g<2>", content)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())
