"""The table reader through the ingest step (`extract_figures`): headers of real municipal layouts read into
columns with their kind and year. Texts are written as pypdf lays them out; expected values by hand."""
from decimal import Decimal

from assistant.budget.units import Unit
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures


def tables(text: str):
    doc = LoadedDocument(path="x.pdf", sha256="0", meta=DocumentMeta(title="X"), text=text, pages=())
    return extract_figures(doc).tables


def columns(table) -> list[tuple[str, int | None, str]]:
    return [(c.kind, c.year, c.label) for c in table.columns]


PERIODS = """Tabell 1. Nyckeltal

                                      Jan–aug 2024        Jan–aug 2023        Prognos 2024
Nettoinvesteringar, mnkr                      31,6                27,9                58,4
Årets resultat, mnkr                          15,0                16,6                 4,8
"""


def test_a_period_of_months_is_that_years_outcome():
    (table,) = tables(PERIODS)
    assert columns(table)[:2] == [("Utfall", 2024, "Jan–aug 2024"), ("Utfall", 2023, "Jan–aug 2023")]
    assert table.columns[2].kind == "Prognos"


def test_a_single_month_is_no_period():
    from assistant.budget.layout import parse_column

    assert parse_column("Aug 2024").kind == ""  # a point in time (a count at the end of August), not a period
    assert parse_column("januari–augusti 2024").kind == "Utfall"
    assert parse_column("Budget jan-aug 2024").kind == "Budget"


SQUEEZED = """Tabell 4. Driftredovisning per nämnd, mnkr
                                                              Utfall jan–aug Budgetavvikelse
Nämnd                                       Budget 2024                 2024    Prognos 2024                    prognos
Kommunstyrelsen                                     -146,2              -94,1             -143,8                      2,4
Socialnämnden                                       -318,4             -224,7             -332,7                    -14,3
"""


def test_labels_squeezed_one_space_apart_go_to_the_cells_lacking_theirs():
    (table,) = tables(SQUEEZED)
    assert columns(table) == [("Budget", 2024, "Budget 2024"), ("Utfall", 2024, "Utfall jan–aug 2024"),
                              ("Prognos", 2024, "Prognos 2024"), ("Budgetavvikelse", None, "Budgetavvikelse prognos")]
    assert table.rows[1].values[3] == Decimal("-14.3")


THREE_LINES = """Tabell 7. Driftbudget per nämnd, mnkr

                                                                                                                Förändring Andel av
                                                             Bokslut                                                budget                                         nettokostnad
Nämnd / verksamhet                                              2023    Budget 2024     Budget 2025             2024–2025         Plan 2026        Plan 2027             2025, %
Kommunstyrelsen                                               −148,6           −156,2           −161,9                  −5,7          −164,0           −166,8                   8,3
Socialnämnden                                                 −678,3           −702,5           −724,8                −22,3           −741,2           −758,6                  36,9
"""


def test_a_three_line_header_keeps_its_caption_as_title():
    (table,) = tables(THREE_LINES)
    assert table.title == "Tabell 7. Driftbudget per nämnd, mnkr"
    assert [c.kind for c in table.columns] == ["Bokslut", "Budget", "Budget", "Förändring", "Plan", "Plan", "Andel"]
    assert table.columns[3].label == "Förändring budget 2024–2025" and table.columns[3].year is None


TITLE_OVER_DATES = """Tabell 16. Balansräkning, mnkr
                                                   2024-12-31     2025-12-31
Anläggningstillgångar                                 1 200,0        1 250,0
Omsättningstillgångar                                   300,0          310,0
"""


def test_a_title_at_the_left_is_no_label_of_the_columns():
    (table,) = tables(TITLE_OVER_DATES)
    assert table.title == "Tabell 16. Balansräkning, mnkr"
    assert [c.year for c in table.columns] == [2024, 2025]


HEADCOUNT = """Tabell 16. Tillsvidareanställda per förvaltning, november 2025

Förvaltning                                Kvinnor          Män       Totalt
Kommunledningsförvaltningen                    118           62          180
Socialförvaltningen                            221           58          279
Totalt                                         339          120          459
"""


