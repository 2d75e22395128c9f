"""The measure a question asks by its verb ("hur mycket sparar ...": a saving) is one of its concepts; a whole asked
("totalt") ranks the sentence stating the whole ("besparingar på totalt 9,5 miljoner") above a part of it and above
another measure's amount ("satsar vi 1,5 miljoner"). A follow-up asking a part of the
earlier figure ("hur mkt av det ska socialnämnden stå för?") keeps the earlier measure: the committee's frame in the
operating budget is no answer."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evidence.sentences import content_groups, intent_bonus
from assistant.understand.query import analyse
from tests.fakes import assistant_over

SPENT = "Dessutom satsar vi 1,5 miljoner kronor per år på förebyggande arbete för barn och unga."
SAVED = ("För att nå dit genomförs besparingar på totalt 9,5 miljoner kronor, varav 3,8 miljoner kronor inom "
         "socialnämnden och 3,1 miljoner kronor inom utbildningsnämnden.")
PART = "Besparingen på 3,1 miljoner kronor genomförs genom en ny organisation för grundskolans årskurs 7–9."


def test_a_verb_naming_a_measure_is_a_concept() -> None:
    q = analyse("hur mycket sparar kommunen 2025?")
    assert any("besparing" in g for g in content_groups(q))
    assert not any("kost" in g for g in content_groups(analyse("vad kostar simhallen?")))  # an asking word only


def test_a_whole_asked_ranks_the_whole_above_a_part() -> None:
    q = analyse("hur mycket sparar kommunen totalt 2025?")
    assert intent_bonus(q, SAVED) > intent_bonus(q, PART) and intent_bonus(q, SAVED) > intent_bonus(q, SPENT)
    assert intent_bonus(analyse("hur mycket sparar kommunen 2025?"), SAVED) == intent_bonus(q, PART)  # no whole asked


@pytest.fixture(scope="module")
def budget(tmp_path_factory):  # type: ignore[no-untyped-def]
    folder: Path = tmp_path_factory.mktemp("saving") / "docs"
    folder.mkdir()
    (folder / "budget.md").write_text(
        "# Budget och plan 2025–2027\n\n## Förord\n\n"
        f"Budgeten för 2025 är lagd i en tid av stigande kostnader. {SPENT} {SAVED} {PART}\n\n"
        "## Driftbudget per nämnd (mnkr)\n\n"
        "| Nämnd | Budget 2024 | Budget 2025 |\n|---|---:|---:|\n"
        "| Socialnämnden | 298,1 | 304,8 |\n| Utbildningsnämnden | 410,2 | 415,0 |\n| Summa | 708,3 | 719,8 |\n",
        encoding="utf-8")
    return assistant_over(folder)


def test_the_saving_asked_and_its_part_asked_after_it(budget) -> None:  # type: ignore[no-untyped-def]
    answer = budget.ask("hur mycket sparar kommunen totalt 2025?")
    assert "9,5" in answer.answer, answer.answer
    part = budget.ask("hur mkt av det ska socialnämnden stå för?", history=["hur mycket sparar kommunen totalt 2025?"])
    assert part.composer != "calculator" and "304,8" not in part.answer, part.answer
