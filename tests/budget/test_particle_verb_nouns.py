"""A particle verb names the row the labels write as the noun of its action, alone or ending a compound ("låna
upp": "Nyupplåning" of a cash-flow budget), not a row that merely shares the verb's stem ("Låneskuld 31/12")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.units import Unit

SOURCE = CellSource(doc_path="b.pdf", title="Budget", quote="x", start=0, end=1)


def _table(name: str, years: tuple[int, ...], rows: dict[str, tuple[str, ...]]) -> Table:
    return Table(id=f"{name}#1", title=name, doc_path="b.pdf", stated_unit=Unit.MNKR, unit=Unit.MNKR,
                 columns=tuple(Column(label=str(y), year=y) for y in years),
                 rows=tuple(Row(label=label, values=tuple(Decimal(v) for v in values), is_total=False, source=SOURCE)
                            for label, values in rows.items()))


CASH_FLOW = _table("Kassaflödesbudget", (2025, 2026, 2027),
                   {"Nettoinvesteringar": ("-52.4", "-47.7", "-23.9"), "Nyupplåning": ("25.0", "15.0", "0.0"),
                    "Amortering": ("-5.0", "-5.0", "-5.0")})
KEY_FIGURES = _table("Nyckeltal", (2022, 2023, 2024), {"Låneskuld 31/12, mnkr": ("235", "250", "275")})
LEXICON = Lexicon.build((CASH_FLOW, KEY_FIGURES))


def test_a_particle_verb_names_the_noun_of_its_action() -> None:
    assert [m.label for m in match_rows("hur mycket ska kommunen låna upp 2026", LEXICON)] == ["Nyupplåning"]
    assert [m.label for m in match_rows("hur mycket behöver vi låna upp under 2025", LEXICON)] == ["Nyupplåning"]


def test_two_nouns_of_the_action_name_neither() -> None:
    other = _table("Finansiering", (2025, 2026), {"Upplåning från banker": ("10", "12")})
    both = Lexicon.build((CASH_FLOW, other))
    assert "Nyupplåning" not in [m.label for m in match_rows("hur mycket ska kommunen låna upp 2026", both)]
