"""Validator for blind47.jsonl: keys, categories, docs exist, quotes occur in extracted doc text."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SET = os.path.join(HERE, "..", "dev", "blind47.jsonl")
CATS = {"lookup", "text_amount", "table_lookup", "calculation", "claim", "multi_part",
        "multi_doc", "followup", "english", "unanswerable"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
EXPECTED = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
            "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def fmt_num(v):
    if isinstance(v, float):
        s = ("%f" % v).rstrip("0").rstrip(".")
        return s.replace(".", ",")
    return str(v)

def extract(path):
    ext = path.lower().rsplit(".", 1)[-1]
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
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
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join(fmt_num(c) for c in row if c is not None))
        return "\n".join(out)
    if ext in ("html", "htm"):
        from html.parser import HTMLParser
        class P(HTMLParser):
            def __init__(s):
                super().__init__(); s.out = []; s.row = None; s.cell = None; s.skip = 0
            def handle_starttag(s, t, a):
                if t in ("script", "style"): s.skip += 1
                elif t == "tr": s.row = []
                elif t in ("td", "th"): s.cell = []
            def handle_endtag(s, t):
                if t in ("script", "style"): s.skip -= 1
                elif t in ("td", "th") and s.cell is not None:
                    s.row.append("".join(s.cell).strip()); s.cell = None
                elif t == "tr" and s.row is not None:
                    s.out.append(" | ".join(s.row)); s.row = None
                elif t in ("p", "div", "li", "h1", "h2", "h3", "br"): s.out.append("\n")
            def handle_data(s, d):
                if s.skip: return
                if s.cell is not None: s.cell.append(d)
                elif s.row is None: s.out.append(d)
        p = P(); p.feed(open(path, encoding="utf-8").read())
        return "\n".join(p.out)
    raise ValueError("unknown type " + path)

def main():
    errors = []
    cache = {}
    cats = Counter()
    ids = set()
    lines = open(SET, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad json {e}"); continue
        qid = o.get("id", f"line{n}")
        def err(m): errors.append(f"{qid}: {m}")
        if set(o) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            err(f"keys {sorted(o)}")
        if qid != f"b47-{n:03d}": err("id sequence")
        if qid in ids: err("duplicate id")
        ids.add(qid)
        if o.get("corpus") != "corpus": err("corpus")
        c = o.get("category"); cats[c] += 1
        if c not in CATS: err(f"category {c}")
        if o.get("language") not in ("sv", "en"): err("language")
        if (c == "english") != (o.get("language") == "en"): err("english/language mismatch")
        if not isinstance(o.get("question"), str) or not o["question"].strip(): err("question")
        h = o.get("history")
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h): err("history")
        if c == "followup" and not (1 <= len(h) <= 2): err("followup needs history")
        if c != "followup" and h: err("history on non-followup")
        g = o.get("gold", {})
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            err(f"gold keys {sorted(g)}"); continue
        if not isinstance(g["answer"], str) or not g["answer"].strip(): err("answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) \
               or isinstance(num["value"], bool) or num["unit"] not in UNITS:
                err(f"number {num}")
        if not isinstance(g["refused"], bool): err("refused")
        if c == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"): err("verdict")
            if (g["verdict"] == "not_found") != g["refused"]: err("not_found <-> refused")
        elif g["verdict"] is not None: err("verdict on non-claim")
        if c == "unanswerable" and not g["refused"]: err("unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]: err("refused with docs/quotes/numbers")
        else:
            if not g["docs"] or not g["quotes"]: err("missing docs/quotes")
        if c == "multi_doc" and len(set(g["docs"])) < 2: err("multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("corpus/"): err(f"doc prefix {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p): err(f"missing doc {d}"); continue
            if p not in cache: cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            nq = norm(qt)
            if not nq or not any(nq in t for t in texts):
                err(f"quote not found: {qt[:80]}")
        for d in g["docs"]:
            p = os.path.join(ROOT, d)
            if p in cache and not any(norm(qt) in cache[p] for qt in g["quotes"]):
                err(f"doc without quote: {d}")
    for k, v in EXPECTED.items():
        if cats[k] != v: errors.append(f"count {k}: {cats[k]} != {v}")
    for k in sorted(cats): print(f"{k}: {cats[k]}")
    print("total:", sum(cats.values()))
    if errors:
        print("FAILED"); [print(" ", e) for e in errors]; sys.exit(1)
    print("validation passed")

if __name__ == "__main__":
    main()
