"""Reader-visible text of each corpus document, whitespace-normalised."""
import re
from html.parser import HTMLParser


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip = 0
        self.out = []

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def text_of(path):
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return norm("\n".join(p.extract_text() for p in PdfReader(path).pages))
    if path.endswith(".html"):
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        return norm(" ".join(h.out))
    if path.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path)
        lines = []
        for ws in wb.worksheets:
            lines.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [str(c).replace(".", ",") if isinstance(c, float) else str(c) for c in row if c is not None]
                lines.append(" ".join(cells))
        return norm("\n".join(lines))
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return norm("\n".join(parts))
    if path.endswith(".md"):
        lines = []
        for ln in open(path, encoding="utf-8").read().splitlines():
            if re.fullmatch(r"\|?[\s:\-|]+\|?", ln) and "-" in ln:
                continue
            ln = re.sub(r"^#+\s*", "", ln).replace("**", "")
            ln = re.sub(r"^-\s+", "", ln)
            ln = ln.replace("|", " ")
            lines.append(ln)
        return norm("\n".join(lines))
    return norm(open(path, encoding="utf-8").read())
