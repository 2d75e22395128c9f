"""Small helpers on top of fpdf2 for municipal-report style PDFs."""
from fpdf import FPDF

FD = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, head_text="", foot_text="", family="DejaVu", accent=(0, 84, 140)):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DejaVu", "", FD + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FD + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FD + "DejaVuSans-Oblique.ttf")
        self.add_font("Serif", "", FD + "DejaVuSerif.ttf")
        self.add_font("Serif", "B", FD + "DejaVuSerif-Bold.ttf")
        self.add_font("Serif", "I", FD + "DejaVuSerif-Italic.ttf")
        self.add_font("Cond", "", FD + "DejaVuSansCondensed.ttf")
        self.add_font("Cond", "B", FD + "DejaVuSansCondensed-Bold.ttf")
        self.head_text = head_text
        self.foot_text = foot_text
        self.family = family
        self.accent = accent
        self.plain = True  # cover pages without header/footer
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.plain:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.l_margin, 9)
        self.cell(0, 4, self.head_text, align="R")
        self.set_draw_color(*self.accent)
        self.set_line_width(0.3)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 20)

    def footer(self):
        if self.plain:
            return
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, f"{self.foot_text}{self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    # -- text helpers
    def h1(self, t, size=16):
        self.set_font(self.family, "B", size)
        self.set_text_color(*self.accent)
        self.multi_cell(0, size * 0.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t, size=12):
        self.ln(1)
        self.set_font(self.family, "B", size)
        self.multi_cell(0, size * 0.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=9.5, lh=4.8, style=""):
        self.set_font(self.family, style, size)
        self.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def caption(self, t):
        self.set_font("DejaVu", "B", 9)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)

    def source(self, t):
        self.set_font("DejaVu", "I", 7.5)
        self.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    # -- tables
    def table(self, headers, rows, widths, aligns=None, font="DejaVu", size=8.5, rh=5.4,
              style="lines", head_fill=(214, 228, 240), head_color=(0, 0, 0), zebra=None):
        """rows: list of (kind, [cells]) kind in data/section/sum/total."""
        aligns = aligns or (["L"] + ["R"] * (len(widths) - 1))
        x0 = self.l_margin
        tw = sum(widths)
        # header with wrapping
        self.set_font(font, "B", size)
        lh = size * 0.45
        nl = max(len(self.multi_cell(w, lh, h, dry_run=True, output="LINES")) for w, h in zip(widths, headers))
        hh = nl * lh + 2
        y = self.get_y()
        if head_fill:
            self.set_fill_color(*head_fill)
            self.rect(x0, y, tw, hh, style="F")
        self.set_text_color(*head_color)
        x = x0
        for w, h, a in zip(widths, headers, aligns):
            n = len(self.multi_cell(w, lh, h, dry_run=True, output="LINES"))
            self.set_xy(x, y + 1 + (nl - n) * lh)
            self.multi_cell(w, lh, h, align=a, new_x="RIGHT", new_y="TOP")
            x += w
        self.set_text_color(0, 0, 0)
        self.set_draw_color(90, 90, 90)
        self.set_line_width(0.2)
        if style == "grid":
            x = x0
            for w in widths:
                self.rect(x, y, w, hh)
                x += w
        else:
            self.line(x0, y + hh, x0 + tw, y + hh)
        self.set_xy(x0, y + hh)
        for i, (kind, cells) in enumerate(rows):
            y = self.get_y()
            st = "B" if kind in ("sum", "total", "section") else ""
            self.set_font(font, st, size)
            if zebra and kind == "data" and i % 2 == 1:
                self.set_fill_color(*zebra)
                self.rect(x0, y, tw, rh, style="F")
            if kind == "section":
                self.set_fill_color(238, 238, 238)
                if style != "minimal":
                    self.rect(x0, y, tw, rh, style="F")
                self.cell(tw, rh, cells[0], align="L", new_x="LMARGIN", new_y="NEXT")
                if style == "grid":
                    self.rect(x0, y, tw, rh)
                continue
            x = x0
            for w, c, a in zip(widths, cells, aligns):
                self.set_xy(x, y)
                self.cell(w, rh, c, align=a, border=1 if style == "grid" else 0)
                x += w
            if kind in ("sum", "total") and style != "grid":
                self.line(x0, y, x0 + tw, y)
                if kind == "total":
                    self.line(x0, y + rh, x0 + tw, y + rh)
                    self.line(x0, y + rh + 0.6, x0 + tw, y + rh + 0.6)
            self.set_xy(x0, y + rh)
        if style == "lines":
            self.line(x0, self.get_y(), x0 + tw, self.get_y())
        self.ln(3)
