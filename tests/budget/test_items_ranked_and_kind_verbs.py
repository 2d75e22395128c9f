"""What a ranking ranks and what a measure's verb names: "vilket projekt är störst" ranks every project, not the one row
whose label holds the noun ("Övriga projekt"); "hur mycket investerar kommunen" names the investment budget, not a row
whose compound only opens with the word ("Fastighetsunderhåll, investeringsdel")."""
from __future__ import annotations

from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Investeringar per projekt, belopp i tkr

| Projekt | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Nybyggnad Västra skolan | 38 000 | 42 000 |
| Fastighetsunderhåll, investeringsdel | 5 000 | 5 000 |
| Övriga projekt | 27 000 | 20 000 |
| Totalt investeringar | 70 000 | 67 000 |
"""


def _lexicon() -> Lexicon:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget 2025"), text=TEXT)
    book = FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Budget 2025",
                                       doc_type="budget", date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    return Lexicon.build(book.tables)


def test_the_ranked_items_noun_names_no_row() -> None:
    plan = plan_question("vilket projekt är störst 2025?", _lexicon())
    assert plan.operation == "max" and plan.rows == () and plan.items_only


def test_a_row_named_by_its_own_words_is_still_ranked_alone() -> None:
    plan = plan_question("är övriga projekt störst 2025?", _lexicon())
    assert "Övriga projekt" in plan.rows


def test_a_measure_verb_opening_a_rows_compound_names_the_table() -> None:
    from assistant.budget.matching import RowMatch
    from assistant.budget.plan import _tables_not_rows

    opening = RowMatch("Fastighetsunderhåll, investeringsdel", 2, 3, "investerar")
    assert _tables_not_rows([opening], ["investering"], _lexicon()) == []
    own_word = RowMatch("Totalt investeringar", 2, 4, "totala investeringarna")
    assert _tables_not_rows([own_word], ["investering"], _lexicon()) == [own_word]
