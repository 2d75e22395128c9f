"""assistant.compose.followup_figures: a follow-up computing a share or a difference of amounts earlier answers stated."""
from __future__ import annotations

from decimal import Decimal

from assistant.compose import followup_figures
from core.types import Answer, Citation


def _answer(text: str, quote: str) -> Answer:
    citation = Citation(n=1, doc="d.txt", title="Nyhet", quote=quote, chunk_id="d#0")
    return Answer(question="", answer=text, citations=(citation,), composer="calculator")


TURNS = {
    "Hur stor är parkpotten?": _answer("Enligt Nyhet: 8 mnkr [1]: ”Parkpotten är 8 miljoner kronor.”",
                                       "Parkpotten är 8 miljoner kronor."),
    "Hur mycket av den går till lekplatser?": _answer("Enligt Nyhet: 2 mnkr [1]: ”Av detta går 2 miljoner till "
                                                      "lekplatser.”", "Av detta går 2 miljoner till lekplatser."),
}


def _turn(question: str, before: list[str]) -> Answer:
    return TURNS[question]


def test_a_share_of_the_two_amounts_the_earlier_answers_stated() -> None:
    answer = followup_figures.compute("hur stor andel av hela potten är det i procent?", list(TURNS), _turn, "sv")
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("25.0")
    assert "25 procent" in answer.answer
    assert [c.quote for c in answer.citations] == ["Parkpotten är 8 miljoner kronor.",
                                                   "Av detta går 2 miljoner till lekplatser."]


def test_a_difference_and_nothing_for_other_questions() -> None:
    answer = followup_figures.compute("hur stor är skillnaden?", list(TURNS), _turn, "sv")
    assert answer is not None and answer.calculation.result == Decimal("6000000")
    assert "6 miljoner kronor" in answer.answer
    assert followup_figures.compute("vem bestämde det?", list(TURNS), _turn, "sv") is None
    assert followup_figures.compute("är det mer än 3 miljoner i procent?", list(TURNS), _turn, "sv") is None
    assert followup_figures.compute("hur stor andel?", list(TURNS)[:1], _turn, "sv") is None


def test_the_rest_is_the_whole_minus_the_part() -> None:
    answer = followup_figures.compute("och resten då?", list(TURNS), _turn, "sv")
    assert answer is not None and answer.calculation.result == Decimal("6000000")
    assert answer.answer.startswith("Resten är 6 miljoner kronor")
    english = followup_figures.compute("and the rest?", list(TURNS), _turn, "en")
    assert english is not None and english.answer.startswith("The rest is")


def test_an_amount_no_citation_holds_is_not_an_input() -> None:
    unsupported = {**TURNS, "Hur mycket av den går till lekplatser?": _answer("Det är 2 mnkr [1].", "Inget belopp.")}
    assert followup_figures.compute("hur stor andel är det?", list(unsupported),
                                    lambda q, b: unsupported[q], "sv") is None


def test_a_sum_of_the_two_amounts_and_a_change_is_their_difference() -> None:
    answer = followup_figures.compute("lägg ihop dom två", list(TURNS), _turn, "sv")
    assert answer is not None and answer.calculation.operation == "sum"
    assert answer.calculation.result == Decimal("10000000") and "10 miljoner kronor" in answer.answer
    change = followup_figures.compute("hur mycket har det förbättrats?", list(TURNS), _turn, "sv")
    assert change is not None and change.calculation.result == Decimal("6000000")


def test_two_amounts_of_one_sentence_are_cited_once() -> None:
    quote = "Underskottet gick från -14,3 miljoner kronor förra året till -6,6 miljoner kronor i år."
    turns = {"Hur stort var minuset i fjol?": _answer("Enligt Nyhet: -14,3 miljoner kronor [1].", quote),
             "Vad är prognosen i år?": _answer("Enligt Nyhet: -6,6 miljoner kronor [1].", quote)}
    answer = followup_figures.compute("hur mycket har de förbättrat sig?", list(turns), lambda q, b: turns[q], "sv")
    assert answer is not None and len(answer.citations) == 1
    assert answer.calculation.result == Decimal("7700000") and "[2]" not in answer.answer


