"""Shared helpers: number formatting, PDF builder, deterministic DOCX/XLSX."""
import io
import re
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime(2025, 1, 15, 8, 0, 0, tzinfo=timezone.utc)


def fmt(v, dec=1, neg="-", thousands=" ", paren=False):
    """Swedish number format: decimal comma, space thousands."""
    if v is None:
        return ""
    s = f"{abs(v):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", thousands)
    if v < 0 and round(abs(v), dec) != 0:
        if paren:
            return f"({s})"
        return f"{neg}{s}" if neg == "-" else f"{neg} {s}"
    return s


class Doc(FPDF):
    def __init__(self, head, foot, **kw):
        super().__init__(**kw)
        self.head_text = head
        self.foot_text = foot
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=18)
        self.set_creation_date(FIXED_DT)
        self.set_creator("Kommunens dokumentmall")
        self.set_producer("Kommunens dokumentmall")
        self.cover = True

    def header(self):
        if self.page_no() == 1 and self.cover:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head_text, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.foot_text}    Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    # text helpers
    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 9, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 45:
            self.add_page(orientation=self.cur_orientation)
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, t):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def table(self, caption, header_lines, rows, widths, unit=None, row_h=5.6, font=8.5,
              cont_caption=None):
        """rows: list of (cells, style) with style in {'', 'section', 'sum'}."""
        def draw_header(cap):
            self.set_font("DV", "B", 10)
            self.multi_cell(0, 6, cap, new_x="LMARGIN", new_y="NEXT")
            if unit:
                self.set_font("DV", "I", 8)
                self.cell(0, 4.5, unit, new_x="LMARGIN", new_y="NEXT")
            self.set_font("DV", "B", font)
            self.set_fill_color(220, 230, 240)
            for line in header_lines:
                for i, (w, c) in enumerate(zip(widths, line)):
                    self.cell(w, 4.8, c, align="L" if i == 0 else "R", fill=True)
                self.ln(4.8)
            self.ln(0.8)

        if self.get_y() > self.h - 50:
            self.add_page(orientation=self.cur_orientation)
        draw_header(caption)
        for cells, style in rows:
            if self.get_y() + row_h > self.h - 20:
                self.add_page(orientation=self.cur_orientation)
                draw_header(cont_caption or (caption + " (forts.)"))
            self.set_font("DV", "B" if style in ("section", "sum") else "", font)
            if style == "section":
                self.cell(sum(widths), row_h, cells[0])
            else:
                for i, (w, c) in enumerate(zip(widths, cells)):
                    self.cell(w, row_h, c, align="L" if i == 0 else "R",
                              border="T" if style == "sum" else 0)
            self.ln(row_h)
        self.ln(3)


def normalize_zip(path, core_date="2025-01-15T08:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core property dates."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            blob = zin.read(name)
            if name == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)",
                             lambda m: m.group(1) + core_date + m.group(3), txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    with open(path, "wb") as f:
        f.write(out.getvalue())
