"""Generate the blind-muni3 evaluation corpus (two municipalities, four documents each).

Run: /work/main/.venv/bin/python evals/corpora/blind-muni3/make_corpus.py
All timestamps are fixed so reruns give byte-identical files.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import boxholm_other  # noqa: E402
import boxholm_pdf  # noqa: E402
import mala_other  # noqa: E402
import mala_pdf  # noqa: E402


def main():
    box = os.path.join(HERE, "boxholm")
    mala = os.path.join(HERE, "mala")
    os.makedirs(box, exist_ok=True)
    os.makedirs(mala, exist_ok=True)
    boxholm_pdf.build(os.path.join(box, "delarsrapport-augusti-2026.pdf"))
    boxholm_other.press_release(os.path.join(box, "pressmeddelande-delarsrapport-2026.html"))
    boxholm_other.xlsx(os.path.join(box, "driftutfall-per-namnd-aug-2026.xlsx"))
    boxholm_other.news_md(os.path.join(box, "nyhet-byggstart-forskola-parkvagen.md"))
    mala_pdf.build(os.path.join(mala, "mal-och-budget-2027.pdf"))
    mala_other.budget_html(os.path.join(mala, "budget-2027-i-korthet.html"))
    mala_other.protokoll_docx(os.path.join(mala, "ks-protokollsutdrag-2026-10-13-par142.docx"))
    mala_other.news_txt(os.path.join(mala, "nyhet-simhallen-oppnar-igen.txt"))
    for d in (box, mala):
        for f in sorted(os.listdir(d)):
            print(os.path.join(os.path.basename(d), f), os.path.getsize(os.path.join(d, f)))


if __name__ == "__main__":
    main()
