"""Render documents as text the way writer-common.md describes (for quote validation)."""
import re
from html.parser import HTMLParser

import docx
import openpyxl
import pypdf


def pdf_text(p):
    return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.row, self.cell, self.skip = [], None, None, 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "br", "caption"):
            self.out.append("\n")

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def html_text(p):
    h = _H()
    h.feed(open(p, encoding="utf-8").read())
    return "\n".join(h.out)


def docx_text(p):
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def _cell(v):
    if v is None:
        return ""
    if isinstance(v, float):
        s = f"{v}".rstrip("0").rstrip(".") if "." in f"{v}" else f"{v}"
        return s.replace(".", ",")
    return str(v)


def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [_cell(v) for v in row]
            while cells and cells[-1] == "":
                cells.pop()
            out.append(" | ".join(cells))
    return "\n".join(out)


def text_of(p):
    if p.endswith(".pdf"):
        return pdf_text(p)
    if p.endswith((".html", ".htm")):
        return html_text(p)
    if p.endswith(".docx"):
        return docx_text(p)
    if p.endswith(".xlsx"):
        return xlsx_text(p)
    return open(p, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


if __name__ == "__main__":
    import sys
    for f in sys.argv[1:]:
        print("=====", f)
        print(text_of(f))
