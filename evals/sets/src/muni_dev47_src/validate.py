"""Validate evals/sets/dev/muni_dev47.jsonl against evals/corpora/dev-muni47.
Run from /work/main: .venv/bin/python evals/sets/src/muni_dev47_src/validate.py [--dump DIR]"""
import collections, json, os, re, sys
from html.parser import HTMLParser

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals/sets/dev/muni_dev47.jsonl")
CORPUS = "evals/corpora/dev-muni47"
PREFIX = "md47"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def num_sv(v):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v == int(v) and abs(v) < 1e15:
            s = repr(v)
        else:
            s = repr(v)
        return s.replace(".", ",")
    return str(v)


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.row, self.cell, self.incell, self.skip = [], None, [], False, 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.incell, self.cell = True, []
        elif tag in ("p", "br", "div", "li", "h1", "h2", "h3", "table", "caption"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.incell = False
            if self.row is not None:
                self.row.append(" ".join("".join(self.cell).split()))
        elif tag == "tr":
            self.out.append("\n" + " | ".join(self.row or []) + "\n")
            self.row = None
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "caption"):
            self.out.append("\n")

    def handle_data(self, d):
        if self.skip:
            return
        if self.incell:
            self.cell.append(d)
        elif self.row is None:
            self.out.append(d)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    if ext in ("html", "htm"):
        h = _H()
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
                cells = [num_sv(v) for v in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    raise ValueError(path)


def norm(s):
    return " ".join(s.split()).lower()


def main():
    if "--dump" in sys.argv:
        out = sys.argv[sys.argv.index("--dump") + 1]
        os.makedirs(out, exist_ok=True)
        for m in sorted(os.listdir(os.path.join(ROOT, CORPUS))):
            for f in sorted(os.listdir(os.path.join(ROOT, CORPUS, m))):
                with open(os.path.join(out, f"{m}__{f}.txt"), "w", encoding="utf-8") as fh:
                    fh.write(extract(os.path.join(ROOT, CORPUS, m, f)))
        return
    errors, counts, cache, ids = [], collections.Counter(), {}, set()
    keys = {"id", "corpus", "category", "language", "question", "history", "gold"}
    gkeys = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
    lines = open(SET, encoding="utf-8").read().splitlines()
    for ln, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: bad json {e}")
            continue
        qid = q.get("id", f"line{ln}")
        if set(q) != keys:
            errors.append(f"{qid}: keys {sorted(q)}")
            continue
        g = q["gold"]
        if set(g) != gkeys:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if not re.fullmatch(PREFIX + r"-\d{3}", qid) or qid in ids:
            errors.append(f"{qid}: bad or duplicate id")
        ids.add(qid)
        if q["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        if q["category"] not in CATS:
            errors.append(f"{qid}: category {q['category']}")
        counts[q["category"]] += 1
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(q["question"], str) or not q["question"].strip():
            errors.append(f"{qid}: question")
        if not isinstance(q["history"], list) or not all(isinstance(h, str) for h in q["history"]):
            errors.append(f"{qid}: history")
        if (q["category"] == "followup") != bool(q["history"]) or len(q["history"]) > 2:
            errors.append(f"{qid}: history/followup mismatch")
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            errors.append(f"{qid}: answer")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or not isinstance(n["value"], (int, float)) or isinstance(n["value"], bool) \
                    or n["unit"] not in UNITS:
                errors.append(f"{qid}: number {n}")
        if not isinstance(g["refused"], bool):
            errors.append(f"{qid}: refused")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errors.append(f"{qid}: verdict")
        if q["category"] == "claim" and g["verdict"] is None:
            errors.append(f"{qid}: claim without verdict")
        if q["category"] != "claim" and g["verdict"] is not None:
            errors.append(f"{qid}: verdict on non-claim")
        if g["verdict"] == "not_found" and not g["refused"]:
            errors.append(f"{qid}: not_found must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{qid}: refused with docs/quotes/numbers")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc prefix {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p):
                errors.append(f"{qid}: missing doc {d}")
                continue
            if d not in cache:
                cache[d] = norm(extract(p))
            texts.append(cache[d])
        for quote in g["quotes"]:
            if not any(norm(quote) in t for t in texts):
                errors.append(f"{qid}: quote not found: {quote!r}")
        for d in g["docs"]:
            if d in cache and not any(norm(qt) in cache[d] for qt in g["quotes"]):
                errors.append(f"{qid}: no quote from doc {d}")
    for c, n in CATS.items():
        if counts[c] != n:
            errors.append(f"category {c}: {counts[c]} (want {n})")
    print("questions:", len(lines))
    for c in CATS:
        print(f"  {c}: {counts[c]}")
    if errors:
        print("FAILED")
        for e in errors:
            print("  ", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
