"""The documents' own terms in an English question: a Swedish term in parentheses or quotes ("the election
committee (Valnämnd)", "net result (årets resultat)", "'uppsökande föreningsaktiviteter'") is what the documents
say, and the English words right before a parenthesised term only translate it (its gloss).

A term is written in the documents' language when none of its words is English (an English function word or a
word the glossary translates): "(election committee)" after a Swedish name is the gloss itself, not a term.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

PARENTHESISED = re.compile(r"\(([^()\d]{1,60})\)")
# a quote opens after a space (not the possessive "Democrats' budget") and closes before one
QUOTED = re.compile(r"(?<!\w)['‘\"“]([^\W\d_][^'‘’\"“”\d]{1,58}[^\W\d_])['’\"”](?!\w)")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
GLOSS_WORDS = 4  # an English noun phrase glossing one term: "municipal executive board", "total municipal grant"


@dataclass(frozen=True, slots=True)
class Term:
    """A term in the documents' words (`term`: its character span) and the English words glossing it (`gloss`:
    their span, empty when none stands right before a parenthesis)."""

    term: tuple[int, int]
    gloss: tuple[int, int]


def _english_word(word: str) -> bool:
    from assistant.understand.query import ENGLISH_STOP, glossary

    return word in ENGLISH_STOP or word in glossary()


def _in_documents_language(term: str) -> bool:
    found = [w.lower() for w in WORD.findall(term)]
    return bool(found) and not any(_english_word(w) for w in found)


def _gloss_before(text: str, at: int) -> tuple[int, int]:
    """The span of the content words standing right before `at` (at most GLOSS_WORDS, none across punctuation
    or an English function word): "the election committee (" -> "election committee"."""
    from assistant.understand.query import ENGLISH_STOP

    start = end = at
    taken = 0
    for m in reversed(list(WORD.finditer(text, 0, at))):
        if text[m.end():start].strip() or m.group().lower() in ENGLISH_STOP or taken == GLOSS_WORDS:
            break
        if not taken:
            end = m.end()
        start = m.start()
        taken += 1
    if not taken:
        return at, at
    for phrase in _phrases():  # a glossary phrase ending there glosses whole: "water and sewage (VA)"
        found = re.search(r"(?<!\w)" + re.escape(phrase) + r"\s*$", text[:end], re.I)
        if found:
            start = min(start, found.start())
    return start, end


@lru_cache(maxsize=1)
def _phrases() -> tuple[str, ...]:
    from assistant.understand.query import glossary

    return tuple(k for k in glossary() if " " in k)


def documents_terms(text: str) -> list[Term]:
    """The terms in the documents' language that an English question writes in parentheses or quotes, with the
    glosses of the parenthesised ones."""
    found = []
    for m in PARENTHESISED.finditer(text):
        if _in_documents_language(m.group(1)):
            found.append(Term(term=m.span(1), gloss=_gloss_before(text, m.start())))
    for m in QUOTED.finditer(text):
        if _in_documents_language(m.group(1)):
            found.append(Term(term=m.span(1), gloss=(m.start(), m.start())))
    return found


def without_glosses(text: str) -> str:
    """The text with the English glosses of its parenthesised terms blanked out (their length kept as spaces)."""
    for t in documents_terms(text):
        a, b = t.gloss
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def term_words(text: str) -> list[str]:
    """The words of the documents' terms the text writes in parentheses or quotes."""
    return [w for t in documents_terms(text) for w in WORD.findall(text[t.term[0]:t.term[1]])]
