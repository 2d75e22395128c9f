"""An amount left open: a sentence that itself asks the asked amount, as an indirect question, says it is not yet
settled ("Beslut togs att förvaltningen ska inventera behov och återkomma ... med underlag för beslut hur många
feriearbeten som kan erbjudas": none yet). Asked alone ("Hur många feriearbeten beslutade nämnden om?") the
documents give no figure: a refusal, the sentence shown as related. Asked beside a figure of another source, in a
statement before it ("S ville ha ca 200 sommarjobb i sin budget. Hur många feriearbeten bestämde nämnden om?") or
another part of the question, it answers: that figure's sentence and the one leaving the asked amount open.

    leaves_open(q, text) -> bool   # the text asks how much or how many of what the question counts
    left_open(answer) -> Answer    # an answer leaving its amount open, asked alone: a refusal naming why
    with_open_amount(q, chosen, named) -> list[Sentence]  # the sentence leaving it open in place of its document's
"""
from __future__ import annotations

import re

from assistant.understand.query import HOW_MUCH, QueryAnalysis, stems

NOUN_REACH = 2  # words between the interrogative and its noun ("hur många nya feriearbeten")


def leaves_open(q: QueryAnalysis, text: str) -> bool:
    """The text holds an indirect question of amount ("hur många feriearbeten som kan erbjudas", "how much of the
    grant will be paid") whose noun is one the question asks the amount of: the noun after the question's own
    interrogative. A question asking no amount, or one whose interrogative heads no noun ("hur mycket kostar"),
    has nothing to leave open."""
    from assistant.evidence.sentences import amounts_in

    asked = _counted(q.original)
    if not q.wants_amount or not asked or amounts_in(text):  # a figure beside it is what it states
        return False
    for m in HOW_MUCH.finditer(text):
        if m.start() == 0:  # the text opens with it: a question of its own, not an indirect one
            continue
        after = re.findall(r"[^\W\d_]+", text[m.end():])[:NOUN_REACH + 1]
        if asked & {s for word in after for s in stems(word)}:
            return True
    return False


def _counted(question: str) -> set[str]:
    """The stems of the words right after the question's interrogative of amount: what it asks the amount of."""
    found: set[str] = set()
    for m in HOW_MUCH.finditer(question):
        after = re.findall(r"[^\W\d_]+", question[m.end():])[:NOUN_REACH + 1]
        found |= {s for word in after for s in stems(word)}
    return found


def with_open_amount(q: QueryAnalysis, chosen: list, named: list) -> list:
    """The quotes of an answer whose amount is left open: the best-ranked sentence leaving it open (of `named`)
    stands for its document, in place of that document's other quotes; the other documents' quotes stay (a
    figure of a budget the question cites beside the decision still to be taken)."""
    open_ = next((s for s in named if leaves_open(q, s.text)), None)
    if open_ is None:
        return chosen
    return [s for s in chosen if s.chunk.doc_path != open_.chunk.doc_path] + [open_]


def left_open(answer):
    """The answer to a question asked alone: one whose amount a sentence leaves open (judgement "open") refuses,
    saying so, its quotes shown as related passages; any other answer as it is."""
    from dataclasses import replace

    from assistant.compose.answer import refusal_text

    if answer.refused or answer.route.get("reasons", {}).get("judgement") != "open":
        return answer
    return replace(answer, answer=refusal_text(answer.language, "open", True), refused=True, citations=(),
                   related=answer.citations, route={**answer.route, "path": "refusal"})
