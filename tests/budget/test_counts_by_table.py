"""What a table says its figures count decides what a question asking how many, or what something costs, names: the
rows of "Antal barn/elever; kostnad i kronor per elev" count though their labels name no measure; asked how many
pupils went to upper secondary school, the count row naming both words is read, not the school's budget in tkr;
asked what an upper-secondary pupil costs, no count row answers."""
from __future__ import annotations

from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Nettokostnad per verksamhet
Belopp i tkr

| Verksamhet | Budget 2024 | Budget 2025 |
|---|---|---|
| Grundskola | 178300 | 183600 |
| Gymnasieskola | 66500 | 68900 |

Antal barn och elever (hösten respektive år)
Antal barn/elever; kostnad i kronor per elev

| År | Barn i förskola | Elever grundskola F–9 | Elever gymnasieskola | Kostnad per elev grundskola (kr) |
|---|---|---|---|---|
| 2023 | 487 | 1219 | 417 | 127800 |
| 2024 | 476 | 1206 | 423 | 133500 |
"""


def _lexicon() -> Lexicon:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Bildningsnämnden"), text=TEXT)
    book = FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Bildningsnämnden", doc_type="statistik",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    return Lexicon.build(book.tables)


def test_the_rows_a_caption_counts_are_counts() -> None:
    lexicon = _lexicon()
    assert lexicon.counting("Elever gymnasieskola") and lexicon.counting("Barn i förskola")
    assert not lexicon.counting("Gymnasieskola") and not lexicon.counting("Kostnad per elev grundskola (kr)")


def test_how_many_pupils_went_to_a_school_reads_the_count_row_naming_both() -> None:
    plan = plan_question("hur många elever gick på gymnasiet 2023?", _lexicon())
    assert plan.rows == ("Elever gymnasieskola",), plan


def test_what_a_school_costs_is_still_its_budget_row() -> None:
    assert [m.label for m in match_rows("hur mycket kostar gymnasieskolan 2025?", _lexicon())] == ["Gymnasieskola"]


def test_a_cost_asked_of_a_pupil_names_no_count_row() -> None:
    assert "Elever gymnasieskola" not in [m.label for m in match_rows("vad kostar en gymnasieelev per år?", _lexicon())]
    assert [m.label for m in match_rows("vad kostar en grundskoleelev?", _lexicon())] == \
        ["Kostnad per elev grundskola (kr)"]
