"""Validate blind39.jsonl: keys, categories, docs exist, quotes occur in extracted doc text."""
import json, re, sys, collections
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SET = ROOT / "evals/sets/dev/blind39.jsonl"
CATS = {"lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7, "claim": 8,
        "multi_part": 6, "multi_doc": 6, "unanswerable": 6, "followup": 6, "english": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
VERDICTS = {None, "supported", "contradicted", "not_found"}

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
                        v = str(int(v)) if v == int(v) else repr(round(v, 10)).replace(".", ",")
                    cells.append(str(v))
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    if suf in (".html", ".htm"):
        from html.parser import HTMLParser
        class P(HTMLParser):
            def __init__(s):
                super().__init__(); s.out = []; s.row = None; s.cell = None; s.skip = 0
            def handle_starttag(s, t, a):
                if t in ("script", "style"): s.skip += 1
                if t == "tr": s.row = []
                if t in ("td", "th"): s.cell = []
            def handle_endtag(s, t):
                if t in ("script", "style"): s.skip -= 1
                if t in ("td", "th") and s.row is not None and s.cell is not None:
                    s.row.append(" ".join(s.cell).strip()); s.cell = None
                if t == "tr" and s.row is not None:
                    s.out.append("\n" + " | ".join(s.row) + "\n"); s.row = None
            def handle_data(s, d):
                if s.skip: return
                if s.cell is not None: s.cell.append(d)
                else: s.out.append(d)
        p = P(); p.feed(path.read_text(encoding="utf-8")); return " ".join(p.out)
    return path.read_text(encoding="utf-8", errors="replace")

errors = []
cache = {}
rows = [json.loads(l) for l in SET.read_text(encoding="utf-8").splitlines() if l.strip()]
counts = collections.Counter()
ids = set()
for i, o in enumerate(rows, 1):
    tag = o.get("id", f"line{i}")
    def err(m): errors.append(f"{tag}: {m}")
    if set(o) != {"id", "corpus", "category", "language", "question", "history", "gold"}:
        err(f"keys {sorted(o)}")
    if o.get("id") != f"b39-{i:03d}": err("bad id/order")
    if o["id"] in ids: err("dup id")
    ids.add(o["id"])
    if o.get("corpus") != "corpus": err("corpus")
    cat = o.get("category"); counts[cat] += 1
    if cat not in CATS: err(f"category {cat}")
    lang = o.get("language")
    if lang not in ("sv", "en"): err("language")
    if (cat == "english") != (lang == "en"): err("english/language mismatch")
    if not isinstance(o.get("question"), str) or not o["question"].strip(): err("question")
    h = o.get("history")
    if not isinstance(h, list) or not all(isinstance(x, str) for x in h): err("history type")
    if cat == "followup" and not (1 <= len(h) <= 2): err("followup needs 1-2 history")
    if cat != "followup" and h: err("history only for followup")
    g = o.get("gold", {})
    if set(g) != {"answer", "numbers", "docs", "quotes", "refused", "verdict"}: err(f"gold keys {sorted(g)}")
    if not isinstance(g.get("answer"), str) or not g["answer"].strip(): err("answer")
    for n in g.get("numbers", []):
        if set(n) != {"value", "unit"} or not isinstance(n["value"], (int, float)) or isinstance(n["value"], bool) or n["unit"] not in UNITS:
            err(f"number {n}")
    if not isinstance(g.get("refused"), bool): err("refused type")
    if g.get("verdict") not in VERDICTS: err("verdict value")
    if cat == "claim" and g.get("verdict") is None: err("claim needs verdict")
    if cat != "claim" and g.get("verdict") is not None: err("verdict only for claims")
    if g.get("verdict") == "not_found" and not g.get("refused"): err("not_found must be refused")
    if cat == "unanswerable" and not g.get("refused"): err("unanswerable must be refused")
    if g.get("refused"):
        if g.get("docs") or g.get("quotes") or g.get("numbers"): err("refused must have empty docs/quotes/numbers")
        continue
    if not g.get("docs"): err("no docs")
    if not g.get("quotes"): err("no quotes")
    if cat == "multi_doc" and len(set(g["docs"])) < 2: err("multi_doc needs 2 docs")
    texts = []
    for d in g.get("docs", []):
        p = ROOT / d
        if not d.startswith("corpus/") or not p.is_file():
            err(f"doc missing {d}"); continue
        if d not in cache: cache[d] = norm(extract(p))
        texts.append((d, cache[d]))
    used = set()
    for qt in g.get("quotes", []):
        hit = [d for d, t in texts if norm(qt) in t]
        if not hit: err(f"quote not found: {qt[:70]!r}")
        used.update(hit)
    for d, _ in texts:
        if d not in used: err(f"doc without quote: {d}")

for c, n in CATS.items():
    if counts[c] != n: errors.append(f"count {c}: {counts[c]} != {n}")
print("total", len(rows))
for c in CATS: print(f"  {c}: {counts[c]}")
if errors:
    print("FAILED"); print("\n".join(errors)); sys.exit(1)
print("validation passed")
