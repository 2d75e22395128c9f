"""A question over exactly two years whose table has its own column for the pair ("Totalt 2026–2027") reads that
one figure; the change between the two years is only said beside two yearly figures (one figure has no pair)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.execute import execute
from assistant.budget.plan import Plan
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

PROJECTS = ("Tabell 5. Investeringar per projekt. Belopp i tkr\n"
            "tkr\tBudget 2026\tPlan 2027\tTotalt 2026–2027\n"
            "Ny förskola Timmernabben\t24 000\t6 000\t30 000\n"
            "Gång- och cykelväg\t3 800\t4 200\t8 000\n"
            "Summa investeringar\t27 800\t10 200\t38 000\n")


def _tables() -> tuple:  # type: ignore[type-arg]
    doc = LoadedDocument(path="p.pdf", text=PROJECTS, sha256="0" * 64, meta=DocumentMeta(title="P"))
    return tuple(parse_tables(doc))


def test_a_row_over_a_two_year_span_reads_the_span_column_without_a_change() -> None:
    plan = Plan(operation="lookup", rows=("Ny förskola Timmernabben",), years=(2026, 2027), year_range=True)
    outcome = execute(plan, _tables())
    assert [c.value for c in outcome.cells] == [Decimal("30000")]
    assert outcome.cells[0].column.label == "Totalt 2026–2027"
    assert " - " not in outcome.expression


def test_a_row_in_two_named_years_still_says_the_change() -> None:
    outcome = execute(Plan(operation="lookup", rows=("Ny förskola Timmernabben",), years=(2026, 2027)), _tables())
    assert [c.value for c in outcome.cells] == [Decimal("24000"), Decimal("6000")]
    assert "6 000 - 24 000 = -18 000 tkr" in outcome.expression
