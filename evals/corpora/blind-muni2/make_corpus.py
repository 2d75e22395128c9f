"""Generate the blind-muni2 corpus: two municipalities (Hjo, Åsele), 4 documents each.

Run: /work/main/.venv/bin/python make_corpus.py
All content is invented. Timestamps are fixed, so reruns give identical files.
build_all() returns the text written into each document (used by validate.py)."""
import os
import sys as _sys
_sys.dont_write_bytecode = True
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import asele_ar  # noqa: E402
import hjo_budget  # noqa: E402
import office  # noqa: E402
import web  # noqa: E402

BUILDERS = [
    ("hjo/hjo-budget-2025.pdf", hjo_budget.build),
    ("hjo/nyhet-lekplats-hamnparken.html", web.hjo_news),
    ("hjo/nettokostnader-befolkning-2021-2024.xlsx", office.hjo_xlsx),
    ("hjo/handlingsplan-energi-2025-2027.md", office.hjo_md),
    ("asele/asele-arsredovisning-2024.pdf", asele_ar.build),
    ("asele/ekonomi-i-korthet.html", web.asele_overview),
    ("asele/kf-sammantrade-2025-02-24.docx", office.asele_docx),
    ("asele/von-atgardsplan-2025.txt", office.asele_txt),
]


def build_all():
    texts = {}
    for rel, fn in BUILDERS:
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        texts[rel] = fn(path)
    return texts


if __name__ == "__main__":
    for k, v in build_all().items():
        print(f"{k}: {len(v)} chars of text")
