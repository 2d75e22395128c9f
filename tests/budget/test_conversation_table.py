"""A row said in part that fits rows of two tables is the one in the table the conversation is about."""
from __future__ import annotations

from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.plan import plan_question
from assistant.budget.records import CellSource, Column, Row, Table


def _table(title: str, labels: tuple[str, ...]) -> Table:
    source = CellSource(doc_path="b.pdf", title="B", quote="x", start=0, end=1)
    rows = tuple(Row(label=label, values=(None,), is_total=False, source=source) for label in labels)
    return Table(id=f"b.pdf#{title}", title=title, doc_path="b.pdf", stated_unit=None, unit=None,
                 columns=(Column(label="Budget 2027", year=2027, kind="Budget"),), rows=rows)


LEXICON = Lexicon.build((
    _table("Driftbudget", ("Förskola", "Grundskola och fritidshem", "Gymnasieskola")),
    _table("Investeringsbudget", ("Ny förskola Arjeplog", "Skolgård och utemiljö grundskolan")),
))


def test_alone_the_part_fits_two_tables_and_names_no_row() -> None:
    assert match_rows("och grundskolan då?", LEXICON) == []


def test_after_a_turn_about_one_table_the_part_names_its_row() -> None:
    plan = plan_question("och grundskolan då?", LEXICON, history=("Hur mycket läggs på förskola 2027?",))
    assert plan.rows == ("Grundskola och fritidshem",)


def test_the_conversation_s_table_is_every_table_holding_its_rows() -> None:
    assert LEXICON.neighbours(["Förskola"]) == {"Förskola", "Grundskola och fritidshem", "Gymnasieskola"}
    assert LEXICON.neighbours(["Okänd rad"]) == frozenset()


def test_a_section_and_the_total_named_by_its_first_words_are_one_thing() -> None:
    source = CellSource(doc_path="b.pdf", title="B", quote="x", start=0, end=1)
    rows = (Row(label="Reningsverk", values=(None,), is_total=False, source=source,
                sections=("Taxefinansierade investeringar",)),
            Row(label="Summa taxefinansierade", values=(None,), is_total=True, source=source,
                sections=("Taxefinansierade investeringar",)))
    table = Table(id="b#1", title="Investeringar", doc_path="b.pdf", stated_unit=None, unit=None,
                  columns=(Column(label="Utfall 2025", year=2025, kind="Utfall"),), rows=rows)
    found = match_rows("hur stor del var taxefinansierade 2025?", Lexicon.build((table,)))
    assert [m.label for m in found] == ["Taxefinansierade investeringar"]
