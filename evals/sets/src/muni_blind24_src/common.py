"""Shared helpers for the blind-muni24 corpus generator (deterministic output)."""
import datetime, io, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 3, 20, 10, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-", paren=False, thousands=True):
    """Swedish number format: decimal comma, space as thousands separator."""
    if v is None:
        return ""
    s = f"{abs(v):,.{dec}f}".replace(",", " ").replace(".", ",")
    if not thousands:
        s = s.replace(" ", "")
    if round(v, dec) < 0:
        if paren:
            return f"({s})"
        return f"{neg}{s}" if neg == "-" else f"{neg} {s}"
    return s


class Doc(FPDF):
    def __init__(self, head_left, head_right, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head_left = head_left
        self.head_right = head_right
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.set_margins(20, 20, 20)
        self.show_head = True

    def header(self):
        if self.page_no() == 1 or not self.show_head:
            return
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.head_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, self.head_right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    # text helpers
    def h1(self, t):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items):
        self.set_font("DejaVu", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "•  " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def caption(self, t):
        self.set_font("DejaVu", "I", 8.5)
        self.multi_cell(0, 4.5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, widths, header_lines, rows, bold_rows=(), size=9, repeat_header=True,
              aligns=None):
        """header_lines: list of lists (each a header line). rows: list of lists of strings;
        a row with a single string is a section row."""
        lh = 5.4
        if aligns is None:
            aligns = ["L"] + ["R"] * (len(widths) - 1)

        def draw_header():
            self.set_font("DejaVu", "B", size)
            for hl in header_lines:
                for w, t, a in zip(widths, hl, aligns):
                    self.cell(w, lh, t, align=a)
                self.ln(lh)
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + sum(widths), y)
            self.ln(0.8)

        draw_header()
        for i, r in enumerate(rows):
            if self.get_y() + lh > self.h - 22:
                self.add_page()
                if repeat_header:
                    draw_header()
            if len(r) == 1:
                self.set_font("DejaVu", "B", size)
                self.cell(sum(widths), lh, r[0])
                self.ln(lh)
                continue
            self.set_font("DejaVu", "B" if i in bold_rows else "", size)
            for w, t, a in zip(widths, r, aligns):
                self.cell(w, lh, t, align=a)
            self.ln(lh)
        self.ln(3)


def normalize_zip(path, core_xml_fix=True):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            content = zin.read(name)
            if core_xml_fix and name == "docProps/core.xml":
                txt = content.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>2025-03-20T10:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>2025-03-20T10:00:00Z\g<2>", txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())
