"""Assistant: a follow-up (or a later part) pointing at what the earlier answer named is asked with it
(assistant.understand.referent): the year a "vilket år" answer named, the person a "vem" answer named."""
from __future__ import annotations

from decimal import Decimal

from core.types import Answer, Calculation, CalculationInput, Citation
from tests.answer.test_part_turns import _assistant

ROW = Citation(n=1, doc="budget.txt", title="Budget", quote="Kommunstyrelsen\t55 000\t107 000", chunk_id="")
SAID = Citation(n=1, doc="nyhet.txt", title="Nyhet", quote="Vi klarar det, säger Karin Ek (S), ordförande i nämnden.",
                chunk_id="")


def _recording(monkeypatch, answers: dict[str, Answer]) -> list[tuple[str, list[str]]]:  # noqa: ANN001
    assistant = _assistant()
    asked: list[tuple[str, list[str]]] = []

    def answer_one(raw, part, claim, history, language, filters, timings,  # noqa: ANN001, ANN202
                   earlier=(), strict_earlier=False, exclude=frozenset(), leaning=False, offered=frozenset()):
        asked.append((part, list(history)))
        for start, answer in answers.items():
            if part.lower().startswith(start):
                return answer
        return Answer(question=raw, answer="Jag hittar inget om det i dokumenten.", refused=True, language="sv")

    monkeypatch.setattr(assistant, "_answer_one", answer_one)
    return assistant, asked


def test_a_later_part_counts_from_the_year_the_first_part_was_answered_with(monkeypatch) -> None:  # noqa: ANN001
    largest = Answer(question="", answer="Kommunstyrelsens investeringar är störst 2023: 107 000 tkr [1].",
                     citations=(ROW,), composer="calculator",
                     calculation=Calculation("max", "", Decimal(107000), "tkr"))
    assistant, asked = _recording(monkeypatch, {"vilket år": largest})
    assistant.ask("vilket år har kommunstyrelsen störst investeringar, och hur mycket mer än året innan är det?")
    later = [history for part, history in asked if part.startswith("hur mycket mer")]
    assert later and any("2023" in turn for turn in later[0])


def test_a_pronoun_after_a_who_question_leans_on_the_person_named(monkeypatch) -> None:  # noqa: ANN001
    chair = Answer(question="", answer="”...” [1]", citations=(SAID,), composer="extractive")
    assistant, asked = _recording(monkeypatch, {"vem": chair})
    assistant.ask("vad sa hon om sparkravet?", history=["Vem är ordförande i nämnden?"])
    last_part, last_history = asked[-1]
    assert last_part == "vad sa hon om sparkravet?" and last_history == ["Karin Ek är ordförande i nämnden?"]


def test_a_later_part_is_answered_in_the_passage_the_first_part_quoted(monkeypatch) -> None:  # noqa: ANN001
    assistant = _assistant()
    first = Answer(question="", answer="”...” [1]", composer="extractive",
                   citations=(Citation(n=1, doc="nyhet.txt", title="Nyhet", quote="x", chunk_id="c7"),))
    given: dict[str, tuple] = {}

    def answer_one(raw, part, claim, history, language, filters, timings, earlier=(),  # noqa: ANN001, ANN202
                   strict_earlier=False, exclude=frozenset(), leaning=False, offered=frozenset()):
        given[part] = (tuple(c.chunk_id for c in earlier), strict_earlier)
        return first

    monkeypatch.setattr(assistant, "_answer_one", answer_one)
    assistant.ask("Vem ansvarar för fonden och när ska den beslutas?")
    later = [v for k, v in given.items() if k.startswith("när")]
    assert later == [(("c7",), True)]


def test_a_pronoun_after_a_which_question_leans_on_the_row_the_calculator_named(monkeypatch) -> None:  # noqa: ANN001
    largest = Answer(question="", answer="Störst 2021 är Barn- och ungdomsnämnden med 886 672 tkr [1].",
                     citations=(ROW,), composer="calculator",
                     calculation=Calculation("max", "", Decimal(886672), "tkr", inputs=(
                         CalculationInput("Barn- och ungdomsnämnden", "Budget 2021", Decimal(886672), "tkr", 1),)))
    assistant, asked = _recording(monkeypatch, {"vilken nämnd": largest})
    assistant.ask("hur mycket ökar den till 2023?", history=["Vilken nämnd får mest kommunbidrag 2021?"])
    last_part, last_history = asked[-1]
    assert last_history == ["Barn- och ungdomsnämnden får mest kommunbidrag 2021?"]
    # another "which" question asks anew: it points at nothing the earlier answer named
    assistant.ask("vilken nämnd får minst?", history=["Vilken nämnd får mest kommunbidrag 2021?"])
    assert asked[-1][1] == ["Vilken nämnd får mest kommunbidrag 2021?"]


def test_a_pronoun_for_the_person_named_does_not_continue_the_passage_quoted(monkeypatch) -> None:  # noqa: ANN001
    # "vad sa hon om äldreomsorgen?": what she said anywhere, not the line after her name in the earlier quote
    assistant = _assistant()
    chair = Answer(question="", answer="”...” [1]", citations=(SAID,), composer="extractive")
    given: list[tuple] = []

    def answer_one(raw, part, claim, history, language, filters, timings, earlier=(),  # noqa: ANN001, ANN202
                   strict_earlier=False, exclude=frozenset(), leaning=False, offered=frozenset()):
        given.append((part, tuple(earlier)))
        return chair

    monkeypatch.setattr(assistant, "_answer_one", answer_one)
    assistant.ask("vad sa hon om sparkravet?", history=["Vem är ordförande i nämnden?"])
    assert given[-1] == ("vad sa hon om sparkravet?", ())


def test_a_personal_pronoun_of_a_follow_up_is_the_person_the_earlier_turn_names() -> None:
    from assistant.understand.followup import named_person, resolve

    earlier = "Daniel Filipsson är kommunstyrelsens ordförande enligt pressmeddelandet?"
    assert resolve("vilket parti är han gruppledare för", [earlier]).startswith(
        "vilket parti är Daniel Filipsson gruppledare för")
    assert named_person("vad är hennes titel?", "Karin Ek (S) är ordförande") == "vad är Karin Eks titel?"
    # two people named earlier, or the follow-up naming its own: the pronoun stays
    assert named_person("vad sa han?", "Karin Ek och Lars Berg talade") == "vad sa han?"
    assert named_person("vad sa Lars Berg om honom?", "Karin Ek talade") == "vad sa Lars Berg om honom?"
