"""Tables that count people, places or visits, or give shares, are not money: their units come from the
column labels and the title, and a wrapped column label broken at a hyphen is one word again."""
from assistant.budget.layout import join_wrapped
from assistant.budget.tables import parse_tables
from assistant.budget.units import Unit
from core.types import DocumentMeta, LoadedDocument

MONEY = """Tabell 1. Kommunbidrag per nämnd

Belopp i mnkr                 Budget 2025     Budget 2026
Kulturnämnden                        21,4            22,0
Tekniska nämnden                     88,1            90,3

Tabell 2. Personal per nämnd

                               Antal        Årsarbe-       Frånvaro            Frånvaro
Nämnd                      anställda           tare     helår 2025         helår 2024
Kulturnämnden                     41             37         4,2 %              4,8 %
Tekniska nämnden                 130            121         5,9 %              6,1 %
"""

COUNTS = """Verksamhetsmått 2023–2025
Antal (elever, platser respektive besök)

| Mått | 2023 | 2024 | 2025 |
|---|---|---|---|
| Elever i gymnasiet | 410 | 422 | 431 |
| Besök på museet | 18200 | 19950 | 20410 |

## Elever per skola

| Antal (elever, platser respektive besök) | 2023 | 2024 | 2025 |
|---|---|---|---|
| Elever i gymnasiet | 410 | 422 | 431 |
| Besök på museet | 18200 | 19950 | 20410 |
"""


def _tables(text: str, path: str = "d.txt"):
    return parse_tables(LoadedDocument(path=path, sha256="0", meta=DocumentMeta(title="Rapport"), text=text))


def test_columns_that_count_people_are_not_money():
    tables = {t.title: t for t in _tables(MONEY)}
    staff = tables["Tabell 2. Personal per nämnd"]
    units = [c.unit for c in staff.columns]
    assert units[0] is Unit.NUMBER and units[1] is Unit.NUMBER
    assert units[2] is Unit.PERCENT and units[3] is Unit.PERCENT
    assert staff.unit_note is None or "mnkr" not in staff.unit_note


def test_a_caption_or_stub_that_counts_makes_the_table_a_count():
    captioned, stubbed = _tables(COUNTS, "v.md")
    assert captioned.unit is Unit.NUMBER and captioned.title == "Verksamhetsmått 2023–2025"
    assert stubbed.unit is Unit.NUMBER


def test_a_word_broken_at_a_hyphen_is_joined_but_a_shared_compound_part_stays():
    assert join_wrapped(["Årsarbe-", "tare"]) == "Årsarbetare"
    assert join_wrapped(["Heltids-", "tjänster"]) == "Heltidstjänster"
    assert join_wrapped(["Barn-", "och utbildning"]) == "Barn- och utbildning"
    assert join_wrapped(["Budget", "2026"]) == "Budget 2026"
