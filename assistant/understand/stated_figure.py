"""A statement naming a figure of one kind before a question asking a figure of another kind: "Orusts budget hade
en prognos för årets resultat 2024. Hur mycket bättre blev det faktiska resultatet enligt årsredovisningen?" The
statement's figure (the budget document's forecast) and the asked one (the annual report's outcome) are often in
two documents, and what is asked is held against the statement's. Each is asked as a question of its own, so each
is answered and cited from its document and a difference asked of them is computed from both.

    figure_then_asked(question)  # [the statement asked, the question asked plainly], or []
"""
from __future__ import annotations


import re

from assistant.budget.columns import claimed_kinds, kind_words, stated_kinds
from assistant.budget.plan import BY_HOW_MUCH_EITHER
from assistant.understand.parts import first_verb, has_topic, statement_before
from core.years import YEAR

HOW_MUCH = "Hur mycket"


def figure_then_asked(question: str) -> list[str]:
    """The statement before the question (understand.parts.statement_before) asked for its figure ("Hur mycket
    hade Orusts budget en prognos för årets resultat 2024?": its verb before its subject) and the question asked
    plainly; [] unless the statement names a kind of figure (a budget, a forecast: columns.stated_kinds) and a
    topic, and the question asks a figure of another kind only (what a figure came to: columns.claimed_kinds)."""
    preamble, asked = statement_before(question)
    if not preamble or not has_topic(preamble):
        return []
    stated = stated_kinds(preamble)
    if not stated or stated & set(claimed_kinds(asked)):
        return []
    statement = preamble.strip().rstrip(".,;:–—- ")
    verb = first_verb(statement)
    if not verb:  # none, or the statement opens with it: no subject to ask it of
        return []
    subject, said = statement[:verb].strip(), statement[verb:].split(maxsplit=1)
    if not subject or len(said) < 2:
        return []
    # the comparative asks how the asked figure stands against the statement's: asked plainly, the figure itself
    # ("Hur mycket bättre blev resultatet?" -> "Hur mycket blev resultatet?")
    plain = BY_HOW_MUCH_EITHER.sub(r"\1", asked.strip())
    # "Vad blev det faktiskt?": the pronoun is the statement's topic, asked of its own kind ("årets resultat")
    plain = with_topic(plain, topic_of(said[1]))
    return [f"{HOW_MUCH} {said[0]} {subject} {said[1]}?", plain if plain.endswith("?") else f"{plain}?"]


OPENERS = frozenset({"en", "ett", "den", "det", "de", "sin", "sitt", "sina", "för", "på", "om", "av", "till", "över"})
POINTING = re.compile(r"\b(det|den)\b", re.I)


def topic_of(rest: str) -> str:
    """What the statement's figure is of, after its verb: its words less the articles, kind words and prepositions
    opening them and its years ("en prognos för årets resultat 2024" -> "årets resultat"); "" when nothing is left."""
    kinds = {w.lower() for w in kind_words(rest)}
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?|\d+", rest.split(".")[0])
    while words and (words[0].lower() in OPENERS or words[0].lower() in kinds):
        words.pop(0)
    return " ".join(w for w in words if not YEAR.fullmatch(w))


def with_topic(question: str, topic: str) -> str:
    """The question with the pronoun that points back at the statement ("Vad blev det faktiskt?") replaced by the
    statement's topic; unchanged when it names its own."""
    from assistant.understand.followup import opens_noun_phrase, refers_back

    found = POINTING.search(question)
    if not topic or found is None or not refers_back(question):
        return question
    if opens_noun_phrase(re.findall(r"[^\W\d_]+", question[found.end():])):
        return question  # "det faktiska resultatet": an article, the question names its own topic
    return question[:found.start()] + topic + question[found.end():]
