"""A claimed figure of a thing only another municipality's documents name ("en ny simhall" claimed of Eda, where only
Svenljunga's budget writes "simhall") is not contradicted by a figure of the named municipality's documents that
shares only a place with the claim: the named municipality's documents say nothing of that thing."""
from __future__ import annotations

from pathlib import Path

from tests.fakes import assistant_over

EDA = """Kommunstyrelsen 2025-03-11 Eda kommun

§ 41 Omfördelning av investeringsmedel

Upphandlingen av konstgräsplanen i Charlottenberg har gett ett anbud som överstiger budget.

Beslut: Kommunstyrelsen föreslår kommunfullmäktige besluta att omfördela 1 100 tkr från reinvestering gator och broar till konstgräsplan Charlottenberg.

Kommunens finansiella mål är att resultatet ska vara positivt, och resultat och mål följs upp varje år.
"""
SVENLJUNGA = """Budget 2025 Svenljunga kommun

Kultur- och fritidsnämnden ansvarar för bibliotek, fritidsgårdar, simhall och föreningsbidrag.

Upprustningen av Svenljunga simhall kostar 2,3 miljoner kronor 2025.
"""


def _assistant(tmp_path: Path):
    folder = tmp_path / "docs"
    for place, name, text in (("eda", "protokoll-ks-2025-03-11.txt", EDA),
                              ("svenljunga", "budget-2025.txt", SVENLJUNGA)):
        (folder / place).mkdir(parents=True, exist_ok=True)
        (folder / place / name).write_text(text, encoding="utf-8")
    return assistant_over(folder)


def test_a_thing_only_another_municipality_names_is_not_found(tmp_path: Path) -> None:
    assistant = _assistant(tmp_path)
    claim = "Eda kommun ska bygga en ny simhall i Charlottenberg för 40 miljoner?"
    assert any(t.startswith("simhall") for t in assistant._unknown_things(claim))
    answer = assistant.ask(claim)
    assert answer.verdict == "not_found", answer.answer


def test_the_thing_is_known_where_its_municipality_names_it(tmp_path: Path) -> None:
    assistant = _assistant(tmp_path)
    assert assistant._unknown_things("Svenljunga kommun ska rusta upp sin simhall för 40 miljoner?") == []


def test_a_compound_the_cited_rows_say_in_parts_is_known(tmp_path: Path) -> None:
    """"resultatmålet" claimed of Eda, whose documents never write it, is said by the calculator's cited row and its
    table's title in parts ("Resultat i procent ..." under "Finansiella mål"): no unknown thing."""
    assistant = _assistant(tmp_path)
    claim = "Eda klarar resultatmålet på minst 2 procent 2025?"
    assert any(t.startswith("resultatmål") for t in assistant._unknown_things(claim))
    cited = "Tabell 3. Finansiella mål Resultat i procent av skatteintäkter och statsbidrag  minst 2,0 %  1,5 %"
    assert not any(t.startswith("resultatmål") for t in assistant._unknown_things(claim, cited=cited))
