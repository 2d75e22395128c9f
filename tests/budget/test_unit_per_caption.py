"""A caption of unit words per one of something ("Kronor per invånare, löpande priser") under a heading naming the
figures per the same thing: the heading is the table's title, the caption gives its unit."""
from __future__ import annotations

from assistant.budget.tables import parse_tables
from assistant.budget.units import Unit
from core.types import DocumentMeta, LoadedDocument

SHEET = """## Kostnad per invånare

Norrby kommun – nettokostnad per invånare och verksamhet 2021–2023
{caption}

| Verksamhet | 2021 | 2022 | 2023 |
|---|---|---|---|
| Förskola | 10215 | 10640 | 11020 |
| Grundskola | 21480 | 22310 | 23150 |
| Totalt ovanstående | 31695 | 32950 | 34170 |
"""


def _table(caption: str):  # type: ignore[no-untyped-def]
    doc = LoadedDocument(path="n.xlsx", sha256="0", meta=DocumentMeta(title="Nyckeltal"),
                         text=SHEET.format(caption=caption))
    (table,) = parse_tables(doc)
    return table


def test_a_unit_per_caption_under_its_heading_is_no_title() -> None:
    table = _table("Kronor per invånare, löpande priser")
    assert table.title == "Norrby kommun – nettokostnad per invånare och verksamhet 2021–2023"
    assert table.unit is Unit.KR


def test_a_caption_per_another_thing_is_the_title() -> None:
    assert _table("Kronor per elev, löpande priser").title == "Kronor per elev, löpande priser"
