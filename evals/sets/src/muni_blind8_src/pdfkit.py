"""Small helper layer over fpdf2 for municipal report PDFs."""
import datetime
from fpdf import FPDF
from fpdf.fonts import FontFace

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = datetime.datetime(2025, 11, 24, 9, 0, 0, tzinfo=datetime.timezone.utc)


class Doc(FPDF):
    def __init__(self, footer_text, accent=(0, 84, 130), serif=False, **kw):
        super().__init__(**kw)
        self.footer_text = footer_text
        self.accent = accent
        fam = "Serif" if serif else "SansCondensed"
        self.add_font("B", "", FONT_DIR + f"DejaVu{fam}.ttf")
        self.add_font("B", "B", FONT_DIR + f"DejaVu{fam}-Bold.ttf")
        self.add_font("B", "I", FONT_DIR + f"DejaVu{fam}-{'Italic' if serif else 'Oblique'}.ttf")
        self.set_creation_date(FIXED_DATE)
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 16, 18)
        self.set_font("B", size=10)
        self.tabno = 0
        self.show_footer = True

    def footer(self):
        if not self.show_footer:
            return
        self.set_y(-12)
        self.set_font("B", size=7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.footer_text}   {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)
        self.set_font("B", size=10)

    def h1(self, text):
        self.set_font("B", "B", 17)
        self.set_text_color(*self.accent)
        self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)
        self.set_font("B", size=10)

    def h2(self, text):
        self.ln(2)
        self.set_font("B", "B", 12.5)
        self.set_text_color(*self.accent)
        self.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)
        self.set_font("B", size=10)

    def para(self, text, size=10):
        self.set_font("B", size=size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def caption(self, text, numbered=True):
        if numbered:
            self.tabno += 1
            text = f"Tabell {self.tabno}. {text}"
        self.set_font("B", "B", 9.5)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("B", size=9)

    def note(self, text):
        self.set_font("B", "I", 8)
        self.multi_cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("B", size=10)
        self.ln(2)

    def tab(self, headers, rows, widths, size=8.5, first_align="LEFT", head_fill=None, line_h=None, repeat=True,
              borders="HORIZONTAL_LINES"):
        """rows: list of (kind, label, cells) kind in {'row','sec','sum','tot'}"""
        self.set_font("B", size=size)
        head_fill = head_fill or (220, 232, 240)
        aligns = tuple([first_align] + ["RIGHT"] * (len(widths) - 1))
        hstyle = FontFace(emphasis="BOLD", fill_color=head_fill)
        with self.table(col_widths=widths, text_align=aligns, headings_style=hstyle, repeat_headings=1 if repeat else 0,
                        line_height=line_h or size * 0.5, borders_layout=borders, width=sum(widths),
                        align="LEFT") as t:
            r = t.row()
            for h in headers:
                r.cell(h)
            for kind, label, cells in rows:
                if kind == "sec":
                    r = t.row(style=FontFace(emphasis="BOLD", fill_color=(245, 245, 245)))
                    r.cell(label, colspan=len(widths))
                    continue
                st = FontFace(emphasis="BOLD") if kind in ("sum", "tot") else None
                r = t.row(style=st) if st else t.row()
                r.cell(label)
                for c in cells:
                    r.cell(c)
        self.set_font("B", size=10)
        self.ln(3)
