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


def test_the_parts_amounts_are_of_the_whole_asked() -> None:
    """"Hur fördelas socialnämndens effektiviseringskrav mellan äldreomsorgen och individ- och familjeomsorgen?": rows
    of the tax's distribution naming both parts say what each gets of a hundred kronor, no share of the saving."""
    q = analyse("Hur fördelas socialnämndens effektiviseringskrav mellan äldreomsorgen och individ- och "
                "familjeomsorgen?")
    tax = [_sentence("| Äldreomsorg | 30 kr |"), _sentence("| Stöd och omsorg (LSS, individ- och familjeomsorg) | 14 kr |")]
    assert not judge_evidence(q, tax, probability=0.9, cutoff=0.2).answerable
    saving = [_sentence("Socialnämndens effektiviseringskrav fördelas med 1,9 miljoner kronor på äldreomsorgen och "
                        "1,0 miljoner kronor på individ- och familjeomsorgen.")]
    assert judge_evidence(q, saving, probability=0.9, cutoff=0.2).answerable


def test_a_part_borne_by_a_body_is_stated_of_that_body() -> None:
    """"hur stor del av effektiviseringskravet ska kultur- och fritidsnämnden stå för?": the committee bears the part;
    the whole split among other committees ("varav 16,0 miljoner kronor för barn- och utbildningsnämnden ...") states
    none of its part, a sentence naming it does."""
    from assistant.compose.answer import asked_part

    q = analyse("hur stor del av effektiviseringskravet ska kultur- och fritidsnämnden stå för?")
    assert asked_part(q) == frozenset({"fritidsnämnd"})
    assert asked_part(analyse("hur stor del av socialnämndens budget är löner?")) == frozenset()  # the whole's owner
    others = _sentence("Nämnderna får ett effektiviseringskrav på sammanlagt 42,5 miljoner kronor 2026, varav 16,0 "
                       "miljoner kronor för barn- och utbildningsnämnden och 14,8 miljoner kronor för socialnämnden.")
    assert not judge_evidence(q, [others], probability=0.9, cutoff=0.2).answerable
    own = _sentence("Kultur- och fritidsnämnden ska stå för 2,1 miljoner kronor av effektiviseringskravet.")
    assert judge_evidence(q, [own], probability=0.9, cutoff=0.2).answerable
