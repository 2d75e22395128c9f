"""One thing's two figures set against each other (answering/compound.py _with_compared): the calculator's change
when a table holds both; asked as two questions, the later leaning on the first, when no table does."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.answering.compound import CompoundAnswering

QUESTION = "Hur mycket större är Orsa socialnämnds ram för 2027 jämfört med budgeten för 2026?"


def _parts(refused: bool, refusal: str = "absent") -> list[str]:
    figure = SimpleNamespace(refused=refused, refusal=refusal if refused else None, stated=False,
                             calculation=None if refused else SimpleNamespace(operation="change"))
    fake = SimpleNamespace(_places=lambda: ("Orsa",), _figures=lambda *a, **k: figure)
    return CompoundAnswering._with_compared(fake, [QUESTION], [], "sv", None)


def test_a_change_no_table_holds_is_asked_as_each_figure() -> None:
    assert _parts(refused=True) == ["Hur stort är Orsa socialnämnds ram för 2027?",
                                    "Hur stort är Orsa socialnämnds ram 2026 enligt budgeten?",
                                    QUESTION]
    assert _parts(refused=False) == [QUESTION]  # the calculator computes the change
    assert _parts(refused=True, refusal="no_row") == [QUESTION]  # no row named: nothing to ask of each year


def test_a_comparative_with_its_own_verb_against_a_clause_is_asked_as_each() -> None:
    """"hur mycket mer investerar X ... än vad delårsrapporten prognostiserade ...": A asked with its own verb, B the
    clause asking of its own; only when leaning (no table holds both)."""
    from assistant.understand.parts import compared

    question = ("Hur mycket mer investerar Ödeshög enligt budgeten för 2025 än vad delårsrapporten prognostiserade "
                "för investeringarna 2024?")
    assert compared(question, "sv", leaning=True) == [
        "Hur mycket investerar Ödeshög enligt budgeten för 2025?",
        "vad delårsrapporten prognostiserade för investeringarna 2024?"]
    assert compared(question, "sv") == []
    # "än 2024": no thing of its own to ask
    assert compared("Hur mycket mer investerar Ödeshög 2025 än 2024?", "sv", leaning=True) == []
