"""Validates evals/sets/dev/muni_dev38.jsonl against the corpus evals/corpora/dev-muni38."""
import json, os, re, sys, zipfile
from collections import Counter

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev38.jsonl")
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def fmt_num(v):
    if isinstance(v, bool) or v is None:
        return ""
    if isinstance(v, float):
        if v.is_integer():
            v = int(v)
        else:
            return repr(v).replace(".", ",")
    return str(v)


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
                cells = [fmt_num(c) if not isinstance(c, str) else c for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    if ext in ("html", "htm"):
        from html.parser import HTMLParser
        class P(HTMLParser):
            def __init__(self):
                super().__init__()
                self.out, self.row, self.cell, self.incell, self.skip = [], None, [], False, 0
            def handle_starttag(self, tag, a):
                if tag in ("script", "style"):
                    self.skip += 1
                if tag == "tr":
                    self.row = []
                if tag in ("td", "th"):
                    self.incell, self.cell = True, []
                if tag in ("p", "h1", "h2", "h3", "li", "div", "br", "caption"):
                    self.out.append("\n")
            def handle_endtag(self, tag):
                if tag in ("script", "style"):
                    self.skip -= 1
                if tag in ("td", "th") and self.row is not None:
                    self.row.append(" ".join("".join(self.cell).split()))
                    self.incell = False
                if tag == "tr" and self.row is not None:
                    self.out.append("\n" + " | ".join(self.row) + "\n")
                    self.row = None
            def handle_data(self, d):
                if self.skip:
                    return
                if self.incell:
                    self.cell.append(d)
                elif self.row is None:
                    self.out.append(d)
        p = P()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.out)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split()).lower()


def main():
    errs = []
    cnt = Counter()
    ids = set()
    lines = [l for l in open(SET, encoding="utf-8").read().splitlines() if l.strip()]
    cache = {}
    for i, line in enumerate(lines, 1):
        q = json.loads(line)
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append(f"{i}: keys {sorted(q)}")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append(f"{q['id']}: gold keys {sorted(g)}")
        if q["id"] != f"md38-{i:03d}" or q["id"] in ids:
            errs.append(f"{q['id']}: bad id at line {i}")
        ids.add(q["id"])
        if q["corpus"] != "evals/corpora/dev-muni38":
            errs.append(f"{q['id']}: corpus")
        if q["category"] not in CATS:
            errs.append(f"{q['id']}: category {q['category']}")
        cnt[q["category"]] += 1
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errs.append(f"{q['id']}: language")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errs.append(f"{q['id']}: history")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errs.append(f"{q['id']}: number {n}")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errs.append(f"{q['id']}: verdict")
        if (q["category"] == "claim") != (g["verdict"] is not None):
            errs.append(f"{q['id']}: verdict vs category")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{q['id']}: refused with evidence")
            if q["category"] == "claim" and g["verdict"] != "not_found":
                errs.append(f"{q['id']}: refused claim must be not_found")
        else:
            if not g["docs"] or not g["quotes"]:
                errs.append(f"{q['id']}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errs.append(f"{q['id']}: unanswerable not refused")
        if q["category"] == "multi_doc" and len(set(g["docs"])) < 2:
            errs.append(f"{q['id']}: multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("evals/corpora/dev-muni38/"):
                errs.append(f"{q['id']}: doc prefix {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p):
                errs.append(f"{q['id']}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errs.append(f"{q['id']}: quote not found: {qu!r}")
    for c, n in CATS.items():
        if cnt[c] != n:
            errs.append(f"category {c}: {cnt[c]} != {n}")
    for e in errs:
        print("FAIL", e)
    print(dict(cnt), "total", sum(cnt.values()))
    print("VALIDATION PASSED" if not errs else f"VALIDATION FAILED ({len(errs)})")
    return 1 if errs else 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
    else:
        sys.exit(main())
