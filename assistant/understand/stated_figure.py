"""A statement naming a figure of one kind before a question asking a figure of another kind: "Orusts budget hade
en prognos för årets resultat 2024. Hur mycket bättre blev det faktiska resultatet enligt årsredovisningen?" The
statement's figure (the budget document's forecast) and the asked one (the annual report's outcome) are often in
two documents, and what is asked is held against the statement's. Each is asked as a question of its own, so each
is answered and cited from its document and a difference asked of them is computed from both.

    figure_then_asked(question)  # [the statement asked, the question asked plainly], or []
"""
from __future__ import annotations


from assistant.budget.columns import claimed_kinds, stated_kinds
from assistant.budget.plan import BY_HOW_MUCH_EITHER
from assistant.understand.parts import first_verb, has_topic, statement_before

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
    return [f"{HOW_MUCH} {said[0]} {subject} {said[1]}?", plain if plain.endswith("?") else f"{plain}?"]
