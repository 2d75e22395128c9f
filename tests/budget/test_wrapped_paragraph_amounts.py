"""A PDF's running text wraps its lines at the margin: an amount's sentence goes on past the wrap, and its paragraph
(which says the year it is of) is every line wrapped onto the next, not the one line holding the amount."""
from __future__ import annotations

from pathlib import Path

from assistant.budget.amounts import find_amounts
from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook, load_figures, save_figures
from core.types import DocumentMeta, LoadedDocument

WRAPPED = (
    "Budgetens förutsättningar\n"
    "Verksamheterna har kompenserats för löneökningar med 3,0 procent. Övriga kostnader har\n"
    "inte räknats upp. Internräntan är 2,5 procent. Personalkostnaderna utgör cirka 62 procent av\n"
    "verksamhetens kostnader.\n"
    "Kommunen planerar att låna 10 miljoner kronor under 2025 för att finansiera investeringarna i\n"
    "Borgafjäll. Den långfristiga låneskulden uppgår därefter till 44 miljoner kronor.\n"
)


def _doc() -> LoadedDocument:
    return LoadedDocument(path="b.pdf", sha256="0", text=WRAPPED,
                          meta=DocumentMeta(title="Budget och plan", date="2024-11-18", doc_type="budget"))


def test_a_sentence_goes_on_past_a_wrapped_line_and_its_paragraph_names_the_year() -> None:
    amounts = {a.text: a for a in find_amounts(_doc())}
    loan = amounts["10 miljoner kronor"]
    assert loan.source.quote.endswith("investeringarna i\nBorgafjäll.")  # one sentence over the wrap
    debt = amounts["44 miljoner kronor"]
    assert debt.years == frozenset({2025})  # said on the line before, in the same paragraph
    assert "låna" in debt.context


def test_the_paragraphs_years_survive_the_figures_file(tmp_path: Path) -> None:
    doc = _doc()
    figures = DocumentFigures(doc_path="b.pdf", sha256="0", title="Budget och plan", doc_type="budget",
                              date="2024-11-18", tables=(), amounts=tuple(find_amounts(doc)))
    save_figures(tmp_path, [figures])
    loaded = {a.text: a for a in load_figures(tmp_path).amounts}
    assert loaded["44 miljoner kronor"].years == frozenset({2025})


def test_an_amount_of_a_year_its_paragraph_names_answers_a_question_of_that_year() -> None:
    doc = _doc()
    book = FigureBook((DocumentFigures(doc_path="b.pdf", sha256="0", title="Budget och plan", doc_type="budget",
                                       date="2024-11-18", tables=(), amounts=tuple(find_amounts(doc))),))
    answer = answer_figures("Hur stor blir den långfristiga låneskulden 2025?", book)
    assert answer is not None and "44 miljoner kronor" in answer.text
