"""A statement is a claim by a finite verb of its main clause: a verb inside a relative clause describes a noun of a
search typed without a question word, and a noun's genitive plural ("sossarnas") is no s-passive."""
from assistant.evidence.claims import claim_text, is_finite_verb, main_clause_words


def test_a_verb_of_a_relative_clause_makes_no_statement() -> None:
    assert claim_text("storlek på omställningspaketet som socialnämnden klubbade i maj 2020") is None
    assert main_clause_words("paketet som nämnden klubbade i maj") == ["paketet", "i", "maj"]


def test_the_main_clauses_verb_after_a_relative_clause_states_something() -> None:
    assert claim_text("Nämnderna som får mest pengar är socialnämnden?") == "Nämnderna som får mest pengar är socialnämnden"
    assert claim_text("Kommunen, som har ont om pengar, ska sälja skidbacken?") is not None
    assert claim_text("S vill bygga en ny simhall i Sollebrunn för 150 miljoner?") is not None


def test_a_genitive_plural_is_no_passive_verb() -> None:
    assert not is_finite_verb("sossarnas") and not is_finite_verb("nämndernas")
    assert is_finite_verb("föreslås")
    assert claim_text("avgiftsfinansierad verksamhet – investeringar 2025 enligt sossarnas budget") is None


def test_a_phrase_stating_an_amount_is_a_claim_by_its_relative_clauses_verb() -> None:
    assert claim_text("S budget: 2 miljoner till sommarjobb som ska räcka till runt 300 jobb?") is not None
