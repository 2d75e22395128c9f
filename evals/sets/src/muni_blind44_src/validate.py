"""Validate evals/sets/dev/muni_blind44.jsonl against corpus evals/corpora/blind-muni44.

Run: /work/main/.venv/bin/python validate.py [set.jsonl] [repo_root]
"""
import collections
import html.parser
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(ROOT, "evals", "sets", "dev", "muni_blind44.jsonl")
CORPUS = "evals/corpora/blind-muni44"
PREFIX = "mb44"
COUNTS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
          "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


class _HTML(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell = [], 0, None, None

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in ("p", "br", "li", "h1", "h2", "h3", "div", "caption", "nav", "ul"):
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


def text_html(path):
    p = _HTML()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return "".join(p.out)


def text_pdf(path):
    import pypdf
    return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages)


def text_docx(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def _cell(c):
    v = c.value
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        m = re.search(r"\.(0+)", c.number_format or "")
        if isinstance(v, int) and not m:
            return str(v)
        s = f"{v:.{len(m.group(1))}f}" if m else (str(int(v)) if v.is_integer() else repr(v))
        return s.replace(".", ",")
    return str(v)


def text_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows():
            cells = [_cell(c) for c in row]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                parts.append(" | ".join(cells))
    return "\n".join(parts)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return text_pdf(path)
    if ext in ("html", "htm"):
        return text_html(path)
    if ext == "docx":
        return text_docx(path)
    if ext == "xlsx":
        return text_xlsx(path)
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    set_path = sys.argv[1] if len(sys.argv) > 1 else SET
    root = sys.argv[2] if len(sys.argv) > 2 else ROOT
    errors, cache, cats, seen = [], {}, collections.Counter(), set()
    keys = {"id", "corpus", "category", "language", "question", "history", "gold"}
    gkeys = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}
    with open(set_path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id")
        e = lambda m: errors.append(f"{qid}: {m}")
        if set(q) != keys:
            e(f"keys {sorted(q)}")
            continue
        if qid != f"{PREFIX}-{n:03d}" or qid in seen:
            e("bad/duplicate id")
        seen.add(qid)
        if q["corpus"] != CORPUS:
            e("corpus")
        if q["category"] not in COUNTS:
            e("category")
        cats[q["category"]] += 1
        if q["language"] not in ("sv", "en") or (q["category"] == "english") != (q["language"] == "en"):
            e("language")
        if not isinstance(q["question"], str) or not q["question"].strip():
            e("question")
        if not isinstance(q["history"], list) or not all(isinstance(h, str) for h in q["history"]):
            e("history")
        if (q["category"] == "followup") != bool(q["history"]):
            e("history/followup mismatch")
        g = q["gold"]
        if set(g) != gkeys:
            e(f"gold keys {sorted(g)}")
            continue
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            e("answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) or num["unit"] not in UNITS:
                e(f"number {num}")
        if not isinstance(g["refused"], bool):
            e("refused")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            e("verdict")
        if (q["category"] == "claim") != (g["verdict"] is not None):
            e("verdict only for claims")
        if q["category"] == "unanswerable" and not g["refused"]:
            e("unanswerable must be refused")
        if g["verdict"] == "not_found" and not g["refused"]:
            e("not_found must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                e("refused with docs/quotes")
            continue
        if not g["docs"] or not g["quotes"]:
            e("missing docs/quotes")
        if q["category"] == "multi_doc" and len(set(g["docs"])) < 2:
            e("multi_doc needs 2 docs")
        texts = []
        for dpath in g["docs"]:
            if not dpath.startswith(CORPUS + "/"):
                e(f"doc path {dpath}")
            full = os.path.join(root, dpath)
            if not os.path.isfile(full):
                e(f"missing doc {dpath}")
                continue
            if full not in cache:
                cache[full] = norm(extract(full))
            texts.append(cache[full])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                e(f"quote not found: {qt!r}")
    for c, want in COUNTS.items():
        if cats[c] != want:
            errors.append(f"category {c}: {cats[c]} != {want}")
    for c in COUNTS:
        print(f"{c:14s} {cats[c]}")
    print("total", sum(cats.values()))
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
