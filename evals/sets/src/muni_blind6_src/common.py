"""Shared helpers: Swedish number formatting and a PDF class with table rendering."""
import os
import datetime
from fpdf import FPDF

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", "corpora", "blind-muni6"))
FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-%s.ttf"


def fmt(v, dec=1, neg="dash", plus=False):
    """Swedish number: space as thousands separator, comma decimal; negatives '–x' or '(x)'."""
    if v is None:
        return ""
    r = round(abs(v), dec)
    s = f"{r:,.{dec}f}".replace(",", " ").replace(".", ",")
    if round(v, dec) < 0:
        return f"({s})" if neg == "paren" else "–" + s
    if plus and round(v, dec) > 0:
        return "+" + s
    return s


def tkr(v, neg="dash"):
    return fmt(v, 0, neg)


class Doc(FPDF):
    def __init__(self, footer_text):
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.add_font("L", "", FONT % "Regular")
        self.add_font("L", "B", FONT % "Bold")
        self.add_font("L", "I", FONT % "Italic")
        self.set_auto_page_break(True, 18)
        self.set_margins(20, 18, 20)
        self.n_tables = 0
        self.set_creation_date(datetime.datetime(2024, 11, 26, 12, 0, tzinfo=datetime.timezone.utc))

    def multi_cell(self, w, h=None, text="", *args, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *args, **kw)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-12)
        self.set_font("L", "", 7)
        self.cell(0, 5, f"{self.footer_text}    {self.page_no()}", align="R")

    def h1(self, t):
        self.set_font("L", "B", 17)
        self.set_text_color(0, 70, 120)
        self.multi_cell(0, 8, t)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t):
        if self.get_y() > 245:
            self.add_page()
        self.ln(2)
        self.set_font("L", "B", 12)
        self.set_text_color(0, 70, 120)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h3(self, t):
        self.set_font("L", "B", 10)
        self.multi_cell(0, 5, t)

    def p(self, t):
        self.set_font("L", "", 9.5)
        self.multi_cell(0, 4.8, t)
        self.ln(2)

    def bullets(self, items):
        self.set_font("L", "", 9.5)
        for it in items:
            self.set_x(self.l_margin + 3)
            self.multi_cell(0, 4.8, "• " + it)
        self.ln(2)

    def _header(self, headers, widths, aligns):
        self.set_font("L", "B", 7.5)
        nl = max(h.count("\n") + 1 for h in headers)
        hh = 3.8 * nl + 1
        y = self.get_y()
        x = self.l_margin
        self.set_fill_color(220, 230, 240)
        self.rect(x, y, sum(widths), hh, style="F")
        for h, w, a in zip(headers, widths, aligns):
            self.set_xy(x, y + 0.5)
            self.multi_cell(w, 3.8, h, align=a)
            x += w
        self.set_xy(self.l_margin, y + hh)

    def table(self, caption, headers, widths, rows, unit=None, source=None, cont_caption=True):
        """rows: list of (kind, cells) where kind in 'row','sum','sec','total'."""
        self.n_tables += 1
        aligns = ["L"] + ["R"] * (len(headers) - 1)
        if self.get_y() > 235:
            self.add_page()
        self.set_font("L", "B", 9)
        self.multi_cell(0, 5, caption)
        if unit:
            self.set_font("L", "I", 7.5)
            self.multi_cell(0, 4, unit)
        self._header(headers, widths, aligns)
        for kind, cells in rows:
            if self.get_y() + 5 > self.h - 20:
                self.add_page()
                if cont_caption:
                    self.set_font("L", "I", 8)
                    self.multi_cell(0, 4.5, caption + " (forts.)")
                self._header(headers, widths, aligns)
            bold = kind in ("sum", "sec", "total")
            self.set_font("L", "B" if bold else "", 7.5)
            if kind == "total":
                self.set_fill_color(235, 235, 235)
            if kind == "sec":
                self.cell(sum(widths), 4.6, cells[0], new_x="LMARGIN", new_y="NEXT")
                continue
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, 4.6, c, align=a, fill=(kind == "total"))
            self.ln(4.6)
            if kind in ("sum", "total"):
                self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
        if source:
            self.set_font("L", "I", 7)
            self.multi_cell(0, 4, source)
        self.ln(3)


def rowline(cells):
    """How a table row appears in one extracted line."""
    return " ".join(c for c in cells if c != "")
