"""Validate muni_dev51.jsonl: keys, categories, docs exist, quotes occur in extracted text."""
import collections
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev51.jsonl")
CORPUS = "evals/corpora/dev-muni51"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class _HTML(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.lines, self.buf, self.row, self.cell, self.skip = [], [], None, None, 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.flush()
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "br", "caption", "table", "nav", "footer", "header"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.lines.append(" | ".join(self.row))
            self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption"):
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.buf.append(data)

    def flush(self):
        t = " ".join("".join(self.buf).split())
        if t:
            self.lines.append(t)
        self.buf = []


def _num(v):
    if isinstance(v, float):
        s = repr(v)
        if s.endswith(".0"):
            s = s[:-2]
        return s.replace(".", ",")
    return str(v)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        p = _HTML()
        p.feed(open(path, encoding="utf-8").read())
        p.flush()
        return "\n".join(p.lines)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return "\n".join(out)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(f"[{ws.title}]")
            for row in ws.iter_rows(values_only=True):
                cells = [_num(c) for c in row if c is not None]
                if cells:
                    out.append(" | ".join(cells))
        return "\n".join(out)
    raise ValueError(path)


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split()).lower()


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for p in sys.argv[2:]:
            print("=" * 20, p)
            print(extract(p))
        return
    errors, counts, ids = [], collections.Counter(), set()
    cache = {}
    with open(SET, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(q)}")
        if qid in ids or not re.fullmatch(r"md51-\d{3}", qid or ""):
            errors.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        if q["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        if q["category"] not in CATS:
            errors.append(f"{qid}: category {q['category']}")
        counts[q["category"]] += 1
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
        elif not g["docs"] or not g["quotes"]:
            errors.append(f"{qid}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: verdict")
            if g["verdict"] == "not_found" and not g["refused"]:
                errors.append(f"{qid}: not_found must be refused")
        elif g["verdict"] is not None:
            errors.append(f"{qid}: verdict on non-claim")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for doc in g["docs"]:
            if not doc.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc path {doc}")
            p = os.path.join(ROOT, doc)
            if not os.path.exists(p):
                errors.append(f"{qid}: missing doc {doc}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qu!r}")
    for c, want in CATS.items():
        if counts[c] != want:
            errors.append(f"category {c}: {counts[c]} != {want}")
    print("total", sum(counts.values()))
    for c in CATS:
        print(f"  {c}: {counts[c]}")
    if errors:
        print("FAILED")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
