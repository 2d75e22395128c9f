"""Text extraction used by the validator (pypdf lines; ' | ' table rows for HTML/DOCX/XLSX)."""
from html.parser import HTMLParser

import docx
import openpyxl
import pypdf


def pdf_text(path):
    r = pypdf.PdfReader(path)
    return "\n".join(p.extract_text() for p in r.pages)


class _H(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell = [], 0, None, None

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption", "br"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


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
        if v.is_integer():
            return str(int(v))
        return repr(round(v, 6)).replace(".", ",")
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
    if p.endswith((".html", ".htm")):
        return html_text(path)
    if p.endswith(".docx"):
        return docx_text(path)
    if p.endswith(".xlsx"):
        return xlsx_text(path)
    return open(path, encoding="utf-8").read()
