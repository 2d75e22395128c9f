"""Shared helpers for the blind-muni16 corpus generator (deterministic)."""
from __future__ import annotations

import datetime as _dt
import os
import re
import zipfile
from decimal import Decimal, ROUND_HALF_UP

from fpdf import FPDF

D = Decimal
FIXED_DATE = _dt.datetime(2024, 12, 1, 9, 0, 0, tzinfo=_dt.timezone.utc)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
CORPUS = os.path.join(REPO, "evals", "corpora", "blind-muni16")


def outdir(muni: str) -> str:
    p = os.path.join(CORPUS, muni)
    os.makedirs(p, exist_ok=True)
    return p


# ---------------------------------------------------------------- numbers
def q(x, dec=1) -> Decimal:
    x = D(str(x))
    return x.quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def fmt(x, dec=1, neg="dash", zero=None, plus=False) -> str:
    """Swedish number format: space as thousands separator, comma decimal.
    neg="dash" -> "– 26,1", neg="paren" -> "(26,1)", neg="minus" -> "-26,1"."""
    x = q(x, dec)
    if x == 0 and zero is not None:
        return zero
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0:
        if neg == "dash":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
        return "-" + s
    if plus and x > 0:
        return "+" + s
    return s


def tkr(x, neg="dash", zero=None):
    return fmt(x, 0, neg, zero)


# ---------------------------------------------------------------- PDF
_NUM_SPACE = re.compile(r"(?<![\d,])(\d{1,3}) (?=\d{3}(?!\d))")
_DASH_SPACE = re.compile(r"– (?=\d)")


def nbsp(text: str) -> str:
    """Keep '1 180,0' and '– 26,1' together on one line in running text."""
    text = _NUM_SPACE.sub("\\1\u00a0", text)
    text = _NUM_SPACE.sub("\\1\u00a0", text)
    return _DASH_SPACE.sub("–\u00a0", text)


class MuniPDF(FPDF):
    def __init__(self, muni_name: str, doc_title: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.muni_name = muni_name
        self.doc_title = doc_title
        self.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
        self.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", f"{FONT_DIR}/DejaVuSans-Oblique.ttf")
        self.add_font("DejaVu", "BI", f"{FONT_DIR}/DejaVuSans-BoldOblique.ttf")
        self.set_auto_page_break(True, margin=22)
        self.set_margins(20, 22, 20)
        self.set_creation_date(FIXED_DATE)
        self.set_title(doc_title)
        self.set_author(muni_name)
        self.set_creator("Ekonomiavdelningen")
        self.alias_nb_pages()
        self.cover = True

    def header(self):
        if self.page_no() == 1 and self.cover:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        w = self.w - self.l_margin - self.r_margin
        self.set_xy(self.l_margin, 10)
        self.cell(w / 2, 5, self.muni_name, align="L")
        self.cell(w / 2, 5, self.doc_title, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 22)

    def footer(self):
        if self.page_no() == 1 and self.cover:
            return
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 2, 5, self.muni_name, align="L")
        self.cell(w / 2, 5, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # -- text helpers
    def h1(self, text):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, text)
        self.ln(3)

    def h2(self, text):
        if self.get_y() > self.page_break_trigger - 30:
            self.add_page(orientation=self.cur_orientation)
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 6.5, text)
        self.ln(1.5)

    def h3(self, text):
        self.set_font("DejaVu", "B", 10)
        self.multi_cell(0, 5.5, text)
        self.ln(0.5)

    def para(self, text, size=10, style=""):
        self.set_font("DejaVu", style, size)
        self.multi_cell(0, 5.2, nbsp(text), align="L")
        self.ln(2.5)

    def bullets(self, items, size=10):
        self.set_font("DejaVu", "", size)
        for it in items:
            x = self.get_x()
            self.cell(5, 5.2, "•")
            self.multi_cell(0, 5.2, nbsp(it), align="L")
            self.set_x(x)
        self.ln(2)

    def caption(self, text, size=9.5):
        self.set_font("DejaVu", "B", size)
        self.multi_cell(0, 5, text, align="L")
        self.ln(0.5)

    def source(self, text):
        self.set_font("DejaVu", "I", 7.5)
        self.multi_cell(0, 4, nbsp(text), align="L")
        self.ln(3)

    # -- tables
    def table(self, caption, cols, rows, *, font=8.3, row_h=5.4, line_h=3.9,
              header_fill=(218, 227, 238), note=None, cont_suffix=" (forts.)",
              min_rows_on_page=3):
        """cols: list of (header, width, align). header may contain "\\n".
        rows: list of (kind, cells); kind in row|section|sum|total|sub.
        For kind 'section' cells is a single string."""
        total_w = sum(c[1] for c in cols)
        n_lines = max(len(c[0].split("\n")) for c in cols)
        head_h = n_lines * line_h + 2

        def draw_caption(suffix=""):
            self.caption(caption + suffix)

        def draw_header():
            y = self.get_y()
            x0 = self.l_margin
            self.set_fill_color(*header_fill)
            self.rect(x0, y, total_w, head_h, style="F")
            self.set_font("DejaVu", "B", font)
            x = x0
            for text, w, align in cols:
                lines = text.split("\n")
                # bottom-align header text
                top = y + 1 + (n_lines - len(lines)) * line_h
                self.set_xy(x + 0.8, top)
                self.multi_cell(w - 1.6, line_h, text, align=align)
                x += w
            self.set_xy(x0, y + head_h)
            self.set_draw_color(60, 60, 60)
            self.line(x0, y + head_h, x0 + total_w, y + head_h)

        if self.get_y() + 8 + head_h + min_rows_on_page * row_h > self.page_break_trigger:
            self.add_page(orientation=self.cur_orientation)
        draw_caption()
        draw_header()
        for kind, cells in rows:
            if self.get_y() + row_h > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                draw_caption(cont_suffix)
                draw_header()
            x0 = self.l_margin
            y = self.get_y()
            if kind == "section":
                self.set_font("DejaVu", "B", font)
                self.set_fill_color(242, 242, 242)
                self.cell(total_w, row_h, cells, align="L", fill=True)
                self.ln(row_h)
                continue
            if kind in ("sum", "total"):
                self.set_font("DejaVu", "B", font)
                self.set_draw_color(120, 120, 120)
                self.line(x0, y, x0 + total_w, y)
            elif kind == "sub":
                self.set_font("DejaVu", "I", font)
            else:
                self.set_font("DejaVu", "", font)
            for i, ((_, w, align), text) in enumerate(zip(cols, cells)):
                pad = "   " if (i == 0 and kind in ("row", "sub") and align == "L") else ""
                if i > 0 and align == "L" and text:
                    pad = "  "
                self.cell(w, row_h, pad + text, align=align)
            self.ln(row_h)
            if kind == "total":
                y2 = self.get_y()
                self.line(x0, y2, x0 + total_w, y2)
                self.line(x0, y2 + 0.6, x0 + total_w, y2 + 0.6)
        self.set_draw_color(60, 60, 60)
        self.line(self.l_margin, self.get_y(), self.l_margin + total_w, self.get_y())
        self.ln(1.5)
        if note:
            self.source(note)
        else:
            self.ln(3)


# ---------------------------------------------------------------- OOXML determinism
def normalize_zip(path: str):
    """Rewrite an OOXML zip with fixed timestamps and sorted order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    # keep [Content_Types].xml first, as Office expects
    items.sort(key=lambda t: (t[0] != "[Content_Types].xml", t[0]))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-12-01T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)
