"""Validate muni_blind43.jsonl against the blind-muni43 corpus.
Usage: python validate.py            -> validate
       python validate.py --dump F   -> print extracted text of corpus file F"""
import collections
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
QFILE = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind43.jsonl")
CORPUS = "evals/corpora/blind-muni43"
PREFIX = "mb43"
EXPECTED = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
            "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def num_sv(v):
    if isinstance(v, bool) or v is None:
        return "" if v is None else str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        s = repr(v)
        if s.endswith(".0"):
            s = s[:-2]
        return s.replace(".", ",")
    return str(v)


class _HTML(html.parser.HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "br", "table", "header", "footer", "main", "nav",
             "section", "article", "thead", "tbody", "title"}

    def __init__(self):
        super().__init__()
        self.out = []
        self.row = None
        self.cell = None
        self.skip = 0

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
        elif self.row is None:
            self.out.append(data)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return open(path, encoding="utf-8").read()
    if ext == "pdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if ext in ("html", "htm"):
        p = _HTML()
        p.feed(open(path, encoding="utf-8").read())
        return "".join(p.out)
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
            parts.append(f"## {ws.title}")
            for row in ws.iter_rows(values_only=True):
                cells = [num_sv(c) for c in row]
                while cells and cells[-1] == "":
                    cells.pop()
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    raise ValueError(path)


def norm(s):
    return " ".join(s.split()).lower()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
        return 0
    errors = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    lines = open(QFILE, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:  # noqa: BLE001
            errors.append(f"line {n}: bad json {e}")
            continue
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(q)}")
        if not re.fullmatch(PREFIX + r"-\d{3}", qid or "") or qid in ids:
            errors.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        if q.get("corpus") != CORPUS:
            errors.append(f"{qid}: corpus")
        cat = q.get("category")
        if cat not in EXPECTED:
            errors.append(f"{qid}: category {cat}")
        counts[cat] += 1
        if q.get("language") not in ("sv", "en") or (cat == "english") != (q.get("language") == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            errors.append(f"{qid}: question")
        h = q.get("history")
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h):
            errors.append(f"{qid}: history")
        if (cat == "followup") != bool(h):
            errors.append(f"{qid}: history vs followup")
        g = q.get("gold", {})
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if not g["answer"]:
            errors.append(f"{qid}: empty answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or \
                    not isinstance(num["value"], (int, float)) or isinstance(num["value"], bool):
                errors.append(f"{qid}: number {num}")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errors.append(f"{qid}: verdict")
        if (cat == "claim") != (g["verdict"] is not None):
            errors.append(f"{qid}: verdict vs claim")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused with docs/quotes")
            if g["verdict"] not in (None, "not_found"):
                errors.append(f"{qid}: refused verdict")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: missing docs/quotes")
            if g["verdict"] == "not_found":
                errors.append(f"{qid}: not_found but not refused")
        if cat == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if cat == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc prefix {d}")
            p = os.path.join(ROOT, d)
            if not os.path.isfile(p):
                errors.append(f"{qid}: missing doc {d}")
                continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qt!r}")
    for c, k in EXPECTED.items():
        if counts[c] != k:
            errors.append(f"count {c}: {counts[c]} != {k}")
    for e in errors:
        print("ERROR", e)
    print("total", sum(counts.values()))
    for c in EXPECTED:
        print(f"  {c}: {counts[c]}")
    print("VALIDATION", "FAILED" if errors else "PASSED")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
