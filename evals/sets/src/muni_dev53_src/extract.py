"""Render corpus documents as text the way the question quotes read them."""
import html.parser
import os

import docx
import openpyxl
import pypdf


def _num(v):
    if isinstance(v, float):
        s = f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
        return s.replace(".", ",")
    return str(v)


class _H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines, self.cur, self.row, self.cell = [], [], None, None
        self.skip = 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption", "br", "nav", "footer", "header"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.flush()
            self.lines.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption"):
            self.flush()

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        else:
            self.cur.append(d)

    def flush(self):
        s = " ".join("".join(self.cur).split())
        if s:
            self.lines.append(s)
        self.cur = []


def lines(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        out = []
        for p in pypdf.PdfReader(path).pages:
            out.extend((p.extract_text() or "").split("\n"))
        return out
    if ext in (".txt", ".md"):
        return open(path, encoding="utf-8").read().split("\n")
    if ext in (".html", ".htm"):
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        h.flush()
        return h.lines
    if ext == ".docx":
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for r in tb.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return out
    if ext == ".xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for r in ws.iter_rows(values_only=True):
                cells = [_num(v) for v in r if v is not None]
                if cells:
                    out.append(" | ".join(cells))
        return out
    raise ValueError(path)


if __name__ == "__main__":
    import sys
    for p in sys.argv[1:]:
        print("=====", p)
        for i, l in enumerate(lines(p)):
            print(l)
