"""A follow-up after a turn about a kind of table, not a row ("hur mycket investerar kommunen 2025 totalt?"), names a
row said in part in that kind of table: "och hur mycket av det är samhällsomvandlingen?" is its "Varav
samhällsomvandling", not the operating budget's row of that name."""
from __future__ import annotations

from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Investeringsbudget 2025–2027 (mnkr)

| | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Summa | 351,9 | 280,0 | 190,5 |
| Varav samhällsomvandling | 310,5 | 240,0 | 150,0 |
| Varav VA | 20,0 | 21,0 | 22,0 |

Driftbudget 2025 (mnkr)

| | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Tekniska nämnden | 221,8 | 225,0 |
| Socialnämnden | 570,2 | 580,0 |
| Samhällsomvandling, drift | 12,0 | 12,5 |
"""


def _lexicon() -> Lexicon:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget och plan 2025–2027"), text=TEXT)
    book = FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Budget och plan 2025–2027",
                                       doc_type="budget", date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    return Lexicon.build(book.tables)


def test_a_followup_names_a_row_of_the_kind_of_table_the_conversation_is_about() -> None:
    plan = plan_question("och hur mycket av det är samhällsomvandlingen?", _lexicon(),
                         history=["hur mycket investerar kommunen 2025 totalt?"])
    assert plan.rows == ("Varav samhällsomvandling",) and plan.years == (2025,)
