"""Validates ../muni_blind14.jsonl against the generated corpus. Run from anywhere."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import text_of, norm
import gdata as g, sdata as s

REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
CATS = {"lookup", "text_amount", "table_lookup", "calculation", "multi_part", "multi_doc", "claim",
        "unanswerable", "followup", "english"}
errs = []
rows = []
for i, line in enumerate(open(os.path.join(HERE, "..", "muni_blind14.jsonl"), encoding="utf-8")):
    try:
        rows.append(json.loads(line))
    except Exception as e:
        errs.append(f"line {i+1}: JSON {e}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    errs.append("duplicate ids")
if len(rows) != 55:
    errs.append(f"{len(rows)} questions, expected 55")
cnt = collections.Counter(r["category"] for r in rows)
if set(cnt) != CATS:
    errs.append(f"categories mismatch: {set(cnt) ^ CATS}")
cache = {}
for r in rows:
    gd, qid = r["gold"], r["id"]
    if r.get("corpus") != "evals/corpora/blind-muni14":
        errs.append(f"{qid}: corpus")
    for d in gd["docs"]:
        p = os.path.join(REPO, d)
        if not os.path.isfile(p):
            errs.append(f"{qid}: missing doc {d}")
        elif d not in cache:
            cache[d] = text_of(p)
    for qt in gd["quotes"]:
        if not any(norm(qt) in cache.get(d, "") for d in gd["docs"]):
            errs.append(f"{qid}: quote not found: {qt!r}")
    if gd["refused"] and (gd["quotes"] or gd["numbers"] or gd["docs"]):
        errs.append(f"{qid}: refused but has quotes/numbers/docs")
    if r["category"] == "unanswerable" and not gd["refused"]:
        errs.append(f"{qid}: unanswerable not refused")
    if r["category"] == "claim":
        if gd["verdict"] not in ("supported", "contradicted", "not_found"):
            errs.append(f"{qid}: verdict")
        if gd["verdict"] == "not_found" and not gd["refused"]:
            errs.append(f"{qid}: not_found must be refused")
    elif gd["verdict"] is not None:
        errs.append(f"{qid}: verdict outside claim")
    if not gd["refused"] and not gd["quotes"]:
        errs.append(f"{qid}: no quotes")
    if r["category"] == "multi_doc" and len(set(gd["docs"])) < 2:
        errs.append(f"{qid}: multi_doc needs 2 docs")
    if r["category"] == "followup" and not (1 <= len(r["history"]) <= 2):
        errs.append(f"{qid}: followup history")
    if (r["category"] == "english") != (r["language"] == "en"):
        errs.append(f"{qid}: language")
    for n in gd["numbers"]:
        if n["unit"] not in ("kr", "tkr", "mnkr", "mdkr", "%", "st"):
            errs.append(f"{qid}: unit {n['unit']}")

# internal consistency of the corpus data
for sec, items in g.DRIFT:
    pass
assert sum(g.section_sums()[k][2] for k in g.section_sums()) + g.FINANSF[2] == -g.NETTO[2]
for i in range(5):
    assert g.INT[i] + g.KOST[i] + g.AVSKR[i] == g.NETTO[i]
    assert g.NETTO[i] + g.SKATT[i] + g.GSB[i] + g.FINI[i] + g.FINK[i] == g.RES[i]
assert sum(x[2] for x in g.GSB_ROWS) == g.GSB[2]
assert sum(x[1] for x in g.DEL_INV) == g.INV_TOT[1]
assert s.POP[2] == 8921 and sum(r[3] for r in s.POP_ORT) == s.POP[2]
assert s.NETTO[0] == -s.DRIFT_U and s.RES[0] == 258
print("categories:", dict(sorted(cnt.items())))
print("docs checked:", len(cache))
if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK: all", len(rows), "questions valid")
