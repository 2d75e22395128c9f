"""Reader-visible text of corpus documents (pypdf for PDF, visible HTML text, DOCX paragraphs+tables,
XLSX cells as displayed with Swedish number formatting)."""
import re
from html.parser import HTMLParser

import docx
import openpyxl
import pypdf


class _Vis(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "br", "tr", "td", "th"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def _disp(v, fmt):
    if v is None:
        return ""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if fmt.endswith("%"):
            dec = len(fmt.split(".")[1].rstrip("%")) if "." in fmt else 0
            return f"{v * 100:.{dec}f}".replace(".", ",") + "%"
        if "#,##0" in fmt:
            return f"{v:,.0f}".replace(",", " ")
        return str(v)
    return str(v)


def text(path):
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if path.endswith(".html"):
        v = _Vis()
        v.feed(open(path, encoding="utf-8").read())
        return "".join(v.out)
    if path.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.endswith(".xlsx"):
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            parts.append(f"[{ws.title}]")
            for row in ws.iter_rows():
                cells = [_disp(c.value, c.number_format) for c in row]
                parts.append(" ".join(x for x in cells if x != ""))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()
