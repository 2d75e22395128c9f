"""A table whose rows go on at the top of the next page, where another table with the same header follows: the
rows stay the first table's, the header further down starts the second, and the reader never goes back to a line
it has passed (a generated document that once looped for ever)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument, PageSpan

FIRST = ("Tabell 1. Driftbudget\ntkr\tBudget 2021\tPlan 2022\nSocialnämnden\t127 362\t42 873\n"
         "Kommunstyrelsen\t2 683\t407\nTekniska nämnden\t316\t280\n")
SECOND_PAGE = ("Kultur- och fritidsnämnden\t5 249\t169 946\nBygg- och miljönämnden\t2 232\t999 999\n\n"
               "Tabell 2. Investeringar\ntkr\tBudget 2021\tPlan 2022\nVA-verket\t2 500\t227\nGator och vägar\t2 523\t491\n")


def _document(text: str, page_two: int) -> LoadedDocument:
    return LoadedDocument(path="p.txt", text=text, sha256="0" * 64, meta=DocumentMeta(title="T"),
                          pages=(PageSpan(1, 0, page_two), PageSpan(2, page_two, len(text))))


def test_rows_at_the_top_of_a_page_stay_with_the_table_above() -> None:
    text = FIRST + SECOND_PAGE
    tables = parse_tables(_document(text, len(FIRST)))
    first = next(t for t in tables if t.title.startswith("Tabell 1"))
    assert [r.label for r in first.rows][-2:] == ["Kultur- och fritidsnämnden", "Bygg- och miljönämnden"]
    second = next(t for t in tables if t.title.startswith("Tabell 2"))
    assert [(r.label, r.values[0]) for r in second.rows] == [("VA-verket", Decimal("2500")),
                                                             ("Gator och vägar", Decimal("2523"))]


def test_a_page_break_inside_tables_of_one_header_ends() -> None:
    """Two tables of one header, a page break inside the first, a row the second cannot read: it finishes."""
    text = ("tkr\tBudget 2021\tPlan 2022\nBudget\t127 362\t42 873\nBeslut på för\t2 683\t407\nVälfärd\t316\t280\n"
            "Beslut\t5 249\t169 946\nFörslag\t2 066\t863 974\n\ntkr\tBudget 2021\tPlan 2022\n− 2023\t477 688\t177\n"
            "Socialnämnden −\t2 500\t227\n")
    tables = parse_tables(_document(text, text.index("Beslut\t5")))
    assert [r.label for r in tables[0].rows][-2:] == ["Beslut", "Förslag"]
