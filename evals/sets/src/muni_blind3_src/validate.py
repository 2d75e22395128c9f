"""Validate muni_blind3 questions: JSON keys, doc paths, verbatim quotes (words in order)."""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textof import text_of  # noqa: E402

ROOT = "/work/main"
CATS = {"lookup", "table_lookup", "calculation", "text_amount", "multi_doc", "multi_part", "claim",
        "followup", "english", "unanswerable"}
_cache = {}


def words(s):
    return s.replace("\u00a0", " ").split()


def contains(doc_words, q_words):
    n = len(q_words)
    for i in range(len(doc_words) - n + 1):
        if doc_words[i:i + n] == q_words:
            return "contiguous"
    it = iter(doc_words)
    if all(any(w == d for d in it) for w in q_words):
        return "in-order"
    return None


def check(path):
    errs = 0
    cats = collections.Counter()
    lines = open(path, encoding="utf-8").read().splitlines()
    ids = set()
    for ln, line in enumerate(lines, 1):
        o = json.loads(line)
        for k in ("category", "language", "question", "history", "gold", "corpus"):
            assert k in o, (ln, k)
        if "id" in o:
            assert o["id"] not in ids
            ids.add(o["id"])
        g = o["gold"]
        for k in ("answer", "numbers", "docs", "quotes", "refused", "verdict"):
            assert k in g, (ln, k)
        assert o["category"] in CATS, o["category"]
        assert o["corpus"] == "evals/corpora/blind-muni3"
        cats[o["category"]] += 1
        if o["category"] == "claim":
            assert g["verdict"] in ("supported", "contradicted", "not_found")
            assert (g["verdict"] == "not_found") == g["refused"], ln
        else:
            assert g["verdict"] is None
        if o["category"] == "followup":
            assert o["history"], ln
        if g["refused"]:
            assert g["docs"] == [] and g["quotes"] == [], ln
        else:
            assert g["docs"] and g["quotes"], ln
        for n in g["numbers"]:
            assert n["unit"] in ("kr", "tkr", "mnkr", "mdkr", "%", "st"), n
            assert isinstance(n["value"], (int, float)), n
        for d in g["docs"]:
            assert d.startswith("evals/corpora/blind-muni3/"), d
            assert os.path.exists(os.path.join(ROOT, d)), d
        for q in g["quotes"]:
            found = None
            for d in g["docs"]:
                if d not in _cache:
                    _cache[d] = words(text_of(os.path.join(ROOT, d)))
                found = contains(_cache[d], words(q))
                if found:
                    break
            if not found:
                errs += 1
                print(f"line {ln} ({o.get('id')}): QUOTE NOT FOUND: {q!r}")
            elif found != "contiguous":
                print(f"line {ln}: quote only in-order (not contiguous): {q!r}")
    print(path, len(lines), "lines,", errs, "quote errors;", dict(cats))
    return errs


if __name__ == "__main__":
    bad = sum(check(p) for p in sys.argv[1:])
    sys.exit(1 if bad else 0)
