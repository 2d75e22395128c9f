"""A claimed figure of a thing no document names ("en ny bowlinghall") is neither confirmed nor contradicted by another
figure: not by a table row the claim's other words happen to match (the calculator), nor by a sentence's figure."""
from __future__ import annotations

from assistant.build import Assistant


def test_a_figure_of_a_thing_no_document_names_is_not_found(assistant: Assistant) -> None:
    for claim in ("Stämmer det att socialnämnden får 40 mnkr till en ny bowlinghall 2022?",
                  "Stämmer det att kommunen bygger en ny bowlinghall för 40 miljoner kronor?"):
        answer = assistant.ask(claim)
        assert answer.verdict == "not_found", (claim, answer.answer)


def test_an_unknown_thing_is_a_noun_not_a_verb_or_a_relative_time(assistant: Assistant) -> None:
    things = assistant._unknown_things("Kommunen sänker skatten nästa år och bygger en ny bowlinghall för 40 miljoner")
    assert any(t.startswith("bowlinghall") for t in things), things
    assert not any(t.startswith(("näst", "sänk")) for t in things), things


def test_an_english_claims_untranslated_words_are_no_unknown_things(assistant: Assistant) -> None:
    claim = ("the S budget says the annual result should be at least 2 percent of tax revenue and general "
             "government grants")
    assert assistant._unknown_things(claim) == []


def test_no_unknown_thing_without_a_claimed_figure_nor_in_a_verbs_particle(assistant: Assistant) -> None:
    """A trend claim ("driftsramen växer varje år") states no figure of a thing: the rows it names decide it; "gick
    16 miljoner back" is a particle verb, its "back" no thing."""
    assert assistant._unknown_things("Kommunstyrelsens driftsram växer varje år i S-budgeten 2021–2023.") == []
    assert assistant._unknown_things("socialförvaltningen gick 16 miljoner back 2019") == []
    assert assistant._unknown_things("årets resultat 2023 blir drygt 121 miljarder kronor") == []  # a hedge
    # a tag question after the claim ("Stämmer siffran?") is no part of what it claims
    assert assistant._unknown_things("S räknar med ett resultat på 121 miljoner år 2022. Stämmer siffran?") == []
    assert assistant._unknown_things("kommunen bygger en ny bowlinghall för 40 miljoner kronor")
