"""Shared helpers for the dev-muni23b corpus generator (deterministic output)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 12, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="hyphen", thousands=" "):
    """Swedish number formatting: space thousands, decimal comma, selectable negative style."""
    if v is None:
        return ""
    negative = round(v, dec) < 0
    a = abs(v)
    s = f"{a:,.{dec}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", thousands)
    if negative:
        if neg == "hyphen":
            s = "-" + s
        elif neg == "paren":
            s = "(" + s + ")"
        elif neg == "endash":
            s = "– " + s
    return s


class DocPDF(FPDF):
    def __init__(self, running_head="", footer_left="", orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.add_font("Serif", "", FONT_DIR + "DejaVuSerif.ttf")
        self.add_font("Serif", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
        self.running_head = running_head
        self.footer_left = footer_left
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.no_head = False

    def header(self):
        if self.no_head or self.page_no() == 1:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_head, align="R")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Sida {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    def multi_cell(self, *args, **kwargs):
        kwargs.setdefault("new_x", "LMARGIN")
        kwargs.setdefault("new_y", "NEXT")
        return super().multi_cell(*args, **kwargs)

    # text helpers
    def h1(self, text):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, text)
        self.ln(3)

    def h2(self, text):
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 6, text)
        self.ln(1.5)

    def para(self, text, size=10, style=""):
        self.set_font("Serif", style, size)
        self.multi_cell(0, 5.2, text)
        self.ln(2.5)

    def bullets(self, items, size=10):
        self.set_font("Serif", "", size)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it)
            self.ln(0.8)
        self.ln(2)

    def small(self, text):
        self.set_font("DejaVu", "I", 7.5)
        self.multi_cell(0, 4, text)
        self.ln(1)

    def table(self, header_rows, rows, widths, aligns=None, caption=None, cont_caption=None,
              size=8.5, rh=5.2):
        """header_rows: list of lists of strings. rows: list of (cells, style) with
        style in {'n','b','s'} (normal, bold sum row, section row without figures)."""
        if aligns is None:
            aligns = ["L"] + ["R"] * (len(widths) - 1)

        def draw_caption(text):
            self.set_font("DejaVu", "B", 9)
            self.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

        def draw_header():
            self.set_font("DejaVu", "B", size)
            self.set_fill_color(220, 230, 240)
            for hr in header_rows:
                for w, txt, al in zip(widths, hr, aligns):
                    self.cell(w, rh, txt, border=0, align=al, fill=True)
                self.ln(rh)

        if caption:
            draw_caption(caption)
        draw_header()
        for cells, style in rows:
            if self.get_y() + rh > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                draw_caption(cont_caption or (caption or "") + " (forts.)")
                draw_header()
            if style == "s":
                self.set_font("DejaVu", "B", size)
                self.cell(sum(widths), rh, cells[0], new_x="LMARGIN", new_y="NEXT")
                continue
            self.set_font("DejaVu", "B" if style == "b" else "", size)
            border = "T" if style == "b" else 0
            for w, txt, al in zip(widths, cells, aligns):
                self.cell(w, rh, txt, border=border, align=al)
            self.ln(rh)
        self.ln(3)


def normalize_zip(path, created="2024-11-14T08:00:00Z", modified="2024-11-14T08:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            blob = zin.read(name)
            if name == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + created + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + modified + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 14, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def docx_table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for c, h in zip(t.rows[0].cells, header):
        c.text = h
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    return t


def fix_docx_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2024, 11, 14, 8, 0, 0)
    cp.modified = datetime.datetime(2024, 11, 14, 8, 0, 0)
    cp.revision = 1
