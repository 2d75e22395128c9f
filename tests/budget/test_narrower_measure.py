"""A measure narrower than another (budget/narrower.py), and a question's word the tables hold only in the name of
a part: the row of the whole answers it (matching.in_row_words), the part's row when the question names the part."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.narrower import narrower, said_beyond
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

ÅSBY = """Årsredovisning 2023 Åsby kommun

Tabell 1. Nyckeltal

| Nyckeltal | 2022 | 2023 |
|---|---:|---:|
| Invånare 80 år och äldre (antal) | 912 | 955 |
| Kostnad per elev i grundskolan (kr) | 110 000 | 115 000 |

Tabell 2. Fem år i sammandrag

| | 2022 | 2023 |
|---|---:|---:|
| Folkmängd 31 december | 16 850 | 16 912 |
| Kommunal skattesats, kr | 22,05 | 22,05 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="asby/ar.md", text=ÅSBY, sha256="asby",
                         meta=DocumentMeta(title="Årsredovisning 2023", date="2024-04-20", doc_type="annual_report",
                                           municipality="Åsby"))
    return FigureBook((extract_figures(doc),))


def test_a_label_saying_a_part_beyond_the_question_is_narrower_than_the_whole() -> None:
    asked = "vilken kommun hade flest invånare i slutet av 2023?"
    assert said_beyond("Invånare 80 år och äldre (antal)", asked) == {"80", "år"}
    assert not said_beyond("Antal invånare 31 december", asked)  # its counting word and its day add no part
    assert narrower("Invånare 80 år och äldre (antal)", "Antal invånare 31 december", asked)
    assert not narrower("Antal invånare 31 december", "Invånare 80 år och äldre (antal)", asked)
    # a genitive says whose the measure is, and "per antal" is "per": no part of the other
    cost = "Vem hade högst nettokostnad per invånare 2023?"
    assert not narrower("Verksamhetens nettokostnader per Antal invånare", "Nettokostnad per invånare (kr)", cost)
    # the part the question names itself is no narrowing
    assert not narrower("Invånare 80 år och äldre (antal)", "Antal invånare",
                        "Var bor flest invånare 80 år och äldre?")


def test_a_count_asked_is_read_from_the_row_of_the_whole_not_a_part() -> None:
    answer = answer_figures("Hur många invånare hade Åsby 2023?", _book())
    assert answer is not None and not answer.refused
    assert "Folkmängd 31 december" in answer.text and "16 912" in answer.text
    part = answer_figures("Hur många invånare 80 år och äldre fanns det 2023?", _book())
    assert part is not None and "955" in part.text


def test_the_municipal_tax_is_the_tax_rate_row() -> None:
    answer = answer_figures("Hur hög är kommunalskatten 2023?", _book())
    assert answer is not None and not answer.refused
    assert "Kommunal skattesats" in answer.text and "22,05" in answer.text


BJUV = """Budget 2025 Bjuvs kommun

Tabell 1. Indikatorer

| Indikator | Utfall 2023 |
|---|---:|
| Antal invånare 31 december | 12 134 |
"""

ÖREBY = """Årsredovisning 2023 Öreby kommun

Tabell 1. Nyckeltal

| Nyckeltal | 2023 |
|---|---:|
| Invånare 80 år och äldre (antal) | 955 |
"""


def test_the_tables_do_not_compare_a_places_part_with_the_others_whole() -> None:
    docs = [LoadedDocument(path=f"{p.lower()}/d.md", text=text, sha256=p,
                           meta=DocumentMeta(title="t", date="2024-04-20", doc_type="budget", municipality=p))
            for p, text in (("Bjuv", BJUV), ("Öreby", ÖREBY))]
    book = FigureBook(tuple(extract_figures(d) for d in docs))
    answer = answer_figures("Vilken kommun hade flest invånare 2023, Bjuv eller Öreby?", book)
    assert answer is None or answer.calculation is None or answer.calculation.operation != "compare", answer.text


def test_a_conjunct_a_source_or_a_row_words_synonym_narrows_nothing() -> None:
    assert not narrower("Grundskola och fritidshem", "Grundskola", "Vilken kommun lägger mest på grundskolan?")
    assert not narrower("Soliditet enligt balansräkningen", "Soliditet, %", "Vilken kommun hade högst soliditet?")
    assert not narrower("Totalt investeringar per Folkmängd", "Totalt per antal invånare 2024",
                        "Vilken kommun investerar mest per invånare?")
