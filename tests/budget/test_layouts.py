"""Tables in the common layouts: markdown pipes with sections, Not columns, negatives, captions, wrapped
PDF headers, page breaks. Expected numbers are written by hand."""
from decimal import Decimal

import pytest

from assistant.budget.tables import parse_tables, parse_value
from assistant.budget.units import Unit
from core.types import DocumentMeta, LoadedDocument, PageSpan


def doc(text: str, pages: tuple[PageSpan, ...] = ()) -> LoadedDocument:
    return LoadedDocument(path="x.md", sha256="0", meta=DocumentMeta(title="X"), text=text, pages=pages)


@pytest.mark.parametrize(("text", "value"), [
    ("– 26,1", Decimal("-26.1")), ("−1,8", Decimal("-1.8")), ("- 1,8", Decimal("-1.8")), ("(4,2)", Decimal("-4.2")),
    ("2 421 049", Decimal(2421049)), ("3,2 %", Decimal("3.2")), ("–", None), ("", None), ("+0,5", Decimal("0.5")),
])
def test_cell_values(text, value):
    assert parse_value(text) == value


MARKDOWN = """## Driftbudget per nämnd

Belopp i mnkr

| Nämnd | Bokslut 2023 | Budget 2024 | Plan 2025 | Förändring % |
|---|---:|---:|---:|---:|
| **Kommunstyrelsen** | | | | |
| Kommunledning | 45,2 | 47,0 | 48,1 | 4,0 |
| Räddningstjänst | 30,1 | 31,5 | 32,0 | 4,7 |
| Summa Kommunstyrelsen | 75,3 | 78,5 | 80,1 | 4,2 |
| **Familjenämnd** | | | | |
| Individ- och familjeomsorg | 120,4 | 126,1 | 129,0 | 4,7 |
| Äldreomsorg | 410,0 | 425,3 | 431,2 | 3,7 |
| Summa | 530,4 | 551,4 | 560,2 | 4,0 |
| Totalt | 605,7 | 629,9 | 640,3 | 4,0 |
"""


def test_markdown_table_with_sections_kinds_caption_unit_and_percent_column():
    (table,) = parse_tables(doc(MARKDOWN))
    assert table.title == "Driftbudget per nämnd"
    assert table.stated_unit is Unit.MNKR and table.unit is Unit.MNKR
    assert [(c.kind, c.year) for c in table.columns] == [("Bokslut", 2023), ("Budget", 2024), ("Plan", 2025),
                                                         ("Förändring", None)]
    assert table.columns[3].unit is Unit.PERCENT
    rows = {r.label: r for r in table.rows}
    assert rows["Individ- och familjeomsorg"].path == "Familjenämnd › Individ- och familjeomsorg"
    assert rows["Kommunledning"].sections == ("Kommunstyrelsen",)
    assert rows["Summa Kommunstyrelsen"].sections == ("Kommunstyrelsen",) and rows["Summa Kommunstyrelsen"].is_total
    assert rows["Summa Familjenämnd"].sections == ("Familjenämnd",)  # a bare "Summa" takes its section's name
    assert rows["Totalt"].sections == ()
    assert rows["Äldreomsorg"].values == (Decimal("410.0"), Decimal("425.3"), Decimal("431.2"), Decimal("3.7"))
    assert table.column_index(2024) == 1
    cell = table.cell(rows["Äldreomsorg"], 3)
    assert cell.unit is Unit.PERCENT
    assert all(c.stated == c.computed for c in table.checks)
    assert {c.row_label for c in table.checks} >= {"Summa Kommunstyrelsen", "Summa Familjenämnd", "Totalt"}
    assert rows["Äldreomsorg"].source.quote == "| Äldreomsorg | 410,0 | 425,3 | 431,2 | 3,7 |"


RESULT = """Resultatbudget (mnkr)

Mnkr\tNot\tUtfall 2023\tBudget 2024\tPlan 2025
Verksamhetens intäkter\t1\t312,4\t320,0\t325,5
Verksamhetens kostnader\t2\t– 1 456,2\t– 1 502,7\t– 1 540,1
Avskrivningar\t\t– 26,1\t−28,4\t- 30,0
Verksamhetens nettokostnader\t\t– 1 169,9\t– 1 211,1\t– 1 244,6
Finansnetto\t3\t(4,2)\t−1,8\t- 1,8
"""


