"""Shared helpers for the md37 corpus generator (deterministic output)."""
import io, re, zipfile, datetime
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-", thousands=True):
    """Swedish number: space thousands, decimal comma; neg style '-', '– ', '()'."""
    if v is None:
        return ""
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if not thousands:
        s = s.replace(" ", "")
    if round(v, dec) < 0:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    return s


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="A4")
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.head = head
        self.foot = foot
        self.set_auto_page_break(True, 20)
        self.set_creation_date(FIXED)
        self.set_margins(20, 18, 20)

    def multi_cell(self, w, h, text="", **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, **kw)

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "I", 8)
            self.cell(0, 6, self.head, align="R")
            self.ln(9)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.cell(0, 6, f"{self.foot}   Sida {self.page_no()}", align="C")

    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 9, t)
        self.ln(2)

    def h2(self, t):
        self.set_font("DV", "B", 12)
        self.ln(2)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.4, t)
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5.4, "• " + it)
        self.ln(2)

    def table(self, caption, headers, rows, widths, foot=None, size=8.5, rh=5.6):
        """headers: list of header rows (lists of strings). rows: list of (cells, style)."""
        if caption:
            self.set_font("DV", "B", 10)
            self.multi_cell(0, 6, caption)
            self.ln(1)

        def draw_header():
            self.set_font("DV", "B", size)
            for hr in headers:
                for i, (c, w) in enumerate(zip(hr, widths)):
                    self.cell(w, rh, c, border="B" if hr is headers[-1] else 0,
                              align="L" if i == 0 else "R")
                self.ln(rh)

        draw_header()
        for cells, style in rows:
            if self.get_y() + rh > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                draw_header()
            self.set_font("DV", "B" if style in ("bold", "section") else "", size)
            for i, (c, w) in enumerate(zip(cells, widths)):
                self.cell(w, rh, c, border="T" if style == "bold" else 0,
                          align="L" if i == 0 else "R")
            self.ln(rh)
        if foot:
            self.set_font("DV", "I", 7.5)
            self.ln(1)
            for f in foot:
                self.multi_cell(0, 4.2, f)
        self.ln(4)


def fix_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        b = zin.read(name)
        if name == "docProps/core.xml":
            s = b.decode("utf-8")
            s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)",
                       r"\g<1>2025-01-01T12:00:00Z\3", s)
            b = s.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, b)
    zout.close()
    return out.getvalue()


def save_docx(doc, path):
    doc.core_properties.created = FIXED.replace(tzinfo=None)
    doc.core_properties.modified = FIXED.replace(tzinfo=None)
    doc.core_properties.last_modified_by = "kommunen"
    doc.core_properties.revision = 1
    bio = io.BytesIO()
    doc.save(bio)
    open(path, "wb").write(fix_zip(bio.getvalue()))


def save_xlsx(wb, path):
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.properties.creator = "kommunen"
    bio = io.BytesIO()
    wb.save(bio)
    open(path, "wb").write(fix_zip(bio.getvalue()))


def docx_table(doc, rows, bold_first=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = val
            if r == 0 and bold_first:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t
