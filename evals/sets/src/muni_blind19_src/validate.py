"""Validate muni_blind19.jsonl: keys, categories, docs exist, quotes occur in extracted text.
Usage: python validate.py            -> validate
       python validate.py --dump DIR -> write rendered text of every corpus doc to DIR
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
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
QFILE = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind19.jsonl")
CORPUS = "evals/corpora/blind-muni19"
PREFIX = "mb19"
COUNTS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
          "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell, self.incell = [], 0, None, [], False

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.incell, self.cell = True, []
        elif tag in ("p", "br", "li", "h1", "h2", "h3", "div", "table"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.incell = False
            self.row.append("".join(self.cell).strip())
        elif tag == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None
        elif tag in ("p", "li", "h1", "h2", "h3", "div"):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.incell:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def xl_val(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return ("%.2f" % v).rstrip("0").replace(".", ",")
    return str(v)


def render(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if ext == "html":
        p = HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.out)
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [xl_val(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        os.makedirs(sys.argv[2], exist_ok=True)
        base = os.path.join(ROOT, CORPUS)
        for m in sorted(os.listdir(base)):
            for f in sorted(os.listdir(os.path.join(base, m))):
                with open(os.path.join(sys.argv[2], m + "_" + f + ".txt"), "w") as o:
                    o.write(render(os.path.join(base, m, f)))
        return 0
    errors = []
    cache = {}
    cats = collections.Counter()
    ids = set()
    used_docs = collections.Counter()
    lines = [l for l in open(QFILE, encoding="utf-8").read().splitlines() if l.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad json {e}")
            continue
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(q)}")
        if qid != f"{PREFIX}-{n:03d}" or qid in ids:
            errors.append(f"{qid}: bad/duplicate id (line {n})")
        ids.add(qid)
        if q.get("corpus") != CORPUS:
            errors.append(f"{qid}: corpus")
        cat = q.get("category")
        if cat not in COUNTS:
            errors.append(f"{qid}: category {cat}")
        cats[cat] += 1
        if q.get("language") not in ("sv", "en"):
            errors.append(f"{qid}: language")
        if (cat == "english") != (q.get("language") == "en"):
            errors.append(f"{qid}: language/category mismatch")
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            errors.append(f"{qid}: question")
        h = q.get("history")
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h):
            errors.append(f"{qid}: history")
        if cat == "followup" and not (1 <= len(h) <= 2):
            errors.append(f"{qid}: followup needs history")
        if cat != "followup" and h:
            errors.append(f"{qid}: history only for followups")
        g = q.get("gold", {})
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if not isinstance(g["answer"], str) or not g["answer"]:
            errors.append(f"{qid}: answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) or num["unit"] not in UNITS:
                errors.append(f"{qid}: number {num}")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errors.append(f"{qid}: verdict")
        if cat == "claim" and g["verdict"] is None:
            errors.append(f"{qid}: claim needs verdict")
        if cat != "claim" and g["verdict"] is not None:
            errors.append(f"{qid}: verdict only for claims")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{qid}: refused must have no docs/quotes/numbers")
            if cat == "claim" and g["verdict"] != "not_found":
                errors.append(f"{qid}: refused claim must be not_found")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: needs docs and quotes")
            if g["verdict"] == "not_found":
                errors.append(f"{qid}: not_found must be refused")
        if cat == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable must be refused")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc path {d}")
            p = os.path.join(ROOT, d)
            if not os.path.exists(p):
                errors.append(f"{qid}: missing doc {d}")
                continue
            used_docs[d] += 1
            if p not in cache:
                cache[p] = norm(render(p))
            texts.append(cache[p])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qu!r}")
    for c, k in COUNTS.items():
        if cats[c] != k:
            errors.append(f"category {c}: {cats[c]} != {k}")
    base = os.path.join(ROOT, CORPUS)
    for m in os.listdir(base):
        for f in os.listdir(os.path.join(base, m)):
            if used_docs[f"{CORPUS}/{m}/{f}"] == 0:
                errors.append(f"unused doc {m}/{f}")
    for e in errors:
        print("ERROR", e)
    print("questions:", len(lines))
    for c in COUNTS:
        print(f"  {c}: {cats[c]}")
    print("VALIDATION PASSED" if not errors else f"VALIDATION FAILED ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
