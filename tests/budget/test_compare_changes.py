"""Two municipalities compared by how much a row changes between two years ("ökar socialnämndens ram mest i procent
mellan 2024 och 2025"): each change is computed from the municipality's own two cells, in its own unit, and the
changes are compared (per cent by percentage points, money after converting to one unit)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

NORRBY = """Mål och budget 2025 Norrby kommun

Tabell 3. Driftbudget per nämnd (mnkr)

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | 80,0 | 82,6 |
| Socialnämnden | 201,3 | 210,7 |
| Summa nämnder | 281,3 | 293,3 |
"""

SÖDERBY = """Budget och plan 2025–2027 Söderby kommun

Tabell 2. Driftbudget (tkr)

| Nämnd | Budget 2024 | Budget 2025 | Plan 2026 |
|---|---:|---:|---:|
| Kommunstyrelsen | 120 000 | 121 500 | 123 000 |
| Socialnämnden | 352 900 | 371 400 | 384 100 |
| Summa nämnder | 472 900 | 492 900 | 507 100 |
"""


def _book() -> FigureBook:
    def figures(text: str, path: str, town: str):  # type: ignore[no-untyped-def]
        doc = LoadedDocument(path=path, text=text, sha256=path,
                             meta=DocumentMeta(title=path, date="2024-11-20", doc_type="budget", municipality=town))
        return extract_figures(doc)
    return FigureBook((figures(NORRBY, "norrby/b.md", "Norrby"), figures(SÖDERBY, "soderby/b.md", "Söderby")))


def test_changes_in_per_cent_are_computed_for_each_and_compared_by_points() -> None:
    answer = answer_figures("I vilken av kommunerna Norrby och Söderby ökar socialnämndens ram mest i procent mellan "
                            "2024 och 2025?", _book())
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "compare"
    assert "Norrby 4,67 %" in answer.text and "Söderby 5,24 %" in answer.text
    assert "Högst har Söderby" in answer.text and "0,57 procentenheter" in answer.text
    assert "(371 400 tkr − 352 900 tkr) / 352 900 tkr" in answer.text


def test_changes_in_money_are_compared_in_one_unit() -> None:
    answer = answer_figures("Vilken kommun ökar socialnämndens budget mest mellan 2024 och 2025, Norrby eller Söderby?",
                            _book())
    assert answer is not None and answer.calculation is not None
    values = {i.label.split(" (")[-1].rstrip(")"): i.value for i in answer.calculation.inputs}
    assert values == {"Norrby": Decimal("9.4"), "Söderby": Decimal("18500")}
    assert "Mest har Söderby: 18,5 mnkr, 9,1 mnkr mer än Norrby" in answer.text
