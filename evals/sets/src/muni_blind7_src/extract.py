"""Independent text extraction used by the validator (pypdf / html visible text / xlsx rows / docx)."""
import re
from html.parser import HTMLParser


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


class _Vis(HTMLParser):
    SKIP = {"script", "style", "head"}
    BLOCK = {"p", "div", "tr", "li", "h1", "h2", "h3", "table", "caption", "thead", "tbody", "ul", "nav", "header", "footer", "article", "aside", "main", "section", "br"}

    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path):
    v = _Vis()
    v.feed(open(path, encoding="utf-8").read())
    return "".join(v.out)


def xlsx_text(path):
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = [str(c) for c in row if c is not None and str(c) != ""]
            if cells:
                lines.append(" ".join(cells))
    return "\n".join(lines)


def docx_text(path):
    from docx import Document
    d = Document(path)
    lines = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            lines.append(" ".join(c.text for c in r.cells))
    return "\n".join(lines)


def doc_text(path):
    if path.endswith(".pdf"):
        return pdf_text(path)
    if path.endswith(".html"):
        return html_text(path)
    if path.endswith(".xlsx"):
        return xlsx_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    return open(path, encoding="utf-8").read()
