"""A claim that a decision was unanimous is contradicted by a stated vote with votes against."""
from __future__ import annotations

from assistant.evidence.claim_vote import check_vote, says_unanimous, split_vote
from assistant.retrieval.retrieve import Sentence
from core.types import Chunk


def sentence(text: str, n: int = 0, start: int = 0, chunk_text: str = "") -> Sentence:
    chunk = Chunk(id="c0", doc_path="corpus/nyhet.txt", text=chunk_text or text, start=0, end=500,
                  title="Budget 2026 klubbad", date="2025-11-18")
    return Sentence(chunk=chunk, start=start, end=start + len(text), text=text, score=1.0, coverage=0.5,
                    chunk_score=1.0)


def test_unanimity_is_read_in_any_form_and_not_when_denied() -> None:
    assert says_unanimous("budgeten klubbades enhälligt i fullmäktige")
    assert says_unanimous("ett enigt fullmäktige antog budgeten")
    assert not says_unanimous("budgeten antogs inte enhälligt")
    assert not says_unanimous("budgeten antogs i fullmäktige")


def test_a_split_vote_needs_a_vote_word_and_votes_against() -> None:
    assert split_vote("Majoritetens förslag vann med 29 röster mot 18.") == "29 röster mot 18"
    assert split_vote("Med 15 ja-röster mot 6 nej-röster röstade fullmäktige för budgeten.") == "15 ja-röster mot 6"
    assert split_vote("Förslaget vann med 29 röster mot 0.") == ""
    assert split_vote("Laget vann med 3 mot 1.") == ""  # no vote word: anything may be counted
    # the members voting each way counted, each side what it voted for
    assert split_vote("Omröstning begärs. 22 ledamöter röstar för kommunstyrelsens förslag och 13 för "
                      "Socialdemokraternas förslag.") == "22 ledamöter röstar för kommunstyrelsens förslag och 13 för"
    assert split_vote("5 ledamöter röstade för förslaget om 30 miljoner.") == ""


def test_a_vote_with_votes_against_contradicts_a_unanimous_decision() -> None:
    before = sentence("Debatten pågick i fyra timmar innan fullmäktige röstade om budgeten.")
    vote = sentence("Majoritetens förslag vann med 29 röster mot 18.", start=70)
    claim = "budgeten klubbades enhälligt i fullmäktige"
    about = lambda s, left_out: 1.0 if "fullmäktige" in s.text else 0.3  # noqa: E731
    result = check_vote(claim, [before, vote], about)
    assert result is not None and result.verdict == "contradicted" and result.correct == "29 röster mot 18"
    assert result.evidence == (vote,)
    # a vote in a passage about something else does not speak to the claim
    assert check_vote(claim, [vote], lambda s, left_out: 0.3) is None
    assert check_vote("budgeten klubbades i fullmäktige", [before, vote], about) is None


def test_a_claimed_tally_is_a_pair_with_the_winning_side_first() -> None:
    from assistant.evidence.claim_vote import claimed_tally

    assert claimed_tally("budgeten klubbades med siffrorna 25–16") == (25, 16)
    assert claimed_tally("förslaget vann med 30 röster mot 19") == (30, 19)
    assert claimed_tally("avgiften höjs med 25–30 procent") is None  # a span
    assert claimed_tally("budgeten för 2026-2028 antogs 2025-11-24") is None
    assert claimed_tally("räntan blir 30-25 procent") is None  # a figure with its unit


def test_a_dashed_vote_is_read_where_a_vote_word_names_it() -> None:
    assert split_vote("Vänsterpartiet stödde förslaget i omröstningen, som slutade 23–18.") == "23–18"
    assert split_vote("Matchen slutade 23–18.") == ""


def test_a_claimed_tally_is_checked_against_the_stated_vote() -> None:
    from assistant.evidence.claim_vote import check_tally, in_vote_words

    vote = sentence("Fullmäktige antog budgeten i den avgörande omröstningen, som slutade 23–18.")
    about = lambda s, left_out: 1.0 if "budget" in s.text else 0.3  # noqa: E731
    wrong = check_tally("budgeten klubbades med siffrorna 25–16", [vote], about)
    assert wrong is not None and wrong.verdict == "contradicted" and wrong.correct == "23–18"
    right = check_tally("budgeten klubbades med siffrorna 23–18", [vote], about)
    assert right is not None and right.verdict == "supported"
    assert check_tally("budgeten klubbades med siffrorna 25–16", [vote], lambda s, left_out: 0.3) is None
    assert check_tally("budgeten klubbades", [vote], about) is None
    searched = in_vote_words("budgeten klubbades med siffrorna 25–16", lambda stem: stem.startswith("omröst"))
    assert searched.endswith("omröstning")


def test_the_words_naming_a_tally_are_not_what_was_voted_on() -> None:
    from assistant.evidence.claim_vote import _tally_words

    words = _tally_words("budgeten klubbades med siffrorna 25–16")
    assert {"25", "16", "siffr"} <= words and "budget" not in words
    assert _tally_words("budgeten klubbades") == frozenset()


def test_a_decision_passed_is_searched_in_the_words_the_documents_use() -> None:
    from assistant.understand.query import synonym_index, word_stem

    assert "antogs" in synonym_index()[word_stem("klubbades")]



