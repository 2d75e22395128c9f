"""Render documents as text the way writer-common.md describes (for quote validation)."""
import html.parser, re
from pypdf import PdfReader
import docx, openpyxl


def pdf_text(path):
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


class _H(html.parser.HTMLParser):
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__()
        self.out = []; self.skip = 0; self.row = None; self.cell = None

    def handle_starttag(self, t, a):
        if t in self.SKIP: self.skip += 1
        elif t == "tr": self.row = []
        elif t in ("td", "th") and self.row is not None: self.cell = []
        elif t in ("p", "br", "h1", "h2", "h3", "li", "div", "caption"): self.out.append("\n")

    def handle_endtag(self, t):
        if t in self.SKIP: self.skip -= 1
        elif t in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split())); self.cell = None
        elif t == "tr" and self.row is not None:
            self.out.append("\n" + " | ".join(self.row) + "\n"); self.row = None

    def handle_data(self, data):
        if self.skip: return
        if self.cell is not None: self.cell.append(data)
        elif self.row is None: self.out.append(data)


def html_text(path):
    h = _H(); h.feed(open(path, encoding="utf-8").read()); return "".join(h.out)


def docx_text(path):
    d = docx.Document(path); out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def _cell(v):
    if v is None: return ""
    if isinstance(v, float):
        if v.is_integer(): return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True); out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [_cell(v) for v in row]
            while cells and cells[-1] == "": cells.pop()
            if cells: out.append(" | ".join(cells))
    return "\n".join(out)


def text(path):
    p = path.lower()
    if p.endswith(".pdf"): return pdf_text(path)
    if p.endswith((".html", ".htm")): return html_text(path)
    if p.endswith(".docx"): return docx_text(path)
    if p.endswith(".xlsx"): return xlsx_text(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()
