import json, re, sys, os
from collections import Counter

ROOT = "/work/main"
PATH = os.path.join(ROOT, "evals/sets/dev/blind27.jsonl")
CATS = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = {"id", "corpus", "category", "language", "question", "history", "gold"}
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def doc_text(p):
    full = os.path.join(ROOT, p)
    if p.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(full).pages)
    with open(full, encoding="utf-8") as f:
        return f.read()


errors = []
cats = Counter()
ids = set()
lines = open(PATH, encoding="utf-8").read().splitlines()
for n, line in enumerate(lines, 1):
    try:
        q = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad json {e}")
        continue
    qid = q.get("id")
    if set(q) != KEYS:
        errors.append(f"{qid}: keys {sorted(q)}")
    if set(q.get("gold", {})) != GKEYS:
        errors.append(f"{qid}: gold keys {sorted(q.get('gold', {}))}")
        continue
    if qid != f"b27-{n:03d}":
        errors.append(f"{qid}: expected id b27-{n:03d}")
    if qid in ids:
        errors.append(f"{qid}: duplicate")
    ids.add(qid)
    if q["corpus"] != "corpus":
        errors.append(f"{qid}: corpus")
    c = q["category"]
    cats[c] += 1
    if c not in CATS:
        errors.append(f"{qid}: category {c}")
    if q["language"] not in ("sv", "en"):
        errors.append(f"{qid}: language")
    if (c == "english") != (q["language"] == "en"):
        errors.append(f"{qid}: english/language mismatch")
    if not isinstance(q["history"], list) or not all(isinstance(h, str) for h in q["history"]):
        errors.append(f"{qid}: history")
    if c == "followup" and not (1 <= len(q["history"]) <= 2):
        errors.append(f"{qid}: followup needs history")
    if c != "followup" and q["history"]:
        errors.append(f"{qid}: history on non-followup")
    g = q["gold"]
    if not g["answer"] or not isinstance(g["answer"], str):
        errors.append(f"{qid}: answer")
    for num in g["numbers"]:
        if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) or num["unit"] not in UNITS:
            errors.append(f"{qid}: number {num}")
    if not isinstance(g["refused"], bool):
        errors.append(f"{qid}: refused type")
    if c == "claim":
        if g["verdict"] not in ("supported", "contradicted", "not_found"):
            errors.append(f"{qid}: verdict")
        if (g["verdict"] == "not_found") != g["refused"]:
            errors.append(f"{qid}: not_found must be refused")
    elif g["verdict"] is not None:
        errors.append(f"{qid}: verdict on non-claim")
    if c == "unanswerable" and not g["refused"]:
        errors.append(f"{qid}: unanswerable must be refused")
    if g["refused"]:
        if g["docs"] or g["quotes"]:
            errors.append(f"{qid}: refused with docs/quotes")
        continue
    if not g["docs"] or not g["quotes"]:
        errors.append(f"{qid}: missing docs/quotes")
    if c == "multi_doc" and len(g["docs"]) < 2:
        errors.append(f"{qid}: multi_doc needs 2 docs")
    texts = []
    for d in g["docs"]:
        if not d.startswith("corpus/") or not os.path.isfile(os.path.join(ROOT, d)):
            errors.append(f"{qid}: doc missing {d}")
            continue
        texts.append(norm(doc_text(d)))
    for qt in g["quotes"]:
        if not any(norm(qt) in t for t in texts):
            errors.append(f"{qid}: quote not found: {qt!r}")
    if c == "multi_doc":
        for d, t in zip(g["docs"], texts):
            if not any(norm(qt) in t for qt in g["quotes"]):
                errors.append(f"{qid}: no quote from {d}")

for c, k in CATS.items():
    if cats[c] != k:
        errors.append(f"category {c}: {cats[c]} != {k}")
if len(lines) != 66:
    errors.append(f"{len(lines)} lines, expected 66")

for c in CATS:
    print(f"{c}: {cats[c]}")
print("total:", sum(cats.values()))
if errors:
    print("FAILED")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("validation passed")