def test_a_protocols_vote_is_of_the_year_its_paragraph_names() -> None:
    from assistant.evidence.claim_vote import check_tally

    text = ("## § 139 Mål och budget 2025 med plan för 2026–2027\n\nYrkanden: Ordföranden yrkar bifall till "
            "förslaget och beskriver bakgrunden i detalj för ledamöterna innan omröstningen börjar.\n\nOmröstning "
            "begärs och verkställs. Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen enligt förslaget.")
    said = "Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen enligt förslaget."
    chunk = Chunk(id="c1", doc_path="corpus/protokoll.docx", text=text, start=0, end=len(text),
                  title="Sammanträdesprotokoll kommunstyrelsen 2024-10-29", date="2024-10-29")
    vote = Sentence(chunk=chunk, start=text.find(said), end=text.find(said) + len(said), text=said, score=1.0,
                    coverage=0.5, chunk_score=1.0)
    about = lambda s, left_out: 1.0  # noqa: E731
    right = check_tally("kommunstyrelsen röstade 8–5 om budgeten för 2025", [vote], about)
    assert right is not None and right.verdict == "supported"
    assert check_tally("kommunstyrelsen röstade 8–5 om budgeten för 2023", [vote], about) is None


def test_a_vote_naming_what_its_votes_were_for_is_a_split_vote() -> None:
    # minutes name the proposal each side voted for between the tallies
    text = ("Med 6 röster för ordförandens förslag mot 5 för Moderaternas och Kristdemokraternas förslag beslutar "
            "kommunstyrelsen enligt ordförandens förslag.")
    assert split_vote(text) == "6 röster för ordförandens förslag mot 5"
    assert split_vote("Förslaget kostar 6 miljoner för skolan mot 5 i fjol.") == ""  # no vote word


def test_a_tally_is_about_the_matter_its_paragraph_heading_names() -> None:
    """A protocol's vote decides its paragraph's matter: "§ 34 Simhall – förstudie" above the vote says the claim's
    "simhallen" although the vote's own sentence does not."""
    from assistant.evidence.claim_vote import check_tally

    text = "## § 34 Simhall – förstudie\nMed 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen enligt förslaget."
    vote = sentence(text.split("\n")[1], start=text.index("Med"), chunk_text=text)
    about = lambda s, left_out: 1.0 if "simhall" in s.text.lower() else 0.3  # noqa: E731
    result = check_tally("Kommunstyrelsen röstade 8–5 om simhallen?", [vote], about)
    assert result is not None and result.verdict == "supported"


def test_a_tally_in_a_passage_cut_below_its_heading_is_about_its_sections_matter() -> None:
    """The passage opens after the paragraph's heading (the chunker's section "§ 98 VA-taxa 2027" above a fee table):
    the section's title names the matter and the year voted on, as the heading line would."""
    from dataclasses import replace

    from assistant.evidence.claim_vote import check_tally

    text = "För ett normalhus ökar kostnaden.\nOmröstning begärs. 24 ledamöter röstar för förslaget och 7 för yrkandet."
    vote = sentence(text[text.index("24"):], start=text.index("24"), chunk_text=text)
    vote = replace(vote, chunk=replace(vote.chunk, section="§ 98 VA-taxa 2027"))
    about = lambda s, left_out: 1.0 if "taxa" in s.text.lower() else 0.3  # noqa: E731
    right = check_tally("VA-taxan för 2027 klubbades med 24 röster mot 7", [vote], about)
    assert right is not None and right.verdict == "supported"
    wrong = check_tally("VA-taxan för 2027 klubbades med 25 röster mot 6", [vote], about)
    assert wrong is not None and wrong.verdict == "contradicted"


def test_a_vote_counting_each_proposals_votes_is_a_split_vote() -> None:
    # each side a proposal with its own count and vote word, the proposals named between them
    said = "Kommunstyrelsens förslag får 26 ja-röster och Moderaternas och Kristdemokraternas förslag 19 röster."
    assert split_vote(said) == "26 ja-röster och Moderaternas och Kristdemokraternas förslag 19 röster"
    assert split_vote("Förslaget får 26 röster. Investeringen är 19 miljoner kronor.") == ""


def test_the_abstentions_counted_after_a_tally_are_the_rest_of_the_vote() -> None:
    from assistant.evidence.claim_vote import abstentions_after
    from assistant.evidence.sentences import split_sentences

    text = ("Omröstning: Kommunstyrelsens förslag får 26 ja-röster och Moderaternas förslag 19 röster. 2 ledamöter "
            "avstår. Ärendet var uppe i juni.\nBeslut: Fullmäktige fastställer budgeten. 3 ledamöter avstår.")
    chunk = Chunk(id="p#0", doc_path="p.docx", text=text, start=0, end=len(text), title="Protokoll")
    sentences = [Sentence(chunk=chunk, start=a, end=b, text=text[a:b], score=1.0, coverage=1.0, chunk_score=1.0)
                 for a, b in split_sentences(chunk)]
    tally = next(s for s in sentences if "26 ja-röster" in s.text)
    assert [s.text for s in abstentions_after(tally)] == ["2 ledamöter avstår."]
    decision = next(s for s in sentences if s.text.startswith("Beslut"))
    assert abstentions_after(decision) == []  # no tally
