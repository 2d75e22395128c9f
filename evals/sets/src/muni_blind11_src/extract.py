"""Extract the reader-visible text of a corpus document (pdf/html/docx/xlsx/md/txt)."""
import re
import sys
from html.parser import HTMLParser


class _Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in ("p", "li", "h1", "h2", "h3", "div", "br", "tr", "header", "footer", "nav", "ul"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        if tag in ("p", "li", "h1", "h2", "h3", "div"):
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def _cell(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v}".replace(".", ",")
    return str(v)


def extract(path):
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    if path.endswith(".html"):
        v = _Vis()
        v.feed(open(path, encoding="utf-8").read())
        return "".join(v.out)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            parts.append(f"[{ws.title}]")
            for row in ws.iter_rows(values_only=True):
                cells = [_cell(c) for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                parts.append(" ".join(c for c in cells if c != ""))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


if __name__ == "__main__":
    print(extract(sys.argv[1]))
