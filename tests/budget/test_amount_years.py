"""An amount is about a year its sentence names, its document is dated in, or its document's title names ("Vadstena
satsar på förskola och hamn i budget 2025", a press release of November 2024)."""
from dataclasses import replace
from decimal import Decimal

from assistant.budget.answer import _about_years
from assistant.budget.records import CellSource, TextAmount
from assistant.budget.units import Unit


def _amount(title: str, date: str) -> TextAmount:
    clause = "Nämnderna ska effektivisera för totalt 4,7 miljoner kronor"
    source = CellSource(doc_path="p.md", title=title, quote=clause + ".", start=0, end=len(clause) + 1, date=date)
    return TextAmount(value=Decimal("4700000"), unit=Unit.MNKR, stated=Decimal("4.7"), text="4,7 miljoner kronor",
                      clause=clause, context=tuple(clause.lower().split()), source=source, amount_start=30,
                      amount_end=49)


def test_a_year_the_title_names_is_the_amounts() -> None:
    titled = _amount("Vadstena satsar på förskola och hamn i budget 2025", "2024-11-27")
    assert _about_years(titled, (2025,)) and _about_years(titled, (2024,))
    assert not _about_years(titled, (2023,))
    assert not _about_years(_amount("Nämnderna sparar", "2024-11-27"), (2025,))
    own = replace(titled, years=frozenset({2026}))  # an amount naming its own year is that year's, whatever the title
    assert not _about_years(own, (2025,)) and _about_years(own, (2026,))
