"""Validate the blind-muni8 corpus and muni_blind8.jsonl.
Checks: internal consistency of the figures, document structure, question schema and category counts,
every gold quote verbatim in the extracted text of its documents, calculation answers recomputed."""
import os, sys, re, json, zipfile
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
SET = os.path.join(REPO, "evals", "sets", "blind", "muni_blind8.jsonl")
import data as D
import build_katrineholm as BK

errors = []


def err(msg):
    errors.append(msg)


def ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


# ---------------------------------------------------------------- text extraction
class _Vis(HTMLParser):
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"): self.skip += 1
    def handle_endtag(self, tag):
        if tag in ("script", "style"): self.skip -= 1
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(path)
        return ws(" ".join(p.extract_text() for p in r.pages))
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path)
        lines = []
        for sh in wb:
            lines.append(sh.title)
            for row in sh.iter_rows(values_only=True):
                vals = [str(v) for v in row if v is not None]
                if vals: lines.append(" ".join(vals))
        return ws("\n".join(lines))
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return ws("\n".join(parts))
    if ext in ("html", "htm"):
        p = _Vis(); p.feed(open(path, encoding="utf-8").read())
        return ws(" ".join(p.parts))
    return ws(open(path, encoding="utf-8").read())


# ---------------------------------------------------------------- consistency of the figures
def check_data():
    rb = D.K_RB
    for i in range(6):
        if rb["vi"][i] + rb["vk"][i] + rb["av"][i] != rb["vnk"][i]: err(f"K RB vnk col {i}")
        if rb["vnk"][i] + rb["sk"][i] + rb["gs"][i] + rb["fi"][i] + rb["fk"][i] != rb["res"][i]: err(f"K RB res col {i}")
    for j, c in enumerate(D.K_GS_IDX):
        if sum(r[1][j] for r in D.K_GS) != rb["gs"][c]: err("K GS spec")
        if sum(r[1][j] for r in D.K_SK_SPLIT) != rb["sk"][c]: err("K SK spec")
    b = D.B
    for i in range(5):
        if b["tillg"][i] != b["ek"][i] + b["avs"][i] + b["lts"][i] + b["kts"][i]: err(f"K balans col {i}")
        if i and b["ek"][i] != b["ek"][i - 1] + b["arets"][i]: err("K EK roll")
    cf = D.CF
    for i in range(4):
        if cf["ib"][i] + cf["flow"][i] != cf["ub"][i] or cf["ub"][i] != b["kassa"][i + 1]: err("K kassaflöde")
        if cf["lop"][i] + cf["invn"][i] + cf["finn"][i] != cf["flow"][i]: err("K flow sum")
    for i, j in enumerate((1, 2, 3)):
        if -cf["inv"][i + 1] * 100 != D.K_INV_TOT[j]: err("K invest vs kassaflöde")
    for i in range(4):
        if D.K_DRIFT_NAMNDSUM[i] + D.K_DRIFT_FIN[i] != D.K_DRIFT_VNK[i]: err("K drift total")
    for name, v in D.K_RAM:
        dv = D.drift_of(name)
        if sum(v[:4]) != v[4] or v[4] != dv[1] - dv[0]: err(f"K ram {name}")
    for nm, e in D.K_NAMND_ECON.items():
        for i in range(3):
            if e["int"][i] + e["kost"][i] != -e["net"][i]: err(f"K nämnd {nm}")
    if D.K_POP_TOT[0] != D.K_INV[2024]: err("K pop")
    # xlsx sums
    g = [0, 0, 0, 0]
    for sec, items in BK.K_FB_SECTIONS:
        for it in items:
            for k in range(3): g[k] += it[k + 1]
    if sum(g[:3]) != 1338050: err("K föreningsbidrag total")
    # Pajala
    r = D.P_RR
    for i in range(3):
        if r["vi"][i] + r["vk"][i] + r["av"][i] + r["sk"][i] + r["gs"][i] + r["fi"][i] + r["fk"][i] != r["res"][i]: err("P RR")
    br = D.P_BR
    for i in range(2):
        if br["tillg"][i] != br["summa"][i]: err("P BR")
        if br["kts"][i] <= 0: err("P BR kts")
    if br["ek"][0] != br["ek"][1] + r["res"][0]: err("P EK roll")
    if br["mat"][0] != br["mat"][1] + D.P_INV_MNKR + r["av"][0]: err("P mat roll")
    for i in range(3):
        if D.P_DRIFT_SUM[i] + D.P_DRIFT_FIN[i] != D.P_VNK_TKR[i]: err("P drift")
    if D.P_FORSKOLA_SUM != 38500: err("P förskola")
    if sum(D.P_PERS_TOT) != 724: err("P personal")


