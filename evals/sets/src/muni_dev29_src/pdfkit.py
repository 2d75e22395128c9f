"""Small helpers on top of fpdf2 for municipal-style PDFs (deterministic)."""
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def fmt(v, dec=1, neg="-", paren=False, thousands=" "):
    """Swedish number format. neg: '-' or '– '; paren -> (26,1)."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    s = f"{abs(v):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", thousands)
    if v < 0 or (v == 0 and str(v).startswith("-")):
        if paren:
            return f"({s})"
        return f"{neg}{s}"
    return s


class Doc(FPDF):
    def __init__(self, running_head, org, orientation="P", serif=False):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.set_creation_date(__import__("datetime").datetime(2024, 1, 1, tzinfo=__import__("datetime").timezone.utc))
        self.running_head = running_head
        self.org = org
        fam = "DejaVuSerif" if serif else "DejaVuSans"
        base = "DejaVuSerif" if serif else "DejaVuSans"
        self.add_font("Body", "", FONT_DIR + base + ".ttf")
        self.add_font("Body", "B", FONT_DIR + base + "-Bold.ttf")
        self.add_font("Body", "I", FONT_DIR + base + ("-Italic.ttf" if serif else "-Oblique.ttf"))
        self.add_font("Cond", "", FONT_DIR + "DejaVuSansCondensed.ttf")
        self.add_font("Cond", "B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.skip_head = False

    def header(self):
        if self.page_no() == 1 or self.skip_head:
            return
        self.set_font("Cond", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_head, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, self.org, align="R")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("Cond", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    # text -----------------------------------------------------------
    def h1(self, t):
        self.set_font("Body", "B", 16)
        self.multi_cell(0, 8, t)
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font("Body", "B", 12.5)
        self.multi_cell(0, 6.5, t)
        self.ln(1)

    def h3(self, t):
        self.set_font("Body", "B", 10.5)
        self.multi_cell(0, 5.5, t)
        self.ln(0.5)

    def p(self, t, size=10, style=""):
        self.set_font("Body", style, size)
        self.multi_cell(0, 5, t)
        self.ln(2.5)

    def bullets(self, items, size=10):
        self.set_font("Body", "", size)
        for it in items:
            self.set_x(self.l_margin + 3)
            self.multi_cell(0, 5, "• " + it)
        self.ln(2)

    def note(self, t):
        self.set_font("Body", "I", 8)
        self.multi_cell(0, 4, t)
        self.ln(2)

    # tables ---------------------------------------------------------
    def table(self, widths, header_rows, rows, caption=None, cont_caption=None,
              size=8.5, rh=5.2, aligns=None, first_align="L"):
        """header_rows: list of lists (multi-line header). rows: list of (cells, style)
        style in {'', 'B' (sum row), 'S' (section row, label only), 'I' (sub-row indented)}."""
        n = len(widths)
        if aligns is None:
            aligns = [first_align] + ["R"] * (n - 1)

        def draw_caption(c):
            if c:
                self.set_font("Body", "B", 9)
                self.cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")

        def draw_header():
            self.set_font("Cond", "B", size)
            self.set_fill_color(222, 230, 240)
            for hr in header_rows:
                for i, w in enumerate(widths):
                    txt = hr[i] if i < len(hr) else ""
                    self.cell(w, rh, txt, border=0, align=aligns[i], fill=True)
                self.ln(rh)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())

        draw_caption(caption)
        draw_header()
        for cells, style in rows:
            if self.get_y() + rh > self.page_break_trigger:
                self.add_page()
                draw_caption(cont_caption or (caption + " (forts.)" if caption else None))
                draw_header()
            fst = "B" if style == "B" else ""
            self.set_font("Cond", fst, size)
            if style == "B":
                self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            if style == "S":
                self.set_font("Cond", "B", size)
                self.cell(sum(widths), rh, cells[0], align="L")
                self.ln(rh)
                continue
            for i, w in enumerate(widths):
                txt = cells[i] if i < len(cells) else ""
                if i == 0 and style == "I":
                    txt = "   " + txt
                self.cell(w, rh, txt, align=aligns[i])
            self.ln(rh)
        self.ln(3)


def _mc(self, w, h=None, text="", *a, **k):
    k.setdefault("new_x", "LMARGIN")
    k.setdefault("new_y", "NEXT")
    return FPDF.multi_cell(self, w, h, text, *a, **k)


Doc.multi_cell = _mc
