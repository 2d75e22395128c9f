"""A whole asked split between named parts ("hur fördelas X mellan A och B") is answered only by evidence naming each
part beside an amount; a sum of the whole names neither."""
from __future__ import annotations

from pathlib import Path

from assistant.compose.answer import judge_evidence, split_between
from assistant.retrieval.retrieve import Sentence
from core.types import Chunk
from assistant.understand.query import analyse
from tests.fakes import assistant_over


def test_the_parts_a_whole_is_asked_split_between() -> None:
    assert split_between(analyse("hur fördelas IT-investeringarna 2025 mellan skolan och äldreomsorgen?")) == (
        frozenset({"skolan"}), frozenset({"äldreomsorg"}))
    # the words telling the parts apart, not those they share
    assert split_between(analyse("hur delades paketet mellan avdelning vuxna och avdelning unga?")) == (
        frozenset({"vuxn"}), frozenset({"ung"}))
    assert split_between(analyse("hur ska buffertarna fördelas mellan nämnderna?")) == ()  # no parts named apart
    assert split_between(analyse("vad är skillnaden mellan 2024 och 2025?")) == ()  # no split asked


def test_a_split_is_answered_by_the_parts_not_by_the_whole(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "budget.md").write_text(
        "# Budget 2025\n\nKommunen investerar 4,5 miljoner kronor i IT och digitalisering under 2025.\n\n"
        "Socialnämnden beslutade om ett omställningspaket om 5,4 miljoner kronor. Av detta landar 4,7 miljoner på "
        "avdelning vuxna och 700 000 kronor på avdelning unga.\n", encoding="utf-8")
    assistant = assistant_over(folder)
    whole = assistant.ask("Hur fördelas IT-investeringarna 2025 mellan skolan och äldreomsorgen?")
    assert whole.refused, whole.answer
    parts = assistant.ask("Hur fördelades omställningspaketet mellan vuxna och unga?")
    assert not parts.refused and "4,7" in parts.answer, parts.answer


def _sentence(text: str) -> Sentence:
    chunk = Chunk(id="b#0", doc_path="budget.md", text=text, start=0, end=len(text), title="Budget 2025")
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)


def test_the_judgement_wants_each_part_named_beside_an_amount() -> None:
    q = analyse("hur fördelas IT-investeringarna 2025 mellan skolan och äldreomsorgen?")
    whole = _sentence("IT och digitalisering: investeringar 4,5 miljoner kronor 2025.")
    assert not judge_evidence(q, [whole], probability=0.9, cutoff=0.2).answerable
    split = _sentence("Av IT-investeringarna 2025 går 3 miljoner kronor till skolan och 1,5 miljoner kronor till "
                      "äldreomsorgen.")
    assert judge_evidence(q, [split], probability=0.9, cutoff=0.2).answerable
