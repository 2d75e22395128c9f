"""A later clause asking by a verb of its own ("..., och hur mycket fick dom?") is a part of its own also when the
first clause's verb is one only the corpus confirms ("begärde": the documents write "begära", "begärt")."""
from __future__ import annotations

from assistant.understand.parts import split_question
from assistant.understand.verbs import reading

CORPUS = frozenset("begära begärt begärs".split())
QUESTION = "hur mycket begärde socialnämnden i tilläggsanslag och hur mycket fick dom?"


def test_a_verb_the_corpus_confirms_parts_the_clauses() -> None:
    with reading(CORPUS.__contains__):
        assert split_question(QUESTION).standalone() == [
            "hur mycket begärde socialnämnden i tilläggsanslag?", "hur mycket fick dom?"]


def test_without_the_corpus_nothing_tells_the_clauses_ask_apart() -> None:
    # "begärde" is no verb beyond doubt by its ending alone
    assert split_question(QUESTION).standalone() == [QUESTION]
