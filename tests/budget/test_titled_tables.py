"""A table whose title names the question's topic answers for a row several tables hold (plan.topic_words,
selection.titled_by); a share naming no whole is of the total whose section holds the part (execute.covering_total)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

OPERATIONS = """Tabell 9. Driftredovisning per nämnd, mnkr

| Nämnd | Utfall 2024 | Utfall 2025 |
|---|---:|---:|
| **Facknämnder** | | |
| Kommunstyrelsen | −318,5 | −322,6 |
| Socialnämnden | −296,1 | −316,7 |
| Vård- och omsorgsnämnden | −979,6 | −1 043,4 |
| Summa facknämnder | −1 594,2 | −1 682,7 |
| **Finansiering** | | |
| Skatteintäkter | 1 500,0 | 1 600,0 |
| Generella statsbidrag | 120,0 | 130,0 |
| Summa finansiering | 1 620,0 | 1 730,0 |
"""

STAFF = """Tabell 7. Antal tillsvidareanställda per nämnd 31 december

| Nämnd | 2024 | 2025 |
|---|---:|---:|
| Kommunstyrelsen | 412 | 418 |
| Socialnämnden | 214 | 221 |
| Vård- och omsorgsnämnden | 1 312 | 1 347 |
| Summa | 1 938 | 1 986 |
"""


def _book(*texts: str) -> FigureBook:
    docs = []
    for n, text in enumerate(texts):
        name = f"d{n}.md"
        doc = LoadedDocument(path=name, sha256=name, meta=DocumentMeta(title="Årsredovisning"), text=text)
        docs.append(DocumentFigures(doc_path=name, sha256=name, title="Årsredovisning", doc_type="budget",
                                    date=None, tables=tuple(parse_tables(doc)), amounts=()))
    return FigureBook(tuple(docs))


def test_a_count_the_question_names_is_read_from_the_table_titled_by_it() -> None:
    answer = answer_figures("Hur mycket ökade antalet tillsvidareanställda i socialnämnden mellan 2024 och 2025?",
                            _book(OPERATIONS, STAFF))
    assert answer is not None and answer.calculation.result == Decimal(7)


def test_without_the_titles_word_the_operating_table_answers() -> None:
    answer = answer_figures("Hur mycket ökade socialnämnden mellan 2024 och 2025?", _book(OPERATIONS, STAFF))
    assert answer is not None and answer.calculation.result == Decimal("-20.6")
    assert "ökar" in answer.text  # a committee's figure below zero is its net cost: it grows by its size


def test_a_share_naming_no_whole_is_of_the_total_holding_the_part() -> None:
    answer = answer_figures("Hur stor andel gick till vård- och omsorgsnämnden 2025?", _book(OPERATIONS))
    assert answer is not None and answer.calculation.operation == "share"
    assert round(answer.calculation.result, 1) == Decimal("62.0")  # of Summa facknämnder, not Summa finansiering


def test_the_committees_named_in_the_genitive_are_the_committees() -> None:
    answer = answer_figures("Vad är genomsnittet för nämndernas utfall 2025?", _book(OPERATIONS))
    assert answer is not None and answer.calculation.operation == "mean"
    assert {i.label for i in answer.calculation.inputs} == {"Kommunstyrelsen", "Socialnämnden",
                                                            "Vård- och omsorgsnämnden"}


def test_the_larger_of_two_committees_net_costs_below_zero_is_the_larger_size() -> None:
    answer = answer_figures("Hur mycket större är kommunstyrelsens utfall än socialnämndens 2025?", _book(OPERATIONS))
    assert answer is not None and answer.calculation.operation == "difference"
    assert answer.calculation.result == Decimal("5.9")
    assert answer.text.startswith("Kommunstyrelsen har 5,9")  # -322,6 is more than -316,7
    answer = answer_figures("Hur mycket större är skatteintäkterna än generella statsbidrag 2025?", _book(OPERATIONS))
    assert answer is not None and answer.text.startswith("Skatteintäkter har 1,5 miljarder kronor")


INCOME = """Resultatbudget

Belopp i tkr

| | Utfall 2024 | Utfall 2025 |
|---|---:|---:|
| Verksamhetens nettokostnader | −1 594 200 | −1 682 700 |
| Skatteintäkter | 1 500 000 | 1 600 000 |
| Årets resultat | 25 000 | 30 000 |
"""


def test_a_share_of_a_whole_another_table_of_the_document_holds() -> None:
    doc = LoadedDocument(path="a.md", sha256="a", meta=DocumentMeta(title="Årsredovisning"),
                         text=OPERATIONS.split("| **Finansiering**")[0] + "\n" + INCOME)
    book = FigureBook((DocumentFigures(doc_path="a.md", sha256="a", title="Årsredovisning", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    answer = answer_figures("Hur stor andel av skatteintäkterna 2025 går till socialnämnden?", book)
    assert answer is not None and answer.calculation.operation == "share"
    assert round(answer.calculation.result, 1) == Decimal("19.8")  # 316,7 mnkr of 1 600 000 tkr
    assert "Resultatbudget" in answer.text
