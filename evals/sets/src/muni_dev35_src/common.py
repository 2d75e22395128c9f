"""Shared helpers for the dev-muni35 corpus generator (Vara, Ulricehamn)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def sv(x, dec=1, neg="-", thousands=True):
    """Swedish number format: '1 232,6'; neg is '-', '– ' or '()'."""
    s = f"{abs(x):,.{dec}f}"
    s = s.replace(",", " ").replace(".", ",")
    if not thousands:
        s = s.replace(" ", "")
    if round(x, dec) < 0:
        if neg == "()":
            return f"({s})"
        return f"{neg}{s}"
    return s


class Doc(FPDF):
    def __init__(self, head_left, head_right, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head_left = head_left
        self.head_right = head_right
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 22, 20)
        self.no_head = False

    def header(self):
        if self.no_head:
            return
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 2, 5, self.head_left, align="L")
        self.cell(w / 2, 5, self.head_right, align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.no_head:
            return
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    # text helpers
    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        self.set_font("DV", "B", 12.5)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def h3(self, t):
        self.set_font("DV", "B", 10.5)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def caption(self, t):
        self.set_font("DV", "I", 9)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def footnote(self, t):
        self.set_font("DV", "", 7.5)
        self.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, header_lines, rows, widths, size=8.5, aligns=None, repeat_header=True):
        """header_lines: list of header rows (each a list of cell texts).
        rows: list of (style, cells); style '' normal, 'B' bold (sum), 'S' section label."""
        n = len(widths)
        if aligns is None:
            aligns = ["L"] + ["R"] * (n - 1)
        lh = 5.2

        def draw_header():
            self.set_font("DV", "B", size)
            self.set_fill_color(225, 232, 240)
            for hl in header_lines:
                for i, c in enumerate(hl):
                    self.cell(widths[i], lh, c, align=aligns[i], fill=True)
                self.ln(lh)

        draw_header()
        for style, cells in rows:
            if self.get_y() + lh > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                if repeat_header:
                    draw_header()
            if style == "S":
                self.set_font("DV", "B", size)
                self.cell(sum(widths), lh, cells[0], align="L")
                self.ln(lh)
                continue
            self.set_font("DV", "B" if style == "B" else "", size)
            if style == "B":
                self.line(self.get_x(), self.get_y(), self.get_x() + sum(widths), self.get_y())
            for i, c in enumerate(cells):
                self.cell(widths[i], lh, c, align=aligns[i])
            self.ln(lh)
        self.ln(3)


def normalize_zip(path, core_created="2025-01-01T12:00:00Z", core_modified="2025-01-01T12:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
        blob = zin.read(name)
        if name == "docProps/core.xml":
            s = blob.decode("utf-8")
            s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_created + r"\2", s)
            s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_modified + r"\2", s)
            blob = s.encode("utf-8")
        zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, blob)
    zout.close()
    with open(path, "wb") as f:
        f.write(out.getvalue())


HTML_CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}
header,footer{background:#f2f2f2;padding:12px 24px}
nav ul{list-style:none;display:flex;gap:18px;padding:0}
.cookie{background:#333;color:#fff;padding:10px 24px}
main{max-width:860px;margin:0 auto;padding:16px 24px}
table{border-collapse:collapse;margin:12px 0}
td,th{border:1px solid #bbb;padding:4px 8px}
td.num{text-align:right}
.breadcrumb{font-size:13px;color:#555}
"""
