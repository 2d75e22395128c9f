"""Validate evals/sets/dev/blind43.jsonl. Run from /work/main, no arguments."""
import json
import sys
from collections import Counter
from pathlib import Path

SET = Path("evals/sets/dev/blind43.jsonl")
CATS = {"lookup": 7, "text_amount": 7, "table_lookup": 7, "calculation": 7, "claim": 8,
        "multi_part": 6, "multi_doc": 6, "followup": 6, "english": 6, "unanswerable": 6}
UNITS = {"kr", "tkr", "mnkr", "mdkr", "%", "st"}
KEYS = ["id", "corpus", "category", "language", "question", "history", "gold"]
GKEYS = {"answer", "numbers", "docs", "quotes", "refused", "verdict"}


def norm(s):
    return " ".join(s.split()).lower()


def extract(path):
    suf = path.suffix.lower()
    if suf in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if suf == ".pdf":
        import pypdf
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
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
                        v = ("%g" % v) if v != int(v) else str(int(v))
                    cells.append(str(v).replace(".", ","))
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    if suf in (".html", ".htm"):
        from html.parser import HTMLParser

        class P(HTMLParser):
            def __init__(self):
                super().__init__(); self.out = []; self.row = None; self.cell = None; self.skip = 0
            def handle_starttag(self, t, a):
                if t in ("script", "style"): self.skip += 1
                elif t == "tr": self.row = []
                elif t in ("td", "th"): self.cell = []
            def handle_endtag(self, t):
                if t in ("script", "style"): self.skip -= 1
                elif t in ("td", "th") and self.row is not None and self.cell is not None:
                    self.row.append(" ".join("".join(self.cell).split())); self.cell = None
                elif t == "tr" and self.row is not None:
                    self.out.append(" | ".join(self.row)); self.row = None
            def handle_data(self, d):
                if self.skip: return
                (self.cell if self.cell is not None else self.out).append(d)
        p = P(); p.feed(path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(p.out)
    return path.read_text(encoding="utf-8", errors="replace")


def main():
    errs = []
    rows = [json.loads(l) for l in SET.read_text(encoding="utf-8").splitlines() if l.strip()]
    cache = {}
    cnt = Counter()
    ids = set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id", f"line{i}")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: keys {list(r.keys())}")
            continue
        if rid != f"b43-{i:03d}" or rid in ids:
            errs.append(f"{rid}: bad/duplicate id")
        ids.add(rid)
        if r["corpus"] != "corpus":
            errs.append(f"{rid}: corpus")
        c = r["category"]; cnt[c] += 1
        if c not in CATS:
            errs.append(f"{rid}: category {c}")
        if r["language"] not in ("sv", "en") or (c == "english") != (r["language"] == "en"):
            errs.append(f"{rid}: language")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errs.append(f"{rid}: question")
        h = r["history"]
        if not isinstance(h, list) or not all(isinstance(x, str) for x in h):
            errs.append(f"{rid}: history type")
        if c == "followup" and not (1 <= len(h) <= 2):
            errs.append(f"{rid}: followup needs history")
        if c != "followup" and h:
            errs.append(f"{rid}: history on non-followup")
        g = r["gold"]
        if set(g) != GKEYS:
            errs.append(f"{rid}: gold keys {sorted(g)}"); continue
        if not isinstance(g["answer"], str) or not g["answer"].strip():
            errs.append(f"{rid}: answer")
        for n in g["numbers"]:
            if set(n) != {"value", "unit"} or not isinstance(n["value"], (int, float)) or isinstance(n["value"], bool) or n["unit"] not in UNITS:
                errs.append(f"{rid}: number {n}")
        if not isinstance(g["refused"], bool):
            errs.append(f"{rid}: refused")
        if c == "claim":
            if g["verdict"] not in ("supported", "contradicted", "not_found"):
                errs.append(f"{rid}: verdict")
            if (g["verdict"] == "not_found") != g["refused"]:
                errs.append(f"{rid}: not_found <-> refused")
        elif g["verdict"] is not None:
            errs.append(f"{rid}: verdict on non-claim")
        if c == "unanswerable" and not g["refused"]:
            errs.append(f"{rid}: unanswerable must be refused")
        if g["refused"]:
            if g["docs"] or g["quotes"] or g["numbers"]:
                errs.append(f"{rid}: refused with docs/quotes/numbers")
            continue
        if not g["docs"] or not g["quotes"]:
            errs.append(f"{rid}: missing docs/quotes")
        if c == "multi_doc" and len(set(g["docs"])) < 2:
            errs.append(f"{rid}: multi_doc needs 2 docs")
        texts = []
        for d in g["docs"]:
            p = Path(d)
            if not d.startswith("corpus/") or not p.is_file():
                errs.append(f"{rid}: doc missing {d}"); continue
            if d not in cache:
                cache[d] = norm(extract(p))
            texts.append(cache[d])
        for qt in g["quotes"]:
            if not any(norm(qt) in t for t in texts):
                errs.append(f"{rid}: quote not found: {qt[:80]}")
        if c == "multi_doc":
            for d in set(g["docs"]):
                if d in cache and not any(norm(qt) in cache[d] for qt in g["quotes"]):
                    errs.append(f"{rid}: no quote from {d}")
    for c, n in CATS.items():
        if cnt[c] != n:
            errs.append(f"count {c}: {cnt[c]} != {n}")
    if len(rows) != sum(CATS.values()):
        errs.append(f"total {len(rows)}")
    for c in CATS:
        print(f"{c}: {cnt[c]}")
    print(f"total: {len(rows)}")
    if errs:
        print("FAILED"); print("\n".join(errs)); sys.exit(1)
    print("validation passed")


if __name__ == "__main__":
    main()
