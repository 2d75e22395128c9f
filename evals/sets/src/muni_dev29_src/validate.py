"""Validator for evals/sets/dev/muni_dev29.jsonl (run from anywhere).

Checks keys, categories, ids, docs existence and that each quote occurs
(whitespace-normalised, lower-cased) in the extracted text of its documents.
Usage: python validate.py [--dump DOC]
"""
import collections
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
QFILE = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev29.jsonl")
CORPUS = "evals/corpora/dev-muni29"
PREFIX = "md29"
COUNTS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
          "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def sv_num(v):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


class _HTML(HTMLParser):
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "br", "caption", "table", "header", "footer", "nav"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None

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
        h = _HTML()
        h.feed(open(path, encoding="utf-8").read())
        return "".join(h.out)
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
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [sv_num(c) for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
        return 0
    errors = []
    cache = {}
    ids = set()
    cats = collections.Counter()
    lines = open(QFILE, encoding="utf-8").read().splitlines()
    keys = {"id", "corpus", "category", "language", "question", "history", "gold"}
    gkeys = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:  # noqa: BLE001
            errors.append(f"line {n}: bad json {e}")
            continue
        qid = q.get("id", f"line{n}")
        if set(q) != keys:
            errors.append(f"{qid}: keys {sorted(set(q) ^ keys)}")
        g = q.get("gold", {})
        if set(g) != gkeys:
            errors.append(f"{qid}: gold keys {sorted(set(g) ^ gkeys)}")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.fullmatch(PREFIX + r"-\d{3}", qid):
            errors.append(f"{qid}: bad id")
        if q.get("corpus") != CORPUS:
            errors.append(f"{qid}: corpus")
        cat = q.get("category")
        if cat not in COUNTS:
            errors.append(f"{qid}: category {cat}")
        cats[cat] += 1
        lang = q.get("language")
        if lang not in ("sv", "en") or (cat == "english") != (lang == "en"):
            errors.append(f"{qid}: language {lang}")
        if not isinstance(q.get("history"), list) or (cat == "followup") != bool(q.get("history")):
            errors.append(f"{qid}: history")
        if not q.get("question") or not g.get("answer"):
            errors.append(f"{qid}: empty question/answer")
        for num in g.get("numbers", []):
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errors.append(f"{qid}: number {num}")
        refused = g.get("refused")
        verdict = g.get("verdict")
        if not isinstance(refused, bool):
            errors.append(f"{qid}: refused not bool")
        if cat == "claim":
            if verdict not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: verdict {verdict}")
            if (verdict == "not_found") != bool(refused):
                errors.append(f"{qid}: not_found <-> refused")
        elif verdict is not None:
            errors.append(f"{qid}: verdict should be null")
        if cat == "unanswerable" and not refused:
            errors.append(f"{qid}: unanswerable must be refused")
        if refused and (g.get("docs") or g.get("quotes") or g.get("numbers")):
            errors.append(f"{qid}: refused with docs/quotes/numbers")
        if not refused and (not g.get("docs") or not g.get("quotes")):
            errors.append(f"{qid}: missing docs/quotes")
        if cat == "multi_doc" and len(g.get("docs", [])) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for doc in g.get("docs", []):
            if not doc.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc path {doc}")
            p = os.path.join(ROOT, doc)
            if not os.path.exists(p):
                errors.append(f"{qid}: missing doc {doc}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for quote in g.get("quotes", []):
            if not any(norm(quote) in t for t in texts):
                errors.append(f"{qid}: quote not found: {quote!r}")
        for doc in g.get("docs", []):
            p = os.path.join(ROOT, doc)
            if p in cache and not any(norm(qt) in cache[p] for qt in g.get("quotes", [])):
                errors.append(f"{qid}: no quote from doc {doc}")
    for c, k in COUNTS.items():
        if cats[c] != k:
            errors.append(f"count {c}: {cats[c]} != {k}")
    print("questions:", len(lines))
    for c in COUNTS:
        print(f"  {c}: {cats[c]}")
    if errors:
        print("FAILED")
        for e in errors:
            print(" ", e)
        return 1
    print("validation passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
