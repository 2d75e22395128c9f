"""Shared helpers for the blind-muni20 corpus generator (deterministic)."""
import datetime, io, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 1, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(x, dec=1, neg="-"):
    """Swedish number: space thousands, comma decimals. neg: '-', '– ' or '()'."""
    if x is None:
        return ""
    v = round(abs(x), dec)
    s = f"{v:,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0 and round(abs(x), dec) != 0:
        if neg == "()":
            return f"({s})"
        return neg + s
    return s


class Doc(FPDF):
    def __init__(self, head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head = head
        self.creation_date = FIXED
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, 20)
        self.set_margins(20, 18, 20)
        self.show_page_numbers = True

    def multi_cell(self, w, h, text="", *a, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *a, **kw)

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.head, align="R")
            self.ln(9)
            self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() > 1:
            self.set_y(-13)
            self.set_font("DV", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, str(self.page_no()), align="C")
            self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, t)
        self.ln(3)

    def h2(self, t):
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6, t)
        self.ln(1.5)

    def h3(self, t):
        self.set_font("DV", "B", 10)
        self.multi_cell(0, 5.5, t)
        self.ln(0.5)

    def p(self, t, size=9.5):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5, t)
        self.ln(2.2)

    def bullets(self, items):
        self.set_font("DV", "", 9.5)
        for it in items:
            self.multi_cell(0, 5, "• " + it)
        self.ln(2)

    def note(self, t):
        self.set_font("DV", "I", 7.5)
        self.multi_cell(0, 4, t)
        self.ln(2)

    def table(self, widths, head_lines, rows, caption=None, break_before=None, cont_caption=None,
              size=8.5, align_first="L"):
        """rows: list of (kind, cells). kind: 'row', 'sum', 'sec'. break_before: row index to force a page."""
        def draw_head():
            self.set_font("DV", "B", size)
            for hl in head_lines:
                for i, (w, c) in enumerate(zip(widths, hl)):
                    self.cell(w, 5, c, align=("L" if i == 0 else "R"))
                self.ln(5)
            x = self.l_margin
            self.line(x, self.get_y(), x + sum(widths), self.get_y())
            self.ln(1)
        if caption:
            self.set_font("DV", "I", 8)
            self.cell(0, 5, caption)
            self.ln(5)
        draw_head()
        for idx, (kind, cells) in enumerate(rows):
            if (break_before is not None and idx == break_before) or self.get_y() > self.h - 28:
                self.add_page(orientation=self.cur_orientation)
                if cont_caption:
                    self.set_font("DV", "I", 8)
                    self.cell(0, 5, cont_caption)
                    self.ln(5)
                draw_head()
            if kind == "sec":
                self.set_font("DV", "B", size)
                self.cell(sum(widths), 5, cells[0])
                self.ln(5)
                continue
            self.set_font("DV", "B" if kind == "sum" else "", size)
            for i, (w, c) in enumerate(zip(widths, cells)):
                self.cell(w, 5, c, align=(align_first if i == 0 else "R"))
            self.ln(5)
        self.ln(3)


def normalize_zip(path, core_date="2025-01-15T09:00:00Z"):
    """Rewrite a DOCX/XLSX zip with fixed timestamps, sorted-as-written order and fixed core dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>" + core_date + r"\3", s)
                s = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + core_date + r"\2", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


HTML_COOKIE = """<div id="cookie-banner" class="cookie"><p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p><button>Godkänn alla</button> <button>Endast nödvändiga</button></div>"""
