"""A question asking a total ("hur mycket ska buffertarna vara på totalt?") is answered by an amount, not by a rate
a sentence about the same thing states ("en procent av den totala kostnaden")."""
from __future__ import annotations

from assistant.budget.amounts import find_amounts
from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from core.types import DocumentMeta, LoadedDocument

PLAN = """Ekonomisk handlingsplan

Varje nämnd ska bygga upp en intern buffert i sin budget. För de verksamheter som till största del finansieras genom
avgifter ska bufferten istället uppgå till en procent av den totala kostnaden.

Detta innebär att i slutet av mandatperioden ska ungefär 30 miljoner kronor vara budgeterade som interna buffertar.
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="p.md", sha256="0", meta=DocumentMeta(title="Ekonomisk handlingsplan"), text=PLAN)
    return FigureBook((DocumentFigures(doc_path="p.md", sha256="0", title="Ekonomisk handlingsplan", doc_type=None,
                                       date=None, tables=(), amounts=tuple(find_amounts(doc))),))


def test_a_total_is_answered_by_an_amount_not_a_rate() -> None:
    answer = answer_figures("hur mycket ska buffertarna vara på totalt?", book())
    assert answer is not None and "30 mnkr" in answer.text and "%" not in answer.text.split("[1]")[0]


def test_a_rate_asked_is_still_the_rate() -> None:
    answer = answer_figures("hur många procent av den totala kostnaden ska bufferten vara?", book())
    assert answer is not None and "1 %" in answer.text.split("[1]")[0]