def test_a_caption_of_people_counted_makes_a_table_of_counts():
    (table,) = tables(HEADCOUNT)
    assert table.unit is Unit.NUMBER


STAFF = """Personal per nämnd 31 december 2024

                                               Tillsvidare-                      Sjukfrånvaro        Sjukfrånvaro
Nämnd                                            anställda     Årsarbetare             2024, %            2023, %
Kommunstyrelsen                                         64              61,5                 4,8                5,2
Vård- och omsorgsnämnden                               276             251,5                 9,8               10,6
"""


def test_headcount_columns_are_counts_whatever_compound_names_them():
    (table,) = tables(STAFF)
    assert [c.unit for c in table.columns] == [Unit.NUMBER, Unit.NUMBER, Unit.PERCENT, Unit.PERCENT]
    assert table.unit is Unit.NUMBER


def test_people_counted_by_a_compound_head_but_not_money_words():
    from assistant.budget.layout import parse_column
    from assistant.budget.units import measure_in

    assert measure_in("Tillsvidareanställda") is Unit.NUMBER
    assert measure_in("Visstidsanställda") is Unit.NUMBER
    assert measure_in("Köpta tjänster") is None and measure_in("Personalkostnader") is None
    assert parse_column("Tillsvidareanställda 31/12 2023").unit is Unit.NUMBER


SHARES_OF_A_HUNDRED = """## Så används din skatt

Fördelning av 100 kronor i skatt, budget 2025

| Verksamhet | Kronor av 100 |
|---|---|
| Förskola, grundskola och gymnasium | 43 |
| Äldreomsorg, funktionsstöd och socialtjänst | 36 |
| Kultur och fritid | 4 |
"""


def test_a_label_naming_the_base_it_counts_on_is_a_column_dated_by_its_caption():
    (table,) = tables(SHARES_OF_A_HUNDRED)
    assert columns(table) == [("Budget", 2025, "Kronor av 100")]
    assert table.unit is Unit.KR
    assert table.rows[0].values == (Decimal(43),)


def test_a_figure_in_a_label_is_still_no_label():
    from assistant.budget.layout import _other_column

    assert _other_column("Per 1 000 invånare") is not None
    assert _other_column("Ram 120") is None


YEARS_DOWN = """Tabell 1. Folkmängd och skattesats 2019–2025
                                         Folkmängd 31
År                                            december        Förändring, antal        Skattesats, kr
2019                                               27 780                         –               21,90
2020                                               27 995                    +215                 21,90
2024 (prognos)                                     28 790                    +178                 22,15
"""


def test_years_down_the_first_column_with_signed_and_empty_cells():
    (table,) = tables(YEARS_DOWN)
    assert [(c.kind, c.year) for c in table.columns] == [("", 2019), ("", 2020), ("Prognos", 2024)]
    assert [r.label for r in table.rows] == ["Folkmängd 31 december", "Förändring, antal", "Skattesats, kr"]
    assert table.rows[1].values == (None, Decimal(215), Decimal(178))
    assert [r.measure for r in table.rows] == [Unit.NUMBER, Unit.NUMBER, Unit.KR]


def test_a_population_counted_at_a_date_is_a_count():
    from assistant.budget.units import measure_in

    assert measure_in("Folkmängd 31 december") is Unit.NUMBER
    assert measure_in("Befolkning") is Unit.NUMBER
    assert measure_in("Elever per år") is None  # a caption of what follows, not a measure of its own
    assert measure_in("Invånare, kostnad i mnkr") is Unit.MNKR


CONTINUED = """Tabell 8. Investeringsbudget per nämnd och projekt, tkr

Projekt (tkr)                          Budget 2025      Plan 2026
Socialnämnden
Välfärdsteknik                               2 400          1 800
Summa socialnämnden                          2 400          1 800
Samhällsbyggnadsnämnden
Ny förskola                                 48 000         22 000
Skänninge skola                             36 500         41 000

Tabell 8. Investeringsbudget per nämnd och projekt, tkr (forts.)

Projekt (tkr)                          Budget 2025      Plan 2026
Trafiksäkerhetsåtgärder                      2 000          2 000
Summa samhällsbyggnadsnämnden               86 500         65 000
Kultur- och fritidsnämnden
Konstgräsplan                                6 500              0
Summa kultur- och fritidsnämnden             6 500              0
"""


