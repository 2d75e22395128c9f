"""A column of cuts ("Effektivisering": every committee's figure below zero) ranks by size: the biggest cut is the
most negative. And a question ranking the committees ("vilken nämnd") by a column only another table of committees
holds ranks that table's committees, though a table without the column has a section "Nämnder" it names."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.execute import execute
from assistant.budget.plan import Plan
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

NET = ("Tabell 4. Nettokostnad per nämnd. Belopp i mnkr\n"
       "mnkr\tBudget 2025\tBudget 2026\n"
       "Nämnder\t\t\n"
       "Kommunstyrelsen\t-124,6\t-127,9\n"
       "Socialnämnden\t-481,9\t-497,6\n"
       "Tekniska nämnden\t-54,1\t-55,8\n"
       "Summa nämnder\t-660,6\t-681,3\n\n")
FRAMES = ("Tabell 5. Förändring av nämndernas budgetramar. Belopp i mnkr\n"
          "mnkr\tRam 2025\tVolymförändring\tEffektivisering\tRam 2026\n"
          "Kommunstyrelsen\t124,6\t0,6\t-1,2\t124,0\n"
          "Socialnämnden\t481,9\t4,8\t-3,0\t483,7\n"
          "Tekniska nämnden\t54,1\t0,9\t-0,8\t54,2\n"
          "Miljönämnden\t10,4\t0,0\t0,0\t10,4\n"
          "Summa\t671,0\t6,3\t-5,0\t672,3\n")


def _tables() -> tuple:  # type: ignore[type-arg]
    text = NET + FRAMES
    return tuple(parse_tables(LoadedDocument(path="b.pdf", text=text, sha256="0" * 64, meta=DocumentMeta(title="B"))))


def test_the_biggest_of_a_column_of_cuts_is_the_most_negative() -> None:
    outcome = execute(Plan(operation="max", years=(2026,), column_kind="Effektivisering", committees_only=True),
                      _tables())
    assert outcome.table.title.startswith("Tabell 5")
    assert outcome.cells[0].row_label == "Socialnämnden" and outcome.result == Decimal("-3.0")
    assert outcome.runner_up is not None and outcome.runner_up.row_label == "Kommunstyrelsen"
    smallest = execute(Plan(operation="min", years=(2026,), column_kind="Effektivisering", committees_only=True),
                       _tables())
    assert smallest.cells[0].row_label == "Miljönämnden"


def test_the_committees_group_named_ranks_the_committees_of_the_table_holding_the_column() -> None:
    plan = Plan(operation="max", rows=("Nämnder",), said=("nämnd",), years=(2026,), column_kind="Effektivisering",
                committees_only=True)
    outcome = execute(plan, _tables())
    assert outcome.table.title.startswith("Tabell 5") and outcome.cells[0].row_label == "Socialnämnden"


def test_figures_above_zero_rank_as_before_and_a_group_holding_the_column_stays() -> None:
    plan = Plan(operation="max", years=(2026,), column_kind="Volymförändring", committees_only=True)
    assert execute(plan, _tables()).cells[0].row_label == "Socialnämnden"
    net = execute(Plan(operation="max", rows=("Nämnder",), said=("nämnd",), years=(2026,), committees_only=True),
                  _tables())
    assert net.table.title.startswith("Tabell 4")
