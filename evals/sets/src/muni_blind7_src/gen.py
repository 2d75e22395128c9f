"""Deterministic generator for evals/corpora/blind-muni7. Run with /work/main/.venv/bin/python: gen.py, then build_questions.py, then validate.py."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))  # /work/main
OUT = os.path.join(ROOT, "evals", "corpora", "blind-muni7")

import gen_enk, gen_arj, gen_other  # noqa: E402
from pdfkit import REG  # noqa: E402


def fix_zip(path):
    """Rewrite an OOXML zip with fixed timestamps and order so the bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>2026-09-18T10:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    for sub in ("enkoping", "arjeplog"):
        os.makedirs(os.path.join(OUT, sub), exist_ok=True)
    pages = {}
    pages[gen_enk.F] = gen_enk.build(os.path.join(OUT, gen_enk.F))
    pages[gen_arj.F] = gen_arj.build(os.path.join(OUT, gen_arj.F))
    gen_other.html(os.path.join(OUT, "enkoping/budget-2026-sa-anvands-skattepengarna.html"))
    gen_other.xlsx(os.path.join(OUT, "enkoping/uppfoljning-augusti-2026.xlsx"))
    gen_other.txt(os.path.join(OUT, "enkoping/pressmeddelande-arsredovisning-2025.txt"))
    gen_other.docx(os.path.join(OUT, "arjeplog/kf-protokoll-2026-11-23.docx"))
    gen_other.md(os.path.join(OUT, "arjeplog/budget-2027-i-korthet.md"))
    fix_zip(os.path.join(OUT, "enkoping/uppfoljning-augusti-2026.xlsx"))
    fix_zip(os.path.join(OUT, "arjeplog/kf-protokoll-2026-11-23.docx"))
    reg = {"|".join(k): v for k, v in REG.items()}
    with open(os.path.join(HERE, "rows.json"), "w", encoding="utf-8") as f:
        json.dump(reg, f, ensure_ascii=False, indent=0, sort_keys=True)
    tables = {}
    for (f, t, _l) in REG:
        tables.setdefault(f, set()).add(t)
    for f in pages:
        print(f, "pages", pages[f], "tables", len(tables[f]))


if __name__ == "__main__":
    main()
