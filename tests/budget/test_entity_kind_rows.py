"""Tables with one row per entity and kind, labelled "Entity (place, kind)": a question naming both picks the one row
that has both; naming the entity alone, its rows of every kind; naming two entities, no pair of their rows."""
from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.matching import match_rows, one_entity, told_apart
from assistant.budget.store import DocumentFigures, FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

GRANTS = """Föreningsbidrag 2024

Beviljade föreningsbidrag, kr

| Förening | Beviljat 2024 |
|---|---|
| Skänninge IK (Skänninge, Aktivitetsstöd) | 41300 |
| Skänninge IK (Skänninge, Anläggningsbidrag) | 85000 |
| Mantorps IF (Mantorp, Aktivitetsstöd) | 37800 |
| Mantorps IF (Mantorp, Anläggningsbidrag) | 62000 |
| Mjölby Konstförening (Mjölby, Kulturbidrag) | 18000 |
| Summa | 244100 |
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="exempel/bidrag.md", text=GRANTS, sha256="g",
                         meta=DocumentMeta(title="Föreningsbidrag 2024", date="2024-03-14", doc_type="other"))
    figures: DocumentFigures = extract_figures(doc)
    return FigureBook((figures,))


@pytest.mark.parametrize("question, value", [
    ("Hur mycket aktivitetsstöd fick Mantorps IF 2024?", Decimal(37800)),  # the kind before the entity
    ("Hur mycket fick Mantorps IF i anläggningsbidrag 2024?", Decimal(62000)),  # and after it
    ("Hur stort anläggningsbidrag fick Skänninge IK 2024?", Decimal(85000)),
])
def test_the_entity_and_the_kind_pick_one_row(book: FigureBook, question: str, value: Decimal) -> None:
    answer = answer_figures(question, book)
    assert answer is not None and not answer.refused and answer.calculation.result == value, answer
    assert len(answer.sources) == 1


def test_the_entity_alone_names_its_rows_of_every_kind(book: FigureBook) -> None:
    answer = answer_figures("Hur mycket fick Mantorps IF totalt 2024?", book)
    assert answer is not None and answer.calculation.result == Decimal(99800)


def test_two_entities_are_no_pair_of_their_rows(book: FigureBook) -> None:
    labels = [m.label for m in match_rows("Hur mycket mer fick Skänninge IK än Mantorps IF 2024?",
                                          book.index.lexicon)]
    assert labels == []
    answer = answer_figures("Hur mycket mer aktivitetsstöd fick Skänninge IK än Mantorps IF 2024?", book)
    assert answer is not None and answer.calculation.result == Decimal(3500)


def test_a_whole_word_tells_rows_apart_a_compound_part_does_not() -> None:
    rows = ["Mantorps IF (Mantorp, Aktivitetsstöd)", "Mantorps IF (Mantorp, Anläggningsbidrag)"]
    assert told_apart(rows, ["hur", "mycket", "aktivitetsstödet", "fick"]) == rows[:1]
    assert told_apart(rows, ["anläggningsbidragen"]) == rows[1:]
    assert told_apart(rows, ["bidrag"]) == rows
    assert one_entity(rows) and not one_entity([rows[0], "Skänninge IK (Skänninge, Aktivitetsstöd)"])
    assert not one_entity(["Socialnämnden", "Socialförvaltningen"])


def test_a_word_naming_a_row_by_itself_tells_no_part_name_apart() -> None:
    rows = ["Summa kommunbidrag", "Kommunstyrelsen"]
    assert told_apart(rows, ["resource", "kommunbidrag", "model"]) == rows  # "kommun" said in part stays ambiguous
    assert told_apart(["Besök i biblioteket", "Besök i simhallen"], ["biblioteket"]) == ["Besök i biblioteket"]


def test_a_word_naming_its_own_row_tells_no_other_apart() -> None:
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Kommunfullmäktige", "Kommunstyrelsen", "Kommunstyrelsens förslag (M, KD, L, C)"))
    labels = [m.label for m in match_rows("Vilken av kommunerna har störst budget för kommunstyrelsen 2025?", lexicon)]
    assert labels == ["Kommunstyrelsen"]
