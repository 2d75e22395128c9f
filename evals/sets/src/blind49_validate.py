"""Validate blind49.jsonl: keys, categories, counts, docs exist, quotes found in extracted text."""
import json, sys, collections
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SET = ROOT / "evals" / "sets" / "dev" / "blind49.jsonl"
CATS = {"claim": 8, "lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = {"id", "corpus", "category", "language", "question", "history", "gold"}
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def norm(s):
    return " ".join(s.split()).lower()


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
        class P(HTMLParser):
            def __init__(s):
                super().__init__(); s.out = []; s.row = None; s.cell = None; s.skip = 0
            def handle_starttag(s, t, a):
                if t in ("script", "style"): s.skip += 1
                elif t == "tr": s.row = []
                elif t in ("td", "th"): s.cell = []
            def handle_endtag(s, t):
                if t in ("script", "style"): s.skip -= 1
                elif t in ("td", "th") and s.row is not None and s.cell is not None:
                    s.row.append(" ".join("".join(s.cell).split())); s.cell = None
                elif t == "tr" and s.row is not None:
                    s.out.append(" | ".join(s.row)); s.row = None
                elif t in ("p", "div", "br", "li", "h1", "h2", "h3", "h4"): s.out.append("\n")
            def handle_data(s, d):
                if s.skip: return
                if s.cell is not None: s.cell.append(d)
                else: s.out.append(d)
        p = P(); p.feed(path.read_text(encoding="utf-8")); return " ".join(p.out)
    raise ValueError(f"unsupported type {path}")


def main():
    errors = []
    counts = collections.Counter()
    cache = {}
    ids = set()
    lines = SET.read_text(encoding="utf-8").splitlines()
    for ln, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: bad json {e}"); continue
        qid = o.get("id", f"line{ln}")
        def err(m): errors.append(f"{qid}: {m}")
        if set(o) != KEYS: err(f"keys {sorted(o)}")
        if qid != f"b49-{ln:03d}": err("id sequence")
        if qid in ids: err("duplicate id")
        ids.add(qid)
        if o.get("corpus") != "corpus": err("corpus")
        cat = o.get("category")
        if cat not in CATS: err(f"category {cat}")
        counts[cat] += 1
        lang = o.get("language")
        if lang not in ("sv", "en"): err("language")
        if (cat == "english") != (lang == "en"): err("english/language mismatch")
        if not isinstance(o.get("question"), str) or not o["question"].strip(): err("question")
        h = o.get("history")
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h): err("history type")
        if cat == "followup" and not (1 <= len(h) <= 2): err("followup needs 1-2 history")
        if cat != "followup" and h: err("history only for followups")
        g = o.get("gold", {})
        if set(g) != GKEYS: err(f"gold keys {sorted(g)}"); continue
        if not isinstance(g["answer"], str) or not g["answer"].strip(): err("answer")
        for num in g["numbers"]:
            if set(num) != {"value", "unit"} or not isinstance(num["value"], (int, float)) or isinstance(num["value"], bool):
                err(f"number {num}")
            elif num["unit"] not in UNITS: err(f"unit {num['unit']}")
        if not isinstance(g["refused"], bool): err("refused type")
        v = g["verdict"]
        if cat == "claim":
            if v not in ("supported", "contradicted", "not_found"): err("claim verdict")
            if (v == "not_found") != g["refused"]: err("not_found <-> refused")
        elif v is not None: err("verdict only for claims")
        if cat == "unanswerable" and not g["refused"]: err("unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]: err("refused must have no docs/quotes/numbers")
        else:
            if not g["docs"] or not g["quotes"]: err("docs and quotes required")
        if cat == "multi_doc" and len(set(g["docs"])) < 2: err("multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            if not d.startswith("corpus/"): err(f"doc prefix {d}")
            p = ROOT / d
            if not p.is_file(): err(f"missing doc {d}"); continue
            if d not in cache: cache[d] = norm(extract(p))
            texts.append(cache[d])
        for qt in g["quotes"]:
            nq = norm(qt)
            if not nq or not any(nq in t for t in texts):
                err(f"quote not found: {qt[:80]!r}")
    for c, want in CATS.items():
        if counts[c] != want: errors.append(f"count {c}: {counts[c]} != {want}")
    for c in CATS:
        print(f"{c}: {counts[c]}")
    print(f"total: {sum(counts.values())}")
    if errors:
        print("FAILED"); print("\n".join(errors)); sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
