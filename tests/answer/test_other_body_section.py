"""An amount stated in another body's section is that body's: "Av ramtillskottet om 6,2 mnkr ..." under "Barn- och
utbildningsnämnden" does not answer how large the social committee's addition is (`answering/figures._stated_about_asked`
rejects the calculator's prose amount by it)."""
from __future__ import annotations

from assistant.compose.answer import in_other_bodys_section
from assistant.evidence.sentences import Sentence
from core.types import Chunk


def _sentence(text: str, section: str) -> Sentence:
    chunk = Chunk(id="b.pdf#0", doc_path="b.pdf", text=text, start=0, end=len(text), title="Budget 2026",
                  doc_type="budget", date="2025-11-24", section=section)
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)


QUESTION = "hur stort ramtillskott får socialnämnden i hultsfreds budget?"


def test_a_sentence_in_another_bodys_section_is_that_bodys() -> None:
    other = _sentence("Av ramtillskottet om 6,2 mnkr avser 2,0 mnkr förstärkt elevhälsa.", "Barn- och utbildningsnämnden")
    assert in_other_bodys_section(QUESTION, other)


def test_the_asked_body_named_by_the_sentence_or_its_section_is_no_other_body() -> None:
    own = _sentence("Socialnämnden får ett ramtillskott på 9,5 miljoner kronor.", "Kommunstyrelsens ordförande har ordet")
    assert not in_other_bodys_section(QUESTION, own)
    in_own_section = _sentence("Av ramtillskottet om 9,5 mnkr avser 4,0 mnkr hemtjänst.", "Socialnämnden")
    assert not in_other_bodys_section(QUESTION, in_own_section)
    no_body = _sentence("Ramtillskotten uppgår till 20 mnkr.", "Budgetens förutsättningar")
    assert not in_other_bodys_section(QUESTION, no_body)


def test_a_body_named_in_a_longer_form_is_the_same_body() -> None:
    minutes = _sentence("Efter beslutet uppgår reserven till 18,6 miljoner kronor.",
                        "Sammanfattning av kommunfullmäktiges sammanträde 2024-11-27")
    assert not in_other_bodys_section("Hur mycket finns kvar i reserven efter fullmäktiges beslut?", minutes)


def test_a_sentence_of_the_asked_bodys_own_document_naming_another_body_is_the_asked_bodys() -> None:
    from assistant.compose.answer import names_other_body

    vote = "Omröstningen utfaller med 24 ja-röster för kommunstyrelsens förslag och 15 nej-röster."
    asked = "hur många röstade emot när fullmäktige beslutade skattesatsen?"
    assert names_other_body(asked, vote, "Budget 2026")
    assert not names_other_body(asked, vote, "Sammanträdesprotokoll kommunfullmäktige 2025-11-26")


def test_a_follow_up_naming_no_year_takes_the_earlier_turns_year_from_the_sentences_passage() -> None:
    from dataclasses import replace

    from assistant.compose.answer import judge_evidence
    from assistant.understand.query import analyse

    passage = ("Kommunfullmäktige beslutar att fastställa skattesatsen för 2026 till 23,46 kronor och planen för 2027–2028. "
               "Omröstningen utfaller med 24 ja-röster och 15 nej-röster.")
    text = "Omröstningen utfaller med 24 ja-röster och 15 nej-röster."
    chunk = Chunk(id="p#0", doc_path="p.pdf", text=passage, start=0, end=len(passage), title="Protokoll",
                  doc_type="protokoll", date="2025-11-26")
    start = passage.index(text)
    s = Sentence(chunk=chunk, start=start, end=start + len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)
    merged = analyse("hur många röstade emot – skattesatsen för 2026?")
    assert judge_evidence(replace(merged, followup=True, own="hur många röstade emot?"), [s]).answerable
    assert not judge_evidence(merged, [s]).answerable  # a question of its own asks the year's own figure


def test_the_quoted_amount_is_the_asked_bodys_though_another_bodys_ranks_first() -> None:
    from assistant.compose.answer import select_evidence
    from assistant.understand.query import analyse

    other = _sentence("Barn- och utbildningsnämnden räknar med ett underskott på 2,1 miljoner kronor.", "Delårsrapporten")
    own = _sentence("Omsorgsnämnden prognostiserar ett underskott på 8,7 miljoner kronor.", "Delårsrapporten")
    q = analyse("hur stort underskott räknar omsorgsnämnden med i år?")
    chosen = select_evidence(q, [other, own], threshold=0.0)
    assert chosen[0] is own
    assert other not in chosen  # nor is the other body's amount quoted beside it ("Se även")


def test_a_committees_administration_is_the_committee() -> None:
    """"Socialförvaltningen har ... ett underskott" speaks of the asked socialnämnden (one field, its committee and its
    administration); "Barn- och utbildningsnämnden" is another body."""
    from assistant.compose.answer import names_other_body

    asked = "hur stort underskott hade socialnämnden 2019?"
    assert not names_other_body(asked, "Socialförvaltningen har gått från -14,3 miljoner kronor till -6,6 miljoner.")
    assert names_other_body(asked, "Barn- och utbildningsnämnden räknar med ett underskott på 2,1 miljoner kronor.")
