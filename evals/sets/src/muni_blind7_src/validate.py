"""Validates ../muni_blind7.jsonl against the generated corpus. Exit code 0 = valid."""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from extract import doc_text, norm  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(HERE, "..", "muni_blind7.jsonl")
CORPUS = "evals/corpora/blind-muni7"
CATS = {"lookup", "table_lookup", "calculation", "text_amount", "multi_doc", "multi_part", "claim", "followup", "english", "unanswerable"}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
FORBIDDEN = ("sjobo", "sjöbo", "savsjo", "sävsjö", "uppvidinge")
TOP = {"id", "category", "language", "question", "history", "gold", "corpus"}
GOLD = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def norm_q(s):
    return norm(s.replace("\u00a0", " ").replace("\u202f", " "))


def forms(v):
    d = D(str(v))
    out = set()
    neg = d < 0
    d = abs(d)
    if d == d.to_integral_value():
        i = int(d)
        s = f"{i:,}".replace(",", " ")
        out |= {s, str(i), s + ",0", str(i) + ",0", s.replace(" ", "\u00a0")}
    txt = format(d.normalize(), "f")
    if "." in txt:
        ip, fp = txt.split(".")
        g = f"{int(ip):,}".replace(",", " ")
        out |= {g + "," + fp, ip + "," + fp, ip + "." + fp}
        if len(fp) == 1:
            out |= {g + "," + fp + "0"}
    return out


def main():
    errs = []
    cache = {}
    lines = open(SET, encoding="utf-8").read().splitlines()
    ids = []
    cats = Counter()
    for n, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}")
            continue
        qid = o.get("id")
        ids.append(qid)
        where = f"{qid}"
        if set(o) != TOP:
            errs.append(f"{where}: keys {sorted(o)}")
        if not re.fullmatch(r"mb7-\d{3}", str(qid)) or qid != f"mb7-{n:03d}":
            errs.append(f"{where}: id not sequential mb7-{n:03d}")
        if o.get("corpus") != CORPUS:
            errs.append(f"{where}: corpus")
        c = o.get("category")
        cats[c] += 1
        if c not in CATS:
            errs.append(f"{where}: category {c}")
        lang = o.get("language")
        if lang not in ("sv", "en") or (c == "english") != (lang == "en"):
            errs.append(f"{where}: language {lang}")
        if not isinstance(o.get("question"), str) or not o["question"].strip():
            errs.append(f"{where}: question")
        h = o.get("history")
        if not isinstance(h, list) or not all(isinstance(x, str) and x for x in h):
            errs.append(f"{where}: history")
        if c == "followup" and not (1 <= len(h) <= 2):
            errs.append(f"{where}: followup needs 1-2 history turns")
        if c != "followup" and h:
            errs.append(f"{where}: history on non-followup")
        g = o.get("gold", {})
        if set(g) != GOLD:
            errs.append(f"{where}: gold keys {sorted(g)}")
            continue
        if not isinstance(g["answer"], str) or not g["answer"]:
            errs.append(f"{where}: answer")
        ans = norm_q(g["answer"])
        for nu in g["numbers"]:
            if set(nu) != {"value", "unit"} or nu["unit"] not in UNITS or not isinstance(nu["value"], (int, float)) or isinstance(nu["value"], bool):
                errs.append(f"{where}: number format {nu}")
                continue
            if nu["value"] < 0:
                errs.append(f"{where}: negative value {nu}")
            if not any(f in ans for f in forms(nu["value"])):
                errs.append(f"{where}: number {nu['value']} not in answer '{ans}'")
        ref = g["refused"]
        if not isinstance(ref, bool):
            errs.append(f"{where}: refused not bool")
        v = g["verdict"]
        if c == "claim":
            if v not in ("supported", "contradicted", "not_found"):
                errs.append(f"{where}: verdict {v}")
            if (v == "not_found") != ref:
                errs.append(f"{where}: not_found <-> refused")
            if v == "contradicted" and not g["numbers"]:
                errs.append(f"{where}: contradicted claim without correct figure")
        elif v is not None:
            errs.append(f"{where}: verdict on non-claim")
        if c == "unanswerable" and not ref:
            errs.append(f"{where}: unanswerable must be refused")
        if ref:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{where}: refused but docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errs.append(f"{where}: missing docs/quotes")
        texts = []
        for dpath in g["docs"]:
            if not dpath.startswith(CORPUS + "/") or any(f in dpath.lower() for f in FORBIDDEN):
                errs.append(f"{where}: doc path {dpath}")
            full = os.path.join(ROOT, dpath)
            if not os.path.exists(full):
                errs.append(f"{where}: missing doc {dpath}")
                continue
            if full not in cache:
                cache[full] = norm_q(doc_text(full))
            texts.append(cache[full])
        for qt in g["quotes"]:
            nq = norm_q(qt)
            if len(nq) > 400:
                errs.append(f"{where}: quote too long")
            if not any(nq in t for t in texts):
                errs.append(f"{where}: quote not found verbatim: '{qt}'")
    dup = [i for i, k in Counter(ids).items() if k > 1]
    if dup:
        errs.append(f"duplicate ids {dup}")
    want = {"table_lookup": 10, "calculation": 9, "claim": 7, "unanswerable": 7, "lookup": 5, "text_amount": 5,
            "followup": 5, "multi_part": 4, "english": 3}
    for k, mn in want.items():
        if cats[k] < 3:
            errs.append(f"category {k} has {cats[k]} < 3")
    if len(lines) != 55:
        errs.append(f"{len(lines)} questions, expected 55")
    verd = Counter(json.loads(l)["gold"]["verdict"] for l in lines if json.loads(l)["category"] == "claim")
    for k in ("supported", "contradicted", "not_found"):
        if verd[k] < 1:
            errs.append(f"no claim with verdict {k}")
    # forbidden municipalities must not appear in the corpus
    for dp, _, fs in os.walk(os.path.join(ROOT, CORPUS)):
        for f in fs:
            t = doc_text(os.path.join(dp, f)).lower()
            for fb in FORBIDDEN:
                if fb in t or fb in f.lower():
                    errs.append(f"forbidden municipality {fb} in {f}")
    print("categories:", dict(cats))
    print("claim verdicts:", dict(verd))
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    print("validated: 55 questions OK")


if __name__ == "__main__":
    main()
