"""Tables of other municipalities read as written: a transposed table with a kind column beside its years, an empty
cell and a year with a remark; a caption of sentences stating the unit; a title naming several units states none;
a title line over a header of its own; a stub label beside a unit under each column; a column in its own unit of
money. Expected numbers are written by hand."""
from decimal import Decimal

from assistant.budget.layout import find_header
from assistant.budget.tables import parse_tables
from assistant.budget.units import Unit, one_unit_in
from assistant.budget.yearless import year_column
from core.types import DocumentMeta, LoadedDocument


def doc(text: str, path: str = "x.txt") -> LoadedDocument:
    return LoadedDocument(path=path, sha256="0", meta=DocumentMeta(title="X"), text=text)


def test_a_year_with_a_remark_in_parentheses() -> None:
    assert year_column("2024 (Skattehöjning med 25 öre)") is None  # alone it may be a numbered item
    column = year_column("2024 (Skattehöjning med 25 öre)", remark=True)
    assert (column.year, column.kind) == (2024, "")
    assert year_column("2025 (Budget, utfall saknas)", remark=True).kind == "Budget"


KIND_AND_YEAR = """## Skattesats och resultat i sammandrag

Skattesats i kronor per skattekrona, årets resultat i mnkr

| Typ | År | Skattesats Kommun | Årets resultat, mnkr | Invånare 31 dec |
|---|---|---|---|---|
| Utfall | 2021 | 23,75 | 6,2 | 2 412 |
| Utfall | 2022 | 23,75 | 5,1 | 2 398 |
| Budget | 2024 | 23,95 | 1,5 | – |
"""


def test_a_transposed_table_with_a_kind_column_beside_its_years() -> None:
    (table,) = parse_tables(doc(KIND_AND_YEAR, "x.md"))
    assert [(c.kind, c.year) for c in table.columns] == [("Utfall", 2021), ("Utfall", 2022), ("Budget", 2024)]
    result = next(r for r in table.rows if r.label.startswith("Årets resultat"))
    assert result.values == (Decimal("6.2"), Decimal("5.1"), Decimal("1.5"))
    assert table.cell(result, 0).unit is Unit.MNKR
    rate = next(r for r in table.rows if r.label == "Skattesats Kommun")
    assert table.cell(rate, 0).unit is Unit.KR  # the caption names two units: each row says its own
    people = next(r for r in table.rows if r.label == "Invånare 31 dec")
    assert people.values == (Decimal(2412), Decimal(2398), None)


EMPTY_AND_REMARK = """Karlsby kommun – folkmängd 31 december 2018–2020
Enhet: antal invånare. Källa: SCB

| År | Folkmängd | Förändring |
|---|---|---|
| 2018 | 32468 |  |
| 2019 | 32415 | -53 |
| 2020 (preliminärt, SCB) | 32385 | -30 |
"""


def test_a_transposed_table_with_an_empty_cell_a_remarked_year_and_a_caption_of_sentences() -> None:
    (table,) = parse_tables(doc(EMPTY_AND_REMARK, "x.md"))
    assert table.title == "Karlsby kommun – folkmängd 31 december 2018–2020"
    assert [c.year for c in table.columns] == [2018, 2019, 2020]
    assert [(r.label, r.values) for r in table.rows] == [
        ("Folkmängd", (Decimal(32468), Decimal(32415), Decimal(32385))),
        ("Förändring", (None, Decimal(-53), Decimal(-30)))]
    assert table.unit is Unit.NUMBER


def test_numbered_items_with_remarks_are_no_transposed_table() -> None:
    text = "| Projekt | Budget |\n|---|---|\n| 2001 (Gator, KS) | 500 |\n| 2002 (Parker, KS) | 300 |\n"
    assert all(c.year is None or c.year > 2002 for t in parse_tables(doc(text, "x.md")) for c in t.columns)


