"""Validate muni_blind5.jsonl against the blind-muni5 corpus."""
import json, os, re, sys
from collections import Counter
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import extract, norm

ROOT = "/work/main"
SET = f"{ROOT}/evals/sets/dev/muni_blind5.jsonl"
EXPECT = {"table_lookup": 10, "calculation": 9, "lookup": 5, "text_amount": 5, "claim": 7,
          "followup": 5, "multi_part": 4, "english": 3, "unanswerable": 7}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
errors = []
cache = {}


def text(doc):
    if doc not in cache:
        cache[doc] = norm(extract(os.path.join(ROOT, doc)))
    return cache[doc]


def fmt_variants(v):
    out = set()
    for d in (0, 1, 2):
        s = f"{v:,.{d}f}"
        out.add(s.replace(",", " ").replace(".", ","))
        out.add(s.replace(",", ""))
    return out


def unit_of_context(t, pos):
    """unit of the nearest caption before pos"""
    best, bpos = None, -1
    for pat, u in [(r"Belopp i mnkr", "mnkr"), (r"Belopp i tkr", "tkr"), (r"belopp i tkr", "tkr"),
                   (r"Belopp i kronor", "kr"), (r"\(kronor\)", "kr"), (r"i procent", "%"), (r"Procent", "%"),
                   (r"Antal", "st")]:
        for m in re.finditer(pat, t[:pos]):
            if m.start() > bpos:
                best, bpos = u, m.start()
    return best, pos - bpos


lines = open(SET, encoding="utf-8").read().splitlines()
rows = []
for i, l in enumerate(lines, 1):
    try:
        rows.append(json.loads(l))
    except Exception as e:
        errors.append(f"line {i} does not parse: {e}")
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if ids != [f"mb5-{i:03d}" for i in range(1, len(rows) + 1)]:
    errors.append("ids not sequential")
cnt = Counter(r["category"] for r in rows)
if dict(cnt) != EXPECT:
    errors.append(f"category counts {dict(cnt)} != {EXPECT}")
if len(rows) != 55:
    errors.append(f"{len(rows)} rows, expected 55")
nquotes = 0
for r in rows:
    g = r["gold"]
    rid = r["id"]
    for k in ("id", "category", "language", "question", "history", "gold"):
        if k not in r:
            errors.append(f"{rid}: missing {k}")
    if r.get("corpus") != "evals/corpora/blind-muni5":
        errors.append(f"{rid}: corpus field wrong")
    if (r["category"] == "english") != (r["language"] == "en"):
        errors.append(f"{rid}: language mismatch")
    if r["category"] == "followup" and not r["history"]:
        errors.append(f"{rid}: followup without history")
    if r["category"] == "claim":
        if g["verdict"] not in ("supported", "contradicted", "not_found"):
            errors.append(f"{rid}: bad verdict")
    elif g["verdict"] is not None:
        errors.append(f"{rid}: verdict on non-claim")
    if r["category"] == "unanswerable":
        if not g["refused"] or g["docs"] or g["quotes"] or g["numbers"]:
            errors.append(f"{rid}: unanswerable gold malformed")
        continue
    if g["refused"]:
        errors.append(f"{rid}: refused on answerable")
    if g.get("verdict") == "not_found":
        if g["docs"] or g["quotes"]:
            errors.append(f"{rid}: not_found should have no evidence")
        continue
    if not g["docs"] or not g["quotes"]:
        errors.append(f"{rid}: missing docs/quotes")
    for d in g["docs"]:
        if not d.startswith("evals/corpora/blind-muni5/") or not os.path.exists(os.path.join(ROOT, d)):
            errors.append(f"{rid}: doc missing {d}")
    for n in g["numbers"]:
        if n["unit"] not in UNITS:
            errors.append(f"{rid}: bad unit {n['unit']}")
        if not isinstance(n["value"], (int, float)) or n["value"] < 0:
            errors.append(f"{rid}: bad value {n}")
    # every quote verbatim in one of the docs
    for qt in g["quotes"]:
        nquotes += 1
        nq = norm(qt)
        hit = [d for d in g["docs"] if nq in text(d)]
        if not hit:
            errors.append(f"{rid}: quote not found: {qt!r}")
            continue
        # unit consistency for figures read directly from a table/prose quote
        t = text(hit[0])
        pos = t.index(nq)
        for n in g["numbers"]:
            if r["category"] == "calculation":
                continue
            vs = fmt_variants(n["value"])
            toks = set(re.findall(r"\d[\d ]*(?:,\d+)?", nq))
            toks |= {x.strip() for x in toks}
            appears = any(re.search(r"(?<![\d,])" + re.escape(v) + r"(?![\d]|,\d)", nq) for v in vs)
            if not appears:
                continue
            # prose units
            after = nq[nq.find(next(v for v in vs if v in nq)) :][:40]
            if re.search(r"miljoner kronor|mnkr|mille", after):
                want = "mnkr"
            elif re.search(r"procent|%", after):
                want = "%"
            elif re.search(r"^\S+ kronor", after):
                want = "kr"
            else:
                want, dist = unit_of_context(t, pos)
                if want is None or dist > 4000:
                    want = None
            if want and want != n["unit"] and not (want == "st" and n["unit"] in ("%",)):
                errors.append(f"{rid}: unit {n['unit']} but context says {want} for {n['value']}")
    # every non-calculated figure appears in some quote
    if r["category"] not in ("calculation",) and g["numbers"]:
        allq = " ".join(norm(x) for x in g["quotes"])
        for n in g["numbers"]:
            if not any(v in allq for v in fmt_variants(n["value"])):
                errors.append(f"{rid}: number {n['value']} not in quotes")

print("rows", len(rows), "quotes checked", nquotes)
print("counts", dict(sorted(cnt.items())))
if errors:
    print("VALIDATION FAILED")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("VALIDATION PASSED")
