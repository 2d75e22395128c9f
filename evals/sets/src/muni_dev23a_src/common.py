"""Shared helpers: Swedish number formatting, PDF class, reproducible DOCX/XLSX."""
import datetime, io, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def r1(x, d=1):
    return round(x + 0.0, d)


def sv(x, dec=1, neg="minus"):
    """Swedish number: space thousands, comma decimals; negative style minus/endash/paren."""
    v = round(x, dec)
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if v < 0 or (v == 0 and str(v).startswith("-")):
        if abs(v) == 0:
            return s
        if neg == "endash":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
        return "-" + s
    return s


class Doc(FPDF):
    def __init__(self, head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head = head
        self.add_font("D", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("D", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("D", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.add_font("S", "", FONT_DIR + "DejaVuSerif.ttf")
        self.add_font("S", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_producer("Publiceringsverktyg 4.2")
        self.set_auto_page_break(True, 20)
        self.set_margins(20, 20, 20)
        self.cover = True

    def multi_cell(self, w, h=None, text="", *args, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *args, **kw)

    def header(self):
        if self.cover:
            return
        self.set_font("D", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head, align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.cover:
            return
        self.set_y(-14)
        self.set_font("D", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, str(self.page_no()), align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.set_font("D", "B", 16)
        self.multi_cell(0, 8, t)
        self.ln(3)

    def h2(self, t):
        self.ln(2)
        self.set_font("D", "B", 12)
        self.multi_cell(0, 6, t)
        self.ln(1)

    def h3(self, t):
        self.set_font("D", "B", 10)
        self.multi_cell(0, 5, t)

    def p(self, t, size=9.5, style=""):
        self.set_font("S", style, size)
        self.multi_cell(0, 5, t)
        self.ln(2)

    def bullets(self, items, size=9.5):
        self.set_font("S", "", size)
        for it in items:
            x = self.get_x()
            self.cell(5, 5, "•")
            self.multi_cell(0, 5, it)
            self.set_x(x)
        self.ln(2)

    def caption(self, t):
        self.set_font("D", "B", 9)
        self.multi_cell(0, 5, t)
        self.ln(1)

    def table(self, header_rows, rows, widths, size=8.5, break_after=None, cont_caption=None,
              footnotes=()):
        """rows: list of (cells, style) with style in '', 'B' (sum), 'S' (section label)."""
        def head():
            self.set_font("D", "B", size)
            for i, hr in enumerate(header_rows):
                for j, c in enumerate(hr):
                    border = "B" if i == len(header_rows) - 1 else ""
                    self.cell(widths[j], 4.6, c, border=border, align="L" if j == 0 else "R")
                self.ln(4.6)
        head()
        for k, (cells, style) in enumerate(rows):
            if self.get_y() > self.h - 30 or (break_after is not None and k == break_after):
                self.add_page()
                if cont_caption:
                    self.caption(cont_caption)
                head()
            self.set_font("D", "B" if style in ("B", "S") else "", size)
            border = "T" if style == "B" else ""
            for j, c in enumerate(cells):
                self.cell(widths[j], 4.6, c, border=border, align="L" if j == 0 else "R")
            self.ln(4.6)
        if footnotes:
            self.ln(1)
            self.set_font("D", "I", 7)
            for f in footnotes:
                self.multi_cell(0, 3.6, f)
        self.ln(4)


def fix_zip(path, created="2024-10-15T08:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core property dates."""
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % created, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % created, txt)
                txt = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\g<2>" % created, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def docx_table(doc, rows, style="Table Grid", bold_first=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = c
            if i == 0 and bold_first:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t


def set_docx_props(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