def test_a_sentence_of_a_caption_states_the_unit() -> None:
    text = ("Driftredovisning per nämnd\n\n"
            "Nettokostnad per nämnd, tkr. Avvikelse = budget minus prognos; negativt belopp = underskott.\n"
            "Nämnd                    Budget 2024     Prognos 2024     Avvikelse\n"
            "Socialnämnden                 89 600           93 400        -3 800\n"
            "Kommunstyrelsen               47 900           48 600          -700\n")
    (table,) = parse_tables(doc(text))
    assert table.title == "Driftredovisning per nämnd"
    assert table.unit is Unit.TKR


def test_a_title_naming_several_units_of_money_states_none() -> None:
    assert one_unit_in("Skattesats i kronor per skattekrona, årets resultat i mnkr") is None
    assert one_unit_in("Belopp i miljoner kronor") is Unit.MNKR
    assert one_unit_in("Investeringsbudget (tkr)") is Unit.TKR


TITLED = """Tabell 2. Resultatbudget 2025–2027
                                                 Bokslut        Budget        Plan          Plan
Belopp i mnkr                          Not          2023          2025          2026          2027
   Verksamhetens intäkter                1         512,7         491,6         498,2         505,0
   Avskrivningar                         3        – 98,6       – 111,8       – 118,5       – 124,9
Årets resultat                                      11,4          31,1          43,1          53,5
"""


def test_a_title_naming_years_over_a_header_of_its_own() -> None:
    header = find_header(TITLED.splitlines(), 0)
    assert header is None or [c.year for c in header.columns] == [2023, 2025, 2026, 2027]
    (table,) = parse_tables(doc(TITLED))
    assert table.title == "Tabell 2. Resultatbudget 2025–2027"
    assert [(c.kind, c.year) for c in table.columns] == [("Bokslut", 2023), ("Budget", 2025), ("Plan", 2026),
                                                        ("Plan", 2027)]
    depreciation = next(r for r in table.rows if r.label == "Avskrivningar")
    assert depreciation.values == (Decimal("-98.6"), Decimal("-111.8"), Decimal("-118.5"), Decimal("-124.9"))
    assert depreciation.note == "3"


UNITS_BELOW = """Tabell 5. Budget per verksamhet och kostnadsslag, tkr
                                                Budget 2024         Budget 2025            Förändring
Verksamhet och kostnadsslag                             tkr                 tkr                   tkr
Förskola
   Intäkter                                        – 20 987            – 21 406                 – 419
   Köpt verksamhet                                   18 110              18 952                   842
"""


def test_a_stub_label_beside_a_unit_under_each_column() -> None:
    (table,) = parse_tables(doc(UNITS_BELOW))
    assert [(c.kind, c.year) for c in table.columns] == [("Budget", 2024), ("Budget", 2025), ("Förändring", None)]
    bought = next(r for r in table.rows if r.label.startswith("Köpt verksamhet"))
    assert bought.values == (Decimal(18110), Decimal(18952), Decimal(842))
    assert table.unit is Unit.TKR


OWN_MONEY = """Tabell 6. Nyckeltal per nämnd 2025
Nämnd                          Nettokostnad        Nettokostnad per          Antal
                           budget 2025, mnkr            invånare, kr    årsarbetare
Socialnämnden                          679,8                  30 484            905
Bildningsnämnden                       761,5                  34 148            812
"""


def test_a_column_in_its_own_unit_of_money() -> None:
    (table,) = parse_tables(doc(OWN_MONEY))
    assert table.title == "Tabell 6. Nyckeltal per nämnd 2025"
    social = next(r for r in table.rows if r.label == "Socialnämnden")
    units = [table.cell(social, i).unit for i in range(len(table.columns))]
    assert units == [Unit.MNKR, Unit.KR, Unit.NUMBER]


def test_a_column_naming_the_tables_own_municipality_holds_the_years_figures() -> None:
    from assistant.budget.records import Column
    from assistant.budget.yearless import dated_by_title

    columns = (Column("Torsås", None, "Torsås"), Column("Riket", None, "Riket"))
    dated = dated_by_title(columns, "Kostnad per invånare 2023", "Torsås")
    assert [(c.kind, c.year) for c in dated] == [("Torsås", 2023), ("Riket", None)]
    assert dated_by_title(columns, "Kostnad per invånare 2023") == columns  # whose figures: not known


