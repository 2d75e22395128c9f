"""A year's outcome said with its kind ("utfallet 2024") is the whole year's: a column of the year's first months
("Utfall jan–aug 2024") does not state it unless the question names months (Plan.months)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

INTERIM = """Delårsrapport januari–augusti 2025 Norrby kommun

Tabell 2. Resultaträkning

| Tkr | Utfall jan–aug 2024 | Utfall jan–aug 2025 | Budget 2025 | Prognos 2025 |
|---|---:|---:|---:|---:|
| Verksamhetens nettokostnader | -250 000 | -262 000 | -395 000 | -398 000 |
| Periodens/årets resultat | 10 340 | 9 600 | 4 250 | 2 100 |
"""

KEY_FIGURES = """Finansiell information Norrby kommun

Tabell 1. Nyckeltal 2022–2024

| Nyckeltal | 2022 | 2023 | 2024 |
|---|---:|---:|---:|
| Årets resultat, mnkr | -1,4 | 2,0 | 5,4 |
| Soliditet, % | 30 | 31 | 33 |
"""


def _figures(text: str, path: str, date: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date=date, doc_type="report", municipality="Norrby"))
    return extract_figures(doc)


def _interim() -> FigureBook:
    return FigureBook((_figures(INTERIM, "norrby/delar.txt", "2025-09-30"),))


def test_a_change_from_the_months_is_no_change_from_the_years_outcome() -> None:
    answer = answer_figures("hur mycket sämre blir resultatet 2025 enligt prognosen jämfört med utfallet 2024?",
                            _interim())
    assert answer is not None and answer.refused
    assert "jan–aug 2024" in answer.text and "helåret" in answer.text


def test_months_named_read_the_months() -> None:
    answer = answer_figures("hur mycket sämre blir resultatet 2025 enligt prognosen jämfört med utfallet jan–aug "
                            "2024?", _interim())
    assert answer is not None and not answer.refused and answer.calculation is not None
    assert [i.column for i in answer.calculation.inputs] == ["Utfall jan–aug 2024", "Prognos 2025"]


def test_each_years_kind_reads_the_whole_years_outcome_in_another_document() -> None:
    book = FigureBook((_figures(INTERIM, "norrby/delar.txt", "2025-09-30"),
                       _figures(KEY_FIGURES, "norrby/finansiell.txt", "2025-05-05")))
    answer = answer_figures("hur mycket sämre blir resultatet 2025 enligt prognosen jämfört med utfallet 2024?", book)
    assert answer is None or answer.refused or all(
        i.column != "Utfall jan–aug 2024" for i in answer.calculation.inputs)  # type: ignore[union-attr]

ANNUAL = """Årsredovisning 2024 Norrby kommun

Tabell 5. Resultaträkning

| Tkr | Utfall 2023 | Utfall 2024 |
|---|---:|---:|
| Verksamhetens nettokostnader | -360 000 | -381 000 |
| Årets resultat | 2 000 | 5 400 |
"""


def test_a_years_outcome_is_read_where_the_whole_year_is() -> None:
    book = FigureBook((_figures(INTERIM, "norrby/delar.txt", "2025-09-30"),
                       _figures(ANNUAL, "norrby/ar.txt", "2025-04-01")))
    answer = answer_figures("Hur stort var utfallet för verksamhetens nettokostnader 2024?", book)
    assert answer is not None and answer.calculation is not None
    assert [i.column for i in answer.calculation.inputs] == ["Utfall 2024"]
    months = answer_figures("Hur stort var utfallet för verksamhetens nettokostnader jan–aug 2024?", book)
    assert months is not None and months.calculation is not None
    assert [i.column for i in months.calculation.inputs] == ["Utfall jan–aug 2024"]
