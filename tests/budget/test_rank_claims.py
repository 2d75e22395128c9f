"""A claim that a row ranks first among the committees in a year is checked against the ranking of that year
(numbers by hand, driftsbudget 2022: Överförmyndarnämnden 4 942, Miljöskyddsnämnden 12 955 tkr; Exploatering 210
tkr is no committee; investeringsbudget 2023: Kommunstyrelsen 107 000 tkr)."""
from __future__ import annotations

import pytest

from assistant.budget.rank_claim import check_rank_claim
from tests.budget.corpus_docs import corpus_book


@pytest.mark.parametrize("claim, verdict, first", [
    ("Överförmyndarnämnden har minst kommunbidrag av alla nämnder 2022", "supported", "4 942"),
    ("Miljöskyddsnämnden har minst kommunbidrag av alla nämnder 2022", "contradicted", "4 942"),
    ("Kommunstyrelsen har störst investeringar av nämnderna 2023", "supported", "107 000"),
])
def test_a_rank_among_the_committees(claim: str, verdict: str, first: str) -> None:
    result = check_rank_claim(claim, corpus_book())
    assert result is not None and result.verdict == verdict, result
    assert first in result.text


@pytest.mark.parametrize("claim", ["Kommunstyrelsens investeringar är som högst 2023", "Investeringarna toppar 2025",
                                   "Socialnämnden får 209 559 tkr 2022"])
def test_a_rows_own_years_are_not_a_rank(claim: str) -> None:
    assert check_rank_claim(claim, corpus_book()) is None


def test_a_rank_claim_naming_no_year_holds_only_if_every_year_of_the_table_holds_it() -> None:
    # driftsbudget: Barn- och ungdomsnämnden 886 672 / 905 048 / 919 302 tkr, the largest committee each year
    result = check_rank_claim("Barn- och ungdomsnämnden får mest kommunbidrag av alla nämnder", corpus_book())
    assert result is not None and result.verdict == "supported", result
    assert all(v in result.text for v in ("886 672", "905 048", "919 302"))
    other = check_rank_claim("Socialnämnden får mest kommunbidrag av alla nämnder", corpus_book())
    assert other is not None and other.verdict == "contradicted" and "886 672" in other.text


GROUPED = """Tabell 1. Driftredovisning per nämnd

Belopp i mnkr

| Nämnd | Budget 2026 | Prognos helår | Avvikelse mot budget |
|---|---:|---:|---:|
| **Politisk verksamhet** | | | |
| Kommunstyrelsen | 68,5 | 66,2 | 2,3 |
| Bygg- och miljönämnden | 6,1 | 6,5 | -0,4 |
| Summa politisk verksamhet | 74,6 | 72,7 | 1,9 |
| **Verksamhetsnämnder** | | | |
| Barn- och utbildningsnämnden | 196,4 | 203,2 | -6,8 |
| Socialnämnden | 182,7 | 191,6 | -8,9 |
| Summa verksamhetsnämnder | 379,1 | 394,8 | -15,7 |
| Summa nämnder | 453,7 | 467,5 | -13,8 |
"""


def _grouped_book():  # type: ignore[no-untyped-def]
    from assistant.budget.store import DocumentFigures, FigureBook
    from assistant.budget.tables import parse_tables
    from core.types import DocumentMeta, LoadedDocument

    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Delårsrapport 2026"), text=GROUPED)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Delårsrapport 2026", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


@pytest.mark.parametrize("claim, verdict", [
    ("socialnämnden har det största underskottet av nämnderna", "supported"),
    ("barn- och utbildningsnämnden har det största underskottet av nämnderna", "contradicted"),
])
def test_the_largest_deficit_is_the_smallest_deviation_among_the_committees_not_a_group_total(
        claim: str, verdict: str) -> None:
    result = check_rank_claim(claim, _grouped_book())
    assert result is not None and result.verdict == verdict, result
    assert "-8,9" in result.text and "Summa" not in result.text
