"""Shared helpers for the dev-muni34 corpus generator (deterministic)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def sv(x, dec=1, neg="-", thousands=True):
    """Swedish number format. neg: '-', '–' (en dash with space) or '()'."""
    if x is None:
        return ""
    v = round(abs(x), dec)
    s = f"{v:,.{dec}f}"
    s = s.replace(",", " ").replace(".", ",")
    if not thousands:
        s = s.replace(" ", "")
    if round(x, dec) < 0:
        if neg == "()":
            return f"({s})"
        if neg == "–":
            return f"– {s}"
        return f"-{s}"
    return s


class Doc(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_creator("Kommunens ekonomiavdelning")
        self.set_auto_page_break(True, margin=18)
        self.set_margins(20, 18, 20)
        self.no_head = True

    def multi_cell(self, w, h=None, text="", **kw):
        kw.setdefault("new_x", "LMARGIN")
        kw.setdefault("new_y", "NEXT")
        return super().multi_cell(w, h, text, **kw)

    def header(self):
        if self.no_head:
            return
        self.set_font("DV", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_head, align="L")
        self.ln(8)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.no_head:
            return
        self.set_y(-13)
        self.set_font("DV", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()}", align="C")

    # --- text helpers
    def h1(self, t):
        self.set_font("DV", "B", 15)
        self.multi_cell(0, 8, t)
        self.ln(2)

    def h2(self, t):
        if self.get_y() > 250:
            self.add_page()
        self.set_font("DV", "B", 12)
        self.multi_cell(0, 6.5, t)
        self.ln(1)

    def p(self, t, size=10):
        self.set_font("DV", "", size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DV", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it)
            self.ln(0.5)
        self.ln(2)

    def note(self, t):
        self.set_font("DV", "I", 8)
        self.multi_cell(0, 4.2, t)
        self.ln(1.5)

    def table(self, widths, header_lines, rows, caption=None, size=8.5, rowh=5.2):
        """header_lines: list of lists (one per header line).
        rows: list of (cells, style) with style in {'', 'B', 'S'} (S=section row)."""
        if caption:
            self.set_font("DV", "B", 9)
            self.cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")

        def draw_header():
            self.set_font("DV", "B", size)
            for hl in header_lines:
                for i, (w, c) in enumerate(zip(widths, hl)):
                    self.cell(w, rowh - 0.6, c, align="L" if i == 0 else "R")
                self.ln(rowh - 0.6)
            y = self.get_y()
            self.line(self.l_margin, y, self.l_margin + sum(widths), y)
            self.ln(0.8)

        draw_header()
        for cells, style in rows:
            if self.get_y() + rowh > self.h - 20:
                self.add_page()
                draw_header()
            if style == "S":
                self.set_font("DV", "B", size)
                self.cell(sum(widths), rowh, cells[0], new_x="LMARGIN", new_y="NEXT")
                continue
            self.set_font("DV", "B" if style == "B" else "", size)
            for i, (w, c) in enumerate(zip(widths, cells)):
                self.cell(w, rowh, c, align="L" if i == 0 else "R")
            self.ln(rowh)
        self.ln(3)


def normalize_zip(path, core_xml=None):
    """Rewrite an OOXML zip with fixed timestamps and (optionally) fixed core properties."""
    with open(path, "rb") as f:
        data = f.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            content = zin.read(name)
            if name == "docProps/core.xml":
                txt = content.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-11-20T09:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-11-20T09:00:00Z\g<2>", txt)
                txt = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def html_page(title, muni, nav, body, published, updated=None):
    navhtml = "\n".join(f'      <li><a href="/{a.lower().replace(" ", "-")}">{a}</a></li>' for a in nav)
    upd = f'<p class="meta">Senast uppdaterad: {updated}</p>' if updated else ""
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>{title} - {muni} kommun</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<div id="cookie-banner" class="cookie">
  <p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/">{muni} kommun</a>
  <nav aria-label="Huvudmeny">
    <ul>
{navhtml}
    </ul>
  </nav>
  <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<main id="content">
<p class="breadcrumb"><a href="/">Startsida</a> / <a href="/kommun-och-politik">Kommun och politik</a> / {title}</p>
<article>
<h1>{title}</h1>
<p class="meta">Publicerad: {published}</p>
{upd}
{body}
</article>
</main>
<footer class="site-footer">
  <p>{muni} kommun, Kommunhuset. Telefon växel: 0000-00 00 00. E-post: kommun@{muni.lower().replace('ö','o').replace('ä','a').replace('å','a')}.se</p>
  <p><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/personuppgifter">Behandling av personuppgifter</a> | <a href="/om-webbplatsen/kakor">Kakor</a></p>
  <p>© {muni} kommun</p>
</footer>
</body>
</html>
"""


def html_table(caption, header, rows):
    h = "".join(f"<th>{c}</th>" for c in header)
    body = "\n".join("    <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"""<table>
  <caption>{caption}</caption>
  <thead><tr>{h}</tr></thead>
  <tbody>
{body}
  </tbody>
</table>"""
