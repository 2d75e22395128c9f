#!/usr/bin/env python3
"""Validate blind45.jsonl: keys, categories, docs exist, quotes found in extracted doc text."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "..", "dev", "blind45.jsonl")
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))  # /work/main
CATS = {"lookup", "text_amount", "table_lookup", "calculation", "claim", "multi_part",
        "multi_doc", "followup", "english", "unanswerable"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
VERDICTS = {None, "supported", "contradicted", "not_found"}
EXPECTED = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
            "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def fmt_num(v):
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return ("%s" % v).replace(".", ",")
    return str(v)


def extract(path):
    ext = path.lower().rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join((p.extract_text() or "") for p in PdfReader(path).pages)
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
            for row in ws.iter_rows(values_only=True):
                cells = [fmt_num(c) for c in row if c is not None]
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    if ext in ("html", "htm"):
        from html.parser import HTMLParser

        class P(HTMLParser):
            def __init__(self):
                super().__init__()
                self.out, self.row, self.cell, self.skip = [], None, None, 0

            def handle_starttag(self, tag, a):
                if tag in ("script", "style"):
                    self.skip += 1
                elif tag == "tr":
                    self.row = []
                elif tag in ("td", "th"):
                    self.cell = []

            def handle_endtag(self, tag):
                if tag in ("script", "style"):
                    self.skip -= 1
                elif tag in ("td", "th") and self.cell is not None and self.row is not None:
                    self.row.append(" ".join("".join(self.cell).split()))
                    self.cell = None
                elif tag == "tr" and self.row is not None:
                    self.out.append(" | ".join(self.row))
                    self.row = None
                elif tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4"):
                    self.out.append("\n")

            def handle_data(self, d):
                if self.skip:
                    return
                if self.cell is not None:
                    self.cell.append(d)
                else:
                    self.out.append(d)

        p = P()
        p.feed(open(path, encoding="utf-8", errors="replace").read())
        return "\n".join(p.out)
    raise ValueError("unknown extension: " + path)


def main():
    errors, cats, cache, ids = [], Counter(), {}, set()
    lines = open(SET, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad json {e}")
            continue
        qid = o.get("id", f"line{n}")
        def err(m):
            errors.append(f"{qid}: {m}")
        if set(o) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            err(f"keys {sorted(o)}")
        if qid in ids:
            err("duplicate id")
        ids.add(qid)
        if qid != f"b45-{n:03d}":
            err("id out of sequence")
        if o.get("corpus") != "corpus":
            err("corpus")
        cat = o.get("category")
        if cat not in CATS:
            err(f"category {cat}")
        cats[cat] += 1
        if o.get("language") not in ("sv", "en"):
            err("language")
        if (cat == "english") != (o.get("language") == "en"):
            err("language/category mismatch")
        if not isinstance(o.get("question"), str) or not o["question"].strip():
            err("question")
        h = o.get("history")
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h):
            err("history")
        if (cat == "followup") != bool(h):
            err("history must be non-empty exactly for followup")
        g = o.get("gold", {})
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            err(f"gold keys {sorted(g)}")
            continue
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            err("answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) \
                    or isinstance(num["value"], bool) or num["unit"] not in UNITS:
                err(f"number {num}")
        if g["verdict"] not in VERDICTS:
            err("verdict value")
        if (cat == "claim") != (g["verdict"] is not None):
            err("verdict must be set exactly for claims")
        if not isinstance(g["refused"], bool):
            err("refused type")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                err("refused item must have no docs/quotes/numbers")
        else:
            if not g["docs"] or not g["quotes"]:
                err("answerable item needs docs and quotes")
        if cat == "unanswerable" and not g["refused"]:
            err("unanswerable must be refused")
        if g["verdict"] == "not_found" and not g["refused"]:
            err("not_found must be refused")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            err("multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("corpus/"):
                err(f"doc path {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p):
                err(f"missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                err(f"quote not found: {qt[:80]!r}")
    print("category counts:")
    for c in sorted(EXPECTED):
        print(f"  {c}: {cats[c]}")
    print("total:", sum(cats.values()))
    for c, k in EXPECTED.items():
        if cats[c] != k:
            errors.append(f"count {c}: {cats[c]} != {k}")
    if errors:
        print("FAILED")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
