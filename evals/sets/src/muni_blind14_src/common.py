"""Shared helpers: number formatting and a PDF table renderer (fpdf2)."""
from decimal import Decimal, ROUND_HALF_UP
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
MINUS = "\u2212"
ENDASH = "\u2013"


def grp(s):
    """thousand grouping with a plain space"""
    out = ""
    while len(s) > 3:
        out = " " + s[-3:] + out
        s = s[:-3]
    return s + out


def f1(t, neg="minus"):
    """t is an int in tenths -> '1 234,5' with sign style"""
    a = abs(t)
    s = grp(str(a // 10)) + "," + str(a % 10)
    if t < 0:
        if neg == "minus":
            return MINUS + s
        if neg == "dash":
            return ENDASH + s
        if neg == "paren":
            return "(" + s + ")"
        if neg == "hyphen":
            return "-" + s
    return s


def fi(n, neg="minus"):
    s = grp(str(abs(n)))
    if n < 0:
        return {"minus": MINUS, "dash": ENDASH, "hyphen": "-"}.get(neg, MINUS) + s if neg != "paren" else "(" + s + ")"
    return s


def pct(new, old):
    """percent change rounded half-up to one decimal -> Decimal"""
    d = (Decimal(new) - Decimal(old)) / Decimal(old) * 100
    return d.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def fpct(d):
    s = str(d).replace(".", ",")
    if s.startswith("-"):
        s = MINUS + s[1:]
    return s


class Doc(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(format="A4")
        import datetime
        self.set_creation_date(datetime.datetime(2024, 11, 25, 9, 0, 0, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 18, 20)

    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(110)
        self.cell(0, 5, self.header_text, align="R")
        self.ln(8)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DV", "", 7.5)
        self.set_text_color(110)
        self.cell(0, 5, f"{self.footer_text}   |   Sida {self.page_no()}", align="C")
        self.set_text_color(0)

    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.page_break_trigger - 30:
            self.add_page(orientation=self.cur_orientation)
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=9.5):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 9.5)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def table(self, caption, unit, headers, widths, rows, cont=True, size=8.5, rowh=5.2):
        """headers: list of cells, each cell a list of lines (wrapped header).
        rows: list of (kind, [cells]) kind in row/section/sum/total."""
        def draw_caption(suffix=""):
            self.set_font("DV", "B", 10)
            self.multi_cell(0, 5.5, caption + suffix, new_x="LMARGIN", new_y="NEXT")
            if unit:
                self.set_font("DV", "I", 8)
                self.multi_cell(0, 4.5, unit, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

        def draw_header():
            nlines = max(len(h) for h in headers)
            self.set_font("DV", "B", size)
            self.set_fill_color(222, 230, 240)
            x0, y0 = self.get_x(), self.get_y()
            x = x0
            for h, w in zip(headers, widths):
                self.rect(x, y0, w, nlines * 4.4 + 1.2, style="F")
                for i, line in enumerate(h):
                    self.set_xy(x, y0 + 0.6 + (nlines - len(h) + i) * 4.4)
                    self.cell(w, 4.4, line, align="L" if x == x0 else "R")
                x += w
            self.set_xy(x0, y0 + nlines * 4.4 + 1.2)

        if self.get_y() + 30 > self.page_break_trigger:
            self.add_page(orientation=self.cur_orientation)
        draw_caption()
        draw_header()
        for kind, cells in rows:
            if self.get_y() + rowh > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                if cont:
                    draw_caption(" (forts.)")
                draw_header()
            x0 = self.get_x()
            if kind == "section":
                self.set_font("DV", "B", size)
                self.cell(sum(widths), rowh, cells[0], border="B")
                self.ln(rowh)
                continue
            self.set_font("DV", "B" if kind in ("sum", "total") else "", size)
            if kind == "total":
                self.set_fill_color(238, 238, 238)
            for i, (c, w) in enumerate(zip(cells, widths)):
                self.cell(w, rowh, c, border="B" if kind != "total" else "TB",
                          align="L" if i == 0 else "R", fill=(kind == "total"))
            self.ln(rowh)
        self.ln(3)
