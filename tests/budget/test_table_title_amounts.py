"""A table's title line ("Fördelning av 100 kronor i kommunalskatt, budget 2026" right above the table) and a
markdown row of two cells ("| Totalt | 100 kr |") state no figure of the running text: the sum a table divides and
its rows are the table's."""
from __future__ import annotations

from assistant.budget.amounts import find_amounts
from core.types import DocumentMeta, LoadedDocument

PAGE = """# Så används din skatt

Skattesatsen i Motala kommun är 22,05 kronor per hundralapp 2026.

Fördelning av 100 kronor i kommunalskatt, budget 2026

| Verksamhet | Kronor av 100 kr |
|---|---|
| Grundskola | 24 kr |
| Totalt | 100 kr |

Investeringarna uppgår till 120 miljoner kronor.
"""


def test_a_tables_title_and_its_rows_are_no_text_amounts() -> None:
    doc = LoadedDocument(path="m.html", text=PAGE, sha256="m", meta=DocumentMeta(title="Så används din skatt"))
    quotes = [a.source.quote for a in find_amounts(doc)]
    assert any(q.startswith("Skattesatsen") for q in quotes) and any(q.startswith("Investeringarna") for q in quotes)
    assert not any("Fördelning" in q or "Totalt" in q or "Grundskola" in q for q in quotes)
