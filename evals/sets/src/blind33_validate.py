import json, os, re, sys, collections
ROOT = "/work/main"
PATH = os.path.join(ROOT, "evals/sets/dev/blind33.jsonl")
CATS = {"claim":8,"lookup":7,"text_amount":7,"table_lookup":7,"calculation":7,"multi_part":6,"multi_doc":6,"unanswerable":6,"followup":6,"english":6}
UNITS = {"kr","tkr","mnkr","mdkr","%","st"}
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()
def text_of(p):
    full = os.path.join(ROOT, p)
    if p.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(full).pages)
    return open(full, encoding="utf-8").read()
errs = []; counts = collections.Counter(); ids = set()
lines = open(PATH, encoding="utf-8").read().splitlines()
for n, line in enumerate(lines, 1):
    o = json.loads(line)
    if list(o) != ["id","corpus","category","language","question","history","gold"]: errs.append((n,"keys",list(o)))
    if o["id"] != f"b33-{n:03d}" or o["id"] in ids: errs.append((n,"id"))
    ids.add(o["id"])
    if o["corpus"] != "corpus": errs.append((n,"corpus"))
    c = o["category"]; counts[c] += 1
    if c not in CATS: errs.append((n,"cat",c))
    if o["language"] not in ("sv","en") or (c == "english") != (o["language"] == "en"): errs.append((n,"lang"))
    if not isinstance(o["question"], str) or not o["question"].strip(): errs.append((n,"question"))
    if not isinstance(o["history"], list) or ((c == "followup") != bool(o["history"])): errs.append((n,"history"))
    g = o["gold"]
    if list(g) != ["answer","numbers","docs","quotes","refused","verdict"]: errs.append((n,"goldkeys",list(g)))
    if not g["answer"].strip(): errs.append((n,"answer"))
    for x in g["numbers"]:
        if set(x) != {"value","unit"} or x["unit"] not in UNITS or not isinstance(x["value"], (int,float)) or isinstance(x["value"], bool): errs.append((n,"number",x))
    if not isinstance(g["refused"], bool): errs.append((n,"refused"))
    if c == "claim":
        if g["verdict"] not in ("supported","contradicted","not_found"): errs.append((n,"verdict"))
        if (g["verdict"] == "not_found") != g["refused"]: errs.append((n,"nf/refused"))
    elif g["verdict"] is not None: errs.append((n,"verdict not null"))
    if c == "unanswerable" and not g["refused"]: errs.append((n,"unans not refused"))
    if g["refused"]:
        if g["docs"] or g["quotes"] or g["numbers"]: errs.append((n,"refused with evidence"))
        continue
    if not g["docs"] or not g["quotes"]: errs.append((n,"no evidence"))
    if c == "multi_doc" and len(set(g["docs"])) < 2: errs.append((n,"multi_doc needs 2 docs"))
    texts = {}
    for d in g["docs"]:
        if not d.startswith("corpus/") or not os.path.isfile(os.path.join(ROOT, d)): errs.append((n,"doc missing",d)); continue
        texts[d] = norm(text_of(d))
    for qt in g["quotes"]:
        if not any(norm(qt) in t for t in texts.values()): errs.append((n,"quote not found",qt))
    if c == "multi_doc":
        for d in g["docs"]:
            if not any(norm(qt) in texts.get(d,"") for qt in g["quotes"]): errs.append((n,"doc without quote",d))
for k, v in CATS.items():
    if counts[k] != v: errs.append(("count", k, counts[k], v))
if len(lines) != 66: errs.append(("total", len(lines)))
for e in errs: print("ERROR", e)
for k in CATS: print(k, counts[k])
print("total", sum(counts.values()))
print("VALIDATION PASSED" if not errs else "VALIDATION FAILED")
sys.exit(1 if errs else 0)
