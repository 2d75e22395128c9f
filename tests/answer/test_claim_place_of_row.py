"""A claimed figure of a thing placed somewhere ("en ny simhall i Unnaryd") is not judged by the row of the same
kind of thing in another place ("Hyltebruks simhall, tak och ventilation"): the calculator's row must say the
place the claim names, in its line, its section or its table's title."""
from __future__ import annotations

from pathlib import Path

from tests.fakes import assistant_over

HYLTE = """Mål och budget 2025–2027 Hylte kommun

Investeringsbudget 2025–2027 (tkr)

Projekt\tBudget 2025\tPlan 2026\tPlan 2027
Hyltebruks simhall, tak och ventilation\t9 600\t0\t0
Konstgräsplan Unnaryd\t2 000\t0\t0
Ny förskola Örnen, Hyltebruk\t22 500\t5 000\t0
"""
GROUPED = """Mål och budget 2025–2027 Hylte kommun

Investeringsbudget 2025–2027 (tkr)

Projekt\tBudget 2025\tPlan 2026\tPlan 2027
Unnaryd
Ny simhall\t60 000\t0\t0
Konstgräsplan\t2 000\t0\t0
Hyltebruk
Ny förskola Örnen\t22 500\t5 000\t0
"""


def _assistant(tmp_path: Path, text: str):
    folder = tmp_path / "docs"
    (folder / "hylte").mkdir(parents=True)
    (folder / "hylte" / "mal-och-budget-2025.txt").write_text(text, encoding="utf-8")
    (folder / "hylte" / "om-kommunen.txt").write_text(
        "Hylte kommun\n\nI Unnaryd finns skola, bibliotek och en idrottsplats.\n", encoding="utf-8")
    return assistant_over(folder)


def test_a_row_of_another_place_does_not_contradict_the_claim(tmp_path: Path) -> None:
    answer = _assistant(tmp_path, HYLTE).ask("Hylte kommun ska bygga en ny simhall i Unnaryd för 60 miljoner 2025, eller hur?")
    assert answer.verdict != "contradicted", answer.answer


def test_a_place_heading_the_rows_is_the_rows_place(tmp_path: Path) -> None:
    answer = _assistant(tmp_path, GROUPED).ask("Hylte kommun ska bygga en ny simhall i Unnaryd för 60 miljoner 2025, eller hur?")
    assert answer.verdict == "supported", answer.answer
    answer = _assistant(tmp_path / "b", GROUPED).ask("Hylte kommun ska bygga en ny simhall i Unnaryd för 40 miljoner 2025, eller hur?")
    assert answer.verdict == "contradicted", answer.answer


COMMITTEES = """Budget 2024 Hylte kommun

Nämndernas driftramar

Belopp i tkr\tBudget 2023\tBudget 2024
Miljöskyddsnämnden\t12 955\t13 091
Överförmyndarnämnden\t4 900\t4 994
Kommunstyrelsen\t95 000\t98 300
"""


def test_each_side_of_a_comparison_names_its_own_row(tmp_path: Path) -> None:
    """A comparison's rows are its sides: each of the claim's names is said by one of them, not by both."""
    answer = _assistant(tmp_path, COMMITTEES).ask("Miljöskyddsnämnden får mer än Överförmyndarnämnden 2024?")
    assert answer.verdict == "supported", answer.answer
