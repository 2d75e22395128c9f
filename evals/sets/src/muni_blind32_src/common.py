"""Shared helpers for the mb32 corpus generator (deterministic output)."""
import datetime, io, re, zipfile
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)


def sv(v, dec=1, neg="-", plus=False):
    """Swedish number: thousands with space, decimal comma, chosen negative style."""
    if v is None:
        return ""
    from decimal import Decimal, ROUND_HALF_UP
    q = Decimal(repr(round(v, 6))).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    r = abs(q)
    s = f"{r:,.{dec}f}".replace(",", " ").replace(".", ",")
    if q < 0:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    if plus and q > 0:
        return "+" + s
    return s


class Doc(FPDF):
    def __init__(self, head, foot, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.head_text, self.foot_text = head, foot
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_creation_date(FIXED_DT)
        self.set_margins(20, 20, 20)
        self.skip_head = False

    def multi_cell(self, w, h=None, text="", **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, **kw)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DV", "I", 8)
        self.cell(0, 6, self.head_text, align="R")
        self.ln(10)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "I", 8)
        self.cell(0, 6, f"{self.foot_text}   Sida {self.page_no()}", align="C")

    def h1(self, t):
        self.set_font("DV", "B", 16)
        self.multi_cell(0, 9, t)
        self.ln(2)

    def h2(self, t):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 7, t)
        self.ln(1)

    def p(self, t):
        self.set_font("DV", "", 10)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it)
        self.ln(2)

    def note(self, t):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.5, t)
        self.ln(2)

    def table(self, headers, rows, widths, caption=None, fs=9):
        """headers: list of header lines (each list of cells). rows: (kind, cells) kind in
        'row','sec','sum'. First column left aligned, others right aligned."""
        lh = 5.6

        def draw_head():
            self.set_font("DV", "B", fs)
            for line in headers:
                for i, c in enumerate(line):
                    self.cell(widths[i], lh, c, align="L" if i == 0 else "R")
                self.ln(lh)
            x = self.l_margin
            self.line(x, self.get_y(), x + sum(widths), self.get_y())
            self.ln(0.8)

        if caption and self.get_y() + 7 + lh * (len(headers) + 2) > self.page_break_trigger:
            self.add_page()
        if caption:
            self.set_font("DV", "B", fs + 1)
            self.cell(0, 6, caption)
            self.ln(6.5)
        if self.get_y() + lh * (len(headers) + 2) > self.page_break_trigger:
            self.add_page()
        draw_head()
        for kind, cells in rows:
            if self.get_y() + lh > self.page_break_trigger:
                self.add_page()
                draw_head()
            self.set_font("DV", "B" if kind in ("sec", "sum") else "", fs)
            for i, c in enumerate(cells):
                self.cell(widths[i], lh, c, align="L" if i == 0 else "R")
            self.ln(lh)
        self.ln(3)


def fix_zip(path, core_title=None):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-15T09:00:00Z\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-15T09:00:00Z\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def html_page(site, title, nav, body, published, updated, phone="0571-280 00", mail="kommun@eda.se"):
    navh = "".join(f'<li><a href="#">{n}</a></li>' for n in nav)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title} - {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:Arial,sans-serif}} table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;padding:4px}}</style>
</head>
<body>
<div id="cookie-banner" class="cookie">
<p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. <a href="#">Läs mer om kakor</a></p>
<button>Acceptera alla</button> <button>Endast nödvändiga</button>
</div>
<header>
<a class="logo" href="#">{site}</a>
<nav aria-label="Huvudmeny"><ul>{navh}</ul></nav>
<form role="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav class="breadcrumbs">Startsida &gt; Kommun och politik &gt; {title}</nav>
<main>
{body}
<p class="dates">Publicerad {published}<br>Senast uppdaterad {updated}</p>
</main>
<footer>
<p>{site}, Växel {phone} – {mail}</p>
<ul><li><a href="#">Tillgänglighetsredogörelse</a></li><li><a href="#">Personuppgifter (GDPR)</a></li><li><a href="#">Om kakor</a></li></ul>
</footer>
</body>
</html>
"""
