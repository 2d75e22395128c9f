"""A name said in part that fits rows of several tables fits the one whose table holds the year the question asks:
"ekbacken 2026" is the investment budget's row with a Plan 2026 column, not the 2023 outcome's row of that name."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

OUTCOME = """Investeringar 2023

Belopp i mnkr

| Projekt | Budget 2023 | Utfall 2023 |
|---|---:|---:|
| Nytt äldreboende Ekbacken, projektering | 6,0 | 4,2 |
| Konstgräsplan Ängsvallen | 3,0 | 2,9 |
| Summa | 9,0 | 7,1 |
"""

BUDGET = """Investeringsbudget 2025–2027

Belopp i mnkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Nytt äldreboende Ekbacken, 90 platser | 95,0 | 110,0 | 60,0 |
| Välfärdsteknik | 3,2 | 3,0 | 3,0 |
| Summa investeringar | 98,2 | 113,0 | 63,0 |
"""


def book() -> FigureBook:
    docs = []
    for path, text in (("ar.md", OUTCOME), ("budget.md", BUDGET)):
        doc = LoadedDocument(path=path, sha256=path, meta=DocumentMeta(title=path), text=text)
        docs.append(DocumentFigures(doc_path=path, sha256=path, title=path, doc_type="budget", date=None,
                                    tables=tuple(parse_tables(doc)), amounts=()))
    return FigureBook(tuple(docs))


def test_lexicon_knows_the_years_of_each_table() -> None:
    lexicon = Lexicon.build(tuple(t for d in book().documents for t in d.tables))
    assert "Nytt äldreboende Ekbacken, 90 platser" in lexicon.with_years([2026])
    assert "Nytt äldreboende Ekbacken, projektering" not in lexicon.with_years([2026])


def test_a_name_fitting_rows_of_two_tables_fits_the_one_holding_the_year() -> None:
    lexicon = Lexicon.build(tuple(t for d in book().documents for t in d.tables))
    assert match_rows("vad kostar ekbacken 2026", lexicon) == []  # the name alone fits both rows
    dated = lexicon.with_years([2026])
    assert [m.label for m in match_rows("vad kostar ekbacken 2026", lexicon, dated=dated)] == [
        "Nytt äldreboende Ekbacken, 90 platser"]


def test_the_calculator_answers_for_the_row_of_the_year_asked() -> None:
    answer = answer_figures("vad kostar äldreboendet ekbacken 2026 enligt investeringsbudgeten?", book())
    assert answer is not None and not answer.refused
    assert "110,0 miljoner kronor" in answer.text


SCHOOLS = """Driftbudget per verksamhet

Belopp i tkr

| Verksamhet | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Grundskola inkl. förskoleklass | 98 200 | 101 500 |
| Gymnasieskola | 31 400 | 32 880 |
| Summa | 129 600 | 134 380 |
"""


def test_a_noun_in_its_definite_form_names_the_compound_it_is_the_front_of() -> None:
    doc = LoadedDocument(path="d.md", sha256="d", meta=DocumentMeta(title="Budget"), text=SCHOOLS)
    lexicon = Lexicon.build(tuple(parse_tables(doc)))
    assert [m.label for m in match_rows("hur mycket får gymnasiet 2025?", lexicon)] == ["Gymnasieskola"]


INVESTMENTS = """Investeringsbudget

Belopp i tkr

| Projekt | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Gästhamnen i Ed, nya bryggor | 1 900 | 0 |
| Gator och vägar | 3 500 | 3 500 |
| Summa investeringar | 5 400 | 3 500 |
"""

CARRIED_OVER = """§ 88 Ombudgetering av investeringsmedel från 2024 till 2025

| Projekt | Budget 2024 (tkr) | Ombudgeteras till 2025 (tkr) |
|---|---:|---:|
| Gästhamnen i Ed | 2 000 | 1 300 |
| Summa | 2 000 | 1 300 |
"""


def test_a_plain_year_is_the_year_s_own_figure_not_a_carry_over_into_it() -> None:
    docs = []
    for path, text in (("budget.md", INVESTMENTS), ("protokoll.md", CARRIED_OVER)):
        doc = LoadedDocument(path=path, sha256=path, meta=DocumentMeta(title=path), text=text)
        docs.append(DocumentFigures(doc_path=path, sha256=path, title=path, doc_type="budget", date=None,
                                    tables=tuple(parse_tables(doc)), amounts=()))
    book = FigureBook(tuple(docs))
    plain = answer_figures("hur mycket investerar kommunen i gästhamnen i ed 2025?", book)
    assert plain is not None and not plain.refused and "1,9 miljoner" in plain.text
    carried = answer_figures("hur mycket ombudgeteras för gästhamnen i ed till 2025?", book)
    assert carried is not None and "1,3 miljoner" in carried.text