STAFF = """Tabell 7. Personalnyckeltal per förvaltningsområde, 31 augusti 2024
                                 Antal            Antal         Sjukfrånvaro i       Andel heltids-     Medelålder,
Förvaltningsområde        tillsvidare-    årsarbetare               procent av            anställda,                år
                            anställda                     ordinarie arbetstid               procent
Barn och utbildning                  92             84,7                     6,2                   87               44
Vård och omsorg                     146            128,9                     9,8                   71               47
Totalt                              335            307,1                     7,6                   82               46
"""


def test_a_header_without_years_wrapped_over_three_lines_with_five_columns() -> None:
    (table,) = parse_tables(doc(STAFF))
    assert [c.label for c in table.columns] == [
        "Antal tillsvidareanställda", "Antal årsarbetare", "Sjukfrånvaro i procent av ordinarie arbetstid",
        "Andel heltidsanställda, procent", "Medelålder, år"]
    care = next(r for r in table.rows if r.label == "Vård och omsorg")
    assert care.values[2] == Decimal("9.8") and table.cell(care, 2).unit is Unit.PERCENT


COUNTS_AND_KRONOR = """Äldreomsorg i Karlsby kommun 2020–2022
Antal respektive kronor, årsgenomsnitt

| År | Platser i särskilt boende | Personer med hemtjänst | Kostnad per brukare i särskilt boende, kr |
|---|---|---|---|
| 2020 | 96 | 212 | 912000 |
| 2021 | 96 | 219 | 938500 |
| 2022 | 92 | 224 | 967200 |
"""


def test_a_transposed_table_with_a_long_label_in_a_cell_and_units_said_respectively() -> None:
    # a pipe table's cell is a label however long it is; "antal respektive kronor" names each row's unit in turn
    (table,) = parse_tables(doc(COUNTS_AND_KRONOR, "x.md"))
    assert [c.year for c in table.columns] == [2020, 2021, 2022]
    people = next(r for r in table.rows if r.label == "Personer med hemtjänst")
    assert people.values == (Decimal(212), Decimal(219), Decimal(224))
    assert table.unit is Unit.NUMBER
    cost = next(r for r in table.rows if r.label.startswith("Kostnad per brukare"))
    assert table.cell(cost, 0).unit is Unit.KR
    assert one_unit_in("Antal respektive kronor, årsgenomsnitt") is None
    assert one_unit_in("Kostnad resp. intäkter, mnkr") is Unit.MNKR  # "respektive" between two measures, not units


PEOPLE_AND_A_SHARE = """## Befolkning

Karlsby kommun – befolkning 2021–2023
Antal personer respektive procent. Källa: SCB

| År | Folkmängd 31 dec | Födda | Döda | Andel 65 år och äldre, % |
|---|---|---|---|---|
| 2021 | 11170 | 96 | 140 | 27,1 |
| 2022 | 11148 | 91 | 151 | 27,4 |
| 2023 | 11121 | 88 | 147 | 27,8 |
"""


def test_a_caption_listing_a_count_and_a_percentage_gives_the_rows_naming_none_the_count() -> None:
    # "Antal personer respektive procent": the plain rows are counts, the row naming "%" is its own
    (table,) = parse_tables(doc(PEOPLE_AND_A_SHARE, "x.md"))
    born = next(r for r in table.rows if r.label == "Födda")
    assert table.unit is Unit.NUMBER and table.cell(born, 2).unit is Unit.NUMBER
    share = next(r for r in table.rows if r.label.startswith("Andel"))
    assert table.cell(share, 2).unit is Unit.PERCENT


PER_ACTIVITY = """## Omsorgsnämnden

Omsorgsnämnden – budget per verksamhet 2025
Belopp i tkr, antal avser budgeterat genomsnitt

| Verksamhet | Kostnader | Intäkter | Nettobudget 2025 | Andel av nämndens netto (%) |
|---|---|---|---|---|
| Hemtjänst | 142300 | 18600 | 123700 | 29,6 |
| Särskilt boende | 226900 | 31750 | 195150 | 46,7 |
| Summa Omsorgsnämnden | 369200 | 50350 | 318850 | 76,3 |
"""


