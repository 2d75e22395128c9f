"""Validator for blind31.jsonl: keys, categories, counts, docs exist, quotes occur in docs."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
PATH = os.path.join(HERE, "..", "dev", "blind31.jsonl")
CATS = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = {"id", "corpus", "category", "language", "question", "history", "gold"}
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def norm(s):
    return " ".join(s.split()).lower()


def doc_text(rel):
    p = os.path.join(ROOT, rel)
    ext = os.path.splitext(p)[1].lower()
    if ext in (".txt", ".md"):
        return open(p, encoding="utf-8").read()
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    if ext == ".docx":
        import docx
        d = docx.Document(p)
        parts = [para.text for para in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(p, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, float):
                        v = ("%g" % v).replace(".", ",")
                    cells.append(str(v))
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    raise ValueError("unsupported " + rel)


def main():
    errs = []
    rows = [json.loads(l) for l in open(PATH, encoding="utf-8") if l.strip()]
    counts = collections.Counter()
    ids = set()
    cache = {}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if set(r) != KEYS:
            errs.append(f"{rid}: keys {sorted(r)}")
            continue
        if rid != f"b31-{i:03d}" or rid in ids:
            errs.append(f"{rid}: bad/duplicate id")
        ids.add(rid)
        if r["corpus"] != "corpus":
            errs.append(f"{rid}: corpus")
        cat = r["category"]
        if cat not in CATS:
            errs.append(f"{rid}: category {cat}")
        counts[cat] += 1
        lang = r["language"]
        if lang not in ("sv", "en") or (cat == "english") != (lang == "en"):
            errs.append(f"{rid}: language {lang}")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errs.append(f"{rid}: question")
        h = r["history"]
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h):
            errs.append(f"{rid}: history type")
        if cat == "followup" and not (1 <= len(h) <= 2):
            errs.append(f"{rid}: followup needs history")
        if cat != "followup" and h:
            errs.append(f"{rid}: history on non-followup")
        g = r["gold"]
        if set(g) != GKEYS:
            errs.append(f"{rid}: gold keys {sorted(g)}")
            continue
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            errs.append(f"{rid}: answer")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or not isinstance(n["value"], (int, float)) \
                    or isinstance(n["value"], bool) or n["unit"] not in UNITS:
                errs.append(f"{rid}: number {n}")
        if not isinstance(g["refused"], bool):
            errs.append(f"{rid}: refused type")
        v = g["verdict"]
        if cat == "claim":
            if v not in ("supported", "contradicted", "not_found"):
                errs.append(f"{rid}: verdict {v}")
            if (v == "not_found") != g["refused"]:
                errs.append(f"{rid}: not_found <-> refused")
            if v == "contradicted" and not g["numbers"]:
                errs.append(f"{rid}: contradicted without numbers")
        elif v is not None:
            errs.append(f"{rid}: verdict on non-claim")
        if cat == "unanswerable" and not g["refused"]:
            errs.append(f"{rid}: unanswerable not refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{rid}: refused with docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errs.append(f"{rid}: missing docs/quotes")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errs.append(f"{rid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("corpus/") or not os.path.isfile(os.path.join(ROOT, d)):
                errs.append(f"{rid}: doc missing {d}")
                continue
            if d not in cache:
                cache[d] = norm(doc_text(d))
            texts.append(cache[d])
        used = set()
        for qt in g["quotes"]:
            hits = [j for j, t in enumerate(texts) if norm(qt) in t]
            if not hits:
                errs.append(f"{rid}: quote not found: {qt[:70]!r}")
            used.update(hits)
        if texts and len(used) < len(texts):
            errs.append(f"{rid}: a doc has no quote")
    for c, n in CATS.items():
        if counts[c] != n:
            errs.append(f"count {c}: {counts[c]} != {n}")
    for c in CATS:
        print(f"{c}: {counts[c]}")
    print("total:", len(rows))
    if errs:
        print("FAILED")
        for e in errs:
            print(" ", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
