import sys, re, os, html.parser, zipfile
import pypdf, docx, openpyxl

def num_sv(v, fmt=""):
    if isinstance(v, bool): return str(v)
    if isinstance(v, (int, float)):
        if isinstance(v, int) and "." not in fmt: return str(v)
        v = float(v)
        if v.is_integer() and "." not in fmt: return str(int(v))
        dec = len(fmt.split(".")[1]) if "." in fmt else None
        s = f"{v:.{dec}f}" if dec is not None else repr(v)
        return s.replace(".", ",")
    return str(v)

class H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.row = None; self.cell = None; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ("script", "style"): self.skip += 1
        if t == "tr": self.row = []
        if t in ("td", "th"): self.cell = []
    def handle_endtag(self, t):
        if t in ("script", "style"): self.skip -= 1
        if t in ("td", "th") and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split())); self.cell = None
        elif t == "tr":
            self.out.append(" | ".join(self.row)); self.row = None
        elif t in ("p", "h1", "h2", "h3", "li", "div", "caption", "button"):
            self.out.append("\n")
    def handle_data(self, d):
        if self.skip: return
        if self.cell is not None: self.cell.append(d)
        elif self.row is None: self.out.append(d)

def text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        h = H(); h.feed(open(path, encoding="utf-8").read()); return "\n".join(h.out)
    if ext == "docx":
        d = docx.Document(path); out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows: out.append(" | ".join(c.text for c in r.cells))
        return "\n".join(out)
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True); out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for r in ws.iter_rows():
                cells = [num_sv(c.value, c.number_format) for c in r if c.value is not None]
                if cells: out.append(" | ".join(cells))
        return "\n".join(out)
    raise ValueError(path)

if __name__ == "__main__":
    print(text(sys.argv[1]))
