"""A compound the question says is said by its head in a passage naming its modifier: "Byggstart för reservoaren ..."
under "Nytt vatten till Borgafjäll" answers "när ska nya vattenreservoaren vara klar", before a sentence of another
matter that says more of the question's other words ("den nya förskolan ... beräknas vara klar")."""
from __future__ import annotations

from assistant.compose.answer import select_evidence
from assistant.evidence.sentences import Sentence
from assistant.understand.query import analyse
from core.types import Chunk

WATER = ("Nytt vatten till Borgafjäll – kommunen investerar 12,5 miljoner kronor\n\n"
         "Byggstart för reservoaren är planerad till juni 2025 och arbetet beräknas vara klart i oktober 2026.\n")
SCHOOL = ("Investeringar\n\nDen största enskilda investeringen är den nya förskolan i Fjugesta med sex avdelningar, "
          "som beräknas vara klar hösten 2026.\n")
DRAINS = ("Nya ledningar i Borgafjäll\n\nByggstart för reservoaren är planerad till juni 2025 och arbetet beräknas "
          "vara klart i oktober 2026.\n")


def _sentence(doc: str, passage: str, text: str, rank: float) -> Sentence:
    chunk = Chunk(id=f"{doc}#1", doc_path=doc, text=passage, start=0, end=len(passage), title=doc, section=None)
    at = passage.index(text)
    return Sentence(chunk=chunk, start=at, end=at + len(text), text=text, score=rank, coverage=0.7, chunk_score=1.0)


def test_a_compound_is_said_by_its_head_where_the_passage_names_its_modifier() -> None:
    q = analyse("när ska nya vattenreservoaren i borgafjäll vara klar")
    water = _sentence("press.txt", WATER, "Byggstart för reservoaren är planerad till juni 2025 och arbetet beräknas "
                      "vara klart i oktober 2026.", 1.0)
    school = _sentence("budget.pdf", SCHOOL, "Den största enskilda investeringen är den nya förskolan i Fjugesta med "
                       "sex avdelningar, som beräknas vara klar hösten 2026.", 0.85)
    assert select_evidence(q, [water, school])[0] is water  # ranked first, and saying as much of the question


def test_the_head_alone_in_a_passage_without_the_modifier_says_no_compound() -> None:
    from assistant.compose.answer import _covered

    q = analyse("när ska nya vattenreservoaren i borgafjäll vara klar")
    drains = _sentence("plan.pdf", DRAINS, "Byggstart för reservoaren är planerad till juni 2025 och arbetet "
                       "beräknas vara klart i oktober 2026.", 1.0)
    compound = next(i for i, g in enumerate(q.groups) if g[0].startswith("vattenreserv"))
    assert compound not in _covered(q, drains)
