"""A header naming one year only: a value-kind column without a year of its own ("Utfall jan–aug", "Prognos
helår" beside "Budget 2026") is that year's, as a delårsrapport prints its operating statement."""
from __future__ import annotations

from assistant.budget.layout import find_header

DRIFT = ["                                                 Budget              Utfall        Prognos          Avvikelse",
         "Nämnd                                               2026          jan–aug              helår     mot budget",
         "   Socialnämnden                                   182,7            128,4             191,6              –8,9"]


def test_value_kinds_without_a_year_take_the_headers_one_year() -> None:
    header = find_header(DRIFT, 0)
    assert header is not None and header.stub == "Nämnd"
    assert [(c.kind, c.year) for c in header.columns] == [
        ("Budget", 2026), ("Utfall", 2026), ("Prognos", 2026), ("Avvikelse", None)]


def test_two_years_keep_their_own_columns() -> None:
    lines = ["                  Utfall        Budget       Prognos",
             "Nämnd               2025          2026         helår",
             "   Socialnämnden   170,1         182,7         191,6"]
    header = find_header(lines, 0)
    assert header is not None
    assert [(c.kind, c.year) for c in header.columns][:2] == [("Utfall", 2025), ("Budget", 2026)]
    assert [c.year for c in header.columns if c.label == "Prognos helår"] == [None]  # which year's? not said
