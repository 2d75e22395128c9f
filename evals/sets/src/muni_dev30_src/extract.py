"""Render documents to text the way the quotes must read (pypdf lines, ' | ' rows for tables)."""
import re
import sys
from html.parser import HTMLParser


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def fmt_cell(v):
    if v is None:
        return ""
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(round(v, 6)).replace(".", ",")
    return str(v)


def xlsx_text(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [fmt_cell(v) for v in row]
            while cells and cells[-1] == "":
                cells.pop()
            out.append(" | ".join(cells))
    return "\n".join(out)


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
        elif tag in ("p", "h1", "h2", "h3", "li", "caption", "div"):
            self.out.append("\n")

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def html_text(path):
    h = _H()
    h.feed(open(path, encoding="utf-8").read())
    return "\n".join(h.out)


def text_of(path):
    p = path.lower()
    if p.endswith(".pdf"):
        return pdf_text(path)
    if p.endswith(".docx"):
        return docx_text(path)
    if p.endswith(".xlsx"):
        return xlsx_text(path)
    if p.endswith((".html", ".htm")):
        return html_text(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print("=" * 20, p)
        print(text_of(p))
