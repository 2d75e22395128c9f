"""Validate muni_blind46.jsonl: keys, categories, docs exist, quotes occur in extracted text."""
import collections
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind46.jsonl")
CORPUS = "evals/corpora/blind-muni46"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell = [], 0, None, None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption", "header", "footer", "nav"):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if ext in ("html", "htm"):
        p = HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        return "\n".join(p.out)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == "xlsx":
        import openpyxl
        from helpers import xl_render
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [xl_render(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()


def main():
    errors = []
    counts = collections.Counter()
    cache = {}
    ids = set()
    with open(SET, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        tag = q.get("id", f"line{n}")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{tag}: keys {sorted(q)}")
            continue
        if q["id"] in ids:
            errors.append(f"{tag}: duplicate id")
        ids.add(q["id"])
        if not re.fullmatch(r"mb46-\d{3}", q["id"]):
            errors.append(f"{tag}: bad id")
        if q["corpus"] != CORPUS:
            errors.append(f"{tag}: corpus")
        if q["category"] not in CATS:
            errors.append(f"{tag}: category {q['category']}")
        counts[q["category"]] += 1
        if q["language"] not in ("sv", "en"):
            errors.append(f"{tag}: language")
        if (q["category"] == "english") != (q["language"] == "en"):
            errors.append(f"{tag}: english/language mismatch")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errors.append(f"{tag}: history")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{tag}: gold keys {sorted(g)}")
            continue
        if not g["answer"]:
            errors.append(f"{tag}: empty answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errors.append(f"{tag}: number {num}")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errors.append(f"{tag}: verdict")
        if (q["category"] == "claim") != (g["verdict"] is not None):
            errors.append(f"{tag}: verdict only for claims")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{tag}: refused but docs/quotes/numbers")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{tag}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{tag}: unanswerable not refused")
        if g["verdict"] == "not_found" and not g["refused"]:
            errors.append(f"{tag}: not_found must be refused")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{tag}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{tag}: doc path {d}")
            p = os.path.join(ROOT, d)
            if not os.path.exists(p):
                errors.append(f"{tag}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errors.append(f"{tag}: quote not found: {qu!r}")
        for d in g["docs"]:
            p = os.path.join(ROOT, d)
            if p in cache and not any(norm(qu) in cache[p] for qu in g["quotes"]):
                errors.append(f"{tag}: doc without a quote: {d}")
    for c, k in CATS.items():
        if counts[c] != k:
            errors.append(f"count {c}: {counts[c]} != {k}")
    print("total", sum(counts.values()))
    for c in CATS:
        print(f"  {c}: {counts[c]}")
    if errors:
        print("FAILED")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for f in sys.argv[2:]:
            print("=====", f)
            print(extract(f))
    else:
        main()
