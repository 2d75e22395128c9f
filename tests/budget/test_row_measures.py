"""Figures that are not kronor: a row's label naming its own measure (antal, %, kvadratmeter, kWh) keeps
its figures out of money, and a table of such rows (key figures) is never read as kronor."""
from __future__ import annotations

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from assistant.budget.units import Unit, measure_headed, measure_in
from core.types import DocumentMeta, LoadedDocument


@pytest.mark.parametrize("label, unit", [
    ("Soliditet, %", Unit.PERCENT), ("Andel behöriga lärare", Unit.PERCENT), ("Resultat i % av skatteintäkter", Unit.PERCENT),
    ("Kostnad per invånare, kr", Unit.KR), ("Investeringar (tkr)", Unit.TKR), ("Antal årsarbetare", Unit.NUMBER),
    ("Lokalyta, kvadratmeter", Unit.NUMBER), ("Energianvändning (kWh/m²)", Unit.NUMBER),
    ("Socialnämnden", None), ("Finansförvaltning (pensioner, interna räntor)", None), ("Summa nämnder", None),
    ("Sjukfrånvaro bland kommunens medarbetare, % (Samtliga nämnder)", Unit.PERCENT),
    ("Andel långtidssjukfrånvaro (60 dagar eller mer)", Unit.PERCENT), ("Fordon (KS)", None),
    ("Platser i vård- och omsorgsboende", Unit.NUMBER), ("Kilometer gång- och cykelväg", Unit.NUMBER),
    ("Placerade barn och unga, dygn", Unit.NUMBER), ("Portioner i skolmåltider per dag", Unit.NUMBER),
    ("Platser, kostnad tkr", Unit.TKR), ("Personalkostnader", None),
    ("Kostnad per vårddygn, kr", Unit.KR), ("Sjukfrånvaro %", Unit.PERCENT), ("Höjning 2 %", None),
    ("Nettoinvesteringar mnkr", Unit.MNKR), ("Skattesats kr", Unit.KR), ("Anställda antal", Unit.NUMBER),
    ("Avser procent", Unit.PERCENT), ("Bidrag 2 kr", None),
    ("Nytt äldreboende Ekbacken, 90 platser", None),
    ("Årets resultat i procent av skatter och generella statsbidrag", Unit.PERCENT), ("Förskola Hagalund (120 barn, 6 avdelningar)", None),
    ("Nettokostnad kr/inv", Unit.KR), ("Kostnad kr per elev", Unit.KR), ("Bidrag per förening", None),
])
def test_measure_named_by_a_row_label(label: str, unit: Unit | None) -> None:
    assert measure_in(label) == unit


def test_a_unit_word_after_a_key_figure_name_is_that_rows_unit() -> None:
    table = parse_tables(LoadedDocument(path="f.md", sha256="0", meta=DocumentMeta(title="Fem år"), text=(
        "Fem år i sammandrag\n\n| | 2022 | 2023 |\n|---|---:|---:|\n| Invånare 31 dec | 16 054 | 16 118 |\n"
        "| Årets resultat mnkr | 17,4 | 25,0 |\n| Nettoinvesteringar mnkr | 83,2 | 71,8 |\n")))[0]
    rows = {r.label: r for r in table.rows}
    assert table.cell(rows["Nettoinvesteringar mnkr"], 1).unit is Unit.MNKR


def test_a_measure_noun_heading_a_label_counts_outside_a_budget_of_money() -> None:
    assert measure_headed("Utförda hemtjänsttimmar") is Unit.NUMBER and measure_headed("Vårddygn") is Unit.NUMBER
    assert measure_headed("Personalkostnader") is None and measure_headed("Kostnad per vårddygn, kr") is None
    mixed = parse_tables(LoadedDocument(path="m.md", sha256="0", meta=DocumentMeta(title="Hemtjänst"), text=(
        "Antal, timmar, tkr och procent\n\n| | Utfall 2023 | Utfall 2024 |\n|---|---:|---:|\n"
        "| Utförda hemtjänsttimmar | 81 200 | 84 900 |\n| Brukare | 410 | 432 |\n")))[0]
    rows = {r.label: r for r in mixed.rows}
    assert mixed.cell(rows["Utförda hemtjänsttimmar"], 1).unit is Unit.NUMBER
    money = parse_tables(LoadedDocument(path="i.md", sha256="0", meta=DocumentMeta(title="Investeringar"), text=(
        "Investeringsbudget 2025, tkr\n\n| Projekt | Budget 2025 | Plan 2026 |\n|---|---:|---:|\n"
        "| Lekplatser | 1 500 | 1 500 |\n| Gator och vägar | 12 000 | 11 000 |\n")))[0]
    rows = {r.label: r for r in money.rows}
    assert money.cell(rows["Lekplatser"], 0).unit is Unit.TKR


