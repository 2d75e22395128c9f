"""Text rendering of corpus documents as described in writer-common.md."""
import html.parser
import pypdf
import docx
import openpyxl


def num_sv(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


class _HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines, self.cur, self.row, self.cell, self.in_cell, self.skip = [], [], None, [], False, 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.flush(); self.row = []
        elif tag in ("td", "th"):
            self.in_cell = True; self.cell = []
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "br", "table", "article", "header", "footer", "nav"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.in_cell = False
            if self.row is not None:
                self.row.append(" ".join("".join(self.cell).split()))
        elif tag == "tr":
            if self.row is not None:
                self.lines.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "table"):
            self.flush()

    def handle_data(self, d):
        if self.skip:
            return
        if self.in_cell:
            self.cell.append(d)
        elif self.row is None:
            self.cur.append(d)

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.lines.append(t)
        self.cur = []


def extract(path):
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
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
            out.append("## " + ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [num_sv(c) for c in row if c is not None]
                if cells:
                    out.append(" | ".join(cells))
        return "\n".join(out)
    if path.endswith(".html"):
        p = _HP()
        p.feed(open(path, encoding="utf-8").read())
        p.flush()
        return "\n".join(p.lines)
    return open(path, encoding="utf-8").read()


if __name__ == "__main__":
    import sys
    for f in sys.argv[1:]:
        print("=====", f)
        print(extract(f))
