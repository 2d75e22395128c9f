"""Shared helpers for the dev-muni51 corpus generator (deterministic output)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-", dash_zero=False):
    """Swedish number format: space as thousands separator, decimal comma."""
    if v is None:
        return ""
    if dash_zero and round(v, dec) == 0:
        return "–"
    r = round(abs(v), dec)
    s = f"{r:,.{dec}f}".replace(",", " ").replace(".", ",")
    if round(v, dec) < 0:
        if neg == "paren":
            return f"({s})"
        if neg == "endash":
            return f"– {s}"
        return f"-{s}"
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P", foot_style="sida"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.foot_style = foot_style
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_creator("Dokumentverktyg")
        self.set_author(running_head.split("–")[0].strip())
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.no_head = set()
        self.alias_nb_pages()

    def header(self):
        if self.page_no() in self.no_head:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.running_head, align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() in self.no_head:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        txt = f"Sida {self.page_no()} av {{nb}}" if self.foot_style == "sida" else str(self.page_no())
        self.cell(0, 6, txt, align="C")

    # ---- content helpers ----
    def cover(self, lines):
        self.add_page()
        self.no_head.add(self.page_no())
        self.set_y(80)
        for i, (txt, size, style) in enumerate(lines):
            self.set_font("DejaVu", style, size)
            self.multi_cell(0, size * 0.6, txt, align="C")
            self.ln(4)

    def h1(self, txt):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 9, txt)
        self.ln(2)

    def h2(self, txt):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 7, txt)
        self.ln(1)

    def p(self, txt, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.2, txt)
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DejaVu", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it)
            self.ln(0.5)
        self.ln(2)

    def table(self, title, caption, header_lines, rows, widths, footnotes=(), break_after=None,
              cont_title=None, font=8.5, row_h=5.4):
        """rows: list of (cells, style) where style in '', 'B' (sum), 'S' (section row)."""
        if title:
            self.h2(title)
        if caption:
            self.set_font("DejaVu", "I", 8.5)
            self.cell(0, 5, caption)
            self.ln(6)

        def head():
            self.set_font("DejaVu", "B", font)
            self.set_fill_color(225, 232, 240)
            for hl in header_lines:
                for j, txt in enumerate(hl):
                    self.cell(widths[j], row_h, txt, align="L" if j == 0 else "R", fill=True)
                self.ln(row_h)

        head()
        for i, (cells, style) in enumerate(rows):
            if (break_after is not None and i == break_after) or self.get_y() + row_h > self.h - 22:
                self.add_page()
                if cont_title:
                    self.h2(cont_title)
                if caption:
                    self.set_font("DejaVu", "I", 8.5)
                    self.cell(0, 5, caption)
                    self.ln(6)
                head()
            self.set_font("DejaVu", "B" if style in ("B", "S") else "", font)
            for j, txt in enumerate(cells):
                self.cell(widths[j], row_h, txt, align="L" if j == 0 else "R",
                          border="T" if style == "B" else 0)
            self.ln(row_h)
        self.ln(1.5)
        if footnotes:
            self.set_font("DejaVu", "", 7.5)
            for fn in footnotes:
                self.multi_cell(0, 4, fn, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        self.ln(3)


def normalize_zip(path, core_title=None):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        blob = zin.read(name)
        if name == "docProps/core.xml":
            txt = blob.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-15T09:00:00Z\2", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-15T09:00:00Z\2", txt)
            blob = txt.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, blob)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())


def set_docx_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1


def set_xlsx_core(wb, title, author):
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
