"""A budget PDF (Katrineholm, evals/corpora/blind-muni8, now a dev corpus) whose operating budget names its years
on a second header line ("Budget  Budget  Plan 2027" over "2025  2026"), and whose investment budget leaves a
committee's section label at the foot of a page and goes on under its header repeated on the next page."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assistant.budget.tables import parse_tables
from ingest.load import load_document
from ingest.pipeline import clean_document

PDF = "evals/corpora/blind-muni8/katrineholm/mal-och-budget-2026.pdf"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tables():  # type: ignore[no-untyped-def]
    return parse_tables(clean_document(load_document(REPO / PDF, display_path=PDF)))


def test_a_header_naming_its_years_on_the_line_below_is_one_header(tables) -> None:  # type: ignore[no-untyped-def]
    table = next(t for t in tables if t.title.startswith("Tabell 11"))
    assert [c.label for c in table.columns][:4] == ["Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
    assert next(r for r in table.rows if r.label == "Socialnämnden").values[2] == Decimal("327600")


def test_a_section_at_a_pages_foot_heads_the_rows_on_the_next_page(tables) -> None:  # type: ignore[no-untyped-def]
    assert not any(t.title == "Service- och tekniknämnden" for t in tables)
    table = next(t for t in tables if t.title.startswith("Tabell 17"))
    rows = [r for r in table.rows if r.sections == ("Service- och tekniknämnden",)]
    assert rows and not any("Katrineholms kommun" in r.label for r in table.rows)
