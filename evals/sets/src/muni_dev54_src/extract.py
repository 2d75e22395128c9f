"""Render corpus documents to text lines the way quotes are checked."""
import os
from html.parser import HTMLParser

BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "ul", "ol", "table", "thead", "tbody", "caption",
         "header", "footer", "nav", "main", "article", "aside", "section", "br", "form", "button"}


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines, self.cur, self.skip = [], [], 0
        self.row, self.cell, self.in_cell = None, [], False

    def flush(self):
        s = " ".join("".join(self.cur).split())
        if s:
            self.lines.append(s)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag == "tr":
            self.flush()
            self.row = []
        elif tag in ("td", "th"):
            self.in_cell, self.cell = True, []
        elif tag in BLOCK and not self.in_cell:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.in_cell = False
            self.row.append(" ".join("".join(self.cell).split()))
        elif tag == "tr":
            self.lines.append(" | ".join(self.row))
            self.row = None
        elif tag in BLOCK and not self.in_cell:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        (self.cell if self.in_cell else self.cur).append(data)


def xl_val(v):
    if v is None:
        return None
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def lines_of(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        from pypdf import PdfReader
        out = []
        for pg in PdfReader(path).pages:
            out += pg.extract_text().split("\n")
        return out
    if ext in (".txt", ".md"):
        return open(path, encoding="utf-8").read().split("\n")
    if ext in (".html", ".htm"):
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        h.flush()
        return h.lines
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return out
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            for r in ws.iter_rows(values_only=True):
                cells = [xl_val(v) for v in r]
                cells = [c for c in cells if c is not None and c != ""]
                if cells:
                    out.append(" | ".join(cells))
        return out
    raise ValueError(path)


def norm(s):
    return " ".join(s.split()).lower()


if __name__ == "__main__":
    import sys
    for p in sys.argv[1:]:
        print("=" * 20, p)
        for i, l in enumerate(lines_of(p)):
            print(l)
