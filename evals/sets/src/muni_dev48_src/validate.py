import sys, os, pypdf, re, html as H
from docx import Document
import openpyxl
from html.parser import HTMLParser
def cellfmt(v):
    if v is None: return ""
    if isinstance(v,float):
        s=repr(v).replace(".",",")
        if s.endswith(",0"): s=s[:-2]
        return s
    return str(v)
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.out=[]; s.row=None; s.cell=None; s.skip=0
    def handle_starttag(s,t,a):
        if t in("script","style","title"): s.skip+=1
        if t=="tr": s.row=[]
        if t in("td","th"): s.cell=""
        if t in ("p","h1","h2","li","div","br","tr","table"): s.out.append("\n")
    def handle_endtag(s,t):
        if t in("script","style","title"): s.skip-=1
        if t in("td","th") and s.row is not None: s.row.append(s.cell.strip()); s.cell=None
        elif t=="tr": s.out.append(" | ".join(s.row)+"\n"); s.row=None
        elif t in ("p","h1","h2","li","div"): s.out.append("\n")
    def handle_data(s,d):
        if s.skip: return
        if s.cell is not None: s.cell+=d
        elif s.row is None: s.out.append(d)
def extract(p):
    if p.endswith(".pdf"): return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    if p.endswith(".docx"):
        d=Document(p); out=[x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows: out.append(" | ".join(c.text for c in r.cells))
        return "\n".join(out)
    if p.endswith(".xlsx"):
        wb=openpyxl.load_workbook(p,data_only=True); out=[]
        for ws in wb.worksheets:
            out.append("## "+ws.title)
            for r in ws.iter_rows(values_only=True):
                cells=[cellfmt(c) for c in r]
                while cells and cells[-1]=="": cells.pop()
                out.append(" | ".join(cells))
        return "\n".join(out)
    if p.endswith(".html"):
        x=P(); x.feed(open(p,encoding="utf-8").read()); return "".join(x.out)
    return open(p,encoding="utf-8").read()

import json, collections
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(HERE, "..", "..", "dev", "muni_dev48.jsonl")
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
norm = lambda s: re.sub(r"\s+", " ", s).strip().lower()

def main():
    errs = []; cache = {}; counts = collections.Counter(); ids = set()
    for ln, line in enumerate(open(SET, encoding="utf-8"), 1):
        o = json.loads(line)
        if set(o) != {"id", "corpus", "category", "language", "question", "history", "gold"}: errs.append(f"{ln}: keys")
        g = o["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}: errs.append(f"{ln}: gold keys")
        if o["id"] != f"md48-{ln:03d}" or o["id"] in ids: errs.append(f"{ln}: id"); ids.add(o["id"])
        if o["corpus"] != "evals/corpora/dev-muni48": errs.append(f"{ln}: corpus")
        c = o["category"]; counts[c] += 1
        if c not in CATS: errs.append(f"{ln}: category {c}")
        if o["language"] != ("en" if c == "english" else "sv"): errs.append(f"{ln}: language")
        if (c == "followup") != bool(o["history"]): errs.append(f"{ln}: history")
        if not o["question"].strip() or not g["answer"].strip(): errs.append(f"{ln}: empty")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errs.append(f"{ln}: number {n}")
        if c == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"): errs.append(f"{ln}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]: errs.append(f"{ln}: not_found/refused")
        elif g["verdict"] is not None: errs.append(f"{ln}: verdict non-claim")
        if c == "unanswerable" and not g["refused"]: errs.append(f"{ln}: unanswerable not refused")
        if g["refused"] and (g["docs"] or g["quotes"]): errs.append(f"{ln}: refused with docs")
        if not g["refused"] and (not g["docs"] or not g["quotes"]): errs.append(f"{ln}: missing docs/quotes")
        if c == "multi_doc" and len(set(g["docs"])) < 2: errs.append(f"{ln}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            p = os.path.join(REPO, d)
            if not d.startswith(o["corpus"] + "/") or not os.path.isfile(p): errs.append(f"{ln}: doc missing {d}"); continue
            if p not in cache: cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts): errs.append(f"{ln}: quote not found: {qt}")
    for c, n in CATS.items():
        if counts[c] != n: errs.append(f"count {c}: {counts[c]} != {n}")
    for k in sorted(counts): print(f"{k}: {counts[k]}")
    print("total:", sum(counts.values()))
    if errs:
        print("FAILED"); print("\n".join(errs)); sys.exit(1)
    print("validation passed")

if __name__ == "__main__":
    main()
