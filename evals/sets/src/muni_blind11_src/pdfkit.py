"""Small helpers for drawing report PDFs with fpdf2 (deterministic)."""
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def sv(v, dec=1, neg="−", paren=False, plus=False):
    """Swedish number formatting. v is a float/int; thousands sep = space, decimal comma."""
    r = round(abs(v), dec)
    s = f"{r:,.{dec}f}".replace(",", " ").replace(".", ",")
    if round(v, dec) < 0:
        return f"({s})" if paren else f"{neg}{s}"
    if plus and round(v, dec) > 0:
        return "+" + s
    return s


class Doc(FPDF):
    def __init__(self, title, org):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.doc_title = title
        self.org = org
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=18)
        self.set_creation_date(__import__("datetime").datetime(2026, 11, 1))
        self.skip_header = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self.org} – {self.doc_title}", align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.set_font("DejaVu", "B", 15)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        self.ln(1)
        self.set_font("DejaVu", "B", 11.5)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, t, size=9.5):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def caption(self, t, unit=None):
        self.set_font("DejaVu", "B", 9.5)
        self.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        if unit:
            self.set_font("DejaVu", "I", 8)
            self.multi_cell(0, 4.5, unit, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, headers, rows, widths, hh=9, rh=5.6, size=8.3, first_align="L"):
        """headers: list of str (may hold \\n). rows: list of (kind, label, [cells]).
        kind: 'row', 'sec' (section heading, no cells), 'sum' (bold, top line)."""
        x0 = self.l_margin
        y = self.get_y()
        self.set_font("DejaVu", "B", size)
        self.set_fill_color(222, 230, 240)
        self.rect(x0, y, sum(widths), hh, style="F")
        x = x0
        for i, (h, w) in enumerate(zip(headers, widths)):
            nlines = h.count("\n") + 1
            lh = 4.2
            ty = y + (hh - nlines * lh) / 2
            self.set_xy(x, ty)
            self.multi_cell(w, lh, h, align="L" if i == 0 else "R")
            x += w
        self.set_xy(x0, y + hh)
        for kind, label, cells in rows:
            if kind == "sec":
                self.set_font("DejaVu", "B", size)
                self.cell(sum(widths), rh, label, new_x="LMARGIN", new_y="NEXT")
                continue
            if kind == "sum":
                self.set_font("DejaVu", "B", size)
                self.line(x0, self.get_y(), x0 + sum(widths), self.get_y())
            else:
                self.set_font("DejaVu", "", size)
            self.cell(widths[0], rh, label, align=first_align)
            for c, w in zip(cells, widths[1:]):
                self.cell(w, rh, c, align="R")
            self.ln(rh)
        self.line(x0, self.get_y(), x0 + sum(widths), self.get_y())
        self.ln(3)