def book(text: str) -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Budget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


KEY_FIGURES = """Nyckeltal för äldreomsorgen

| Nyckeltal | Utfall 2024 | Budget 2025 |
|---|---:|---:|
| Antal platser i särskilt boende | 212 | 220 |
| Andel nöjda brukare, % | 84,5 | 86,0 |
| Lokalyta, kvadratmeter | 18 400 | 18 400 |
"""

BALANCE = """Balansbudget

Belopp i mnkr

| Mnkr | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Eget kapital | 1 890,0 | 1 947,4 |
| Summa tillgångar | 4 154,4 | 4 441,7 |
| Soliditet, % | 45,5 | 43,8 |
"""


def test_a_table_of_key_figures_is_not_money() -> None:
    figures = book(KEY_FIGURES)
    assert figures.tables[0].unit is Unit.NUMBER
    answer = answer_figures("Hur mycket kostar lokalytan 2025?", figures)
    assert answer is None or "kr" not in answer.text


def test_a_percent_row_in_a_money_table_is_a_percentage() -> None:
    figures = book(BALANCE)
    table = figures.tables[0]
    assert table.unit is Unit.MNKR
    cell = table.cell(table.rows[2], 1)
    assert cell is not None and cell.unit is Unit.PERCENT and cell.kronor == cell.value
    answer = answer_figures("Vad är soliditeten 2025?", figures)
    assert answer is not None and "43,8 %" in answer.text and "mnkr" not in answer.text.split("[")[0]


POPULATION = """Befolkning efter ålder den 31 december 2022–2024
Antal invånare

| Åldersgrupp | 2022 | 2023 | 2024 |
| 0–5 år | 548 | 541 | 530 |
| 65–79 år | 1779 | 1790 | 1802 |
| Totalt | 9206 | 9220 | 9213 |
"""

KEY_FIGURES_CAPTIONED = """Tabell 6. Finansiella nyckeltal
Procent

| Nyckeltal | Bokslut 2023 | Budget 2025 |
| Nettokostnadsandel | 98,3 | 98,2 |
| Soliditet enligt balansräkningen | 52,6 | 51,4 |
"""


def test_a_caption_naming_a_count_or_a_percentage_gives_the_tables_unit() -> None:
    population = book("Belopp i tkr\n\n" + POPULATION).tables[-1]
    assert population.unit is Unit.NUMBER and population.title.startswith("Befolkning efter ålder")
    key = book(KEY_FIGURES_CAPTIONED).tables[0]
    assert key.unit is Unit.PERCENT and key.title == "Tabell 6. Finansiella nyckeltal"


def test_a_row_of_a_percent_table_is_answered_as_a_percentage() -> None:
    answer = answer_figures("Vad är soliditeten enligt balansräkningen 2025?", book(KEY_FIGURES_CAPTIONED))
    assert answer is not None and "51,4 %" in answer.text and "kronor" not in answer.text


def test_how_many_is_answered_by_a_table_of_counts() -> None:
    answer = answer_figures("Hur många var 65–79 år 2024?", book(POPULATION))
    assert answer is not None and "1 802" in answer.text and "kr" not in answer.text.split("[")[0]


def test_how_many_is_not_answered_by_a_money_table() -> None:
    answer = answer_figures("Hur många elever har grundskolan 2025?",
                            book("Belopp i tkr\n\n| Verksamhet | 2024 | 2025 |\n| Grundskola | 118 430 | 122 880 |\n"))
    assert answer is None or "122 880" not in answer.text


LOANS = """Tabell 3. Låneskuld och räntor

| | 2024 | 2025 |
|---|---:|---:|
| Låneskuld 31 december, mnkr | 1 640,0 | 1 790,0 |
| Genomsnittlig ränta, % | 2,41 | 2,58 |
"""


def test_a_row_named_by_a_mean_is_looked_up_not_averaged() -> None:
    answer = answer_figures("Vilken var den genomsnittliga räntan 2025?", book(LOANS))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation != "mean" and "2,58" in answer.text


