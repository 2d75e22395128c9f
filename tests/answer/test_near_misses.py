"""Near misses are refused: the topic is in the documents but not what is asked. A year the named municipality's
tables lack is not covered by another municipality's table; an outcome the tables give only as a budget is no
outcome; a row only another municipality's tables have is not in this one's total; a subject only another
municipality's documents speak of is not here."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes import assistant_over


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("near")
    folder = tmp_path / "docs"
    (folder / "boxholm").mkdir(parents=True)
    (folder / "mala").mkdir()
    (folder / "boxholm" / "delarsrapport-2026.md").write_text(
        "# Boxholms kommun delårsrapport 2026\n\n## Driftredovisning per nämnd\n\n"
        "| Nämnd (mnkr) | Budget 2026 | Prognos 2026 |\n|---|---|---|\n| Socialnämnden | 182,7 | 191,6 |\n"
        "| Kommunstyrelsen | 68,5 | 66,2 |\n| Kultur- och fritidsnämnden | 14,8 | 15,4 |\n\n"
        "Kultur- och fritidsnämnden fick ett extra anslag på 700 000 kronor för att hålla sporthallen öppen.\n\n"
        "Socialnämnden har haft kostnader för placeringar som överstiger budget med 3,1 miljoner kronor.\n\n"
        "Målet är att ingen nämnd ska gå med underskott 2027, säger ordföranden.\n\n"
        "Sjukfrånvaron bland kommunens anställda var 6,9 procent under januari–augusti 2026.\n",
        encoding="utf-8")
    (folder / "mala" / "budget-2027.md").write_text(
        "# Malå kommun mål och budget 2027\n\n## Kommunbidrag per nämnd\n\n"
        "| Nämnd (tkr) | Kommunbidrag 2027 |\n|---|---|\n| Socialnämnden | 120 400 |\n| Kommunstyrelsen | 80 100 |\n\n"
        "## Resultatbudget\n\n| Belopp i mnkr | Bokslut 2025 | Budget 2026 | Budget 2027 |\n|---|---|---|---|\n"
        "| Årets resultat | 3,8 | 2,8 | 3,6 |\n| Nettokostnader | -250,1 | -258,3 | -266,0 |\n\n"
        "Budgeten för 2027 ger ett resultat på 3,6 miljoner kronor.\n\n"
        "Kommunen har cirka 420 anställda, och 64 av dem går i pension under 2026 och 2027.\n\n"
        "Kommunen samverkar med regionen om bland annat sjukvården i hemmet.\n", encoding="utf-8")
    return assistant_over(folder)


def test_a_year_the_named_municipalitys_tables_lack_is_refused(assistant) -> None:  # type: ignore[no-untyped-def]
    """Malå's table for 2027 says nothing of Boxholm's: the calculator's "2027 finns inte" is the answer, not a
    sentence about another committee."""
    answer = assistant.ask("Vad är socialnämndens budget i Boxholm för 2027?")
    assert answer.refused and "2027" in answer.answer, answer.answer
    assert not answer.citations


def test_an_outcome_the_tables_give_only_as_a_budget_is_refused(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Vad blev Malås resultat för 2026 i bokslutet?")
    assert answer.refused and "utfall" in answer.answer, answer.answer
    outcome = assistant.ask("Vad blev Malås resultat för 2025 i bokslutet?")
    assert not outcome.refused and "3,8" in outcome.answer, outcome.answer


def test_a_row_only_another_municipality_has_is_refused(assistant) -> None:  # type: ignore[no-untyped-def]
    """Malå's tables have no row for culture and leisure (Boxholm's do): Malå's total is no answer."""
    answer = assistant.ask("Hur mycket får kultur och fritid i Malå i kommunbidrag 2027?")
    assert answer.refused and "Kultur- och fritidsnämnden" in answer.answer, answer.answer
    own = assistant.ask("Hur mycket får socialnämnden i Malå i kommunbidrag 2027?")
    assert not own.refused and "120" in own.answer, own.answer


def test_a_subject_only_another_municipalitys_documents_use_is_refused(assistant) -> None:  # type: ignore[no-untyped-def]
    """Only Boxholm's report speaks of sick leave: a question about Malå's is about something not in its documents."""
    answer = assistant.ask("Hur hög var sjukfrånvaron bland Malå kommuns anställda 2026?")
    assert answer.refused and not answer.citations, answer.answer
    own = assistant.ask("Hur hög var sjukfrånvaron bland Boxholms kommuns anställda 2026?")
    assert not own.refused and "6,9" in own.answer, own.answer


def test_a_forecast_in_prose_does_not_answer_the_outcome(tmp_path: Path) -> None:
    """"Vad blev resultatet 2025?" in an interim report that gives only the forecast for the full year, beside last
    year's outcome in the same sentence: refused as no outcome; last year's outcome is answered."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "delarsrapport-2025.md").write_text(
        "# Ydre kommun delårsrapport januari–augusti 2025\n\nPubliceringsdatum: 2025-10-20\n\n"
        "Kommunen gick med ett resultat på 12,4 miljoner kronor förra året och har en prognos på 3,1 miljoner "
        "kronor i år för helåret.\n\nSkolan har fått nya lokaler.\n", encoding="utf-8")
    assistant = assistant_over(folder)
    answer = assistant.ask("Vad blev kommunens faktiska resultat för helåret 2025?")
    assert answer.refused, answer.answer
    outcome = assistant.ask("Vad blev kommunens faktiska resultat för 2024?")
    assert not outcome.refused and "12,4" in outcome.answer, outcome.answer


def test_prose_amounts_of_the_asked_year_decide_whether_an_outcome_is_stated() -> None:
    from types import SimpleNamespace

    from assistant.answering.figures import _states_outcome

    def source(quote: str) -> SimpleNamespace:
        return SimpleNamespace(quote=quote, date="2020-05-18")

    forecast = source("Underskottet har gått från -14,3 miljoner kronor förra året till en prognos på -6,6 "
                      "miljoner kronor i år")
    package = source("Nämnden beslutade om ett omställningspaket om 5,4 miljoner kronor")
    figure = SimpleNamespace(stated=True, calculation=None, sources=[forecast, package])
    assert not _states_outcome(figure, "Hur stort blev underskottet i bokslutet för 2020?")
    assert _states_outcome(figure, "Hur stort blev underskottet i bokslutet för 2019?")
    assert _states_outcome(SimpleNamespace(stated=True, calculation=None, sources=[package]),
                           "Hur stort blev paketet 2020?")  # no amount names the year: each speaks for it


def test_a_year_asked_only_as_an_outcome_is_not_answered_by_its_budget_column() -> None:
    from types import SimpleNamespace

    from assistant.answering.figures import _states_outcome

    row = SimpleNamespace(quote="Investeringar totalt | 72 300", date="2025-09-30")

    def figure(column: str) -> SimpleNamespace:
        cell = SimpleNamespace(column=column)
        return SimpleNamespace(stated=False, calculation=SimpleNamespace(inputs=[cell]), sources=[row])

    assert not _states_outcome(figure("Budget 2025"), "Hur mycket investerade kommunen faktiskt under hela 2025?")
    assert _states_outcome(figure("Bokslut 2024"), "Hur mycket investerade kommunen faktiskt under 2024?")
    # a budget named beside the outcome word, or no year: the row's quote judges as before (it names no estimate)
    assert _states_outcome(figure("Budget 2025"), "Hur mycket investerade kommunen faktiskt mot budgeten 2025?")
    assert _states_outcome(figure("Budget 2025"), "Hur mycket investerar kommunen faktiskt?")
