"""Validate blind50.jsonl: keys, categories, docs exist, quotes occur in extracted doc text."""
import json, re, sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SET = ROOT / "evals" / "sets" / "dev" / "blind50.jsonl"
CATS = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def extract(path):
    suf = path.suffix.lower()
    if suf in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if suf == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return "\n".join(out)
    if suf == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, float):
                        v = ("%g" % v).replace(".", ",")
                    cells.append(str(v))
                out.append(" | ".join(cells))
        return "\n".join(out)
    raise ValueError(f"unsupported type {path}")


def main():
    errs = []
    cache = {}
    cats = Counter()
    ids = set()
    lines = SET.read_text(encoding="utf-8").splitlines()
    for ln, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append(f"line {ln}: bad json {e}")
            continue
        qid = o.get("id", f"line{ln}")
        if list(o.keys()) != KEYS:
            errs.append(f"{qid}: keys {list(o.keys())}")
        if qid in ids:
            errs.append(f"{qid}: duplicate id")
        ids.add(qid)
        if qid != f"b50-{ln:03d}":
            errs.append(f"{qid}: id out of sequence")
        if o.get("corpus") != "corpus":
            errs.append(f"{qid}: corpus")
        cat = o.get("category")
        if cat not in CATS:
            errs.append(f"{qid}: category {cat}")
        cats[cat] += 1
        lang = o.get("language")
        if lang not in ("sv", "en"):
            errs.append(f"{qid}: language")
        if (cat == "english") != (lang == "en"):
            errs.append(f"{qid}: english/language mismatch")
        if not isinstance(o.get("question"), str) or not o["question"].strip():
            errs.append(f"{qid}: question")
        h = o.get("history")
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h):
            errs.append(f"{qid}: history type")
        elif (cat == "followup") != bool(h):
            errs.append(f"{qid}: history only (and always) for followup")
        g = o.get("gold", {})
        if set(g.keys()) != GKEYS:
            errs.append(f"{qid}: gold keys {set(g.keys())}")
            continue
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            errs.append(f"{qid}: answer")
        for nn in g["numbers"]:
            if set(nn) != {"value", "unit"} or not isinstance(nn["value"], (int, float)) or nn["unit"] not in UNITS:
                errs.append(f"{qid}: number {nn}")
        if not isinstance(g["refused"], bool):
            errs.append(f"{qid}: refused type")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errs.append(f"{qid}: verdict value")
        if cat == "claim" and g["verdict"] is None:
            errs.append(f"{qid}: claim without verdict")
        if cat != "claim" and g["verdict"] is not None:
            errs.append(f"{qid}: verdict on non-claim")
        if g["verdict"] == "not_found" and not g["refused"]:
            errs.append(f"{qid}: not_found must be refused")
        if cat == "unanswerable" and not g["refused"]:
            errs.append(f"{qid}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{qid}: refused with docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errs.append(f"{qid}: missing docs/quotes")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errs.append(f"{qid}: multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("corpus/"):
                errs.append(f"{qid}: doc path {d}")
            p = ROOT / d
            if not p.is_file():
                errs.append(f"{qid}: missing doc {d}")
                continue
            if d not in cache:
                cache[d] = norm(extract(p))
            texts.append(cache[d])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{qid}: quote not found: {qt[:70]}")
        # each doc should be supported by at least one quote
        for d in g["docs"]:
            if d in cache and not any(norm(qt) in cache[d] for qt in g["quotes"]):
                errs.append(f"{qid}: no quote from {d}")
    print("questions:", len(lines))
    for c in CATS:
        print(f"  {c}: {cats[c]} (expected {CATS[c]})")
        if cats[c] != CATS[c]:
            errs.append(f"count {c}: {cats[c]} != {CATS[c]}")
    if len(lines) != 66:
        errs.append("expected 66 questions")
    verdicts = Counter(json.loads(l)["gold"]["verdict"] for l in lines if json.loads(l)["category"] == "claim")
    print("claim verdicts:", dict(verdicts))
    for e in errs:
        print("FAIL", e)
    print("VALIDATION", "PASSED" if not errs else f"FAILED ({len(errs)})")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
