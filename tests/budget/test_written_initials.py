"""A body written by its initials in lower case ("bun") or in the genitive ("BUNs", "buns") is the one body whose
name's initials they are, so a sum of two bodies reads both rows."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Investeringsbudget

Belopp i tkr

| Nämnd | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Tekniska nämnden | 42 000 | 38 300 |
| Barn- och utbildningsnämnden | 54 100 | 64 300 |
| Socialnämnden | 3 000 | 2 000 |
| Summa | 99 100 | 104 600 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Budget"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Budget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_initials_in_lower_case_and_genitive_name_the_body() -> None:
    lexicon = Lexicon.build(book().tables)
    for question in ("hur mycket investerar bun 2025?", "hur mycket är BUNs investeringar 2025?",
                     "hur mycket är buns investeringar 2025?"):
        assert [m.label for m in match_rows(question, lexicon)] == ["Barn- och utbildningsnämnden"], question


def test_a_word_that_is_no_initials_names_no_body() -> None:
    lexicon = Lexicon.build(book().tables)
    assert all(m.label != "Barn- och utbildningsnämnden"
               for m in match_rows("hur mycket investerar bus 2025?", lexicon))


def test_a_sum_of_two_bodies_one_written_by_initials() -> None:
    answer = answer_figures("vad blir tekniska nämndens och buns investeringar tillsammans 2025?", book())
    assert answer is not None and ("96 100" in answer.text or "96,1" in answer.text), answer.text
