"""Two municipalities compared by a figure per unit ("nettokostnad per invånare"): one whose tables lack the ratio
row computes it from the figure and the count, each cell cited; the other's ratio row is read as written."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

NORRBY = """Årsredovisning 2024 Norrby kommun

Tabell 2. Nyckeltal

| Nyckeltal | 2023 | 2024 |
|---|---:|---:|
| Nettokostnad per invånare, kr | 78 200 | 80 460 |
| Antal invånare | 6 010 | 5 962 |
"""

SÖDERBY = """Årsredovisning 2024 Söderby kommun

Tabell 3. Resultaträkning (mnkr)

| Mnkr | Bokslut 2023 | Bokslut 2024 |
|---|---:|---:|
| Nettokostnad | -2 080,0 | -2 154,9 |
| Årets resultat | 40,1 | 31,2 |

Tabell 4. Befolkning

| Befolkning | 2023 | 2024 |
|---|---:|---:|
| Antal invånare | 34 900 | 34 987 |
"""


def _figures(text: str, path: str, town: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date="2025-04-01", doc_type="report", municipality=town))
    return extract_figures(doc)


@pytest.fixture(scope="module")
def book() -> FigureBook:
    return FigureBook((_figures(NORRBY, "norrby/ar.md", "Norrby"), _figures(SÖDERBY, "soderby/ar.md", "Söderby")))


def test_a_figure_per_inhabitant_is_computed_where_no_row_holds_it(book: FigureBook) -> None:
    answer = answer_figures("Hur mycket högre nettokostnad per invånare hade Norrby än Söderby 2024?", book)
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "compare"
    values = {i.label.split(" (")[-1].rstrip(")"): i.value for i in answer.calculation.inputs}
    assert values == {"Norrby": Decimal(80460), "Söderby": Decimal(61591)}  # 2 154,9 mnkr / 34 987
    assert "18 869 kr" in answer.text and "61 591 kr" in answer.text
    assert len(answer.sources) == 3  # Norrby's row, Söderby's net cost and its count of inhabitants


ÖSTERBY = """Årsredovisning 2024 Österby kommun

Tabell 1. Fem år i sammandrag

| Nyckeltal | 2023 | 2024 |
|---|---:|---:|
| Antal invånare 31 december | 6 000 | 5 962 |
| Nettoinvesteringar per invånare | 4 768 | 4 881 |
| Långfristig låneskuld per invånare | 28 676 | 28 346 |

Tabell 2. Resultaträkning (mnkr)

| Mnkr | 2023 | 2024 |
|---|---:|---:|
| Skatteintäkter | 250,0 | 264,5 |
| Årets resultat | 12,0 | 15,2 |
"""


def test_a_word_many_rates_share_after_per_names_the_row_that_counts_it() -> None:
    book = FigureBook((_figures(ÖSTERBY, "osterby/ar.md", "Österby"),))
    answer = answer_figures("vad blir skatteintäkterna per invånare 2024?", book)
    assert answer is not None and answer.calculation.operation == "per"
    assert [i.value for i in answer.calculation.inputs] == [Decimal("264.5"), Decimal(5962)]
    assert "44 364 kr" in answer.text
    refused = answer_figures("vad blir skatteintäkterna per invånare 2026?", book)
    assert refused is not None and refused.refused  # a year the tables lack: no figure per inhabitant
