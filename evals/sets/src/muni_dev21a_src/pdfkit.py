"""Small helpers around fpdf2 shared by the corpus generator (deterministic output)."""
from decimal import Decimal as D
from fpdf import FPDF
from fpdf.fonts import FontFace

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def sv(x, dec=1, neg="paren"):
    """Format a number Swedish style: space thousands, comma decimals.
    neg='paren' -> (26,1); neg='dash' -> – 26,1; neg='minus' -> -26,1"""
    x = D(str(x))
    q = D(1).scaleb(-dec) if dec else D(1)
    x = x.quantize(q)
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0:
        if neg == "paren":
            return f"({s})"
        if neg == "dash":
            return f"– {s}"
        return f"-{s}"
    return s


class MuniPDF(FPDF):
    def __init__(self, head_left, head_right, foot, accent=(0, 82, 147), **kw):
        super().__init__(**kw)
        self.head_left = head_left
        self.head_right = head_right
        self.foot = foot
        self.accent = accent
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_font("DV", "", 10)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages()
        self.skip_header = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, self.head_right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*self.accent)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)
        self.set_font("DV", "", 10)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # text helpers
    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.set_text_color(*self.accent)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)
        self.set_font("DV", "", 10)

    def h2(self, t):
        self.ln(2)
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.set_font("DV", "", 10)

    def p(self, t, size=10, style=""):
        self.set_font("DV", style, size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)
        self.set_font("DV", "", 10)

    def caption(self, t):
        self.set_font("DV", "I", 8.5)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 10)

    def grid(self, rows, widths, align, layout="ALL", bold_rows=(), section_rows=(), fill=None,
             size=8.5, heading_fill=(220, 230, 240), line_height=None, repeat=1):
        """rows[0] is the heading row. section_rows: indices (into rows) rendered as one colspan cell."""
        self.set_font("DV", "", size)
        hs = FontFace(emphasis="BOLD", fill_color=heading_fill)
        with self.table(col_widths=widths, text_align=align, borders_layout=layout,
                        headings_style=hs, line_height=line_height or size * 0.55,
                        repeat_headings=repeat, width=sum(widths), align="LEFT",
                        cell_fill_color=fill, cell_fill_mode="ROWS" if fill else "NONE") as t:
            for i, r in enumerate(rows):
                row = t.row()
                if i in section_rows:
                    row.cell(r[0], colspan=len(widths), style=FontFace(emphasis="BOLD"), align="LEFT")
                    continue
                for c in r:
                    if i in bold_rows:
                        row.cell(c, style=FontFace(emphasis="BOLD"))
                    else:
                        row.cell(c)
        self.ln(3)
        self.set_font("DV", "", 10)
