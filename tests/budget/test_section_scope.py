"""A row asked with the committee whose section it stands in ("hur mycket ska bun spara på gymnasieskolan?"): the
committee says where the row is, the row is the figure asked; a row whose label carries a remark in parentheses
(a measure's description folded in from a second text column) is named by its own name."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.selection import find_row
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

OPERATING = """Driftbudget 2025 per verksamhet

Belopp i tkr

| Verksamhet | Intäkter | Kostnader | Nettokostnad |
|---|---:|---:|---:|
| Barn- och ungdomsnämnden | | | |
| Förskola | 21400 | 189700 | 168300 |
| Gymnasieskola | 14200 | 127000 | 112800 |
| Summa barn- och ungdomsnämnden | 35600 | 316700 | 281100 |
| Vård- och omsorgsnämnden | | | |
| Hemtjänst | 18900 | 161700 | 142800 |
| Summa vård- och omsorgsnämnden | 18900 | 161700 | 142800 |
"""

SAVINGS = """§ 13 Fördelning av effektiviseringar 2025

| Verksamhet | Effektivisering 2025, tkr |
|---|---:|
| Förskola (Sammanslagning av två förskolor) | 2400 |
| Gymnasieskola (Samläsning mellan program) | 1800 |
| Summa | 4200 |
"""


def doc(path: str, title: str, text: str) -> DocumentFigures:
    loaded = LoadedDocument(path=path, sha256="0", meta=DocumentMeta(title=title), text=text)
    return DocumentFigures(doc_path=path, sha256="0", title=title, doc_type="budget", date=None,
                           tables=tuple(parse_tables(loaded)), amounts=())


def book() -> FigureBook:
    return FigureBook((doc("drift.md", "Budget 2025", OPERATING),
                       doc("protokoll.md", "Protokoll barn- och ungdomsnämnden 2025-02-18", SAVINGS)))


def test_a_row_with_a_remark_is_named_by_its_own_name() -> None:
    savings = book().tables[1]
    row = find_row(savings, "Gymnasieskola")
    assert row is not None and row.values[-1] == 1800


def test_the_committee_of_the_rows_section_is_where_not_what() -> None:
    answer = answer_figures("hur mycket får barn- och ungdomsnämnden för gymnasieskolan 2025?", book())
    assert answer is not None and "112,8" in answer.text
    assert "281,1" not in answer.text and "281 100" not in answer.text


def test_a_saving_asked_of_the_committees_row_is_read_in_the_savings_table() -> None:
    answer = answer_figures("hur mycket ska barn- och ungdomsnämnden spara på gymnasieskolan 2025?", book())
    assert answer is not None and "1 800" in answer.text and "112,8" not in answer.text


def test_a_share_of_the_committee_still_asks_both() -> None:
    answer = answer_figures("hur stor andel av barn- och ungdomsnämndens nettokostnad går till gymnasieskolan 2025?",
                            book())
    assert answer is not None and "112 800" in answer.text and "281 100" in answer.text


COMMITTEES_OWN = """Barn- och utbildningsnämnden – driftbudget per verksamhet 2025

Belopp i tkr

| Verksamhet | Intäkter | Kostnader | Nettokostnad |
|---|---:|---:|---:|
| Förskola | 21400 | -142900 | -121500 |
| Gymnasieskola | 8300 | -96200 | -87900 |
| Summa | 29700 | -239100 | -209400 |
"""

FRAMES = """Driftbudget

Belopp i mnkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | 146,2 | 150,8 |
| Barn- och utbildningsnämnden | 531,8 | 549,7 |
| Summa | 678,0 | 700,5 |
"""


def test_the_committee_a_tables_own_title_names_is_whose_rows_they_are() -> None:
    """A spreadsheet "Drift 2025" whose table is titled "Barn- och utbildningsnämnden – driftbudget per verksamhet":
    "gymnasieskolan i hörbys bun" asks the row of the committee's table, the committee no second row (its name side by
    side with the row's once the municipality is taken out, no "och" between, joins nothing)."""
    figures = FigureBook((doc("bun.xlsx", "Drift 2025", COMMITTEES_OWN), doc("mob.md", "Budget 2025", FRAMES)))
    for question in ("nettokostnad för gymnasieskolan bun budget 2025?",
                     "nettokostnad för gymnasieskolan i bun budget 2025?"):
        answer = answer_figures(question, figures)
        assert answer is not None and not answer.refused and "87 900" in answer.text, answer and answer.text
