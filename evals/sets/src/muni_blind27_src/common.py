"""Shared helpers for the muni_blind27 corpus generator (deterministic output)."""
import datetime as dt
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DATE = dt.datetime(2025, 3, 1, 12, 0, 0, tzinfo=dt.timezone.utc)


def sv(x, dec=1, neg="-", paren=False):
    """Swedish number format: thousands with space, decimal comma."""
    if isinstance(x, int) or dec == 0:
        s = f"{abs(round(x)):,}".replace(",", " ")
    else:
        s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0 and round(abs(x), dec) != 0:
        if paren:
            return f"({s})"
        return f"{neg}{s}"
    return s


class Doc(FPDF):
    def __init__(self, head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head = head
        self.add_font("D", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("D", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("D", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DATE)
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 18, 20)
        self.skip_head = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("D", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        self.set_y(-13)
        self.set_font("D", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")

    def h1(self, t):
        self.set_font("D", "B", 15)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        self.set_font("D", "B", 11.5)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("D", "", size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("D", "", 10)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def caption(self, t):
        self.set_font("D", "I", 8.5)
        self.multi_cell(0, 4.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, widths, header_rows, rows, bold=(), size=8.5, section=(), h=5.5):
        """rows: list of lists of strings; bold: indices of rows in bold;
        section: indices of rows that are section labels (no figures)."""
        def draw_header():
            self.set_font("D", "B", size)
            for hr in header_rows:
                for i, (w, c) in enumerate(zip(widths, hr)):
                    self.cell(w, h, c, border="B" if hr is header_rows[-1] else 0,
                              align="L" if i == 0 else "R")
                self.ln(h)
        draw_header()
        for ri, r in enumerate(rows):
            if self.get_y() + h > self.h - 20:
                self.add_page()
                draw_header()
            self.set_font("D", "B" if (ri in bold or ri in section) else "", size)
            for i, (w, c) in enumerate(zip(widths, r)):
                self.cell(w, h, c, border="T" if ri in bold else 0, align="L" if i == 0 else "R")
            self.ln(h)
        self.ln(3)


def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps for byte-reproducibility."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 12, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>2025-03-01T12:00:00Z\g<2>", txt)
                data = txt.encode("utf-8")
            zout.writestr(ni, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())
