"""Validator for blind46.jsonl: keys, categories, docs and verbatim quotes."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # /work/main
SET = HERE.parent / "dev" / "blind46.jsonl"
PREFIX = "b46"
CATS = {"lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7, "claim": 8,
        "multi_part": 6, "multi_doc": 6, "followup": 6, "english": 6, "unanswerable": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
VERDICTS = {None, "supported", "contradicted", "not_found"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def cell(v):
    if v is None:
        return ""
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(v).replace(".", ",")
    return str(v)


def extract(path):
    suf = path.suffix.lower()
    if suf in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if suf == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if suf == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join(cell(v) for v in row if v is not None))
        return "\n".join(parts)
    if suf in (".html", ".htm"):
        from html.parser import HTMLParser

        class P(HTMLParser):
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

            def handle_endtag(self, tag):
                if tag in ("script", "style"):
                    self.skip -= 1
                elif tag in ("td", "th") and self.row is not None:
                    self.row.append("".join(self.cell).strip())
                    self.incell = False
                elif tag == "tr" and self.row is not None:
                    self.out.append(" | ".join(self.row))
                    self.row = None
                elif tag in ("p", "div", "li", "h1", "h2", "h3", "br"):
                    self.out.append("\n")

            def handle_data(self, d):
                if self.skip:
                    return
                if self.incell:
                    self.cell.append(d)
                else:
                    self.out.append(d)

        p = P()
        p.feed(path.read_text(encoding="utf-8"))
        return "\n".join(p.out)
    raise ValueError(f"unsupported file type: {path}")


def main():
    errors = []
    cache = {}
    rows = [json.loads(l) for l in SET.read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = set()
    cats = Counter()
    for n, q in enumerate(rows, 1):
        qid = q.get("id")
        where = qid or f"line {n}"
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
            errors.append(f"{where}: keys {sorted(q)}")
            continue
        if qid != f"{PREFIX}-{n:03d}":
            errors.append(f"{where}: id out of sequence")
        if qid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(qid)
        if q["corpus"] != "corpus":
            errors.append(f"{where}: corpus {q['corpus']}")
        cat = q["category"]
        cats[cat] += 1
        if cat not in CATS:
            errors.append(f"{where}: bad category {cat}")
        if q["language"] not in ("sv", "en"):
            errors.append(f"{where}: bad language")
        if (cat == "english") != (q["language"] == "en"):
            errors.append(f"{where}: language/category mismatch")
        if not isinstance(q["question"], str) or not q["question"].strip():
            errors.append(f"{where}: empty question")
        if not isinstance(q["history"], list) or not all(isinstance(h, str) for h in q["history"]):
            errors.append(f"{where}: history must be list of str")
        if cat == "followup" and not (1 <= len(q["history"]) <= 2):
            errors.append(f"{where}: followup needs 1-2 history items")
        if cat != "followup" and q["history"]:
            errors.append(f"{where}: history only for followups")
        g = q["gold"]
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            errors.append(f"{where}: gold keys {sorted(g)}")
            continue
        if not g["answer"].strip():
            errors.append(f"{where}: empty answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) \
                    or isinstance(num["value"], bool) or num["unit"] not in UNITS:
                errors.append(f"{where}: bad number {num}")
        if not isinstance(g["refused"], bool):
            errors.append(f"{where}: refused not bool")
        if g["verdict"] not in VERDICTS:
            errors.append(f"{where}: bad verdict")
        if cat == "claim" and g["verdict"] is None:
            errors.append(f"{where}: claim without verdict")
        if cat != "claim" and g["verdict"] is not None:
            errors.append(f"{where}: verdict on non-claim")
        if g["verdict"] == "not_found" and not g["refused"]:
            errors.append(f"{where}: not_found must be refused")
        if cat == "unanswerable" and not g["refused"]:
            errors.append(f"{where}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{where}: refused item must have no docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errors.append(f"{where}: answered item needs docs and quotes")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errors.append(f"{where}: multi_doc needs two docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("corpus/"):
                errors.append(f"{where}: doc path {d}")
            p = ROOT / d
            if not p.is_file():
                errors.append(f"{where}: missing doc {d}")
                continue
            if d not in cache:
                cache[d] = norm(extract(p))
            texts.append(cache[d])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errors.append(f"{where}: quote not found: {qu[:70]!r}")
        if len(g["docs"]) > 1:
            for d in g["docs"]:
                if d in cache and not any(norm(qu) in cache[d] for qu in g["quotes"]):
                    errors.append(f"{where}: no quote from doc {d}")
    for c, want in CATS.items():
        if cats[c] != want:
            errors.append(f"category {c}: {cats[c]} != {want}")
    print(f"{len(rows)} questions")
    for c in CATS:
        print(f"  {c}: {cats[c]}")
    if errors:
        print(f"{len(errors)} ERRORS")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
