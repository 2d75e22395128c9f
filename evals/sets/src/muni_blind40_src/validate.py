"""Validate evals/sets/dev/muni_blind40.jsonl against the blind-muni40 corpus.

Run from /work/main:  .venv/bin/python evals/sets/src/muni_blind40_src/validate.py [--dump DIR]
"""
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
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind40.jsonl")
CORPUS = "evals/corpora/blind-muni40"
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines, self.cur, self.row, self.cell = [], [], None, None
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.flush()
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("p", "div", "h1", "h2", "h3", "li", "br", "table", "caption", "header", "footer", "nav"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.lines.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "div", "h1", "h2", "h3", "li", "caption"):
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.cur.append(data)

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.lines.append(t)
        self.cur = []


def xl_cell(v):
    if v is None:
        return ""
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if ext in ("html", "htm"):
        p = HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        p.flush()
        return "\n".join(p.lines)
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
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [xl_cell(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                out.append(" | ".join(cells))
        return "\n".join(out)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()


def main():
    if "--dump" in sys.argv:
        d = sys.argv[sys.argv.index("--dump") + 1]
        os.makedirs(d, exist_ok=True)
        for muni in ("avesta", "hedemora"):
            for f in sorted(os.listdir(os.path.join(ROOT, CORPUS, muni))):
                with open(os.path.join(d, f"{muni}__{f}.txt"), "w", encoding="utf-8") as fh:
                    fh.write(extract(os.path.join(ROOT, CORPUS, muni, f)))
        return
    cache, errors, counts, ids = {}, [], collections.Counter(), set()
    lines = open(SET, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(q)}")
        if set(q["gold"]) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(q['gold'])}")
        if qid != f"mb40-{n:03d}" or qid in ids:
            errors.append(f"{qid}: bad id at line {n}")
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
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errors.append(f"{qid}: verdict")
        if (cat == "claim") != (g["verdict"] is not None):
            errors.append(f"{qid}: verdict vs category")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused with docs/quotes")
            if g["verdict"] not in (None, "not_found"):
                errors.append(f"{qid}: refused verdict")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
        if cat == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if cat == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for doc in g["docs"]:
            if not doc.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc path {doc}")
            p = os.path.join(ROOT, doc)
            if not os.path.exists(p):
                errors.append(f"{qid}: missing doc {doc}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qu!r}")
    for c, k in CATS.items():
        if counts[c] != k:
            errors.append(f"category {c}: {counts[c]} != {k}")
    for c in CATS:
        print(f"{c}: {counts[c]}")
    print("total:", sum(counts.values()))
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} errors")
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
