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


def test_the_line_below_dates_the_columns_the_one_year_was_lent_to() -> None:
    # "Budget  Plan  Plan  Budget 2025" over "tkr  2025  2026  2027  kr per inv.": the one year of the upper line is
    # the last column's own; the line below gives the others theirs
    lines = ["Nettokostnad                                         Budget               Plan             Plan    Budget 2025",
             "tkr                                                     2025             2026             2027        kr per inv.",
             "Socialnämnden                                        248 300          256 900          264 700             43 108"]
    header = find_header(lines, 0)
    assert header is not None and header.lines == 2
    assert [(c.kind, c.year) for c in header.columns] == [("Budget", 2025), ("Plan", 2026), ("Plan", 2027),
                                                          ("Budget", 2025)]
    assert header.columns[-1].unit is not None and header.columns[-1].unit.value == "kr"


def test_a_third_line_of_years_dates_the_columns_the_one_year_was_lent_to() -> None:
    lines = ["tkr                                                Utfall          Utfall        Budget         Prognos",
             "                                                jan–aug          jan–aug            2025            2025",
             "                                                   2025             2024",
             "Verksamhetens intäkter                            96 830           93 410        140 200         143 900"]
    header = find_header(lines, 0)
    assert header is not None and header.lines == 3
    assert [(c.kind, c.year) for c in header.columns] == [("Utfall", 2025), ("Utfall", 2024), ("Budget", 2025),
                                                          ("Prognos", 2025)]
