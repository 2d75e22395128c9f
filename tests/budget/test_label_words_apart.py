"""Two neighbouring words of a row's label name the row wherever the question says them, not only within the span
the row was matched by: "hur mycket likvida medel har kommunen kvar vid årets slut 2025?" reads "Likvida medel vid
årets slut", and its "medel" asks no mean."""
from __future__ import annotations

from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question, without_names
from assistant.budget.matching import RowMatch
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Kassaflödesbudget (mnkr)

| | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Nyupptagna lån | 15,0 | 10,0 | 0,0 |
| Årets kassaflöde | -3,0 | -2,4 | -0,5 |
| Likvida medel vid årets början | 31,4 | 28,4 | 26,0 |
| Likvida medel vid årets slut | 28,4 | 26,0 | 25,5 |
"""


def _lexicon() -> Lexicon:
    doc = LoadedDocument(path="b.md", sha256="b", meta=DocumentMeta(title="Mål och budget 2025"), text=TEXT)
    book = FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Mål och budget 2025",
                                       doc_type="budget", date=None, tables=tuple(parse_tables(doc)), amounts=()),))
    return Lexicon.build(book.tables)


def test_the_label_words_said_apart_from_the_match_ask_no_mean() -> None:
    plan = plan_question("hur mycket likvida medel har kommunen kvar vid årets slut 2025?", _lexicon())
    assert plan.rows == ("Likvida medel vid årets slut",) and plan.operation == "lookup"


def test_a_mean_asked_of_the_row_is_still_a_mean() -> None:
    plan = plan_question("hur mycket likvida medel har kommunen i genomsnitt vid årets slut 2025-2027?", _lexicon())
    assert plan.operation == "mean"


def test_without_names_drops_each_pair_of_label_words_said() -> None:
    match = RowMatch("Likvida medel vid årets slut", 7, 9, "årets slut")
    assert "medel" not in without_names("hur mycket likvida medel har de kvar vid årets slut?", [match])


def test_funds_are_no_mean() -> None:
    from assistant.budget.plan import MEAN

    # "medel" alone is funds ("likvida medel", "oförutsedda medel"), even where no row is matched by it
    assert not MEAN.search("what cash balance (likvida medel) does the municipality expect?")
    assert MEAN.search("vad är medelvärdet 2021-2023?") and MEAN.search("hur mycket i snitt per år?")
