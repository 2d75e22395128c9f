"""Validate muni_blind45.jsonl: keys, categories, docs exist, quotes occur in rendered text."""
import json, os, re, sys, collections
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
JSONL = os.path.join(HERE, "..", "..", "dev", "muni_blind45.jsonl")
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def num(v):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


class H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.row, self.cell, self.incell, self.skip = [], None, [], False, 0

    def handle_starttag(self, t, a):
        if t in ("script", "style"):
            self.skip += 1
        if t == "tr":
            self.row = []
        if t in ("td", "th"):
            self.incell, self.cell = True, []
        if t in ("p", "div", "h1", "h2", "h3", "li", "br", "caption", "table"):
            self.out.append("\n")

    def handle_endtag(self, t):
        if t in ("script", "style"):
            self.skip -= 1
        if t in ("td", "th"):
            self.row.append("".join(self.cell).strip())
            self.incell = False
        if t == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None

    def handle_data(self, d):
        if self.skip:
            return
        if self.incell:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def render(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if ext == "html":
        h = H()
        h.feed(open(path, encoding="utf-8").read())
        return "".join(h.out)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" | ".join(c.text for c in r.cells))
        return "\n".join(out)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append("## " + ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [num(c) for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    out.append(" | ".join(cells))
        return "\n".join(out)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "dump":
        for p in sys.argv[2:]:
            print("=====", p)
            print(render(p))
        return
    errs, cats, ids = [], collections.Counter(), set()
    cache = {}
    lines = [l for l in open(JSONL, encoding="utf-8").read().splitlines() if l.strip()]
    for i, line in enumerate(lines, 1):
        q = json.loads(line)
        e = lambda m: errs.append(f"{q.get('id', i)}: {m}")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            e("keys " + str(sorted(q)))
        if q["id"] != f"mb45-{i:03d}" or q["id"] in ids:
            e("bad id")
        ids.add(q["id"])
        if q["corpus"] != "evals/corpora/blind-muni45":
            e("corpus")
        if q["category"] not in CATS:
            e("category")
        cats[q["category"]] += 1
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            e("language")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            e("history")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            e("gold keys")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                e("number " + str(n))
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            e("verdict")
        if (q["category"] == "claim") != (g["verdict"] is not None):
            e("verdict vs category")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                e("refused with docs")
        else:
            if not g["docs"] or not g["quotes"]:
                e("no docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            e("unanswerable not refused")
        if g["verdict"] == "not_found" and not g["refused"]:
            e("not_found not refused")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            e("multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(q["corpus"] + "/"):
                e("doc prefix " + d)
            p = os.path.join(ROOT, d)
            if not os.path.exists(p):
                e("missing doc " + d)
                continue
            if p not in cache:
                cache[p] = norm(render(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                e("quote not found: " + qt)
    for c, n in CATS.items():
        if cats[c] != n:
            errs.append(f"count {c}: {cats[c]} != {n}")
    for x in errs:
        print("ERROR", x)
    print(dict(cats), "total", sum(cats.values()))
    print("VALIDATION", "FAILED" if errs else "PASSED")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
