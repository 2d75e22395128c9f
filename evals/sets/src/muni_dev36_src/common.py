"""Shared helpers for the md36 corpus generator (deterministic output)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 12, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-", thousands=True):
    """Swedish number formatting: decimal comma, space as thousands separator."""
    if v is None:
        return ""
    neg_v = v < 0
    a = abs(v)
    s = f"{a:,.{dec}f}"
    s = s.replace(",", "X").replace(".", ",")
    s = s.replace("X", " " if thousands else "")
    if s.strip("0,") == "":
        neg_v = False
    if neg_v:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    return s


def r1(x, d=1):
    return round(x + 0.0, d)


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_creation_date(FIXED_DT)
        self.set_margins(20, 20, 20)
        self.skip_head = False

    def header(self):
        if self.page_no() == 1 or self.skip_head:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 5, self.running_head, align="L")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"{self.page_no()}", align="C")

    # ---- text -------------------------------------------------------------
    def title_page(self, lines, sub):
        self.add_page()
        self.set_y(80)
        self.set_font("DejaVu", "B", 26)
        for ln in lines:
            self.cell(0, 14, ln, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)
        self.set_font("DejaVu", "", 13)
        for s in sub:
            self.cell(0, 8, s, align="C", new_x="LMARGIN", new_y="NEXT")

    def h1(self, text, new_page=True, orientation=None):
        if new_page:
            if orientation:
                self.add_page(orientation=orientation)
            else:
                self.add_page()
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, text):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(2)
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, text, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items, size=10):
        self.set_font("DejaVu", "", size)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, text):
        self.set_font("DejaVu", "I", 8)
        self.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    # ---- tables -----------------------------------------------------------
    def table(self, widths, header_lines, rows, caption=None, cont_caption=None,
              size=8.5, row_h=5.4):
        """rows: list of (kind, cells); kind in 'row', 'sum', 'section'."""
        if caption:
            self.set_font("DejaVu", "I", 8.5)
            self.cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")

        def draw_header():
            self.set_font("DejaVu", "B", size)
            for hl in header_lines:
                for i, (w, t) in enumerate(zip(widths, hl)):
                    self.cell(w, 4.6, t, align="L" if i == 0 else "R")
                self.ln(4.6)
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + sum(widths), y)
            self.ln(0.8)

        if self.get_y() > self.h - 40:
            self.add_page()
        draw_header()
        for kind, cells in rows:
            if self.get_y() + row_h > self.h - 22:
                self.add_page()
                if cont_caption:
                    self.set_font("DejaVu", "I", 8.5)
                    self.cell(0, 5, cont_caption, new_x="LMARGIN", new_y="NEXT")
                draw_header()
            style = "B" if kind in ("sum", "section") else ""
            self.set_font("DejaVu", style, size)
            if kind == "section":
                self.cell(sum(widths), row_h, cells[0])
            else:
                for i, (w, t) in enumerate(zip(widths, cells)):
                    self.cell(w, row_h, t, align="L" if i == 0 else "R")
            self.ln(row_h)
        self.ln(3)


def normalize_zip(path, core_dt="2024-12-01T09:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core property dates."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        content = zin.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = content.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_dt + r"\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_dt + r"\g<2>", txt)
            content = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=(2024, 12, 1, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, content)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())


def docx_table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    return t


def fix_docx_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2024, 12, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 12, 1, 9, 0, 0)
    cp.revision = 1


def fix_xlsx_props(wb, title, creator):
    wb.properties.title = title
    wb.properties.creator = creator
    wb.properties.created = datetime.datetime(2024, 12, 1, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 12, 1, 9, 0, 0)
