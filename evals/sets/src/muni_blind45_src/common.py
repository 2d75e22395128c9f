"""Shared helpers: Swedish number formatting, PDF builder, reproducible DOCX/XLSX."""
import os, re, zipfile, datetime
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2026, 1, 1, 0, 0, 0)


def fmt(v, dec=1, neg="-", thousands=True):
    """Swedish formatting: space thousands, decimal comma. neg: '-', '– ' or '()'."""
    if v is None:
        return ""
    s = f"{abs(v):,.{dec}f}"
    s = s.replace(",", " ") if thousands else s.replace(",", "")
    s = s.replace(".", ",")
    if round(v, dec) < 0:
        if neg == "()":
            return "(" + s + ")"
        return neg + s
    return s


class Doc(FPDF):
    def __init__(self, runhead, foot, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.runhead = runhead
        self.foot = foot
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.alias_nb_pages()
        self.set_creation_date(FIXED_DT)
        self.set_title(runhead)
        self.set_author(foot)
        self.skip_head = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.runhead, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"{self.foot}   Sida {self.page_no()} av {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # --- text blocks
    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 9, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 45:
            self.add_page(orientation=self.cur_orientation)
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, t):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    # --- tables
    def _head(self, header_lines, widths, size):
        self.set_font("DV", "B", size)
        self.set_fill_color(222, 230, 240)
        for li, line in enumerate(header_lines):
            for i, (txt, w) in enumerate(zip(line, widths)):
                self.cell(w, 5.2, txt, border="B" if li == len(header_lines) - 1 else 0,
                          align="L" if i == 0 else "R", fill=True)
            self.ln()

    def table(self, header_lines, rows, widths, caption=None, size=8.5, repeat_note="(forts.)"):
        """rows: list of (kind, cells). kind: 'row', 'sec' (section label), 'sum' (bold)."""
        if caption:
            self.set_font("DV", "I", 8.5)
            self.cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
        self._head(header_lines, widths, size)
        for kind, cells in rows:
            if self.get_y() > self.h - 26:
                self.add_page(orientation=self.cur_orientation)
                if caption:
                    self.set_font("DV", "I", 8.5)
                    self.cell(0, 5, caption + " " + repeat_note, new_x="LMARGIN", new_y="NEXT")
                self._head(header_lines, widths, size)
            if kind == "sec":
                self.set_font("DV", "B", size)
                self.cell(sum(widths), 5.4, cells[0], new_x="LMARGIN", new_y="NEXT")
                continue
            self.set_font("DV", "B" if kind == "sum" else "", size)
            for i, (txt, w) in enumerate(zip(cells, widths)):
                self.cell(w, 5.4, txt, border="T" if kind == "sum" else 0, align="L" if i == 0 else "R")
            self.ln()
        self.ln(3)


def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted, stable entries."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-01-01T00:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def docx_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def xlsx_props(wb, title, author):
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
