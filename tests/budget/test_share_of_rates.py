"""A share is of parts of a sum: rows that are rates (percent) are not divided by their total."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Tabell 12. Sjukfrånvaro i procent av ordinarie arbetstid, 2023

| Sjukfrånvaro, % | 2023 |
|---|---:|
| Kvinnor | 7,9 |
| Män | 5,1 |
| Total sjukfrånvaro | 7,5 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="p.md", sha256="0", meta=DocumentMeta(title="Personal"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="p.md", sha256="0", title="Personal", doc_type="other", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_a_share_of_rates_is_not_computed() -> None:
    answer = answer_figures("Hur stor andel av sjukfrånvaron 2023 står kvinnor för?", book())
    assert answer is None or answer.refused or answer.calculation is None \
        or answer.calculation.operation != "share", answer.text if answer else None
