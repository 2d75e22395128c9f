"""The period of a written abbreviation a number follows ("kl. 18.30", "ca. 50", "s. 24") ends no sentence: the time
of a meeting is quoted whole; a sentence ending before a number ("... 2023. 2024 blir ...") still ends."""
from __future__ import annotations

from assistant.evidence import sentences
from core.types import Chunk


def texts(text: str) -> list[str]:
    chunk = Chunk(id="d#0", doc_path="d.docx", text=text, start=0, end=len(text), title="Protokoll",
                  doc_type="protokoll", date="2024-11-25")
    return [text[s:e] for s, e in sentences.split_sentences(chunk)]


def test_the_time_after_kl_stays_in_its_sentence() -> None:
    found = texts("Plats och tid: Sessionssalen, kommunhuset i Aneby, kl. 18.30–21.05\n\nOrdförande: Gunnar Ljungqvist (M)")
    assert found == ["Plats och tid: Sessionssalen, kommunhuset i Aneby, kl. 18.30–21.05",
                     "Ordförande: Gunnar Ljungqvist (M)"]
    assert texts("Projektet kostar ca. 50 miljoner kronor. Se s. 24 i budgeten.") == [
        "Projektet kostar ca. 50 miljoner kronor.", "Se s. 24 i budgeten."]


def test_a_sentence_ending_before_a_number_still_ends() -> None:
    assert texts("Resultatet blev bra i år. 2024 blir svårare.") == ["Resultatet blev bra i år.", "2024 blir svårare."]


def test_the_municipal_abbreviation_for_the_executive_committees_chair_is_written_out() -> None:
    from assistant.understand.abbreviations import expand

    assert expand("vem är kso i avesta?") == "vem är kommunstyrelsens ordförande i avesta?"


def test_a_sentence_broken_by_a_blank_line_goes_on_in_lower_case() -> None:
    assert texts("Lokaler är kommunens näst största kostnad efter\n\npersonal och kommunen behöver färre lokaler. "
                 "Nästa mening.") == ["Lokaler är kommunens näst största kostnad efter\n\npersonal och kommunen "
                                      "behöver färre lokaler.", "Nästa mening."]
    # a list's items ("att ...,") and a table's title over its header line stay apart
    assert texts("att fastställa skattesatsen,\n\natt fastställa driftramarna.") == [
        "att fastställa skattesatsen,", "att fastställa driftramarna."]
    assert texts("Resultatbudget\n\nmnkr   Budget 2025   Plan 2026") == ["Resultatbudget", "mnkr   Budget 2025   Plan 2026"]
