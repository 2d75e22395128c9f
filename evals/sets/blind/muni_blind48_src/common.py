"""Shared helpers for the blind-muni48 corpus generator (deterministic)."""
import io
import re
import zipfile
from datetime import datetime, timezone
from decimal import Decimal, ROUND_HALF_UP

from fpdf import FPDF

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_ZIP_TIME = (2025, 1, 15, 12, 0, 0)


def D(x):
    return Decimal(str(x))


def fmt(x, dec=1, neg="minus", thousands=True):
    """Swedish number formatting. neg: minus '-1 234,5', dash '– 1 234,5', paren '(1 234,5)'."""
    x = D(x).quantize(Decimal(1) if dec == 0 else Decimal("1." + "0" * dec), rounding=ROUND_HALF_UP)
    negative = x < 0
    a = abs(x)
    s = f"{a:.{dec}f}"
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    if thousands:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = " ".join(groups)
    out = ip + ("," + fp if fp else "")
    if negative:
        if neg == "minus":
            out = "-" + out
        elif neg == "dash":
            out = "– " + out
        elif neg == "endash":
            out = "–" + out
        elif neg == "paren":
            out = "(" + out + ")"
    return out


class Doc(FPDF):
    def __init__(self, running_head, created, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DV", "", FONTDIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONTDIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONTDIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, 22)
        self.set_creation_date(created)
        self.set_title(running_head)
        self.set_author(running_head.split(" – ")[0])
        self.set_creator("Kommunens dokumentsystem")
        self.set_producer("Kommunens dokumentsystem")
        self.set_margins(20, 20, 20)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.running_head, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-15)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 8, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    # text helpers
    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, t):
        self.ln(2)
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items, size=10):
        self.set_font("DV", "", size)
        for it in items:
            self.set_x(self.l_margin + 4)
            self.multi_cell(0, 5.2, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, t):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def caption(self, t):
        self.set_font("DV", "I", 9)
        self.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")

    def table(self, widths, header_rows, rows, aligns=None, size=8.5, rowh=5.2, cont_title=None):
        """rows: list of (kind, cells); kind in row|section|sum."""
        if aligns is None:
            aligns = ["L"] + ["R"] * (len(widths) - 1)

        def draw_header():
            self.set_font("DV", "B", size)
            self.set_fill_color(225, 232, 240)
            for hr in header_rows:
                for w, c, a in zip(widths, hr, aligns):
                    self.cell(w, rowh, c, border=0, align=a, fill=True)
                self.ln(rowh)

        draw_header()
        for kind, cells in rows:
            if self.get_y() + rowh > self.page_break_trigger:
                self.add_page(orientation=self.cur_orientation)
                if cont_title:
                    self.caption(cont_title)
                draw_header()
            if kind == "section":
                self.set_font("DV", "B", size)
                self.cell(sum(widths), rowh, cells[0], align="L")
                self.ln(rowh)
                continue
            self.set_font("DV", "B" if kind == "sum" else "", size)
            if kind == "sum":
                self.set_draw_color(0, 0, 0)
                self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            for w, c, a in zip(widths, cells, aligns):
                self.cell(w, rowh, c, align=a)
            self.ln(rowh)
        self.ln(3)


def normalise_zip(path, created_iso):
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in items:
            if name == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              rb"\g<1>" + created_iso.encode() + rb"\g<2>", blob)
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + created_iso.encode() + rb"\g<2>", blob)
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def dt(y, m, d):
    return datetime(y, m, d, 9, 0, 0, tzinfo=timezone.utc)