def test_not_column_and_negatives_in_every_spelling():
    (table,) = parse_tables(doc(RESULT))
    assert table.title == "Resultatbudget (mnkr)" and table.stated_unit is Unit.MNKR
    assert [c.label for c in table.columns] == ["Utfall 2023", "Budget 2024", "Plan 2025"]
    rows = {r.label: r for r in table.rows}
    assert rows["Verksamhetens kostnader"].note == "2"
    assert rows["Avskrivningar"].values == (Decimal("-26.1"), Decimal("-28.4"), Decimal("-30.0"))
    assert rows["Finansnetto"].values == (Decimal("-4.2"), Decimal("-1.8"), Decimal("-1.8"))
    assert rows["Avskrivningar"].note is None


PDF_LAYOUT = """Investeringar per nämnd

                          Utfall        Budget        Prognos       Avvikelse
Belopp i tkr              2023          2024          2024          mot budget
Kommunstyrelsen           12 500        14 000        13 200        800
Tekniska nämnden          48 300        52 000        55 100        -3 100
"""


def test_header_cells_wrapped_over_two_lines_are_joined_by_position():
    (table,) = parse_tables(doc(PDF_LAYOUT))
    assert table.title == "Investeringar per nämnd"
    assert table.stated_unit is Unit.TKR
    assert [c.label for c in table.columns] == ["Utfall 2023", "Budget 2024", "Prognos 2024", "Avvikelse mot budget"]
    assert table.columns[3].year is None
    assert table.rows[1].values == (Decimal(48300), Decimal(52000), Decimal(55100), Decimal(-3100))


PAGE_ONE = """Driftbudget

tkr                 Budget 2024     Plan 2025
Barn- och utbildning     886 672      905 048
Socialnämnden            205 172      209 559"""
PAGE_TWO = """Budget 2024 Exempelkommun                         7
tkr                 Budget 2024     Plan 2025
Kommunstyrelsen           95 090       96 486
Summa                  1 186 934    1 211 093"""


def test_a_table_continued_over_a_page_break_with_its_header_repeated():
    text = PAGE_ONE + "\n\n" + PAGE_TWO
    pages = (PageSpan(1, 0, len(PAGE_ONE)), PageSpan(2, len(PAGE_ONE) + 2, len(text)))
    (table,) = parse_tables(doc(text, pages))
    assert [r.label for r in table.rows] == ["Barn- och utbildning", "Socialnämnden", "Kommunstyrelsen", "Summa"]
    assert table.rows[-1].source.page == 2
    assert table.checks and all(c.stated == c.computed for c in table.checks)


def test_label_wrapped_over_two_lines_is_one_row_but_a_capitalised_line_is_a_section():
    text = ("Resultat\n\ntkr        2024        2025\nVerksamhetens intäkter -\nkostnader     -2 421     -2 486\n"
            "Nämnder\nKultur        1 000       1 100\n")
    (table,) = parse_tables(doc(text))
    assert [r.label for r in table.rows] == ["Verksamhetens intäkter - kostnader", "Kultur"]
    assert table.rows[0].source.quote.startswith("Verksamhetens intäkter -")
    assert table.rows[1].sections == ("Nämnder",)


def test_sections_notes_and_column_units_survive_figures_json(tmp_path):
    from assistant.budget.store import DocumentFigures, load_figures, save_figures

    tables = tuple(parse_tables(doc(MARKDOWN))) + tuple(parse_tables(doc(RESULT)))
    save_figures(tmp_path, [DocumentFigures(doc_path="x.md", sha256="0", title="X", tables=tables)])
    assert load_figures(tmp_path).tables == tables


def test_prose_with_years_and_wide_gaps_is_not_a_header_and_indented_tab_rows_are_parts():
    text = ("Driften\n\nkommunfullmäktige   antog   i   november   2023   och   Budget   2025   är   den   budget\n"
            "Mnkr\tBudget 2024\tBudget 2025\nKommunstyrelsen\t\t\n\tKommunledning\t45,2\t47,0\n\tIT\t3,1\t3,3\n"
            "Summa Kommunstyrelsen\t48,3\t50,3\n")
    (table,) = parse_tables(doc(text))
    assert [c.label for c in table.columns] == ["Budget 2024", "Budget 2025"]
    assert [r.path for r in table.rows] == ["Kommunstyrelsen › Kommunledning", "Kommunstyrelsen › IT",
                                           "Kommunstyrelsen › Summa Kommunstyrelsen"]


