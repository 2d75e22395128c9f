"""Validate muni_dev44.jsonl: keys, categories, docs exist, quotes occur in extracted text.
Usage: validate.py [--dump DIR]  (dump writes extracted text of every corpus file)."""
import collections
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
QFILE = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev44.jsonl")
CORPUS_REL = "evals/corpora/dev-muni44"

CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def cell_str(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


class _H(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "ul", "ol", "table", "thead", "tbody", "caption",
             "header", "footer", "nav", "main", "article", "aside", "section", "br", "form", "button"}

    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell = [], 0, None, None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
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
        elif self.row is None:
            self.out.append(data)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "html":
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        return re.sub(r"\n\s*\n+", "\n", "".join(h.out))
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
            parts.append(f"[{ws.title}]")
            for row in ws.iter_rows(values_only=True):
                cells = [cell_str(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    raise ValueError(path)


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split()).lower()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        out = sys.argv[2]
        os.makedirs(out, exist_ok=True)
        base = os.path.join(ROOT, CORPUS_REL)
        for m in sorted(os.listdir(base)):
            for f in sorted(os.listdir(os.path.join(base, m))):
                with open(os.path.join(out, f"{m}__{f}.txt"), "w") as fh:
                    fh.write(extract(os.path.join(base, m, f)))
        return
    errs = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    lines = open(QFILE, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append(f"{qid}: keys {sorted(q)}")
        if qid in ids or not re.fullmatch(r"md44-\d{3}", qid or ""):
            errs.append(f"{qid}: bad/dup id")
        ids.add(qid)
        if qid != f"md44-{n:03d}":
            errs.append(f"{qid}: not sequential")
        if q["corpus"] != CORPUS_REL:
            errs.append(f"{qid}: corpus")
        cat = q["category"]
        counts[cat] += 1
        if cat not in CATS:
            errs.append(f"{qid}: category {cat}")
        if q["language"] not in ("sv", "en") or (cat == "english") != (q["language"] == "en"):
            errs.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (cat == "followup") != bool(q["history"]):
            errs.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append(f"{qid}: gold keys {sorted(g)}")
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
        if cat == "unanswerable" and not g["refused"]:
            errs.append(f"{qid}: unanswerable not refused")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{qid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{qid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{qid}: verdict on non-claim")
        if cat == "multi_doc" and len(g["docs"]) < 2:
            errs.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS_REL + "/"):
                errs.append(f"{qid}: doc prefix {d}")
            p = os.path.join(ROOT, d)
            if not os.path.exists(p):
                errs.append(f"{qid}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errs.append(f"{qid}: quote not found: {qu!r}")
    for c, k in CATS.items():
        if counts[c] != k:
            errs.append(f"count {c}: {counts[c]} != {k}")
    for e in errs:
        print("FAIL", e)
    print(dict(sorted(counts.items())), "total", sum(counts.values()))
    print("VALIDATION PASSED" if not errs else f"VALIDATION FAILED ({len(errs)})")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
