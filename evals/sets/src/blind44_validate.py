"""Validator for blind44.jsonl: keys, categories, docs exist, quotes occur in extracted doc text."""
import json, re, sys, collections
from pathlib import Path

ROOT = Path("/work/main")
SET = Path(__file__).resolve().parent.parent / "dev" / "blind44.jsonl"
CATS = {"lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7, "claim": 8,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def fmt(v):
    if isinstance(v, float):
        s = ("%.10g" % v).replace(".", ",")
        return s
    return str(v)

def extract(path):
    ext = path.suffix.lower()
    if ext in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
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
                parts.append(" | ".join(fmt(c) for c in row if c is not None))
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        from html.parser import HTMLParser
        class P(HTMLParser):
            def __init__(s):
                super().__init__(); s.out = []; s.row = None; s.cell = None; s.skip = 0
            def handle_starttag(s, t, a):
                if t in ("script", "style"): s.skip += 1
                if t == "tr": s.row = []
                if t in ("td", "th"): s.cell = []
            def handle_endtag(s, t):
                if t in ("script", "style"): s.skip -= 1
                if t in ("td", "th") and s.row is not None and s.cell is not None:
                    s.row.append("".join(s.cell).strip()); s.cell = None
                if t == "tr" and s.row is not None:
                    s.out.append(" | ".join(s.row)); s.row = None
            def handle_data(s, d):
                if s.skip: return
                if s.cell is not None: s.cell.append(d)
                else: s.out.append(d)
        p = P(); p.feed(path.read_text(encoding="utf-8")); return "\n".join(p.out)
    raise ValueError(f"unsupported type {path}")

def main():
    errors = []
    counts = collections.Counter()
    cache = {}
    ids = set()
    lines = SET.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad json {e}"); continue
        qid = o.get("id", f"line{n}")
        if list(o.keys()) != KEYS: errors.append(f"{qid}: keys {list(o.keys())}")
        if qid in ids: errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if qid != f"b44-{n:03d}": errors.append(f"{qid}: id out of sequence")
        if o.get("corpus") != "corpus": errors.append(f"{qid}: corpus")
        cat = o.get("category"); counts[cat] += 1
        if cat not in CATS: errors.append(f"{qid}: category {cat}")
        lang = o.get("language")
        if lang not in ("sv", "en"): errors.append(f"{qid}: language")
        if (cat == "english") != (lang == "en"): errors.append(f"{qid}: language/category mismatch")
        if not isinstance(o.get("question"), str) or not o["question"].strip(): errors.append(f"{qid}: question")
        h = o.get("history")
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h): errors.append(f"{qid}: history")
        if cat == "followup" and not (1 <= len(h) <= 2): errors.append(f"{qid}: followup needs 1-2 history")
        if cat != "followup" and h: errors.append(f"{qid}: history on non-followup")
        g = o.get("gold", {})
        if set(g.keys()) != GKEYS: errors.append(f"{qid}: gold keys {sorted(g.keys())}"); continue
        if not g["answer"]: errors.append(f"{qid}: empty answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) or isinstance(num["value"], bool) or num["unit"] not in UNITS:
                errors.append(f"{qid}: bad number {num}")
        if not isinstance(g["refused"], bool): errors.append(f"{qid}: refused not bool")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"): errors.append(f"{qid}: verdict")
        if cat == "claim" and g["verdict"] is None: errors.append(f"{qid}: claim without verdict")
        if cat != "claim" and g["verdict"] is not None: errors.append(f"{qid}: verdict on non-claim")
        if g["verdict"] == "not_found" and not g["refused"]: errors.append(f"{qid}: not_found must be refused")
        if cat == "unanswerable" and not g["refused"]: errors.append(f"{qid}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]: errors.append(f"{qid}: refused with docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]: errors.append(f"{qid}: missing docs/quotes")
        if cat == "multi_doc" and len(set(g["docs"])) < 2: errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            p = ROOT / d
            if not d.startswith("corpus/") or not p.is_file():
                errors.append(f"{qid}: missing doc {d}"); continue
            if d not in cache: cache[d] = norm(extract(p))
            texts.append(cache[d])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qt[:80]}")
        for d in g["docs"]:
            if d in cache and not any(norm(qt) in cache[d] for qt in g["quotes"]):
                errors.append(f"{qid}: doc {d} has no supporting quote")
    for c, want in CATS.items():
        if counts[c] != want: errors.append(f"count {c}: {counts[c]} != {want}")
    for c in sorted(counts): print(f"{c}: {counts[c]}")
    print("total:", sum(counts.values()))
    if errors:
        print("FAILED"); [print(" ", e) for e in errors]; sys.exit(1)
    print("validation passed")

if __name__ == "__main__":
    main()
