"""Render documents as text the way the question set's quotes are matched."""
import html.parser
import sys

import docx
import openpyxl
from pypdf import PdfReader


def num(v):
    if isinstance(v, float):
        s = repr(v) if v != int(v) else str(int(v))
        return s.replace(".", ",")
    return str(v)


class _H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell, self.incell = [], 0, None, [], False

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.incell, self.cell = True, []
        elif tag in ("p", "br", "h1", "h2", "li", "div", "caption"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.incell = False
            self.row.append(" ".join("".join(self.cell).split()))
        elif tag == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None

    def handle_data(self, d):
        if self.skip:
            return
        if self.incell:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def text(path):
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    if path.endswith(".html"):
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        return "".join(h.out)
    if path.endswith(".docx"):
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return "\n".join(out)
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(f"## {ws.title}")
            for r in ws.iter_rows(values_only=True):
                cells = [num(c) for c in r if c is not None]
                if cells:
                    out.append(" | ".join(cells))
        return "\n".join(out)
    return open(path, encoding="utf-8").read()


if __name__ == "__main__":
    print(text(sys.argv[1]))
