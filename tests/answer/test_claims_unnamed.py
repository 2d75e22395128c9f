"""What a claim or question is about must be what the documents speak of: a figure of another quantity, of a
committee's whole budget or of something no document names neither confirms nor contradicts it."""
from __future__ import annotations

from assistant.build import Assistant
from assistant.answering.claims import beside_names
from assistant.understand.query import analyse


def test_concepts_beside_a_named_committee_lose_the_committees_words() -> None:
    groups = (("vård",), ("omsorgsnämnd", "nämnd", "omsorg"),
              ("äldreomsorg", "hemtjänst", "vård", "omsorgsnämnd", "omsorg"), ("förebygg",))
    kept = beside_names(["omsorgsnämnden", "Vård- och omsorgsnämnden"], groups)
    assert kept == (("äldreomsorg", "hemtjänst"), ("förebygg",))
    assert beside_names([], groups) == groups  # no committee named: every concept stays


def test_a_committee_no_document_names_is_unknown(assistant: Assistant) -> None:
    def unnamed(question: str) -> list[str]:
        return assistant._unnamed_committees(analyse(question), None)

    assert unnamed("Hur mycket får allmänna nämnden 2022?") == ["allmänna nämnden"]
    assert unnamed("Hur mycket får socialnämnden 2022?") == []
    assert unnamed("Hur mycket får kultur- och utbildningsnämnden 2022?") == []
    assert unnamed("Hur mycket får socialnämden 2022?") == []  # one typing error: a known committee misspelt


def test_a_question_about_an_unknown_committee_is_refused(assistant: Assistant) -> None:
    answer = assistant.ask("Hur stort kommunbidrag får allmänna nämnden 2022?")
    assert answer.refused, answer.answer


def test_a_claimed_grant_from_a_source_no_document_names_is_not_found(assistant: Assistant) -> None:
    assert assistant._unknown_names("avdelning unga fick 800 000 kronor från Arvsfonden") == ["arvsfond"]
    assert assistant._unknown_names("avdelning unga fick 800 000 kronor av socialnämnden") == []
    answer = assistant.ask("Stämmer det att avdelning unga fick 800 000 kronor från Arvsfonden?")
    assert answer.verdict == "not_found", answer.answer
    # the same claim about what the documents speak of is contradicted by the figure they state
    answer = assistant.ask("Stämmer det att avdelning unga fick 800 000 kronor av omställningspaketet?")
    assert answer.verdict == "contradicted" and "700 000" in answer.answer, answer.answer


def test_a_purpose_beside_the_committee_is_not_judged_by_the_committees_row(assistant: Assistant) -> None:
    # "äldreomsorgen" is a synonym of the committee's row: beside the committee itself it names a part of it
    answer = assistant.ask("Stämmer det att vård- och omsorgsnämnden lägger 2 mnkr på äldreomsorgen 2022?")
    assert (answer.route or {}).get("reasons", {}).get("checked_by") != "calculator", answer.answer
    assert "840" not in answer.answer, answer.answer


def test_a_figure_claimed_for_an_unknown_committee_is_not_found(assistant: Assistant) -> None:
    # another committee's amount in the evidence says nothing of a committee no document names
    answer = assistant.ask("Stämmer det att tekniska nämnden får 4 mnkr 2022?")
    assert answer.verdict == "not_found", answer.answer


def test_committees_named_in_other_forms_are_known(assistant: Assistant) -> None:
    def unnamed(question: str) -> list[str]:
        return assistant._unnamed_committees(analyse(question), None)

    assert unnamed("Vad har nämnden för arbete, kompetens och välfärd för sparkrav?") == []  # a comma between words
    assert unnamed("How much does the culture and education committee get in 2022?") == []  # English: its rows


def test_a_word_of_another_first_letter_is_no_misspelling() -> None:
    from assistant.evidence.sentences import TermStats
    from core.types import Chunk

    text = "Kommunen bygger nya radhus och renoverar i stället förskolan."
    stats = TermStats({"c1": Chunk(id="c1", doc_path="d.txt", text=text, start=0, end=len(text), title="Budget")})
    assert not stats.near("badhus")  # "badhus" is another word than the documents' "radhus"
    assert stats.near("radhs") and stats.near("förskolam")  # a misspelling keeps the first letter
    assert stats.near("istället")  # a letter added before it: words joined ("i stället")
