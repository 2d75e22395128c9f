"""Reader-visible text of each corpus document (used by validate.py)."""
import re
from html.parser import HTMLParser


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


class _Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "br", "tr", "blockquote", "footer", "header"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_of(path: str) -> str:
    p = path.lower()
    if p.endswith(".pdf"):
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages)
    if p.endswith((".html", ".htm")):
        v = _Vis()
        v.feed(open(path, encoding="utf-8").read())
        return "".join(v.out)
    if p.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells if c.text))
        return "\n".join(parts)
    if p.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" ".join(str(v) for v in row if v not in (None, "")))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()
