"""assistant.understand.referent: a follow-up pointing at what the earlier answer named (a year, a person)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from assistant.understand.referent import answered, needs_answer
from core.types import Answer, Calculation, CalculationInput, Citation


def _cited(quote: str, text: str = "", composer: str = "extractive") -> Answer:
    return Answer(question="", answer=text or f"”{quote}” [1]", composer=composer,
                  citations=(Citation(n=1, doc="d.txt", title="Budget 2021-2023", quote=quote, chunk_id="c1"),),
                  calculation=Calculation("max", "", Decimal(1), "tkr") if composer == "calculator" else None)


def test_a_year_said_relative_to_a_which_year_question_needs_its_answer() -> None:
    assert needs_answer("hur mycket mer än året innan är det?", "vilket år har nämnden störst investeringar?")
    assert needs_answer("and the year after?", "In which year are the investments largest?")
    assert not needs_answer("hur mycket mer än året innan är det?", "hur mycket investerar nämnden 2023?")
    assert not needs_answer("och för socialnämnden?", "vilket år har nämnden störst investeringar?")


def test_a_personal_pronoun_after_a_who_question_needs_its_answer() -> None:
    assert needs_answer("vilket parti är hon med i?", "Vem är ordförande i nämnden?")
    assert needs_answer("what did he say about the deficit?", "Who chairs the board?")
    assert not needs_answer("vilket parti är hon med i?", "Hur stort är sparkravet?")
    # a role the follow-up names itself is the pronoun's nearer antecedent
    assert not needs_answer("och vice ordf? vilket parti är hen från?", "Vem är ordförande i kommunstyrelsen?")


def test_the_earlier_turn_restated_with_the_year_its_answer_named() -> None:
    calculator = _cited("Kommunstyrelsen\t42 350\t55 000\t107 000", "Investeringarna är störst 2023: 107 000 tkr [1].",
                        composer="calculator")
    restated = answered("vilket år har kommunstyrelsen störst investeringar?", calculator)
    assert restated == "år 2023 har kommunstyrelsen störst investeringar?"
    # a quoted answer's year is the quoted passage's, not the title's or date's in the answer's frame
    quoted = _cited("Nämndbuffertar ska vara införda senast 2026.", "”Budget 2021-2023” (2020) anger: ”...2026.” [1]")
    assert answered("När ska nämndbuffertarna vara införda?", quoted) == "år 2026 ska nämndbuffertarna vara införda?"
    assert answered("vilket år?", Answer(question="", answer="Jag hittar inget.", refused=True)) is None


def test_the_earlier_turn_restated_with_the_person_its_answer_named() -> None:
    said = _cited("det säger Karin Ek (S), ordförande i nämnden.")
    assert answered("Vem är ordförande i nämnden?", said) == "Karin Ek är ordförande i nämnden?"
    role = _cited("Förvaltningen leds av socialchef Anna Berg sedan 2019.")
    assert answered("Vem är socialchef?", role) == "Anna Berg är socialchef?"
    # capitalised words alone are no person
    assert answered("Vem är socialchef?", _cited("Budgeten för Alingsås Energi ökar.")) is None


def test_a_thing_pronoun_after_a_which_question_is_restated_with_the_row_the_calculator_found() -> None:
    assert needs_answer("hur mycket större var det än socialnämndens?", "vilken nämnd hade störst underskott 2025")
    assert not needs_answer("hur mycket större var det än socialnämndens?", "hur stort underskott hade nämnden 2025?")
    found = Answer(question="", answer="Störst underskott 2025 har Vård- och omsorgsnämnden [1].", composer="calculator",
                   citations=(Citation(n=1, doc="d.txt", title="Årsredovisning", quote="x", chunk_id="c1"),),
                   calculation=Calculation("min", "", Decimal("-21.7"), "mnkr", inputs=(
                       CalculationInput("Vård- och omsorgsnämnden", "Avvikelse", Decimal("-21.7"), "mnkr", 1),)))
    assert answered("vilken nämnd hade störst underskott 2025", found) == \
        "Vård- och omsorgsnämnden hade störst underskott 2025"
    looked_up = replace(found, calculation=replace(found.calculation, operation="lookup"))
    assert answered("vilken nämnd hade störst underskott 2025", looked_up) is None
