"""Reader-visible text of each corpus document (used by validate.py)."""
import re
from html.parser import HTMLParser
import pypdf, docx, openpyxl


class _Vis(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__()
        self.out, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.out.append(data)


def _cell(v, fmt):
    if v is None:
        return ""
    if isinstance(v, float):
        dec = len(fmt.split(".")[1]) if "." in fmt else 1
        return f"{v:.{dec}f}"
    return str(v)


def text(path):
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if path.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows():
                parts.append(" ".join(_cell(c.value, c.number_format) for c in row))
        return "\n".join(parts)
    if path.endswith(".html"):
        p = _Vis()
        p.feed(open(path, encoding="utf-8").read())
        return " ".join(p.out)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()
