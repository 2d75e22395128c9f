"""Text extraction used by validate.py (pypdf / python-docx / openpyxl / raw / html visible text)."""
import re
from html.parser import HTMLParser
from pathlib import Path


class _Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def pages(path):
    """Return a list of text units (PDF pages, or one unit for other formats)."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pypdf
        return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return ["\n".join(parts)]
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = ["" if v is None else str(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    parts.append(" | ".join(cells))
        return ["\n".join(parts)]
    raw = path.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        v = _Vis()
        v.feed(raw)
        return ["".join(v.out)]
    return [raw]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()
