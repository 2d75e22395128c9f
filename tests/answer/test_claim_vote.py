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
