"""The municipality's row of a table splitting a whole between bodies ("Kommunen" beside the region over "Total
skattesats") is named as the municipality's part of what the total measures ("kommunalskatten"): body_shares.py,
matching.compound_rows, selection.row_of_years."""
from __future__ import annotations

from assistant.budget.body_shares import body_share_names
from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.plan import Plan
from assistant.budget.selection import row_of_years
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TAX = """Skattesats

Kronor per 100 kr beskattningsbar inkomst

| År | Kommunen | Västra Götalandsregionen | Total skattesats |
|---|---|---|---|
| 2024 | 22,61 | 11,48 | 34,09 |
| 2025 | 22,61 | 11,48 | 34,09 |
"""

KEY_FIGURES = """Nyckeltal enligt årsredovisningarna

| | 2022 | 2023 | 2024 |
|---|---|---|---|
| Kommunal skattesats, kr | 22,61 | 22,61 | 22,61 |
| Soliditet, % | 40 | 41 | 42 |
"""

PLACES = """Nettokostnad per invånare, kr

| | 2023 | 2024 |
|---|---|---|
| Kommunen | 61 000 | 63 000 |
| Riket | 60 000 | 62 000 |
"""


def _tables(*texts: str):  # type: ignore[no-untyped-def]
    out = []
    for k, text in enumerate(texts):
        out += parse_tables(LoadedDocument(path=f"{k}.md", text=text, sha256=str(k), meta=DocumentMeta(title="X")))
    return tuple(out)


def test_the_municipality_row_of_a_split_whole_is_named_by_the_whole_measure() -> None:
    assert body_share_names(_tables(TAX)) == {"Kommunen": ("kommunal skattesats", "kommunens skattesats")}
    assert body_share_names(_tables(PLACES)) == {}  # no total row naming a measure: no part of a whole


def test_the_tax_said_as_one_compound_names_the_municipality_row() -> None:
    lexicon = Lexicon.build(_tables(TAX, PLACES))
    assert [m.label for m in match_rows("vad var kommunalskatten 2024?", lexicon)] == ["Kommunen"]
    assert [m.label for m in match_rows("vad var den kommunala skattesatsen 2024?", lexicon)] == ["Kommunen"]


def test_a_row_so_named_lacking_the_year_gives_way_to_the_municipality_row_having_it() -> None:
    tables = _tables(KEY_FIGURES, TAX)
    lexicon = Lexicon.build(tables)
    plan = Plan(operation="lookup", rows=("Kommunal skattesats, kr",), said=("kommunalskatten",), years=(2025,))
    assert row_of_years(plan, lexicon, tables).rows == ("Kommunen",)
    plan = replace_years(plan, (2023,))
    assert row_of_years(plan, lexicon, tables).rows == ("Kommunal skattesats, kr",)


def replace_years(plan: Plan, years: tuple[int, ...]) -> Plan:
    from dataclasses import replace

    return replace(plan, years=years)
