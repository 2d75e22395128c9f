"""Validator for blind48.jsonl: keys, categories, docs and verbatim quotes."""
import json, re, sys, collections
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SET = ROOT / "evals" / "sets" / "dev" / "blind48.jsonl"
CATS = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
VERDICTS = {None, "supported", "contradicted", "not_found"}

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def fmt_num(v):
    if isinstance(v, float) and not v.is_integer():
        return str(v).replace(".", ",")
    return str(int(v)) if isinstance(v, (int, float)) else str(v)

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
                cells = [fmt_num(c) for c in row if c is not None]
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    if ext in (".html", ".htm"):
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
                elif t in ("td", "th") and s.cell is not None and s.row is not None:
                    s.row.append(" ".join(s.cell).strip()); s.cell = None
                elif t == "tr" and s.row is not None:
                    s.out.append(" | ".join(s.row)); s.row = None
            def handle_data(s, d):
                if s.skip: return
                if s.cell is not None: s.cell.append(d)
                else: s.out.append(d)
        p = P(); p.feed(path.read_text(encoding="utf-8")); return "\n".join(p.out)
    raise ValueError(f"unsupported doc type {path}")

def main():
    errs = []; counts = collections.Counter(); ids = set(); cache = {}
    lines = SET.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}"); continue
        qid = o.get("id", f"line{n}")
        if list(o.keys()) != ["id", "corpus", "category", "language", "question", "history", "gold"]:
            errs.append(f"{qid}: keys {list(o.keys())}")
        if not re.fullmatch(r"b48-\d{3}", qid) or qid in ids: errs.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        if o.get("corpus") != "corpus": errs.append(f"{qid}: corpus")
        cat = o.get("category"); counts[cat] += 1
        if cat not in CATS: errs.append(f"{qid}: category {cat}")
        lang = o.get("language")
        if lang not in ("sv", "en"): errs.append(f"{qid}: language")
        if (cat == "english") != (lang == "en"): errs.append(f"{qid}: language/category mismatch")
        if not isinstance(o.get("question"), str) or not o["question"].strip(): errs.append(f"{qid}: question")
        h = o.get("history")
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h): errs.append(f"{qid}: history")
        elif (cat == "followup") != bool(h): errs.append(f"{qid}: history vs followup")
        g = o.get("gold", {})
        if list(g.keys()) != ["answer", "numbers", "docs", "quotes", "refused", "verdict"]:
            errs.append(f"{qid}: gold keys {list(g.keys())}"); continue
        if not g["answer"].strip(): errs.append(f"{qid}: empty answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) or num["unit"] not in UNITS:
                errs.append(f"{qid}: number {num}")
        if not isinstance(g["refused"], bool): errs.append(f"{qid}: refused type")
        if g["verdict"] not in VERDICTS: errs.append(f"{qid}: verdict")
        if (cat == "claim") != (g["verdict"] is not None): errs.append(f"{qid}: verdict vs claim")
        if g["verdict"] == "not_found" and not g["refused"]: errs.append(f"{qid}: not_found must be refused")
        if cat == "unanswerable" and not g["refused"]: errs.append(f"{qid}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]: errs.append(f"{qid}: refused with docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]: errs.append(f"{qid}: missing docs/quotes")
        if cat == "multi_doc" and len(set(g["docs"])) < 2: errs.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            p = ROOT / d
            if not d.startswith("corpus/") or not p.is_file():
                errs.append(f"{qid}: doc missing {d}"); continue
            if d not in cache: cache[d] = norm(extract(p))
            texts.append(cache[d])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{qid}: quote not found: {qt[:80]!r}")
    for c, want in CATS.items():
        if counts[c] != want: errs.append(f"count {c}: {counts[c]} != {want}")
    print(f"{len(lines)} questions")
    for c in CATS: print(f"  {c}: {counts[c]}")
    if errs:
        print("FAILED"); [print(" ", e) for e in errs]; sys.exit(1)
    print("VALIDATION PASSED")

if __name__ == "__main__":
    main()
