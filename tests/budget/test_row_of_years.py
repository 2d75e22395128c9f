"""A row named by words naming several rows equally ("resultatet"), matched to one in no table of the years asked:
the one other row so named that has them (selection.row_of_years)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.matching import Lexicon
from assistant.budget.plan import Plan
from assistant.budget.selection import row_of_years
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

INTERIM = """Delårsrapport 2024

Tabell 1. Resultaträkning (mnkr)

| Mnkr | Utfall jan–aug 2024 | Budget 2024 | Prognos 2024 |
|---|---:|---:|---:|
| Verksamhetens nettokostnader | -1 500,0 | -2 300,0 | -2 310,0 |
| Periodens/årets resultat | 42,9 | 66,3 | 47,2 |
"""

BUDGET = """Budget 2025

Tabell 2. Resultatbudget (mnkr)

| Mnkr | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Verksamhetens nettokostnader | -2 400,0 | -2 480,0 | -2 560,0 |
| Skatteintäkter | 2 000,0 | 2 050,0 | 2 100,0 |
| Årets resultat | 71,5 | 58,3 | 53,2 |
| Resultat i % av skatter och bidrag | 2,7 | 2,1 | 1,9 |
"""


def _tables():  # type: ignore[no-untyped-def]
    out = []
    for path, text in (("d.md", INTERIM), ("b.md", BUDGET)):
        out += parse_tables(LoadedDocument(path=path, text=text, sha256=path, meta=DocumentMeta(title=path)))
    return tuple(out)


def test_the_row_so_named_that_has_the_years_asked() -> None:
    tables = _tables()
    lexicon = Lexicon.build(tables)
    plan = Plan(operation="mean", rows=("Periodens/årets resultat",), said=("resultatet",), years=(2025, 2027),
                year_range=True)
    assert row_of_years(plan, lexicon, tables).rows == ("Årets resultat",)
    assert [r.values for t in tables for r in t.rows if r.label == "Årets resultat"] == [
        (Decimal("71.5"), Decimal("58.3"), Decimal("53.2"))]


def test_a_row_that_has_the_years_stays() -> None:
    tables = _tables()
    plan = Plan(operation="lookup", rows=("Periodens/årets resultat",), said=("resultatet",), years=(2024,))
    assert row_of_years(plan, Lexicon.build(tables), tables) is plan


def test_a_synonym_said_in_its_bare_form() -> None:
    # "resultat": its stem ("result") is not the stem of the synonym "resultatet" the lexicon keys both rows by
    tables = _tables()
    plan = Plan(operation="lookup", rows=("Periodens/årets resultat",), said=("resultat",), years=(2025,))
    assert row_of_years(plan, Lexicon.build(tables), tables).rows == ("Årets resultat",)


def test_of_several_rows_so_named_the_one_sharing_most_words_with_the_row_matched() -> None:
    # "resultat" names "Årets resultat" and (by its synonym) "Resultat i % av skatter och bidrag" too
    tables = _tables()
    lexicon = Lexicon.build(tables)
    plan = Plan(operation="lookup", rows=("Periodens/årets resultat",), said=("resultat",), years=(2025,))
    assert row_of_years(plan, lexicon, tables).rows == ("Årets resultat",)


def test_each_row_of_a_plan_of_several_rows_is_found_in_the_years_asked() -> None:
    tables = _tables()
    plan = Plan(operation="share", rows=("Periodens/årets resultat", "Skatteintäkter"), said=("resultat", "skatter"),
                years=(2025,))
    assert row_of_years(plan, Lexicon.build(tables), tables).rows == ("Årets resultat", "Skatteintäkter")


INVEST = """Budget 2025

Tabell 4. Investeringsbudget 2025–2027 (mnkr)

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Särskilt boende Ådalsgården, tillbyggnad | 12,0 | 8,0 | 0,0 |
| Skolgård Nipan | 2,0 | 0,0 | 0,0 |
"""

OPERATING = """Driftbudget per verksamhet

Tabell 1. Nettokostnad (tkr)

| Verksamhet | Bokslut 2023 | Budget 2024 | Budget 2025 |
|---|---:|---:|---:|
| Äldreomsorg, särskilt boende | 251 700 | 255 300 | 268 500 |
| Äldreomsorg, hemtjänst | 120 000 | 125 000 | 130 000 |
"""


def test_words_said_in_part_of_several_rows_take_the_one_of_a_table_holding_the_years() -> None:
    out = []
    for path, text in (("i.md", INVEST), ("o.md", OPERATING)):
        out += parse_tables(LoadedDocument(path=path, text=text, sha256=path, meta=DocumentMeta(title=path)))
    tables = tuple(out)
    plan = Plan(operation="percent_change", rows=("Särskilt boende Ådalsgården, tillbyggnad",),
                said=("särskilt boende",), years=(2024, 2025), year_range=True)
    assert row_of_years(plan, Lexicon.build(tables), tables).rows == ("Äldreomsorg, särskilt boende",)
