"""Shared helpers for the dev-muni21b corpus generator (deterministic)."""
from datetime import datetime, timezone
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = datetime(2025, 1, 15, 9, 0, 0, tzinfo=timezone.utc)


def q(v, dec=1):
    exp = D(1).scaleb(-dec)
    return D(v).quantize(exp, rounding=ROUND_HALF_UP)


def fmt(v, dec=1, neg="dash"):
    """Swedish number format: '1 234,5'; negatives as '– 26,1', '(26,1)' or '-26,1'."""
    v = q(v, dec)
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if v < 0:
        if neg == "dash":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
        return "-" + s
    return s


class Doc(FPDF):
    def __init__(self, muni, title, orientation="P"):
        super().__init__(orientation=orientation, format="A4")
        self.muni = muni
        self.doc_title = title
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.set_font("DejaVu", "", 10)
        self.set_auto_page_break(True, margin=20)
        self.set_creation_date(FIXED_DATE)
        self.set_title(title)
        self.set_author(muni)
        self.skip_header = False

    def multi_cell(self, w, h=None, text="", *args, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *args, **kw)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.muni.upper()}  ·  {self.doc_title}", align="L")
        self.ln(7)
        self.set_text_color(0, 0, 0)
        self.set_font("DejaVu", "", 10)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.muni} – {self.doc_title}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Sida {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    # text helpers
    def h1(self, text):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, text)
        self.ln(2)
        self.set_font("DejaVu", "", 10)

    def h2(self, text):
        self.ln(2)
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 6, text)
        self.ln(1)
        self.set_font("DejaVu", "", 10)

    def para(self, text):
        self.set_font("DejaVu", "", 10)
        self.multi_cell(0, 5, text)
        self.ln(2)

    def caption(self, text):
        self.set_font("DejaVu", "I", 9)
        self.multi_cell(0, 5, text)
        self.set_font("DejaVu", "", 10)
        self.ln(1)

    def table(self, headers, rows, widths, align=None, font_size=9, head_fill=(220, 228, 240),
              line_height=None):
        """rows: list of lists, or ('section', text), or ('bold', [cells])."""
        ncol = len(headers)
        align = align or (["LEFT"] + ["RIGHT"] * (ncol - 1))
        self.set_font("DejaVu", "", font_size)
        bold = FontFace(emphasis="BOLD")
        sect = FontFace(emphasis="BOLD", fill_color=(240, 240, 240))
        kw = dict(col_widths=widths, text_align=align, width=sum(widths),
                  headings_style=FontFace(emphasis="BOLD", fill_color=head_fill),
                  repeat_headings=1, first_row_as_headings=True)
        if line_height:
            kw["line_height"] = line_height
        with super().table(**kw) as t:
            r = t.row()
            for h in headers:
                r.cell(h)
            for row in rows:
                r = t.row()
                if isinstance(row, tuple) and row[0] == "section":
                    r.cell(row[1], colspan=ncol, style=sect, align="LEFT")
                elif isinstance(row, tuple) and row[0] == "bold":
                    for c in row[1]:
                        r.cell(c, style=bold)
                else:
                    for c in row:
                        r.cell(c)
        self.set_font("DejaVu", "", 10)
        self.ln(3)


def fix_zip(path, stamp="2025-01-10T08:00:00Z"):
    """Make an OOXML file byte-deterministic: fixed zip timestamps and core-property dates."""
    import re
    import zipfile
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{stamp}\g<2>", txt)
                data = txt.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 10, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
