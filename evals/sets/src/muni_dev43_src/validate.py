"""Validate evals/sets/dev/muni_dev43.jsonl against the dev-muni43 corpus.
Run from /work/main: .venv/bin/python evals/sets/src/muni_dev43_src/validate.py [--dump DOC]"""
import json, os, re, sys, collections
from html.parser import HTMLParser

SET = "evals/sets/dev/muni_dev43.jsonl"
CORPUS = "evals/corpora/dev-muni43"
CATS = {"lookup": 5, "text_amount": 5, "table_lookup": 9, "calculation": 9, "claim": 5, "multi_part": 4,
        "multi_doc": 5, "followup": 4, "english": 4, "unanswerable": 5}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = {"id", "corpus", "category", "language", "question", "history", "gold"}
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


class _H(HTMLParser):
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__()
        self.out, self.buf, self.row, self.cell, self.skip = [], [], None, None, 0

    def handle_starttag(self, tag, a):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "tr":
            self.flush(); self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption", "br", "table", "ul"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split())); self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append(" | ".join(self.row)); self.row = None
        elif tag in ("p", "h1", "h2", "h3", "li", "div", "caption"):
            self.flush()

    def handle_data(self, d):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(d)
        else:
            self.buf.append(d)

    def flush(self):
        t = " ".join("".join(self.buf).split())
        if t:
            self.out.append(t)
        self.buf = []


def _num(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def render(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext in ("html", "htm"):
        h = _H(); h.feed(open(path, encoding="utf-8").read()); h.flush()
        return "\n".join(h.out)
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
            for r in ws.iter_rows(values_only=True):
                cells = [_num(c) for c in r if c is not None and str(c) != ""]
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.replace("\u00a0", " ").split()).lower()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(render(sys.argv[2])); return
    errs, cnt, ids = [], collections.Counter(), set()
    cache = {}
    lines = [l for l in open(SET, encoding="utf-8").read().splitlines() if l.strip()]
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        if set(q) != KEYS: errs.append(f"{qid}: keys {sorted(q)}")
        if qid != f"md43-{n:03d}": errs.append(f"{qid}: id out of sequence (line {n})")
        if qid in ids: errs.append(f"{qid}: duplicate id")
        ids.add(qid)
        if q["corpus"] != CORPUS: errs.append(f"{qid}: corpus")
        if q["category"] not in CATS: errs.append(f"{qid}: category {q['category']}")
        cnt[q["category"]] += 1
        if q["language"] not in ("sv", "en"): errs.append(f"{qid}: language")
        if (q["category"] == "english") != (q["language"] == "en"): errs.append(f"{qid}: language/category mismatch")
        if not isinstance(q["history"], list): errs.append(f"{qid}: history")
        if q["category"] == "followup" and not (1 <= len(q["history"]) <= 2): errs.append(f"{qid}: followup history")
        if q["category"] != "followup" and q["history"]: errs.append(f"{qid}: history only for followups")
        g = q["gold"]
        if set(g) != GKEYS: errs.append(f"{qid}: gold keys {sorted(g)}")
        if not g["answer"].strip(): errs.append(f"{qid}: empty answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errs.append(f"{qid}: bad number {num}")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"): errs.append(f"{qid}: verdict")
        elif g["verdict"] is not None:
            errs.append(f"{qid}: verdict must be null")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]: errs.append(f"{qid}: refused with evidence")
        else:
            if not g["docs"] or not g["quotes"]: errs.append(f"{qid}: missing docs/quotes")
        if q["category"] == "unanswerable" and not g["refused"]: errs.append(f"{qid}: unanswerable not refused")
        if g["verdict"] == "not_found" and not g["refused"]: errs.append(f"{qid}: not_found must be refused")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2: errs.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/") or not os.path.isfile(d):
                errs.append(f"{qid}: doc missing {d}"); continue
            if d not in cache:
                cache[d] = norm(render(d))
            texts.append(cache[d])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errs.append(f"{qid}: quote not found: {qu!r}")
    for c, k in CATS.items():
        if cnt[c] != k: errs.append(f"category {c}: {cnt[c]} != {k}")
    for c in CATS:
        print(f"{c}: {cnt[c]}")
    print("total:", sum(cnt.values()))
    if errs:
        print("\n".join(errs)); print("VALIDATION FAILED"); sys.exit(1)
    print("VALIDATION PASSED")


if __name__ == "__main__":
    main()
