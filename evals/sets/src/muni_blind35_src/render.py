"""Render corpus documents to text the way the validator expects (pypdf / ' | ' rows)."""
import re
import sys
from html.parser import HTMLParser

import docx
import openpyxl
from pypdf import PdfReader


def pdf_text(path):
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.row, self.cell, self.incell, self.skip = [], None, [], False, 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "tr":
            self.row = []
        if tag in ("td", "th"):
            self.incell, self.cell = True, []
        if tag in ("p", "h1", "h2", "li", "div", "br", "caption"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in ("td", "th"):
            self.row.append(" ".join("".join(self.cell).split()))
            self.incell = False
        if tag == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None

    def handle_data(self, d):
        if self.skip:
            return
        if self.incell:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def html_text(path):
    h = _H()
    h.feed(open(path, encoding="utf-8").read())
    return "".join(h.out)


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
        s = repr(v)
        if s.endswith(".0"):
            s = s[:-2]
        return s.replace(".", ",")
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
            out.append(" | ".join(cells))
    return "\n".join(out)


def text(path):
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


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print("=====", p)
        print(text(p))
