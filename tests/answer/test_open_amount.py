"""An amount a sentence leaves open ("återkomma med underlag för beslut hur många feriearbeten som kan erbjudas")
answers a question holding it against another source's figure, and is a refusal saying so when asked alone."""
from __future__ import annotations

from pathlib import Path

from assistant.compose.answer import judge_evidence
from assistant.evidence.open_amount import leaves_open, left_open, with_open_amount
from assistant.retrieval.retrieve import Sentence
from assistant.understand.query import analyse
from core.types import Answer, Citation, Chunk
from tests.fakes import assistant_over

DECISION = ("Beslut togs att förvaltningen ska inventera behov och återkomma på nästa möte med underlag för beslut "
            "hur många feriearbeten som kan erbjudas.")


def _sentence(text: str, doc: str = "namnden.md") -> Sentence:
    chunk = Chunk(id=f"{doc}#0", doc_path=doc, text=text, start=0, end=len(text), title="Nämnden i korthet")
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)


def test_an_indirect_question_of_the_asked_amount_leaves_it_open() -> None:
    q = analyse("Hur många feriearbeten beslutade nämnden om i januari 2024?")
    assert leaves_open(q, DECISION)
    # another noun counted, a figure stated beside it, or a question of its own leave nothing of it open
    assert not leaves_open(q, "Förvaltningen ska återkomma med underlag om hur många platser som behövs.")
    assert not leaves_open(q, "Nämnden visade hur många feriearbeten som erbjöds: 120 stycken.")
    assert not leaves_open(q, "Hur många feriearbeten kan erbjudas i år?")
    assert not leaves_open(analyse("Vem beslutade om feriearbeten?"), DECISION)  # no amount asked


def test_the_judgement_takes_an_open_amount_as_the_answer() -> None:
    q = analyse("Hur många feriearbeten beslutade nämnden om i januari 2024?")
    judged = judge_evidence(q, [_sentence(DECISION)], probability=0.9, cutoff=0.2)
    assert judged.answerable and judged.reason == "open"
    said = judge_evidence(q, [_sentence("Nämnden beslutade i januari 2024 att erbjuda 120 feriearbeten.")],
                          probability=0.9, cutoff=0.2)
    assert said.reason == "ok"


def test_the_open_sentence_stands_for_its_document_beside_the_others() -> None:
    q = analyse("S ville ha ca 200 sommarjobb. Hur många feriearbeten blir det 2024?")
    budget = _sentence("Budgetposten bedöms kunna finansiera omkring 200 arbeten.", "budget.md")
    cost = _sentence("Kostnaden för feriearbeten ska tas ur förvaltningens budget.")
    decision = _sentence(DECISION)
    assert with_open_amount(q, [budget, cost], [budget, cost, decision]) == [budget, decision]
    assert with_open_amount(q, [budget, cost], [budget, cost]) == [budget, cost]  # none leaves it open


def test_asked_alone_an_open_amount_is_a_refusal_naming_why() -> None:
    quote = Citation(n=1, doc="namnden.md", title="Nämnden i korthet", quote=DECISION, chunk_id="n#0")
    answer = Answer(question="q", answer="…", citations=(quote,), route={"path": "text",
                                                                          "reasons": {"judgement": "open"}})
    refused = left_open(answer)
    assert refused.refused and not refused.citations and refused.related == (quote,)
    assert "lämnas öppen" in refused.answer
    stated = Answer(question="q", answer="…", citations=(quote,), route={"path": "text", "reasons": {"judgement": "ok"}})
    assert left_open(stated) == stated


def test_beside_a_figure_the_question_states_the_open_amount_answers(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "budget.md").write_text(
        "# Budget 2021 (S)\n\nSammantagen budgetpost för sommarjobb uppgår till 2 mnkr och bedöms kunna finansiera "
        "omkring 200 arbeten.\n", encoding="utf-8")
    (folder / "namnden-2024.md").write_text(
        "# Nämnden för arbete i korthet januari 2024\n\nInitiativet består i att ungdomar ska kunna erbjudas "
        f"feriearbeten under sommaren 2024. {DECISION}\n", encoding="utf-8")
    assistant = assistant_over(folder)
    alone = assistant.ask("Hur många feriearbeten beslutade nämnden om i januari 2024?")
    assert alone.refused and any("hur många feriearbeten" in c.quote for c in alone.related), alone.answer
    beside = assistant.ask("S ville ha ca 200 sommarjobb i sin budget. Hur många feriearbeten beslutade nämnden om "
                           "i januari 2024?")
    assert not beside.refused, beside.answer
    assert any("hur många feriearbeten" in c.quote for c in beside.citations), beside.answer
