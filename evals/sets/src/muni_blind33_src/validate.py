"""Validate evals/sets/dev/muni_blind33.jsonl against the corpus blind-muni33.
Usage: validate.py [--dump FILE]"""
import html.parser
import json
import pathlib
import re
import sys
from collections import Counter

import docx
import openpyxl
import pypdf

ROOT = pathlib.Path(__file__).resolve().parents[4]
QFILE = ROOT / "evals" / "sets" / "dev" / "muni_blind33.jsonl"
CORPUS = "evals/corpora/blind-muni33"
COUNTS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
          "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class _HTML(html.parser.HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "li", "tr", "table", "header", "footer", "nav", "main", "br",
             "caption", "article", "ul", "section", "form", "title"}

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
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def _num(v):
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


def extract(path):
    path = pathlib.Path(path)
    suf = path.suffix.lower()
    if suf == ".pdf":
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
    if suf in (".html", ".htm"):
        h = _HTML()
        h.feed(path.read_text(encoding="utf-8"))
        return "".join(h.out)
    if suf == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if suf == ".xlsx":
        wb = openpyxl.load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [_num(v) for v in row if v is not None]
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def norm(s):
    return " ".join(s.split()).lower()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
        return
    errors = []
    cats = Counter()
    ids = set()
    cache = {}
    lines = QFILE.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(q)}")
        if qid in ids or qid != f"mb33-{n:03d}":
            errors.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        if q["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        cats[q["category"]] += 1
        if q["category"] not in COUNTS:
            errors.append(f"{qid}: category {q['category']}")
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errors.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(g)}")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errors.append(f"{qid}: number {num}")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused with docs/quotes")
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
                errors.append(f"{qid}: doc prefix {d}")
            p = ROOT / d
            if not p.exists():
                errors.append(f"{qid}: missing doc {d}")
                continue
            if d not in cache:
                cache[d] = norm(extract(p))
            texts.append(cache[d])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qu!r}")
    for c, k in COUNTS.items():
        if cats[c] != k:
            errors.append(f"count {c}: {cats[c]} != {k}")
    for e in errors:
        print("ERROR", e)
    print(dict(cats), "total", sum(cats.values()))
    print("VALIDATION PASSED" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
