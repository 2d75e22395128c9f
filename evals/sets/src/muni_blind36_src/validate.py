"""Validate evals/sets/dev/muni_blind36.jsonl against the blind-muni36 corpus.
Usage: python validate.py [jsonl] ;  python validate.py --dump <doc path>  (print extracted text)"""
import json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
DEFAULT = os.path.join(HERE, "..", "..", "dev", "muni_blind36.jsonl")
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = ["answer", "numbers", "docs", "quotes", "refused", "verdict"]


class _HTML(HTMLParser):
    SKIP = {"script", "style", "head", "title"}
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "ul", "nav", "header", "footer", "article", "aside", "main",
             "caption", "table", "section", "form", "br"}

    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell = [], 0, None, None

    def handle_starttag(self, tag, a):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def _num(v):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
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
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext in ("html", "htm"):
        h = _HTML()
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
            parts.append(f"# {ws.title}")
            for row in ws.iter_rows(values_only=True):
                cells = [_num(c) for c in row]
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
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    errs, counts, ids, cache = [], {}, set(), {}
    lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}"); continue
        qid = q.get("id", f"line{n}")
        if list(q.keys()) != KEYS:
            errs.append(f"{qid}: keys {list(q.keys())}")
        if qid in ids:
            errs.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not re.fullmatch(r"mb36-\d{3}", qid):
            errs.append(f"{qid}: bad id")
        if q.get("corpus") != "evals/corpora/blind-muni36":
            errs.append(f"{qid}: corpus")
        cat = q.get("category")
        if cat not in CATS:
            errs.append(f"{qid}: category {cat}")
        counts[cat] = counts.get(cat, 0) + 1
        lang = q.get("language")
        if lang not in ("sv", "en") or (cat == "english") != (lang == "en"):
            errs.append(f"{qid}: language {lang}")
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            errs.append(f"{qid}: question")
        h = q.get("history")
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h):
            errs.append(f"{qid}: history type")
        elif (cat == "followup") != (len(h) > 0) or len(h) > 2:
            errs.append(f"{qid}: history/followup mismatch")
        g = q.get("gold", {})
        if list(g.keys()) != GKEYS:
            errs.append(f"{qid}: gold keys {list(g.keys())}")
            continue
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            errs.append(f"{qid}: answer")
        for num in g["numbers"]:
            if set(num.keys()) != {"value", "unit"} or not isinstance(num["value"], (int, float)) \
                    or isinstance(num["value"], bool) or num["unit"] not in UNITS:
                errs.append(f"{qid}: number {num}")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{qid}: refused with docs/quotes/numbers")
        else:
            if not g["docs"] or not g["quotes"]:
                errs.append(f"{qid}: missing docs/quotes")
        if cat == "unanswerable" and not g["refused"]:
            errs.append(f"{qid}: unanswerable not refused")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{qid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{qid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errs.append(f"{qid}: verdict for non-claim")
        if cat == "multi_doc" and len(g["docs"]) < 2:
            errs.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("evals/corpora/blind-muni36/"):
                errs.append(f"{qid}: doc prefix {d}")
            fp = os.path.join(ROOT, d)
            if not os.path.isfile(fp):
                errs.append(f"{qid}: missing doc {d}"); continue
            if fp not in cache:
                cache[fp] = norm(extract(fp))
            texts.append(cache[fp])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{qid}: quote not found: {qt!r}")
        for d in g["docs"]:  # every doc should carry at least one quote
            fp = os.path.join(ROOT, d)
            if fp in cache and not any(norm(qt) in cache[fp] for qt in g["quotes"]):
                errs.append(f"{qid}: no quote from {d}")
    for c, want in CATS.items():
        if counts.get(c, 0) != want:
            errs.append(f"category {c}: {counts.get(c, 0)} != {want}")
    print("questions:", len(lines))
    for c in CATS:
        print(f"  {c}: {counts.get(c, 0)}")
    if errs:
        print("FAILED")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
