"""Shared helpers for the muni_blind28 corpus generator (deterministic)."""
import datetime, io, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(v, dec=1, neg="-", thousands=True):
    """Swedish number format: decimal comma, space as thousands separator."""
    if v is None:
        return ""
    s = f"{abs(v):,.{dec}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", " " if thousands else "")
    if round(v, dec) < 0:
        if neg == "-":
            s = "-" + s
        elif neg == "–":
            s = "– " + s
        elif neg == "()":
            s = "(" + s + ")"
    return s


class Doc(FPDF):
    def __init__(self, runhead, foot, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.runhead = runhead
        self.foot = foot
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_creator("Kommunens dokumentsystem")
        self.set_producer("Kommunens dokumentsystem")
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 18, 20)

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "I", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.runhead, new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(3)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.foot}   Sida {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    def title_page(self, org, title, sub, extra):
        self.add_page()
        self.set_font("DV", "B", 12)
        self.cell(0, 8, org, new_x="LMARGIN", new_y="NEXT")
        self.ln(60)
        self.set_font("DV", "B", 26)
        self.multi_cell(0, 12, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_font("DV", "", 13)
        self.multi_cell(0, 7, sub, new_x="LMARGIN", new_y="NEXT")
        self.ln(30)
        self.set_font("DV", "", 9)
        for line in extra:
            self.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")

    def h1(self, t):
        self.ln(2)
        self.set_font("DV", "B", 15)
        self.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def h2(self, t):
        self.ln(2)
        self.set_font("DV", "B", 11.5)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)

    def p(self, t, size=9.5):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullets(self, items):
        self.set_font("DV", "", 9.5)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, t):
        self.set_font("DV", "I", 7.5)
        self.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def table(self, caption, header_lines, rows, widths, size=8.5, break_before=None,
              cont_caption=None):
        """rows: list of (cells, style) with style in '', 'B' (bold sum row), 'S' (section)."""
        orient = self.cur_orientation

        def draw_header(cap):
            self.set_font("DV", "B", 9.5)
            self.multi_cell(0, 6, cap, new_x="LMARGIN", new_y="NEXT")
            self.set_font("DV", "B", size)
            self.set_fill_color(225, 232, 240)
            for hl in header_lines:
                for i, (txt, w) in enumerate(zip(hl, widths)):
                    self.cell(w, 5, txt, border=0, align="L" if i == 0 else "R", fill=True)
                self.ln(5)

        draw_header(caption)
        for idx, (cells, style) in enumerate(rows):
            if (break_before is not None and idx == break_before) or \
                    self.get_y() + 5.5 > self.page_break_trigger:
                self.add_page(orientation=orient)
                draw_header(cont_caption or (caption + " (forts.)"))
            if style == "S":
                self.set_font("DV", "B", size)
                self.cell(sum(widths), 5.5, cells[0], border="B")
                self.ln(5.5)
                continue
            self.set_font("DV", "B" if style == "B" else "", size)
            for i, (txt, w) in enumerate(zip(cells, widths)):
                self.cell(w, 5.5, txt, border="T" if style == "B" else 0,
                          align="L" if i == 0 else "R")
            self.ln(5.5)
        self.ln(3)


def fix_zip(path, core_created="2024-11-15T08:00:00Z"):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(items, key=lambda x: (x[0] != "[Content_Types].xml", x[0])):
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_created + r"\2", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_created + r"\2", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


HTML_TMPL = """<!DOCTYPE html>
<html lang="sv">
<head><meta charset="utf-8"><title>{title} - {org}</title>
<style>body{{font-family:Arial,sans-serif}} table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;padding:4px 8px}}</style>
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Acceptera alla</button> <button>Endast nödvändiga</button>
</div>
<header>
  <a class="logo" href="/">{org}</a>
  <nav aria-label="Huvudmeny"><ul>
    <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
    <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
    <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
    <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
    <li><a href="/naringsliv-och-arbete">Näringsliv och arbete</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li>
  </ul></nav>
  <form role="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumbs">{crumbs}</nav>
<main>
{body}
</main>
<footer>
  <p>{org} | {address} | Telefon: {phone} | E-post: {email}</p>
  <p><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/personuppgifter">Så behandlar vi dina personuppgifter</a> | <a href="/om-webbplatsen/kakor">Kakor</a></p>
  <p>Följ oss på Facebook och Instagram</p>
</footer>
</body>
</html>
"""
