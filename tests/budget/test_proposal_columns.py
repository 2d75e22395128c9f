"""A table setting proposals side by side ("Kommunstyrelsens förslag | M och SD:s förslag") under a title naming one
year: each column is that year's figure as its proposer would have it, named by the proposer."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.columns import held_kind_words
from assistant.budget.matching import _naming_words
from assistant.budget.records import Column
from assistant.budget.store import FigureBook
from assistant.budget.yearless import dated_by_title
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Kommunfullmäktige 2025-11-24

§ 112 Budget 2026

Ramar 2026 enligt förslagen, belopp i tkr

| Nämnd | Kommunstyrelsens förslag | M och SD:s förslag | Skillnad |
|---|---|---|---|
| Kommunstyrelsen | 142600 | 137900 | -4700 |
| Socialnämnden | 318900 | 315400 | -3500 |
| Summa | 461500 | 453300 | -8200 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="aby/protokoll-kf.txt", text=MINUTES, sha256="kf",
                         meta=DocumentMeta(title="Protokoll kommunfullmäktige", date="2025-11-24", doc_type="minutes",
                                           municipality="Aby"))
    return FigureBook((extract_figures(doc),))


def test_proposals_side_by_side_are_the_titles_year_and_their_difference_is_not() -> None:
    columns = (Column("Kommunstyrelsens förslag", None, "Kommunstyrelsens förslag"),
               Column("M och SD:s förslag", None, "M och sd s förslag"), Column("Skillnad", None, "Skillnad"))
    dated = dated_by_title(columns, "Ramar 2026 enligt förslagen")
    assert [c.year for c in dated] == [2026, 2026, None]
    alone = dated_by_title(columns[:1] + columns[2:], "Ramar 2026 enligt förslaget")
    assert alone[0].year is None  # one proposal beside a difference: no proposals side by side


def test_a_proposal_column_is_named_by_its_proposer() -> None:
    assert _naming_words("M och sd s förslag", "M och SD:s förslag") == ("m", "sd")
    assert _naming_words("Kommunstyrelsens förslag", "Kommunstyrelsens förslag") == ("kommunstyrelsens", "ks")
    assert _naming_words("av 100", "Kronor av 100 kr") == ("100",)


def test_the_figure_a_proposer_proposed_is_read_in_its_column() -> None:
    book = _book()
    answer = answer_figures("Vilken ram för socialnämnden 2026 föreslog M och SD i sin budget?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("315400")
    assert held_kind_words("M och SD i sin budget", book.tables) == ["budget"]  # their proposal is their budget


def test_two_proposals_are_compared_with_the_one_said_after_jamfort_med_as_reference() -> None:
    answer = answer_figures("hur många procent lägre ram ville M och SD ge socialnämnden jämfört med ks förslag?",
                            _book())
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("318900"), Decimal("315400")]
    assert round(answer.calculation.result, 2) == Decimal("-1.10")


BUDGET = """Mål och budget 2026

Driftbudget per nämnd, tkr

| Nämnd | Budget 2025 | Budget 2026 |
|---|---|---|
| Kommunstyrelsen | 140100 | 142600 |
| Socialnämnden | 310200 | 318900 |
"""


def test_a_figure_asked_of_no_proposer_is_the_decided_budgets() -> None:
    doc = LoadedDocument(path="aby/budget-2026.txt", text=BUDGET, sha256="b",
                         meta=DocumentMeta(title="Mål och budget 2026", date="2025-11-24", doc_type="budget",
                                           municipality="Aby"))
    book = FigureBook((*_book().documents, extract_figures(doc)))
    answer = answer_figures("vad får kommunstyrelsen 2026?", book)
    assert answer is not None and answer.calculation is not None
    assert [i.column for i in answer.calculation.inputs] == ["Budget 2026"]


DATED = """Kommunfullmäktige 2024-11-25

§ 112 Budget och plan 2025–2027

| Nämnd | Kommunstyrelsens förslag 2025, tkr | M och KD förslag 2025, tkr | Skillnad, tkr |
|---|---|---|---|
| Kommunstyrelsen | 121900 | 118400 | -3500 |
| Utbildningsnämnden | 482750 | 486750 | 4000 |
"""


def test_a_proposer_named_by_no_row_names_its_dated_column_without_a_word_of_proposing() -> None:
    doc = LoadedDocument(path="aby/kf.txt", text=DATED, sha256="d",
                         meta=DocumentMeta(title="Protokoll kommunfullmäktige", date="2024-11-25", doc_type="minutes",
                                           municipality="Aby"))
    figures = extract_figures(doc)
    assert [c.kind for c in figures.tables[0].columns][:2] == ["Kommunstyrelsens förslag", "M och kd förslag"]
    book = FigureBook((figures,))
    answer = answer_figures("Hur stor ram ville M och KD ge utbildningsnämnden för 2025?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("486750")
    from assistant.budget.plan import _names_row

    lexicon = book.index.lexicon
    assert _names_row("ks", lexicon) and _names_row("kommunstyr", lexicon)  # a row's name: the row, not a column
    assert not _names_row("m", lexicon) and not _names_row("kd", lexicon)
