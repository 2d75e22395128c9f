"""Shared PDF helpers (fpdf2) for the blind-muni5 generators. Deterministic."""
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, title, org):
        super().__init__(format="A4")
        self.doc_title = title
        self.org = org
        self.set_creation_date(__import__("datetime").datetime(2025, 11, 20, 9, 0, 0))
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self.org} | {self.doc_title}", align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DV", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, str(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    # ---- text ----
    def h1(self, txt):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, txt, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def h2(self, txt):
        if self.get_y() > 250:
            self.add_page()
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6, txt, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def p(self, txt):
        self.set_font("DV", "", 9.5)
        self.multi_cell(0, 5, txt, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 9.5)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    # ---- tables ----
    def table(self, caption, unit, headers, rows, widths, cont_caption=None, fs=8):
        """headers: list of str (may contain \n -> wrapped onto two lines)
        rows: list of (kind, [cells]) kind in row|section|sum|total"""
        lh = 5
        nlines = max(h.count("\n") + 1 for h in headers)

        def draw_caption(cap):
            self.set_font("DV", "B", 9.5)
            self.multi_cell(0, 5, cap, new_x="LMARGIN", new_y="NEXT")
            if unit:
                self.set_font("DV", "I", 7.5)
                self.multi_cell(0, 4, unit, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

        def draw_header():
            self.set_font("DV", "B", fs)
            self.set_fill_color(225, 232, 240)
            for li in range(nlines):
                for i, h in enumerate(headers):
                    parts = h.split("\n")
                    # bottom-align header text
                    off = nlines - len(parts)
                    t = parts[li - off] if li >= off else ""
                    self.cell(widths[i], 4.2, t, align="L" if i == 0 else "R", fill=True)
                self.ln(4.2)
            self.set_draw_color(60, 60, 60)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            self.ln(0.6)

        need = 16 + nlines * 4.2 + 3 * lh
        if self.get_y() + need > self.h - 22:
            self.add_page()
        draw_caption(caption)
        draw_header()
        for kind, cells in rows:
            if self.get_y() + lh > self.h - 22:
                self.add_page()
                draw_caption(cont_caption or (caption + " (forts.)"))
                draw_header()
            style = "B" if kind in ("section", "sum", "total") else ""
            self.set_font("DV", style, fs)
            if kind in ("sum", "total"):
                self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            for i, c in enumerate(cells):
                self.cell(widths[i], lh, c, align="L" if i == 0 else "R")
            self.ln(lh)
        self.ln(4)


def sv(x, dec=1, neg="dash"):
    """Swedish number format. neg: dash -> '–26,1', paren -> '(26,1)', minus -> '-26,1'"""
    if x is None:
        return ""
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0 or (x == 0 and str(x).startswith("-")):
        if round(abs(x), dec) == 0:
            return s
        if neg == "dash":
            return "–" + s
        if neg == "paren":
            return "(" + s + ")"
        return "-" + s
    return s


def fix_zip_times(path):
    """Rewrite an OOXML zip with fixed entry timestamps so output is byte-deterministic."""
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2026-01-29T10:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    open(path, "wb").write(buf.getvalue())
