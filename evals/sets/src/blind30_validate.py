"""Validate blind30.jsonl: keys, categories, counts, docs, quotes."""
import json, re, sys, collections
from pathlib import Path

ROOT = Path("/work/main")
SET = ROOT / "evals/sets/dev/blind30.jsonl"
CATS = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = {"id", "corpus", "category", "language", "question", "history", "gold"}
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def extract(path):
    suf = path.suffix.lower()
    if suf in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if suf == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    raise ValueError(f"unsupported {path}")


def main():
    errs = []
    cache = {}
    counts = collections.Counter()
    ids = set()
    lines = SET.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        o = json.loads(line)
        if set(o) != KEYS:
            errs.append(f"{n}: keys {set(o) ^ KEYS}")
            continue
        qid = o["id"]
        if qid != f"b30-{n:03d}" or qid in ids:
            errs.append(f"{n}: bad id {qid}")
        ids.add(qid)
        if o["corpus"] != "corpus":
            errs.append(f"{qid}: corpus")
        cat = o["category"]
        if cat not in CATS:
            errs.append(f"{qid}: category {cat}")
        counts[cat] += 1
        if o["language"] not in ("sv", "en"):
            errs.append(f"{qid}: language")
        if (cat == "english") != (o["language"] == "en"):
            errs.append(f"{qid}: english/language mismatch")
        if not isinstance(o["question"], str) or not o["question"].strip():
            errs.append(f"{qid}: question")
        h = o["history"]
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h):
            errs.append(f"{qid}: history type")
        if cat == "followup" and not (1 <= len(h) <= 2):
            errs.append(f"{qid}: followup needs 1-2 history")
        if cat != "followup" and h:
            errs.append(f"{qid}: history only for followup")
        g = o["gold"]
        if set(g) != GKEYS:
            errs.append(f"{qid}: gold keys {set(g) ^ GKEYS}")
            continue
        if not g["answer"].strip():
            errs.append(f"{qid}: empty answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) \
                    or isinstance(num["value"], bool) or num["unit"] not in UNITS:
                errs.append(f"{qid}: bad number {num}")
        if not isinstance(g["refused"], bool):
            errs.append(f"{qid}: refused type")
        v = g["verdict"]
        if cat == "claim":
            if v not in ("supported", "contradicted", "not_found"):
                errs.append(f"{qid}: claim verdict {v}")
            if v == "not_found" and not g["refused"]:
                errs.append(f"{qid}: not_found must be refused")
        elif v is not None:
            errs.append(f"{qid}: verdict must be null")
        if cat == "unanswerable" and not g["refused"]:
            errs.append(f"{qid}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{qid}: refused needs empty docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errs.append(f"{qid}: docs/quotes missing")
        if cat == "multi_doc" and len(set(g["docs"])) < 2:
            errs.append(f"{qid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("corpus/"):
                errs.append(f"{qid}: doc path {d}")
            p = ROOT / d
            if not p.is_file():
                errs.append(f"{qid}: missing doc {d}")
                continue
            if d not in cache:
                cache[d] = norm(extract(p))
            texts.append(cache[d])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{qid}: quote not found: {qt[:70]!r}")
        if cat == "multi_doc":
            for d in set(g["docs"]):
                if d in cache and not any(norm(qt) in cache[d] for qt in g["quotes"]):
                    errs.append(f"{qid}: no quote from {d}")
    for c, k in CATS.items():
        if counts[c] != k:
            errs.append(f"count {c}: {counts[c]} != {k}")
    if len(lines) != sum(CATS.values()):
        errs.append(f"total {len(lines)}")
    for c in CATS:
        print(f"{c}: {counts[c]}")
    print(f"total: {len(lines)}")
    if errs:
        print("FAILED")
        for e in errs:
            print(" ", e)
        sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
