"""Text extraction used by validate.py (pypdf / python-docx / openpyxl / visible HTML text / raw)."""
import re
from html.parser import HTMLParser
from pathlib import Path


class _Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in ("tr", "p", "li", "h1", "h2", "br", "div", "caption"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in ("td", "th"):
            self.parts.append(" | ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def pages(path):
    """List of page texts (one item for non-PDF)."""
    path = Path(path)
    suf = path.suffix.lower()
    if suf == ".pdf":
        from pypdf import PdfReader
        return [p.extract_text() for p in PdfReader(str(path)).pages]
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return ["\n".join(out)]
    if suf == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = ["" if v is None else str(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    out.append(" | ".join(cells))
        return ["\n".join(out)]
    raw = path.read_text(encoding="utf-8")
    if suf in (".html", ".htm"):
        v = _Vis()
        v.feed(raw)
        return ["".join(v.parts)]
    return [raw]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()
