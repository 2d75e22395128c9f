"""A rate ("22,15 kronor per hundra kronor") and a sum of money ("85 miljoner kronor") stated by two turns are not
subtracted from each other: a difference of the two says nothing."""
from __future__ import annotations

from decimal import Decimal

from assistant.compose.followup_figures import Stated, compute, per_one
from core.types import Answer, Citation

TAX = "Kommunalskatten i Karlstad är 22,15 kronor per hundra kronor beskattningsbar inkomst 2025."
RESULT = "Årets resultat blev 85,0 miljoner kronor 2024."
FORECAST = "Prognosen för årets resultat 2024 var 79,8 miljoner kronor."


def citation(quote: str) -> Citation:
    return Citation(n=1, doc="d.txt", title="D", quote=quote, chunk_id="d#0")


def test_a_figure_written_per_something_is_a_rate() -> None:
    assert per_one(Stated(Decimal("22.15"), "22,15 kronor", citation(TAX)))
    assert not per_one(Stated(Decimal("85000000"), "85,0 miljoner kronor", citation(RESULT)))


def test_a_rate_and_a_sum_are_not_subtracted() -> None:
    def answer_turn(question: str, before: list[str]) -> Answer:
        quote = {"a": TAX, "b": RESULT, "c": FORECAST}[question]
        return Answer(question=question, answer=f"”{quote}” [1]", citations=(citation(quote),), language="sv")

    assert compute("hur stor är skillnaden?", ["a", "b"], answer_turn, "sv") is None
    computed = compute("hur stor är skillnaden?", ["c", "b"], answer_turn, "sv")
    assert computed is not None and "5,2 miljoner" in computed.answer
