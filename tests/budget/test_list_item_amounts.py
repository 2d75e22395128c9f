"""An amount in a list item is what the paragraph introducing the list says its items are ("Samtidigt ska nämnderna
genomföra effektiviseringar om totalt 8,6 miljoner kronor. Kravet fördelas så här:" above "• kultur- och
fritidsnämnden 600 000 kronor"): asked what a committee saves, the item naming it answers, not the committees' total
nor a table row of the committee measuring something else."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.amounts import find_amounts, list_introduction
from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025

Nämndernas ramar ökar med 21,4 miljoner kronor.

Samtidigt ska nämnderna genomföra effektiviseringar om totalt 8,6 miljoner kronor. Kravet
fördelas så här:

  • barn- och utbildningsnämnden 3,2 miljoner kronor
  • kultur- och fritidsnämnden 600 000 kronor
  • miljö- och byggnämnden 400 000 kronor

Kommunens kostnader för ekonomiskt bistånd ökar.

Fördelning av 100 kronor i kommunalskatt, budget 2025

| Verksamhet | Kronor av 100 |
|---|---|
| Skola | 40 |
| Kultur och fritid | 4 |
| Övrigt | 56 |
| Summa | 100 |
"""


def _doc() -> LoadedDocument:
    return LoadedDocument(path="mob.md", sha256="m", text=BUDGET,
                          meta=DocumentMeta(title="Mål och budget 2025", date="2024-11-25", doc_type="budget"))


def test_a_list_item_knows_the_paragraph_introducing_its_list() -> None:
    text = BUDGET
    item = text.index("• kultur")
    assert list_introduction(text, item) == ("Samtidigt ska nämnderna genomföra effektiviseringar om totalt 8,6 "
                                             "miljoner kronor. Kravet fördelas så här:")
    assert list_introduction(text, text.index("Nämndernas ramar")) == ""
    amounts = {a.value: a for a in find_amounts(_doc())}
    assert "effektiviseringar" in amounts[Decimal(600000)].introduction
    assert amounts[Decimal(600000)].lead == ""  # no sentence pointing back: an item follows no other as its sequel


def test_what_a_committee_saves_is_its_item_of_the_list() -> None:
    answer = answer_figures("hur mycket ska kultur och fritid effektivisera 2025?", FigureBook((extract_figures(_doc()),)))
    assert answer is not None and answer.values and answer.values[0].value == Decimal(600000), answer and answer.text
    assert "8,6" not in answer.text and "4 kronor" not in answer.text, answer.text
