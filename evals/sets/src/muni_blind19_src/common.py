"""Shared helpers for the deterministic corpus generator (blind-muni19)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 11, 28, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-", plus=False):
    """Swedish number: space thousands, decimal comma. neg: '-', 'dash', 'paren'."""
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
    if plus and round(v, dec) > 0:
        return "+" + s
    return s


class Doc(FPDF):
    def __init__(self, runhead, orientation="P", pagefmt="{n}", footer_left=""):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.runhead = runhead
        self.pagefmt = pagefmt
        self.footer_left = footer_left
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.show_head = False

    def header(self):
        if not self.show_head:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(0, 5, self.runhead, align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        if not self.show_head:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        if self.footer_left:
            self.cell(0, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 5, self.pagefmt.format(n=self.page_no()), align="R")

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", XPos.LMARGIN)
        k.setdefault("new_y", YPos.NEXT)
        return super().multi_cell(*a, **k)

    # text helpers
    def h1(self, t):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, t)
        self.ln(3)

    def h2(self, t):
        if self.will_page_break(20):
            self.add_page()
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 6, t)
        self.ln(1.5)

    def h3(self, t):
        self.set_font("DejaVu", "B", 10)
        self.multi_cell(0, 5.5, t)
        self.ln(0.5)

    def para(self, t, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DejaVu", "", 10)
        for it in items:
            self.set_x(self.l_margin + 4)
            self.multi_cell(0, 5.2, "• " + it)
        self.ln(2)

    def note(self, t):
        self.set_font("DejaVu", "I", 7.5)
        self.multi_cell(0, 4, t)
        self.ln(1)

    def table(self, caption, head_rows, rows, widths, size=8.5, break_after=None, cont="(forts.)"):
        """head_rows: list of lists of str. rows: list of (cells, kind) kind in '', 'section', 'sum'."""
        rh = 5.4

        def draw_head(cap):
            if cap:
                self.set_font("DejaVu", "B", 10)
                self.multi_cell(0, 5.5, cap)
                self.ln(0.5)
            self.set_font("DejaVu", "B", size)
            self.set_fill_color(220, 228, 236)
            for hr in head_rows:
                for i, (c, w) in enumerate(zip(hr, widths)):
                    self.cell(w, rh, c, border=0, align="L" if i == 0 else "R", fill=True)
                self.ln(rh)

        draw_head(caption)
        for idx, (cells, kind) in enumerate(rows):
            if (break_after is not None and idx == break_after) or self.will_page_break(rh):
                self.add_page(orientation=self.cur_orientation)
                draw_head((caption + " " + cont) if caption else None)
            self.set_font("DejaVu", "B" if kind in ("section", "sum") else "", size)
            if kind == "section":
                self.cell(sum(widths), rh, cells[0], align="L")
                self.ln(rh)
                continue
            for i, (c, w) in enumerate(zip(cells, widths)):
                self.cell(w, rh, c, border="T" if kind == "sum" else 0, align="L" if i == 0 else "R")
            self.ln(rh)
        self.ln(3)


def rezip(path):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist()):
        content = zin.read(name)
        if name == "docProps/core.xml":
            s = content.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-11-28T09:00:00Z\g<2>", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-11-28T09:00:00Z\g<2>", s)
            content = s.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=(2024, 11, 28, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, content)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())
