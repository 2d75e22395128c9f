"""Validator for muni_blind28.jsonl: keys, categories, docs, quotes."""
import json, os, re, sys, zipfile
from collections import Counter
from html.parser import HTMLParser

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
SET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dev", "muni_blind28.jsonl")
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class H(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.skip = 0; self.row = None; self.cell = None
    def handle_starttag(self, t, a):
        if t in ("script", "style"): self.skip += 1
        elif t == "tr": self.row = []
        elif t in ("td", "th"): self.cell = []
    def handle_endtag(self, t):
        if t in ("script", "style"): self.skip -= 1
        elif t in ("td", "th") and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split())); self.cell = None
        elif t == "tr" and self.row is not None:
            self.out.append(" | ".join(self.row)); self.row = None
        elif t in ("p", "h1", "h2", "h3", "li", "div", "nav", "header", "footer"):
            self.out.append("\n")
    def handle_data(self, d):
        if self.skip: return
        if self.cell is not None: self.cell.append(d)
        elif self.row is None: self.out.append(d)


def num(v):
    if isinstance(v, bool): return str(v)
    if isinstance(v, int): return str(v)
    if isinstance(v, float):
        if v.is_integer(): return str(int(v))
        return repr(round(v, 6)).replace(".", ",")
    return str(v)


def extract(path):
    if path.endswith(".pdf"):
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if path.endswith((".html", ".htm")):
        h = H(); h.feed(open(path, encoding="utf-8").read()); return "\n".join(h.out)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path); parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True); parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [num(c) for c in row if c is not None and str(c) != ""]
                if cells: parts.append(" | ".join(cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()


def main(dump=None):
    if dump:
        print(extract(dump)); return
    errs = []; cnt = Counter(); cache = {}
    lines = open(SET, encoding="utf-8").read().splitlines()
    ids = set()
    for i, line in enumerate(lines, 1):
        q = json.loads(line)
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append(f"{i}: keys {sorted(q)}")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append(f"{i}: gold keys {sorted(g)}")
        if q["id"] != f"mb28-{i:03d}": errs.append(f"{i}: id {q['id']}")
        ids.add(q["id"])
        if q["corpus"] != "evals/corpora/blind-muni28": errs.append(f"{i}: corpus")
        c = q["category"]; cnt[c] += 1
        if c not in CATS: errs.append(f"{i}: category {c}")
        if q["language"] not in ("sv", "en"): errs.append(f"{i}: language")
        if (c == "english") != (q["language"] == "en"): errs.append(f"{i}: english/language mismatch")
        if not isinstance(q["history"], list) or (c == "followup") != bool(q["history"]):
            errs.append(f"{i}: history")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errs.append(f"{i}: number {n}")
        if g["refused"]:
            if g["docs"] or g["quotes"]: errs.append(f"{i}: refused with docs/quotes")
        else:
            if not g["docs"] or not g["quotes"]: errs.append(f"{i}: missing docs/quotes")
        if c == "unanswerable" and not g["refused"]: errs.append(f"{i}: unanswerable not refused")
        if c == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"): errs.append(f"{i}: verdict")
            if g["verdict"] == "not_found" and not g["refused"]: errs.append(f"{i}: not_found not refused")
        elif g["verdict"] is not None: errs.append(f"{i}: verdict on non-claim")
        if c == "multi_doc" and len(g["docs"]) < 2: errs.append(f"{i}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(q["corpus"] + "/"): errs.append(f"{i}: doc prefix {d}")
            p = os.path.join(REPO, d)
            if not os.path.exists(p): errs.append(f"{i}: missing doc {d}"); continue
            if p not in cache: cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts): errs.append(f"{i}: quote not found: {qt!r}")
    for c, n in CATS.items():
        if cnt[c] != n: errs.append(f"count {c}: {cnt[c]} != {n}")
    for e in errs: print("FAIL", e)
    print(dict(cnt), "total", sum(cnt.values()))
    print("VALIDATION PASSED" if not errs else f"VALIDATION FAILED ({len(errs)})")
    return not errs


if __name__ == "__main__":
    ok = main(sys.argv[1] if len(sys.argv) > 1 else None)
    sys.exit(0 if ok or len(sys.argv) > 1 else 1)
