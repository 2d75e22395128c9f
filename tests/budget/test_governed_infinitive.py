"""A row's name said in part ends before the infinitive the question's auxiliary governs across its subject ("hur
mycket ska simhallen kosta 2026": "simhallen", not a name going on in "kosta")."""
from __future__ import annotations

from assistant.budget.matching import Lexicon, governed_infinitive, match_rows, tokens
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Investeringsbudget, mnkr

| Projekt | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Ny förskola Påskallavik (BUN) | 24,0 | 18,5 |
| Simhallen, ombyggnad och upprustning (KFN) | 35,0 | 48,0 |
| Summa nettoinvesteringar | 59,0 | 66,5 |
"""


def lexicon() -> Lexicon:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Budget"), text=TEXT)
    book = FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Budget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))
    return book.index.lexicon


def test_a_name_said_in_part_ends_before_the_governed_infinitive() -> None:
    found = match_rows("hur mycket ska simhallen kosta 2026 enligt investeringsbudgeten", lexicon())
    assert [m.label for m in found] == ["Simhallen, ombyggnad och upprustning (KFN)"]


def test_a_word_of_a_label_is_no_infinitive() -> None:
    words = tokens("hur mycket ska nya förskola kosta 2026")
    assert governed_infinitive(words, lexicon()) == frozenset({words.index("kosta")})
    assert governed_infinitive(tokens("hur mycket kostar simhallen 2026"), lexicon()) == frozenset()
