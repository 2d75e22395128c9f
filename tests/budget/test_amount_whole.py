"""A text amount said to be the whole ("Projektet kostar totalt 1,4 miljoner kronor.") answers a question asking the
whole before an amount of a part that names the thing itself; a paragraph opening with a definite noun as its
subject ("Projektet") points back at the paragraph before it."""
from __future__ import annotations

from assistant.budget.amounts import find_amounts, opens_definite
from assistant.budget.topics import AmountIndex, best_amounts
from core.types import DocumentMeta, LoadedDocument

TEXT = """Köping får 700 000 kronor till ny våtmark vid Köpingsån

Köpings kommun har beviljats 700 000 kronor i bidrag från Länsstyrelsen. Pengarna ska användas till att anlägga en våtmark på 2,3 hektar vid Köpingsån, söder om Strömsholmsvägen.

Projektet kostar totalt 1,4 miljoner kronor. Kommunen finansierar resterande 700 000 kronor inom tekniska nämndens budget.

Arbetet påbörjas i augusti 2025.
"""


def amounts() -> AmountIndex:
    doc = LoadedDocument(path="p.txt", sha256="0", meta=DocumentMeta(title="Pressmeddelande"), text=TEXT)
    return AmountIndex(tuple(find_amounts(doc)))


def test_a_paragraph_opening_with_a_definite_noun_points_back() -> None:
    assert opens_definite("Projektet kostar totalt 1,4 miljoner kronor.")
    assert not opens_definite("Köping får 700 000 kronor till ny våtmark")
    total = next(a for a in amounts().items if a.amount.text == "1,4 miljoner kronor").amount
    assert "Köpingsån" in total.lead


def test_the_whole_answers_a_question_asking_the_whole() -> None:
    best = best_amounts("Vad kostar våtmarken vid Köpingsån totalt?", amounts())
    assert best and best[0][1].text == "1,4 miljoner kronor"
