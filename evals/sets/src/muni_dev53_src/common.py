"""Shared helpers for the dev-muni53 corpus generator (deterministic)."""
import datetime
import io
import re
import os
import zipfile

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CORPUS = os.path.join(ROOT, "evals", "corpora", "dev-muni53")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DT = datetime.datetime(2024, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def t(v):
    """tenths int -> '123,4' with space thousands and ascii minus."""
    neg = v < 0
    v = abs(v)
    whole, dec = divmod(v, 10)
    s = f"{whole:,}".replace(",", " ") + f",{dec}"
    return ("-" if neg else "") + s


def t_dash(v):
    s = t(abs(v))
    return ("– " + s) if v < 0 else s


def t_paren(v):
    s = t(abs(v))
    return f"({s})" if v < 0 else s


def k(v, style="minus"):
    """integer -> '1 234 567' with sign style."""
    s = f"{abs(v):,}".replace(",", " ")
    if v < 0:
        if style == "paren":
            return f"({s})"
        if style == "dash":
            return "– " + s
        return "-" + s
    return s


class Doc(FPDF):
    def __init__(self, head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head = head
        self.add_font("D", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.add_font("D", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
        self.add_font("D", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, 18)
        self.set_margins(20, 18, 20)
        self.no_head = False

    def multi_cell(self, w, h, text="", *a, **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, *a, **kw)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("D", "I", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head, align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("D", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, s):
        self.set_font("D", "B", 15)
        self.multi_cell(0, 8, s, align="L")
        self.ln(2)

    def h2(self, s):
        self.set_font("D", "B", 11.5)
        self.multi_cell(0, 6.5, s, align="L")
        self.ln(1)

    def para(self, s, size=9.5):
        self.set_font("D", "", size)
        self.multi_cell(0, 5, s, align="L")
        self.ln(2)

    def note(self, s):
        self.set_font("D", "I", 7.5)
        self.multi_cell(0, 4, s, align="L")
        self.ln(1)

    def table(self, header_lines, rows, widths, caption=None, bold_rows=(), section_rows=(), size=8.5):
        """header_lines: list of lists (one list per header line). rows: list of lists.
        Repeats the header after a page break."""
        if caption:
            self.set_font("D", "I", 8)
            self.cell(0, 5, caption)
            self.ln(5)

        def draw_header():
            self.set_font("D", "B", size)
            for li, line in enumerate(header_lines):
                for i, c in enumerate(line):
                    self.cell(widths[i], 5, c, border="B" if li == len(header_lines) - 1 else 0,
                              align="L" if i == 0 else "R")
                self.ln()

        draw_header()
        for r in rows:
            if self.get_y() + 5.5 > self.h - 20:
                self.add_page(orientation=self.cur_orientation)
                draw_header()
            label = r[0]
            if label in section_rows:
                self.set_font("D", "B", size)
                self.cell(sum(widths), 5.5, label)
                self.ln()
                continue
            self.set_font("D", "B" if label in bold_rows else "", size)
            for i, c in enumerate(r):
                self.cell(widths[i], 5.5, c, align="L" if i == 0 else "R")
            self.ln()
        self.ln(3)


def fix_zip(data):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        names = src.namelist()
        # keep [Content_Types].xml first
        names = sorted(names, key=lambda n: (n != "[Content_Types].xml", n))
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2024, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data_n = src.read(n)
            if n == "docProps/core.xml":
                data_n = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                                rb"\g<1>2024-11-20T09:00:00Z\g<2>", data_n)
            z.writestr(zi, data_n)
    return out.getvalue()


def save_docx(doc, path):
    cp = doc.core_properties
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = "Kommunen"
    cp.author = "Kommunen"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(fix_zip(buf.getvalue()))


def save_xlsx(wb, path):
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.properties.creator = "Kommunen"
    wb.properties.lastModifiedBy = "Kommunen"
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(fix_zip(buf.getvalue()))
