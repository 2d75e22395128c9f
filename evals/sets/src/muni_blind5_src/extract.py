"""Visible-text extraction per format, whitespace-collapsed."""
import re, os


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        return "\n".join(p.extract_text() for p in r.pages)
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        from html.parser import HTMLParser
        out = []

        class P(HTMLParser):
            skip = 0
            def handle_starttag(self, tag, a):
                if tag in ("script", "style"): self.skip += 1
                if tag in ("tr", "p", "li", "h1", "h2", "div", "caption", "br"): out.append("\n")
            def handle_endtag(self, tag):
                if tag in ("script", "style"): self.skip -= 1
                if tag in ("td", "th"): out.append(" ")
            def handle_data(self, d):
                if not self.skip: out.append(d)
        P().feed(open(path, encoding="utf-8").read())
        return "".join(out)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)  # formulas kept as text; values computed below
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells = [str(c) for c in row if c is not None]
                if cells:
                    parts.append(" ".join(cells))
        return "\n".join(parts)
    raise ValueError(ext)
