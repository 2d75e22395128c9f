"""Columns of one year told apart by a place ("Dorotea 2023 | Riket 2023"): the municipality's own column is its
figure, the nation's the reference a comparative ("dyrare än riket") holds it against."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

COUNTS = """Barn och elever i Dorotea kommuns verksamheter 2019–2024

Antal, mätdatum 15 oktober respektive år

| År | Barn i förskola | Elever i grundskola | Elever i fritidshem | Gymnasieelever (folkbokförda) |
|---|---|---|---|---|
| 2022 | 104 | 223 | 66 | 87 |
| 2023 | 101 | 217 | 64 | 85 |
"""
COSTS = """Kostnad per barn/elev, jämförelse med riket

Kronor per barn/elev och år, löpande priser

| Verksamhet | Dorotea 2022 | Dorotea 2023 | Riket 2023 |
|---|---|---|---|
| Förskola, kr per inskrivet barn | 176400 | 182900 | 166300 |
| Grundskola, kr per elev | 141200 | 148600 | 125800 |
| Fritidshem, kr per inskrivet barn | 51300 | 53900 | 46200 |
| Gymnasieskola, kr per elev | 168500 | 172300 | 148900 |
"""
OTHER = """Driftbudget

Belopp i mnkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | 101,2 | 103,0 |
"""


def _figures(path: str, text: str, municipality: str) -> DocumentFigures:
    doc = LoadedDocument(path=path, sha256=path, text=text, meta=DocumentMeta(title=path, date="2024-06-01"))
    return DocumentFigures(doc_path=path, sha256=path, title=path, doc_type="statistics", date="2024-06-01",
                           municipality=municipality, tables=tuple(parse_tables(doc)), amounts=())


def book() -> FigureBook:
    return FigureBook((_figures("dorotea/counts.md", COUNTS, "Dorotea"), _figures("dorotea/costs.md", COSTS, "Dorotea"),
                       _figures("lekeberg/budget.md", OTHER, "Lekeberg")))


def test_a_place_named_column_is_the_years_own_figure() -> None:
    """"vad kostar förskolan per barn i dorotea 2023": the cost row in the municipality's own column, not the count
    of children nor the nation's column (end to end; the rule that a place's column is no carry-over is pinned by
    test_a_column_moving_money_into_a_year_is_no_figure_of_that_year, which this small book does not need)."""
    answer = answer_figures("vad kostar förskolan per barn i dorotea 2023?", book())
    assert answer is not None and answer.calculation is not None
    assert [(i.value, i.column) for i in answer.calculation.inputs] == [(Decimal("182900"), "Dorotea 2023")]


def test_a_comparative_against_the_nation_holds_the_municipality_against_it() -> None:
    answer = answer_figures("hur mkt dyrare är förskolan per barn i dorotea än i riket 2023?", book())
    assert answer is not None and answer.calculation is not None
    assert [i.column for i in answer.calculation.inputs] == ["Riket 2023", "Dorotea 2023"]
    assert "16 600 kronor högre för Dorotea 2023 än för Riket 2023" in answer.text and "10,0 %" in answer.text


def test_a_followup_against_the_nation_reads_the_one_other_column_of_the_year() -> None:
    answer = answer_figures("hur mycket dyrare är det än riket i procent?", book(),
                            history=["vad kostar förskolan per barn i dorotea 2023?"])
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("166300"), Decimal("182900")]
    assert "10,0 %" in answer.text


def test_a_column_moving_money_into_a_year_is_no_figure_of_that_year() -> None:
    """The rows of a plain year are sought again only when their table has no column of the year's own figure: a
    place's column ("Dorotea 2023") is one, a carry-over into the year ("Ombudgeteras till 2025") is not."""
    from dataclasses import replace

    from assistant.budget.answer import _rows_of_the_years
    from assistant.budget.columns import moves_year
    from assistant.budget.plan import plan_question
    from assistant.budget.records import Column

    assert moves_year(Column("Ombudgeteras till 2025 (tkr)", 2025, "Ombudgeteras till"))
    assert not moves_year(Column("Riket 2023", 2023, "Riket")) and not moves_year(Column("Budget 2025", 2025, "Budget"))
    dorotea = book().of_municipalities(["Dorotea"])
    question = "vad kostar förskolan per barn 2023?"
    counted = frozenset(r.label for t in dorotea.tables if "(Antal" in t.title for r in t.rows)
    # the plan as the words would name a row in the counts too, so that a search among them would find one
    again = plan_question(question, dorotea.index.lexicon.restricted(counted))
    plan = replace(plan_question(question, dorotea.index.lexicon), said=again.said)
    assert again.rows == ("Barn i förskola",)
    assert _rows_of_the_years(question, plan, dorotea.index.lexicon, dorotea.tables).rows == (
        "Förskola, kr per inskrivet barn",)
