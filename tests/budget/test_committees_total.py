"""A share of the committees' whole ("nämndernas totala budget") is of the total that sums the committees
("Summa nämnder", over every row above it, a council that is no committee too), not of the grand total below the finance rows; a share of the budget is of the grand total."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Driftbudget per nämnd

Belopp i tkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunfullmäktige och revision | 9 850 | 10 120 |
| Kommunstyrelsen | 200 000 | 210 000 |
| Barn- och utbildningsnämnden | 842 600 | 871 300 |
| Socialnämnden | 700 000 | 720 000 |
| Summa nämnder | 1 752 450 | 1 811 420 |
| Finansförvaltningen | -10 000 | -20 000 |
| Totalt verksamhetens nettokostnader | 1 742 450 | 1 791 420 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Budget"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Budget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_a_share_of_the_committees_whole_is_of_their_sum() -> None:
    answer = answer_figures("hur stor andel av nämndernas totala budget 2025 går till barn- och utbildningsnämnden?",
                            book())
    assert answer is not None and "48,1 %" in answer.text, answer and answer.text


def test_a_share_of_the_budget_is_of_the_grand_total() -> None:
    answer = answer_figures("Hur stor andel av budgeten 2025 går till socialnämnden?", book())
    assert answer is not None and "40,2 %" in answer.text, answer and answer.text


def test_a_total_word_alone_names_no_row() -> None:
    from assistant.budget.matching import _build_lexicon, match_rows

    lexicon = _build_lexicon(("Total avvikelse mot budget", "Socialnämnden", "Summa nämnder"))
    found = match_rows("Hur stor andel av nämndernas totala ram 2025 går till socialnämnden?", lexicon)
    assert [m.label for m in found] == ["Socialnämnden"]
    assert [m.label for m in match_rows("hur stor var den totala avvikelsen mot budget?", lexicon)] == [
        "Total avvikelse mot budget"]


SECTIONS = """Driftredovisning per nämnd 2023, tkr

| Verksamhet | Utfall 2023 |
|---|---:|
| **Kommunstyrelsen** | |
| Kommunledning | 37 112 |
| Teknisk verksamhet | 33 845 |
| Summa Kommunstyrelsen | 70 957 |
| **Socialnämnden** | |
| Äldreomsorg | 97 206 |
| Individ- och familjeomsorg | 16 934 |
| Summa Socialnämnden | 114 140 |
| **Övriga nämnder** | |
| Miljö- och byggnämnden | 2 187 |
| Valnämnden | 36 |
| Summa övriga nämnder | 2 223 |
| Summa nämnder | 187 320 |
| Finansförvaltning | 8 836 |
| Verksamhetens nettokostnad | 196 156 |
"""


def test_the_committees_total_sums_every_section_not_the_last() -> None:
    doc = LoadedDocument(path="s.md", sha256="1", meta=DocumentMeta(title="Årsredovisning"), text=SECTIONS)
    book = FigureBook((DocumentFigures(doc_path="s.md", sha256="1", title="Årsredovisning", doc_type="arsredovisning",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    answer = answer_figures("hur stor andel av nämndernas nettokostnad 2023 gick till äldreomsorgen?", book)
    assert answer is not None and "51,9 %" in answer.text, answer and answer.text


SECTIONED = """Driftbudget per nämnd, mnkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Politisk verksamhet | | |
| Kommunfullmäktige | 4,8 | 5,0 |
| Valnämnd | 1,8 | 0,4 |
| Nämnder med verksamhetsansvar | | |
| Kommunstyrelsen | 268,4 | 281,7 |
| Utbildningsnämnden | 872,6 | 901,3 |
| Socialnämnden | 398,2 | 419,8 |
| Summa nämnder | 1 545,8 | 1 608,2 |
| Finansförvaltning | 61,7 | 54,9 |
| Totalt | 1 607,5 | 1 663,1 |
"""


def test_the_committees_total_sums_every_section_above_it() -> None:
    # the reader puts "Summa nämnder" in the last section; it sums "Politisk verksamhet" too, and is no grand total
    from assistant.budget.execute import committees_total

    doc = LoadedDocument(path="s.md", sha256="0", meta=DocumentMeta(title="Budget"), text=SECTIONED)
    (table,) = parse_tables(doc)
    assert next(r for r in table.rows if r.label == "Summa nämnder").sections == ("Nämnder med verksamhetsansvar",)
    total = committees_total(table, 2025)
    assert total is not None and total.label == "Summa nämnder"


AREAS = """Kostnad per verksamhetsområde

Belopp i tkr

| Område | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Välfärd | 1 500 000 | 1 560 000 |
| Samhällsbyggnad | 300 000 | 310 000 |
| Totalt | 1 800 000 | 1 870 000 |
"""


def test_a_name_glossed_by_rows_in_parentheses_stands_for_them() -> None:
    docs = [LoadedDocument(path=p, sha256=p, meta=DocumentMeta(title="Budget"), text=t)
            for p, t in (("d.md", TEXT), ("o.md", AREAS))]
    two = FigureBook(tuple(DocumentFigures(doc_path=d.path, sha256=d.sha256, title="Budget", doc_type="budget",
                                           date=None, tables=tuple(parse_tables(d)), amounts=()) for d in docs))
    answer = answer_figures("hur stor andel av nämndernas totala budget 2025 går till välfärden "
                            "(barn- och utbildningsnämnden + socialnämnden)?", two)
    assert answer is not None and "87,8 %" in answer.text, answer and answer.text


def test_a_name_restated_by_rows_after_a_comma_stands_for_them() -> None:
    """"välfärden totalt, alltså A och B": the rows after "alltså" restate the name before it, which names a row of
    another table ("Välfärd") that is no part of the sum asked."""
    docs = [LoadedDocument(path=p, sha256=p, meta=DocumentMeta(title="Budget"), text=t)
            for p, t in (("d.md", TEXT), ("o.md", AREAS))]
    two = FigureBook(tuple(DocumentFigures(doc_path=d.path, sha256=d.sha256, title="Budget", doc_type="budget",
                                           date=None, tables=tuple(parse_tables(d)), amounts=()) for d in docs))
    answer = answer_figures("hur mycket får välfärden totalt 2025, alltså barn- och utbildningsnämnden och "
                            "socialnämnden?", two)
    assert answer is not None and "1 591 300" in answer.text, answer and answer.text
