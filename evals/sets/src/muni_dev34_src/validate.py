"""Validate evals/sets/dev/muni_dev34.jsonl against the dev-muni34 corpus.
Run: /work/main/.venv/bin/python validate.py [--dump DIR]"""
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
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))  # repo root
QFILE = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev34.jsonl")
CORPUS = "evals/corpora/dev-muni34"
PREFIX = "md34"
COUNTS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
          "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def fmt_cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(round(v, 6)).replace(".", ",")
    return str(v)


class _HTML(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines, self.cur, self.row, self.cell = [], [], None, None
        self.skip = 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "br", "caption", "table"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr":
            self.lines.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption"):
            self.flush()

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        elif self.row is None:
            self.cur.append(d)

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.lines.append(t)
        self.cur = []


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        r = pypdf.PdfReader(path)
        return "\n".join(p.extract_text() or "" for p in r.pages)
    if ext in ("html", "htm"):
        h = _HTML()
        h.feed(open(path, encoding="utf-8").read())
        h.flush()
        return "\n".join(h.lines)
    if ext == "docx":
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                out.append(" | ".join(c.text for c in row.cells))
        return "\n".join(out)
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [fmt_cell(v) for v in row]
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
        base = os.path.join(ROOT, CORPUS)
        for m in sorted(os.listdir(base)):
            for f in sorted(os.listdir(os.path.join(base, m))):
                with open(os.path.join(d, f"{m}__{f}.txt"), "w", encoding="utf-8") as fh:
                    fh.write(extract(os.path.join(base, m, f)))
        return
    errors = []
    cache = {}
    cats = collections.Counter()
    ids = []
    with open(QFILE, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    keys = {"id", "corpus", "category", "language", "question", "history", "gold"}
    gkeys = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:  # noqa
            errors.append(f"line {n}: bad json {e}")
            continue
        qid = q.get("id")
        if set(q) != keys:
            errors.append(f"{qid}: keys {sorted(q)}")
        g = q.get("gold", {})
        if set(g) != gkeys:
            errors.append(f"{qid}: gold keys {sorted(g)}")
        ids.append(qid)
        cats[q["category"]] += 1
        if q["category"] not in COUNTS:
            errors.append(f"{qid}: category {q['category']}")
        if q["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        if q["language"] not in ("sv", "en"):
            errors.append(f"{qid}: language")
        if (q["category"] == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: english/language mismatch")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errors.append(f"{qid}: history")
        if not q["question"].strip() or not g["answer"].strip():
            errors.append(f"{qid}: empty question/answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errors.append(f"{qid}: number {num}")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{qid}: refused but has docs/quotes/numbers")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errors.append(f"{qid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errors.append(f"{qid}: verdict on non-claim")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc path {d}")
            p = os.path.join(ROOT, d)
            if not os.path.exists(p):
                errors.append(f"{qid}: missing doc {d}")
                continue
            if d not in cache:
                cache[d] = norm(extract(p))
            texts.append(cache[d])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qu!r}")
        for d in g["docs"]:
            if d in cache and not any(norm(qu) in cache[d] for qu in g["quotes"]):
                errors.append(f"{qid}: no quote from doc {d}")
    exp = [f"{PREFIX}-{i:03d}" for i in range(1, 56)]
    if ids != exp:
        errors.append(f"ids not {PREFIX}-001..055 in order")
    for c, k in COUNTS.items():
        if cats[c] != k:
            errors.append(f"category {c}: {cats[c]} != {k}")
    for c in sorted(cats):
        print(f"{c}: {cats[c]}")
    print(f"total: {sum(cats.values())}")
    if errors:
        print("\n".join(errors))
        print(f"VALIDATION FAILED ({len(errors)} errors)")
        sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    main()