def test_a_calculator_lookup_states_the_cell_it_read() -> None:
    from core.types import Calculation, CalculationInput

    row = Citation(n=1, doc="b.txt", title="Budget", quote="Skatteintäkter 2 098 974", chunk_id="b#0")
    cell = Calculation("lookup", "2098974", Decimal("2098974"), "tkr",
                       (CalculationInput("Skatteintäkter", "Budget 2022", Decimal("2098974"), "tkr", 1),))
    answer = Answer(question="", answer="Skatteintäkter är 2,1 miljarder kronor 2022 (2 098 974 tkr) [1].",
                    citations=(row,), calculation=cell, composer="calculator")
    stated = followup_figures.stated_amount(answer)
    assert stated is not None and stated.value == Decimal("2098974000") and stated.citation.quote == row.quote


def test_how_much_larger_is_the_difference_of_the_two_sizes() -> None:
    turns = {"Hur stort var underskottet?": _answer("Enligt Nyhet: -3 mnkr [1]: ”Underskottet var -3 miljoner kronor.”",
                                                    "Underskottet var -3 miljoner kronor."),
             "Hur stort är sparkravet?": _answer("Enligt Nyhet: 10 mnkr [1]: ”Sparkravet är 10 miljoner kronor.”",
                                                 "Sparkravet är 10 miljoner kronor.")}
    answer = followup_figures.compute("hur mycket större är sparkravet?", list(turns), lambda q, b: turns[q], "sv")
    assert answer is not None and answer.calculation.result == Decimal("7000000")  # sizes: 10 - 3, not 10 - (-3)


def test_the_whole_a_share_follow_up_names_is_asked_as_a_turn_of_its_own() -> None:
    assert followup_figures.whole_question("hur mycket är det i procent av hela paketet?", "sv") == \
        "Hur mycket är hela paketet?"
    assert followup_figures.whole_question("what share of the whole package is that?", "en") == \
        "How much is the whole package?"
    assert followup_figures.whole_question("hur mycket skiljer det?", "sv") is None  # no share
    # the whole a pronoun for the earlier turn: the follow-up's own words ask for the part
    assert followup_figures.whole_question("hur stor andel av det hamnar på avdelning vuxna?", "sv") == \
        "Hur mycket hamnar på avdelning vuxna?"
    assert followup_figures.whole_question("hur stor andel av det?", "sv") is None
    assert followup_figures.whole_question("hur stor andel av 5 miljoner är det?", "sv") is None  # an amount
    assert followup_figures.whole_question("hur stor andel av hela paketet är det?", "sv") == \
        "Hur mycket är hela paketet?"


def _lookup(value: str, year: str) -> Answer:
    from core.types import Calculation, CalculationInput

    row = Citation(n=1, doc="b.txt", title="Budget", quote="Parknämnden 55 675 29 290", chunk_id="b#0")
    cell = Calculation("lookup", value, Decimal(value), "tkr", (CalculationInput("Parknämnden", year, Decimal(value),
                                                                                "tkr", 1),))
    return Answer(question="", answer=f"Parknämnden får {value} tkr {year} [1].", citations=(row,), calculation=cell,
                  composer="calculator")


def test_how_much_lower_the_follow_ups_own_cell_is_than_the_earlier_one() -> None:
    answer = followup_figures.change_from_earlier("och hur mycket lägre är det 2025?", _lookup("55675", "2021"),
                                                  _lookup("29290", "2025"), "sv")
    assert answer is not None and answer.calculation.result == Decimal("-47.4")
    assert "26 385 tkr" in answer.answer and "47,4 procent lägre" in answer.answer and "29 290 tkr" in answer.answer
    assert len(answer.citations) == 1


