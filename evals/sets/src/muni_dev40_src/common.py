import datetime, zipfile, io, os
from fpdf import FPDF
FONT = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2024, 12, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)

def fmt(x, dec=1, neg="-"):
    """Swedish number: comma decimal, space thousands."""
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0 and round(abs(x), dec) != 0:
        if neg == "-": return "-" + s
        if neg == "dash": return "– " + s
        if neg == "paren": return "(" + s + ")"
    return s

class Doc(FPDF):
    def __init__(self, head, orient="P"):
        super().__init__(orientation=orient, unit="mm", format="A4")
        self.head = head
        self.add_font("dv", "", FONT + "DejaVuSans.ttf")
        self.add_font("dv", "B", FONT + "DejaVuSans-Bold.ttf")
        self.add_font("dv", "I", FONT + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED)
        self.set_auto_page_break(True, 20)
        self.set_margins(20, 20, 20)
    def header(self):
        if self.page_no() == 1: return
        self.set_font("dv", "I", 8)
        self.cell(0, 6, self.head, align="L")
        self.ln(10)
    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 8)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")
    def h1(self, t):
        self.set_font("dv", "B", 15); self.multi_cell(0, 8, t); self.ln(2)
    def h2(self, t):
        self.ln(2); self.set_font("dv", "B", 12); self.multi_cell(0, 7, t); self.ln(1)
    def p(self, t):
        self.set_font("dv", "", 10); self.multi_cell(0, 5.2, t); self.ln(2)
    def small(self, t):
        self.set_font("dv", "I", 8); self.multi_cell(0, 4.2, t); self.ln(1)
    def table(self, headers, rows, widths, bold_rows=(), caption=None):
        """headers: list of header lines (each a list of cell texts). rows: list of lists of strings."""
        if caption:
            self.set_font("dv", "I", 9); self.cell(0, 5, caption); self.ln(5)
        self.set_font("dv", "B", 9)
        for hl in headers:
            for i, c in enumerate(hl):
                self.cell(widths[i], 5, c, align="L" if i == 0 else "R")
            self.ln(5)
        self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
        for r in rows:
            b = r[0] in bold_rows or (len(r) > 1 and all(c == "" for c in r[1:]))
            self.set_font("dv", "B" if b else "", 9)
            for i, c in enumerate(r):
                self.cell(widths[i], 5, c, align="L" if i == 0 else "R")
            self.ln(5)
        self.ln(3)

def fix_zip(path):
    """Rewrite zip with fixed timestamps, sorted entries -> byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        import re
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-12-01T12:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())

def fix_docx_props(d, title, author):
    cp = d.core_properties
    cp.title = title; cp.author = author; cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

def fix_xlsx_props(wb, title, author):
    wb.properties.title = title; wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED.replace(tzinfo=None); wb.properties.modified = FIXED.replace(tzinfo=None)
