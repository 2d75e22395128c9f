"""A claim of two clauses proved by two sentences: "Revisorerna riktade kritik mot socialnämnden men tillstyrkte
ändå ansvarsfrihet för 2023" is said by "Revisorerna riktar ... kritik mot socialnämnden ..." and "Revisorerna
tillstyrker ... att kommunfullmäktige beviljar ... ansvarsfrihet" of the same document. No one sentence names
everything the claim says; each clause is named by one of them.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.retrieval.retrieve import Sentence

# A conjunction that joins two clauses whatever follows it ("men", "medan", a semicolon), and one that joins clauses
# only when a finite verb follows in its part ("och har budgeterat"; "staben och avdelning unga" joins two nouns).
CLAUSE_JOINS = re.compile(r"\s*;\s+|\s+(?:men|medan|but|while|whereas)\s+", re.I)
PHRASE_JOINS = re.compile(r"(\s*,\s+(?:och\s+|samt\s+|and\s+)?|(?<!-)\s+(?:och|samt|and)\s+)", re.I)
WORDS = re.compile(r"[^\W\d_]+")


def claim_clauses(claim: str, is_verb: Callable[[str], bool]) -> list[str]:
    """The claim's clauses, in order: split at a clause conjunction, and at "och"/"samt"/a comma where the part
    after it holds a finite verb of its own (`is_verb`, per lower-case word)."""
    clauses: list[str] = []
    for part in CLAUSE_JOINS.split(claim):
        pieces = PHRASE_JOINS.split(part)  # text, joiner, text, ...
        merged = [pieces[0]]
        for join, piece in zip(pieces[1::2], pieces[2::2]):
            if any(is_verb(w.lower()) for w in WORDS.findall(piece)):
                merged.append(piece)
            else:
                merged[-1] = f"{merged[-1]}{join}{piece}"
        clauses.extend(c.strip() for c in merged if c.strip())
    return clauses


def named_by_clauses(clauses: Sequence[str], evidence: Sentence, candidates: Sequence[Sentence],
                     names: Callable[[str, Sentence], bool]) -> tuple[Sentence, ...] | None:
    """One sentence per clause (the `evidence` first, then the `candidates` in order) of the evidence's document that
    `names` what the clause says, or None when a clause has none or the claim is one clause. The sentences found,
    each once, in the order of the clauses."""
    if len(clauses) < 2:
        return None
    pool = [evidence, *(s for s in candidates if s.chunk.doc_path == evidence.chunk.doc_path and s is not evidence)]
    chosen: list[Sentence] = []
    for clause in clauses:
        found = next((s for s in pool if names(clause, s)), None)
        if found is None:
            return None
        if all(found is not s for s in chosen):
            chosen.append(found)
    return tuple(chosen)
