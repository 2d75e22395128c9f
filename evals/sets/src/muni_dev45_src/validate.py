"""Validate evals/sets/dev/muni_dev45.jsonl against evals/corpora/dev-muni45.
Run from /work/main:  .venv/bin/python evals/sets/src/muni_dev45_src/validate.py [--dump DIR]"""
import json, os, re, sys, collections
from html.parser import HTMLParser
from pypdf import PdfReader
import docx, openpyxl

SET = "evals/sets/dev/muni_dev45.jsonl"
CORPUS = "evals/corpora/dev-muni45"
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def cellstr(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


class H(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []; self.row = None; self.cell = None; self.skip = 0
    def handle_starttag(self, t, a):
        if t in ("script", "style"): self.skip += 1
        if t == "tr": self.row = []
        if t in ("td", "th") and self.row is not None: self.cell = []
        if t in ("p", "div", "h1", "h2", "h3", "li", "br", "caption", "nav", "header", "footer"): self.out.append("\n")
    def handle_endtag(self, t):
        if t in ("script", "style"): self.skip -= 1
        if t in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split())); self.cell = None
        elif t == "tr" and self.row is not None:
            self.out.append("\n" + " | ".join(self.row) + "\n"); self.row = None
        if t in ("p", "div", "h1", "h2", "h3", "li", "caption"): self.out.append("\n")
    def handle_data(self, d):
        if self.skip: return
        if self.cell is not None: self.cell.append(d)
        elif self.row is None: self.out.append(d)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        h = H(); h.feed(open(path, encoding="utf-8").read()); return "".join(h.out)
    if ext == "docx":
        d = docx.Document(path); out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return "\n".join(out)
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True); out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for r in ws.iter_rows(values_only=True):
                cells = [cellstr(v) for v in r]
                while cells and cells[-1] == "": cells.pop()
                out.append(" | ".join(cells))
        return "\n".join(out)
    raise ValueError(path)


def norm(s):
    return " ".join(s.split()).lower()


def main():
    if "--dump" in sys.argv:
        dd = sys.argv[sys.argv.index("--dump") + 1]
        for root, _, files in os.walk(CORPUS):
            for f in sorted(files):
                p = os.path.join(root, f)
                open(os.path.join(dd, os.path.basename(root) + "__" + f + ".txt"), "w").write(extract(p))
        return
    errs = []; cnt = collections.Counter(); ids = set(); cache = {}
    lines = open(SET, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append((n, "keys")); continue
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append((n, "gold keys"))
        if q["id"] != f"md45-{n:03d}" or q["id"] in ids: errs.append((n, "id"))
        ids.add(q["id"])
        if q["corpus"] != CORPUS: errs.append((n, "corpus"))
        if q["category"] not in CATS: errs.append((n, "category"))
        cnt[q["category"]] += 1
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errs.append((n, "language"))
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errs.append((n, "history"))
        for x in g["numbers"]:
            if set(x) != {"value", "unit"} or x["unit"] not in UNITS or not isinstance(x["value"], (int, float)):
                errs.append((n, f"number {x}"))
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]: errs.append((n, "refused with evidence"))
        else:
            if not g["docs"] or not g["quotes"]: errs.append((n, "no evidence"))
        if q["category"] == "unanswerable" and not g["refused"]: errs.append((n, "unanswerable not refused"))
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"): errs.append((n, "verdict"))
            if (g["verdict"] == "not_found") != g["refused"]: errs.append((n, "not_found/refused"))
        elif g["verdict"] is not None: errs.append((n, "verdict on non-claim"))
        if q["category"] == "multi_doc" and len(g["docs"]) < 2: errs.append((n, "multi_doc docs"))
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/") or not os.path.isfile(d):
                errs.append((n, f"doc missing {d}")); continue
            if d not in cache: cache[d] = norm(extract(d))
            texts.append(cache[d])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts): errs.append((n, f"quote not found: {qu}"))
    for c, k in CATS.items():
        if cnt[c] != k: errs.append((0, f"count {c}={cnt[c]} want {k}"))
    for e in errs: print("ERROR", e)
    print(dict(cnt), "total", sum(cnt.values()))
    print("VALIDATION", "FAILED" if errs else "PASSED")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
