"""Follow-ups that name a year relative to the year the conversation is about (KS investments 2022: 55 000,
2023: 107 000, 2024: 48 900 tkr; Socialnämnden 2021: 205 172, 2022: 209 559 tkr)."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from tests.budget.corpus_docs import corpus_book

KS_2023 = ["hur mycket ska KS investera 2023?"]


def test_the_year_before_and_after_the_previous_turns_year() -> None:
    book = corpus_book()
    before = answer_figures("och året innan?", book, history=KS_2023)
    assert before is not None and "55 000" in before.text and "2022" in before.text
    after = answer_figures("Och året efter?", book, history=KS_2023)
    assert after is not None and "48 900" in after.text
    english = answer_figures("What about the year before?", book,
                             history=["How much does the social committee get in 2022?"])
    assert english is not None and "205,172" in english.text


def test_a_comparison_with_the_year_before_is_the_change() -> None:
    answer = answer_figures("hur mycket mer än året innan är det?", corpus_book(), history=KS_2023)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "change" and answer.calculation.result == 52000


def test_the_year_a_which_year_question_was_answered_with_is_the_followups_base() -> None:
    # assistant.understand.referent restates "vilket år har KS störst investeringar?" with the year its answer named
    answer = answer_figures("hur mycket mer än året innan är det?", corpus_book(),
                            history=["år 2023 har kommunstyrelsen störst investeringar?"])
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "change" and answer.calculation.result == 52000


def test_how_a_row_changed_is_asked_with_any_verb_of_change() -> None:
    # "ändras"/"ändring" ask for the change between the years, as "förändras" and "ökar" do
    for question in ("Hur ändrades kommunstyrelsens investeringar mellan 2022 och 2023?",
                     "Hur stor är ändringen av kommunstyrelsens investeringar mellan 2022 och 2023?"):
        answer = answer_figures(question, corpus_book())
        assert answer is not None and answer.calculation is not None
        assert answer.calculation.operation == "change" and answer.calculation.result == 52000


def test_the_largest_percentage_increase_is_ranked_by_the_relative_change() -> None:
    # Vård och omsorg grows most in kronor (+40 272 tkr, 4,9 %), Kultur och utbildning most in per cent (7,0 %)
    book = corpus_book()
    relative = answer_figures("vilken nämnd får störst procentuell ökning av kommunbidraget från 2021 till 2023",
                              book)
    assert relative is not None and "Kultur- och utbildningsnämnden" in relative.text and "7,0 %" in relative.text
    absolute = answer_figures("vilken nämnd får störst ökning av kommunbidraget från 2021 till 2023", book)
    assert absolute is not None and "Vård- och omsorgsnämnden" in absolute.text


def test_a_lookup_after_the_largest_row_was_named_reads_that_row() -> None:
    # assistant.understand.referent restates "vilken nämnd får mest ...?" with the row its answer named
    book = corpus_book()
    history = ["Barn- och ungdomsnämnden får mest kommunbidrag 2021?"]
    answer = answer_figures("och hur mycket får den 2022?", book, history=history)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "lookup" and answer.calculation.result == 905048
    change = answer_figures("hur mycket ökar den till 2023?", book, history=history)
    assert change is not None and change.calculation is not None and change.calculation.result == 32630
    # without a named row the follow-up asks the same question of another year
    again = answer_figures("och 2022?", book, history=["Vilken nämnd får mest kommunbidrag 2021?"])
    assert again is not None and again.calculation is not None and again.calculation.operation == "max"


def test_a_followup_the_conversation_calls_one_is_merged_whatever_it_names_itself() -> None:
    # "hur gick det för barn- och ungdomsnämnden?" names a row of its own and no figure: the history the caller
    # passes (only for a follow-up) gives its year and what was asked
    answer = answer_figures("hur gick det för barn- och ungdomsnämnden?", corpus_book(),
                            history=["Hur mycket kommunbidrag får socialnämnden 2022?"])
    assert answer is not None and not answer.refused and "905 048" in answer.text


SOCIAL_THEN_CULTURE = ["Hur mycket får socialnämnden 2021?", "och kultur och utbildning?"]


def test_a_comparison_without_its_sides_is_between_the_rows_the_conversation_named() -> None:
    # Kultur och utbildning 2021: 298 987, Socialnämnden 2021: 205 172 tkr
    book = corpus_book()
    for followup in ("hur stor är skillnaden?", "hur mycket skiljer det?", "hur mycket mer får kultur och utbildning?"):
        answer = answer_figures(followup, book, history=SOCIAL_THEN_CULTURE)
        assert answer is not None and answer.calculation is not None, followup
        assert answer.calculation.operation == "difference" and answer.calculation.result == 93815, followup
    both = answer_figures("lägg ihop dom", book, history=SOCIAL_THEN_CULTURE)
    assert both is not None and both.calculation is not None and both.calculation.result == 504159
    # another year keeps the last row named: no comparison is asked
    later = answer_figures("och 2023?", book, history=SOCIAL_THEN_CULTURE)
    assert later is not None and "319 826" in later.text


def test_a_comparative_by_how_much_of_one_row_is_its_change_between_the_years_named() -> None:
    answer = answer_figures("hur mycket mer är det?", corpus_book(),
                            history=["Hur mycket får socialnämnden 2021?", "och 2023?"])
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "change" and answer.calculation.result == 7990
    percent = answer_figures("hur mycket mer i procent?", corpus_book(),
                             history=["Hur mycket investerar kommunstyrelsen 2022?", "och 2023?"])
    assert percent is not None and percent.calculation is not None
    assert percent.calculation.operation == "percent_change" and "94,5 %" in percent.text


def test_a_comparative_naming_a_year_of_its_own_is_the_change_from_the_year_named_before() -> None:
    # Socialnämnden 2021: 205 172, 2022: 209 559 tkr; "i procent" asks the change in percent, not a share
    answer = answer_figures("hur mycket mer får den 2022, i procent?", corpus_book(),
                            history=["Hur mycket får socialnämnden 2021?"])
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "percent_change" and "2,14 %" in answer.text and "4 387" in answer.text
    amount = answer_figures("hur mycket mer får den 2022?", corpus_book(), history=["Hur mycket får socialnämnden 2021?"])
    assert amount is not None and amount.calculation is not None
    assert amount.calculation.operation == "change" and amount.calculation.result == 4387


def test_a_share_of_named_rows_asked_of_the_earlier_turns_row_takes_it_as_the_part() -> None:
    # Årets resultat 2022: 107 860 of skatteintäkter 2 098 974 + generella statsbidrag 578 821 tkr
    answer = answer_figures("hur stor andel av skatteintäkter och generella statsbidrag är det?", corpus_book(),
                            history=["Hur stort är årets resultat 2022?"])
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "share"
    assert "Årets resultat" in answer.text and "2 677 795" in answer.text


def test_a_ratio_naming_one_row_without_than_holds_that_row_against_the_earlier_one() -> None:
    # Vård- och omsorgsnämnden 2021: 818 729, Socialnämnden 2021: 205 172 tkr
    history = ["hur mycket får vård- och omsorgsnämnden i kommunbidrag 2021?", "och socialnämnden?"]
    answer = answer_figures("hur många gånger större är vård- och omsorgsnämndens bidrag?", corpus_book(),
                            history=history)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "ratio"
    assert [i.value for i in answer.calculation.inputs] == [818729, 205172]
    # the row said after "än" is the other side: the earlier row is held against it
    against = answer_figures("hur många gånger större är det än vård- och omsorgsnämndens?", corpus_book(),
                             history=["hur mycket får socialnämnden i kommunbidrag 2021?"])
    assert against is not None and against.calculation is not None
    assert [i.value for i in against.calculation.inputs] == [205172, 818729]


def test_the_years_after_are_every_year_of_the_table_from_the_next_on() -> None:
    # KS investments 2022-2025 in corpus/: 55 000, 107 000, 48 900 ...; "åren efter det" after 2023 is 2024 and 2025,
    # "2024 och framåt" the same without history; "året efter" stays one year
    book = corpus_book()
    plural = answer_figures("och åren efter det?", book, history=KS_2023)
    assert plural is not None and "48 900" in plural.text and "107 000" not in plural.text
    assert "2024" in plural.text and "2025" in plural.text
    stated = answer_figures("hur mycket ska KS investera 2024 och framåt?", book)
    assert stated is not None and "2024" in stated.text and "2025" in stated.text and "2023" not in stated.text
    english = answer_figures("How much will KS invest in the years after 2023?", book)
    assert english is not None and "48,900" in english.text and "107,000" not in english.text
    single = answer_figures("Och året efter?", book, history=KS_2023)
    assert single is not None and "2025" not in single.text


def test_a_middle_turn_asking_nothing_of_the_tables_keeps_the_conversations_row() -> None:
    # "vem har hand om det?" asks who, no figure: the row and year of the turn before stay for the turn after it
    answer = answer_figures("och året efter?", corpus_book(), history=[*KS_2023, "vem har hand om det?"])
    assert answer is not None and not answer.refused and "48 900" in answer.text


def test_a_change_asked_after_a_figure_per_inhabitant_is_of_the_figure_divided() -> None:
    from assistant.budget.plan import Plan, merge

    per = Plan(operation="per", rows=("Kulturnämnden", "Antal invånare"), denominator="Antal invånare",
               years=(2025,), intent=True)
    change = Plan(operation="percent_change", years=(2024,), percent=True, intent=True)
    merged = merge(per, change)
    assert merged.rows == ("Kulturnämnden",) and merged.denominator is None and merged.years == (2024, 2025)
