"""Write the blind-muni4 corpus deterministically.
Usage: /work/main/.venv/bin/python make_corpus.py"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import others  # noqa: E402
import ragunda_ar  # noqa: E402
import ydre_budget  # noqa: E402
from kit import write_text  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpora", "blind-muni4"))

FILES = {
    "ydre/mal-och-budget-2026-2028.pdf": ydre_budget.build,
    "ydre/kf-protokoll-2025-11-24.docx": others.ydre_docx,
    "ydre/nyhet-ny-forskola-osterbymo.html": others.ydre_html,
    "ydre/pressmeddelande-budgetforslag-2026.txt": lambda p: write_text(p, others.YDRE_TXT),
    "ragunda/arsredovisning-2024.pdf": ragunda_ar.build,
    "ragunda/nettokostnad-och-nyckeltal-2021-2024.xlsx": others.ragunda_xlsx,
    "ragunda/va-plan-2026-2030.md": lambda p: write_text(p, others.RAGUNDA_MD),
    "ragunda/pressmeddelande-delarsrapport-2025.txt": lambda p: write_text(p, others.RAGUNDA_TXT),
}


def main():
    for rel, fn in FILES.items():
        path = os.path.join(ROOT, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fn(path)
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
