"""Small table/prose layer on fpdf2 used by the generator."""
import datetime
from fpdf import FPDF

FONTS = "/usr/share/fonts/truetype/"
REG = {}  # (file, table, label) -> row text as it will be extracted


class Doc(FPDF):
    def __init__(self, fname, footer_text, style, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.fname = fname
        self.footer_text = footer_text
        self.style = style
        self.set_creation_date(datetime.datetime(2026, 4, 10, 9, 0, 0, tzinfo=datetime.timezone.utc))
        if style == "sans":
            self.add_font("B", "", FONTS + "dejavu/DejaVuSans.ttf")
            self.add_font("B", "B", FONTS + "dejavu/DejaVuSans-Bold.ttf")
            self.add_font("B", "I", FONTS + "dejavu/DejaVuSans-Oblique.ttf")
            self.add_font("T", "", FONTS + "dejavu/DejaVuSansCondensed.ttf")
            self.add_font("T", "B", FONTS + "dejavu/DejaVuSansCondensed-Bold.ttf")
        else:
            self.add_font("B", "", FONTS + "liberation/LiberationSerif-Regular.ttf")
            self.add_font("B", "B", FONTS + "liberation/LiberationSerif-Bold.ttf")
            self.add_font("B", "I", FONTS + "liberation/LiberationSerif-Italic.ttf")
            self.add_font("T", "", FONTS + "liberation/LiberationSans-Regular.ttf")
            self.add_font("T", "B", FONTS + "liberation/LiberationSans-Bold.ttf")
        self.set_auto_page_break(True, 18)
        self.set_margins(20, 18, 20)
        self.nohf = False

    def multi_cell(self, w, h=None, text="", *args, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *args, **kw)

    def header(self):
        if self.page_no() == 1:
            return
        if self.style == "serif":
            self.set_font("T", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.footer_text.split("|")[0].strip(), align="R")
            self.ln(8)
            self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("T", "", 7.5)
        self.set_text_color(90, 90, 90)
        if self.style == "sans":
            self.cell(0, 5, f"{self.footer_text}   {self.page_no()}", align="L")
        else:
            self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # -------- prose
    def h1(self, text):
        self.set_font("B", "B", 17 if self.style == "sans" else 18)
        if self.style == "sans":
            self.set_text_color(0, 84, 130)
        else:
            self.set_text_color(20, 60, 20)
        self.multi_cell(0, 9, text)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, text):
        self.ln(1.5)
        self.set_font("B", "B", 12 if self.style == "sans" else 13)
        self.multi_cell(0, 6.5, text)
        self.ln(1)

    def p(self, text):
        self.set_font("B", "", 9.5 if self.style == "sans" else 10.5)
        self.multi_cell(0, 5 if self.style == "sans" else 5.4, text)
        self.ln(2.2)

    def bullets(self, items):
        self.set_font("B", "", 9.5 if self.style == "sans" else 10.5)
        for it in items:
            x = self.get_x()
            self.cell(5, 5, "•")
            self.multi_cell(0, 5, it)
            self.set_x(x)
        self.ln(2)

    def caption(self, text):
        self.set_font("T", "B", 9)
        self.multi_cell(0, 5, text)
        self.ln(0.5)

    def source(self, text):
        self.set_font("T", "", 7.5)
        self.set_text_color(70, 70, 70)
        self.multi_cell(0, 4, text)
        self.set_text_color(0, 0, 0)
        self.ln(3)

    # -------- tables
    def table(self, key, caption, header, rows, widths, size=8.5, break_at=None, cont="(forts.)",
              aligns=None, zebra=False, note=None):
        """rows: list of (kind, [cells]) with kind in row/section/sum/total; cells preformatted str."""
        total_w = sum(widths)
        if aligns is None:
            aligns = ["L"] + ["R"] * (len(widths) - 1)
        lh = size * 0.47

        def draw_header(cap):
            self.caption(cap)
            self.set_font("T", "B", size)
            nl = max(h.count("\n") + 1 for h in header)
            hh = nl * lh + 1.5
            y = self.get_y()
            x = self.l_margin
            if self.style == "sans":
                self.set_fill_color(214, 230, 240)
            else:
                self.set_fill_color(228, 236, 222)
            self.rect(x, y, total_w, hh, style="F")
            for w, h, a in zip(widths, header, aligns):
                self.set_xy(x, y + 0.7)
                self.multi_cell(w, lh, h, align=a)
                x += w
            self.set_xy(self.l_margin, y + hh)
            self.line(self.l_margin, y + hh, self.l_margin + total_w, y + hh)

        row_h = lh + 1.6
        if self.get_y() + 30 > self.h - 20:
            self.add_page()
        draw_header(caption)
        for idx, (kind, cells) in enumerate(rows):
            if (break_at is not None and idx == break_at) or self.get_y() + row_h > self.h - 20:
                if note and break_at is not None and idx == break_at:
                    pass
                self.add_page()
                draw_header(caption.split(",")[0].split(" (")[0] + " " + cont)
            style = "B" if kind in ("section", "sum", "total") else ""
            self.set_font("T", style, size)
            x0, y0 = self.l_margin, self.get_y()
            if kind in ("sum", "total"):
                self.line(x0, y0, x0 + total_w, y0)
            if zebra and idx % 2 == 1 and kind == "row":
                self.set_fill_color(245, 245, 245)
                self.rect(x0, y0, total_w, row_h, style="F")
            if kind == "section":
                self.cell(total_w, row_h, cells[0], align="L")
            else:
                for w, c, a in zip(widths, cells, aligns):
                    self.cell(w, row_h, c, align=a)
            self.ln(row_h)
            if kind == "total":
                self.line(x0, self.get_y(), x0 + total_w, self.get_y())
                self.line(x0, self.get_y() + 0.6, x0 + total_w, self.get_y() + 0.6)
            REG[(self.fname, key, cells[0])] = " ".join(c for c in cells if c != "")
        self.ln(2)
        if note:
            self.source(note)
