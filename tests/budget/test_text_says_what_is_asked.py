"""A question asking what a row does with money ("effektivisera", "spara") is answered by the text saying it of the
row, not by the row's frame in the table, even when the table holds the year asked."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025 Västby kommun

Nämnderna behöver gemensamt effektivisera med 4,7 miljoner kronor under 2025.

Tabell 3. Driftsbudget per nämnd, tkr

                              Budget        Budget
Nämnd                           2024          2025
Kommunstyrelsen               90 100        92 300
Socialnämnden                279 600       291 300
Nämnder                      369 700       383 600
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="vastby/budget.txt", text=BUDGET, sha256="vastby",
                         meta=DocumentMeta(title="Mål och budget 2025", date="2024-11-25", doc_type="budget",
                                           municipality="Västby"))
    return FigureBook((extract_figures(doc),))


def test_what_the_text_says_the_row_does_is_the_answer() -> None:
    answer = answer_figures("hur mycket ska nämnderna effektivisera 2025?", _book())
    assert answer is not None and "4,7" in answer.text and "383" not in answer.text


def test_the_rows_frame_is_still_read_when_the_question_asks_it() -> None:
    answer = answer_figures("hur mycket får socialnämnden 2025?", _book())
    assert answer is not None and "291" in answer.text


def test_a_sentence_saying_another_deed_is_no_answer() -> None:
    from assistant.budget.answer import _states_what_is_asked
    from assistant.budget.plan import plan_question

    book = _book()
    asked = "hur mycket begärde nämnderna i tilläggsanslag 2025?"
    plan = plan_question(asked, book.index.lexicon)
    said = next(a for a in book.amounts if "effektivisera" in a.clause)
    assert not _states_what_is_asked(asked, plan, said, book.index.lexicon.columns, book.tables)
    either = "hur mycket ska nämnderna spara/effektivisera 2025?"
    plan = plan_question(either, book.index.lexicon)
    assert _states_what_is_asked(either, plan, said, book.index.lexicon.columns, book.tables)
