"""A question naming its source document reads that document's tables first ("enligt KS-protokollet": the frames
the board's minutes give, not the budget's row of the same committee), and the body named as the minutes' author
is no row of the figure asked."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.named_source import source_book
from assistant.budget.store import FigureBook
from assistant.understand.abbreviations import expand
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget och plan 2025–2027

Driftsbudget per nämnd, tkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | 110 000 | 112 000 |
| Kultur- och fritidsnämnden | 33 000 | 35 000 |
| Summa | 143 000 | 147 000 |
"""

MINUTES = """Kommunstyrelsen

§ 120 Ramar för nämnderna 2025

Ramar, tkr

| Nämnd | Ram 2024, tkr | Ram 2025, tkr | Förändring, tkr |
|---|---:|---:|---:|
| Kultur- och fritidsnämnden | 33 380 | 34 480 | 1 100 |
| Bildningsnämnden | 470 000 | 479 900 | 9 900 |
"""


def document(path: str, text: str, title: str, kind: str) -> LoadedDocument:
    return LoadedDocument(path=path, text=text, sha256=path,
                          meta=DocumentMeta(title=title, date="2024-11-25", doc_type=kind))


def book() -> FigureBook:
    return FigureBook((extract_figures(document("budget.md", BUDGET, "Budget och plan 2025–2027", "budget")),
                       extract_figures(document("protokoll.md", MINUTES, "Hallsbergs kommun", "minutes"))))


QUESTION = expand("Enligt KS-protokollet, hur mycket ökar kultur- och fritidsnämndens ram till 2025?")


def test_the_minutes_named_as_source_answer_without_their_author() -> None:
    named = source_book(QUESTION, book())
    assert named is not None
    minutes, asked = named
    assert [d.doc_path for d in minutes.documents] == ["protokoll.md"] and "kommunstyrelsen" not in asked
    answer = answer_figures(asked, minutes)
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert answer.calculation.result == Decimal("1100"), answer.text


def test_a_question_naming_no_source_reads_every_document() -> None:
    assert source_book("hur mycket ökar kultur- och fritidsnämndens ram till 2025?", book()) is None


def test_a_body_whose_kind_of_document_it_does_not_author_stays_in_the_question() -> None:
    named = source_book("hur mycket får kommunstyrelsen i kommunstyrelsens budgetdokument 2025?", book())
    assert named is not None and "kommunstyrelsens budgetdokument" in named[1]
    assert [d.doc_path for d in named[0].documents] == ["budget.md"]


def test_the_assistant_answers_from_the_minutes_the_question_names(tmp_path) -> None:
    from tests.fakes import assistant_over

    folder = tmp_path / "docs" / "hallsberg"
    folder.mkdir(parents=True)
    (folder / "budget-och-plan-2025-2027.md").write_text("# " + BUDGET, encoding="utf-8")
    (folder / "protokoll-kommunstyrelsen-2024-11-05.md").write_text("# Protokoll\n\n" + MINUTES, encoding="utf-8")
    assistant = assistant_over(tmp_path / "docs")
    answer = assistant.ask("Enligt KS-protokollet i Hallsberg, hur mycket ökar kultur- och fritidsnämndens ram till 2025?")
    assert "1 100 tkr" in answer.answer and "protokoll" in answer.citations[0].doc, answer.answer


def test_a_word_naming_a_kind_of_figure_too_names_no_source() -> None:
    """"i budgeten" names the Budget columns any document's tables hold: the operating figures of a summary of the
    budget answer "per invånare i Tierps budget 2025" as well as the budget document's investments."""
    assert source_book("vad kostar kultur- och fritidsnämnden per invånare i budgeten 2025?", book()) is None
    assert source_book("hur stor är kultur- och fritidsnämndens ram i investeringsbudgeten?", book()) is None
    assert source_book("hur stor är kultur- och fritidsnämndens ram i budgetdokumentet?", book()) is not None


def test_the_named_documents_give_their_tables_not_their_sentences_amounts() -> None:
    """An amount a sentence of the named document states is the prose path's to weigh with its other sentences: the
    calculator reads the named document's tables first, never its prose amounts alone."""
    minutes = MINUTES + "\nKommunstyrelsen beslutar att avsätta 2 miljoner kronor till en buffert för nämnderna.\n"
    book = FigureBook((extract_figures(document("budget.md", BUDGET, "Budget och plan 2025–2027", "budget")),
                       extract_figures(document("protokoll.md", minutes, "Hallsbergs kommun", "minutes"))))
    assert book.amounts
    named = source_book(QUESTION, book)
    assert named is not None and named[0].tables and not named[0].amounts
