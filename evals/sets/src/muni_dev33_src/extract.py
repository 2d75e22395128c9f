"""Text rendering of corpus documents as the validator reads them."""
import html.parser
import re

import docx
import openpyxl
from pypdf import PdfReader


def pdf_text(path):
    r = PdfReader(path)
    return "\n".join(p.extract_text() or "" for p in r.pages)


class _H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.row = None
        self.cell = None
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption", "br"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append("".join(self.cell).strip())
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
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def _cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [_cell(v) for v in row]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_of(path):
    if path.endswith(".pdf"):
        return pdf_text(path)
    if path.endswith(".html"):
        return html_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".xlsx"):
        return xlsx_text(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()
