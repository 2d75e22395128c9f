"""A label opening with a word that frames the thing ("Nytt LSS-boende Västerhöjden") is opened by what it is: of
the labels a name fits equally, "LSS-boendet" is that project, not "Inventarier nytt LSS-boende"."""
from __future__ import annotations

from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Investeringsbudget 2025–2027

Belopp i tkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Nytt LSS-boende Västerhöjden | 32000 | 14000 | 0 |
| Inventarier nytt LSS-boende | 0 | 1500 | 0 |
| Summa | 32000 | 15500 | 0 |
"""


def test_a_framing_word_does_not_open_the_label() -> None:
    doc = LoadedDocument(path="b.md", sha256="0", meta=DocumentMeta(title="Budget"), text=TEXT)
    lexicon = Lexicon.build(parse_tables(doc))
    assert [m.label for m in match_rows("hur mycket är budgeterat för LSS-boendet 2025?", lexicon)] == [
        "Nytt LSS-boende Västerhöjden"]