def test_a_percent_smaller_takes_the_other_amount_of_the_quoted_passage() -> None:
    quote = "Underskottet har gått från -14,3 miljoner kronor förra året till en prognos på -6,6 miljoner kronor i år."
    earlier = _answer("Nyhet anger -14,3 miljoner kronor [1].", quote)
    own = _answer("Nyhet anger -14,3 miljoner kronor [1].", quote)  # the follow-up's search found the same sentence
    answer = followup_figures.change_from_earlier("hur många procent mindre är prognosen för i år?", earlier, own, "sv")
    assert answer is not None and answer.calculation.result == Decimal("-53.8")
    assert "7,7 miljoner kronor" in answer.answer and "53,8 procent mindre" in answer.answer


def test_no_change_is_computed_when_the_follow_up_names_the_other_side_or_asks_no_comparison() -> None:
    earlier, own = _lookup("55675", "2021"), _lookup("29290", "2025")
    for question in ("hur mycket lägre är det än socialnämndens?", "vem ansvarar för det?",
                     "är det mer än 3 miljoner?", "hur mycket är det 2025?"):
        assert followup_figures.change_from_earlier(question, earlier, own, "sv") is None, question
    assert followup_figures.change_from_earlier("how much lower is it in 2025?", earlier, own, "en") is not None


def test_how_many_times_is_the_quotient_of_the_larger_and_the_smaller() -> None:
    answer = followup_figures.compute("hur många gånger större är potten?", list(TURNS), _turn, "sv")
    assert answer is not None and answer.calculation.operation == "ratio"
    assert answer.calculation.result == Decimal("4.0") and "4 gånger så mycket som" in answer.answer


def test_two_amounts_set_against_each_other_are_also_said_as_a_multiple_when_very_unequal() -> None:
    set_against = "hur stor är potten, jämfört med hur mycket som går till lekplatser?"
    answer = followup_figures.compute(set_against, list(TURNS), _turn, "sv")
    assert answer is not None and answer.calculation.operation == "difference"
    assert "Skillnaden är 6 miljoner kronor" in answer.answer and "4 gånger så mycket som" in answer.answer
    # asked how much more: the difference alone
    more = followup_figures.compute("hur mycket mer är potten jämfört med lekplatserna?", list(TURNS), _turn, "sv")
    assert more is not None and "gånger" not in more.answer
    assert followup_figures.set_against_only("Hur stort är A jämfört med B?")
    assert not followup_figures.set_against_only("Hur stor är skillnaden mellan A och B?")


def test_one_thing_in_relation_to_another_is_the_share_of_their_sizes() -> None:
    # "underskottet i förhållande till kommunbidraget": a deficit of -2 miljoner is 25 % of the 8 miljoner, not -25 %
    turns = {"Hur stort är parkens underskott?": _answer("Enligt Nyhet: -2 mnkr [1]: ”Underskottet blev -2 miljoner "
                                                         "kronor.”", "Underskottet blev -2 miljoner kronor."),
             "Hur stort är parkens bidrag?": TURNS["Hur stor är parkpotten?"]}
    answer = followup_figures.compute("hur stort var parkens underskott i förhållande till parkens bidrag?",
                                      list(turns), lambda q, before: turns[q], "sv")
    assert answer is not None and answer.calculation.operation == "share"
    assert answer.calculation.result == Decimal("25.0")


def _count(value: str, quote: str) -> Answer:
    from core.types import Calculation, CalculationInput

    citation = Citation(n=1, doc="n.xlsx", title="Nyckeltal", quote=quote, chunk_id="n#0")
    cell = CalculationInput(label="Invånare 31 dec", column="2024", value=Decimal(value), unit="antal", citation=1)
    return Answer(question="", answer=f"Invånare 31 dec är {value} år 2024 [1].", citations=(citation,),
                  composer="calculator", calculation=Calculation("lookup", value, Decimal(value), "antal", (cell,)))


