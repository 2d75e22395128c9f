"""Validate muni_dev32.jsonl: keys, categories, docs exist, quotes occur in extracted text.
Usage: python validate.py [--dump FILE]"""
import json, os, re, sys, collections
from html.parser import HTMLParser

ROOT = "/work/main"
SET = os.path.join(ROOT, "evals/sets/dev/muni_dev32.jsonl")
CATS = {"lookup", "text_amount", "table_lookup", "calculation", "claim", "multi_part", "multi_doc",
        "followup", "english", "unanswerable"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
EXPECT = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
          "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}


def num_sv(v):
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
        self.lines, self.buf, self.row, self.cell, self.skip = [], [], None, None, 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.flush(); self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("p", "div", "h1", "h2", "h3", "li", "br", "caption", "table", "ul", "header", "footer", "nav"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split())); self.cell = None
        elif tag == "tr" and self.row is not None:
            self.lines.append(" | ".join(self.row)); self.row = None
        elif tag in ("p", "div", "h1", "h2", "h3", "li", "caption", "ul"):
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.buf.append(data)

    def flush(self):
        t = " ".join("".join(self.buf).split())
        if t:
            self.lines.append(t)
        self.buf = []


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        h = H(); h.feed(open(path, encoding="utf-8").read()); h.flush()
        return "\n".join(h.lines)
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
            out.append(f"[{ws.title}]")
            for r in ws.iter_rows(values_only=True):
                cells = [num_sv(c) for c in r]
                while cells and cells[-1] == "":
                    cells.pop()
                out.append(" | ".join(cells))
        return "\n".join(out)
    raise ValueError(path)


def norm(s):
    return " ".join(s.split()).lower()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2])); return
    errors, cats, ids = [], collections.Counter(), set()
    cache = {}
    lines = open(SET, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{n}: keys {sorted(q)}")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{n}: gold keys {sorted(g)}")
        if q["id"] in ids or not re.fullmatch(r"md32-\d{3}", q["id"]):
            errors.append(f"{n}: bad/dup id {q['id']}")
        ids.add(q["id"])
        if q["id"] != f"md32-{n:03d}":
            errors.append(f"{n}: id order {q['id']}")
        if q["corpus"] != "evals/corpora/dev-muni32":
            errors.append(f"{n}: corpus")
        c = q["category"]; cats[c] += 1
        if c not in CATS:
            errors.append(f"{n}: category {c}")
        if q["language"] not in ("sv", "en") or (c == "english") != (q["language"] == "en"):
            errors.append(f"{n}: language")
        if not isinstance(q["history"], list) or (c == "followup") != bool(q["history"]):
            errors.append(f"{n}: history")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errors.append(f"{n}: number {num}")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errors.append(f"{n}: verdict")
        if (c == "claim") != (g["verdict"] is not None):
            errors.append(f"{n}: verdict/category mismatch")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{n}: refused but docs/quotes/numbers")
            if c == "claim" and g["verdict"] != "not_found":
                errors.append(f"{n}: refused claim must be not_found")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{n}: missing docs/quotes")
            if g["verdict"] == "not_found":
                errors.append(f"{n}: not_found must be refused")
        if c == "unanswerable" and not g["refused"]:
            errors.append(f"{n}: unanswerable not refused")
        if c == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{n}: multi_doc needs 2 docs")
        texts = []
        for dname in g["docs"]:
            if not dname.startswith(q["corpus"] + "/"):
                errors.append(f"{n}: doc prefix {dname}")
            p = os.path.join(ROOT, dname)
            if not os.path.exists(p):
                errors.append(f"{n}: missing doc {dname}"); continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{n} ({q['id']}): quote not found: {qt!r}")
    for k, v in EXPECT.items():
        if cats[k] != v:
            errors.append(f"count {k}: {cats[k]} != {v}")
    for e in errors:
        print("ERROR", e)
    print(dict(sorted(cats.items())), "total", sum(cats.values()))
    print("VALIDATION PASSED" if not errors else f"VALIDATION FAILED ({len(errors)} errors)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