def test_an_attribute_in_parentheses_after_the_label_names_no_measure() -> None:
    from assistant.budget.units import Unit, measure_in

    assert measure_in("Soliditet, % (minst 40)") is Unit.PERCENT
    assert measure_in("Antal nystartade företag (Kommunstyrelsen)") is Unit.NUMBER
    assert measure_in("Fordon (KS)") is None


OVERVIEW = """Femårsöversikt

Belopp i mnkr

| Mnkr | Bokslut 2023 | Bokslut 2024 |
|---|---:|---:|
| Årets resultat | 12,35 | 9,80 |
| Skattesats, kr | 22,01 | 22,01 |
| Antal invånare 31 december | 3 950 | 3 941 |
"""


def test_a_count_in_a_table_of_decimals_is_said_whole() -> None:
    answer = answer_figures("Hur många invånare fanns 31 december 2024?", book(OVERVIEW))
    assert answer is not None and "3 941" in answer.text
    assert "3 941,00" not in answer.text and "3 941,0" not in answer.text
    assert "3 941 år 2024" in answer.text  # no year glued to the count


def test_a_money_row_keeps_the_tables_decimals() -> None:
    answer = answer_figures("Vad var årets resultat 2024?", book(OVERVIEW))
    assert answer is not None and "9,80" in answer.text


INDICATORS = """Tabell 1. Indikatorer per målområde

| Indikator | Utfall 2023 | Utfall 2024 |
|---|---:|---:|
| Nettokostnad, tkr | 120 500 | 125 300 |
| Sjukfrånvaro bland kommunens medarbetare, % | | |
| Samtliga nämnder | 7,9 | 7,6 |
| Socialnämnden | 9,1 | 8,8 |
"""


def test_a_row_under_a_section_naming_a_measure_is_in_that_measure() -> None:
    figures = book(INDICATORS)
    row = next(r for r in figures.tables[0].rows if r.label == "Socialnämnden")
    assert row.measure is Unit.PERCENT
    table = figures.tables[0]
    assert table.cell(row, 1).unit is Unit.PERCENT
    answer = answer_figures("Vad var Socialnämnden 2024?", figures)
    assert answer is not None and "8,8 %" in answer.text and "kronor" not in answer.text


STAFF = """Personalnyckeltal

Nyckeltal                                    2023         2024
Antal tillsvidareanställda                    449          442
varav kvinnor                                 371          366
Sjukfrånvaro totalt, %                        7,4          6,9
"""


def test_a_part_of_a_row_counts_what_its_whole_counts() -> None:
    doc = LoadedDocument(path="d.txt", sha256="0", meta=DocumentMeta(title="Årsredovisning"), text=STAFF)
    table, = parse_tables(doc)
    assert table.stated_unit is Unit.NUMBER  # never the kronor of the document's other tables
    part = next(r for r in table.rows if r.label == "varav kvinnor")
    assert part.sections == ("Antal tillsvidareanställda",)
    assert part.measure is Unit.NUMBER


ACTIVITY = """Socialnämnden – verksamhetsmått

Mått                                          Utfall 2024   Budget 2025
Placerade barn och unga, dygn                      21 480        20 500
Platser i särskilt boende                             412           440
Kilometer gång- och cykelväg                          118           121
"""


def test_a_table_of_things_counted_is_not_money() -> None:
    doc = LoadedDocument(path="d.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=ACTIVITY)
    table, = parse_tables(doc)
    assert table.stated_unit is Unit.NUMBER


BIRTHS = """Källa: Budget 2025, antagen av kommunfullmäktige 2024-11-20

## Befolkning

| År | Födda | Döda |
|---|---|---|
| 2022 | 128 | 274 |
| 2023 | 125 | 259 |
"""


def test_a_heading_naming_a_count_is_the_title_not_the_line_above_it() -> None:
    (table,) = book(BIRTHS).tables
    assert table.title == "Befolkning" and table.unit is Unit.NUMBER


def test_how_many_reads_a_table_stating_no_unit_as_counts() -> None:
    unstated = BIRTHS.replace("## Befolkning", "## Utveckling")  # nothing says what the figures are
    assert book(unstated).tables[0].stated_unit is None
    answer = answer_figures("hur många föddes 2022?", book(unstated))
    assert answer is not None and answer.calculation.result == 128
    assert answer.calculation.unit == "antal" and "kr" not in answer.text.split("[")[0]
