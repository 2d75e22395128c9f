"""A word the labels of a cash flow budget share ("kassaflöde" of "Kassaflöde från investeringsverksamheten",
"Kassaflöde från finansieringsverksamheten" and "Årets kassaflöde") said alone names the period's own figure of that
name, "Årets kassaflöde", in Swedish and, through the glossary, in English ("cash flow")."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Kassaflödesbudget
Belopp i tkr

| | Budget 2025 | Plan 2026 |
|---|---|---|
| Årets resultat | 13500 | 12300 |
| Kassaflöde från investeringsverksamheten | -122400 | -93700 |
| Kassaflöde från finansieringsverksamheten | 55000 | 25000 |
| Årets kassaflöde | -3900 | -2800 |
| Likvida medel vid årets slut | 44300 | 41500 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="k.md", sha256="k", meta=DocumentMeta(title="Budget 2025"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="k.md", sha256="k", title="Budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def test_the_shared_word_alone_names_the_periods_own_row() -> None:
    lexicon = Lexicon.build(_book().tables)
    assert [m.label for m in match_rows("vad är kassaflödet 2025?", lexicon)] == ["Årets kassaflöde"]


def test_a_part_named_in_full_stays_that_part() -> None:
    lexicon = Lexicon.build(_book().tables)
    assert [m.label for m in match_rows("kassaflödet från investeringsverksamheten 2025?", lexicon)] == \
        ["Kassaflöde från investeringsverksamheten"]


def test_cash_flow_in_english_is_the_years_cash_flow() -> None:
    answer = answer_figures("What is the budgeted cash flow for 2025?", _book())
    assert answer is not None and "-3.9" in answer.text, answer
