"""Validate the mb32 question set: keys, categories, docs exist, quotes found in extracted text."""
import json, os, re, sys, collections
from html.parser import HTMLParser

ROOT = "/work/main"
SET = os.path.join(ROOT, "evals/sets/dev/muni_blind32.jsonl")
CATS = {"lookup", "text_amount", "table_lookup", "calculation", "claim", "multi_part", "multi_doc",
        "followup", "english", "unanswerable"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
EXPECT = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
          "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}


class _H(HTMLParser):
    SKIP = {"script", "style", "head", "title"}

    def __init__(self):
        super().__init__()
        self.out, self.row, self.cell, self.skip = [], None, None, 0

    def handle_starttag(self, tag, a):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None:
            self.row.append("".join(self.cell or []).strip()); self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append(" | ".join(self.row)); self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption", "br"):
            self.out.append("\n")

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def xl(v):
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return "" if v is None else str(v)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext in ("html", "htm"):
        h = _H(); h.feed(open(path, encoding="utf-8").read()); return "\n".join(h.out)
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
                cells = [xl(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errs, counts, ids = [], collections.Counter(), set()
    cache = {}
    lines = open(SET, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append(f"{qid}: keys {sorted(q)}")
        if qid in ids or not re.fullmatch(r"mb32-\d{3}", qid or "") or qid != f"mb32-{n:03d}":
            errs.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        if q["corpus"] != "evals/corpora/blind-muni32":
            errs.append(f"{qid}: corpus")
        if q["category"] not in CATS:
            errs.append(f"{qid}: category {q['category']}")
        counts[q["category"]] += 1
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errs.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errs.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append(f"{qid}: gold keys {sorted(g)}")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) or num["unit"] not in UNITS:
                errs.append(f"{qid}: number {num}")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{qid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{qid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{qid}: verdict must be null")
        if q["category"] == "unanswerable" and not g["refused"]:
            errs.append(f"{qid}: unanswerable not refused")
        if g["refused"] and (g["docs"] or g["quotes"]):
            errs.append(f"{qid}: refused with docs/quotes")
        if not g["refused"] and (not g["docs"] or not g["quotes"]):
            errs.append(f"{qid}: missing docs/quotes")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errs.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("evals/corpora/blind-muni32/"):
                errs.append(f"{qid}: doc prefix {d}")
            p = os.path.join(ROOT, d)
            if not os.path.exists(p):
                errs.append(f"{qid}: missing doc {d}"); continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errs.append(f"{qid}: quote not found: {qu}")
    for c, k in EXPECT.items():
        if counts[c] != k:
            errs.append(f"count {c}: {counts[c]} != {k}")
    for e in errs:
        print("FAIL", e)
    print(dict(sorted(counts.items())), "total", sum(counts.values()))
    print("VALIDATION PASSED" if not errs else f"VALIDATION FAILED ({len(errs)})")
    return 1 if errs else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for p in sys.argv[2:]:
            print("=" * 20, p); print(extract(p))
        sys.exit(0)
    sys.exit(main())
