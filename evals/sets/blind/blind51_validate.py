"""Validate blind51.jsonl: keys, categories, counts, docs exist, quotes found in extracted text."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SET = Path(__file__).resolve().parent / "blind51.jsonl"

EXPECTED = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
            "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
TOP_KEYS = {"id", "corpus", "category", "language", "question", "history", "gold"}
GOLD_KEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


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
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, float):
                        v = (f"{v:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
                    cells.append(str(v))
                if cells:
                    parts.append(" | ".join(cells))
        return "\n".join(parts)
    if suf in (".html", ".htm"):
        from html.parser import HTMLParser
        raw = path.read_text(encoding="utf-8")
        txt = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S | re.I)
        txt = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", txt, flags=re.I)
        txt = re.sub(r"<[^>]+>", " ", txt)
        import html
        return html.unescape(txt)
    raise ValueError(f"unsupported: {path}")


def main():
    errors = []
    cats = Counter()
    verdicts = Counter()
    cache = {}
    ids = set()
    lines = [l for l in SET.read_text(encoding="utf-8").splitlines() if l.strip()]
    for n, line in enumerate(lines, 1):
        q = json.loads(line)
        qid = q.get("id", f"line{n}")
        if set(q) != TOP_KEYS:
            errors.append(f"{qid}: keys {sorted(q)}")
            continue
        if qid != f"b51-{n:03d}" or qid in ids:
            errors.append(f"{qid}: bad/duplicate id")
        ids.add(qid)
        if q["corpus"] != "corpus":
            errors.append(f"{qid}: corpus")
        if q["category"] not in EXPECTED:
            errors.append(f"{qid}: category {q['category']}")
        cats[q["category"]] += 1
        if q["language"] not in ("sv", "en"):
            errors.append(f"{qid}: language")
        if (q["category"] == "english") != (q["language"] == "en"):
            errors.append(f"{qid}: english/language mismatch")
        if not isinstance(q["history"], list) or (q["category"] == "followup") != bool(q["history"]):
            errors.append(f"{qid}: history")
        g = q["gold"]
        if set(g) != GOLD_KEYS:
            errors.append(f"{qid}: gold keys {sorted(g)}")
            continue
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or num["unit"] not in UNITS or not isinstance(num["value"], (int, float)):
                errors.append(f"{qid}: number {num}")
        if q["category"] == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errors.append(f"{qid}: verdict")
            verdicts[g["verdict"]] += 1
            if (g["verdict"] == "not_found") != g["refused"]:
                errors.append(f"{qid}: not_found/refused mismatch")
        elif g["verdict"] is not None:
            errors.append(f"{qid}: verdict on non-claim")
        if q["category"] == "unanswerable" and not g["refused"]:
            errors.append(f"{qid}: unanswerable not refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errors.append(f"{qid}: refused with docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errors.append(f"{qid}: missing docs/quotes")
        if q["category"] == "multi_doc" and len(g["docs"]) < 2:
            errors.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            p = ROOT / d
            if not d.startswith("corpus/") or not p.is_file():
                errors.append(f"{qid}: doc missing {d}")
                continue
            if d not in cache:
                cache[d] = norm(extract(p))
            texts.append(cache[d])
        for qu in g["quotes"]:
            if not any(norm(qu) in t for t in texts):
                errors.append(f"{qid}: quote not found: {qu[:80]!r}")
    for c, k in EXPECTED.items():
        if cats[c] != k:
            errors.append(f"count {c}: {cats[c]} != {k}")
    if len(lines) != sum(EXPECTED.values()):
        errors.append(f"total {len(lines)}")
    print("categories:", dict(cats))
    print("verdicts:", dict(verdicts))
    print("total:", len(lines))
    if errors:
        print("FAILED:")
        for e in errors:
            print(" ", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
