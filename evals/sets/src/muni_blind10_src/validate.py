"""Validate muni_blind10.jsonl: JSON, ids, counts, quotes in extracted text, calculations recomputed."""
import json, os, re, sys
from collections import Counter
from html.parser import HTMLParser

ROOT = "/work/main"
SET = os.path.join(ROOT, "evals/sets/blind/muni_blind10.jsonl")
WANT = dict(table_lookup=9, calculation=8, claim=7, lookup=5, text_amount=5, unanswerable=7, followup=4,
            multi_part=4, multi_doc=3, english=3)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class TextHTML(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def extract(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        from pypdf import PdfReader
        return norm(" ".join(p.extract_text() for p in PdfReader(path).pages))
    if ext == "html":
        p = TextHTML()
        p.feed(open(path, encoding="utf-8").read())
        return norm(" ".join(p.parts))
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" ".join(str(c) for c in row if c is not None))
        return norm(" ".join(out))
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" ".join(c.text for c in r.cells))
        return norm(" ".join(out))
    return norm(open(path, encoding="utf-8").read())


def main():
    sys.path.insert(0, os.path.dirname(__file__))
    import questions  # recompute source of truth
    calcs = {x["id"]: x["_calc"] for x in questions.Qs}
    lines = open(SET, encoding="utf-8").read().splitlines()
    items = [json.loads(l) for l in lines]
    errs = []
    ids = [x["id"] for x in items]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for i, x in enumerate(items):
        if x["id"] != f"muni_blind10-{i + 1:03d}":
            errs.append("bad id " + x["id"])
    cnt = Counter(x["category"] for x in items)
    if dict(cnt) != WANT:
        errs.append(f"counts {dict(cnt)}")
    cache = {}
    for x in items:
        g = x["gold"]
        assert x["corpus"] == "evals/corpora/blind-muni10"
        assert x["language"] in ("sv", "en")
        if x["category"] == "english" and x["language"] != "en":
            errs.append(x["id"] + " english not en")
        if x["category"] == "followup" and not x["history"]:
            errs.append(x["id"] + " followup w/o history")
        if x["category"] == "unanswerable" or g["verdict"] == "not_found":
            if not g["refused"] or g["quotes"] or g["numbers"] or g["docs"]:
                errs.append(x["id"] + " refused item has content")
            continue
        if x["category"] == "claim" and g["verdict"] not in ("supported", "contradicted"):
            errs.append(x["id"] + " verdict")
        if x["category"] != "claim" and g["verdict"] is not None:
            errs.append(x["id"] + " verdict set")
        if not g["docs"] or not g["quotes"]:
            errs.append(x["id"] + " missing docs/quotes")
        if x["category"] == "multi_doc" and len(set(g["docs"])) < 2:
            errs.append(x["id"] + " multi_doc needs 2 docs")
        for u in g["numbers"]:
            if u["unit"] not in ("kr", "tkr", "mnkr", "mdkr", "%", "st"):
                errs.append(x["id"] + " unit " + u["unit"])
        texts = []
        for d in g["docs"]:
            p = os.path.join(ROOT, d)
            if not os.path.exists(p):
                errs.append(x["id"] + " missing doc " + d)
                continue
            if p not in cache:
                cache[p] = extract(p)
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{x['id']} quote not found: {qt!r}")
        # every number's digits appear in answer text
        c = calcs.get(x["id"])
        if c:
            kind = c[0]
            if kind == "pct_change":
                v = abs((c[2] - c[1]) / c[1] * 100)
            elif kind == "share":
                v = c[1] and c[1] / c[2] * 100
            elif kind == "per_inh":
                v = c[1] / c[2]
            elif kind == "sum":
                v = sum(c[1])
            elif kind == "avg":
                v = sum(c[1]) / len(c[1])
            elif kind == "diff":
                v = c[1] - c[2]
            if not any(abs(abs(n["value"]) - v) <= max(0.051, abs(v) * 0.0005) for n in g["numbers"]):
                errs.append(f"{x['id']} calc {kind} -> {v} not in numbers {g['numbers']}")
    # corpus documents list
    for muni in ("mjolby", "harjedalen"):
        d = os.path.join(ROOT, "evals/corpora/blind-muni10", muni)
        for fn in sorted(os.listdir(d)):
            p = os.path.join(d, fn)
            info = ""
            if fn.endswith(".pdf"):
                from pypdf import PdfReader
                r = PdfReader(p)
                land = sum(1 for pg in r.pages if pg.mediabox.width > pg.mediabox.height)
                ntab = len(set(re.findall(r"Tabell (\d+)\.", extract(p))))
                info = f"{len(r.pages)} pages, {land} landscape, tables: {ntab}"
            print(f"  {muni}/{fn} {info}")
    print("counts:", dict(cnt))
    if errs:
        print("ERRORS:")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print(f"VALIDATION PASSED ({len(items)} items)")


if __name__ == "__main__":
    main()
