"""A name typed in lower case is read as the documents write it."""
from __future__ import annotations

from assistant.evidence.sentences import TermStats
from assistant.understand.name_case import capitalised_names
from core.types import Chunk


def test_the_documents_names_are_the_words_they_write_capitalised_inside_sentences_only() -> None:
    text = ("Det är en styrka, säger Daniel Filipsson (M), kommunstyrelsens ordförande. Budgeten antogs.\n"
            "Sveriges Kommuner och Regioner räknar med fler kommuner i underskott.")
    stats = TermStats({"c": Chunk(id="c", doc_path="d.txt", text=text, start=0, end=len(text), title="")})
    assert {"daniel", "filipsson", "regioner"} <= stats.name_forms
    assert "kommuner" not in stats.name_forms  # written in lower case too
    assert "budgeten" not in stats.name_forms and "sveriges" not in stats.name_forms  # a sentence's first word


def test_a_run_of_name_words_is_capitalised_a_single_one_is_not() -> None:
    names = {"daniel", "filipsson", "berg"}
    assert capitalised_names("kommunstyrelsens ordförande daniel filipsson är sosse, eller hur?", names) == \
        "kommunstyrelsens ordförande Daniel Filipsson är sosse, eller hur?"
    assert capitalised_names("det ligger på ett berg", names) == "det ligger på ett berg"  # a noun too


def test_a_claim_naming_a_person_in_lower_case_is_checked_on_their_party(assistant) -> None:
    answer = assistant.ask("kommunstyrelsens ordförande daniel filipsson är sosse, eller hur?")
    assert answer.verdict == "contradicted", answer.answer