def test_rows_on_top_of_the_next_page_stay_in_the_section_the_page_before_left_open():
    (table,) = tables(CONTINUED)
    paths = [(r.sections, r.label, r.is_total) for r in table.rows]
    assert (("Samhällsbyggnadsnämnden",), "Trafiksäkerhetsåtgärder", False) in paths
    assert (("Samhällsbyggnadsnämnden",), "Summa samhällsbyggnadsnämnden", True) in paths
    assert (("Kultur- och fritidsnämnden",), "Konstgräsplan", False) in paths


def test_a_budget_deviation_column_is_the_deviation_asked_for():
    from assistant.budget.columns import seen_as

    (table,) = tables(SQUEEZED)
    seen = seen_as(table, "Avvikelse", (2024,))
    assert [(c.kind, c.year) for c in seen.columns] == [("Budgetavvikelse", 2024)]
    assert seen.rows[1].values == (Decimal("-14.3"),)


KINDS_NOTES_YEARS = """Tabell 1. Resultatbudget. Belopp i mnkr

                                                      Bokslut           Budget          Budget
                                         Not                                                          Plan 2026        Plan 2027
                                                          2023             2024            2025

Verksamhetens intäkter                     1               71,2             70,0             72,5            73,1            74,0

Avskrivningar                              3             – 12,4           – 13,0           – 13,9          – 14,6          – 15,2

Årets resultat                                            5,1               4,0             6,3              6,9              7,4
"""


def test_a_header_of_kinds_over_notes_and_plans_over_years_is_read_in_three_lines():
    (table,) = tables(KINDS_NOTES_YEARS)
    assert [(c.kind, c.year) for c in table.columns] == [
        ("Bokslut", 2023), ("Budget", 2024), ("Budget", 2025), ("Plan", 2026), ("Plan", 2027)]
    assert table.rows[0].label == "Verksamhetens intäkter"
    assert table.rows[0].values[-1] == Decimal("74.0")
    assert table.rows[1].values[0] == Decimal("-12.4")


BUDGET_IN_A_GAP = """Tabell 5. Investeringar per projekt, tkr

                                                                        Budget
  Projekt                                            Nämnd                          Plan 2026      Plan 2027             Totalt
                                                                           2025

  Ny idrottshall                                     KS                  12 000           8 000               0          20 000

  Gator och vägar                                    KS                    2 100          2 200           2 300           6 600
"""


def test_a_kind_over_its_year_between_two_columns_of_the_middle_line_is_a_column_of_its_own():
    (table,) = tables(BUDGET_IN_A_GAP)
    dated = [(c.kind, c.year) for c in table.columns if c.year is not None]
    assert dated == [("Budget", 2025), ("Plan", 2026), ("Plan", 2027)]
    row = next(r for r in table.rows if r.label.startswith("Ny idrottshall"))
    assert Decimal("12000") in row.values and Decimal("20000") in row.values


CHANGE_OVER_AND_UNDER = """Tabell 2. Balansbudget. Belopp i mnkr

                                                                                                                     Förändring
                                            Bokslut 2023      Prognos 2024        Budget 2025          Plan 2026
                                                                                                                     2025–2026

   Kassa och bank                                   40,1              41,0               44,7               47,2          2,5

   Eget kapital                                    210,4             214,0              220,3              226,9          6,6
"""


def test_a_label_above_and_its_span_below_the_dated_line_are_one_column_beyond_it():
    (table,) = tables(CHANGE_OVER_AND_UNDER)
    assert [(c.kind, c.year) for c in table.columns][:4] == [
        ("Bokslut", 2023), ("Prognos", 2024), ("Budget", 2025), ("Plan", 2026)]
    assert table.columns[-1].year is None and table.columns[-1].label.startswith("Förändring")
    kassa = next(r for r in table.rows if r.label == "Kassa och bank")
    assert kassa.values[:4] == (Decimal("40.1"), Decimal("41.0"), Decimal("44.7"), Decimal("47.2"))
