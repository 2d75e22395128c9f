"""Shared helpers: Swedish number formatting, PDF builder, deterministic DOCX/XLSX writing, HTML shell."""
import io
import re
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime(2025, 1, 1, 12, 0, 0, tzinfo=timezone.utc)


def sv(x, dec=1, neg="-", thousands=True):
    """Format a number the Swedish way. neg: '-', '– ' (en dash + space), '–', '()'."""
    if x is None:
        return ""
    v = round(abs(x), dec)
    s = f"{v:,.{dec}f}"
    s = s.replace(",", " ") if thousands else s.replace(",", "")
    s = s.replace(".", ",")
    if round(x, dec) < 0:
        if neg == "()":
            return f"({s})"
        return neg + s
    return s


class Pdf(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_creation_date(FIXED_DT)
        self.set_margins(20, 20, 20)
        self.skip_head = True

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.running_head, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"Sida {self.page_no()}", align="C")

    # --- text blocks
    def title_page(self, lines, sub=None):
        self.add_page()
        self.set_y(80)
        self.set_font("DejaVu", "B", 24)
        for ln in lines:
            self.cell(0, 14, ln, align="C", new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.ln(6)
            self.set_font("DejaVu", "", 12)
            for s in sub:
                self.cell(0, 8, s, align="C", new_x="LMARGIN", new_y="NEXT")

    def h1(self, t):
        self.ln(2)
        self.set_font("DejaVu", "B", 15)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        self.ln(1)
        self.set_font("DejaVu", "B", 11.5)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DejaVu", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, t):
        self.set_font("DejaVu", "I", 8)
        self.multi_cell(0, 4.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    # --- tables
    def table(self, header_lines, rows, widths, caption=None, cont_caption=None, size=8.5, rh=5.6):
        """header_lines: list of header rows (each a list of cell texts).
        rows: list of (kind, cells); kind in 'row', 'sec' (section label only), 'sum' (bold)."""
        if caption:
            self.set_font("DejaVu", "B", 9.5)
            self.multi_cell(0, 5.5, caption, new_x="LMARGIN", new_y="NEXT")
        self._thead(header_lines, widths, size, rh)
        for kind, cells in rows:
            if self.get_y() + rh > self.page_break_trigger:
                self.add_page()
                if cont_caption:
                    self.set_font("DejaVu", "B", 9.5)
                    self.multi_cell(0, 5.5, cont_caption, new_x="LMARGIN", new_y="NEXT")
                self._thead(header_lines, widths, size, rh)
            style = "B" if kind in ("sum", "sec") else ""
            self.set_font("DejaVu", style, size)
            if kind == "sec":
                self.cell(sum(widths), rh, cells[0], new_x="LMARGIN", new_y="NEXT")
                continue
            for i, (c, w) in enumerate(zip(cells, widths)):
                self.cell(w, rh, c, align="L" if i == 0 else "R",
                          border="T" if kind == "sum" else 0)
            self.ln(rh)
        self.ln(3)

    def _thead(self, header_lines, widths, size, rh):
        self.set_font("DejaVu", "B", size)
        n = len(header_lines)
        for k, hl in enumerate(header_lines):
            for i, (c, w) in enumerate(zip(hl, widths)):
                self.cell(w, rh, c, align="L" if i == 0 else "R", border="B" if k == n - 1 else 0)
            self.ln(rh)


def deterministic_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            content = zin.read(name)
            if name == "docProps/core.xml":
                txt = content.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2025-01-01T12:00:00Z\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2025-01-01T12:00:00Z\2", txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    return out.getvalue()


def save_docx(doc, path, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime(2025, 1, 1, 12, 0, 0)
    cp.modified = datetime(2025, 1, 1, 12, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(deterministic_zip(buf.getvalue()))


def save_xlsx(wb, path, title, author):
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime(2025, 1, 1, 12, 0, 0)
    wb.properties.modified = datetime(2025, 1, 1, 12, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(deterministic_zip(buf.getvalue()))


def docx_table(doc, rows, bold_first=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = c
            if i == 0 and bold_first:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return t
