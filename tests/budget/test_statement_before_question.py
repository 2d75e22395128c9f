"""A statement before the question tells what happened ("socialnämnden gick back 2023."); the columns and the sign
read are those of what is then asked ("hur mycket högre är deras budget 2025 än vad de faktiskt gjorde av med
2023?": the outcome of 2023 against the budget of 2025), not the deviation the statement's deficit names."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.plan import asked_after_statement, plan_question
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

OUTCOME = """Nämndernas utfall 2023
Belopp i tkr

| Nämnd | Budget 2023 | Utfall 2023 | Avvikelse |
|---|---|---|---|
| Socialnämnden | 124300 | 130500 | -6200 |
| Kommunstyrelsen | 90000 | 88000 | 2000 |
"""

BUDGET = """Driftbudget per nämnd
Belopp i tkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---|---|
| Socialnämnden | 131200 | 138600 |
| Kommunstyrelsen | 95100 | 98250 |
"""

QUESTION = "socialnämnden gick back 2023. hur mycket högre är deras budget 2025 än vad de faktiskt gjorde av med 2023?"


def _book() -> FigureBook:
    docs = []
    for path, text in (("ar.md", OUTCOME), ("mb.md", BUDGET)):
        doc = LoadedDocument(path=path, sha256=path, meta=DocumentMeta(title=path), text=text)
        docs.append(DocumentFigures(doc_path=path, sha256=path, title=path, doc_type="budget", date=None,
                                    tables=tuple(parse_tables(doc)), amounts=()))
    return FigureBook(tuple(docs))


def test_what_is_asked_after_the_statement() -> None:
    assert asked_after_statement(QUESTION).startswith("hur mycket högre")
    assert asked_after_statement("hur mycket högre är budgeten 2025 än utfallet 2023?").startswith("hur mycket")


def test_the_columns_are_those_of_what_is_asked() -> None:
    plan = plan_question(QUESTION, _book().index.lexicon)
    assert plan.column_kind != "Avvikelse" and plan.sign == 0, plan


def test_the_outcome_is_held_against_the_budget() -> None:
    answer = answer_figures(QUESTION, _book())
    assert answer is not None and "8 100" in answer.text and "6 200" not in answer.text, answer
