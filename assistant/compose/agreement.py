"""Who holds an asked role, by what the documents agree on.

The sentences that fill a "who" slot may name different people: the minutes' "Kommunstyrelsen utser Mikael Strand (S)
att jämte ordföranden justera" names the chair's co-signer, while the budget's signature and the minutes' roll call
name the chair. The person named by the most documents among the fillers answers; the sentences of other documents
naming the same person corroborate the answer and are quoted with it (a press release's contact line and the
budget's signature both say who chairs the board).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.evidence.sentences import Sentence


def person_key(name: str | None) -> str:
    """A person's first and last name, without party or a capitalised word run on after it ("Annika Rydell (M)" and
    "Annika Rydell Justerande" are both "Annika Rydell"); "" for no name."""
    if not name:
        return ""
    words = [w for w in name.replace("(", " ( ").split() if not w.startswith("(")]
    return " ".join(words[:2]) if len(words) >= 2 else ""


def _says(key: str, text: str) -> bool:
    return bool(key) and key in " ".join(text.split())


def _support(key: str, filled: Sequence[Sentence]) -> int:
    """The number of documents with a filler naming the person."""
    return len({s.chunk.doc_path for s in filled if _says(key, s.text)})


def agreed_first(filled: list[Sentence], named: Callable[[str], str | None],
                 witnesses: Sequence[Sentence] = ()) -> list[Sentence]:
    """`filled` (best first) with the fillers whose answer (`named`: the person the answer would name from the
    sentence) is named by the most documents among `witnesses` (all fillers; default `filled`) first; in their order
    otherwise. Unchanged when no person is named by two documents: one source's ranking stands."""
    witnesses = witnesses or filled
    support = {id(s): _support(person_key(named(s.text)), witnesses) for s in filled}
    if max(support.values(), default=0) < 2:
        return filled
    return sorted(filled, key=lambda s: -support[id(s)])


def corroborating(best: Sentence, filled: Sequence[Sentence], named: Callable[[str], str | None],
                  min_score: float) -> list[Sentence]:
    """The best-ranked filler of each other document whose answer is the person the best sentence names (scoring at
    least `min_score`), in rank order: a sentence naming the person beside another one answering would say the
    other one ("Sekreterare: Lisa Ström Ordförande: Annika Rydell")."""
    key = person_key(named(best.text))
    out: list[Sentence] = []
    seen = {best.chunk.doc_path}
    for s in filled:
        if s.chunk.doc_path not in seen and s.score >= min_score and key and person_key(named(s.text)) == key:
            out.append(s)
            seen.add(s.chunk.doc_path)
    return out