def test_a_grid_header_of_long_labels_beside_one_year_is_a_header_and_a_caption_may_explain_after_its_unit() -> None:
    lines = PER_ACTIVITY.splitlines()
    header = find_header(lines, lines.index("| Verksamhet | Kostnader | Intäkter | Nettobudget 2025 | Andel av "
                                            "nämndens netto (%) |"))
    assert header is not None and header.columns[-1].unit is Unit.PERCENT
    table = parse_tables(doc(PER_ACTIVITY, "v.xlsx"))[0]
    assert table.title == "Omsorgsnämnden – budget per verksamhet 2025" and table.unit is Unit.TKR
    assert [r.label for r in table.rows][:2] == ["Hemtjänst", "Särskilt boende"]
    assert table.rows[1].values[2] == Decimal("195150")


def test_a_caption_may_explain_another_columns_unit_in_brackets_after_its_own() -> None:
    """"Belopp i mnkr (kr per invånare i kronor)": the table's unit, and in brackets the unit of its per-inhabitant
    column; a caption, so the heading above it is the title."""
    text = ("Driftbudget per nämnd\n\nTabellen visar nämndernas nettokostnadsramar, som inkluderar kompensation för löneökningar.\n\nBelopp i mnkr (kr per invånare i kronor)\n\n"
            "| Nämnd | Budget 2025 | kr per inv. 2025 |\n|---|---|---|\n| Socialnämnden | 812,2 | 20 140 |\n")
    table = parse_tables(doc(text, "b.md"))[0]
    assert table.title == "Driftbudget per nämnd" and table.unit is Unit.MNKR


def test_a_captions_bracket_gives_the_unit_of_the_rate_column_it_names() -> None:
    """"Belopp i tkr (kostnad per invånare i kr)": the column "Kostnad per invånare 2025" is in kronor, the others in
    tkr."""
    text = ("Nettokostnad per verksamhet\nBelopp i tkr (kostnad per invånare i kr)\n\n"
            "| Verksamhet | Budget 2025 | Kostnad per invånare 2025 |\n|---|---|---|\n| Äldreomsorg | 128650 | 17503 |\n")
    table = parse_tables(doc(text, "n.xlsx"))[0]
    assert table.title == "Nettokostnad per verksamhet" and table.unit is Unit.TKR
    assert [c.unit for c in table.columns] == [None, Unit.KR]


def test_a_note_sentence_or_a_source_line_above_the_header_is_no_title() -> None:
    """"Negativa belopp anges inom parentes." and "Källa: årsredovisningar och Kolada" stand between the heading and
    the table: the heading is the title."""
    text = ("Resultatbudget\n\nNegativa belopp anges inom parentes.\n\n| Mnkr | Budget 2025 | Plan 2026 |\n|---|---|---|\n"
            "| Verksamhetens intäkter | 120,0 | 125,0 |\n| Årets resultat | 12,4 | 14,0 |\n")
    assert parse_tables(doc(text, "r.md"))[0].title == "Resultatbudget"
    keyed = ("Nyckeltal 2019–2023\nKälla: kommunens årsredovisningar och Kolada\n\n| Nyckeltal | 2022 | 2023 |\n|---|---|---|\n"
             "| Invånare 31/12 | 16935 | 17104 |\n")
    assert parse_tables(doc(keyed, "n.xlsx"))[0].title == "Nyckeltal 2019–2023"
    counted = ("Befolkningsutveckling 2018–2023\nAntal personer. Folkmängd avser 31 december.\n\n| Ålder | 2022 | 2023 |\n"
               "|---|---|---|\n| 0–5 år | 310 | 305 |\n")
    table = parse_tables(doc(counted, "b.xlsx"))[0]
    assert table.title == "Befolkningsutveckling 2018–2023" and table.unit is Unit.NUMBER
