"""A table continued under its number and a shorter title ("Tabell 4. Investeringsbudget (forts.)" after "Tabell 4.
Investeringsbudget per nämnd och projekt") is the rest of that table; another numbered table is not."""
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Tabell 4. Investeringsbudget per nämnd och projekt

| Projekt, tkr | Budget 2025 | Plan 2026 |
|---|---|---|
| Kommunstyrelsen | | |
| IT-infrastruktur | 2500 | 2000 |
| Summa kommunstyrelsen | 2500 | 2000 |
| Samhällsbyggnadsnämnden | | |
| Gator och vägar | 6500 | 6500 |

Tabell 4. Investeringsbudget (forts.)

| Projekt, tkr | Budget 2025 | Plan 2026 |
|---|---|---|
| Lekplatser och parker | 900 | 600 |
| Summa samhällsbyggnadsnämnden | 7400 | 7100 |
| Totalt investeringar | 9900 | 9100 |

Tabell 5. Investeringar (forts.)

| Projekt, tkr | Budget 2025 | Plan 2026 |
|---|---|---|
| Övrigt | 100 | 100 |
"""


def test_the_continuation_under_a_shorter_title_joins_its_table() -> None:
    doc = LoadedDocument(path="b.md", sha256="0", meta=DocumentMeta(title="Budget"), text=TEXT)
    tables = parse_tables(doc)
    assert [t.title for t in tables][:1] == ["Tabell 4. Investeringsbudget per nämnd och projekt"]
    first = tables[0]
    assert [r.label for r in first.rows][-2:] == ["Summa samhällsbyggnadsnämnden", "Totalt investeringar"]
    parks = next(r for r in first.rows if r.label == "Lekplatser och parker")
    assert parks.sections == ("Samhällsbyggnadsnämnden",)
    assert len(tables) == 2  # "Tabell 5" continues no table of its number


CAPTIONED = """Investeringsbudget

| Projekt | Budget 2025 | Plan 2026 |
|---|---|---|
| Kommunstyrelsen | | |
| IT-investeringar | 1500 | 1500 |
| Summa kommunstyrelsen | 1500 | 1500 |

Investeringsbudget, forts. (belopp i tkr)

| Projekt | Budget 2025 | Plan 2026 |
|---|---|---|
| Samhällsbyggnadsnämnden | | |
| Asfaltering | 2000 | 2000 |
| Summa samhällsbyggnadsnämnden | 2000 | 2000 |
| Totalt investeringar | 3500 | 3500 |
"""


def test_a_continuation_stating_its_unit_after_the_mark_joins_its_table() -> None:
    doc = LoadedDocument(path="c.md", sha256="0", meta=DocumentMeta(title="Budget"), text=CAPTIONED)
    tables = parse_tables(doc)
    assert len(tables) == 1
    assert [r.label for r in tables[0].rows][-1] == "Totalt investeringar"


MARKED_LAST = """Tabell 4. Investeringsbudget per nämnd (mnkr)

| Projekt | Budget 2025 | Plan 2026 |
|---|---|---|
| Socialnämnden | | |
| Välfärdsteknik | 1,8 | 1,5 |
| Summa socialnämnden | 1,8 | 1,5 |

Tabell 4. Investeringsbudget per nämnd (mnkr), forts.

| Projekt | Budget 2025 | Plan 2026 |
|---|---|---|
| Summa kultur- och fritidsnämnden | 4,9 | 0,3 |
| Totalt investeringar | 6,7 | 1,8 |
"""


def test_a_title_ending_in_the_continued_mark_is_no_sentence_and_its_table_joins_the_one_before() -> None:
    # "..., forts." ends with a full stop and has seven words, yet it is the table's name, not a paragraph above it
    doc = LoadedDocument(path="f.md", sha256="0", meta=DocumentMeta(title="Budget"), text=MARKED_LAST)
    tables = parse_tables(doc)
    assert [t.title for t in tables] == ["Tabell 4. Investeringsbudget per nämnd (mnkr)"]
    assert [r.label for r in tables[0].rows][-1] == "Totalt investeringar"
