"""Validate muni_blind22.jsonl: keys, categories, docs exist, quotes in extracted text."""
import json, os, re, sys, html as htmlmod
from html.parser import HTMLParser
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
JSONL = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind22.jsonl")
EXPECTED = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
            "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class HT(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.row = None; self.cell = None; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style"): self.skip += 1
        if tag == "tr": self.row = []
        if tag in ("td", "th"): self.cell = []
        if tag in ("p", "h1", "h2", "li", "div", "caption", "br", "tr"): self.out.append("\n")
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
        if tag in ("td", "th") and self.row is not None:
            self.row.append("".join(self.cell).strip()); self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append("\n" + " | ".join(self.row) + "\n"); self.row = None
    def handle_data(self, d):
        if self.skip: return
        if self.cell is not None: self.cell.append(d)
        elif self.row is None: self.out.append(d)


def xl(v):
    if v is None: return ""
    if isinstance(v, float):
        s = repr(v)
        if s.endswith(".0"): s = s[:-2]
        return s.replace(".", ",")
    return str(v)


def extract(path):
    if path.endswith(".pdf"):
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if path.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [xl(v) for v in row]
                while cells and cells[-1] == "": cells.pop()
                if cells: parts.append(" | ".join(cells))
        return "\n".join(parts)
    if path.endswith(".html"):
        h = HT(); h.feed(open(path, encoding="utf-8").read()); return "".join(h.out)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    qs = [json.loads(l) for l in open(JSONL, encoding="utf-8") if l.strip()]
    errs = []
    cache = {}
    ids = set()
    for q in qs:
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append((q.get("id"), "keys"))
        if q["id"] in ids: errs.append((q["id"], "dup id"))
        ids.add(q["id"])
        if q["corpus"] != "evals/corpora/blind-muni22": errs.append((q["id"], "corpus"))
        if q["category"] not in EXPECTED: errs.append((q["id"], "category"))
        if q["language"] not in ("sv", "en"): errs.append((q["id"], "language"))
        if (q["category"] == "english") != (q["language"] == "en"): errs.append((q["id"], "lang/category"))
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errs.append((q["id"], "history"))
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}: errs.append((q["id"], "gold keys"))
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errs.append((q["id"], "number " + str(n)))
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"): errs.append((q["id"], "verdict"))
        if q["category"] != "claim" and g["verdict"] is not None and q["category"] not in ("multi_doc", "english", "followup"):
            errs.append((q["id"], "verdict on non-claim"))
        if g["refused"]:
            if g["docs"] or g["quotes"]: errs.append((q["id"], "refused with docs"))
        else:
            if not g["docs"] or not g["quotes"]: errs.append((q["id"], "missing docs/quotes"))
        if q["category"] == "unanswerable" and not g["refused"]: errs.append((q["id"], "unanswerable not refused"))
        if q["category"] == "multi_doc" and len(g["docs"]) < 2: errs.append((q["id"], "multi_doc <2 docs"))
        texts = []
        for d in g["docs"]:
            p = os.path.join(ROOT, d)
            if not d.startswith(q["corpus"] + "/") or not os.path.exists(p):
                errs.append((q["id"], "doc missing " + d)); continue
            if p not in cache: cache[p] = extract(p)
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in norm(t) for t in texts):
                errs.append((q["id"], "quote not found: " + qt))
            elif not any(norm(qt) in norm(line) for t in texts for line in t.split("\n")):
                print("note: quote spans lines:", q["id"], qt[:60])
        # every doc should have at least one quote
        for d in g["docs"]:
            p = os.path.join(ROOT, d)
            if p in cache and not any(norm(qt) in norm(cache[p]) for qt in g["quotes"]):
                errs.append((q["id"], "no quote from doc " + d))
    c = Counter(q["category"] for q in qs)
    print("categories:", dict(sorted(c.items())), "total", len(qs))
    if c != Counter(EXPECTED): errs.append(("-", "category counts differ from expected"))
    v = Counter(q["gold"]["verdict"] for q in qs if q["category"] == "claim")
    print("claim verdicts:", dict(v))
    docs_used = Counter(d for q in qs for d in q["gold"]["docs"])
    print("docs used:", dict(sorted(docs_used.items())))
    for e in errs: print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for p in sys.argv[2:]:
            print("#####", p); print(extract(p))
        sys.exit(0)
    sys.exit(main())
