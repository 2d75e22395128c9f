"""Validate evals/sets/dev/muni_dev35.jsonl against the dev-muni35 corpus.
Run: python validate.py [--dump FILE]  (dump prints the extracted text of a document)."""
import collections
import html.parser
import json
import os
import re
import sys

import docx
import openpyxl
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev35.jsonl")
CORPUS = "evals/corpora/dev-muni35"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines, self.cur, self.row, self.cell, self.incell = [], [], None, [], False
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "tr":
            self.row = []
        if tag in ("td", "th"):
            self.incell, self.cell = True, []
        if tag in ("p", "h1", "h2", "h3", "li", "br", "div", "caption", "table", "tr"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in ("td", "th") and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.incell = False
        elif tag == "tr" and self.row is not None:
            self.lines.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption"):
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        if self.incell:
            self.cell.append(data)
        elif self.row is None:
            self.cur.append(data)

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.lines.append(t)
        self.cur = []


def xl(v):
    if v is None:
        return ""
    if isinstance(v, float):
        s = repr(v)
        return s.replace(".", ",")
    return str(v)


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "html":
        h = H()
        h.feed(open(path, encoding="utf-8").read())
        h.flush()
        return "\n".join(h.lines)
    if ext == "docx":
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return "\n".join(out)
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(f"[{ws.title}]")
            for row in ws.iter_rows(values_only=True):
                cells = [xl(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    out.append(" | ".join(cells))
        return "\n".join(out)
    raise ValueError(path)


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split()).lower()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
        return
    cache = {}
    errors = []
    counts = collections.Counter()
    ids = set()
    lines = open(SET, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(q)}")
        if set(q["gold"]) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(q['gold'])}")
        if qid != f"md35-{n:03d}" or qid in ids:
            errors.append(f"{qid}: bad/duplicate id (line {n})")
        ids.add(qid)
        if q["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        cat = q["category"]
        counts[cat] += 1
        if cat not in CATS:
            errors.append(f"{qid}: category {cat}")
        if q["language"] not in ("sv", "en") or (cat == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (cat == "followup") != bool(q["history"]):
            errors.append(f"{qid}: history")
        g = q["gold"]
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errors.append(f"{qid}: number {num}")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused with docs/quotes")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: verdict")
            if g["verdict"] == "not_found" and not g["refused"]:
                errors.append(f"{qid}: not_found must be refused")
        elif g["verdict"] is not None:
            errors.append(f"{qid}: verdict on non-claim")
        if cat == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if cat == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc path {d}")
            p = os.path.join(ROOT, d)
            if not os.path.exists(p):
                errors.append(f"{qid}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qu!r}")
    for c, k in CATS.items():
        if counts[c] != k:
            errors.append(f"count {c}: {counts[c]} != {k}")
    for e in errors:
        print("ERROR", e)
    print(dict(counts), "total", sum(counts.values()))
    print("validation", "FAILED" if errors else "passed")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
