"""A share of "the investments" is of the investment budget's own total, not of the cash flow's row of the same
name; a sum the text says goes to another recipient than the row the question asks about is not its figure."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget och plan 2025–2027

Kassaflödesbudget (tkr)

| Post | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Investeringar | -40 000 | -21 800 |
| Kassaflöde från investeringar | -40 000 | -21 800 |

Investeringsbudget (tkr)

| Projekt | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Ny sporthall i Ed | 24 500 | 8 000 |
| IT och digitalisering | 17 550 | 13 800 |
| Totalt | 42 050 | 21 800 |
"""

TAX = """Så används din skatt

Skattesatsen är 22,29 kronor för 2025. Det betyder att du betalar 22,29 kronor till kommunen för varje intjänad
hundralapp.

Fördelning av 100 kr skatt per verksamhet, budget 2025

| Verksamhet | Andel av 100 kr |
|---|---|
| Förskola | 14 kr |
| Äldreomsorg | 19 kr |
| Kultur och fritid | 4 kr |
"""


def _book(text: str, title: str) -> FigureBook:
    doc = LoadedDocument(path="doc.md", text=text, sha256=title, meta=DocumentMeta(title=title, date="2025-01-14"))
    return FigureBook((extract_figures(doc),))


def test_a_share_of_the_investments_is_of_the_investment_budgets_own_total() -> None:
    answer = answer_figures("hur stor andel av investeringarna 2025 går till sporthallen?",
                            _book(BUDGET, "Budget och plan 2025–2027"))
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("58.3")  # 24 500 of 42 050, not of the cash flow's 40 000


def test_a_sum_going_to_another_recipient_is_not_the_rows_figure() -> None:
    answer = answer_figures("hur många kronor av varje hundralapp i skatt går till äldreomsorgen?",
                            _book(TAX, "Så används din skatt"))
    assert answer is not None and "19 kronor" in answer.text and "22,29" not in answer.text


REPORT = """Årsredovisning 2023

Nettokostnad, mnkr

| Nämnd | Budget 2023 | Utfall 2023 | Avvikelse |
|---|---:|---:|---:|
| Kommunstyrelsen | 60,1 | 58,4 | 1,7 |
| Socialnämnden | 221,0 | 229,2 | -8,2 |
"""


def test_a_deviation_column_without_a_year_is_of_its_tables_one_year() -> None:
    book = _book(REPORT, "Årsredovisning 2023")
    later = answer_figures("hur stort underskott får socialnämnden för 2024?", book)
    assert later is not None and later.refused and "-8,2" not in later.text  # 2023's deviation is not 2024's
    same = answer_figures("hur stort underskott fick socialnämnden 2023?", book)
    assert same is not None and not same.refused and "8,2" in same.text


SUMMARY = """Årsredovisning 2023

Resultatbudget (mnkr)

| Post | Budget 2022 | Budget 2023 |
|---|---:|---:|
| Verksamhetens nettokostnader | -1 900,0 | -1 950,0 |
| Årets resultat | 40,0 | 42,0 |

Fem år i sammandrag

| Kommunen | 2019 | 2020 | 2021 | 2022 | 2023 |
|---|---:|---:|---:|---:|---:|
| Årets resultat, mnkr | 38,2 | 61,7 | 85,3 | 41,1 | 44,5 |
| Soliditet, % | 40 | 41 | 43 | 44 | 44 |
"""


def test_a_row_glossed_in_its_own_words_names_no_other_topic() -> None:
    # "(årets resultat)" glosses the row "result" names: its words do not steer to the table titled "Resultat..."
    answer = answer_figures("What was the result (årets resultat) in 2021?", _book(SUMMARY, "Årsredovisning 2023"),
                            language="en")
    assert answer is not None and not answer.refused and "85.3" in answer.text



def test_a_whole_naming_no_recipient_is_not_what_goes_to_one() -> None:
    """"hur mycket av omställningspaketet gick till staben?" asks no table: the package's whole, whose sentence names
    no staff unit ("ett omställningspaket för förvaltningen om 5,4 miljoner kronor"), is not what went to the staff;
    a sentence naming the recipient is (and so is one whose sentence before names it)."""
    from types import SimpleNamespace

    from assistant.budget.answer import _to_another_recipient

    def amount(quote: str, lead: str = "") -> SimpleNamespace:
        return SimpleNamespace(source=SimpleNamespace(quote=quote), lead=lead)

    asked = "hur mycket av socialförvaltningens omställningspaket 2020 gick till staben?"
    plan = SimpleNamespace(said=(), operation=None)
    whole = amount("Socialnämnden beslutade om ett omställningspaket för förvaltningen om 5,4 miljoner kronor.")
    assert _to_another_recipient(asked, whole, plan, tabular=False)  # type: ignore[arg-type]
    assert not _to_another_recipient(asked, whole, plan)  # type: ignore[arg-type]  # no row named: the tables' rule
    staff = amount("Av detta går 0,5 miljoner till staben.")
    assert not _to_another_recipient(asked, staff, plan, tabular=False)  # type: ignore[arg-type]
    led = amount("Den uppgår till 0,5 miljoner kronor.", lead="Staben får en egen del av paketet.")
    assert not _to_another_recipient(asked, led, plan, tabular=False)  # type: ignore[arg-type]
    share = SimpleNamespace(said=(), operation="share")  # the whole is an operand of the share asked of it
    assert not _to_another_recipient("hur stor del av omställningspaketet gick till avdelning unga i procent?", whole,
                                     share, tabular=False)  # type: ignore[arg-type]
