"""Validate muni_blind24.jsonl: keys, categories, docs exist, quotes found in extracted text."""
import json, os, re, sys, collections
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
JSONL = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind24.jsonl")
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def num_sv(v):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


class HTMLText(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "ul", "ol", "table", "thead", "tbody", "tr", "br",
             "header", "footer", "nav", "main", "article", "aside", "caption", "section", "form", "title"}

    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell = [], 0, None, None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.out.append(data)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "html":
        h = HTMLText()
        h.feed(open(path, encoding="utf-8").read())
        return "".join(h.out)
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
                cells = [num_sv(c) for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
        return
    errs = []
    counts = collections.Counter()
    ids = set()
    cache = {}
    keys = {"id", "corpus", "category", "language", "question", "history", "gold"}
    gkeys = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
    lines = open(JSONL, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != keys:
            errs.append(f"{qid}: keys {sorted(q)}")
            continue
        if qid in ids or not re.fullmatch(r"mb24-\d{3}", qid or ""):
            errs.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        if q["corpus"] != "evals/corpora/blind-muni24":
            errs.append(f"{qid}: corpus")
        if q["category"] not in CATS:
            errs.append(f"{qid}: category {q['category']}")
        counts[q["category"]] += 1
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errs.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errs.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != gkeys:
            errs.append(f"{qid}: gold keys {sorted(g)}")
            continue
        for x in g["numbers"]:
            if set(x) != {"value", "unit"} or x["unit"] not in UNITS or not isinstance(x["value"], (int, float)):
                errs.append(f"{qid}: number {x}")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errs.append(f"{qid}: verdict")
        if (q["category"] == "claim") != (g["verdict"] is not None):
            errs.append(f"{qid}: verdict only for claims")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errs.append(f"{qid}: refused with docs/quotes")
            if g["verdict"] not in (None, "not_found"):
                errs.append(f"{qid}: refused verdict")
        else:
            if not g["docs"] or not g["quotes"]:
                errs.append(f"{qid}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errs.append(f"{qid}: unanswerable must be refused")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errs.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("evals/corpora/blind-muni24/"):
                errs.append(f"{qid}: doc prefix {d}")
            p = os.path.join(ROOT, d)
            if not os.path.exists(p):
                errs.append(f"{qid}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errs.append(f"{qid}: quote not found: {qu!r}")
    total = sum(counts.values())
    for c, want in CATS.items():
        if counts[c] != want:
            errs.append(f"category {c}: {counts[c]} != {want}")
    if total != 55:
        errs.append(f"total {total} != 55")
    for c in CATS:
        print(f"{c}: {counts[c]}")
    print("total:", total)
    if errs:
        print("FAILED")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