# ---------------------------------------------------------------- documents
def check_docs(texts):
    import pypdf
    kb = os.path.join(REPO, "evals/corpora/blind-muni8/katrineholm/mal-och-budget-2026.pdf")
    rd = pypdf.PdfReader(kb)
    if not 15 <= len(rd.pages) <= 25: err(f"budget pdf pages {len(rd.pages)}")
    land = [i for i, p in enumerate(rd.pages) if p.mediabox.width > p.mediabox.height]
    if not 1 <= len(land) <= 2: err("landscape pages")
    pages = [ws(p.extract_text()) for p in rd.pages]
    hdr = "Projekt Total projektbudget Budget 2025 Budget 2026 Plan 2027 Plan 2028 Summa 2026–2028"
    if sum(hdr in p for p in pages) < 2: err("repeated header over page break missing")
    ntab = len(re.findall(r"Tabell \d+\.", texts["kb"]))
    if ntab < 10: err(f"budget tables {ntab}")
    for s in ["Resultatbudget", "Balansbudget", "Kassaflödesbudget", "Investeringsbudget", "(159,9)", "–2 340,3", "Belopp i mnkr"]:
        if s.lower() not in texts["kb"].lower(): err(f"budget pdf lacks {s}")
    pa = os.path.join(REPO, "evals/corpora/blind-muni8/pajala/arsredovisning-2024.pdf")
    if len(pypdf.PdfReader(pa).pages) < 8: err("årsredovisning too short")
    import openpyxl
    wb = openpyxl.load_workbook(os.path.join(REPO, "evals/corpora/blind-muni8/katrineholm/foreningsbidrag-och-lokalhyror.xlsx"))
    if len(wb.sheetnames) != 2: err("xlsx sheets")
    h = open(os.path.join(REPO, "evals/corpora/blind-muni8/katrineholm/nyhet-budget-2026-klubbad.html"), encoding="utf-8").read()
    for s in ["rowspan=", "colspan=", "<nav", "cookie", "<footer"]:
        if s not in h: err(f"html lacks {s}")


# ---------------------------------------------------------------- questions
COUNTS = {"table_lookup": 9, "calculation": 8, "claim": 7, "unanswerable": 7, "followup": 4, "lookup": 5,
          "text_amount": 5, "multi_part": 4, "multi_doc": 3, "english": 3}


def q2(x, dec):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP))


def recompute():
    """Independent recomputation of every calculation answer, keyed by id."""
    dr = {n: v for s, rows in D.K_DRIFT_SECTIONS for n, v in rows}
    k_vnk24_per_inv = q2(Decimal(-D.K_RB["vnk"][0]) * 100000 / D.K_INV[2024], 0)
    p_vnk24_per_inv = q2(Decimal(-D.P_RR["vnk"][0]) * 100000 / D.P_INV[2024], 0)
    soc = [r for r in D.P_DRIFT if r[0] == "Socialnämnden"][0]
    fb = {n: a + l + p for s, items in BK.K_FB_SECTIONS for n, a, l, p in items}
    return {
        "muni_blind8-010": [dr["Bildningsnämnden"][1] + dr["Socialnämnden"][1] + dr["Vård- och omsorgsnämnden"][1]],
        "muni_blind8-011": [q2((D.K_RB["sk"][3] - D.K_RB["sk"][0]) / 10, 1)],
        "muni_blind8-012": [q2(Decimal(dr["Bildningsnämnden"][1]) * 100 / D.K_DRIFT_NAMNDSUM[1], 1)],
        "muni_blind8-013": [q2(Decimal(D.P_RR["sk"][0]) * 100000 / D.P_INV[2024], 0)],
        "muni_blind8-014": [p_vnk24_per_inv - k_vnk24_per_inv],
        "muni_blind8-015": [q2(Decimal(soc[2] - soc[1]) * 100 / soc[1], 1)],
        "muni_blind8-016": [D.K_INV_SECSUM["Kommunstyrelsen"][1] + D.K_INV_SECSUM["Service- och tekniknämnden"][1]],
        "muni_blind8-017": [fb["IFK Katrineholm"] - fb["Katrineholms SK"]],
    }


