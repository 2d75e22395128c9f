"""Render documents as text the way writer-common.md describes (for validation)."""
import re
from html.parser import HTMLParser


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


class _H(HTMLParser):
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__()
        self.out, self.row, self.cell, self.skip = [], None, None, 0

    def handle_starttag(self, tag, a):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption", "br", "table"):
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
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption"):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.out.append(data)


def html_text(path):
    h = _H()
    h.feed(open(path, encoding="utf-8").read())
    return "".join(h.out)


def docx_text(path):
    import docx
    d = docx.Document(path)
    lines = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            lines.append(" | ".join(c.text for c in r.cells))
    return "\n".join(lines)


def _num(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        s = f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
        return s.replace(".", ",")
    return "" if v is None else str(v)


def xlsx_text(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    lines = []
    for ws in wb.worksheets:
        lines.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [_num(v) for v in row]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                lines.append(" | ".join(cells))
    return "\n".join(lines)


def doc_text(path):
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


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split()).lower()
