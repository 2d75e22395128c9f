"""Validate muni_dev50.jsonl: keys, categories, docs exist, quotes occur in extracted text."""
import json, os, re, sys, collections
import pypdf, docx, openpyxl
from lxml import html as lhtml

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "evals", "sets", "dev", "muni_dev50.jsonl")
CATS = {"lookup", "text_amount", "table_lookup", "calculation", "claim", "multi_part", "multi_doc", "followup", "english", "unanswerable"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def num(v):
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    if ext in ("html", "htm"):
        tree = lhtml.parse(path).getroot()
        for bad in tree.xpath("//script|//style"):
            bad.drop_tree()
        for tr in tree.xpath("//tr"):
            cells = [c.text_content().strip() for c in tr.xpath("./th|./td")]
            tr.clear()
            tr.text = "\n" + " | ".join(cells) + "\n"
        return tree.text_content()
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [num(c) for c in row if c is not None and c != ""]
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    errors = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    with open(OUT, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    for ln, line in enumerate(lines, 1):
        q = json.loads(line)
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{ln}: keys {sorted(q)}")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{ln}: gold keys {sorted(g)}")
        if q["id"] in ids or not re.fullmatch(r"md50-\d{3}", q["id"]):
            errors.append(f"{ln}: bad/dup id {q['id']}")
        ids.add(q["id"])
        if q["corpus"] != "evals/corpora/dev-muni50":
            errors.append(f"{ln}: corpus")
        if q["category"] not in CATS:
            errors.append(f"{ln}: category {q['category']}")
        counts[q["category"]] += 1
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errors.append(f"{ln}: language")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errors.append(f"{ln}: history")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errors.append(f"{ln}: number {n}")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{ln}: refused with docs/quotes")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{ln}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{ln}: unanswerable not refused")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{ln}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errors.append(f"{ln}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errors.append(f"{ln}: verdict on non-claim")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{ln}: multi_doc with <2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(q["corpus"] + "/"):
                errors.append(f"{ln}: doc prefix {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p):
                errors.append(f"{ln}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errors.append(f"{ln} {q['id']}: quote not found: {qu!r}")
        for d in g["docs"]:
            p = os.path.join(ROOT, d)
            if p in cache and not any(norm(qu) in cache[p] for qu in g["quotes"]):
                errors.append(f"{ln} {q['id']}: no quote from doc {d}")
    for e in errors:
        print("ERROR", e)
    print(dict(sorted(counts.items())), "total", sum(counts.values()))
    print("VALIDATION", "FAILED" if errors else "PASSED")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
        sys.exit(0)
    sys.exit(main())
