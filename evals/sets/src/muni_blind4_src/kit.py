"""Writing utilities for the blind-muni4 corpus (PDF via fpdf2, zip timestamp fix, number formats)."""
import os
import re
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2025, 12, 1, 9, 0, 0, tzinfo=timezone.utc)
EN = "\u2013"
MINUS = "\u2212"


def num(x, dec=1, neg="en"):
    """Swedish number; neg: '-', 'en', 'minus', 'paren'."""
    x = round(x, dec)
    if abs(x) < 10 ** (-dec) / 2:
        x = 0.0
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0:
        if neg == "paren":
            return f"({s})"
        return {"-": "-", "en": EN, "minus": MINUS}[neg] + s
    return s


def tkr(x, neg="en"):
    return num(x, 0, neg)


class Doc(FPDF):
    def __init__(self, title, footer_text, author):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.add_font("DVC", "", FONT_DIR + "DejaVuSansCondensed.ttf")
        self.add_font("DVC", "B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf")
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_author(author)
        self.set_producer("kommun-eval")
        self.set_creator("kommun-eval")
        self.footer_text = footer_text
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 22)
        self.ntables = 0

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self.footer_text}    Sida {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    def chapter(self, text):
        self.add_page()
        self.set_font("DV", "B", 17)
        self.set_text_color(20, 70, 110)
        self.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def h2(self, text):
        if self.get_y() > 245:
            self.add_page()
        self.ln(2)
        self.set_font("DV", "B", 12.5)
        self.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def h3(self, text):
        if self.get_y() > 250:
            self.add_page()
        self.set_font("DV", "B", 10.5)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)

    def p(self, text, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.2)

    def quote(self, text):
        self.set_font("DV", "I", 10)
        self.set_x(self.l_margin + 6)
        self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.2)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.set_x(self.l_margin + 3)
            self.multi_cell(0, 5.2, "\u2022 " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def caption(self, text, unit=None):
        if self.get_y() > 235:
            self.add_page()
        self.set_font("DV", "B", 10)
        self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        if unit:
            self.set_font("DV", "I", 8.5)
            self.multi_cell(0, 4.5, unit, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def source(self, text):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def _header(self, header, widths, style, font, size, head_fill, lh):
        x0 = self.l_margin
        nlines = max(len(h.split("\n")) for h in header)
        hh = nlines * lh + 1.6
        self.set_font(font, "B", size)
        y = self.get_y()
        self.set_fill_color(*head_fill)
        x = x0
        for i, h in enumerate(header):
            w = widths[i]
            self.rect(x, y, w, hh, style="DF" if style == "grid" else "F")
            parts = h.split("\n")
            for j, part in enumerate(parts):
                self.set_xy(x + 1.2, y + 0.8 + (nlines - len(parts)) * lh + j * lh)
                if self.get_string_width(part) > w - 2.4:
                    print("WARNING overflow:", part)
                self.cell(w - 2.4, lh, part, align="L" if i == 0 else "R")
            x += w
        self.set_xy(x0, y + hh)
        if style == "lines":
            self.line(x0, y + hh, x0 + sum(widths), y + hh)

    def table(self, header, rows, widths, style="grid", font="DVC", size=8.8,
              head_fill=(214, 228, 240), cont_caption=None):
        """rows: (kind, cells), kind in row/section/sum/total/sub (indented row).
        On a page break the header is repeated (with cont_caption above it)."""
        self.ntables += 1
        lh = 4.6
        rh = 5.4
        x0 = self.l_margin
        self._header(header, widths, style, font, size, head_fill, lh)
        for n, (kind, cells) in enumerate(rows):
            if self.get_y() + rh > self.h - 24:
                self.add_page()
                if cont_caption:
                    self.set_font("DV", "B", 10)
                    self.multi_cell(0, 5.5, cont_caption, new_x="LMARGIN", new_y="NEXT")
                    self.ln(1)
                self._header(header, widths, style, font, size, head_fill, lh)
            bold = kind in ("sum", "total", "section")
            self.set_font(font, "B" if bold else "", size)
            y = self.get_y()
            fill = False
            if style == "zebra" and n % 2 == 1:
                self.set_fill_color(243, 243, 243)
                fill = True
            if kind == "section":
                self.set_fill_color(236, 236, 236)
                fill = True
            border = 1 if style == "grid" else 0
            x = x0
            for i, w in enumerate(widths):
                txt = cells[i] if i < len(cells) else ""
                self.set_xy(x, y)
                if kind == "section" and i == 0:
                    self.cell(sum(widths), rh, "", border=border, fill=fill)
                    self.set_xy(x + 1.2, y)
                    self.cell(sum(widths) - 2.4, rh, txt)
                    break
                pad = 4.5 if (kind == "sub" and i == 0) else 1.2
                self.cell(w, rh, "", border=border, fill=fill)
                self.set_xy(x + pad, y)
                if self.get_string_width(txt) > w - pad - 1.2:
                    print("WARNING overflow:", txt)
                self.cell(w - pad - 1.2, rh, txt, align="L" if i == 0 else "R")
                x += w
            if style == "lines" and kind in ("sum", "total"):
                self.line(x0, y, x0 + sum(widths), y)
                if kind == "total":
                    self.line(x0, y + rh, x0 + sum(widths), y + rh)
            self.set_xy(x0, y + rh)
        if style == "lines":
            self.line(x0, self.get_y(), x0 + sum(widths), self.get_y())
        self.ln(3)


def fix_zip(path, stamp="2025-12-01T09:00:00Z"):
    """Rewrite a zip container with fixed timestamps so reruns are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", b"\\g<1>" + stamp.encode(), data)
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", b"\\g<1>" + stamp.encode(), data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def write_text(path, txt):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)
