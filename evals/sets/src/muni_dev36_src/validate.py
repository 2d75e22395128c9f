"""Validator for evals/sets/dev/muni_dev36.jsonl: keys, categories, docs, verbatim quotes."""
import collections
import html.parser
import json
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev36.jsonl")
CORPUS = "evals/corpora/dev-muni36"
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class _HTML(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.row, self.cell, self.in_cell, self.skip = [], None, [], False, 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.in_cell, self.cell = True, []

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.in_cell = False
            if self.row is not None:
                self.row.append(" ".join("".join(self.cell).split()))
        elif tag == "tr":
            if self.row is not None:
                self.out.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption", "nav", "header", "footer"):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.in_cell:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def _num(v):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        s = f"{v:.2f}".rstrip("0").rstrip(".")
        return s.replace(".", ",")
    return str(v)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
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
                cells = [_num(c) for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    if ext in ("html", "htm"):
        p = _HTML()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.out)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()


def main():
    errors = []
    counts = collections.Counter()
    ids = set()
    cache = {}
    lines = [l for l in open(SET, encoding="utf-8").read().splitlines() if l.strip()]
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(q)}")
        if qid != f"md36-{n:03d}" or qid in ids:
            errors.append(f"{qid}: bad/duplicate id at line {n}")
        ids.add(qid)
        if q.get("corpus") != CORPUS:
            errors.append(f"{qid}: corpus")
        cat = q.get("category")
        if cat not in CATS:
            errors.append(f"{qid}: category {cat}")
        counts[cat] += 1
        if q.get("language") not in ("sv", "en") or (cat == "english") != (q.get("language") == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            errors.append(f"{qid}: question")
        hist = q.get("history")
        if not isinstance(hist, list) or not all(isinstance(h, str) for h in hist):
            errors.append(f"{qid}: history")
        if cat == "followup" and not (1 <= len(hist) <= 2):
            errors.append(f"{qid}: followup needs history")
        if cat != "followup" and hist:
            errors.append(f"{qid}: history only for followups")
        g = q.get("gold", {})
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if not g["answer"]:
            errors.append(f"{qid}: empty answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errors.append(f"{qid}: number {num}")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{qid}: refused with evidence")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
        if cat == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: verdict")
            if g["verdict"] == "not_found" and not g["refused"]:
                errors.append(f"{qid}: not_found must be refused")
        elif g["verdict"] is not None:
            errors.append(f"{qid}: verdict must be null")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errors.append(f"{qid}: multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc prefix {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p):
                errors.append(f"{qid}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qt!r}")
    for c, want in CATS.items():
        if counts[c] != want:
            errors.append(f"category {c}: {counts[c]} != {want}")
    for c in sorted(counts):
        print(f"{c}: {counts[c]}")
    print("total:", sum(counts.values()))
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for f in sys.argv[2:]:
            print(extract(f))
    else:
        main()
