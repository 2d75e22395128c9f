"""Shared helpers for the dev-muni46 corpus generator (deterministic)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 11, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(x, dec=1, neg="-", paren=False):
    """Swedish number: thousands with space, decimal comma."""
    if x is None:
        return ""
    v = round(float(x), dec)
    if v == 0:
        v = 0.0
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if v < 0:
        if paren:
            return f"({s})"
        return f"{neg}{s}"
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 18, 20)
        self.set_creation_date(FIXED_DT)
        self.set_title(running_head)
        self.set_author("")
        self.set_creator("")
        self.set_producer("")
        self.show_head = True

    def header(self):
        if self.page_no() == 1 or not self.show_head:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_head, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("DV", "", 8)
        self.cell(0, 5, f"{self.page_no()}", align="C")

    # content helpers
    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, t):
        self.set_font("DV", "I", 7.5)
        self.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, widths, header_rows, rows, caption=None, rh=6, size=8.5):
        """rows: list of (cells, kind) kind in {'row','sum','section'}"""
        def draw_header():
            self.set_font("DV", "B", size)
            self.set_fill_color(225, 232, 240)
            for hr in header_rows:
                for i, (w, c) in enumerate(zip(widths, hr)):
                    self.cell(w, rh - 1, c, border=0, align="L" if i == 0 else "R", fill=True)
                self.ln(rh - 1)
        if caption:
            self.set_font("DV", "I", 8.5)
            self.cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
        draw_header()
        for cells, kind in rows:
            if self.get_y() + rh > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                if caption:
                    self.set_font("DV", "I", 8.5)
                    self.cell(0, 5, caption + " (forts.)", new_x="LMARGIN", new_y="NEXT")
                draw_header()
            self.set_font("DV", "B" if kind in ("sum", "section") else "", size)
            if kind == "section":
                self.cell(sum(widths), rh, cells[0], border="B")
                self.ln(rh)
                continue
            for i, (w, c) in enumerate(zip(widths, cells)):
                self.cell(w, rh, c, border="T" if kind == "sum" else 0, align="L" if i == 0 else "R")
            self.ln(rh)
        self.ln(3)


def normalize_zip(path, core_replace=True):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if core_replace and name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-11-01T09:00:00Z\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-11-01T09:00:00Z\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())
