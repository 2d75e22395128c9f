"""Shared helpers for the deterministic corpus generator (blind-muni40)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def sv(tenths, neg="-", dec=1):
    """Format an integer number of tenths (or units when dec=0) the Swedish way."""
    v = int(tenths)
    sign = v < 0
    v = abs(v)
    if dec == 1:
        ip, fp = divmod(v, 10)
    else:
        ip, fp = v, None
    s = f"{ip:,}".replace(",", " ")
    if fp is not None:
        s += f",{fp}"
    if sign:
        if neg == "()":
            return f"({s})"
        if neg == "– ":
            return "– " + s
        return "-" + s
    return s


def pct(num, den, dec=1):
    if den == 0:
        return "–"
    v = round(num / den * 100, dec)
    return f"{v:.{dec}f}".replace(".", ",").replace("-", "-")


class Doc(FPDF):
    def __init__(self, running_head, footer_left, **kw):
        super().__init__(**kw)
        self.running_head = running_head
        self.footer_left = footer_left
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.no_head = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_head, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.footer_left}    Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        self.ln(2)
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t):
        self.set_font("DV", "", 10)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def caption(self, t):
        self.set_font("DV", "I", 9)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")

    def footnote(self, t):
        self.set_font("DV", "", 7.5)
        self.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")

    def _draw_header(self, widths, header_lines, size):
        self.set_font("DV", "B", size)
        self.set_fill_color(225, 232, 240)
        for line in header_lines:
            for w, c in zip(widths, line):
                self.cell(w, 5, c, border=0, fill=True, align="L" if w == widths[0] else "R")
            self.ln(5)

    def table(self, widths, header_lines, rows, size=8.5, split_at=None, cont_caption=None):
        """rows: list of (kind, cells); kind in 'row','section','sum'."""
        self._draw_header(widths, header_lines, size)
        for i, (kind, cells) in enumerate(rows):
            if split_at is not None and i == split_at:
                self.add_page(orientation=self.cur_orientation)
                if cont_caption:
                    self.caption(cont_caption)
                self._draw_header(widths, header_lines, size)
            if self.get_y() > self.h - 28:
                self.add_page(orientation=self.cur_orientation)
                self._draw_header(widths, header_lines, size)
            style = "B" if kind in ("section", "sum") else ""
            self.set_font("DV", style, size)
            if kind == "section":
                self.cell(sum(widths), 5, cells[0], new_x="LMARGIN", new_y="NEXT")
                continue
            border = "T" if kind == "sum" else 0
            for j, (w, c) in enumerate(zip(widths, cells)):
                self.cell(w, 5, c, border=border, align="L" if j == 0 else "R")
            self.ln(5)
        self.ln(3)


def normalize_zip(path, core_date="2026-11-20T09:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_date + r"\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_date + r"\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())
