"""A year's forecast the text states where the tables hold only its budget: the change the question expects
("väntas bli") is computed with the forecast of the later year, cited from its sentence; without a verb of
expectation, or with no forecast stated, the budget's column answers as before."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget och plan 2025–2027

Resultatbudget (tkr)

| Belopp i tkr | Utfall 2023 | Budget 2024 | Budget 2025 |
|---|---|---|---|
| Verksamhetens nettokostnader | -250 000 | -260 000 | -270 000 |
| Skatteintäkter och bidrag | 253 140 | 263 300 | 271 900 |
| Årets resultat | 3 140 | 3 300 | 1 900 |
"""

REPORT = """Finansiell information – delårsrapport 2024

Dorotea kommun prognostiserar ett resultat på 2 450 tkr för 2024. Det är 850 tkr lägre än budget.
"""


def _book(*texts: tuple[str, str]) -> FigureBook:
    docs = [LoadedDocument(path=path, text=text, sha256=path, meta=DocumentMeta(title=text.splitlines()[0],
                                                                                  doc_type="budget"))
            for path, text in texts]
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_the_forecast_the_text_states_stands_in_for_the_years_budget() -> None:
    answer = answer_figures("Hur mycket sämre väntas resultatet för 2024 bli jämfört med utfallet 2023?",
                            _book(("budget.md", BUDGET), ("delar.md", REPORT)))
    assert answer is not None and not answer.refused
    assert answer.calculation is not None and answer.calculation.result == Decimal(-690)
    assert any("prognostiserar" in s.quote for s in answer.sources)


def test_without_expectation_or_a_stated_forecast_the_budget_answers() -> None:
    plain = answer_figures("Hur mycket ändras resultatet från 2023 till 2024?",
                           _book(("budget.md", BUDGET), ("delar.md", REPORT)))
    assert plain is not None and plain.calculation is not None and plain.calculation.result == Decimal(160)
    unstated = answer_figures("Hur mycket sämre väntas resultatet för 2024 bli jämfört med utfallet 2023?",
                              _book(("budget.md", BUDGET)))
    assert unstated is not None and unstated.calculation is not None and unstated.calculation.result == Decimal(160)
