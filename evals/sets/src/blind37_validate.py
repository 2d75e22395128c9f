"""Validator for blind37.jsonl: keys, categories, counts, docs exist, quotes occur in extracted text."""
import json, os, re, sys
from collections import Counter

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev", "blind37.jsonl")
CATS = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
VERDICTS = {None, "supported", "contradicted", "not_found"}

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def fmt_num(v):
    if isinstance(v, float):
        s = ("%f" % v).rstrip("0").rstrip(".")
        return s.replace(".", ",")
    return str(v)

_cache = {}
def doc_text(path):
    if path in _cache:
        return _cache[path]
    full = os.path.join(ROOT, path)
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        t = open(full, encoding="utf-8").read()
    elif ext == "pdf":
        from pypdf import PdfReader
        t = "\n".join((p.extract_text() or "") for p in PdfReader(full).pages)
    elif ext == "docx":
        import docx
        d = docx.Document(full)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for r in tb.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        t = "\n".join(parts)
    elif ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(full, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join(fmt_num(c) for c in row if c is not None))
        t = "\n".join(parts)
    elif ext in ("html", "htm"):
        from html.parser import HTMLParser
        class P(HTMLParser):
            def __init__(s):
                super().__init__(); s.out = []; s.row = None; s.cell = None; s.skip = 0
            def handle_starttag(s, tag, a):
                if tag in ("script", "style"): s.skip += 1
                elif tag == "tr": s.row = []
                elif tag in ("td", "th"): s.cell = []
                elif tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4"): s.out.append("\n")
            def handle_endtag(s, tag):
                if tag in ("script", "style"): s.skip -= 1
                elif tag in ("td", "th") and s.row is not None and s.cell is not None:
                    s.row.append(" ".join("".join(s.cell).split())); s.cell = None
                elif tag == "tr" and s.row is not None:
                    s.out.append("\n" + " | ".join(s.row) + "\n"); s.row = None
            def handle_data(s, d):
                if s.skip: return
                if s.cell is not None: s.cell.append(d)
                else: s.out.append(d)
        p = P(); p.feed(open(full, encoding="utf-8").read()); t = "".join(p.out)
    else:
        raise ValueError("unknown format " + path)
    _cache[path] = norm(t)
    return _cache[path]

def main():
    errs = []
    cnt = Counter()
    ids = set()
    lines = open(SET, encoding="utf-8").read().splitlines()
    for ln, line in enumerate(lines, 1):
        o = json.loads(line)
        k = set(o)
        if k != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append(f"{ln}: keys {k}")
            continue
        qid = o["id"]
        if qid != f"b37-{ln:03d}" or qid in ids:
            errs.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        if o["corpus"] != "corpus": errs.append(f"{qid}: corpus")
        if o["category"] not in CATS: errs.append(f"{qid}: category {o['category']}")
        cnt[o["category"]] += 1
        if o["language"] not in ("sv", "en"): errs.append(f"{qid}: language")
        if (o["category"] == "english") != (o["language"] == "en"): errs.append(f"{qid}: english/language mismatch")
        if not isinstance(o["question"], str) or not o["question"].strip(): errs.append(f"{qid}: question")
        if not isinstance(o["history"], list) or not all(isinstance(h, str) for h in o["history"]):
            errs.append(f"{qid}: history")
        if (o["category"] == "followup") != bool(o["history"]): errs.append(f"{qid}: history vs followup")
        g = o["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append(f"{qid}: gold keys {set(g)}"); continue
        if not isinstance(g["answer"], str) or not g["answer"].strip(): errs.append(f"{qid}: answer")
        for nmb in g["numbers"]:
            if set(nmb) != {"value", "unit"} or not isinstance(nmb["value"], (int, float)) or nmb["unit"] not in UNITS:
                errs.append(f"{qid}: number {nmb}")
        if not isinstance(g["refused"], bool): errs.append(f"{qid}: refused")
        if g["verdict"] not in VERDICTS: errs.append(f"{qid}: verdict")
        if (o["category"] == "claim") != (g["verdict"] is not None): errs.append(f"{qid}: verdict vs claim")
        if o["category"] == "unanswerable" and not g["refused"]: errs.append(f"{qid}: unanswerable not refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]: errs.append(f"{qid}: refused with docs/quotes/numbers")
            if o["category"] == "claim" and g["verdict"] != "not_found": errs.append(f"{qid}: refused claim verdict")
        else:
            if not g["docs"] or not g["quotes"]: errs.append(f"{qid}: missing docs/quotes")
        if o["category"] == "multi_doc" and len(set(g["docs"])) < 2: errs.append(f"{qid}: multi_doc needs 2 docs")
        for d in g["docs"]:
            if not d.startswith("corpus/") or not os.path.isfile(os.path.join(ROOT, d)):
                errs.append(f"{qid}: doc missing {d}")
        for qu in g["quotes"]:
            nq = norm(qu)
            if not nq or not any(nq in doc_text(d) for d in g["docs"] if os.path.isfile(os.path.join(ROOT, d))):
                errs.append(f"{qid}: quote not found: {qu[:70]!r}")
    for c, n in CATS.items():
        if cnt[c] != n: errs.append(f"count {c}: {cnt[c]} != {n}")
    for c in CATS: print(f"{c}: {cnt[c]}")
    print("total:", sum(cnt.values()))
    if errs:
        print("\n".join(errs)); print("FAILED"); sys.exit(1)
    print("validation passed")

if __name__ == "__main__":
    main()