def test_cells_that_write_their_unit_give_their_column_that_unit():
    text = ("Budgetförslagen\n\n| Budgetförslag | Skattesats 2025 | Årets resultat 2025 | Ökning |\n|---|---|---|---|\n"
            "| Kommunstyrelsens förslag | 21,74 kr | 57,4 mnkr | 2,1 % |\n| Oppositionens förslag | 21,99 kr | 61 000 tkr | 2,4 % |\n")
    (table,) = parse_tables(doc(text))
    assert [c.unit for c in table.columns] == [Unit.KR, Unit.MNKR, Unit.PERCENT]
    rows = {r.label: r for r in table.rows}
    assert rows["Oppositionens förslag"].values == (Decimal("21.99"), Decimal("61.000"), Decimal("2.4"))
    cell = table.cell(rows["Kommunstyrelsens förslag"], 1)
    assert cell.unit is Unit.MNKR and cell.kronor == Decimal(57400000)


def test_a_unit_only_the_last_row_writes_is_that_rows_not_its_columns():
    # a result budget in mnkr whose last row writes "2,2 %": the columns stay in mnkr, the row is a percentage
    text = ("Resultatbudget. Belopp i mnkr\n\n| | Budget 2024 | Budget 2025 |\n|---|---|---|\n"
            "| Verksamhetens intäkter | 760,0 | 781,4 |\n| Skatteintäkter | 2 310,7 | 2 412,6 |\n"
            "| Årets resultat | 66,3 | 71,5 |\n| Årets resultat i % av skatter och bidrag | 2,1 % | 2,2 % |\n")
    (table,) = parse_tables(doc(text))
    assert [c.unit for c in table.columns] == [None, None]
    rows = {r.label: r for r in table.rows}
    assert table.cell(rows["Årets resultat"], 1).unit is Unit.MNKR
    assert table.cell(rows["Årets resultat i % av skatter och bidrag"], 1).unit is Unit.PERCENT


def test_a_word_in_a_value_cell_is_no_figure_and_does_not_end_the_table():
    text = ("Investeringsbudget, tkr\n\n| Projekt | Total projektbudget | Budget 2025 | Plan 2026 |\n|---|---|---|---|\n"
            "| Ny förskola | 52000 | 18000 | 26000 |\n| Inventarier skola | Löpande | 1200 | 1200 |\n"
            "| Ny släckbil | 5200 | 5200 | 0 |\n| Summa | | 24400 | 27200 |\n")
    [table] = parse_tables(doc(text))
    assert [r.label for r in table.rows] == ["Ny förskola", "Inventarier skola", "Ny släckbil", "Summa"]
    assert table.rows[1].values == (None, Decimal(1200), Decimal(1200))
    assert not parse_tables(doc("Budget, tkr\n\n| Nämnd | Budget 2025 |\n|---|---|\n| Löpande | Löpande |\n"))


def test_column_kinds_written_one_space_apart_over_their_years_are_split() -> None:
    text = ("Tabell 5. Verksamheter\nBelopp i tkr\n\n"
            "                                        Budget Utfall\n"
            "Verksamhet                                2024                 2024            Avvikelse\n"
            "Hemtjänst                                34 200               38 950              −4 750\n"
            "Särskilt boende                          52 600               54 180              −1 580\n")
    table = parse_tables(doc(text))[0]
    assert [c.label for c in table.columns] == ["Budget 2024", "Utfall 2024", "Avvikelse"]
    assert table.rows[0].values[1] == Decimal(38950)


RAMS = """Tabell 9. Ramförändringar 2027 (tkr)
Nämnd                     Ram      Löne- och        Volym och       Effektivi-      Ram
                          2026  prisuppräkning   prioriteringar      seringar      2027
Kommunstyrelsen         83 150         2 410              390       (1 250)     84 700
Socialnämnden          127 900         3 820            3 680       (1 700)    133 700
Summa                  211 050         6 230            4 070       (2 950)    218 400"""


