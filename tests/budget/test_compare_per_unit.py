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


def test_a_comparison_asking_which_is_highest_per_inhabitant_computes_the_figure_per_inhabitant(
        book: FigureBook) -> None:
    # "högst": which place, not the larger of the net cost and the count of inhabitants
    answer = answer_figures("Vilken kommun har högst nettokostnad per invånare 2024, Norrby eller Söderby?", book)
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "compare"
    values = {i.label.split(" (")[-1].rstrip(")"): i.value for i in answer.calculation.inputs}
    assert values == {"Norrby": Decimal(80460), "Söderby": Decimal(61591)}
    assert "18 869 kr" in answer.text


VÄSTERBY = """Årsredovisning 2024 Västerby kommun

Tabell 1. Fem år i sammandrag (mnkr)

| Mnkr | 2023 | 2024 |
|---|---:|---:|
| Nettokostnad | 2 010,0 | 2 100,0 |
| Årets resultat | 5,0 | -3,0 |
"""


def test_a_cost_written_below_zero_in_one_place_is_compared_by_its_size() -> None:
    book = FigureBook((_figures(SÖDERBY, "soderby/ar.md", "Söderby"), _figures(VÄSTERBY, "vasterby/ar.md", "Västerby")))
    answer = answer_figures("Vilken kommun har högst nettokostnad 2024, Söderby eller Västerby?", book)
    assert answer is not None and answer.calculation is not None
    assert "54,9 mnkr mer än Västerby" in answer.text  # 2 154,9 against 2 100,0, not 4 254,9
    result = answer_figures("Vilken kommun hade högst årets resultat 2024, Söderby eller Västerby?", book)
    assert result is not None and "34,2 mnkr mer än Västerby" in result.text  # a deficit keeps its sign


NORDBY = """Årsredovisning 2024 Nordby kommun

Tabell 1. Fem år i sammandrag (mnkr)

| Mnkr | 2023 | 2024 |
|---|---:|---:|
| Antal invånare 31 december | 5 206 | 5 187 |
| Verksamhetens nettokostnader | 446,2 | 462,7 |

Tabell 2. Nyckeltal

| Nyckeltal | 2023 | 2024 |
|---|---:|---:|
| Antal invånare 31 december (st) | 5 206 | 5 187 |
| Sjukfrånvaro, % | 8,6 | 7,9 |
"""


def test_labels_differing_only_by_their_unit_name_one_count_to_divide_by() -> None:
    from assistant.budget.matching import one_measure

    assert one_measure(["Antal invånare 31 december", "Antal invånare 31 december (st)"]) == [
        "Antal invånare 31 december"]
    assert one_measure(["Resultat i % av skatter", "Resultat"]) == ["Resultat i % av skatter", "Resultat"]
    book = FigureBook((_figures(NORDBY, "nordby/ar.md", "Nordby"), _figures(SÖDERBY, "soderby/ar.md", "Söderby")))
    answer = answer_figures("Vilken kommun har högst nettokostnad per invånare 2024, Nordby eller Söderby?", book)
    assert answer is not None and answer.calculation is not None
    values = {i.label.split(" (")[-1].rstrip(")"): i.value for i in answer.calculation.inputs}
    assert values == {"Nordby": Decimal(89204), "Söderby": Decimal(61591)}  # 462,7 mnkr / 5 187


def test_the_word_for_the_places_compared_names_no_row() -> None:
    # "vilken kommun": the places chosen between, not "Kommunstyrelsen" nor "Sjukfrånvaro bland kommunens medarbetare"
    väster = """Årsredovisning 2024 Västerby kommun

Tabell 3. Driftredovisning (mnkr)

| Nämnd | Budget 2024 | Utfall 2024 |
|---|---:|---:|
| Kommunstyrelsen | 70,1 | 69,2 |
| Socialnämnden | 180,0 | 181,5 |

Tabell 4. Resultaträkning (mnkr)

| Mnkr | Utfall 2023 | Utfall 2024 |
|---|---:|---:|
| Verksamhetens nettokostnader | -440,0 | -462,7 |

Tabell 5. Befolkning

| Befolkning | 2023 | 2024 |
|---|---:|---:|
| Antal invånare 31 december | 5 200 | 5 187 |
"""
    book = FigureBook((_figures(SÖDERBY, "soderby/ar.md", "Söderby"), _figures(väster, "vasterby/ar.md", "Västerby")))
    answer = answer_figures("vilken kommun har högst nettokostnad per invånare 2024, Söderby eller Västerby?", book)
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "compare"
    assert [i.value for i in answer.calculation.inputs] == [Decimal(61591), Decimal(89204)]


NORA_LIKE = """Befolkning och nyckeltal Norrby kommun

Tabell 1. Befolkning

| Befolkning | 2022 | 2023 |
|---|---:|---:|
| Folkmängd 31 dec | 10 700 | 10 742 |

Befolkningen växer något. Kostnaderna redovisas nedan per invånare.

Tabell 2. Kronor per invånare

| Verksamhet | 2022 | 2023 |
|---|---:|---:|
| Äldreomsorg | 22 860 | 24 130 |
| Grundskola | 14 000 | 14 500 |
"""

LINDE_LIKE = """Nettokostnad Söderby kommun

Tabell 1. Nettokostnad per verksamhet (tkr)

| Verksamhet | 2022 | 2023 |
|---|---:|---:|
| Äldreomsorg | 440 000 | 459 000 |
| Verksamhetens nettokostnader | 1 550 000 | 1 615 800 |

Nettokostnaderna ökade under året.

Tabell 2. Befolkning

| Befolkning | 2022 | 2023 |
|---|---:|---:|
| Antal invånare | 23 600 | 23 512 |

Invånarantalet minskade något.

Tabell 3. Kronor per invånare 2023

| Verksamhet | 2023 |
|---|---:|
| Äldreomsorg | 19 518 |
"""


def test_places_ranked_by_a_figure_per_count_naming_further_rows_compare_that_figure() -> None:
    # "nettokostnad per invånare för äldreomsorg": the places are ranked by each one's figure per inhabitant, never by
    # the count said after "per" ("Folkmängd 31 dec") nor the measure named first ("Verksamhetens nettokostnader")
    book = FigureBook((_figures(NORA_LIKE, "norrby/n.md", "Norrby"), _figures(LINDE_LIKE, "soderby/n.md", "Söderby")))
    answer = answer_figures("vilken kommun har högst nettokostnad per invånare för äldreomsorg 2023, Norrby eller "
                            "Söderby", book)
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "compare"
    values = {i.label.split(" (")[-1].rstrip(")"): i.value for i in answer.calculation.inputs}
    assert values == {"Norrby": Decimal(24130), "Söderby": Decimal(19518)}
