"""A committee only another municipality's tables have a row for is refused as "no row" for the municipality
asked, unless that municipality's own documents write the body's name (a table the calculator does not hold)."""
from __future__ import annotations

from pathlib import Path

from tests.fakes import assistant_over

TINGSRYD = """Budget 2024 för Tingsryds kommun

Nämndernas driftramar

Belopp i mnkr\tBudget 2023\tBudget 2024
Socialförvaltningen\t410,2\t425,7
Kultur- och fritidsnämnden\t31,0\t32,4
Kommunstyrelsen\t95,0\t98,3
"""
OCKELBO_BUDGET = """Budget 2024 för Ockelbo kommun

Nämndernas driftramar

Belopp i mnkr\tBudget 2023\tBudget 2024
Kommunstyrelsen\t55,0\t58,3
Bildningsnämnden\t120,5\t125,0
"""
OCKELBO_STAFF = """Personalredovisning Ockelbo kommun

Sjukfrånvaro per förvaltning

Förvaltning\tAntal anställda\tÅrsarbetare\tSjukfrånvaro %\tVarav långtid %
Socialförvaltningen\t1 684\t1 548\t9,0\t52,8
Bildningsförvaltningen\t912\t861\t6,1\t40,2
"""


def _assistant(tmp_path: Path):
    folder = tmp_path / "docs"
    for place, name, text in (("tingsryd", "budget-2024.txt", TINGSRYD), ("ockelbo", "budget-2024.txt", OCKELBO_BUDGET),
                              ("ockelbo", "personal-2023.txt", OCKELBO_STAFF)):
        (folder / place).mkdir(parents=True, exist_ok=True)
        (folder / place / name).write_text(text, encoding="utf-8")
    return assistant_over(folder)


def test_a_body_the_municipality_writes_is_no_row_elsewhere(tmp_path: Path) -> None:
    assistant = _assistant(tmp_path)
    written = assistant.ask("Hur hög var sjukfrånvaron i socialförvaltningen i Ockelbo 2023?")
    assert "ingen rad" not in written.answer
    unknown = assistant.ask("Hur mycket får kultur- och fritidsnämnden i Ockelbo 2024?")
    assert unknown.refused and "ingen rad för" in unknown.answer


def test_one_word_of_a_body_of_several_parts_does_not_name_it() -> None:
    from assistant.answering.unknown import says_body

    # "hur många barn gick i förskola": "barn" is said of much else than "Barn- och utbildningsnämnden"
    assert not says_body("barn", "Barn- och utbildningsnämnden")
    assert says_body("kultur och fritid", "Kultur- och fritidsnämnden")  # every part of its name
    assert says_body("bun", "Barn- och utbildningsnämnden")  # its initials
    assert says_body("socialnämnden", "Socialnämnden")
    assert says_body("utbildningsnämnden", "Barn- och utbildningsnämnden")  # a body's word
