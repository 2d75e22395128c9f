"""Validate evals/sets/dev/muni_blind21.jsonl against the corpus. Run from anywhere."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import text_of  # noqa: E402

REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
JSONL = os.path.join(HERE, "..", "..", "dev", "muni_blind21.jsonl")
CORPUS = "evals/corpora/blind-muni21"
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
WANT = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


cache = {}
errors = []
counts = collections.Counter()
ids = set()
lines = open(JSONL, encoding="utf-8").read().splitlines()
for ln, line in enumerate(lines, 1):
    r = json.loads(line)
    e = lambda m: errors.append(f"line {ln} {r.get('id')}: {m}")  # noqa: E731
    if list(r.keys()) != KEYS:
        e(f"keys {list(r.keys())}")
    if r["id"] != f"mb21-{ln:03d}" or r["id"] in ids:
        e("bad id")
    ids.add(r["id"])
    if r["corpus"] != CORPUS:
        e("corpus")
    cat = r["category"]
    if cat not in WANT:
        e("category")
    counts[cat] += 1
    if r["language"] not in ("sv", "en") or (cat == "english") != (r["language"] == "en"):
        e("language")
    if not isinstance(r["question"], str) or not r["question"].strip():
        e("question")
    if not isinstance(r["history"], list) or (cat == "followup") != bool(r["history"]):
        e("history")
    g = r["gold"]
    if set(g) != GKEYS:
        e("gold keys")
    if not g["answer"]:
        e("answer")
    for num in g["numbers"]:
        if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
            e(f"number {num}")
    if cat == "claim":
        if g["verdict"] not in ("supported", "contradicted", "not_found"):
            e("verdict")
        if (g["verdict"] == "not_found") != g["refused"]:
            e("not_found must be refused")
    elif g["verdict"] is not None:
        e("verdict must be null")
    if cat == "unanswerable" and not g["refused"]:
        e("unanswerable not refused")
    if g["refused"]:
        if g["docs"] or g["quotes"] or g["numbers"]:
            e("refused with evidence")
        continue
    if not g["docs"] or not g["quotes"]:
        e("missing docs/quotes")
    if cat == "multi_doc" and len(set(g["docs"])) < 2:
        e("multi_doc needs two docs")
    texts = []
    for d in g["docs"]:
        if not d.startswith(CORPUS + "/"):
            e(f"doc path {d}")
        p = os.path.join(REPO, d)
        if not os.path.isfile(p):
            e(f"missing doc {d}")
            continue
        if p not in cache:
            cache[p] = norm(text_of(p))
        texts.append(cache[p])
    for qt in g["quotes"]:
        if not any(norm(qt) in t for t in texts):
            e(f"quote not found: {qt!r}")
    for d in g["docs"]:
        p = os.path.join(REPO, d)
        if p in cache and not any(norm(qt) in cache[p] for qt in g["quotes"]):
            e(f"no quote from doc {d}")

for c, w in WANT.items():
    if counts[c] != w:
        errors.append(f"count {c}: {counts[c]} != {w}")
if len(lines) != 55:
    errors.append(f"total {len(lines)}")
used = {d for line in lines for d in json.loads(line)["gold"]["docs"]}
for m in ("habo", "solleftea"):
    for f in os.listdir(os.path.join(REPO, CORPUS, m)):
        if f"{CORPUS}/{m}/{f}" not in used:
            errors.append(f"unused doc {m}/{f}")
for k in WANT:
    print(f"{k}: {counts[k]}")
if errors:
    print("\n".join(errors))
    print("VALIDATION FAILED")
    sys.exit(1)
print("VALIDATION PASSED")
