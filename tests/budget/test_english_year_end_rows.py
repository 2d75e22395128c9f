"""An English question naming the end (or beginning) of a year reads the row the documents name by it in Swedish:
"at the end of 2025" is "vid slutet av 2025", which names "Likvida medel vid årets slut" of the two rows of cash; the
part of the year is a time, weighed as a year is, not a topic every sentence must name."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from assistant.understand.query import YEAR_WEIGHT, analyse, in_swedish
from core.types import DocumentMeta, LoadedDocument

TEXT = """Kassaflödesbudget (mnkr)

| | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Årets resultat | 20,1 | 15,3 |
| Likvida medel vid årets början | 64,5 | 69,1 |
| Likvida medel vid årets slut | 69,1 | 46,9 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="k.md", sha256="k", meta=DocumentMeta(title="Budget 2025"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="k.md", sha256="k", title="Budget 2025", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_end_of_a_year_names_the_row_of_the_years_end() -> None:
    assert "vid slutet av 2025" in in_swedish("how much cash will the municipality have at the end of 2025?")
    for asked, value in (("at the end of 2025", "69.1"), ("at the beginning of 2025", "64.5")):
        answer = answer_figures(f"How much likvida medel will the municipality have {asked}?", _book(), language="en")
        assert answer is not None and answer.calculation is not None, asked
        assert answer.calculation.result == Decimal(value), answer.text


def test_the_part_of_the_year_is_weighed_as_a_year() -> None:
    q = analyse("How many permanent employees did Laxå have at the end of August 2024?")
    assert q.weights[q.groups.index(("slut",))] == YEAR_WEIGHT
    # "summer" is stemmed as "summa" is: the total stays a topic
    total = analyse("What is the total investment budget for 2024?")
    assert all(w == 1.0 for g, w in zip(total.groups, total.weights) if "summ" in g)
