"""Shared helpers for the dev-muni31 corpus generator (deterministic output)."""
import datetime, io, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2024, 11, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(x, dec=1, neg="-", dash0=False):
    """Swedish number: decimal comma, space as thousands separator."""
    if dash0 and abs(x) < 1e-9:
        return "–"
    s = f"{abs(x):,.{dec}f}".replace(",", " ").replace(".", ",")
    if x < 0 and abs(x) >= 0.5 * 10 ** (-dec):
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return "– " + s
        return "-" + s
    return s


class Doc(FPDF):
    def __init__(self, head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head = head
        self.add_font("D", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("D", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("D", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED)
        self.set_auto_page_break(True, 18)
        self.set_margins(20, 18, 20)
        self.cover = True

    def header(self):
        if self.page_no() == 1 and self.cover:
            return
        self.set_font("D", "I", 8)
        self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        if self.page_no() == 1 and self.cover:
            return
        self.set_y(-13)
        self.set_font("D", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")

    def h1(self, t):
        self.set_font("D", "B", 15)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        self.set_font("D", "B", 12)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("D", "", size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def small(self, t):
        self.set_font("D", "I", 8)
        self.multi_cell(0, 4.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, widths, header_rows, rows, caption=None, bold_rows=(), size=8.5):
        """rows: list of lists of strings; first column left aligned, others right."""
        if caption:
            self.set_font("D", "B", 9)
            self.cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
        self.set_font("D", "B", size)
        for hr in header_rows:
            for i, (w, t) in enumerate(zip(widths, hr)):
                self.cell(w, 5, t, border="B" if hr is header_rows[-1] else 0,
                          align="L" if i == 0 else "R")
            self.ln(5)
        for r in rows:
            bold = r[0] in bold_rows
            self.set_font("D", "B" if bold else "", size)
            for i, (w, t) in enumerate(zip(widths, r)):
                self.cell(w, 5, t, border="T" if bold else 0, align="L" if i == 0 else "R")
            self.ln(5)
        self.ln(3)


def fix_zip(path, created="2024-11-01T09:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            content = zin.read(name)
            if name == "docProps/core.xml":
                s = content.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + created + r"\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + created + r"\g<2>", s)
                content = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())
