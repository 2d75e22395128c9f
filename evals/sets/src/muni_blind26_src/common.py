"""Shared helpers for the blind-muni26 corpus generator (deterministic)."""
import datetime
import io
import re
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2024, 12, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- numbers
def sv(value, dec=1, neg="-", thousands=True, plus=False):
    """Format a number the Swedish way. value is a float/int (already in the unit)."""
    if value is None:
        return ""
    v = round(float(value), dec)
    if v == 0:
        v = 0.0
    s = f"{abs(v):,.{dec}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", " " if thousands else "")
    if v < 0:
        if neg == "-":
            return "-" + s
        if neg == "– ":
            return "– " + s
        if neg == "–":
            return "–" + s
        if neg == "()":
            return "(" + s + ")"
    if plus and v > 0:
        return "+" + s
    return s


def t(x):
    """tenths (int) -> float"""
    return x / 10.0


# ---------------------------------------------------------------- PDF
class Doc(FPDF):
    def __init__(self, running_head, footer_left, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.footer_left = footer_left
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_auto_page_break(True, margin=20)
        self.set_margins(18, 18, 18)
        self.set_creation_date(FIXED_DT)
        self.set_creator("Kommunens publiceringsverktyg")
        self.set_producer("fpdf2")
        self.no_head_pages = set()

    def header(self):
        if self.page_no() in self.no_head_pages:
            return
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_head, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() in self.no_head_pages:
            return
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.footer_left}    Sida {self.page_no()}", align="C")
        self.set_text_color(0, 0, 0)

    # text helpers
    def h1(self, text):
        self.set_font("DejaVu", "B", 15)
        self.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, text):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font("DejaVu", "B", 11.5)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def p(self, text, size=9.5):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items, size=9.5):
        self.set_font("DejaVu", "", size)
        for it in items:
            self.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def small(self, text):
        self.set_font("DejaVu", "I", 7.5)
        self.multi_cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, caption, header_lines, widths, rows, aligns=None, size=8.5,
              cont_caption=None, row_h=5.2, footnotes=None):
        """header_lines: list of lists (one list per header line).
        rows: list of (style, cells) where style in '', 'B', 'S' (section), 'T' (total)."""
        n = len(widths)
        aligns = aligns or (["L"] + ["R"] * (n - 1))

        def draw_caption(c):
            if c:
                self.set_font("DejaVu", "B", 9.5)
                self.multi_cell(0, 5.5, c, new_x="LMARGIN", new_y="NEXT")

        def draw_header():
            self.set_font("DejaVu", "B", size)
            self.set_fill_color(225, 232, 240)
            for line in header_lines:
                for i, w in enumerate(widths):
                    self.cell(w, row_h - 0.6, line[i] if i < len(line) else "", align=aligns[i], fill=True)
                self.ln(row_h - 0.6)
            self.set_draw_color(80, 80, 80)
            self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())

        if self.get_y() > self.h - 60:
            self.add_page()
        draw_caption(caption)
        draw_header()
        for style, cells in rows:
            if self.get_y() + row_h > self.h - 22:
                self.add_page()
                draw_caption(cont_caption or ((caption or "") + " (forts.)"))
                draw_header()
            if style in ("B", "T", "S"):
                self.set_font("DejaVu", "B", size)
            else:
                self.set_font("DejaVu", "", size)
            if style == "T":
                self.line(self.l_margin, self.get_y(), self.l_margin + sum(widths), self.get_y())
            for i, w in enumerate(widths):
                txt = cells[i] if i < len(cells) else ""
                self.cell(w, row_h, txt, align=aligns[i])
            self.ln(row_h)
        self.ln(1.5)
        if footnotes:
            for f in footnotes:
                self.small(f)
        self.ln(2)


# ---------------------------------------------------------------- zip reproducibility
def normalize_zip(path, core_dt="2024-12-02T09:00:00Z"):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_dt + r"\2", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_dt + r"\2", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def fix_core(props, author, title):
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.created = FIXED_DT.replace(tzinfo=None)
    props.modified = FIXED_DT.replace(tzinfo=None)
    props.revision = 1


# ---------------------------------------------------------------- HTML
def html_page(title, site, nav, breadcrumbs, body, published, updated, footer_lines):
    navhtml = "\n".join(f'      <li><a href="/{re.sub(r"[^a-z]", "-", n.lower())}/">{n}</a></li>' for n in nav)
    crumbs = " &rsaquo; ".join(f"<a href='#'>{c}</a>" for c in breadcrumbs[:-1]) + f" &rsaquo; <span>{breadcrumbs[-1]}</span>"
    foot = "\n".join(f"      <p>{l}</p>" for l in footer_lines)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{title} - {site}</title>
  <link rel="stylesheet" href="/static/css/main.css">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Kakor">
    <p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen. Nödvändiga kakor krävs för att webbplatsen ska fungera.</p>
    <button type="button">Godkänn alla kakor</button> <button type="button">Endast nödvändiga</button> <a href="/om-webbplatsen/kakor/">Läs mer om kakor</a>
  </div>
  <header class="site-header">
    <a class="skip" href="#main">Till innehållet</a>
    <div class="logo"><a href="/">{site}</a></div>
    <form class="search" action="/sok/"><label for="q">Sök på webbplatsen</label><input id="q" name="q"><button>Sök</button></form>
    <nav aria-label="Huvudmeny">
     <ul>
{navhtml}
     </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Brödsmulor">{crumbs}</nav>
  <main id="main">
{body}
    <div class="page-meta">
      <p>Publicerad: {published}</p>
      <p>Senast uppdaterad: {updated}</p>
    </div>
  </main>
  <aside class="feedback"><p>Hittade du den information du sökte?</p><button>Ja</button><button>Nej</button></aside>
  <footer class="site-footer">
{foot}
      <p><a href="/tillganglighetsredogorelse/">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/personuppgifter/">Behandling av personuppgifter</a> | <a href="/om-webbplatsen/kakor/">Kakor</a></p>
  </footer>
</body>
</html>
"""


def html_table(caption, header, rows, cls="table"):
    th = "".join(f"<th scope=\"col\">{h}</th>" for h in header)
    trs = []
    for r in rows:
        tds = "".join((f"<th scope=\"row\">{c}</th>" if i == 0 else f"<td>{c}</td>") for i, c in enumerate(r))
        trs.append(f"        <tr>{tds}</tr>")
    body = "\n".join(trs)
    return f"""      <table class="{cls}">
        <caption>{caption}</caption>
        <thead><tr>{th}</tr></thead>
        <tbody>
{body}
        </tbody>
      </table>"""