def test_counts_add_up_and_differ_but_never_with_money() -> None:
    counts = {"Hur många invånare har A?": _count("7342", "2024 | 7342"),
              "Hur många invånare har B?": _count("4721", "2024 | 4721")}
    total = followup_figures.compute("hur många invånare har A och B tillsammans?", list(counts),
                                     lambda q, b: counts[q], "sv")
    assert total is not None and total.calculation.result == Decimal("12063")
    assert total.calculation.unit == "antal" and "12 063" in total.answer
    mixed = {"Hur stor är parkpotten?": TURNS["Hur stor är parkpotten?"], **dict(list(counts.items())[:1])}
    assert followup_figures.compute("lägg ihop dom två", list(mixed), lambda q, b: mixed[q], "sv") is None
    assert followup_figures.compute("hur stor andel är det?", list(counts), lambda q, b: counts[q], "sv") is None


def test_a_figure_per_inhabitant_is_no_amount_to_compute_with() -> None:
    from core.types import Calculation, CalculationInput

    per = _lookup("1800", "2025")
    cell = per.calculation.inputs[0]
    per = Answer(question="", answer=per.answer, citations=per.citations, composer="calculator",
                 calculation=Calculation("lookup", "1800", Decimal(1800), "kr", (CalculationInput(
                     cell.label, "Kr per invånare 2025", Decimal(1800), "kr", 1),)))
    assert followup_figures.stated_amount(per) is None
    assert followup_figures.stated_amount(_lookup("55675", "2025")) is not None


def test_a_label_opening_with_per_is_no_figure_per_something() -> None:
    from core.types import Calculation, CalculationInput

    found = _lookup("2100", "2025")
    period = Answer(question="", answer=found.answer, citations=found.citations, composer="calculator",
                    calculation=Calculation("lookup", "2100", Decimal(2100), "tkr", (CalculationInput(
                        "Periodens/årets resultat", "Prognos 2025", Decimal(2100), "tkr", 1),)))
    stated = followup_figures.stated_amount(period)
    assert stated is not None and stated.value == Decimal("2100000")


def test_a_deviation_told_with_its_budget_and_forecast_states_the_deviation() -> None:
    from core.types import Calculation, CalculationInput

    found = _lookup("-6900", "Avvikelse mot budget")
    told = Answer(question="", answer=found.answer, citations=found.citations, composer="calculator",
                  calculation=Calculation("lookup", "-6900", Decimal(-6900), "tkr", (
                      CalculationInput("Socialnämnden", "Avvikelse mot budget", Decimal(-6900), "tkr", 1),
                      CalculationInput("Socialnämnden", "Budget 2025", Decimal(421500), "tkr", 1),
                      CalculationInput("Socialnämnden", "Prognos 2025", Decimal(428400), "tkr", 1))))
    stated = followup_figures.stated_amount(told)
    assert stated is not None and stated.value == Decimal("-6900000")


def test_a_figure_held_against_the_year_before_is_the_later_years_against_the_earlier() -> None:
    # the earlier answer quoted the sentence stating both years' amounts; "än året innan" holds this year's
    # forecast against last year's outcome, whichever of them the answers stated first
    quote = "Underskottet har gått från -14,3 miljoner kronor förra året till en prognos på -6,6 miljoner kronor i år."
    cited = Citation(n=1, doc="d.txt", title="Nyhet", quote=quote, chunk_id="d#0", date="2020-05-18")
    said = Answer(question="", answer="Nyhet anger -14,3 miljoner kronor [1].", citations=(cited,),
                  composer="extractive")
    answer = followup_figures.change_from_earlier("hur mycket bättre är det än året innan?", said, said, "sv")
    assert answer is not None and answer.calculation.result == Decimal("53.8")
    assert answer.answer.startswith("-6,6 miljoner kronor [1] mot -14,3 miljoner kronor [1]")
    assert "7,7 miljoner kronor" in answer.answer and "högre" in answer.answer
    assert followup_figures.change_from_earlier("hur mycket bättre är det än socialnämndens?", said, said, "sv") is None