def test_a_wrapped_header_of_more_labels_than_years_is_a_header_when_full_rows_follow() -> None:
    (table,) = parse_tables(doc(RAMS))
    assert [c.label for c in table.columns] == ["Ram 2026", "Löne- och prisuppräkning", "Volym och prioriteringar",
                                               "Effektiviseringar", "Ram 2027"]
    assert table.rows[1].values == (Decimal(127900), Decimal(3820), Decimal(3680), Decimal(-1700), Decimal(133700))


def test_the_same_words_over_prose_are_no_header() -> None:
    prose = RAMS.split("\n")[:3] + ["Ramarna  räknas  upp  med  löner  och  priser  för  2027  enligt  SKR."]
    assert parse_tables(doc("\n".join(prose))) == []


AGES = """Tabell 1. Befolkning per åldersgrupp, antal
Åldersgrupp          Utfall 2025     Prognos 2027      Förändring
                                                        2025–2027
0–5 år                       118              112              -6
80 år och äldre              268              267              -1
Totalt                       386              379              -7"""


def test_a_header_label_wrapped_onto_a_line_of_its_own_joins_its_column() -> None:
    (table,) = parse_tables(doc(AGES))
    assert [c.label for c in table.columns] == ["Utfall 2025", "Prognos 2027", "Förändring 2025–2027"]
    assert table.stated_unit is Unit.NUMBER
    assert [r.label for r in table.rows] == ["0–5 år", "80 år och äldre", "Totalt"]


def test_a_title_opening_with_what_it_counts_is_a_table_of_counts() -> None:
    text = """Tabell 11. Årsarbetare per förvaltning
Förvaltning              Budget 2026     Budget 2027
Socialförvaltningen              226             231"""
    (table,) = parse_tables(doc(text))
    assert table.stated_unit is Unit.NUMBER


def test_a_header_cell_of_two_dates_one_space_apart_is_two_columns() -> None:
    text = """Tabell 5. Pensionsförpliktelser, mnkr
                                                    2024-12-31 2025-12-31
Avsättning för pensioner                                 214,5              226,8
Summa pensionsförpliktelser                            1 027,2            1 008,1"""
    (table,) = parse_tables(doc(text))
    assert [(c.label, c.year) for c in table.columns] == [("2024-12-31", 2024), ("2025-12-31", 2025)]
    assert table.rows[1].values == (Decimal("1027.2"), Decimal("1008.1"))


@pytest.mark.parametrize(("cell", "parts"), [
    ("Budget 2025 Plan 2026", ["Budget 2025", "Plan 2026"]), ("2024 2025 (mnkr)", ["2024", "2025 (mnkr)"]),
    ("Förändring 2025–2029", ["Förändring 2025–2029"]), ("2025 – 2029", ["2025 – 2029"]), ("Utfall 2024", ["Utfall 2024"]),
])
def test_only_labels_of_one_year_each_are_split(cell, parts) -> None:
    from assistant.budget.layout import split_dated

    assert list(split_dated((cell,), ())[0]) == parts


GOALS = """Tabell 4. Finansiella mål
Mål                                               Målvärde           Budget 2027       Plan 2028
Årets resultat i % av skatter och statsbidrag     minst 1,0 %              1,0 %           1,2 %
Självfinansieringsgrad av investeringar           minst 70 %                68 %            79 %
Soliditet, %                                      minst 40                  45,5            45,2"""


def test_a_column_of_targets_qualified_in_words_is_an_attribute_of_its_rows() -> None:
    (table,) = parse_tables(doc(GOALS))
    assert [c.label for c in table.columns] == ["Budget 2027", "Plan 2028"]
    assert [r.label for r in table.rows] == ["Årets resultat i % av skatter och statsbidrag (minst 1,0 %)",
                                             "Självfinansieringsgrad av investeringar (minst 70 %)",
                                             "Soliditet, % (minst 40)"]
    assert table.rows[1].values == (Decimal(68), Decimal(79))
    assert table.stated_unit is Unit.PERCENT


SENSITIVITY = """Tabell 13. Känslighetsanalys 2027 (tkr)
Förändring av                Omfattning                 Effekt 2027
Löneförändring               1 %                              1 930
Ränteförändring              1 procentenhet                   1 900
Förändrat invånarantal       10 personer                      1 150"""


