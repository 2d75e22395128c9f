"""A clause opened by a finite verb asks yes or no, whether the verb is one of those a question usually opens with
("fick", "blev") or another finite or strong past verb, alone or compounded with a particle ("avvek": "vek")."""
from __future__ import annotations

from assistant.understand.parts import split_question
from assistant.understand.words import asks_yes_no, opens_with_verb


def test_a_clause_opened_by_a_strong_past_with_a_particle_is_a_part_of_its_own() -> None:
    question = ("Med hur stor del av prisindex räknas kommunbidragen upp enligt resursfördelningsmodellen, och avvek "
                "budgetberedningen från det för 2021 och 2022?")
    assert split_question(question).standalone() == [
        "Med hur stor del av prisindex räknas kommunbidragen upp enligt resursfördelningsmodellen?",
        "avvek budgetberedningen från det för 2021 och 2022?"]


def test_a_verb_opens_a_yes_no_question_a_participle_does_not() -> None:
    assert opens_with_verb("avvek") and opens_with_verb("uppgick") and opens_with_verb("säger")
    assert asks_yes_no("Säger handlingsplanen samma sak?")
    assert not opens_with_verb("budgeterade")  # "budgeterade intäkter 2025?": a participle and its noun
    assert not asks_yes_no("budgeterade intäkter 2025?")


def test_a_verb_followed_by_a_preposition_or_att_states_what_was_said_before_it() -> None:
    assert asks_yes_no("Säger handlingsplanen samma sak?")
    assert not asks_yes_no("säger i pressmeddelandet att bronäs kostar 115 miljoner")
    assert not asks_yes_no("påstår att skatten höjs")
    assert asks_yes_no("fick nämnden mer?")  # a question-opening verb as before
