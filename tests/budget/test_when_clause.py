"""A clause after what is asked telling when the figure was set ("när fullmäktige ändrade investeringsbudgeten")
names no other topic: the row's cell in the column the question names answers."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.columns import when_words
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Protokoll kommunfullmäktige 2025-02-24

§ 12 Revidering av investeringsbudget 2025

| Projekt | Budget 2025 enligt förslag | Reviderad budget 2025 | Förändring |
|---|---|---|---|
| Ny räddningsstation | 16 500 | 18 000 | 1 500 |
| Gång- och cykelväg | 4 000 | 3 000 | -1 000 |
| Summa | 20 500 | 21 000 | 500 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="aby/protokoll-kf.txt", text=MINUTES, sha256="kf",
                         meta=DocumentMeta(title="Protokoll KF", date="2025-02-24", doc_type="minutes",
                                           municipality="Aby"))
    return FigureBook((extract_figures(doc),))


def test_a_clause_telling_when_names_no_topic() -> None:
    answer = answer_figures("Vad blev den reviderade budgeten 2025 för nya räddningsstationen när fullmäktige "
                            "ändrade investeringsbudgeten?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("18000")


def test_a_when_clause_leaves_what_was_done_a_topic() -> None:
    assert when_words("När ändrade fullmäktige investeringsbudgeten?") == set()
    assert when_words("När ändrade fullmäktige investeringsbudgeten?") == set()
    assert when_words("Vad blev budgeten när fullmäktige ändrade investeringsbudgeten?") == {
        "när", "fullmäktige", "ändrade"}
    # what the body did is a topic of its own: the prose answers whether it came about
    assert when_words("Blev det nåt av det när kommunstyrelsen delade ut uppdrag 2023?") == {
        "när", "kommunstyrelsen", "delade"}
