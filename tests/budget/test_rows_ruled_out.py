"""Words the plan took for rows ("bidrar" of "Generella statsbidrag", "belysningen" of "Belysning, utbyte till LED")
that the tables then do not answer for are the topic the text's amounts are sought by, not words left out."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

PRESS = ("Pressmeddelande\n\nDen nya konstgräsplanen vid Lekevi kostar 9,2 miljoner kronor och beräknas vara klar 2025. "
         "Föreningen IFK Norrby bidrar med 700 000 kronor till belysningen.\n")
BUDGET = ("Investeringsbudget 2025–2027\n\nBelopp i mnkr\n\n| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |\n"
          "|---|---|---|---|\n| Konstgräsplan Lekevi | 9,2 | 0,0 | 0,0 |\n| Belysning, utbyte till LED | 2,0 | 2,0 | 1,5 |\n"
          "| Summa | 11,2 | 2,0 | 1,5 |\n\nResultatbudget\n\nBelopp i mnkr\n\n| Post | Budget 2025 | Plan 2026 | Plan 2027 |\n"
          "|---|---|---|---|\n| Skatteintäkter | 900,0 | 930,0 | 960,0 |\n"
          "| Generella statsbidrag och utjämning | 300,0 | 310,0 | 320,0 |\n")


def test_the_words_of_rows_ruled_out_find_the_stated_amount(tmp_path) -> None:
    docs = []
    for name, text in (("press.txt", PRESS), ("budget.md", BUDGET)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        docs.append(extract_figures(load_document(tmp_path / name, sidecar={})))
    answer = answer_figures("hur mycket bidrar IFK Norrby med till belysningen på nya konstgräsplanen?",
                            FigureBook(tuple(docs)))
    assert answer is not None and "700 000" in answer.text, answer and answer.text
