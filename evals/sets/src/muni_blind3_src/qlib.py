"""Helpers for writing the muni_blind3 question set (kept outside the corpus folder)."""
import json
import os

CORPUS = "evals/corpora/blind-muni3"
B_PDF = f"{CORPUS}/boxholm/delarsrapport-augusti-2026.pdf"
B_HTML = f"{CORPUS}/boxholm/pressmeddelande-delarsrapport-2026.html"
B_XLSX = f"{CORPUS}/boxholm/driftutfall-per-namnd-aug-2026.xlsx"
B_MD = f"{CORPUS}/boxholm/nyhet-byggstart-forskola-parkvagen.md"
M_PDF = f"{CORPUS}/mala/mal-och-budget-2027.pdf"
M_HTML = f"{CORPUS}/mala/budget-2027-i-korthet.html"
M_DOCX = f"{CORPUS}/mala/ks-protokollsutdrag-2026-10-13-par142.docx"
M_TXT = f"{CORPUS}/mala/nyhet-simhallen-oppnar-igen.txt"

HERE = os.path.dirname(os.path.abspath(__file__))


def num(v, unit):
    if isinstance(v, float):
        v = round(v, 4)
        if v == int(v) and unit in ("tkr", "kr", "st"):
            v = int(v)
    return {"value": v, "unit": unit}


def sv(x):
    """parse a Swedish printed number: '–26,1', '(3,2)', '1 350', '−1,8'"""
    s = x.strip().replace("\u00a0", "").replace(" ", "").replace("%", "")
    neg = s.startswith(("(", "–", "−", "-"))
    s = s.strip("()–−-").replace(",", ".")
    v = float(s)
    return -v if neg else v


def Q(cat, question, answer, numbers=(), docs=(), quotes=(), verdict=None, refused=False,
      history=None, lang="sv"):
    return {"category": cat, "language": lang, "question": question,
            "history": list(history or []),
            "gold": {"answer": answer, "numbers": list(numbers), "docs": list(docs),
                     "quotes": list(quotes), "refused": refused, "verdict": verdict},
            "corpus": CORPUS}


def save(part, items):
    path = os.path.join(HERE, f"part_{part}.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(path, len(items))
