"""Validate muni_blind38.jsonl: keys, categories, docs exist, quotes found in extracted text.

Run from /work/main:  .venv/bin/python evals/sets/src/muni_blind38_src/validate.py [--dump DIR]
"""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

SET = "evals/sets/dev/muni_blind38.jsonl"
CORPUS = "evals/corpora/blind-muni38"
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def cell_str(v):
    if v is None:
        return ""
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return str(v).replace(".", ",")
    return str(v)


class _HP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.row, self.cell, self.skip = [], None, None, 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("p", "li", "h1", "h2", "h3", "div", "br", "caption"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
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
                cells = [cell_str(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    if ext in ("html", "htm"):
        p = _HP()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.out)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


_LINES = {}


def d_lines(pdfs):
    out = []
    for p in pdfs:
        if p not in _LINES:
            _LINES[p] = [norm(x) for x in extract(p).split("\n")]
        out += _LINES[p]
    return out


def main():
    if "--dump" in sys.argv:
        out = sys.argv[sys.argv.index("--dump") + 1]
        os.makedirs(out, exist_ok=True)
        for root, _, files in os.walk(CORPUS):
            for f in sorted(files):
                p = os.path.join(root, f)
                with open(os.path.join(out, os.path.basename(root) + "__" + f + ".txt"), "w") as fh:
                    fh.write(extract(p))
        return
    errs = []
    cache = {}
    cnt = Counter()
    ids = set()
    keys = {"id", "corpus", "category", "language", "question", "history", "gold"}
    gkeys = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
    lines = open(SET, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != keys:
            errs.append(f"{qid}: keys {set(q) ^ keys}")
        if qid in ids:
            errs.append(f"{qid}: duplicate id")
        ids.add(qid)
        if qid != f"mb38-{n:03d}":
            errs.append(f"{qid}: id out of sequence")
        if q["corpus"] != CORPUS:
            errs.append(f"{qid}: corpus")
        if q["category"] not in CATS:
            errs.append(f"{qid}: category {q['category']}")
        cnt[q["category"]] += 1
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errs.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errs.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != gkeys:
            errs.append(f"{qid}: gold keys {set(g) ^ gkeys}")
            continue
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errs.append(f"{qid}: number {num}")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errs.append(f"{qid}: refused with docs/quotes")
        else:
            if not g["docs"] or not g["quotes"]:
                errs.append(f"{qid}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errs.append(f"{qid}: unanswerable not refused")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{qid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{qid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{qid}: verdict on non-claim")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errs.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/") or not os.path.exists(d):
                errs.append(f"{qid}: doc missing {d}")
                continue
            if d not in cache:
                cache[d] = norm(extract(d))
            texts.append(cache[d])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{qid}: quote not found: {qt!r}")
            pdfs = [d for d in g["docs"] if d.endswith(".pdf") and os.path.exists(d)]
            if pdfs and not any(norm(qt) in t for t in texts if t not in [cache[p] for p in pdfs]):
                # a PDF quote must sit within one line of pypdf's extract_text() output
                if d_lines(pdfs) and not any(norm(qt) in ln for ln in d_lines(pdfs)):
                    errs.append(f"{qid}: PDF quote spans lines: {qt!r}")
    for c, k in CATS.items():
        if cnt[c] != k:
            errs.append(f"category {c}: {cnt[c]} (want {k})")
    for e in errs:
        print("FAIL", e)
    print("questions:", len(lines))
    for c in CATS:
        print(f"  {c}: {cnt[c]}")
    print("VALIDATION PASSED" if not errs else f"VALIDATION FAILED ({len(errs)})")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
