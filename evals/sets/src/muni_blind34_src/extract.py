"""Render corpus documents as text the way the validator reads them."""
import re
import html as htmlmod
from html.parser import HTMLParser
import pypdf
import docx
import openpyxl


def pdf_text(path):
    r = pypdf.PdfReader(path)
    return "\n".join(p.extract_text() for p in r.pages)


class _H(HTMLParser):
    SKIP = {"script", "style"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "li", "tr", "table", "header", "footer", "nav", "main", "article", "ul", "thead", "tbody", "title", "button", "form"}

    def __init__(self):
        super().__init__()
        self.out = []
        self.row = None
        self.cell = None
        self.skip = 0

    def handle_starttag(self, tag, a):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        else:
            self.out.append(d)


def html_text(path):
    h = _H()
    h.feed(open(path, encoding="utf-8").read())
    return "".join(h.out)


def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def _num(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v == int(v) and abs(v) >= 1000:
            return str(int(v))
        s = f"{v:.2f}".rstrip("0").rstrip(".")
        return s.replace(".", ",")
    return str(v)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [_num(c) for c in row if c is not None]
            if cells:
                parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_of(path):
    p = path.lower()
    if p.endswith(".pdf"):
        return pdf_text(path)
    if p.endswith(".html") or p.endswith(".htm"):
        return html_text(path)
    if p.endswith(".docx"):
        return docx_text(path)
    if p.endswith(".xlsx"):
        return xlsx_text(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()
