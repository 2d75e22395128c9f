"""Text extraction as a reader sees it (used by validate.py)."""
import re
from html.parser import HTMLParser


class _Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def pages(path):
    """list of page texts for PDFs, else [whole text]"""
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return [p.extract_text() for p in PdfReader(path).pages]
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return ["\n".join(out)]
    if path.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [str(c) for c in row if c is not None]
                if cells:
                    out.append(" | ".join(cells))
        return ["\n".join(out)]
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        v = _Vis()
        v.feed(raw)
        return [" ".join(v.parts)]
    return [raw]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()
