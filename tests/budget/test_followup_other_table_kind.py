"""A follow-up naming, with no row of its own, a kind of table none of the earlier turn's rows is in asks that table's
own figure: "hur stor är investeringsbudgeten samma år?" after "vad blir resultatet 2025?" is the investment budget's
total, not "Årets resultat" read again; a follow-up naming a kind of table that holds the earlier row reads it there."""
from __future__ import annotations

from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Resultatbudget (mnkr)

| | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Verksamhetens nettokostnader | -2 100,0 | -2 150,0 |
| Årets resultat | 27,4 | 30,1 |

Investeringsbudget 2025–2026 (mnkr)

| | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Kommunstyrelsen | 73,0 | 60,0 |
| Tekniska nämnden | 101,5 | 90,0 |
| Summa investeringar | 174,5 | 150,0 |

Driftbudget 2025 (mnkr)

| | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Kommunstyrelsen | 221,8 | 225,0 |
| Tekniska nämnden | 570,2 | 580,0 |
"""


def _lexicon() -> Lexicon:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Budget 2025"), text=TEXT)
    book = FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Budget 2025",
                                       doc_type="budget", date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    return Lexicon.build(book.tables)


def test_a_followup_naming_another_kind_of_table_drops_the_earlier_row() -> None:
    plan = plan_question("hur stor är investeringsbudgeten samma år?", _lexicon(),
                         history=["vad blir årets resultat 2025?"])
    assert plan.rows == () and plan.table_kind == "investering" and plan.years == (2025,)


def test_a_followup_naming_a_kind_of_table_holding_the_earlier_row_keeps_it() -> None:
    plan = plan_question("och vad har den i investeringsbudgeten samma år?", _lexicon(),
                         history=["hur mycket får kommunstyrelsen 2025?"])
    assert plan.rows == ("Kommunstyrelsen",) and plan.table_kind == "investering" and plan.years == (2025,)
