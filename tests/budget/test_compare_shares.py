"""Two municipalities compared by a share of a whole the question names ("störst andel av nämndernas budget på
socialnämnden"): each share is computed, the part over the committees' sum, though the question says no "procent"."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

NORRBY = """Budget 2025 Norrby kommun

Tabell 3. Driftbudget per nämnd (mnkr)

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | -580,0 | -592,6 |
| Socialnämnden | -401,9 | -418,6 |
| Summa nämnder | -981,9 | -1 011,2 |
"""

SÖDERBY = """Budget 2025 Söderby kommun

Tabell 2. Driftbudget per nämnd (mnkr)

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | 370,0 | 379,0 |
| Socialnämnden | 270,1 | 276,2 |
| Summa nämnder | 640,1 | 655,2 |
"""


def _figures(text: str, path: str, town: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date="2024-11-20", doc_type="budget", municipality=town))
    return extract_figures(doc)


def test_a_share_of_a_named_whole_is_computed_for_each_municipality() -> None:
    book = FigureBook((_figures(NORRBY, "norrby/b.md", "Norrby"), _figures(SÖDERBY, "soderby/b.md", "Söderby")))
    answer = answer_figures("Vilken kommun lägger störst andel av nämndernas budget 2025 på socialnämnden, Norrby "
                            "eller Söderby?", book)
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "compare"
    values = {i.label.split(" (")[-1].rstrip(")"): i.value for i in answer.calculation.inputs}
    assert values == {"Norrby": Decimal("41.4"), "Söderby": Decimal("42.2")}
    assert "Högst har Söderby" in answer.text
