"""Shared helpers for the dev-muni32 corpus generator (deterministic)."""
import datetime, io, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 11, 1, 8, 0, 0)


def fmt(v, dec=1, neg="-", thousands=True):
    """Swedish number formatting. neg: '-', '–' (en dash + space) or '()'."""
    if v is None:
        return ""
    s = f"{abs(v):,.{dec}f}".replace(",", "X").replace(".", ",").replace("X", " " if thousands else "")
    if v < 0 and round(abs(v), dec) != 0:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    return s


class PDF(FPDF):
    def __init__(self, head_left, head_right, **kw):
        super().__init__(**kw)
        self.head_left = head_left
        self.head_right = head_right
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages()
        self.table_repeat = None

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head_left, new_x="LMARGIN", new_y="TOP", align="L")
        self.cell(0, 5, self.head_right, new_x="LMARGIN", new_y="NEXT", align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)
        if self.table_repeat:
            self.table_repeat()

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 45:
            self.add_page(orientation=self.cur_orientation)
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def small(self, t):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, caption, header_lines, rows, widths, font=8.5, bold_rows=(), section_rows=()):
        """header_lines: list of lists (one per header line). rows: list of lists of str.
        Header repeated on page break."""
        if caption:
            self.set_font("DV", "B", 9.5)
            self.multi_cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
        lh = 5

        def draw_header():
            self.set_font("DV", "B", font)
            self.set_fill_color(225, 230, 238)
            for hl in header_lines:
                for i, (c, w) in enumerate(zip(hl, widths)):
                    self.cell(w, lh, c, border=0, fill=True, align="L" if i == 0 else "R")
                self.ln(lh)
            self.set_draw_color(80, 80, 80)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())

        draw_header()
        self.table_repeat = draw_header
        for ri, r in enumerate(rows):
            if self.get_y() + lh > self.h - 20:
                self.add_page(orientation=self.cur_orientation)
            bold = ri in bold_rows or ri in section_rows
            self.set_font("DV", "B" if bold else "", font)
            for i, (c, w) in enumerate(zip(r, widths)):
                self.cell(w, lh, c, align="L" if i == 0 else "R")
            self.ln(lh)
        self.table_repeat = None
        self.ln(3)


def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-11-01T08:00:00Z\g<2>", txt)
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-11-01T08:00:00Z\g<2>", txt)
            data = txt.encode("utf-8")
        fixed.append((name, data))
    items = fixed
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def docx_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def xlsx_core(wb, title, author):
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
