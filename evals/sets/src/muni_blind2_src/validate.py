"""Validate muni_blind2.jsonl against the generated corpus.

Checks: JSON parses, required keys, ids, categories, doc paths exist, and every
quote's words occur contiguously and in order both in the text the generator wrote
and in the text extracted from the written file."""
import collections
import json
import os
import sys as _sys
_sys.dont_write_bytecode = True
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))  # /work/main
QFILE = os.path.join(ROOT, "evals", "sets", "blind", "muni_blind2.jsonl")

import make_corpus  # noqa: E402
import web  # noqa: E402

CATS = {"lookup", "table_lookup", "calculation", "text_amount", "multi_doc", "multi_part",
        "claim", "followup", "english", "unanswerable"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def words(t):
    t = t.replace("|", " ").replace("*", " ").replace("\u00a0", " ")
    return [w.rstrip(".,;:") for w in t.split() if w.rstrip(".,;:")]


def contains(hay, needle):
    h, nd = words(hay), words(needle)
    if not nd:
        return False
    k = len(nd)
    return any(h[i:i + k] == nd for i in range(len(h) - k + 1))


def extracted(rel):
    p = os.path.join(HERE, rel)
    if p.endswith(".pdf"):
        import pypdf
        return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    if p.endswith(".html"):
        return web.text_of(open(p, encoding="utf-8").read())
    if p.endswith(".xlsx"):
        import openpyxl
        out = []
        for ws in openpyxl.load_workbook(p).worksheets:
            for r in ws.iter_rows(values_only=True):
                out.append(" ".join(str(v) for v in r if v is not None))
        return "\n".join(out)
    if p.endswith(".docx"):
        import docx
        d = docx.Document(p)
        out = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                out.append(" ".join(c.text for c in r.cells if c.text))
        return "\n".join(out)
    return open(p, encoding="utf-8").read()


def main():
    texts = make_corpus.build_all()
    ext = {k: extracted(k) for k in texts}
    errors = []
    cats = collections.Counter()
    ids = []
    lines = open(QFILE, encoding="utf-8").read().splitlines()
    for ln, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:  # noqa: BLE001
            errors.append(f"line {ln}: bad json {e}")
            continue
        qid = q.get("id")
        ids.append(qid)
        for key in ("id", "category", "language", "question", "history", "gold", "corpus"):
            if key not in q:
                errors.append(f"{qid}: missing {key}")
        g = q.get("gold", {})
        for key in ("answer", "numbers", "docs", "quotes", "refused", "verdict"):
            if key not in g:
                errors.append(f"{qid}: gold missing {key}")
        cat = q.get("category")
        cats[cat] += 1
        if cat not in CATS:
            errors.append(f"{qid}: bad category {cat}")
        if q.get("corpus") != "evals/corpora/blind-muni2":
            errors.append(f"{qid}: bad corpus")
        if q.get("language") != ("en" if cat == "english" else "sv"):
            errors.append(f"{qid}: language mismatch")
        if cat == "followup" and not q.get("history"):
            errors.append(f"{qid}: followup without history")
        if cat != "followup" and q.get("history"):
            errors.append(f"{qid}: history on non-followup")
        if cat == "claim":
            if g.get("verdict") not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: claim without verdict")
            if (g.get("verdict") == "not_found") != bool(g.get("refused")):
                errors.append(f"{qid}: not_found/refused mismatch")
        elif g.get("verdict") is not None:
            errors.append(f"{qid}: verdict on non-claim")
        if g.get("refused"):
            if g.get("docs") or g.get("quotes") or g.get("numbers"):
                errors.append(f"{qid}: refused with docs/quotes/numbers")
        else:
            if not g.get("docs") or not g.get("quotes"):
                errors.append(f"{qid}: missing docs/quotes")
        if cat == "unanswerable" and not g.get("refused"):
            errors.append(f"{qid}: unanswerable not refused")
        for num in g.get("numbers", []):
            if num.get("unit") not in UNITS or not isinstance(num.get("value"), (int, float)):
                errors.append(f"{qid}: bad number {num}")
        rels = []
        for d in g.get("docs", []):
            pre = "evals/corpora/blind-muni2/"
            if not d.startswith(pre) or not os.path.exists(os.path.join(ROOT, d)):
                errors.append(f"{qid}: doc missing {d}")
                continue
            rels.append(d[len(pre):])
        for qu in g.get("quotes", []):
            if not any(contains(texts[r], qu) for r in rels):
                errors.append(f"{qid}: quote not in generated text: {qu!r}")
            if not any(contains(ext[r], qu) for r in rels):
                errors.append(f"{qid}: quote not in extracted text: {qu!r}")
    want = [f"mb2-{i:03d}" for i in range(1, len(lines) + 1)]
    if ids != want:
        errors.append("ids not sequential / unique")
    for e in errors:
        print("ERROR", e)
    print(f"{len(lines)} questions; categories: {dict(sorted(cats.items()))}")
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
