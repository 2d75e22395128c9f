"""A verb of the question whose stem opens the documents' noun compound ("effektivisera": "effektiviseringskrav")
names the amount said with that noun: the budget's "nämnderna fått effektiviseringskrav om totalt 4,7 miljoner kronor
för 2025" answers "hur mycket ska nämnderna effektivisera 2025" before one committee's share said with the verb."""
from assistant.budget.amounts import find_amounts
from assistant.budget.topics import AmountIndex, best_amounts
from core.types import DocumentMeta, LoadedDocument

TEXT = ("Ekonomiska förutsättningar\n\nFör att nå det finansiella målet har nämnderna fått effektiviseringskrav om "
        "totalt 4,7 miljoner kronor för 2025.\n\nSocialnämnden\n\nSocialnämnden ska effektivisera 2,1 miljoner kronor "
        "genom färre externa placeringar.\n\nInvesteringar\n\nInvesteringsbudgeten för 2025 uppgår till 61,4 miljoner "
        "kronor.\n")


def test_the_noun_compound_of_the_asked_verb_names_the_amount() -> None:
    doc = LoadedDocument(path="b.txt", sha256="0", meta=DocumentMeta(title="Mål och budget 2025"), text=TEXT)
    best = best_amounts("Hur mycket ska nämnderna effektivisera 2025?", AmountIndex(tuple(find_amounts(doc))))
    assert best[0][1].text.startswith("4,7"), [(s, a.text) for s, a in best]
