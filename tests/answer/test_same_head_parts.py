"""Two phrases of one head noun asked together ("hur många procent ska årets resultat vara, och det strukturella
resultatet?", "för det årliga resultatet och det strukturella resultatet") are asked of each; a part with no own
concept gives up the sentence naming the other part's own concept; a percentage is not answered by kronor."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.arbitrate import only_kronor
from assistant.build import Assistant
from assistant.understand.parts import distribute
from assistant.understand.words import asks_percent
from tests.fakes import assistant_over


def test_a_phrase_said_last_is_asked_in_place_of_the_earlier_phrase_of_its_noun() -> None:
    assert distribute("hur många procent ska årets resultat vara, och det strukturella resultatet?") == [
        "hur många procent ska årets resultat vara?", "hur många procent ska det strukturella resultatet vara?"]
    assert distribute("Vilka mål har S för det årliga resultatet och det strukturella resultatet?") == [
        "Vilka mål har S för det årliga resultatet?", "Vilka mål har S för det strukturella resultatet?"]


def test_a_phrase_opened_by_a_preposition_after_the_last_thing_is_said_with_each() -> None:
    assert distribute("what are the targets for the annual result and the structural result in the S budget?") == [
        "what are the targets for the annual result in the S budget?",
        "what are the targets for the structural result in the S budget?"]
    assert distribute("Vilka mål har S för årets resultat och det strukturella resultatet i budgeten?") == [
        "Vilka mål har S för årets resultat i budgeten?", "Vilka mål har S för det strukturella resultatet i budgeten?"]
    for question in ("Hur mycket får kommunstyrelsen och socialnämnden i budget 2025?",
                     "Vad är skillnaden mellan årets resultat och det strukturella resultatet i budgeten?"):
        assert distribute(question) == [question]


def test_phrases_of_other_nouns_or_a_figure_over_both_stay_one_question() -> None:
    for question in ("Vad är skillnaden mellan årets resultat och det strukturella resultatet?",
                     "Hur mycket får kultur- och utbildningsnämnden?",
                     "Vem är ordförande i nämnden för arbete, kompetens och välfärd?",
                     "Hur stort är resultatet och den totala låneskulden?"):
        assert distribute(question) == [question]


def test_a_percentage_asked_is_not_answered_by_kronor() -> None:
    def figure(*units: str) -> SimpleNamespace:
        return SimpleNamespace(refused=False, values=[SimpleNamespace(unit=u) for u in units])

    assert only_kronor(figure("tkr")) and only_kronor(figure("tkr", "mnkr"))
    assert not only_kronor(figure("%")) and not only_kronor(figure("tkr", "%")) and not only_kronor(figure())
    assert asks_percent("hur många procent ska årets resultat vara?")
    assert not asks_percent("hur mycket är årets resultat?") and not asks_percent("hur många kronor är 5 procent?")


def test_one_document_named_twice_is_no_two_documents() -> None:
    chunks = {i: SimpleNamespace(doc_path=path, doc_type=kind, publisher=who)
              for i, (path, kind, who) in enumerate([("s-budget", "budget", "s"), ("s-budget", "budget", "s"),
                                                     ("plan", "plan", "kommunen")])}
    index = SimpleNamespace(chunks=chunks)

    def fake(*targets):  # noqa: ANN002, ANN202
        return SimpleNamespace(retriever=SimpleNamespace(targets=lambda q: list(targets)), index=index)

    by_kind = lambda c: c.doc_type == "budget"  # noqa: E731
    by_publisher = lambda c: c.publisher == "s"  # noqa: E731
    other_kind = lambda c: c.doc_type == "plan"  # noqa: E731
    assert not Assistant._names_documents(fake(by_kind, by_publisher), None)
    assert Assistant._names_documents(fake(by_kind, other_kind), None)
    assert not Assistant._names_documents(fake(by_kind), None)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("same_head")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "budget.md").write_text(
        "# Budget 2025\n\n## Finansiella mål\n\n"
        "- Det årliga ekonomiska resultatet ska uppgå till minst 4 procent av skatteintäkter och statsbidrag\n"
        "- Det årliga strukturella resultatet ska uppgå till minst 2,5 procent\n"
        "- Kommunens låneskuld ska över tid inte överstiga 4,0 mdkr\n\n"
        "## Resultatbudget\n\n| | Budget 2025 | Plan 2026 |\n|---|---|---|\n"
        "| Finansiella intäkter | 31 100 | 32 000 |\n| Årets resultat | 105 181 | 107 860 |\n",
        encoding="utf-8")
    return assistant_over(folder)


def test_each_result_target_is_answered_by_its_own_sentence(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Hur många procent ska årets resultat vara, och det strukturella resultatet?")
    assert "4 procent" in answer.answer and "2,5" in answer.answer, answer.answer


def test_a_sentence_ended_by_a_full_stop_before_the_question_is_a_statement() -> None:
    from assistant.understand.parts import context_years, statement_before

    question = "Kommunstyrelsen bad 2023 om en utredning om en utdelning. Vad kom planen sen fram till om beloppet?"
    said, asked = statement_before(question)
    assert said.startswith("Kommunstyrelsen bad") and asked.startswith("Vad kom")
    assert context_years(question) == {2023}
    assert statement_before("Budgeten 2023. Vad kom planen fram till?") == (
        "", "Budgeten 2023. Vad kom planen fram till?")


