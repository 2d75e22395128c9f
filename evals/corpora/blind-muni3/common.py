"""Shared helpers for the blind-muni3 corpus generator (formatting, PDF tables, zip normalising)."""
import datetime as _dt
import os
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DT = _dt.datetime(2026, 10, 1, 8, 0, 0, tzinfo=_dt.timezone.utc)

NEG = {"endash": "\u2013", "minus": "\u2212", "hyphen": "-"}


def fmt_t(v, dec=1, neg="endash", thousands=True):
    """Format an integer amount given in 1/10**dec units, Swedish style."""
    sign = v < 0
    v = abs(v)
    ip, fp = divmod(v, 10 ** dec) if dec else (v, 0)
    s = f"{ip:,}".replace(",", " ") if thousands else str(ip)
    if dec:
        s += "," + str(fp).zfill(dec)
    if sign and v != 0:
        if neg == "paren":
            return f"({s})"
        return NEG[neg] + s
    return s


def fmt_i(v, neg="endash"):
    return fmt_t(v, dec=0, neg=neg)


def pct(v):
    """v in tenths of a percent"""
    return fmt_t(v, 1, "endash") + " %"


def normalize_zip(path, when=(2026, 10, 1, 8, 0, 0)):
    """Rewrite a zip (xlsx/docx) with fixed timestamps so reruns are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\2", txt)
            data = txt.encode("utf-8")
        fixed.append((name, data))
    items = fixed
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


class Doc(FPDF):
    """A4 report with running header/footer, headings, prose and tables."""

    def __init__(self, running_title, org):
        super().__init__(format="A4", unit="mm")
        self.running_title = running_title
        self.org = org
        self.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
        self.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", f"{FONT_DIR}/DejaVuSans-Oblique.ttf")
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 20)
        self.set_creation_date(FIXED_DT)
        self.set_title(running_title)
        self.set_author(org)
        self.set_creator(org)
        self.set_producer("Kommunens rapportverktyg")
        self.show_header = False

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"{self.org} – {self.running_title}", align="R")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    # --- text -----------------------------------------------------------
    def title_page(self, lines, sub=None, date=None):
        self.add_page()
        self.set_y(70)
        self.set_font("DejaVu", "B", 24)
        for ln in lines:
            self.cell(0, 12, ln, new_x="LMARGIN", new_y="NEXT")
        if sub:
            self.ln(4)
            self.set_font("DejaVu", "", 13)
            self.multi_cell(0, 7, sub, new_x="LMARGIN", new_y="NEXT")
        if date:
            self.ln(30)
            self.set_font("DejaVu", "", 10)
            self.multi_cell(0, 6, date, new_x="LMARGIN", new_y="NEXT")

    def h1(self, text, new_page=False):
        if new_page:
            self.add_page()
        elif self.get_y() > 235:
            self.add_page()
        self.ln(3)
        self.set_font("DejaVu", "B", 15)
        self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, text):
        if self.get_y() > 245:
            self.add_page()
        self.ln(2)
        self.set_font("DejaVu", "B", 11.5)
        self.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, text):
        self.set_font("DejaVu", "", 9.5)
        self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DejaVu", "", 9.5)
        for it in items:
            x = self.get_x()
            self.cell(5, 5.2, "•")
            self.multi_cell(0, 5.2, it, new_x="LMARGIN", new_y="NEXT")
            self.set_x(x)
        self.ln(2)

    # --- tables ---------------------------------------------------------
    def table(self, caption, header, rows, widths, unit=None, source=None,
              fs=8.2, rh=5.6, first_align="L", min_space=40):
        """header: list of str (\\n = wrapped header cell).
        rows: list of (kind, [cells]); kind in row/section/sum/total."""
        total_w = sum(widths)
        if self.get_y() + min_space > self.page_break_trigger:
            self.add_page()

        def draw_caption(cont=False):
            self.set_font("DejaVu", "B", 9.5)
            self.multi_cell(0, 5.5, caption + (" (forts.)" if cont else ""), new_x="LMARGIN", new_y="NEXT")
            if unit and not cont:
                self.set_font("DejaVu", "I", 8)
                self.multi_cell(0, 4.5, unit, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

        def draw_header():
            self.set_font("DejaVu", "B", fs)
            nlines = max(h.count("\n") + 1 for h in header)
            hh = nlines * 4.2 + 1.6
            y0 = self.get_y()
            x = self.l_margin
            self.set_fill_color(222, 230, 240)
            self.rect(x, y0, total_w, hh, style="F")
            for i, (h, w) in enumerate(zip(header, widths)):
                lines = h.split("\n")
                yy = y0 + 0.8 + (nlines - len(lines)) * 4.2
                for ln in lines:
                    self.set_xy(x, yy)
                    self.cell(w, 4.2, ln, align=("L" if i == 0 else "R"))
                    yy += 4.2
                x += w
            self.set_xy(self.l_margin, y0 + hh)
            self.set_draw_color(60, 60, 60)
            self.line(self.l_margin, y0 + hh, self.l_margin + total_w, y0 + hh)

        draw_caption()
        draw_header()
        for kind, cells in rows:
            if self.get_y() + rh > self.page_break_trigger:
                self.add_page()
                draw_caption(cont=True)
                draw_header()
            y0 = self.get_y()
            if kind == "section":
                self.set_font("DejaVu", "B", fs)
                self.cell(total_w, rh, cells[0], new_x="LMARGIN", new_y="NEXT")
                continue
            bold = kind in ("sum", "total")
            self.set_font("DejaVu", "B" if bold else "", fs)
            if bold:
                self.set_draw_color(120, 120, 120)
                self.line(self.l_margin, y0, self.l_margin + total_w, y0)
            x = self.l_margin
            for i, (c, w) in enumerate(zip(cells, widths)):
                self.set_xy(x, y0)
                label = c
                if i == 0 and kind == "row" and rows_indent(rows):
                    label = "   " + c
                self.cell(w, rh, label, align=(first_align if i == 0 else "R"))
                x += w
            self.set_xy(self.l_margin, y0 + rh)
            if kind == "total":
                self.line(self.l_margin, y0 + rh, self.l_margin + total_w, y0 + rh)
        self.ln(1.5)
        if source:
            self.set_font("DejaVu", "I", 7.5)
            self.multi_cell(0, 4.2, source, new_x="LMARGIN", new_y="NEXT")
        self.ln(3)


def rows_indent(rows):
    return any(k == "section" for k, _ in rows)