def test_a_column_without_a_year_mixing_figures_and_words_is_an_attribute_as_written() -> None:
    (table,) = parse_tables(doc(SENSITIVITY))
    assert [c.label for c in table.columns] == ["Effekt 2027"]
    assert [r.label for r in table.rows] == ["Löneförändring (1 %)", "Ränteförändring (1 procentenhet)",
                                             "Förändrat invånarantal (10 personer)"]
    assert table.rows[2].values == (Decimal(1150),)


def test_a_change_column_keeps_its_figures_beside_a_word() -> None:
    text = ("Investeringar, tkr\n\n| Projekt | Budget 2025 | Förändring |\n|---|---|---|\n"
            "| Förskola | 18000 | 1 200 |\n| Skola | 1200 | ny post |\n| Gata | 500 | 100 |\n")
    (table,) = parse_tables(doc(text))
    assert [c.label for c in table.columns] == ["Budget 2025", "Förändring"]
    assert [r.values for r in table.rows][0] == (Decimal(18000), Decimal(1200))


EFFECTS = """Tabell 13. Känslighetsanalys (tkr)
Förändring av                         Omfattning                     Effekt (tkr)
Löneförändring                        1 %                                   1 930
Förändrat invånarantal                10 personer                           1 150
Generellt statsbidrag                 100 kr per invånare                     264

De största riskerna i budgeten är höga kostnader för inhyrd personal."""


def test_a_header_naming_no_year_is_a_header_when_rows_of_figures_follow() -> None:
    (table,) = parse_tables(doc(EFFECTS))
    assert table.title == "Tabell 13. Känslighetsanalys (tkr)"
    assert [(c.label, c.kind, c.year) for c in table.columns] == [("Effekt (tkr)", "Effekt", None)]
    assert table.stated_unit is Unit.TKR
    assert [(r.label, r.values) for r in table.rows][2] == ("Generellt statsbidrag (100 kr per invånare)", (Decimal(264),))


def test_labels_without_years_over_prose_or_a_lone_row_are_no_header() -> None:
    prose = "Kostnadsutjämningen  är  positiv  för  Arjeplog\nfrämst  på  grund  av  glesbygden  3\nsom  svarar  för  hälften"
    assert parse_tables(doc(prose)) == []
    lone = "Bolag        Resultat        Lägenheter\nArjeplogshem      5,8      1 486\n\nSlut."
    assert parse_tables(doc(lone)) == []


def test_a_header_without_years_wrapped_over_two_lines() -> None:
    text = """Tabell 24. Kommunala bolag
                                 Resultat efter              Antal      Avkastnings-
Bolag                  finansiella poster, mnkr         lägenheter           krav, %
Bostads AB                                  5,8              1 486               4,5
Energi AB                                   3,1                  —               2,0"""
    (table,) = parse_tables(doc(text))
    assert [c.label for c in table.columns] == ["Resultat efter finansiella poster, mnkr", "Antal lägenheter",
                                               "Avkastningskrav, %"]
    assert table.rows[1].values == (Decimal("3.1"), None, Decimal("2.0"))


def test_the_header_of_the_next_table_ends_a_table() -> None:
    text = """Tabell 6. Anställda per förvaltning, antal
Förvaltning                       Kvinnor        Män       Totalt
Socialförvaltningen                   298         46          344
Tekniska förvaltningen                 22         71           93

Tabell 7. Sjukfrånvaro i procent
Grupp                                           2023         2024
Kvinnor                                          8,8          8,3
Män                                              5,1          4,6"""
    first, second = parse_tables(doc(text))
    assert [r.label for r in first.rows] == ["Socialförvaltningen", "Tekniska förvaltningen"]
    assert second.title == "Tabell 7. Sjukfrånvaro i procent" and [r.label for r in second.rows] == ["Kvinnor", "Män"]


def test_a_label_repeated_over_each_column_one_space_apart_is_the_header_not_its_title() -> None:
    text = """Tabell 7. Befolkningsförändringar
Antal personer

                                            Jan–jun Jan–jun
                                               2026                 2025
Födda                                             24                   29
Döda                                              38                   35"""
    (table,) = parse_tables(doc(text))
    assert table.title == "Tabell 7. Befolkningsförändringar" and table.stated_unit is Unit.NUMBER
    assert [(c.label, c.year) for c in table.columns] == [("Jan–jun 2026", 2026), ("Jan–jun 2025", 2025)]


