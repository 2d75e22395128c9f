"""Render documents to text the way the quotes are checked (see WRITING.md)."""
import sys
from html.parser import HTMLParser

import docx
import openpyxl
from pypdf import PdfReader


def pdf_text(path):
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(path).pages)


class _H(HTMLParser):
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__()
        self.out, self.cur, self.cells, self.cell, self.skip = [], [], None, None, 0

    def handle_starttag(self, tag, a):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "tr":
            self.cells = []
        elif tag in ("td", "th") and self.cells is not None:
            self.cell = []
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "br", "caption", "nav", "header", "footer", "table"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.cells.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.cells is not None:
            self.flush()
            self.out.append(" | ".join(self.cells))
            self.cells = None
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "caption", "nav", "header", "footer"):
            self.flush()

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        elif self.cells is None:
            self.cur.append(d)

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.out.append(t)
        self.cur = []


def html_text(path):
    h = _H()
    h.feed(open(path, encoding="utf-8").read())
    h.flush()
    return "\n".join(h.out)


def docx_text(path):
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def _cell(v):
    if v is None:
        return ""
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [_cell(v) for v in row]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                out.append(" | ".join(cells))
    return "\n".join(out)


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


if __name__ == "__main__":
    for a in sys.argv[1:]:
        print("=====", a)
        print(text_of(a))
