"""Shared helpers for the dev-muni47 corpus generator (deterministic output)."""
import datetime, io, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 3, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-", thou=True):
    """Swedish number format: '1 234,5'. neg: '-' -> '-1 234,5', 'en' -> '– 1 234,5', 'par' -> '(1 234,5)'."""
    s = f"{abs(v):,.{dec}f}"
    s = s.replace(",", " " if thou else "").replace(".", ",")
    if round(v, dec) < 0:
        if neg == "-":
            s = "-" + s
        elif neg == "en":
            s = "– " + s
        elif neg == "par":
            s = "(" + s + ")"
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.skip_head = True

    def multi_cell(self, w, h, text="", *args, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *args, **kw)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.cell(0, 6, self.running_head, align="L")
        self.ln(10)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")

    def h1(self, t, newpage=True):
        if newpage and self.get_y() > self.t_margin + 20:
            self.add_page()
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 9, t)
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def para(self, t, size=10, style=""):
        self.set_font("DV", style, size)
        self.multi_cell(0, 5.6, t)
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it)
        self.ln(2)

    def table(self, caption, header_rows, rows, widths, unit=None, footnotes=(), font=8.5, rh=5.6,
              cont_label=" (forts.)"):
        """header_rows: list of rows (list of str); rows: list of (cells, style) with style '', 'B', 'S' (section)."""
        def draw_header(cont=False):
            self.set_font("DV", "B", 10)
            self.cell(0, 6, caption + (cont_label if cont else ""), new_x="LMARGIN", new_y="NEXT")
            if unit:
                self.set_font("DV", "I", 8)
                self.cell(0, 5, unit, new_x="LMARGIN", new_y="NEXT")
            self.set_font("DV", "B", font)
            for hr in header_rows:
                for i, c in enumerate(hr):
                    self.cell(widths[i], rh, c, align="L" if i == 0 else "R")
                self.ln(rh)
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + sum(widths), y)
            self.ln(0.8)

        limit = self.h - 24
        if self.get_y() + rh * (len(header_rows) + 4) > limit:
            self.add_page()
        draw_header()
        for cells, style in rows:
            if self.get_y() + rh > limit:
                self.add_page()
                draw_header(cont=True)
            self.set_font("DV", "B" if style in ("B", "S") else "", font)
            for i, c in enumerate(cells):
                self.cell(widths[i], rh, c, align="L" if i == 0 else "R")
            self.ln(rh)
        y = self.get_y()
        self.line(self.l_margin, y, self.l_margin + sum(widths), y)
        self.ln(1.5)
        if footnotes:
            self.set_font("DV", "I", 7.5)
            for f in footnotes:
                self.multi_cell(0, 4, f)
        self.ln(4)


def normalize_zip(path, core_replacements=None):
    """Rewrite an OOXML zip with fixed timestamps, sorted-as-written order and fixed core properties."""
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = content.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-03-01T09:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-03-01T09:00:00Z\g<2>", txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def fix_docx_props(doc, title, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_printed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.revision = 1


def fix_xlsx_props(wb, title, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