def test_a_year_standing_over_one_column_is_part_of_its_label() -> None:
    text = """Tabell 12. Sjukfrånvaro
Procent
                                                                     2025
Grupp                                  2023               2024    jan–aug
Kvinnor                                 7,9                7,6        7,4
Män                                     4,6                4,3        4,5"""
    (table,) = parse_tables(doc(text))
    assert [(c.label, c.year) for c in table.columns] == [("2023", 2023), ("2024", 2024), ("2025 jan–aug", 2025)]


def test_kinds_and_targets_one_space_apart_over_their_years() -> None:
    text = """Tabell 3. Urval av verksamhetsmål
                                                        Utfall Mål
Indikator                                    Enhet        2024         2026
Andel heltidsanställda                           %        86,7         88,0
Antal nya bostäder                              st          14           25"""
    (table,) = parse_tables(doc(text))
    assert [c.label for c in table.columns][-2:] == ["Utfall 2024", "Mål 2026"]


def test_columns_of_counts_and_shares_make_a_table_of_numbers() -> None:
    text = """Tabell 6. Personal per nämnd
Nämnd                     Antal anställda     Sjukfrånvaro 2026, %
Kommunstyrelsen                       128                    4,9 %
Socialnämnden                         312                    8,7 %"""
    (table,) = parse_tables(doc(text))
    assert table.stated_unit is Unit.NUMBER


WRAPPED_LONG_LABELS = """Nyckeltal per nämnd

Nämnd                   Nettokostnad     Andel av nämndernas        Nettokostnad per      Antal        Sjukfrånvaro
                    budget 2025, mnkr       nettokostnad, %            invånare, kr     årsarbetare        2023, %
Kommunstyrelsen                 158,9                 9,3                   7 126             168            4,2
Socialnämnden                   679,8                39,9                  30 484             905            8,4
Valnämnden                        0,3                 0,0                      13               0              –"""


def test_a_header_wrapped_over_two_lines_may_join_labels_longer_than_one_line_holds():
    (table,) = parse_tables(doc(WRAPPED_LONG_LABELS))
    assert [c.label for c in table.columns] == [
        "Nettokostnad budget 2025, mnkr", "Andel av nämndernas nettokostnad, %", "Nettokostnad per invånare, kr",
        "Antal årsarbetare", "Sjukfrånvaro 2023, %"]
    assert table.columns[3].unit is Unit.NUMBER
    assert [r.label for r in table.rows] == ["Kommunstyrelsen", "Socialnämnden", "Valnämnden"]
    assert table.rows[1].values[3] == Decimal(905)


def test_a_section_label_at_a_page_foot_heads_the_rows_under_the_title_repeated_as_continued():
    head = ("Nettokostnad, tkr                   Budget             Budget\n"
            "Nämnd / verksamhet                    2024               2025\n")
    pages_text = [
        "Budget Exempelkommun\n\nTabell 8. Driftbudget per nämnd\n" + head +
        "Socialnämnden\n   Äldreomsorg                203 910            212 640\n"
        "Summa socialnämnden                          203 910            212 640\nKultur- och fritidsnämnden\n\n"
        "                      Sida 1\n",
        "Budget Exempelkommun\n\nTabell 8. Driftbudget per nämnd (forts.)\n" + head +
        "   Bibliotek                    9 180              9 410\n"
        "Summa kultur- och fritidsnämnden               9 180              9 410\n\n                      Sida 2\n",
        "Budget Exempelkommun\n\nInvesteringar\n\n                      Sida 3\n"]
    text, pages = "", []
    for n, page in enumerate(pages_text, 1):
        pages.append(PageSpan(n, len(text), len(text) + len(page)))
        text += page + "\n"
    (table,) = parse_tables(doc(text, tuple(pages)))
    assert [r.path for r in table.rows][2:] == [
        "Kultur- och fritidsnämnden › Bibliotek", "Kultur- och fritidsnämnden › Summa kultur- och fritidsnämnden"]
