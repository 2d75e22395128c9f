"""Validate evals/sets/dev/muni_dev49.jsonl against the dev-muni49 corpus."""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev49.jsonl")
CORPUS = "evals/corpora/dev-muni49"
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def num_sv(v):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        s = repr(v)
        if s.endswith(".0"):
            s = s[:-2]
        return s.replace(".", ",")
    return str(v)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.row, self.cell, self.incell, self.skip = [], None, [], False, 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.incell, self.cell = True, []

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.row.append("".join(self.cell).strip())
            self.incell = False
        elif tag == "tr":
            self.out.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "li", "h1", "h2", "h3", "caption", "div", "nav", "button"):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.incell:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext in ("html", "htm"):
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        return "\n".join(h.out)
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
                cells = [num_sv(c) for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    raise ValueError(path)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errors = []
    items = [json.loads(l) for l in open(SET, encoding="utf-8") if l.strip()]
    cache = {}
    ids = set()
    for n, q in enumerate(items, 1):
        qid = q.get("id")
        keys = {"id", "corpus", "category", "language", "question", "history", "gold"}
        if set(q) != keys:
            errors.append(f"{qid}: keys {sorted(q)}")
            continue
        if qid != f"md49-{n:03d}" or qid in ids:
            errors.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if q["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        if q["category"] not in CATS:
            errors.append(f"{qid}: category {q['category']}")
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errors.append(f"{qid}: history")
        for x in g["numbers"]:
            if set(x) != {"value", "unit"} or x["unit"] not in UNITS or not isinstance(x["value"], (int, float)):
                errors.append(f"{qid}: number {x}")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errors.append(f"{qid}: verdict")
        if (q["category"] == "claim") != (g["verdict"] is not None):
            errors.append(f"{qid}: verdict/category mismatch")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused with docs/quotes")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if g["verdict"] == "not_found" and not g["refused"]:
            errors.append(f"{qid}: not_found must be refused")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for dpath in g["docs"]:
            if not dpath.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc prefix {dpath}")
            full = os.path.join(ROOT, dpath)
            if not os.path.exists(full):
                errors.append(f"{qid}: missing doc {dpath}")
                continue
            if full not in cache:
                cache[full] = norm(extract(full))
            texts.append(cache[full])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qt!r}")
    cnt = Counter(q["category"] for q in items)
    for c, k in CATS.items():
        if cnt.get(c, 0) != k:
            errors.append(f"count {c}: {cnt.get(c, 0)} != {k}")
    for c in CATS:
        print(f"{c}: {cnt.get(c, 0)}")
    print("total:", len(items))
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} errors")
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for p in sys.argv[2:]:
            print(f"===== {p}")
            print(extract(p))
    else:
        main()
