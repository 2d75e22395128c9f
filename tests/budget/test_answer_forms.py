"""Two forms of the answer joined ("både antal och procent", "i kronor och procent") say how the figure is to be
given: "antal" there names no row ("Antal invånare 31 dec")."""
from __future__ import annotations

from assistant.budget.matching import Lexicon, answer_forms, match_rows, tokens
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Fem år i sammandrag

| | 2022 | 2023 | 2024 |
|---|---:|---:|---:|
| Antal invånare 31 dec | 95024 | 95394 | 96412 |
| Årets resultat, mnkr | 120,1 | 79,8 | 92,4 |
"""


def lexicon() -> Lexicon:
    doc = LoadedDocument(path="a.md", sha256="0", meta=DocumentMeta(title="Årsredovisning"), text=TEXT)
    return Lexicon.build(parse_tables(doc))


def test_joined_forms_of_the_answer_are_found() -> None:
    words = tokens("hur mycket har befolkningen ökat, både antal och procent")
    assert [words[k] for k in answer_forms(words)] == ["antal", "procent"]
    assert answer_forms(tokens("hur stort var antal invånare 2024")) == []


def test_a_form_of_the_answer_names_no_row() -> None:
    # a topic no row holds stays unmatched: "antal" beside "procent" does not name "Antal invånare 31 dec"
    assert match_rows("hur mycket har skatteunderlaget ökat mellan 2022 och 2024, både antal och procent?",
                      lexicon()) == []
    assert [m.label for m in match_rows("hur stort var antal invånare 2024?", lexicon())] == ["Antal invånare 31 dec"]
