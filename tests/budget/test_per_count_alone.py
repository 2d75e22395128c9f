"""A count said only after "per" ("kostnaden per invånare för gymnasieskolan") is what the figure asked is per, not
the figure asked: with no row naming that figure the plan names no row (a lookup of the count would answer another
question). A count asked for itself, a figure named before "per", and a follow-up "och per invånare?" keep it."""
from __future__ import annotations

from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question, without_count_alone
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = ("Tabell 2. Nyckeltal\n"
        "                                  2021        2022\n"
        "Antal invånare                   7 423       7 437\n"
        "Verksamhetens nettokostnad     -524,3      -554,4\n\n\n"
        "Tabell 3. Nettokostnad, kr per invånare\n"
        "                                  2021        2022\n"
        "Förskola                         11 020      11 460\n"
        "Grundskola                       13 210      13 790\n")


def _lexicon() -> Lexicon:
    doc = LoadedDocument(path="n.txt", text=TEXT, sha256="0" * 64, meta=DocumentMeta(title="Nyckeltal"))
    return Lexicon.build(tuple(parse_tables(doc)))


def test_a_count_said_only_after_per_is_no_row_asked() -> None:
    question = "vad var kostnaden per invånare för gymnasieskolan 2022?"
    assert without_count_alone(question, plan_question(question, _lexicon())).rows == ()


def test_the_count_asked_itself_a_figure_per_it_and_a_follow_up_keep_it() -> None:
    lexicon = _lexicon()
    counted = "hur många invånare fanns det 2022?"
    assert without_count_alone(counted, plan_question(counted, lexicon)).rows == ("Antal invånare",)
    per = plan_question("vad var verksamhetens nettokostnad per invånare 2022?", lexicon)
    assert per.operation == "per" and per.denominator == "Antal invånare"
    follow = plan_question("och per invånare?", lexicon, ("vad var verksamhetens nettokostnad 2022?",))
    assert follow.operation == "per" and follow.rows == ("Verksamhetens nettokostnad", "Antal invånare")


def test_a_follow_up_per_the_count_a_tables_title_states_its_figures_per_reads_them_as_they_stand() -> None:
    """"och per invånare?" after "vad kostade grundskolan 2022?" answered from "Nettokostnad, kr per invånare": the
    figure is per invånare already, not divided by the population again."""
    from assistant.budget.answer import answer_figures
    from assistant.budget.store import FigureBook
    from ingest.tables import extract_figures

    doc = LoadedDocument(path="n.txt", text=TEXT, sha256="0" * 64, meta=DocumentMeta(title="Nyckeltal"))
    answer = answer_figures("och per invånare?", FigureBook((extract_figures(doc),)),
                            history=("vad kostade grundskolan 2022?",))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == 13790


def test_a_figure_of_a_table_titled_per_a_count_is_said_per_it() -> None:
    from assistant.budget.answer import answer_figures
    from assistant.budget.store import FigureBook
    from assistant.budget.units import title_per
    from ingest.tables import extract_figures

    assert title_per("Belopp i kr per invånare, nettokostnad, löpande priser") == "per invånare"
    assert title_per("Prognos per nämnd 2024, tkr") == "" and title_per("Driftbudget") == ""
    assert title_per("Nettokostnad per nämnd, tkr") == ""
    doc = LoadedDocument(path="n.txt", text=TEXT, sha256="0" * 64, meta=DocumentMeta(title="Nyckeltal"))
    answer = answer_figures("vad kostade grundskolan 2022?", FigureBook((extract_figures(doc),)))
    assert answer is not None and "13 790 kronor per invånare" in answer.text


def test_a_follow_up_per_a_count_the_question_states_divides_the_earlier_row() -> None:
    """"hur mycket blir det per invånare om man räknar med 7 050 invånare?" after the result: the result per that
    count, not the population looked up (the question alone names its count only after "per")."""
    from assistant.budget.answer import answer_figures
    from assistant.budget.store import FigureBook
    from ingest.tables import extract_figures

    doc = LoadedDocument(path="n.txt", text=TEXT, sha256="0" * 64, meta=DocumentMeta(title="Nyckeltal"))
    answer = answer_figures("och per invånare?", FigureBook((extract_figures(doc),)),
                            history=("vad var verksamhetens nettokostnad 2022?",))
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "per"


def test_a_sum_of_figures_of_a_table_titled_per_a_count_is_said_per_it_too() -> None:
    from assistant.budget.answer import answer_figures
    from assistant.budget.store import FigureBook
    from ingest.tables import extract_figures

    doc = LoadedDocument(path="n.txt", text=TEXT, sha256="0" * 64, meta=DocumentMeta(title="Nyckeltal"))
    answer = answer_figures("vad kostade förskola och grundskola tillsammans 2022?", FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None and answer.calculation.operation == "sum"
    assert "25 250 kronor per invånare" in answer.text
