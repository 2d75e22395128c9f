"""Small helpers on top of fpdf2 for municipal-report style PDFs (deterministic)."""
from datetime import datetime, timezone
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class Report(FPDF):
    def __init__(self, running_head, title_meta, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(datetime(2024, 12, 2, 9, 0, 0, tzinfo=timezone.utc))
        self.set_title(title_meta)
        self.set_author(running_head)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.show_head = True

    def header(self):
        if self.page_no() == 1 or not self.show_head:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_head, align="R")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    # --- text blocks
    def cover(self, lines, sub=None):
        self.add_page()
        self.set_y(80)
        self.set_font("DV", "B", 26)
        for ln in lines:
            self.cell(0, 14, ln, align="C", new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.ln(10)
            self.set_font("DV", "", 12)
            for s in sub:
                self.cell(0, 7, s, align="C", new_x="LMARGIN", new_y="NEXT")

    def h1(self, text):
        self.ln(2)
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, text):
        self.ln(2)
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, text, size=10, style=""):
        self.set_font("DV", style, size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, text):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def caption(self, text):
        self.set_font("DV", "B", 9)
        self.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

    # --- tables
    def table(self, header_rows, rows, widths, bold_rows=(), section_rows=(), size=8.5):
        """header_rows: list of lists of strings; rows: list of lists. A row whose
        other cells are all empty is a section row. Rows in bold_rows are printed bold."""
        lh = 5.2

        def draw_header():
            self.set_font("DV", "B", size)
            for hr in header_rows:
                for i, (c, w) in enumerate(zip(hr, widths)):
                    self.cell(w, lh, c, border="B" if hr is header_rows[-1] else 0,
                              align="L" if i == 0 else "R")
                self.ln(lh)

        draw_header()
        for r in rows:
            if self.get_y() + lh > self.h - 22:
                self.add_page()
                draw_header()
            is_section = all(str(c) == "" for c in r[1:])
            bold = r[0] in bold_rows or is_section
            self.set_font("DV", "B" if bold else "", size)
            for i, (c, w) in enumerate(zip(r, widths)):
                self.cell(w, lh, str(c), border="T" if r[0] in bold_rows else 0,
                          align="L" if i == 0 else "R")
            self.ln(lh)
        self.ln(3)


def sv(x, dec=1, neg="-", paren=False):
    """Format number Swedish style with space thousands and comma decimals."""
    if x is None:
        return ""
    negative = x < 0
    v = abs(x)
    s = f"{v:,.{dec}f}".replace(",", " ").replace(".", ",")
    if negative and float(s.replace(" ", "").replace(",", ".")) != 0:
        if paren:
            return f"({s})"
        return f"{neg}{s}"
    return s
