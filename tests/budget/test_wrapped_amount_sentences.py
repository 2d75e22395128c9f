"""A PDF's hard-wrapped line is no sentence of its own: a text amount's clause names what the amount goes to."""
from __future__ import annotations

from assistant.budget.amounts import find_amounts
from core.types import DocumentMeta, LoadedDocument

TEXT = ("Satsningar\n"
        "Trots det ansträngda läget görs några satsningar. Kommunen avsätter 850 000 kronor till\n"
        "förebyggande arbete mot psykisk ohälsa bland unga och 1,5 miljoner kronor till en ny\n"
        "spontanidrottsplats i centrum.\n"
        "Budget och plan 2025–2027 3 (12)\n")


def test_a_wrapped_line_goes_on_with_its_sentence() -> None:
    doc = LoadedDocument(path="b.pdf", sha256="0", meta=DocumentMeta(title="Budget och plan 2025–2027"), text=TEXT)
    amounts = {a.text: a for a in find_amounts(doc)}
    assert "psykisk ohälsa" in amounts["850 000 kronor"].clause  # what the amount goes to, on the next line
    assert "spontanidrottsplats" in amounts["1,5 miljoner kronor"].clause
    assert amounts["850 000 kronor"].source.quote.endswith("i centrum.")  # the heading above is no part of it
    assert amounts["850 000 kronor"].source.quote.startswith("Kommunen avsätter")
