"""A word pointing at a year ("det året", "samma år") is a time: it names no row ("Årets resultat") and it makes
the question a follow-up that takes the earlier turn's row and year."""
from __future__ import annotations

from assistant.budget.matching import match_rows, year_references
from assistant.budget.plan import plan_question
from tests.budget.corpus_docs import corpus_book


def test_a_year_reference_names_no_row() -> None:
    lexicon = corpus_book().index.lexicon
    assert year_references(["vad", "hände", "samma", "år"]) == [3]
    assert not [m for m in match_rows("och hur mycket var det samma år?", lexicon) if m.label == "Årets resultat"]
    assert [m.label for m in match_rows("vad är årets resultat?", lexicon)] == ["Årets resultat"]


def test_a_question_pointing_at_the_earlier_year_is_completed_from_the_earlier_turn() -> None:
    lexicon = corpus_book().index.lexicon
    plan = plan_question("hur stor andel av alla investeringar är det samma år?", lexicon,
                         ["Hur mycket ska samhällsbyggnadsnämnden investera 2023?"])
    assert plan.operation == "share" and plan.rows == ("Samhällsbyggnadsnämnden",) and plan.years == (2023,)


def test_a_follow_up_asking_which_year_asks_over_all_years() -> None:
    lexicon = corpus_book().index.lexicon
    plan = plan_question("vilket år är den som högst då?", lexicon,
                         ["Hur mycket ska kommunstyrelsen investera 2022?", "och barn- och ungdomsnämnden?"])
    assert plan.operation == "max" and plan.by_year and plan.years == ()
    assert plan.rows == ("Barn- och ungdomsnämnden",)


def test_a_follow_up_counting_every_year_asks_over_all_years() -> None:
    lexicon = corpus_book().index.lexicon
    for followup in ("och sammanlagt för alla fem åren?", "and in total for all five years?"):
        plan = plan_question(followup, lexicon, ["Hur mycket investerar socialnämnden 2021 enligt investeringsbudgeten?"])
        assert plan.operation == "sum" and plan.all_years and plan.years == ()
        assert plan.rows == ("Socialnämnden",)


def test_an_ordinal_superlative_asks_for_the_ranking_in_either_language() -> None:
    lexicon = corpus_book().index.lexicon
    for question in ("vilken nämnd har tredje största kommunbidraget 2022?",
                     "which committee has the third largest kommunbidrag 2022?"):
        assert plan_question(question, lexicon).operation == "rank"
