"""A table named by its kind of financial statement ("enligt balansbudgeten") is where its rows are read; a
comparison leaving out its verb ("fler flyttade ut än in") names the second row by the particle; a population row
is named by a verb's irregular forms ("dog" of "Döda")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Mål och budget 2025 Norrby kommun

Resultatbudget 2025–2027

| Mnkr | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Verksamhetens nettokostnad | -681,2 | -699,8 |
| Årets resultat | 10,4 | 13,9 |

Balansbudget 2025–2027

| Mnkr | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Fordringar | 71,0 | 72,0 |
| Kassa och bank | 18,5 | 20,1 |
| Summa omsättningstillgångar | 89,5 | 92,1 |

Kassaflödesbudget 2025–2027

| Mnkr | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Årets kassaflöde | -3,9 | 1,6 |
| Likvida medel vid årets slut | 18,5 | 20,1 |
"""

POPULATION = """Befolkning Norrby kommun

Befolkningsförändringar 2019–2023

| Antal | 2019 | 2020 | 2021 | 2022 | 2023 |
|---|---:|---:|---:|---:|---:|
| Folkmängd 31 dec | 6850 | 6803 | 6771 | 6722 | 6658 |
| Födda | 63 | 55 | 61 | 58 | 52 |
| Döda | 97 | 102 | 95 | 91 | 98 |
| Inflyttade | 310 | 298 | 335 | 322 | 301 |
| Utflyttade | 322 | 298 | 333 | 338 | 319 |
"""


def _book(text: str, path: str) -> FigureBook:
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=path, date="2024-11-25", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


def test_a_balance_budget_named_is_where_the_row_is_read() -> None:
    answer = answer_figures("Hur mycket räknar kommunen med att ha i kassa och bank vid slutet av 2025 enligt "
                            "balansbudgeten?", _book(BUDGET, "budget.md"))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("18.5")
    assert {i.label for i in answer.calculation.inputs} == {"Kassa och bank"}


def test_a_cash_flow_budget_is_a_kind_of_table() -> None:
    answer = answer_figures("Vad blir årets kassaflöde 2026 enligt kassaflödesbudgeten?", _book(BUDGET, "budget.md"))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("1.6")


def test_a_particle_after_than_names_the_verb_left_out() -> None:
    answer = answer_figures("hur många fler flyttade ut än in sammanlagt 2019-2023?", _book(POPULATION, "bef.md"))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("44")
    assert {i.label for i in answer.calculation.inputs} == {"Utflyttade", "Inflyttade"}


def test_the_past_tense_of_to_die_names_the_deaths() -> None:
    answer = answer_figures("hur många fler dog än föddes sammanlagt åren 2019-2023?", _book(POPULATION, "bef.md"))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("194")
    assert {i.label for i in answer.calculation.inputs} == {"Döda", "Födda"}


RESULT = """Budget 2023 Norrby kommun

Resultatbudget

| Tkr | Budget 2022 | Plan 2023 |
|---|---:|---:|
| Verksamhetens kostnader | -2 700 000 | -2 800 000 |
| Skatteintäkter | 2 098 974 | 2 150 000 |
| Finansiella intäkter | 32 000 | 32 000 |
| Finansiella kostnader | -35 323 | -45 000 |
| Finansnetto | -3 323 | -13 000 |
"""


def test_a_noun_coordinated_with_a_rows_last_word_shares_its_modifier() -> None:
    from assistant.budget.plan import plan_question

    book = _book(RESULT, "budget.md")
    plan = plan_question("Vilka finansiella intäkter och kostnader har budgeten för 2023?", book.index.lexicon)
    assert plan.rows == ("Finansiella intäkter", "Finansiella kostnader")
    plan = plan_question("vad är finansiella intäkter och skatteintäkter 2023?", book.index.lexicon)
    assert plan.rows == ("Finansiella intäkter", "Skatteintäkter")
