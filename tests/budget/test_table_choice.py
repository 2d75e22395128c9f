"""Which table a question is about when its words point to one kind and its row is in another."""
from __future__ import annotations

from tests.budget.corpus_docs import corpus_book


def test_a_row_only_one_kind_of_table_has_names_its_table() -> None:
    from assistant.budget.answer import answer_figures

    book = corpus_book()
    taxes = answer_figures("Hur stora skatteintäkter budgeteras för 2021?", book)
    assert taxes is not None and not taxes.refused and "2 020 214" in taxes.text  # the result budget's row
    invest = answer_figures("Hur mycket investerar Överförmyndarnämnden 2023?", book)
    assert invest is not None and invest.refused  # a committee: the kind asked is the measure, not a hint


def test_any_verb_or_question_word_around_a_named_cell_asks_for_its_figure() -> None:
    from assistant.budget.answer import answer_figures

    book = corpus_book()
    for question, figure in (("kommunstyrelsens investeringar 2023, vad ligger det på?", "107 000"),
                             ("årets resultat i budget 2021, vad landar det på", "105 181"),
                             ("kultur o utbildning, vad har dom för ram 2023 enligt sossarnas driftsbudget?", "319 826")):
        answer = answer_figures(question, book)
        assert answer is not None and figure in answer.text, question
    assert answer_figures("Vilka uppdrag gav kommunstyrelsen 2023?", book) is None  # another topic: "uppdrag"


def test_which_committee_ranks_committees_only() -> None:
    from assistant.budget.answer import answer_figures

    smallest = answer_figures("vilken är den minsta nämnden i driftsbudgeten 2021", corpus_book())
    assert smallest is not None and "Överförmyndarnämnden" in smallest.text  # not "Exploatering" (407 tkr)
    row = answer_figures("Vilken rad är minst i driftsbudgeten 2021?", corpus_book())
    assert row is not None and "Exploatering" in row.text


def test_short_words_are_no_typing_errors_of_table_words() -> None:
    from assistant.budget.matching import table_kinds

    assert table_kinds("Vilken rad får minst 2021?") == []  # "rad" is not "ram" misspelt
    assert table_kinds("Vad är driftbudgetn 2022?") == ["drift"]  # one typing error in a long word


def test_a_compound_opening_with_a_kind_word_names_that_kind() -> None:
    from assistant.budget.matching import table_kinds
    assert table_kinds("Hur stor är kommunstyrelsens investeringsram för 2025?") == ["investering"]
    assert table_kinds("Vilken investeringsnivå planeras 2026?") == ["investering"]
    assert table_kinds("Vad blir driftskostnaderna för socialnämnden?") == ["drift"]
    assert table_kinds("Vad är resultatmålet för 2025?") == []  # "resultat" alone is no kind word
    assert table_kinds("Vad är rameffekten?") == []  # too short a kind word to open a compound
