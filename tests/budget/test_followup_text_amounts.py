"""A follow-up whose own words find a stated amount is answered by it, not by the row its earlier turn named."""
from __future__ import annotations

from assistant.budget.amounts import find_amounts
from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TABLE = """Driftbudget

Belopp i mnkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | 101,2 | 103,0 |
| Summa | 101,2 | 103,0 |
"""
PRESS = """Pressmeddelande 2024-10-16

Kommunstyrelsen beslutade den 16 oktober 2024 att avsätta 3,2 miljoner kronor till en satsning på barn och unga.

Resterande 850 000 kronor går till avgiftsfria sommarlovsaktiviteter för elever i årskurs 4–9.
"""


def book() -> FigureBook:
    table = LoadedDocument(path="t.md", sha256="0", meta=DocumentMeta(title="Budget"), text=TABLE)
    press = LoadedDocument(path="p.txt", sha256="1", meta=DocumentMeta(title="Satsning", date="2024-10-16"), text=PRESS)
    return FigureBook((
        DocumentFigures(doc_path="t.md", sha256="0", title="Budget", doc_type="budget", date=None,
                        tables=tuple(parse_tables(table)), amounts=()),
        DocumentFigures(doc_path="p.txt", sha256="1", title="Satsning", doc_type="press_release", date="2024-10-16",
                        tables=(), amounts=tuple(find_amounts(press)))))


def test_the_followups_own_topic_finds_the_stated_amount() -> None:
    history = ["Hur mycket satsar kommunstyrelsen extra på barn och unga enligt beslutet i oktober 2024?"]
    answer = answer_figures("Hur mycket av det går till sommarlovsaktiviteter?", book(), history=history)
    assert answer is not None and "850 000" in answer.text and "101,2" not in answer.text


def test_a_followup_naming_a_row_still_asks_the_table() -> None:
    answer = answer_figures("Och kommunstyrelsen 2025?", book(), history=["Hur mycket får kommunstyrelsen 2024?"])
    assert answer is not None and "103,0" in answer.text


def test_a_part_of_a_named_whole_is_the_amount_going_to_the_asked_use() -> None:
    answer = answer_figures("Hur mycket av satsningen på barn och unga går till sommarlovsaktiviteter?", book())
    assert answer is not None and "850 000" in answer.text and "3,2" not in answer.text


def test_a_question_asking_no_figure_is_not_answered_by_an_amount_going_to_its_till() -> None:
    answer = answer_figures("När lämnade förvaltningen rapporten till sommarlovsaktiviteter?", book())
    assert answer is None or "850 000" not in answer.text


def test_a_followup_of_no_topic_of_its_own_keeps_the_earlier_row() -> None:
    """"hur mycket mer än året innan i procent?" after a table's row: "året innan" and "procent" name no topic, so
    a stated percentage whose sentence says them too ("7,2 procent från 7,9 procent året innan") answers nothing."""
    from assistant.understand.followup import names_own_thing

    stats = """Kommersiella gästnätter per månad

| Månad | 2022 | 2023 |
|---|---:|---:|
| Juni | 60 000 | 62 000 |
| Juli | 96 540 | 101 260 |
"""
    report = "Under 2023 minskade sjukfrånvaron till 7,2 procent från 7,9 procent året innan.\n"
    table = LoadedDocument(path="g.md", sha256="2", meta=DocumentMeta(title="Gästnätter"), text=stats)
    prose = LoadedDocument(path="a.txt", sha256="3", meta=DocumentMeta(title="Årsredovisning 2023", date="2024-03-01"),
                           text=report)
    book = FigureBook((
        DocumentFigures(doc_path="g.md", sha256="2", title="Gästnätter", doc_type="statistics", date=None,
                        tables=tuple(parse_tables(table)), amounts=()),
        DocumentFigures(doc_path="a.txt", sha256="3", title="Årsredovisning 2023", doc_type="annual_report",
                        date="2024-03-01", tables=(), amounts=tuple(find_amounts(prose)))))
    assert not names_own_thing("hur mycket mer än året innan i procent?")
    answer = answer_figures("hur mycket mer än året innan i procent?", book,
                            history=["Hur många gästnätter hade vi i juli 2023?"])
    assert answer is not None and "4,9 %" in answer.text and "7,9" not in answer.text
