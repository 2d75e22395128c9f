"""Shared helpers for the dev-muni54 corpus generator (deterministic output)."""
import io
import re
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF, XPos, YPos

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime(2025, 3, 1, 9, 0, 0, tzinfo=timezone.utc)


def t(x):
    """value in tenths (int) from float/int given with at most one decimal"""
    return int(round(x * 10))


def sv(x, dec=1, neg="minus", zero=None):
    """Swedish number: space thousands, decimal comma. x is a float/int."""
    if zero is not None and abs(x) < 1e-9:
        return zero
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0 and abs(x) >= 0.5 * 10 ** (-dec):
        if neg == "minus":
            return "-" + s
        if neg == "dash":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
    return s


class Doc(FPDF):
    def __init__(self, head, foot, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.add_font("DVC", "", FONT_DIR + "DejaVuSansCondensed.ttf")
        self.add_font("DVC", "B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf")
        self.head = head
        self.foot = foot
        self.set_creation_date(FIXED_DT)
        self.set_producer("fpdf2")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.no_head_pages = {1}

    def header(self):
        if self.page_no() in self.no_head_pages:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(9)
        self.cell(0, 5, self.head, new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 14.5, self.w - self.r_margin, 14.5)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        if self.page_no() in self.no_head_pages:
            return
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.foot.format(p=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    # --- text helpers
    def h1(self, txt):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, txt, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)

    def h2(self, txt):
        if self.get_y() > self.page_break_trigger - 25:
            self.add_page()
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6.5, txt, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def p(self, txt, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, txt, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2.2)

    def bullets(self, items, size=10):
        self.set_font("DV", "", size)
        for it in items:
            self.set_x(self.l_margin + 4)
            self.multi_cell(0, 5.2, "• " + it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)

    def note(self, txt):
        self.set_font("DV", "I", 7.5)
        self.multi_cell(0, 4, txt, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # --- tables
    def table(self, widths, header_lines, rows, caption=None, font="DVC", size=8.5,
              rh=5.2, cont_caption=None, aligns=None, force_break=None):
        """rows: list of (kind, cells) kind in row/section/sum/total"""
        ncol = len(widths)
        if aligns is None:
            aligns = ["L"] + ["R"] * (ncol - 1)

        def draw_header(cap):
            if cap:
                self.set_font("DV", "I", 8.5)
                self.cell(0, 5, cap, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_font(font, "B", size)
            self.set_fill_color(222, 230, 240)
            for line in header_lines:
                for w, c, a in zip(widths, line, aligns):
                    self.cell(w, rh, c, fill=True, align=a)
                self.ln(rh)

        draw_header(caption)
        for idx, (kind, cells) in enumerate(rows):
            if self.get_y() + rh > self.page_break_trigger or idx == force_break:
                self.add_page(orientation=self.cur_orientation)
                draw_header(cont_caption or caption)
            style = "B" if kind in ("section", "sum", "total") else ""
            self.set_font(font, style, size)
            if kind in ("sum", "total"):
                y = self.get_y()
                self.line(self.get_x(), y, self.get_x() + sum(widths), y)
            if kind == "section":
                self.cell(sum(widths), rh, cells[0])
                self.ln(rh)
                continue
            for i, (w, c, a) in enumerate(zip(widths, cells, aligns)):
                self.cell(w, rh, c, align=a)
            self.ln(rh)
            if kind == "total":
                y = self.get_y()
                self.line(self.get_x(), y, self.get_x() + sum(widths), y)
        self.ln(2)


def normalize_zip(data, core_dt="2025-03-01T09:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = blob.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_dt + r"\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_dt + r"\g<2>", s)
                blob = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def save_docx(doc, path):
    cp = doc.core_properties
    cp.created = datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = "Kommunledningskontoret"
    cp.revision = 1
    bio = io.BytesIO()
    doc.save(bio)
    with open(path, "wb") as f:
        f.write(normalize_zip(bio.getvalue()))


def save_xlsx(wb, path):
    wb.properties.created = datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.modified = datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.creator = "Ekonomiavdelningen"
    bio = io.BytesIO()
    wb.save(bio)
    with open(path, "wb") as f:
        f.write(normalize_zip(bio.getvalue()))
