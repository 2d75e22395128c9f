"""How much something changed: between the two amounts one sentence states (budget/text_change.py), and on
average per year in a table row (the mean_change operation)."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures


def _book(tmp_path, text: str) -> FigureBook:
    path = tmp_path / "nyhet.txt"
    path.write_text(text, encoding="utf-8")
    return FigureBook((extract_figures(load_document(path, sidecar={})),))


NEWS = ("Kulturförvaltningen går bättre\n\nKulturförvaltningen har gått från -8,2 miljoner kronor förra året till en "
        "prognos på -3,5 miljoner kronor i år. Biblioteken har fler besökare.\n")


def test_a_change_is_computed_from_the_two_amounts_of_the_sentence(tmp_path):
    answer = answer_figures("Hur mycket har kulturförvaltningens underskott minskat?", _book(tmp_path, NEWS))
    assert answer is not None and answer.calculation.operation == "difference"
    assert answer.calculation.result == Decimal("4.7") and answer.calculation.unit == "mnkr"
    assert "+4,7 mnkr" in answer.text
    assert [i.value for i in answer.calculation.inputs] == [Decimal("-8.2"), Decimal("-3.5")]


def test_a_lookup_and_a_sentence_with_three_amounts_are_not_changes(tmp_path):
    book = _book(tmp_path, NEWS)
    assert answer_figures("Hur stort var kulturförvaltningens underskott förra året?", book).calculation.operation \
        == "lookup"
    three = _book(tmp_path, "Kulturförvaltningen har gått från -8,2 miljoner kronor via -5 miljoner kronor till "
                            "-3,5 miljoner kronor.\n")
    answer = answer_figures("Hur mycket har kulturförvaltningens underskott minskat?", three)
    assert answer is None or answer.calculation is None or answer.calculation.operation != "difference"


def test_the_mean_yearly_change_of_a_row(tmp_path):
    from decimal import Decimal as D

    text = ("Driftbudget per nämnd (tkr)\n\nNämnd\tBudget 2021\tPlan 2022\tPlan 2023\n"
            "Kulturnämnden\t10 000\t10 300\t10 800\nTekniska nämnden\t20 000\t19 000\t18 000\n"
            "Summa\t30 000\t29 300\t28 800\n")
    book = _book(tmp_path, text)
    answer = answer_figures("Hur mycket växer kulturnämndens ram i snitt per år 2021 till 2023?", book)
    assert answer.calculation.operation == "mean_change" and answer.calculation.result == D(400)
    assert "i genomsnitt med" in answer.text and "per år" in answer.text
    answer = answer_figures("Hur mycket minskar tekniska nämnden i genomsnitt per år?", book)
    assert answer.calculation.result == D(-1000) and "minskar" in answer.text
    # the mean level is still the mean of the values
    assert answer_figures("Vad får kulturnämnden i genomsnitt per år?", book).calculation.operation == "mean"


def test_a_change_between_the_years_the_conversation_named(tmp_path):
    text = ("Investeringsbudget (tkr)\n\nNämnd\t2021\t2022\t2023\t2024\t2025\n"
            "Tekniska nämnden\t5 000\t4 000\t3 500\t3 000\t2 500\nSumma\t5 000\t4 000\t3 500\t3 000\t2 500\n")
    book = _book(tmp_path, text)
    history = ("Hur mycket investerar tekniska nämnden 2021?", "och 2025?")
    answer = answer_figures("hur mycket minskar det mellan dom åren?", book, history=history)
    assert answer.calculation.operation == "change" and answer.calculation.result == Decimal(-2500)
    # one year named: the change from the year before, as before
    answer = answer_figures("hur mycket minskar det?", book, history=("Hur mycket investerar tekniska nämnden 2023?",))
    assert [i.column for i in answer.calculation.inputs][-1].endswith("2023")


def test_a_question_naming_no_row_is_refused_as_such_so_the_prose_may_answer(tmp_path):
    text = ("Driftbudget per nämnd (tkr)\n\nNämnd\tBudget 2021\tPlan 2022\n"
            "Kulturnämnden\t10 000\t10 300\nTekniska nämnden\t20 000\t19 000\n")
    answer = answer_figures("Hur stor andel av prisindex räknas kommunbidragen upp med?", _book(tmp_path, text))
    assert answer is not None and answer.refused and answer.refusal == "no_row"
    answer = answer_figures("Hur mycket får kulturnämnden 2030?", _book(tmp_path, text))
    assert answer.refused and answer.refusal == "absent"


RESULT = ("Resultatbudget (tkr)\n\nPost\tBudget 2021\tPlan 2022\nSkatteintäkter\t1 000 000\t1 050 000\n"
          "Generella statsbidrag\t300 000\t310 000\nÅrets resultat\t50 000\t60 000\n")


def test_a_goal_on_a_share_is_checked_against_the_computed_share(tmp_path):
    book = _book(tmp_path, RESULT)
    answer = answer_figures("Klarar de målet om minst 4 % årets resultat av skatteintäkter och generella statsbidrag "
                            "2021?", book)
    assert answer.calculation.operation == "share"
    assert answer.text.startswith("Nej: 3,85 % är under 4 %.")
    answer = answer_figures("Är årets resultat 2022 minst 4 % av skatteintäkter och generella statsbidrag?", book)
    assert answer.text.startswith("Ja: 4,41 % är minst 4 %.")
    # "minst" alone still asks for the smallest
    assert answer_figures("Vilken post är minst 2022?", book).calculation.operation == "min"


def test_a_goals_base_named_apart_from_it_is_the_shares_whole(tmp_path):
    # "räkna på A plus B": what the goal's percentage is reckoned on, as "av A och B" names it
    answer = answer_figures("Klarar de sitt eget mål om 4 procents resultat 2022? räkna på skatteintäkter plus "
                            "generella statsbidrag", _book(tmp_path, RESULT))
    assert answer.calculation.operation == "share"
    assert answer.text.startswith("Ja: 4,41 % är minst 4 %.")


def test_the_sentence_setting_the_goal_is_cited_beside_the_rows_that_test_it(tmp_path):
    text = ("Finansiella mål\n\n- Det årliga resultatet ska uppgå till minst 4 procent av skatteintäkter och "
            "generella statsbidrag\n- Soliditeten ska öka med 4 procent\n\n" + RESULT)
    answer = answer_figures("Klarar de målet om minst 4 % årets resultat av skatteintäkter och generella statsbidrag "
                            "2022?", _book(tmp_path, text))
    assert answer.text.startswith("Ja: 4,41 % är minst 4 %.")
    assert answer.text.endswith("Målet: ”Det årliga resultatet ska uppgå till minst 4 procent av skatteintäkter och "
                                "generella statsbidrag” [4].")
    assert answer.sources[3].quote.startswith("Det årliga resultatet")  # the list item, quoted without its mark
    # no sentence sets the goal: the rows answer alone
    answer = answer_figures("Klarar de målet om minst 4 % årets resultat av skatteintäkter och generella statsbidrag "
                            "2022?", _book(tmp_path, RESULT))
    assert len(answer.sources) == 3 and "Målet:" not in answer.text


def test_a_statement_followed_by_a_question_is_a_question_not_a_claim() -> None:
    from assistant.evidence.claims import claim_text

    assert claim_text("Partiet har ett mål om minst 4 % i resultat. Klarar de det 2023?") is None
    assert claim_text("Partiet vill ge 4 miljoner till parkerna. Stämmer det?") is not None


DRIFT = ("Driftbudget per nämnd\n\nBelopp i tkr\tBudget 2022\tBudget 2023\n"
         "Kommunstyrelsen\t96 486\t95 478\nSocialnämnden\t209 559\t213 162\nTekniska nämnden\t50 000\t52 000\n"
         "Avgiftsfinansierad verksamhet\t150 000\t160 000\nSumma\t506 045\t520 640\n")


def test_which_row_gets_less_one_year_than_another_is_the_row_whose_change_is_lowest(tmp_path):
    book = _book(tmp_path, DRIFT)
    answer = answer_figures("Vilken nämnd får mindre 2023 än 2022, och hur mycket mindre?", book)
    assert answer is not None and answer.calculation.operation == "min"
    assert "Kommunstyrelsen" in answer.text and "1 008" in answer.text and "från 2022 till 2023" in answer.text
    more = answer_figures("Vilken nämnd får mer 2023 än 2022?", book)
    assert more is not None and more.calculation.operation == "max" and more.text.startswith("Socialnämndens")


def test_a_row_the_question_excludes_is_left_out_of_the_ranking_and_said_so(tmp_path):
    book = _book(tmp_path, DRIFT)
    answer = answer_figures("Om man struntar i den avgiftsfinansierade verksamheten, vilken nämnd får mest 2023?", book)
    assert answer is not None and answer.calculation.operation == "max"
    assert answer.text.startswith("Störst 2023 är Socialnämnden") and "utan Avgiftsfinansierad verksamhet" in answer.text
    english = answer_figures("Excluding fee-financed operations, which committee gets the most in 2023?", book)
    assert english is not None and "Avgiftsfinansierad" not in english.text.split("[1]")[0]


def test_a_question_about_money_is_not_answered_by_a_percentage(tmp_path):
    book = _book(tmp_path, "Energibolagets bidrag\n\nBolaget ska skicka vidare 50 procent av vinsten varje år till "
                           "kommunen. Det ger en utdelning på 10 miljoner kronor.\n")
    answer = answer_figures("hur mycket pengar ska bolaget skicka vidare varje år?", book)
    assert answer is not None and "10 mnkr" in answer.text and "50 %" not in answer.text
    share = answer_figures("hur många procent ska bolaget skicka vidare varje år?", book)
    assert share is not None and "50 %" in share.text


def test_a_year_said_relative_to_the_questions_own_year() -> None:
    """"mer 2023 än året innan": the year before is 2022, the change runs 2022 -> 2023 (Socialnämnden 209 559 ->
    213 162 tkr)."""
    from assistant.budget.answer import answer_figures
    from assistant.budget.verify import check_figure_claim
    from tests.budget.corpus_docs import corpus_book

    answer = answer_figures("Hur mycket mer får socialnämnden 2023 än året innan?", corpus_book())
    assert answer is not None and answer.calculation.operation == "change" and answer.calculation.result == 3603
    claim = check_figure_claim("Socialnämnden får 3,6 miljoner mer 2023 än året innan", corpus_book())
    assert claim is not None and claim.verdict == "supported"


def test_a_mean_per_year_naming_no_row_is_the_tables_total_over_its_years(tmp_path):
    text = ("Investeringsbudget (tkr)\n\nProjekt\t2021\t2022\t2023\n"
            "Skolor\t6 000\t5 000\t7 000\nVägar\t4 000\t3 000\t5 000\nTotalt\t10 000\t8 000\t12 000\n")
    book = _book(tmp_path, text)
    answer = answer_figures("Vad är snittet per år för investeringarna över hela perioden?", book)
    assert answer.calculation.operation == "mean" and answer.calculation.result == Decimal(10000)
    assert [i.value for i in answer.calculation.inputs] == [Decimal(10000), Decimal(8000), Decimal(12000)]
    # a year named: the mean of the rows that year, as before
    answer = answer_figures("Vad är snittet för investeringarna 2022?", book)
    assert answer.calculation.operation == "mean" and answer.calculation.result == Decimal(4000)


def test_a_mean_per_year_over_a_named_range_is_the_total_over_those_years_shown_with_its_sum(tmp_path):
    text = ("Investeringsbudget (tkr)\n\nProjekt\t2021\t2022\t2023\n"
            "Skolor\t6 000\t5 000\t7 000\nVägar\t4 000\t3 000\t5 000\nTotalt\t10 000\t8 000\t12 000\n")
    book = _book(tmp_path, text)
    answer = answer_figures("Vad blir den genomsnittliga totala nivån per år 2022–2023 i investeringsbudgeten?", book)
    assert answer.calculation.operation == "mean" and answer.calculation.result == Decimal(10000)
    assert [i.value for i in answer.calculation.inputs] == [Decimal(8000), Decimal(12000)]
    assert "20 000 tkr / 2 år" in answer.text  # the inputs beside the mean
    refused = answer_figures("Vad blir den genomsnittliga totala nivån per år 2022–2025 i investeringsbudgeten?", book)
    assert refused.refused and "2024, 2025 finns inte" in refused.text  # a year the table lacks: no mean


def test_how_many_millions_asks_for_the_change_between_the_sentences_two_amounts(tmp_path):
    answer = answer_figures("Hur många miljoner har kulturförvaltningen förbättrat sig från förra året?",
                            _book(tmp_path, NEWS))
    assert answer is not None and answer.calculation.operation == "difference"
    assert answer.calculation.result == Decimal("4.7") and "+4,7 mnkr" in answer.text
    count = answer_figures("Hur många besökare har biblioteken?", _book(tmp_path, NEWS))
    assert count is None or count.calculation is None or count.calculation.operation != "difference"


def test_a_change_asked_in_percent_is_of_the_first_amounts_size(tmp_path):
    answer = answer_figures("Hur mycket har kulturförvaltningens underskott minskat i procent?", _book(tmp_path, NEWS))
    assert answer is not None and answer.calculation.operation == "percent_change"
    # from -8,2 to -3,5: 4,7 mnkr less deficit, 57,3 % of its size
    assert abs(answer.calculation.result - Decimal("57.317")) < Decimal("0.01") and answer.calculation.unit == "%"
    assert "+4,7 mnkr (+57,3 %)" in answer.text


def test_how_much_less_of_a_sentence_stating_two_amounts_is_their_change(tmp_path):
    # a follow-up made standalone: "hur mycket mindre" the forecast is than the deficit of the year before
    answer = answer_figures("hur mycket mindre är prognosen för i år, i procent – underskott hade kulturförvaltningen "
                            "året innan?", _book(tmp_path, NEWS))
    assert answer is not None and answer.calculation.operation == "percent_change"
    assert "+4,7 mnkr (+57,3 %)" in answer.text


def test_by_how_much_more_between_two_years_of_one_row_is_its_change():
    """"kostade en viss summa 2021 ..., hur mycket mer får den 2023?": the change, not the sum its "summa" names."""
    from tests.budget.test_answers import ask

    answer = ask("Socialnämnden fick en viss summa 2021, hur mycket mer får den 2023?")
    assert answer is not None and answer.calculation.operation == "change"
    assert answer.calculation.result == Decimal("7990")


def test_how_much_better_of_a_sentence_stating_two_amounts_is_their_change(tmp_path):
    # a comparative of worth asked by how much ("hur mycket bättre är prognosen i år?") over "från -8,2 ... till
    # -3,5": the change between the two amounts, not the forecast alone
    answer = answer_figures("hur mycket bättre är kulturförvaltningens prognos i år?", _book(tmp_path, NEWS))
    assert answer is not None and answer.calculation.operation == "difference"
    assert answer.calculation.result == Decimal("4.7") and "+4,7 mnkr" in answer.text


def test_how_much_more_of_one_year_naming_no_other_side_is_its_change() -> None:
    """"Hur mycket mer får socialnämnden 2023?" holds the year against the year before, as "ökar" does; a claim
    "får 3,6 miljoner mer 2023" is judged by that change, not left unjudged beside the row's level."""
    from assistant.budget.answer import answer_figures
    from assistant.budget.verify import check_figure_claim
    from tests.budget.corpus_docs import corpus_book

    answer = answer_figures("Hur mycket mer får socialnämnden 2023?", corpus_book())
    assert answer is not None and answer.calculation.operation == "change" and answer.calculation.result == 3603
    right = check_figure_claim("Socialnämnden får 3,6 miljoner mer 2023, eller hur?", corpus_book())
    assert right is not None and right.verdict == "supported", right
    wrong = check_figure_claim("Socialnämnden får 9 miljoner mer 2023, eller hur?", corpus_book())
    assert wrong is not None and wrong.verdict == "contradicted" and "3,6" in wrong.text, wrong


def test_a_follow_up_naming_no_topic_of_its_own_is_asked_of_the_conversations_amounts(tmp_path):
    """"hur stor förbättring är det?" after "vad var kulturförvaltningens prognos?": the amounts the earlier turn's
    words find, their change computed; the follow-up alone names nothing an amount is found by."""
    book = _book(tmp_path, NEWS)
    answer = answer_figures("hur stor förbättring är det?", book, history=("vad var kulturförvaltningens prognos?",))
    assert answer is not None and answer.calculation is not None and answer.calculation.result == Decimal("4.7")
    assert answer_figures("hur stor förbättring är det?", book) is None
