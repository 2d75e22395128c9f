"""A change asked of one year ("har budgeten 2025 ändrats sen dess?") is read in a table with two columns of that
year (the minutes' "Budget 2025 enligt MoB" and "Ny budget 2025"), not as the budget's first and last year."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

BUDGET = """Investeringsbudget 2025–2027

Belopp i tkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Ny brandstation Ljusdal (Kommunstyrelsen, start 2024, klar 2026) | 18000 | 9000 | 0 |
| Summa | 18000 | 9000 | 0 |
"""

MINUTES = """§ 52 Ombudgetering av investeringsmedel

| Projekt | Budget 2025 enligt MoB (tkr) | Ny budget 2025 (tkr) |
|---|---:|---:|
| Ny brandstation Ljusdal | 18000 | 24500 |
| Summa | 18000 | 24500 |
"""


def doc(path: str, title: str, text: str) -> DocumentFigures:
    loaded = LoadedDocument(path=path, sha256="0", meta=DocumentMeta(title=title), text=text)
    return DocumentFigures(doc_path=path, sha256="0", title=title, doc_type="budget", date=None,
                           tables=tuple(parse_tables(loaded)), amounts=())


def test_a_change_within_the_year_reads_the_table_with_two_columns_of_it() -> None:
    book = FigureBook((doc("mob.md", "Mål och budget 2025", BUDGET),
                       doc("ks.md", "Sammanträdesprotokoll kommunstyrelsen", MINUTES)))
    answer = answer_figures("i budgeten står det 18 miljoner till nya brandstationen 2025, har det ändrats sen dess?",
                            book)
    assert answer is not None and "24 500" in answer.text and "6 500" in answer.text


FRAMES = """Driftbudget – nämndernas ramar

Belopp i mnkr

| Nämnd | Budget 2024 | Budget 2025 | Förändring mnkr | Förändring % |
|---|---:|---:|---:|---:|
| Kommunstyrelsen | 146,2 | 150,8 | 4,6 | 3,1 |
| Vård- och omsorgsnämnden | 398,7 | 417,2 | 18,5 | 4,6 |
| Summa nämnder | 544,9 | 568,0 | 23,1 | 4,2 |
"""

SHARES = """Ramar per nämnd 2025

| Nämnd | Ram 2025, mnkr | Andel av total ram, % |
|---|---:|---:|
| Kommunstyrelsen | 150,8 | 26,5 |
| Vård- och omsorgsnämnden | 417,2 | 73,5 |
| Summa | 568,0 | 100,0 |
"""


def test_a_year_and_its_share_are_no_two_versions_of_the_year_and_one_year_holds_no_change() -> None:
    """"By what percentage does the frame increase in 2025?": the budget's 2024 and 2025 columns, not a web page's
    "Ram 2025 | Andel av total ram" (the year's figure and its share, no two versions of it), and never a change from
    the year to itself."""
    book = FigureBook((doc("web.md", "Budget 2025 är antagen", SHARES), doc("mob.md", "Budget 2025", FRAMES)))
    for question in ("By what percentage does the ram of Vård- och omsorgsnämnden increase in 2025?",
                     "Med hur många procent ökar ramen för vård- och omsorgsnämnden 2025?"):
        answer = answer_figures(question, book)
        assert answer is not None and not answer.refused and ("4.64" in answer.text or "4,64" in answer.text), \
            answer and answer.text
    alone = answer_figures("Hur mycket ökar vård- och omsorgsnämndens ram 2025?",
                           FigureBook((doc("web.md", "Budget 2025 är antagen", SHARES),)))
    assert alone is not None and alone.refused and "två år" in alone.text, alone and alone.text
