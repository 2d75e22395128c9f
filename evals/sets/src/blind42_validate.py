#!/usr/bin/env python3
"""Validate evals/sets/dev/blind42.jsonl: keys, categories, docs and verbatim quotes."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SET = ROOT / "evals" / "sets" / "dev" / "blind42.jsonl"
PREFIX = "b42"
EXPECTED = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
            "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
VERDICTS = {None, "supported", "contradicted", "not_found"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def num_sv(v):
    if isinstance(v, float):
        if v.is_integer():
            v = int(v)
        else:
            return str(v).replace(".", ",")
    return str(v)


def extract(path):
    ext = path.suffix.lower()
    if ext in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join((p.extract_text() or "") for p in PdfReader(str(path)).pages)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join(num_sv(c) for c in row if c is not None))
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from html.parser import HTMLParser

        class P(HTMLParser):
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
                elif tag in ("td", "th") and self.row is not None:
                    self.row.append(" ".join("".join(self.cell).split()))
                    self.incell = False
                elif tag == "tr" and self.row is not None:
                    self.out.append(" | ".join(self.row))
                    self.row = None
                elif tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4"):
                    self.out.append("\n")

            def handle_data(self, d):
                if self.skip:
                    return
                if self.incell:
                    self.cell.append(d)
                else:
                    self.out.append(d)

        p = P()
        p.feed(path.read_text(encoding="utf-8"))
        return "\n".join(p.out)
    return path.read_text(encoding="utf-8", errors="replace")


def main():
    errors = []
    cats = Counter()
    cache = {}
    ids = set()
    lines = SET.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad json {e}")
            continue
        qid = q.get("id", f"line{n}")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(q)}")
            continue
        if q["id"] != f"{PREFIX}-{n:03d}" or q["id"] in ids:
            errors.append(f"{qid}: bad/duplicate id")
        ids.add(q["id"])
        if q["corpus"] != "corpus":
            errors.append(f"{qid}: corpus {q['corpus']}")
        if q["category"] not in EXPECTED:
            errors.append(f"{qid}: category {q['category']}")
        cats[q["category"]] += 1
        if q["language"] not in ("sv", "en"):
            errors.append(f"{qid}: language")
        if q["category"] == "english" and q["language"] != "en":
            errors.append(f"{qid}: english must be en")
        if not isinstance(q["question"], str) or not q["question"].strip():
            errors.append(f"{qid}: empty question")
        h = q["history"]
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h):
            errors.append(f"{qid}: history")
        if q["category"] == "followup" and not (1 <= len(h) <= 2):
            errors.append(f"{qid}: followup needs history")
        if q["category"] != "followup" and h:
            errors.append(f"{qid}: history only for followups")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            errors.append(f"{qid}: empty answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) \
                    or isinstance(num["value"], bool) or num["unit"] not in UNITS:
                errors.append(f"{qid}: bad number {num}")
        if not isinstance(g["refused"], bool):
            errors.append(f"{qid}: refused not bool")
        if g["verdict"] not in VERDICTS:
            errors.append(f"{qid}: verdict {g['verdict']}")
        if q["category"] == "claim" and g["verdict"] is None:
            errors.append(f"{qid}: claim needs verdict")
        if q["category"] != "claim" and g["verdict"] is not None:
            errors.append(f"{qid}: verdict only for claims")
        if g["verdict"] == "not_found" and not g["refused"]:
            errors.append(f"{qid}: not_found must be refused")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{qid}: refused must have empty docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errors.append(f"{qid}: docs and quotes required")
        if q["category"] == "multi_doc" and len(set(g["docs"])) < 2:
            errors.append(f"{qid}: multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(q["corpus"] + "/"):
                errors.append(f"{qid}: doc not in corpus: {d}")
            p = ROOT / d
            if not p.is_file():
                errors.append(f"{qid}: missing doc {d}")
                continue
            if d not in cache:
                cache[d] = norm(extract(p))
            texts.append(cache[d])
        for quote in g["quotes"]:
            if not any(norm(quote) in t for t in texts):
                errors.append(f"{qid}: quote not found: {quote[:80]!r}")
    for c, k in EXPECTED.items():
        if cats[c] != k:
            errors.append(f"category {c}: {cats[c]} (expected {k})")
    if len(lines) != sum(EXPECTED.values()):
        errors.append(f"{len(lines)} questions, expected {sum(EXPECTED.values())}")
    for c in EXPECTED:
        print(f"{c}: {cats[c]}")
    print(f"total: {sum(cats.values())}")
    if errors:
        print("FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print("validation passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
