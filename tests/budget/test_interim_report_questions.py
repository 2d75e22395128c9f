"""An interim report's tables asked the way people ask: the forecast of a committee named by its document
("delårsrapporten: vad är helårsprognosen ..."), a rate of a group named by its table's title ("sjukfrånvaron på
socialförvaltningen jan-aug"), and the share of the budget used so far ("efter augusti", "förbrukat")."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.columns import period_words, says_to_date
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Delårsrapport januari–augusti 2025 Norrby kommun

Tabell 2. Nettokostnad per nämnd. Belopp i mnkr

| Nämnd | Budget 2025 | Utfall jan–aug 2025 | Prognos 2025 | Avvikelse mot budget |
|---|---:|---:|---:|---:|
| Kommunstyrelsen | 112,4 | 71,9 | 110,8 | 1,6 |
| Barn- och utbildningsnämnden | 368,7 | 247,2 | 372,9 | -4,2 |
| Socialnämnden | 421,5 | 285,6 | 428,4 | -6,9 |
| Summa nämnder | 902,6 | 604,7 | 912,1 | -9,5 |

Tabell 4. Sjukfrånvaro i procent av ordinarie arbetstid

| Förvaltning | Jan–aug 2024 | Jan–aug 2025 |
|---|---:|---:|
| Kommunledningsförvaltningen | 4,1 | 3,8 |
| Socialförvaltningen | 9,2 | 8,7 |
| Totalt | 7,6 | 7,2 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="delar.md", text=REPORT, sha256="delar",
                         meta=DocumentMeta(title="Delårsrapport januari–augusti 2025", date="2025-09-30",
                                           doc_type="report"))
    return FigureBook((extract_figures(doc),))


def test_the_document_named_before_the_question_addresses_the_forecast() -> None:
    answer = answer_figures("Delårsrapport: vad är helårsprognosen för barn- och utbildningsnämnden?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("372.9")


def test_a_word_of_the_table_s_title_addresses_the_group_s_rate() -> None:
    answer = answer_figures("sjukfrånvaron på socialförvaltningen jan-aug 2025?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("8.7")


@pytest.mark.parametrize("question", [
    "hur stor del av budgeten hade nämnderna gjort av med efter augusti? i procent",
    "hur stor del av budgeten hade nämnderna förbrukat? i procent",
])
def test_the_share_of_the_budget_used_so_far_is_the_outcome_over_the_budget(question: str) -> None:
    answer = answer_figures(question, _book())
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("67.0")  # 604,7 / 902,6
    assert answer.calculation.operation == "share"


@pytest.mark.parametrize("question, so_far", [
    ("vad hade nämnderna gjort av med efter augusti?", True),
    ("hur mycket har använts till och med juni?", True),
    ("what had been spent through August?", True),
    ("hur mycket var budgeten efter justeringen?", False),
    ("vad är budgeten 2025?", False),
])
def test_a_time_up_to_a_month_speaks_of_the_outcome_so_far(question: str, so_far: bool) -> None:
    assert says_to_date(question) is so_far


def test_the_words_of_a_period_of_months_name_no_topic() -> None:
    assert period_words("vad hade nämnderna gjort av med efter augusti?") == {"efter", "augusti"}
    assert {"jan", "aug"} <= period_words("sjukfrånvaron jan-aug 2025")


def test_the_whole_year_of_a_forecast_names_no_topic() -> None:
    answer = answer_figures("Vad är prognosen för helåret för socialnämnden?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("428.4")


def test_an_english_full_year_forecast_according_to_the_report_is_the_forecast_cell() -> None:
    # "full-year" is an English compound adjective of the whole year; "according to" names the source, not what the
    # money goes to
    assert period_words("what full-year result does it forecast?") == {"full", "year"}
    answer = answer_figures("According to the delårsrapport, what full-year cost does Socialnämnden forecast for 2025?",
                            _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("428.4")


def test_the_total_of_a_table_its_title_names_in_another_form_is_a_rate_without_a_sum_note() -> None:
    answer = answer_figures("Vad var sjukfrånvaron totalt jan-aug 2025?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("7.2")
    assert "summerar" not in answer.text  # rates do not add up to their total


def test_a_percent_of_what_was_used_so_far_is_a_share_of_the_budget() -> None:
    answer = answer_figures("Hur mycket har kommunstyrelsen förbrukat av sin budget till och med augusti, i procent?",
                            _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "share"
    assert round(answer.calculation.result, 1) == Decimal("64.0")


@pytest.mark.parametrize("question", ["hur stor del av budgeten har nämnderna gjort av med?",
                                      "vad har gått åt av budgeten?"])
def test_a_phrase_of_several_words_speaks_of_the_outcome_so_far(question: str) -> None:
    assert says_to_date(question)


def test_how_much_of_the_budget_was_used_asks_the_outcome_so_far() -> None:
    answer = answer_figures("Hur mycket av budgeten har gått åt för socialnämnden?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("285.6")


def test_the_months_up_to_one_are_a_period_of_months_not_a_topic() -> None:
    """"investerat fram till augusti 2024" asks the months passed: no whole year's column answers it
    (build: `names_months`), and "fram" is a word of when, not a concept weighed as the topic."""
    from assistant.budget.columns import names_months
    from assistant.understand.query import analyse

    asked = "hur mycket hade kommunen investerat fram till augusti 2024?"
    assert names_months(asked) and names_months("nettokostnaden jan–aug 2024")
    assert not names_months("hur mycket har kommunen investerat 2024?")
    q = analyse(asked)
    weight = dict(zip((g[0] for g in q.groups), q.weights))
    assert weight["fram"] < 1.0 and weight["invester"] == 1.0
