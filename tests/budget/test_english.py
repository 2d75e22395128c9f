"""English questions over the three tables (operating budget, investment budget, income statement):
English names of tables, committees and rows, operations, years and ranges. Expected numbers written
literally, computed by hand from corpus/budget-2021-2023-socialdemokraterna.txt."""
from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from tests.budget.corpus_docs import corpus_book


def ask(question):
    return answer_figures(question, corpus_book(), language="en")


def r1(value):
    return Decimal(value).quantize(Decimal("0.1"), rounding="ROUND_HALF_UP")


# (question, expected result, unit, phrases in the answer text or trace)
CASES = [
    ("What is the capital budget for 2023?", "272546", "tkr", ["272,546 thousand SEK", "investment budget"]),
    ("What is the appropriation for elderly care in 2021?", "818729", "tkr",
     ["Vård- och omsorgsnämnden", "818,729 thousand SEK"]),
    ("What is the urban development committee's budget in 2021?", "62008", "tkr",
     ["Samhällsbyggnadsnämnden", "62,008 thousand SEK"]),
    ("How much does the urban development committee invest in 2024?", "29140", "tkr",
     ["Investments for Samhällsbyggnadsnämnden are SEK 29.1 million in 2024 (29,140 thousand SEK)",
      "Based on: the investment budget, 2024 [1001]."]),
    ("What was the appropriation to the social services committee in 2021?", "205172", "tkr",
     ["Socialnämnden receives SEK 205.2 million in 2021 (205,172 thousand SEK) [1].", "the operating budget"]),
    ("How much funding does the executive board get in 2021?", "95090", "tkr", ["Kommunstyrelsen", "95,090"]),
    ("How much does the executive board receive between 2021 and 2023 in total?", "287054", "tkr",
     ["287,054 thousand SEK"]),
    ("How much did the grant to the culture and education committee change between 2021 and 2023?", "20839",
     "tkr", ["298,987", "319,826", "20,839 thousand SEK", "7.0%"]),
    ("What is the percent change in the appropriation for the environmental protection committee from 2021 "
     "to 2023?", "2.6", "%", ["Miljöskyddsnämnden", "2.57%", "328 thousand SEK"]),
    ("Compare the grants of the executive board and the urban development committee in 2023", "32905", "tkr",
     ["95,478", "62,573", "Kommunstyrelsen has SEK 32.9 million (32,905 thousand SEK) more than Samhällsbyggnadsnämnden"]),
    ("How much more does elderly care get than the social services committee in 2022?", "631050", "tkr",
     ["840,609", "209,559", "631,050 thousand SEK"]),
    ("What are depreciation costs in 2023?", "-79056", "tkr", ["Avskrivningar", "-79,056 thousand SEK"]),
    ("What are the tax revenues next year?", "2020214", "tkr", ["2,020,214 thousand SEK", "“next year” as 2021"]),
    ("What is the total appropriation in 2022?", "2442036", "tkr", ["The total municipal grants are SEK 2.4 billion in 2022 (2,442,036 thousand SEK) [1]."]),
    ("Which committee receives the second largest grant in 2022?", "905048", "tkr",
     ["2. Vård- och omsorgsnämnden 840,609 thousand SEK"]),
    ("How much does the executive board's investment decrease from 2023 to 2024?", "-58100", "tkr",
     ["107,000", "48,900", "54.3%"]),
    ("What share of total investments in 2025 goes to fee-financed activities?", "61.5", "%",
     ["161,622", "262,812", "61.5%"]),
    ("How much does tax revenue grow between 2022 and 2023 in percent?", "4.0", "%", ["83,001", "3.95%"]),
    ("What is the average municipal grant for the elderly care committee from 2021 to 2023?", "839446.3333",
     "tkr", ["839,446.3 thousand SEK"]),
]


@pytest.mark.parametrize(("question", "result", "unit", "phrases"), CASES, ids=[c[0][:50] for c in CASES])
def test_english_questions(question, result, unit, phrases):
    answer = ask(question)
    assert answer is not None and not answer.refused, answer
    assert answer.language == "en"
    calc = answer.calculation
    assert calc.unit == unit
    if unit == "%":
        assert r1(calc.result) == Decimal(result)
    else:
        assert abs(calc.result - Decimal(result)) < Decimal("0.001")
    shown = answer.text + " | " + calc.expression
    for phrase in phrases:
        assert phrase in shown, (phrase, shown)


REFUSALS = [
    ("How much does the investment budget total in 2026?", ["investment budget covers 2021–2025; 2026"]),
    ("What is the operating budget in 2024?", ["operating budget covers 2021–2023; 2024"]),
    ("What was the investment budget in 2020?", ["investment budget covers 2021–2025; 2020"]),
    ("What is the financial net in 2024?", ["income statement budget covers 2021–2023; 2024"]),
    ("What is the income statement for 2022?", ["names no row", "Skatteintäkter", "Årets resultat"]),
    ("How much does the fire and rescue committee get in 2022?",
     ["no row for fire and rescue committee", "Socialnämnden"]),
]


@pytest.mark.parametrize(("question", "phrases"), REFUSALS, ids=[q[:40] for q, _ in REFUSALS])
def test_english_refusals_say_what_the_tables_hold(question, phrases):
    answer = ask(question)
    assert answer is not None and answer.refused and answer.calculation is None
    for phrase in phrases:
        assert phrase in answer.text, (phrase, answer.text)


@pytest.mark.parametrize("question", ["Who chairs the social services committee?",
                                      "How many associations get support?",
                                      "What does the action plan say about 2026?"])
def test_english_questions_not_about_figures_are_left_to_retrieval(question):
    assert ask(question) is None
