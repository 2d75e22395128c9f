"""Validate muni_blind41.jsonl: keys, categories, docs exist, quotes occur in extracted text."""
import collections
import html.parser
import json
import os
import re
import sys

import docx
import openpyxl
from pypdf import PdfReader

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
SET = os.path.join(REPO, "evals/sets/dev/muni_blind41.jsonl")
CORPUS = "evals/corpora/blind-muni41"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines, self.cur, self.row, self.cell, self.skip = [], [], None, None, 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.flush()
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in ("p", "div", "h1", "h2", "h3", "li", "caption", "br", "table"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None:
            self.row.append("".join(self.cell or []).strip())
            self.cell = None
        elif tag == "tr":
            self.lines.append(" | ".join(self.row or []))
            self.row = None
        elif tag in ("p", "div", "h1", "h2", "h3", "li", "caption"):
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.cur.append(data)

    def flush(self):
        t = "".join(self.cur).strip()
        if t:
            self.lines.append(t)
        self.cur = []


def num(v):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        p = HTMLText()
        p.feed(open(path, encoding="utf-8").read())
        p.flush()
        return "\n".join(p.lines)
    if ext == "docx":
        d = docx.Document(path)
        out = [para.text for para in d.paragraphs]
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
                cells = [num(c) for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    out.append(" | ".join(cells))
        return "\n".join(out)
    raise ValueError(path)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errors = []
    cache = {}
    items = [json.loads(l) for l in open(SET, encoding="utf-8") if l.strip()]
    counts = collections.Counter()
    for n, it in enumerate(items, 1):
        iid = it.get("id")
        if iid != f"mb41-{n:03d}":
            errors.append(f"{iid}: bad id order")
        if set(it) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{iid}: keys {sorted(it)}")
        if it.get("corpus") != CORPUS:
            errors.append(f"{iid}: corpus")
        cat = it.get("category")
        counts[cat] += 1
        if cat not in CATS:
            errors.append(f"{iid}: category {cat}")
        if it.get("language") not in ("sv", "en"):
            errors.append(f"{iid}: language")
        if (cat == "english") != (it.get("language") == "en"):
            errors.append(f"{iid}: language/category mismatch")
        if not isinstance(it.get("history"), list) or (cat == "followup") != bool(it["history"]):
            errors.append(f"{iid}: history")
        g = it.get("gold", {})
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{iid}: gold keys {sorted(g)}")
            continue
        if not g["answer"]:
            errors.append(f"{iid}: empty answer")
        for x in g["numbers"]:
            if set(x) != {"value", "unit"} or x["unit"] not in UNITS or not isinstance(x["value"], (int, float)):
                errors.append(f"{iid}: number {x}")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{iid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errors.append(f"{iid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errors.append(f"{iid}: verdict must be null")
        if cat == "unanswerable" and not g["refused"]:
            errors.append(f"{iid}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{iid}: refused with docs/quotes")
            continue
        if not g["docs"] or not g["quotes"]:
            errors.append(f"{iid}: missing docs/quotes")
        if cat == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{iid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{iid}: doc prefix {d}")
            p = os.path.join(REPO, d)
            if not os.path.exists(p):
                errors.append(f"{iid}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for q in g["quotes"]:
            if not any(norm(q) in t for t in texts):
                errors.append(f"{iid}: quote not found: {q!r}")
    for c, k in CATS.items():
        if counts[c] != k:
            errors.append(f"count {c}: {counts[c]} != {k}")
    for c in sorted(counts):
        print(f"{c}: {counts[c]}")
    print("total:", len(items))
    if errors:
        print("\n".join(errors))
        print("VALIDATION FAILED")
        sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
    else:
        main()
