"""Validate muni_blind26.jsonl: keys, categories, docs, quotes (as extracted text)."""
import collections
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
QFILE = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind26.jsonl")
CORPUS = "evals/corpora/blind-muni26"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def render_pdf(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() for pg in PdfReader(p).pages)


class _H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("p", "li", "h1", "h2", "h3", "div", "br", "caption", "table"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None
        elif tag in ("p", "li", "h1", "h2", "h3", "div", "caption"):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def render_html(p):
    h = _H()
    h.feed(open(p, encoding="utf-8").read())
    return "".join(h.out)


def render_docx(p):
    import docx
    d = docx.Document(p)
    out = [para.text for para in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def sv_num(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def render_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [sv_num(c) for c in row if c is not None]
            if cells:
                out.append(" | ".join(cells))
    return "\n".join(out)


def render(p):
    ext = p.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return render_pdf(p)
    if ext in ("html", "htm"):
        return render_html(p)
    if ext == "docx":
        return render_docx(p)
    if ext == "xlsx":
        return render_xlsx(p)
    return open(p, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()


def main():
    errors = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    lines = open(QFILE, encoding="utf-8").read().splitlines()
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{qid}: keys {sorted(q)}")
        if qid in ids:
            errors.append(f"{qid}: duplicate id")
        ids.add(qid)
        if qid != f"mb26-{n:03d}":
            errors.append(f"{qid}: expected id mb26-{n:03d}")
        if q["corpus"] != CORPUS:
            errors.append(f"{qid}: corpus")
        if q["category"] not in CATS:
            errors.append(f"{qid}: category {q['category']}")
        counts[q["category"]] += 1
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: language")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errors.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        if not g["answer"]:
            errors.append(f"{qid}: empty answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errors.append(f"{qid}: bad number {num}")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errors.append(f"{qid}: verdict")
        if (q["category"] == "claim") != (g["verdict"] is not None):
            errors.append(f"{qid}: verdict only for claims")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{qid}: refused but has docs/quotes/numbers")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: needs docs and quotes")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable must be refused")
        if g["verdict"] == "not_found" and not g["refused"]:
            errors.append(f"{qid}: not_found must be refused")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for dpath in g["docs"]:
            full = os.path.join(ROOT, dpath)
            if not dpath.startswith(CORPUS + "/") or not os.path.isfile(full):
                errors.append(f"{qid}: missing doc {dpath}")
                continue
            if dpath not in cache:
                cache[dpath] = render(full)
            texts.append(cache[dpath])
        for qt in g["quotes"]:
            nq = norm(qt)
            if not any(nq in norm(tx) for tx in texts):
                errors.append(f"{qid}: quote not found: {qt!r}")
            elif not any(any(nq in norm(l) for l in tx.splitlines()) for tx in texts):
                errors.append(f"{qid}: quote spans lines: {qt!r}")
    for c, k in CATS.items():
        if counts[c] != k:
            errors.append(f"category {c}: {counts[c]} (want {k})")
    for c in sorted(counts):
        print(f"{c:14s} {counts[c]}")
    print("total", sum(counts.values()))
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} errors")
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(render(sys.argv[2]))
    else:
        main()
