"""Validate muni_blind4.jsonl against the blind-muni4 corpus.
Checks every JSON field against evalformat.md and that every quote occurs in the text a reader
would extract from the document (whitespace, '|' and tab separators collapsed).
Usage: /work/main/.venv/bin/python validate.py [--dump DIR]"""
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(HERE, "..", "muni_blind4.jsonl")
CORPUS = "evals/corpora/blind-muni4"
CATS = {"lookup", "table_lookup", "calculation", "text_amount", "multi_doc", "multi_part", "claim",
        "followup", "english", "unanswerable"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def docx_text(path):
    from docx import Document
    doc = Document(path)
    out = []
    body = doc.element.body
    for el in body.iterchildren():
        tag = el.tag.split("}")[1]
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


def xlsx_text(path):
    from openpyxl import load_workbook
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            vals = [str(v) for v in row if v is not None]
            if vals:
                out.append(" | ".join(vals))
    return "\n".join(out)


def html_text(path):
    h = open(path, encoding="utf-8").read()
    h = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", h, flags=re.S)
    h = re.sub(r"</t[dh]>", " | ", h)
    h = re.sub(r"</(p|tr|h\d|li|div|caption)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def doc_text(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return pdf_text(path)
    if ext == "docx":
        return docx_text(path)
    if ext == "xlsx":
        return xlsx_text(path)
    if ext in ("html", "htm"):
        return html_text(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("|", " ").replace("\t", " ")
    return re.sub(r"\s+", " ", s).strip()


def nows(s):
    return re.sub(r"\s+", "", norm(s))


def main():
    if "--dump" in sys.argv:
        out = sys.argv[sys.argv.index("--dump") + 1]
        os.makedirs(out, exist_ok=True)
        root = os.path.join(REPO, CORPUS)
        for dp, _, fs in os.walk(root):
            for f in fs:
                p = os.path.join(dp, f)
                with open(os.path.join(out, os.path.basename(dp) + "__" + f + ".txt"), "w") as fh:
                    fh.write(doc_text(p))
        return 0
    errors = []
    cache = {}
    cats = Counter()
    ids = []
    fallback = 0
    with open(SET, encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip()]
    for ln_no, ln in enumerate(lines, 1):
        try:
            q = json.loads(ln)
        except Exception as e:  # noqa: BLE001
            errors.append(f"line {ln_no}: bad JSON {e}")
            continue
        qid = q.get("id", f"line{ln_no}")
        ids.append(qid)

        def err(m):
            errors.append(f"{qid}: {m}")
        exp_keys = {"id", "category", "language", "question", "history", "gold", "corpus"}
        if set(q) != exp_keys:
            err(f"keys {sorted(q)}")
        if not re.fullmatch(r"mb4-\d{3}", qid):
            err("bad id")
        if q.get("corpus") != CORPUS:
            err("corpus field")
        cat = q.get("category")
        cats[cat] += 1
        if cat not in CATS:
            err(f"category {cat}")
        if q.get("language") not in ("sv", "en"):
            err("language")
        if cat == "english" and q.get("language") != "en":
            err("english question not en")
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            err("question")
        hist = q.get("history")
        if not isinstance(hist, list) or not all(isinstance(h, str) and h for h in hist):
            err("history")
        if cat == "followup" and not hist:
            err("followup without history")
        if cat != "followup" and hist:
            err("history on non-followup")
        g = q.get("gold", {})
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}:
            err(f"gold keys {sorted(g)}")
            continue
        if not isinstance(g["answer"], str) or not g["answer"]:
            err("answer")
        if not isinstance(g["numbers"], list):
            err("numbers")
        for nmb in g["numbers"]:
            if set(nmb) != {"value", "unit"} or not isinstance(nmb["value"], (int, float)) \
                    or isinstance(nmb["value"], bool) or nmb["unit"] not in UNITS:
                err(f"number {nmb}")
            elif nmb["value"] < 0:
                err(f"negative value {nmb}")
        if not isinstance(g["refused"], bool):
            err("refused")
        if cat == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                err("claim verdict")
        elif g["verdict"] is not None:
            err("verdict must be null")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                err("refused with docs/quotes/numbers")
            if cat not in ("unanswerable", "followup", "english"):
                err("refused in unexpected category")
        else:
            if cat == "unanswerable":
                err("unanswerable not refused")
            if cat == "claim" and g["verdict"] == "not_found":
                pass
            elif not g["docs"] or not g["quotes"]:
                err("missing docs/quotes")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            err("multi_doc needs 2 docs")
        texts = []
        for dref in g["docs"]:
            if not dref.startswith(CORPUS + "/"):
                err(f"doc prefix {dref}")
                continue
            p = os.path.join(REPO, dref)
            if not os.path.isfile(p):
                err(f"missing file {dref}")
                continue
            if p not in cache:
                cache[p] = doc_text(p)
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(norm(qt) in norm(t) for t in texts):
                if any(nows(qt) in nows(t) for t in texts):
                    fallback += 1
                else:
                    err(f"quote not found: {qt!r}")
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        errors.append(f"duplicate ids {dup}")
    exp = [f"mb4-{i:03d}" for i in range(1, len(ids) + 1)]
    if ids != exp:
        errors.append("ids not consecutive from mb4-001")
    print(f"{len(lines)} questions; categories: {dict(sorted(cats.items()))}")
    print(f"quotes matched only when all whitespace is removed: {fallback}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
