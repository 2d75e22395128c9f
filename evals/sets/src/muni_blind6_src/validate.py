"""Validate muni_blind6.jsonl against the generated corpus and the generator's data.
Checks: format, category counts, docs exist, every quote occurs verbatim (whitespace-collapsed) in the reader-visible
text of its documents, every gold number appears in a quote (non-computed questions) or equals an independently
recomputed value (computed questions)."""
import json, os, re, sys, html as htmlmod
from collections import Counter
from pypdf import PdfReader
import openpyxl, docx

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_ang as A, data_nor as N, gen_other as G
from common import ROOT

QF = os.path.join(HERE, "..", "muni_blind6.jsonl")
WANT = {"table_lookup": 9, "calculation": 8, "claim": 7, "lookup": 5, "unanswerable": 7, "multi_part": 4,
        "followup": 4, "text_amount": 5, "multi_doc": 3, "english": 3}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return ws(" ".join(p.extract_text() for p in PdfReader(path).pages))
    if ext == "html":
        s = open(path, encoding="utf-8").read()
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S)
        return ws(htmlmod.unescape(re.sub(r"<[^>]+>", " ", s)))
    if ext in ("md", "txt"):
        return ws(open(path, encoding="utf-8").read())
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" ".join(c.text for c in r.cells))
        return ws("\n".join(parts))
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path)
        parts = []
        for sh in wb.worksheets:
            for row in sh.iter_rows(values_only=True):
                parts.append(" ".join(str(c) for c in row if c is not None))
        return ws("\n".join(parts))
    raise ValueError(path)


def variants(v):
    out = set()
    for dec in (0, 1, 2):
        if round(v, dec) != round(v, 6):
            continue
        s = f"{abs(v):,.{dec}f}"
        out |= {s.replace(",", " ").replace(".", ","), s.replace(",", "").replace(".", ","), s.replace(",", "")}
    return out


# independent recomputation of computed gold figures: id -> list of expected values
def r(x, d=1):
    return round(x + 1e-9, d)


un = A.DR["Utbildningsnämnden"]
ppi = [N.FEM_D["Verksamhetens nettokostnad, mnkr"][i] * 1e6 / N.FEM_D["Antal invånare 31 december"][i] for i in range(5)]
CALC = {
    "muni_blind6-010": [r(100 * (1247700 - 1148200) / 1148200)],
    "muni_blind6-011": [r(100 * 130.9 / 337.9)],
    "muni_blind6-012": [round(2638.4e6 / 44100)],
    "muni_blind6-013": [11100 + 10200],
    "muni_blind6-014": [r(100 * (147.3 - 141.2) / 141.2)],
    "muni_blind6-015": [r(100 * (round(ppi[4]) - round(ppi[0])) / round(ppi[0]))],
    "muni_blind6-016": [62400 + 85000],
    "muni_blind6-017": [max(337.9, 463.8, 391.4)],
}
# cross-check the constants above against the generator's data
assert un["b24"] == 1148200 and un["p27"] == 1247700
assert A.INV_N["SBN"][0] == 130.9 and A.INV_TOT[:3] == [337.9, 463.8, 391.4]
assert A.RB["Verksamhetens nettokostnader"][2] == -2638.4 and A.POP_TOTAL[1] == 44100
assert A.RAMJ_ROWS["Utbildningsnämnden"]["eff"] == -11100 and A.RAMJ_ROWS["Socialnämnden"]["eff"] == -10200
assert N.DR["Socialnämnden"][1:3] == (141.2, 147.3)
assert [x[2] for x in G.FB if x[0] == "Norsjö IF"] == [62400, 85000]
assert G.XLSX_NT[3][1] == [round(x) for x in ppi]
# other derived facts stated in prose/gold
assert r(A.RB["Årets resultat"][2]) == 48.2 and A.BB["Långfristiga skulder"][2] == 1590.0
assert r(100 * N.RR["Årets resultat"][0] / N.SKATT_BIDRAG_2024) == 3.9 and A.RB["Resultat i % av skatter och bidrag"][2] == 1.8
assert G.VA[0][2] + 150 * G.VA[1][2] == 7885
assert sum(x[3] for x in G.OMB) == 1600
assert A.PROG24["Socialnämnden"] - A.DR["Socialnämnden"]["b24"] == 21400
assert A.INV_TOT[3] == 1193.1 and N.INV_UTFALL == 24.6 and N.INV_BUDGET == 28.5


def main():
    errs = []
    qs = [json.loads(l) for l in open(QF, encoding="utf-8")]
    cnt = Counter(x["category"] for x in qs)
    if dict(cnt) != WANT:
        errs.append(f"category counts {dict(cnt)}")
    cache = {}
    for i, x in enumerate(qs, 1):
        qid = x["id"]
        if qid != f"muni_blind6-{i:03d}":
            errs.append(f"{qid}: bad id")
        if x.get("corpus") != "evals/corpora/blind-muni6":
            errs.append(f"{qid}: corpus")
        g = x["gold"]
        for k in ("answer", "numbers", "docs", "quotes", "refused", "verdict"):
            if k not in g:
                errs.append(f"{qid}: missing gold.{k}")
        if x["category"] == "followup" and not x["history"]:
            errs.append(f"{qid}: followup without history")
        if x["category"] == "claim" and g["verdict"] not in ("supported", "contradicted", "not_found"):
            errs.append(f"{qid}: verdict")
        if x["category"] != "claim" and g["verdict"] is not None:
            errs.append(f"{qid}: verdict on non-claim")
        if x["category"] == "english" and x["language"] != "en":
            errs.append(f"{qid}: language")
        refused = x["category"] == "unanswerable" or g["verdict"] == "not_found"
        if refused:
            if not (g["refused"] is True and not g["docs"] and not g["quotes"] and not g["numbers"]):
                errs.append(f"{qid}: refused item must have refused=true and empty docs/quotes/numbers")
            continue
        if g["refused"] or not g["docs"] or not g["quotes"]:
            errs.append(f"{qid}: answerable item needs docs and quotes")
        texts = []
        for dname in g["docs"]:
            p = os.path.join(ROOT, dname)
            if not os.path.exists(p):
                errs.append(f"{qid}: missing doc {dname}")
                continue
            if p not in cache:
                cache[p] = text_of(p)
            texts.append(cache[p])
        for qt in g["quotes"]:
            if not any(ws(qt) in t for t in texts):
                errs.append(f"{qid}: quote not found: {qt!r}")
        if qid in CALC:
            exp = CALC[qid]
            got = [n["value"] for n in g["numbers"]]
            if len(exp) != len(got) or any(abs(a - b) > 1e-6 for a, b in zip(exp, got)):
                errs.append(f"{qid}: computed {exp} != gold {got}")
        else:
            qtext = ws(" ".join(g["quotes"]))
            for n in g["numbers"]:
                if not any(v in qtext for v in variants(n["value"])):
                    errs.append(f"{qid}: number {n} not in quotes")
        for n in g["numbers"]:
            if n["unit"] not in ("kr", "tkr", "mnkr", "mdkr", "%", "st"):
                errs.append(f"{qid}: unit {n['unit']}")
    for e in errs:
        print("FAIL", e)
    print(f"{len(qs)} questions, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