def check_questions(texts_by_path):
    lines = open(SET, encoding="utf-8").read().splitlines()
    qs = [json.loads(l) for l in lines if l.strip()]
    if len(qs) != 55: err(f"{len(qs)} questions")
    cnt = {}
    for i, q in enumerate(qs, 1):
        qid = q.get("id")
        if qid != f"muni_blind8-{i:03d}": err(f"id order {qid}")
        if q.get("corpus") != "evals/corpora/blind-muni8": err(f"{qid} corpus")
        c = q["category"]; cnt[c] = cnt.get(c, 0) + 1
        g = q["gold"]
        if set(q) != {"id", "corpus", "category", "language", "question", "history", "gold"}: err(f"{qid} keys")
        if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}: err(f"{qid} gold keys")
        if (q["language"] == "en") != (c == "english"): err(f"{qid} language")
        if (c == "followup") != bool(q["history"]): err(f"{qid} history")
        if c == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"): err(f"{qid} verdict")
            if (g["verdict"] == "not_found") != g["refused"]: err(f"{qid} not_found<=>refused")
        elif g["verdict"] is not None: err(f"{qid} verdict should be null")
        if c == "unanswerable":
            if not g["refused"] or g["quotes"] or g["numbers"]: err(f"{qid} unanswerable shape")
        elif c != "claim" and g["refused"]: err(f"{qid} refused")
        if not g["refused"] and not g["quotes"]: err(f"{qid} no quotes")
        if c == "multi_doc" and len(set(g["docs"])) < 2: err(f"{qid} multi_doc docs")
        for dpath in g["docs"]:
            if dpath not in texts_by_path: err(f"{qid} unknown doc {dpath}")
        for qt in g["quotes"]:
            if not any(ws(qt) in texts_by_path.get(dp, "") for dp in g["docs"]):
                err(f"{qid} quote not found: {qt!r}")
        for nm in g["numbers"]:
            if not isinstance(nm.get("value"), (int, float)) or not nm.get("unit"): err(f"{qid} number shape")
    for k, v in COUNTS.items():
        if cnt.get(k, 0) != v: err(f"count {k}: {cnt.get(k, 0)} != {v}")
    rc = recompute()
    for q in qs:
        if q["category"] == "calculation":
            want = rc.get(q["id"])
            got = [nm["value"] for nm in q["gold"]["numbers"]]
            if want is None or [float(x) for x in want] != [float(x) for x in got]:
                err(f"{q['id']} calculation mismatch: gold {got} recomputed {want}")
    return cnt


def main():
    base = os.path.join(REPO, "evals/corpora/blind-muni8")
    texts_by_path = {}
    for root, _, files in os.walk(base):
        for f in sorted(files):
            p = os.path.join(root, f)
            texts_by_path[os.path.relpath(p, REPO)] = extract(p)
    texts = {"kb": texts_by_path["evals/corpora/blind-muni8/katrineholm/mal-och-budget-2026.pdf"]}
    check_data()
    check_docs(texts)
    cnt = check_questions(texts_by_path)
    if errors:
        print("\n".join("ERROR: " + e for e in errors)); print(f"{len(errors)} errors"); sys.exit(1)
    print("OK", len(texts_by_path), "documents;", cnt)


if __name__ == "__main__":
    main()
