"""Render corpus documents to text the way the question set's quotes read."""
import html.parser, re
from pypdf import PdfReader
import docx, openpyxl


def num_sv(v, fmtcode):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, (int, float)):
        dec = 0
        m = re.search(r"0\.(0+)", fmtcode or "")
        if m:
            dec = len(m.group(1))
        elif v != int(v):
            dec = len(repr(v).split(".")[1])
        return f"{v:.{dec}f}".replace(".", ",")
    return str(v)


class _H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.row = None; self.cell = None; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ("script", "style"): self.skip += 1
        if t == "tr": self.row = []
        if t in ("td", "th"): self.cell = []
        if t in ("p", "h1", "h2", "li", "div", "caption", "br"): self.out.append("\n")
    def handle_endtag(self, t):
        if t in ("script", "style"): self.skip -= 1
        if t in ("td", "th") and self.row is not None:
            self.row.append("".join(self.cell).strip()); self.cell = None
        elif t == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n"); self.row = None
        if t in ("p", "h1", "h2", "li", "div", "caption"): self.out.append("\n")
    def handle_data(self, d):
        if self.skip: return
        if self.cell is not None: self.cell.append(d)
        elif self.row is None: self.out.append(d)


def render(path):
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    if path.endswith(".html"):
        h = _H(); h.feed(open(path, encoding="utf-8").read()); return "".join(h.out)
    if path.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows():
                cells = [num_sv(c.value, c.number_format) for c in row if c.value is not None]
                if cells: parts.append(" | ".join(cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


if __name__ == "__main__":
    import sys
    for p in sys.argv[1:]:
        print("=====", p); print(render(p))
