"""Small helpers around fpdf2 for municipal report PDFs (deterministic)."""
import datetime
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2024, 11, 28, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-", thousands=True):
    """Swedish number: decimal comma, space thousands, chosen negative style."""
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if not thousands:
        s = s.replace(" ", "")
    if v < 0 or (v == 0 and str(v).startswith("-")):
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    return s


class Doc(FPDF):
    def __init__(self, head, foot, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head_text = head
        self.foot_text = foot
        self.add_font("D", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("D", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("D", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.no_head = False

    def header(self):
        if self.no_head:
            return
        self.set_font("D", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head_text, align="R")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("D", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.foot_text}    Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.set_font("D", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def h2(self, t):
        self.set_font("D", "B", 12)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def p(self, t, size=10):
        self.set_font("D", "", size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("D", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def caption(self, t):
        self.set_font("D", "I", 9)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, header_lines, rows, widths, bold_rows=(), section_rows=(), size=9,
              repeat_header=True, cont_label=None):
        """header_lines: list of header rows (each list of strings). rows: list of lists.
        Repeats the header after a page break."""
        def draw_header():
            self.set_font("D", "B", size)
            for hl in header_lines:
                for i, c in enumerate(hl):
                    self.cell(widths[i], 5, c, align="L" if i == 0 else "R")
                self.ln(5)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            self.ln(1)
        draw_header()
        for r in rows:
            if self.get_y() > self.h - 28:
                self.add_page(orientation=self.cur_orientation)
                if cont_label:
                    self.caption(cont_label)
                if repeat_header:
                    draw_header()
            label = r[0]
            style = "B" if (label in bold_rows or label in section_rows) else ""
            self.set_font("D", style, size)
            for i, c in enumerate(r):
                self.cell(widths[i], 5.2, c, align="L" if i == 0 else "R")
            self.ln(5.2)
        self.ln(3)

    def footnote(self, t):
        self.set_font("D", "", 7.5)
        self.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def output_to(self, path):
        self.output(path)
