"""Validate muni_dev42.jsonl: keys, categories, docs exist, quotes occur in extracted text."""
import json, os, re, sys, collections
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
JSONL = os.path.join(HERE, "..", "..", "dev", "muni_dev42.jsonl")
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


class H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.row, self.cell, self.in_cell, self.skip = [], None, [], False, 0
    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "tr":
            self.row = []
        if tag in ("td", "th"):
            self.in_cell, self.cell = True, []
    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in ("td", "th"):
            self.row.append(" ".join("".join(self.cell).split()))
            self.in_cell = False
        if tag == "tr":
            self.out.append(" | ".join(self.row))
            self.row = None
        if tag in ("p", "h1", "h2", "li", "div", "caption", "button", "a"):
            self.out.append("\n")
    def handle_data(self, d):
        if self.skip:
            return
        if self.in_cell:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def num(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    if ext in ("html", "htm"):
        h = H()
        h.feed(open(path, encoding="utf-8").read())
        return "".join(x if x == "\n" else x + ("\n" if " | " in x else "") for x in h.out)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [num(c) for c in row if c is not None]
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split()).lower()


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
        return
    errs, cnt, ids = [], collections.Counter(), set()
    cache = {}
    lines = open(JSONL, encoding="utf-8").read().splitlines()
    for ln, line in enumerate(lines, 1):
        q = json.loads(line)
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errs.append(f"{ln}: keys {sorted(q)}")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errs.append(f"{ln}: gold keys")
        if q["id"] in ids or not re.fullmatch(r"md42-\d{3}", q["id"]):
            errs.append(f"{ln}: id {q['id']}")
        ids.add(q["id"])
        if q["corpus"] != "evals/corpora/dev-muni42":
            errs.append(f"{ln}: corpus")
        cnt[q["category"]] += 1
        if q["category"] not in CATS:
            errs.append(f"{ln}: category")
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errs.append(f"{ln}: language")
        if q["category"] == "followup" and not q["history"]:
            errs.append(f"{ln}: followup without history")
        if q["category"] != "followup" and q["history"]:
            errs.append(f"{ln}: history on non-followup")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or n["unit"] not in UNITS or not isinstance(n["value"], (int, float)):
                errs.append(f"{ln}: number {n}")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{ln}: refused with docs/quotes/numbers")
        else:
            if not g["docs"] or not g["quotes"]:
                errs.append(f"{ln}: missing docs/quotes")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{ln}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{ln}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{ln}: verdict on non-claim")
        if q["category"] == "unanswerable" and not g["refused"]:
            errs.append(f"{ln}: unanswerable not refused")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errs.append(f"{ln}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("evals/corpora/dev-muni42/"):
                errs.append(f"{ln}: doc prefix {d}")
            p = os.path.join(MAIN, d)
            if not os.path.isfile(p):
                errs.append(f"{ln}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{ln} {q['id']}: quote not found: {qt!r}")
    for c, n in CATS.items():
        if cnt[c] != n:
            errs.append(f"count {c}: {cnt[c]} != {n}")
    print("total", len(lines))
    for c in CATS:
        print(f"  {c}: {cnt[c]}")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    main()
