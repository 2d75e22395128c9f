"""A part of a compound question asking yes or no is checked as the claim it asks about, as a whole question is."""
from __future__ import annotations


def test_a_yes_no_part_said_with_the_preamble_is_answered_by_the_evidence_that_contradicts_it(assistant) -> None:
    answer = assistant.ask("S sommarjobbssatsning: hur mycket pengar blir det totalt, hur många jobb räcker det "
                           "till och är det permanent?")
    quotes = [c.quote for c in answer.citations]
    assert any("tillfällig" in q for q in quotes)
    assert any("2 mnkr" in q for q in quotes)
    assert "Jag hittar inget" not in answer.answer


def test_a_verdict_from_fewer_of_the_named_documents_than_the_quoting_answer_does_not_answer() -> None:
    from assistant.build import Assistant
    from assistant.understand.query import analyse
    from core.types import Answer, Citation

    def answered(*docs: str) -> Answer:
        return Answer(question="", answer="x", citations=tuple(
            Citation(n=i + 1, doc=d, title=d, quote="q", chunk_id=f"{d}#0") for i, d in enumerate(docs)))

    class Targets:
        def targets(self, q):  # noqa: ANN001, ANN201 - one predicate per document the question names
            return [lambda c: True] * len(q.doc_types)

    assistant = object.__new__(Assistant)
    assistant.retriever = Targets()
    assistant._analyse = lambda question, history: analyse(question)
    both = "Fanns uppräkningen både i budgeten och i handlingsplanen?"
    assert assistant._misses_named_source(both, answered("budget.txt"), answered("budget.txt", "plan.txt"))
    assert not assistant._misses_named_source(both, answered("budget.txt", "plan.txt"),
                                              answered("budget.txt", "plan.txt"))
    # one document named, or none: the verdict stands
    assert not assistant._misses_named_source("Fanns uppräkningen i budgeten?", answered("budget.txt"),
                                              answered("budget.txt", "plan.txt"))
    assert not assistant._misses_named_source("Fanns uppräkningen?", answered("budget.txt"),
                                              answered("budget.txt", "plan.txt"))
