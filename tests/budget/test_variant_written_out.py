"""A row label's variant word written short ("Soliditet inkl. pensionsåtagande") is asked for written out, as questions
are read ("soliditet inklusive pensionsåtagande"): the whole name is the row's, no other topic is left."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

KEY_FIGURES = """Nyckeltal för kommunen

| År | Årets resultat (mnkr) | Soliditet inkl. pensionsåtagande (%) | Skattesats (kr) |
|---|---|---|---|
| 2020 | 120,4 | 14,9 | 21,84 |
| 2021 | 141,3 | 17,8 | 21,84 |
| 2022 | 98,0 | 19,1 | 21,84 |
"""


def test_the_variant_written_out_names_the_row() -> None:
    doc = LoadedDocument(path="nyckeltal.html", sha256="1", meta=DocumentMeta(title="Nyckeltal", date="2024-12-03"),
                         text=KEY_FIGURES)
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("Vad var soliditet inklusive pensionsåtagande 2021?", book)
    assert answer is not None and not answer.refused
    assert answer.calculation.result == Decimal("17.8")
