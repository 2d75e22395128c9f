"""A follow-up asks what the turn it follows asked, of the rows that turn named: "hur mycket är det per invånare?"
divides the earlier turn's row by the count said after "per" (a key figure's row "Årets resultat, kr per invånare"
is not named by its unit alone), and an elliptic "och 2023?" after "hur många ...?" asks the count again."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures, asking_turn
from assistant.budget.matching import Lexicon
from assistant.budget.plan import plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

FRAMES = """Driftbudget per nämnd

| Nämnd | Ram 2025 mnkr | Kr per invånare 2025 |
|---|---:|---:|
| Kommunstyrelsen | 118,6 | 6 997 |
| Socialnämnden | 441,7 | 26 059 |
"""

KEY_FIGURES = """Nyckeltal

| Nyckeltal | 2023 | 2024 | 2025 |
|---|---:|---:|---:|
| Årets resultat, kr per invånare | 1 384 | 900 | 741 |
| Invånare 80 år och äldre | 874 | 912 | 955 |
"""

COUNTS = """Befolkning

| Nyckeltal | 2021 | 2022 | 2023 |
|---|---:|---:|---:|
| Invånare 80 år och äldre | 874 | 912 | 955 |
| Invånare 0–5 år | 1 210 | 1 190 | 1 175 |
"""


def _book(*texts: str) -> FigureBook:
    docs = []
    for n, text in enumerate(texts):
        loaded = LoadedDocument(path=f"d{n}.md", sha256=str(n), meta=DocumentMeta(title="Budget 2025"), text=text)
        docs.append(DocumentFigures(doc_path=f"d{n}.md", sha256=str(n), title="Budget 2025", doc_type="budget",
                                    date=None, tables=tuple(parse_tables(loaded)), amounts=()))
    return FigureBook(tuple(docs))


def test_per_inhabitant_after_a_committees_frame_divides_that_frame() -> None:
    book = _book(FRAMES, KEY_FIGURES)
    plan = plan_question("hur mycket är det per invånare?", Lexicon.build(book.tables),
                         history=["Hur mycket får kommunstyrelsen 2025?"])
    assert plan.operation == "per" and plan.rows[0] == "Kommunstyrelsen", plan
    answer = answer_figures("hur mycket är det per invånare?", book, history=("Hur mycket får kommunstyrelsen 2025?",))
    assert answer is not None and not answer.refused and "6 997" in answer.text, answer and answer.text


def test_a_question_naming_the_rate_itself_still_reads_its_row() -> None:
    plan = plan_question("vad är årets resultat per invånare 2025?", Lexicon.build(_book(FRAMES, KEY_FIGURES).tables))
    assert plan.rows == ("Årets resultat, kr per invånare",), plan


def test_an_elliptic_followup_asks_the_count_the_earlier_turn_asked() -> None:
    answer = answer_figures("och 2023?", _book(COUNTS), history=("hur många invånare 80 år och äldre fanns 2021?",))
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.result == Decimal("955"), answer.text


def test_the_asking_turn_is_the_followups_own_when_it_asks() -> None:
    assert asking_turn("och 2023?", ["hur många bodde där 2021?"]) == "hur många bodde där 2021?"
    assert asking_turn("hur mycket är det per invånare?", ["hur många bodde där?"]) == \
        "hur mycket är det per invånare?"
    assert asking_turn("och 2023?", []) == "och 2023?"
