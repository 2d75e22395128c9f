"""Shared helpers for the deterministic muni_dev48 corpus generator."""
import io, os, re, zipfile, datetime
from decimal import Decimal, ROUND_HALF_UP
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 12, 1, 12, 0, 0)


def r1(x, d=1):
    return round(x + 0.0, d)


def fmt(x, dec=1, neg="–", thousands=True, paren=False):
    """Swedish number formatting."""
    if x is None:
        return ""
    q = Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    v = float(q)
    if v == 0:
        v = 0.0
    s = f"{abs(q):,.{dec}f}".replace(",", " ").replace(".", ",")
    if not thousands:
        s = s.replace(" ", "")
    if v < 0:
        return f"({s})" if paren else f"{neg}{s}"
    return s


class Doc(FPDF):
    def __init__(self, running_head, muni, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.muni = muni
        self.set_creation_date(FIXED_DT)
        self.add_font("D", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("D", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("D", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 20, 20)
        self.set_font("D", size=10)

    def multi_cell(self, w, h=None, text="", *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *a, **k)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("D", "I", 8)
        self.cell(0, 5, f"{self.muni} – {self.running_head}", align="L")
        self.ln(8)
        self.set_font("D", size=10)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("D", "I", 8)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")
        self.set_font("D", size=10)

    def title_page(self, title, subtitle, lines):
        self.add_page()
        self.ln(50)
        self.set_font("D", "B", 24)
        self.multi_cell(0, 12, title, align="C")
        self.ln(4)
        self.set_font("D", "", 14)
        self.multi_cell(0, 8, subtitle, align="C")
        self.ln(30)
        self.set_font("D", "", 10)
        for l in lines:
            self.multi_cell(0, 6, l, align="C")
        self.set_font("D", size=10)

    def h1(self, t):
        self.ln(3)
        self.set_font("D", "B", 15)
        self.multi_cell(0, 8, t)
        self.ln(2)
        self.set_font("D", size=10)

    def h2(self, t):
        self.ln(2)
        self.set_font("D", "B", 11.5)
        self.multi_cell(0, 6, t)
        self.ln(1)
        self.set_font("D", size=10)

    def p(self, t):
        self.set_font("D", size=10)
        self.multi_cell(0, 5, t)
        self.ln(2.5)

    def bullets(self, items):
        for it in items:
            self.set_x(self.l_margin + 4)
            self.multi_cell(0, 5, "• " + it)
        self.ln(2)

    def note(self, t):
        self.set_font("D", "I", 8)
        self.multi_cell(0, 4, t)
        self.ln(2)
        self.set_font("D", size=10)

    def table(self, header_lines, rows, widths, caption=None, bold=(), section=(), size=8.5, rowh=5.2):
        """header_lines: list of lists; rows: list of lists of strings."""
        if caption:
            self.set_font("D", "I", 8.5)
            self.cell(0, 5, caption)
            self.ln(5.5)
        self.set_font("D", "B", size)
        for hl in header_lines:
            for i, c in enumerate(hl):
                self.cell(widths[i], rowh, c, border="B" if hl is header_lines[-1] else 0,
                          align="L" if i == 0 else "R")
            self.ln(rowh)
        for ri, r in enumerate(rows):
            st = "B" if (ri in bold or ri in section) else ""
            self.set_font("D", st, size)
            for i, c in enumerate(r):
                self.cell(widths[i], rowh, c, border="T" if ri in bold else 0, align="L" if i == 0 else "R")
            self.ln(rowh)
        self.ln(3)
        self.set_font("D", size=10)


def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    first = [it for it in items if it[0] == "[Content_Types].xml"]
    rest = sorted([it for it in items if it[0] != "[Content_Types].xml"])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in first + rest:
            if name == "docProps/core.xml":
                t = data.decode("utf-8")
                t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-12-01T12:00:00Z\g<2>", t)
                t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-12-01T12:00:00Z\g<2>", t)
                data = t.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


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
