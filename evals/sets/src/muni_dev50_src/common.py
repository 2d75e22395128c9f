"""Shared helpers: Swedish number formatting, PDF/DOCX/XLSX writers (deterministic)."""
import datetime, io, os, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(x, dec=1, neg="-", plus=False):
    """Swedish formatting: space as thousands separator, decimal comma."""
    if x is None:
        return ""
    v = round(x, dec)
    if v == 0:
        v = 0.0
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if v < 0:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    if plus and v > 0:
        return f"+{s}"
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 18, 20)
        self.set_creation_date(FIXED_DT)
        self.set_font("DV", "", 10)

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "I", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.running_head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)
            self.set_font("DV", "", 10)

    def footer(self):
        if self.page_no() > 1:
            self.set_y(-12)
            self.set_font("DV", "", 8)
            self.cell(0, 5, f"{self.page_no()}", align="C")
            self.set_font("DV", "", 10)

    def cover(self, title, subtitle, extra):
        self.add_page()
        self.ln(60)
        self.set_font("DV", "B", 24)
        self.multi_cell(0, 12, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_font("DV", "", 14)
        self.multi_cell(0, 8, subtitle, new_x="LMARGIN", new_y="NEXT")
        self.ln(30)
        self.set_font("DV", "", 10)
        for line in extra:
            self.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")

    def h1(self, text):
        self.ln(2)
        self.set_font("DV", "B", 15)
        self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.set_font("DV", "", 10)

    def h2(self, text):
        if self.get_y() > self.h - 45:
            self.add_page(orientation=self.cur_orientation)
        self.ln(1)
        self.set_font("DV", "B", 11.5)
        self.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.set_font("DV", "", 10)

    def para(self, text):
        self.set_font("DV", "", 10)
        self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            x = self.get_x()
            self.cell(5, 5.2, "•")
            self.multi_cell(0, 5.2, it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def caption(self, text):
        self.set_font("DV", "B", 9.5)
        self.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 9)

    def footnote(self, text):
        self.set_font("DV", "I", 7.5)
        self.multi_cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 10)

    def table(self, header_rows, rows, widths, rh=5.6, fs=8.5, caption=None, cont_caption=None):
        """rows: list of (cells, style) with style '' / 'B' (sum) / 'S' (section)."""
        if caption:
            self.caption(caption)

        def draw_header():
            self.set_font("DV", "B", fs)
            self.set_fill_color(225, 232, 240)
            for hr in header_rows:
                for i, c in enumerate(hr):
                    self.cell(widths[i], rh, c, border=0, fill=True, align="L" if i == 0 else "R")
                self.ln(rh)
            self.set_draw_color(80, 80, 80)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            self.set_font("DV", "", fs)

        draw_header()
        for cells, style in rows:
            if self.get_y() + rh > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                if cont_caption:
                    self.caption(cont_caption)
                draw_header()
            if style == "S":
                self.set_font("DV", "B", fs)
                self.cell(sum(widths), rh, cells[0], align="L")
                self.ln(rh)
                self.set_font("DV", "", fs)
                continue
            self.set_font("DV", "B" if style == "B" else "", fs)
            if style == "B":
                self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            for i, c in enumerate(cells):
                self.cell(widths[i], rh, c, align="L" if i == 0 else "R")
            self.ln(rh)
        self.set_font("DV", "", 10)
        self.ln(3)


def rezip(path):
    """Rewrite a zip container with fixed timestamps and sorted-as-is entries."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            payload = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                txt = payload.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2025-11-20T09:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2025-11-20T09:00:00Z\g<2>", txt)
                payload = txt.encode("utf-8")
            zout.writestr(zi, payload)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def fix_docx_props(document, title, author):
    cp = document.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime.datetime(2025, 11, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 11, 20, 9, 0, 0)
    cp.revision = 1


def fix_xlsx_props(wb, title, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = datetime.datetime(2025, 11, 20, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 11, 20, 9, 0, 0)


def docx_table(document, header, rows, style="Table Grid"):
    t = document.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for r in p.runs:
                r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t
