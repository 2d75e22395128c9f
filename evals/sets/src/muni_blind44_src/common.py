"""Shared helpers: number formatting, PDF layout (fpdf2), reproducible DOCX/XLSX."""
import datetime
import io
import os
import zipfile

from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_DT = datetime.datetime(2025, 1, 15, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fmt(x, dec=1, neg="-", thousands=True):
    """Swedish number format: '2 018,4'; neg style '-' -> '-26,1', 'dash' -> '– 26,1', 'paren' -> '(26,1)'."""
    v = round(abs(x), dec)
    s = f"{v:,.{dec}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", " " if thousands else "")
    if x < 0 and round(abs(x), dec) != 0:
        if neg == "dash":
            return "– " + s
        if neg == "paren":
            return "(" + s + ")"
        return "-" + s
    return s


class Pdf(FPDF):
    def __init__(self, running_head, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.running_head = running_head
        self.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
        self.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
        self.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages()
        self.no_head = set()

    def header(self):
        if self.page_no() in self.no_head:
            return
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.running_head, align="R")
        self.ln(10)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() in self.no_head:
            return
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"Sida {self.page_no()} av {{nb}}", align="C")

    # content helpers
    def title_page(self, lines, sub):
        self.add_page()
        self.no_head.add(self.page_no())
        self.set_y(80)
        self.set_font("DejaVu", "B", 26)
        for ln_ in lines:
            self.cell(0, 14, ln_, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(8)
        self.set_font("DejaVu", "", 12)
        for s in sub:
            self.cell(0, 8, s, align="C", new_x="LMARGIN", new_y="NEXT")

    def h1(self, text):
        self.set_font("DejaVu", "B", 16)
        self.multi_cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def h2(self, text):
        self.ln(2)
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def para(self, text):
        self.set_font("DejaVu", "", 10)
        self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def bullets(self, items):
        self.set_font("DejaVu", "", 10)
        for it in items:
            self.multi_cell(0, 5.2, "• " + it, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def note(self, text):
        self.set_font("DejaVu", "I", 8)
        self.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, caption, header_lines, rows, widths, fs=8.5):
        """rows: list of (kind, cells); kind in {'row','section','sum'}."""
        if caption:
            self.set_font("DejaVu", "B", 10)
            self.cell(0, 6, caption, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", fs)
        self.set_fill_color(225, 232, 240)
        for hl in header_lines:
            for i, h in enumerate(hl):
                self.cell(widths[i], 5, h, align="L" if i == 0 else "R", fill=True)
            self.ln(5)
        for kind, cells in rows:
            self.set_font("DejaVu", "B" if kind in ("section", "sum") else "", fs)
            if kind == "section":
                self.cell(sum(widths), 5, cells[0])
                self.ln(5)
                continue
            border = "T" if kind == "sum" else 0
            for i, c in enumerate(cells):
                self.cell(widths[i], 5, c, align="L" if i == 0 else "R", border=border)
            self.ln(5)
        self.ln(3)


def fix_zip(path, core_replace=None):
    """Rewrite an OOXML zip with fixed timestamps and fixed core properties."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml" and core_replace:
                import re
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_replace + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_replace + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def save_docx(doc, path, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    doc.save(path)
    fix_zip(path, "2025-01-15T09:00:00Z")


def save_xlsx(wb, path, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(path)
    fix_zip(path, "2025-01-15T09:00:00Z")


def html_page(site, title, nav, breadcrumbs, body, date_label, date, footer_lines):
    nav_html = "\n".join(f'        <li><a href="/{n.lower().replace(" ", "-")}">{n}</a></li>' for n in nav)
    foot = "\n".join(f"      <p>{l}</p>" for l in footer_lines)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <title>{title} - {site}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/css/main.css">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
  <style>.cookie-banner{{position:fixed;bottom:0}} table{{border-collapse:collapse}}</style>
</head>
<body>
  <div class="cookie-banner" id="cookie-banner">
    <p>Vi använder kakor (cookies) för att förbättra din upplevelse av webbplatsen. Nödvändiga kakor behövs för att webbplatsen ska fungera.</p>
    <button type="button">Acceptera alla kakor</button> <button type="button">Endast nödvändiga</button>
    <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <a class="skip" href="#main">Till innehållet</a>
    <form role="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
    <nav aria-label="Huvudmeny">
      <ul>
{nav_html}
      </ul>
    </nav>
  </header>
  <nav class="breadcrumbs" aria-label="Brödsmulor"><a href="/">Start</a> / {' / '.join(breadcrumbs)}</nav>
  <main id="main">
    <article>
      <h1>{title}</h1>
{body}
      <p class="updated">{date_label}: {date}</p>
    </article>
  </main>
  <footer class="site-footer">
{foot}
      <p><a href="/om-webbplatsen/tillganglighetsredogorelse">Tillgänglighetsredogörelse</a> | <a href="/om-webbplatsen/personuppgifter">Personuppgifter</a> | <a href="/om-webbplatsen/kakor">Kakor</a></p>
  </footer>
</body>
</html>
"""


def html_table(caption, header, rows):
    th = "".join(f"<th>{h}</th>" for h in header)
    trs = "\n".join("          <tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"""      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>{th}</tr>
        </thead>
        <tbody>
{trs}
        </tbody>
      </table>"""
