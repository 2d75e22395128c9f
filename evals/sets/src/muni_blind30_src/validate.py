"""Validator for muni_blind30.jsonl: keys, categories, docs and quotes.

Usage: /work/main/.venv/bin/python validate.py [jsonl] [--dump DIR]
Paths in the question file are relative to /work/main (the repository root).
"""
import json
import os
import re
import sys
from collections import Counter
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
DEFAULT = os.path.join(HERE, "..", "..", "dev", "muni_blind30.jsonl")
CORPUS = "evals/corpora/blind-muni30"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


class _H(HTMLParser):
    SKIP = {"script", "style", "head"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "table", "thead", "tbody", "caption", "ul", "nav",
             "header", "footer", "main", "article", "section", "form", "button", "title"}

    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell = [], 0, None, None

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in self.BLOCK or tag == "br":
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.out.append(data)


def html_text(path):
    h = _H()
    h.feed(open(path, encoding="utf-8").read())
    return "".join(h.out)


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def xl_cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def xlsx_text(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append("## " + ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [xl_cell(v) for v in row]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                parts.append(" | ".join(cells))
    return "\n".join(parts)


def doc_text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return pdf_text(path)
    if ext in ("html", "htm"):
        return html_text(path)
    if ext == "docx":
        return docx_text(path)
    if ext == "xlsx":
        return xlsx_text(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()


def main():
    args = sys.argv[1:]
    if "--dump" in args:
        i = args.index("--dump")
        out = args[i + 1]
        os.makedirs(out, exist_ok=True)
        base = os.path.join(ROOT, CORPUS)
        for muni in sorted(os.listdir(base)):
            for f in sorted(os.listdir(os.path.join(base, muni))):
                with open(os.path.join(out, muni + "__" + f + ".txt"), "w") as fh:
                    fh.write(doc_text(os.path.join(base, muni, f)))
        print("dumped to", out)
        return
    path = args[0] if args else DEFAULT
    errors, cats, cache = [], Counter(), {}
    ids = []
    keys = {"id", "corpus", "category", "language", "question", "history", "gold"}
    gkeys = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
    with open(path, encoding="utf-8") as f:
        lines = [ln for ln in f.read().splitlines() if ln.strip()]
    for n, ln in enumerate(lines, 1):
        q = json.loads(ln)
        qid = q.get("id", f"line{n}")
        ids.append(qid)
        if set(q) != keys:
            errors.append(f"{qid}: keys {sorted(q)}")
            continue
        g = q["gold"]
        if set(g) != gkeys:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if qid != f"mb30-{n:03d}":
            errors.append(f"{qid}: expected id mb30-{n:03d}")
        if q["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        cat = q["category"]
        cats[cat] += 1
        if cat not in CATS:
            errors.append(f"{qid}: category {cat}")
        if q["language"] not in ("sv", "en") or (cat == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(q["question"], str) or not q["question"].strip():
            errors.append(f"{qid}: question")
        if not isinstance(q["history"], list) or not all(isinstance(h, str) for h in q["history"]):
            errors.append(f"{qid}: history")
        if cat == "followup" and not (1 <= len(q["history"]) <= 2):
            errors.append(f"{qid}: followup needs history")
        if cat != "followup" and q["history"]:
            errors.append(f"{qid}: history only for followups")
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            errors.append(f"{qid}: answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) or num["unit"] not in UNITS:
                errors.append(f"{qid}: number {num}")
        if not isinstance(g["refused"], bool):
            errors.append(f"{qid}: refused")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errors.append(f"{qid}: verdict")
        if cat == "claim" and g["verdict"] is None:
            errors.append(f"{qid}: claim needs verdict")
        if cat != "claim" and g["verdict"] is not None:
            errors.append(f"{qid}: verdict only for claims")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused with docs/quotes")
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
            errors.append(f"{qid}: multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc path {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p):
                errors.append(f"{qid}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(doc_text(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qt!r}")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for c, k in CATS.items():
        if cats[c] != k:
            errors.append(f"category {c}: {cats[c]} (want {k})")
    for c in sorted(cats):
        print(f"{c}: {cats[c]}")
    print("total:", sum(cats.values()))
    if errors:
        print("FAILED")
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
