"""Small helpers on top of fpdf2 for municipal report PDFs (deterministic output)."""
from decimal import Decimal as D, ROUND_HALF_UP
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def fmt(x, dec=1, neg="dash"):
    """Swedish number format: space as thousands separator, decimal comma.
    neg='dash' -> '– 26,1', neg='paren' -> '(26,1)', neg='minus' -> '-26,1'."""
    if x is None:
        return ""
    x = D(x)
    q = D(1).scaleb(-dec) if dec else D(1)
    x = x.quantize(q, rounding=ROUND_HALF_UP)
    negative = x < 0
    a = abs(x)
    s = f"{a:.{dec}f}" if dec else f"{int(a)}"
    if dec:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    s = " ".join(groups) + ("," + fp if dec else "")
    if negative and a != 0:
        if neg == "dash":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
        return "-" + s
    return s


class Report(FPDF):
    def __init__(self, head_left, head_right, foot):
        super().__init__(format="A4")
        self.head_left = head_left
        self.head_right = head_right
        self.foot = foot
        self.set_creation_date(__import__("datetime").datetime(2024, 11, 30, 12, 0, 0,
                               tzinfo=__import__("datetime").timezone.utc))
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, 20)
        self.set_margins(20, 20, 20)
        self.skip_header = False

    def header(self):
        if self.skip_header:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        w = self.w - self.l_margin - self.r_margin
        self.set_xy(self.l_margin, 10)
        self.cell(w / 2, 5, self.head_left, align="L")
        self.cell(w / 2, 5, self.head_right, align="R")
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        if self.skip_header:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.foot}  |  Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    def multi_cell(self, *args, **kwargs):
        kwargs.setdefault("new_x", "LMARGIN")
        kwargs.setdefault("new_y", "NEXT")
        return super().multi_cell(*args, **kwargs)

    # ---- text helpers
    def h1(self, t):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, t)
        self.ln(3)

    def h2(self, t):
        if self.will_page_break(20):
            self.add_page(self.cur_orientation)
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 6.5, t)
        self.ln(1.5)

    def p(self, t, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.2)

    def caption(self, t):
        self.set_font("DejaVu", "I", 8.5)
        self.multi_cell(0, 4.5, t)
        self.ln(1)

    # ---- tables
    def _header_row(self, headers, widths, aligns, lh=4.4, fill=(225, 232, 240)):
        self.set_font("DejaVu", "B", 8.5)
        nlines = max(len(h.split("\n")) for h in headers)
        hh = nlines * lh + 1.6
        x0, y0 = self.get_x(), self.get_y()
        x = x0
        for h, w, a in zip(headers, widths, aligns):
            self.set_fill_color(*fill)
            self.rect(x, y0, w, hh, style="F")
            lines = h.split("\n")
            ty = y0 + 0.8 + (nlines - len(lines)) * lh
            for ln_ in lines:
                self.set_xy(x, ty)
                self.cell(w, lh, ln_, align=a)
                ty += lh
            x += w
        self.set_xy(x0, y0 + hh)

    def table(self, headers, rows, widths, aligns=None, rh=5.6, cont_caption=None, size=8.5):
        """rows: list of (kind, cells); kind in {'row','section','sum','total'}"""
        if aligns is None:
            aligns = ["L"] + ["R"] * (len(headers) - 1)
        x0 = self.l_margin
        self.set_x(x0)
        self._header_row(headers, widths, aligns)
        for kind, cells in rows:
            if self.will_page_break(rh):
                self.add_page(self.cur_orientation)
                if cont_caption:
                    self.caption(cont_caption)
                self.set_x(x0)
                self._header_row(headers, widths, aligns)
            self.set_x(x0)
            if kind == "section":
                self.set_font("DejaVu", "B", size)
                self.cell(sum(widths), rh, cells[0], align="L")
                self.ln(rh)
                continue
            bold = kind in ("sum", "total")
            self.set_font("DejaVu", "B" if bold else "", size)
            y = self.get_y()
            if kind == "total":
                self.line(x0, y, x0 + sum(widths), y)
            for c, w, a in zip(cells, widths, aligns):
                self.cell(w, rh, c, align=a)
            self.ln(rh)
            if kind in ("sum", "total"):
                yy = self.get_y()
                self.set_draw_color(160, 160, 160)
                self.line(x0, yy, x0 + sum(widths), yy)
                self.set_draw_color(0, 0, 0)
        self.ln(3)


def normalize_ooxml(path, iso="2024-01-01T00:00:00Z"):
    """Make a DOCX/XLSX byte-for-byte reproducible: fixed core-property dates and zip timestamps."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            s = data.decode("utf-8")
            s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>" + iso + r"\g<3>", s)
            s = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", s)
            data = s.encode("utf-8")
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
