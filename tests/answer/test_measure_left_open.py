"""A table's row that names no measure where the question asks one ("spara" of "Kultur och fritid | 3" in a table of
how the tax is shared out) yields to the sentence that states the asked measure with an amount."""
from __future__ import annotations

from pathlib import Path

from tests.fakes import assistant_over

TAX = """Så används din skatt 2025

Fördelning av 100 kronor i skatt, budget 2025

| Verksamhet | Kronor |
|---|---|
| Skola och förskola | 45 |
| Vård och omsorg | 35 |
| Kultur och fritid | 3 |
| Övrigt | 17 |
"""
BUDGET = """Mål och budget 2025 Eda kommun

Kultur- och fritidsnämnden

Nämnden ska spara 850 000 kronor 2025, bland annat genom ändrade öppettider på biblioteket.

Nämnden ansvarar för bibliotek, fritidsgårdar och föreningsbidrag.
"""


def _assistant(tmp_path: Path):
    folder = tmp_path / "docs"
    (folder / "eda").mkdir(parents=True)
    (folder / "eda" / "skatt.md").write_text(TAX, encoding="utf-8")
    (folder / "eda" / "mal-och-budget-2025.txt").write_text(BUDGET, encoding="utf-8")
    return assistant_over(folder)


def test_a_row_naming_no_measure_yields_to_prose_stating_the_asked_one(tmp_path: Path) -> None:
    assistant = _assistant(tmp_path)
    answer = assistant.ask("Hur mycket ska kultur och fritid spara 2025?")
    assert "850 000" in answer.answer, answer.answer


def test_a_row_asked_without_a_measure_answers(tmp_path: Path) -> None:
    assistant = _assistant(tmp_path)
    answer = assistant.ask("Hur många kronor av 100 kronor i skatt går till kultur och fritid 2025?")
    assert "3" in answer.answer and "850" not in answer.answer, answer.answer


FRAMES = """Mål och budget 2025–2027

Belopp i mnkr (kolumnen kr per invånare i kronor)

| Nämnd | Budget 2025 | Plan 2026 | Plan 2027 | kr per invånare 2025 |
|---|---|---|---|---|
| Kommunstyrelsen | 61,2 | 62,0 | 63,1 | 8 120 |
| Socialnämnden | 240,1 | 246,5 | 252,9 | 31 870 |
| Summa nämnder | 301,3 | 308,5 | 316,0 | 39 990 |
"""
MINUTES = """Protokoll kommunstyrelsen 2024-11-12

Anna Berg (S) yrkar att socialnämndens ram utökas med 2,5 miljoner kronor finansierat genom ett lägre resultat.
"""


def test_an_operating_budgets_row_is_the_committees_frame(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "mullby").mkdir(parents=True)
    (folder / "mullby" / "mal-och-budget.md").write_text(FRAMES, encoding="utf-8")
    (folder / "mullby" / "protokoll.txt").write_text(MINUTES, encoding="utf-8")
    assistant = assistant_over(folder)
    question = "Vilken ram har socialnämnden i plan för 2027?"
    answer = assistant.ask(question)
    assert "252,9" in answer.answer, answer.answer
    # the table's caption names no measure; its kind, the operating budget, names the frame asked
    figure = assistant._figures(question, [], "sv", None)
    assert "drift" in assistant._kinds_measured(figure)


SAVINGS = """Mål och budget 2025 Mullby kommun

För att nå resultatmålet behöver nämnderna genomföra effektiviseringar på totalt 12,4 miljoner kronor under 2025.

Socialnämnden

Nämnden har tagit fram en handlingsplan med åtgärder som beräknas minska kostnaderna med 6,2 miljoner kronor under 2025.
"""


def test_a_saving_asked_of_a_committees_frame_is_the_prose_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "mullby").mkdir(parents=True)
    (folder / "mullby" / "mal-och-budget.md").write_text(FRAMES, encoding="utf-8")
    (folder / "mullby" / "budget.txt").write_text(SAVINGS, encoding="utf-8")
    assistant = assistant_over(folder)
    answer = assistant.ask("hur mycket ska socialnämnden spara under 2025?")
    assert "6,2 miljoner" in answer.answer.split("Se även")[0] and "240,1" not in answer.answer, answer.answer
    # no sentence names a saving of the committee asked: neither its frame nor all the committees' saving answers
    other = assistant.ask("hur mycket ska kommunstyrelsen spara under 2025?")
    assert other.refused, other.answer


PLAN = """Protokoll kommunstyrelsen 2024-10-28 Mullby kommun

§ 188 Åtgärdsplan för ekonomi i balans 2025

| Nämnd/område | Besparing 2025, tkr | Därav personalkostnader, tkr |
|---|---|---|
| Utbildningsnämnden | 9 200 | 6 400 |
| Vård- och omsorgsnämnden | 11 800 | 8 100 |
| Summa | 21 000 | 14 500 |
"""
PLANNED = """Mål och budget 2025 Mullby kommun

Utbildningsnämnden ska spara 9,2 miljoner kronor genom anpassning till minskande elevkullar.
"""


def test_a_part_column_measures_what_its_whole_column_measures(tmp_path: Path) -> None:
    # "Därav personalkostnader" beside "Besparing 2025": a part of the saving, so the saving asked is what the cell
    # measures; the sentence stating the committee's whole saving does not answer for the part
    folder = tmp_path / "docs"
    (folder / "mullby").mkdir(parents=True)
    (folder / "mullby" / "ks-protokoll.md").write_text(PLAN, encoding="utf-8")
    (folder / "mullby" / "budget.txt").write_text(PLANNED, encoding="utf-8")
    assistant = assistant_over(folder)
    answer = assistant.ask("hur mycket av utbildningsnämndens besparing är personalkostnader?")
    assert "6 400" in answer.answer or "6,4 miljoner" in answer.answer, answer.answer
