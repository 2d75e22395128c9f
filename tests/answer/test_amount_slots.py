"""Near misses of the amount slot: a sentence restating the question's own figure, or a total for a question asking a
figure per something, states the topic and an amount but not the one asked. A party's member asks for a person."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assistant.evidence.amount_slots import denominator, new_amounts, premise_values, states_denominator
from assistant.understand.query import analyse
from assistant.understand.words import asks_person_by_noun, names_party_member
from tests.fakes import assistant_over


@pytest.mark.parametrize("question, values", [
    ("Hur stor del av sparkravet på 41 miljoner ligger på individ- och familjeomsorgen?", {Decimal("41")}),
    ("Hur mycket av de 2,5 mnkr gick till skolan 2024?", {Decimal("2.5")}),
    ("Hur stort är sparkravet 2024?", set()),
])
def test_the_questions_own_numbers_are_its_premises(question: str, values: set[Decimal]) -> None:
    assert premise_values(question) == values


def test_an_amount_the_question_gives_is_no_answer() -> None:
    q = analyse("Hur stor del av sparkravet på 41 miljoner ligger på individ- och familjeomsorgen?")
    assert new_amounts(q, "Vi har ett sparkrav på totalt 41 miljoner kronor.") == []
    assert new_amounts(q, "Av sparkravet på 41 miljoner kronor ligger 12 miljoner kronor på IFO.") == ["12"]
    plain = analyse("Hur stort är sparkravet?")
    assert new_amounts(plain, "Vi har ett sparkrav på totalt 41 miljoner kronor.") == ["41"]


@pytest.mark.parametrize("question, noun", [
    ("Vad kostar körkortsutbildningen per elev?", "elev"),
    ("Vad är nettokostnaden per invånare?", "invån"),
    ("Hur stor andel av kommunbidraget ska varje nämnd budgetera?", None),  # a rule for each, no rate
    ("Hur mycket ska sättas av per år?", None),  # a period, not a denominator
    ("Vad kostar det per månad?", None),
    ("Vad sa Per Ek om budgeten?", None),  # a name
    ("Vad kostar körkortsutbildningen?", None),
    ("Vad kostar en elev på gymnasiet per år?", "elev"),  # the cost of one pupil: per pupil, the year a period
    ("What does one pupil cost per year?", None),  # English word order: no "costs a"
    ("How much does it cost a pupil?", "pupil"),
    ("Vad kostar en ny förskola?", None),  # one project: its whole cost
])
def test_the_denominator_is_the_noun_after_per(question: str, noun: str | None) -> None:
    assert denominator(question) == noun


@pytest.mark.parametrize("text, stated", [
    ("600 tkr tillskjuts för att erbjuda elever på vård- och omsorgsprogrammet körkortsutbildning.", False),
    ("Utbildningen kostar 12 000 kronor per elev.", True),
    ("| Kostnad kr/elev | 95 000 | 97 000 |", True),
    ("Potten på 600 tkr räcker till omkring 30 elever.", True),  # a count to divide by
])
def test_a_figure_per_the_noun_is_a_rate_or_a_count_of_it(text: str, stated: bool) -> None:
    assert states_denominator("elev", text) is stated


def test_the_price_of_one_is_a_figure_per_it() -> None:
    assert states_denominator(denominator("vad kostar en plats i förskolan per år?"),
                              "en plats i förskolan kostar i genomsnitt 143 600 kronor per år,")


@pytest.mark.parametrize("noun, member", [
    ("centerpartist", True), ("miljöpartisten", True), ("socialdemokrater", True), ("moderat", True),
    ("centerpartiet", False), ("moderaterna", False), ("vänsterpartiets", False), ("budget", False),
])
def test_a_party_word_naming_a_person_is_a_member(noun: str, member: bool) -> None:
    assert names_party_member(noun) is member


def test_a_question_for_a_party_member_asks_who() -> None:
    assert asks_person_by_noun("Vilken centerpartist stod bakom initiativet?")
    assert analyse("Vilken centerpartist stod bakom initiativet om feriearbeten?").wants_person
    assert not asks_person_by_noun("Vilket beslut tog centerpartiet?")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("slots")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "nyheter.md").write_text(
        "# Nämnden för arbete och välfärd i korthet\n\n"
        "Vi har ett sparkrav på totalt 41 miljoner kronor och det är den största utmaningen för nämnden.\n\n"
        "Samuel Carlén (S) och Lena Holmberg (V) lämnade ett initiativ om feriearbeten för ungdomar.\n\n"
        "## Körkort\n\n"
        "600 tkr tillskjuts gymnasienämnden för att erbjuda elever på vårdprogrammet körkortsutbildning.\n",
        encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", [
    "Hur stor del av sparkravet på 41 miljoner ligger på individ- och familjeomsorgen?",
    "Vad kostar körkortsutbildningen per elev på vårdprogrammet?",
    "Vilken centerpartist lämnade initiativet om feriearbeten?",
])
def test_a_near_miss_of_the_asked_slot_is_refused(assistant, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask(question)
    assert answer.refused, answer.answer


@pytest.mark.parametrize("question, said", [
    ("Hur stort är sparkravet?", "41"),
    ("Vad kostar körkortsutbildningen på vårdprogrammet?", "600"),
    ("Vilken socialdemokrat lämnade initiativet om feriearbeten?", "Carlén"),
])
def test_the_asked_slot_itself_is_answered(assistant, question: str, said: str) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask(question)
    assert not answer.refused and said in answer.answer, answer.answer


def test_the_calculators_prose_amount_restating_the_premise_fills_no_slot() -> None:
    from assistant.evidence.amount_slots import figure_fills_slots

    q = analyse("Hur stor del av sparkravet på 41 miljoner ligger på individ- och familjeomsorgen?")
    quote = ["Vi har ett sparkrav på totalt 41 miljoner kronor."]
    assert not figure_fills_slots(q, [Decimal("41")], quote)
    assert not figure_fills_slots(q, [Decimal("41000")], quote)  # the same sum in tkr
    assert figure_fills_slots(q, [Decimal("12")], quote)
    per = analyse("Vad kostar körkortsutbildningen per elev?")
    assert not figure_fills_slots(per, [Decimal("600")], ["600 tkr tillskjuts för körkort åt elever."])
    assert figure_fills_slots(per, [Decimal("20")], ["600 tkr räcker till körkort för 30 elever."])


@pytest.mark.parametrize("question, text, months", [
    ("Vad blev sjukfrånvaron för helåret 2024?", "Sjukfrånvaron för perioden januari–juli var 7,2 procent.", True),
    ("Vad blev sjukfrånvaron för helåret 2024?", "Sjukfrånvaron till och med augusti var 7,2 procent.", True),
    ("Vad blev sjukfrånvaron för helåret 2024?", "Sjukfrånvaron för helåret var 7,0 procent.", False),
    ("Vad blev sjukfrånvaron 2024?", "Sjukfrånvaron för perioden januari–juli var 7,2 procent.", False),
])
def test_a_figure_of_some_months_is_not_the_whole_year(question: str, text: str, months: bool) -> None:
    from assistant.evidence.amount_slots import of_months_only

    assert of_months_only(question, text) is months


@pytest.mark.parametrize("question, amount", [
    ("vad blev bjurholms årets resultat 2024 i årsredovisningen?", True),
    ("Vad är budgeten för grundskolan 2025?", True),
    ("Vilken driftsbudget har nämnden för 2024?", True),
    ("What was the deficit in 2019?", True),
    ("Vad blev resultatet av utredningen?", False),  # what it showed, no amount
    ("Vad är syftet med satsningen?", False),
    ("Vilket program tar upp frågan?", False),
])
def test_the_subject_of_vad_and_a_copula_asks_its_value(question: str, amount: bool) -> None:
    assert analyse(question).wants_amount is amount


def test_a_figure_per_another_period_is_not_the_asked_rate() -> None:
    from assistant.evidence.amount_slots import fills_amount_slots, of_other_period

    q = analyse("Hur mycket beräknas skattehöjningen ge per år?")
    monthly = "För en person med en månadsinkomst på 30 000 kronor innebär skattehöjningen cirka 80 kronor mer i skatt per månad."
    yearly = "Det ger oss cirka 4,5 miljoner kronor om året till äldreomsorg och skola."
    assert of_other_period(q.original, monthly) and not fills_amount_slots(q, monthly)
    assert not of_other_period(q.original, yearly) and fills_amount_slots(q, yearly)
    assert not of_other_period("Hur mycket kostar det i år?", "Det kostar 80 kronor per månad.")  # "i år": no rate


def test_an_interim_reports_figure_is_not_the_whole_year() -> None:
    from assistant.evidence.amount_slots import of_months_only

    text = "Sjukfrånvaron var 6,4 procent för perioden, jämfört med 7,1 procent motsvarande period 2023."
    title = "Delårsrapport januari–augusti 2024"
    assert of_months_only("Vad var sjukfrånvaron för helåret 2024?", text, title)
    assert not of_months_only("Vad var sjukfrånvaron för helåret 2023?", text, title)  # last year's may be stated
    assert not of_months_only("Vad var sjukfrånvaron för helåret 2024?", text, "Årsredovisning 2024")
    assert not of_months_only("Vad var sjukfrånvaron 2024?", text, title)  # no whole year asked


def test_the_price_of_one_unit_is_a_rate() -> None:
    assert denominator("vad kostar en timme hemtjänst i kommunen") == "timm"
    assert denominator("Vad kostar ett sommarjobb i snitt?") is None  # a thing, averaged from a sum and a count
    assert not states_denominator("timm", "hemtjänsten har arbetat med ett projekt med stöd av 0,9 mnkr")
    assert states_denominator("timm", "Timpriset för hemtjänst är 450 kronor per timme.")


def test_a_sentence_restating_the_premise_answers_nothing_asked_of_it() -> None:
    from assistant.evidence.amount_slots import restates_premise

    q = analyse("hur fördelas sparkravet på 41 miljoner mellan individ- och familjeomsorgen och arbetsmarknaden?")
    said = lambda group, text: any(t in text.lower() for t in group)  # noqa: E731
    assert restates_premise(q, ["Vi har ett sparkrav på totalt 41 miljoner kronor."], said)
    assert not restates_premise(q, ["Av 41 miljoner ligger 12 miljoner på familjeomsorgen."], said)
    assert not restates_premise(q, ["Familjeomsorgen ska spara 41 miljoner kronor."], said)  # names what is asked
    assert not restates_premise(analyse("Vad ska de 30 miljonerna användas till?"),
                                ["Kommunen avsätter 30 miljoner kronor."], said)  # asks nothing beyond its words


def test_a_part_asked_of_the_earlier_answer_is_not_its_whole_again() -> None:
    """"Hur mycket av det ska sparas inom IFO?" after the answer "sparkrav på totalt 41 miljoner": that sentence
    quoted again restates the whole; a sentence stating the part (another amount) answers, and a follow-up asking
    no part of the earlier answer may quote it again."""
    from assistant.evidence.amount_slots import restates_earlier

    earlier = ["Vi har ett sparkrav på totalt 41 miljoner och det är den summan vi behöver klara av."]
    asked = "Hur mycket av det ska sparas inom individ- och familjeomsorgen?"
    assert restates_earlier(asked, earlier[0], earlier)
    assert not restates_earlier(asked, "Inom individ- och familjeomsorgen ska 12 miljoner sparas.", earlier)
    assert not restates_earlier("Hur ska det finansieras?", earlier[0], earlier)
    assert not restates_earlier(asked, earlier[0], [])


def test_a_figure_stated_on_another_day_than_the_one_asked() -> None:
    from assistant.evidence.amount_slots import days_of_months, of_other_day

    text = "Antalet månadsanställda var 842 den 31 augusti 2024."
    assert of_other_day("hur många anställda hade kommunen den 31 december 2024", text)
    assert not of_other_day("hur många anställda hade kommunen den 31 augusti 2024", text)
    assert not of_other_day("hur många anställda hade kommunen 2024", text)  # no day asked
    assert not of_other_day("hur många anställda den 31/12 2024", "Kommunen hade 850 anställda 2024.")  # none stated
    assert days_of_months("Folkmängd 31/12 och 1 nov. 2024; ökade med 31 procent") == {(12, 31), (11, 1)}
