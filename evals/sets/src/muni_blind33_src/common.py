"""Shared helpers: deterministic PDF/DOCX/XLSX writing and Swedish number formatting."""
import datetime
import io
import re
import zipfile
from decimal import Decimal

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def D(x):
    return Decimal(str(x))


def fmt(v, dec=1, neg="-", thousands=True):
    """Swedish number: decimal comma, space thousands, chosen negative style."""
    v = D(v)
    q = D(1).scaleb(-dec) if dec else D(1)
    v = v.quantize(q)
    s = f"{abs(v):,.{dec}f}".replace(",", " " if thousands else "").replace(".", ",")
    if v < 0:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_creation_date(FIXED_DT)
        self.set_producer("fpdf2")
        self.skip_head = False
        self.rep_header = None  # callable to repeat a table header after a page break

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.cell(0, 6, self.running_head, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 8, f"Sida {self.page_no()}", align="C")

    # text helpers
    def h1(self, t):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 9, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t):
        self.set_font("DejaVu", "", 10)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def small(self, t):
        self.set_font("DejaVu", "I", 8)
        self.multi_cell(0, 4.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, caption, header_lines, rows, widths, bold_rows=(), aligns=None,
              break_after=None, cont_caption=None):
        """header_lines: list of lists (one list per header line). rows: list of lists of strings.
        A row whose cells after the first are all '' is a section row. break_after: force a page
        break after that row index and repeat caption+header."""
        aligns = aligns or (["L"] + ["R"] * (len(widths) - 1))

        def head(cap):
            if cap:
                self.set_font("DejaVu", "I", 9)
                self.cell(0, 5, cap, new_x="LMARGIN", new_y="NEXT")
            self.set_font("DejaVu", "B", 9)
            for hl in header_lines:
                for w, txt, a in zip(widths, hl, aligns):
                    self.cell(w, 5, txt, align=a)
                self.ln(5)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            self.ln(1)

        if self.get_y() > self.h - 60:
            self.add_page()
        head(caption)
        for i, r in enumerate(rows):
            if self.get_y() > self.h - 28:
                self.add_page()
                head(cont_caption or caption)
            bold = i in bold_rows or all(c == "" for c in r[1:])
            self.set_font("DejaVu", "B" if bold else "", 9)
            for w, txt, a in zip(widths, r, aligns):
                self.cell(w, 5, txt, align=a)
            self.ln(5)
            if break_after is not None and i == break_after:
                self.add_page()
                head(cont_caption or caption)
        self.ln(3)


def save_pdf(doc, path):
    doc.output(str(path))


def _fix_core(xml):
    xml = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T12:00:00Z\g<2>", xml)
    xml = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T12:00:00Z\g<2>", xml)
    return xml


def normalize_zip(src_bytes, path):
    zin = zipfile.ZipFile(io.BytesIO(src_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            data = zin.read(name)
            if name == "docProps/core.xml":
                data = _fix_core(data.decode("utf-8")).encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def save_docx(document, path, title, author):
    cp = document.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    normalize_zip(buf.getvalue(), path)


def save_xlsx(wb, path, title, author):
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    normalize_zip(buf.getvalue(), path)
