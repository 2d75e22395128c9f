"""A claimed sum found in a sentence about something else confirms nothing when what the money goes to is what no
document names: "2 miljoner till en ny simhall i Sollebrunn" is not supported by "de 2 mnkr ... en investeringspott
för föreningslivet" (the evidence is not about the claim's topic, and "simhall" appears nowhere)."""
from __future__ import annotations

from tests.fakes import assistant_over

BUDGET = """# Budget för Åsby kommun 2021-2023 (S)

I kommunstyrelsens kommande detaljbudget ska de 2 mnkr som vanligtvis budgeteras som en medelreserv istället avsättas
som en sökbar, årlig investeringspott för det lokala föreningslivet.

Socialnämnden tillförs 300 tkr för tjänsten personligt ombud.
"""


def test_a_sum_said_of_another_thing_does_not_confirm_money_for_what_no_document_names(tmp_path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "budget-s.md").write_text(BUDGET, encoding="utf-8")
    assistant = assistant_over(folder)
    unknown = assistant.ask("Socialdemokraterna vill avsätta 2 miljoner till en ny simhall i sin budget.")
    assert unknown.verdict != "supported", unknown.answer
    known = assistant.ask("Socialdemokraterna vill avsätta 2 miljoner till en investeringspott för föreningslivet.")
    assert known.verdict == "supported", known.answer
