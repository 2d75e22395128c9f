"""A row said in part only by words of its table's title ("vatten" in "vatten och avlopp" of "Taxa för vatten och
avlopp", fitting "Pris per kubikmeter vatten") names the table when another row of it is named ("typhus")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Protokollsutdrag kommunstyrelsen 2024-10-16

§ 188 Taxa för vatten och avlopp 2025

| Avgift | Taxa 2024 | Taxa 2025 | Förändring, % |
|---|---:|---:|---:|
| Fast avgift per år, villa | 4 860 | 5 250 | 8,0 |
| Pris per kubikmeter vatten | 38,40 | 41,47 | 8,0 |
| Typhus, 150 m³ per år | 11 740 | 12 681 | 8,0 |
"""


def test_the_title_words_name_the_table_not_a_row() -> None:
    doc = LoadedDocument(path="ks.md", text=MINUTES, sha256="ks",
                         meta=DocumentMeta(title="Protokollsutdrag", date="2024-10-16", doc_type="minutes"))
    answer = answer_figures("hur mycket dyrare blir vatten och avlopp för ett typhus 2025 jämfört med 2024?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("941")
