"""Extract plain text from a corpus document (for quote checking)."""
import html
import re
import sys

from pypdf import PdfReader


def text_of(path):
    if path.endswith(".pdf"):
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if path.endswith(".html"):
        s = open(path, encoding="utf-8").read()
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S)
        s = re.sub(r"</(td|th)>", " ", s)
        s = re.sub(r"<[^>]+>", " ", s)
        return html.unescape(s)
    if path.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(path)
        out = []
        for ws in wb.worksheets:
            out.append(f"## {ws.title}")
            for row in ws.iter_rows():
                cells = []
                for c in row:
                    v = c.value
                    if v is None:
                        continue
                    if isinstance(v, (int, float)) and "# ##0" in (c.number_format or ""):
                        v = ("-" if v < 0 else "") + f"{abs(int(round(v))):,}".replace(",", " ")
                    cells.append(str(v))
                if cells:
                    out.append(" ".join(cells))
        return "\n".join(out)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" ".join(c.text for c in r.cells))
        return "\n".join(out)
    return open(path, encoding="utf-8").read()


if __name__ == "__main__":
    print(text_of(sys.argv[1]))
