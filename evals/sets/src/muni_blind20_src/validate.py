"""Validate evals/sets/dev/muni_blind20.jsonl against the blind-muni20 corpus."""
import collections, json, os, re, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
QFILE = os.path.join(MAIN, "evals", "sets", "dev", "muni_blind20.jsonl")
CORPUS = "evals/corpora/blind-muni20"
CATS = {"table_lookup": 9, "calculation": 9, "lookup": 5, "text_amount": 5, "multi_doc": 5, "claim": 5,
        "unanswerable": 5, "multi_part": 4, "followup": 4, "english": 4}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = {"id", "corpus", "category", "language", "question", "history", "gold"}
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip, self.row, self.cell, self.incell = [], 0, None, [], False

    def handle_starttag(self, tag, a):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.incell, self.cell = True, []
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "br", "caption", "table", "ul", "footer", "header", "nav"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.incell = False
            self.row.append(" ".join("".join(self.cell).split()))
        elif tag == "tr":
            self.out.append("\n" + " | ".join(self.row) + "\n")
            self.row = None
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "caption"):
            self.out.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.incell:
            self.cell.append(data)
        elif self.row is None:
            self.out.append(data)


def cellstr(v):
    if v is None:
        return None
    if isinstance(v, float):
        s = f"{v:.10g}"
        return s.replace(".", ",")
    return str(v)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdf
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    if ext in ("html", "htm"):
        h = _H()
        h.feed(open(path, encoding="utf-8").read())
        return "".join(h.out)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = []
        for el in d.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                out.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in el.iter():
                    if tr.tag.endswith("}tr"):
                        cells = []
                        for tc in tr:
                            if tc.tag.endswith("}tc"):
                                cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")))
                        out.append(" | ".join(cells))
        return "\n".join(out)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = [cellstr(v) for v in row if v is not None]
                if cells:
                    out.append(" | ".join(cells))
        return "\n".join(out)
    return open(path, encoding="utf-8").read()


def norm(s):
    return " ".join(s.split()).lower()


def main():
    errors, counts, ids = [], collections.Counter(), set()
    cache = {}
    lines = [l for l in open(QFILE, encoding="utf-8").read().splitlines() if l.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:
            errors.append(f"line {n}: bad json {e}"); continue
        qid = q.get("id", f"line{n}")
        if set(q) != KEYS:
            errors.append(f"{qid}: keys {sorted(q)}")
            continue
        if qid != f"mb20-{n:03d}" or qid in ids:
            errors.append(f"{qid}: bad/duplicate id (expected mb20-{n:03d})")
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
            errors.append(f"{qid}: history type")
        if (q["category"] == "followup") != bool(q["history"]):
            errors.append(f"{qid}: history only for followups")
        g = q["gold"]
        if set(g) != GKEYS:
            errors.append(f"{qid}: gold keys {sorted(g)}"); continue
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            errors.append(f"{qid}: answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) or num["unit"] not in UNITS:
                errors.append(f"{qid}: number {num}")
        if not isinstance(g["refused"], bool):
            errors.append(f"{qid}: refused")
        if g["verdict"] not in (None, "supported", "contradicted", "not_found"):
            errors.append(f"{qid}: verdict")
        if (q["category"] == "claim") != (g["verdict"] is not None):
            errors.append(f"{qid}: verdict only for claims")
        if g["refused"]:
            if g["docs"] or g["quotes"]:
                errors.append(f"{qid}: refused but docs/quotes")
            if g["verdict"] not in (None, "not_found"):
                errors.append(f"{qid}: refused with verdict {g['verdict']}")
        else:
            if not g["docs"] or not g["quotes"]:
                errors.append(f"{qid}: needs docs and quotes")
            if g["verdict"] == "not_found":
                errors.append(f"{qid}: not_found must be refused")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable must be refused")
        if q["category"] == "multi_doc" and len(set(g["docs"])) < 2:
            errors.append(f"{qid}: multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith(CORPUS + "/"):
                errors.append(f"{qid}: doc path {d}"); continue
            p = os.path.join(MAIN, d)
            if not os.path.isfile(p):
                errors.append(f"{qid}: missing doc {d}"); continue
            if p not in cache:
                cache[p] = norm(extract(p))
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qt!r}")
    for c, want in CATS.items():
        if counts[c] != want:
            errors.append(f"category {c}: {counts[c]} (want {want})")
    for e in errors:
        print("ERROR", e)
    print("questions:", len(lines))
    for c in CATS:
        print(f"  {c}: {counts[c]}")
    print("VALIDATION", "FAILED" if errors else "PASSED")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
    else:
        sys.exit(main())
