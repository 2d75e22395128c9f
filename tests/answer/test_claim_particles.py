"""A modal particle presuming the statement ("gick väl back") asks for confirmation like a tag: the claim is read
without it, so its phrases ("gick back") stay whole."""
from __future__ import annotations

from assistant.evidence.claim_sign import says_sign
from assistant.evidence.claims import statement_claim


def test_the_particle_is_left_out_of_the_claim() -> None:
    claim = statement_claim("överkalix gick väl back 2023?")
    assert claim == "överkalix gick back 2023"
    assert says_sign(claim, "negative")
    assert statement_claim("Kommunen har ju sänkt skatten 2024") == "Kommunen har sänkt skatten 2024"


def test_a_word_only_spelled_like_a_particle_stays() -> None:
    assert statement_claim("Skolan är välskött i år, eller hur?") == "Skolan är välskött i år"
