"""Tables from text and from a PDF rendering: cells, units, totals, verbatim quotes."""
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.budget.records import Table
from assistant.budget.tables import parse_tables, split_cells
from assistant.budget.units import Unit
from core.types import DocumentMeta, LoadedDocument
from tests.budget.corpus_docs import BUDGET, corpus_document

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def budget_tables(strip_markup: bool = True) -> dict[str, Table]:
    doc = corpus_document(Path(BUDGET).name, strip_markup=strip_markup)
    return {t.title: t for t in parse_tables(doc)}


def test_three_tables_with_titles_columns_and_rows():
    tables = budget_tables()
    assert list(tables) == ["Resultatbudget", "Driftsbudget", "Investeringsbudget"]
    drift = tables["Driftsbudget"]
    assert [c.label for c in drift.columns] == ["Budget 2021", "Plan 2022", "Plan 2023"]
    assert [(c.kind, c.year) for c in drift.columns] == [("Budget", 2021), ("Plan", 2022), ("Plan", 2023)]
    assert len(drift.rows) == 10
    assert drift.rows[1].label == "Socialnämnden"
    assert drift.rows[1].values == (Decimal(205172), Decimal(209559), Decimal(213162))
    invest = tables["Investeringsbudget"]
    assert invest.years == (2021, 2022, 2023, 2024, 2025)
    assert invest.rows[-1].label == "Totalt" and invest.rows[-1].is_total
    assert invest.rows[-1].values[-1] == Decimal(262812)


def test_negative_numbers_and_totals_in_the_result_budget():
    result = budget_tables()["Resultatbudget"]
    rows = {r.label: r for r in result.rows}
    assert rows["Verksamhetens intäkter - kostnader"].values[0] == Decimal(-2421049)
    assert rows["Finansnetto"].values == (Decimal(-5443), Decimal(-3323), Decimal(-13000))
    assert rows["Finansnetto"].is_total and rows["Årets resultat"].is_total
    assert not rows["Skatteintäkter"].is_total


def test_stated_mnkr_is_overruled_by_magnitudes_and_both_are_kept():
    tables = budget_tables()
    result = tables["Resultatbudget"]
    assert result.stated_unit is Unit.MNKR and result.unit is Unit.TKR
    assert "anger mnkr, men beloppen är i tkr" in result.unit_note
    assert "tkr" in result.unit_note and "orimligt" in result.unit_note
    assert tables["Driftsbudget"].unit_note is None and tables["Driftsbudget"].unit is Unit.TKR


def test_unit_inference_without_a_sibling_table_takes_the_largest_plausible_unit():
    doc = LoadedDocument(path="x.txt", sha256="0", meta=DocumentMeta(title="X"), text=(
        "Resultat\n\nmdkr\t2024\t2025\nSkatteintäkter\t3 100 000\t3 200 000\nÅrets resultat\t1 000\t2 000\n"))
    (table,) = parse_tables(doc)
    assert table.stated_unit is Unit.MDKR and table.unit is Unit.TKR  # 3 100 000 mnkr is still implausible
    doc = replace(doc, text=doc.text.replace("3 100 000", "3 100").replace("3 200 000", "3 200"))
    (table,) = parse_tables(doc)
    assert table.unit is Unit.MNKR  # 3 100 mdkr is not, 3 100 mnkr is


def test_plausible_stated_units_are_kept():
    doc = LoadedDocument(path="y.txt", sha256="0", meta=DocumentMeta(title="Y"), text=(
        "Drift\n\nmnkr\tBudget 2024\tPlan 2025\nSocialnämnden\t205,2\t209,6\nSumma\t205,2\t209,6\n"))
    (table,) = parse_tables(doc)
    assert table.unit is Unit.MNKR and table.unit_note is None
    assert table.rows[0].values == (Decimal("205.2"), Decimal("209.6"))


def test_totals_are_checked_against_their_rows():
    tables = budget_tables()
    drift = tables["Driftsbudget"]
    check = drift.checks_for("Summa kommunbidrag", "Budget 2021")
    assert (check.stated, check.computed) == (Decimal(2384696), Decimal(2384697))
    assert check.is_rounding and len(check.parts) == 9
    assert drift.checks_for("Summa kommunbidrag", "Plan 2023").difference == 0
    result = tables["Resultatbudget"]
    assert result.checks_for("Finansnetto", "Budget 2021").parts == ("Finansiella intäkter", "Finansiella kostnader")
    before = result.checks_for("Resultat före extraordinära poster", "Plan 2022")
    assert before.parts[0] == "Verksamhetens nettokostnader" and before.parts[-1] == "Finansnetto"
    assert before.difference == Decimal(-1) and before.is_rounding
    invest = tables["Investeringsbudget"]
    assert all(c.difference == 0 for c in invest.checks) and len(invest.checks) == 5


def test_a_total_that_really_differs_is_reported_not_hidden():
    doc = LoadedDocument(path="z.txt", sha256="0", meta=DocumentMeta(title="Z"), text=(
        "Drift\n\ntkr\t2024\t2025\nA\t100\t100\nB\t200\t200\nSumma\t350\t300\n"))
    (table,) = parse_tables(doc)
    check = table.checks_for("Summa", "2024")
    assert check.difference == Decimal(50) and not check.is_rounding


def test_markup_in_text_is_tolerated_and_quoted_verbatim():
    doc = corpus_document(Path(BUDGET).name, strip_markup=False)
    result = {t.title: t for t in parse_tables(doc)}["Resultatbudget"]
    finans = next(r for r in result.rows if r.label == "Finansnetto")
    assert finans.values[0] == Decimal(-5443)
    assert finans.source.quote.startswith("<i>Finansnetto</i>")
    assert doc.text[finans.source.start:finans.source.end] == finans.source.quote


def test_space_aligned_rows_and_unicode_minus():
    text = ("Investeringar\n\n   tkr           Utfall 2023      Budget 2024\n"
            "   Kommunstyrelsen       42 350          \u22121 200\n   Totalt                42 350          \u22121 200\n")
    doc = LoadedDocument(path="s.txt", sha256="0", meta=DocumentMeta(title="S"), text=text)
    (table,) = parse_tables(doc)
    assert table.title == "Investeringar"
    assert [(c.kind, c.year) for c in table.columns] == [("Utfall", 2023), ("Budget", 2024)]
    assert table.rows[0].values == (Decimal(42350), Decimal(-1200))
    assert text[table.rows[0].source.start:table.rows[0].source.end] == "Kommunstyrelsen       42 350          \u22121 200"


def test_two_line_headers_from_pdf_layout():
    text = ("Driftsbudget\n\n  tkr            Budget      Plan      Plan\n                 2021        2022      2023\n"
            "  Socialnämnden  205 172     209 559   213 162\n  Summa          205 172     209 559   213 162\n")
    doc = LoadedDocument(path="t.txt", sha256="0", meta=DocumentMeta(title="T"), text=text)
    (table,) = parse_tables(doc)
    assert [c.label for c in table.columns] == ["Budget 2021", "Plan 2022", "Plan 2023"]
    assert table.stated_unit is Unit.TKR and table.rows[0].values[2] == Decimal(213162)


def test_a_tables_header_lines_are_kept_verbatim_to_cite_beside_its_rows():
    text = ("Driftsbudget\n\n  tkr            Budget      Plan      Plan\n                 2021        2022      2023\n"
            "  Socialnämnden  205 172     209 559   213 162\n  Summa          205 172     209 559   213 162\n")
    doc = LoadedDocument(path="t.txt", sha256="0", meta=DocumentMeta(title="T"), text=text)
    (table,) = parse_tables(doc)
    header = table.header
    assert header is not None and text[header.start:header.end] == header.quote
    assert header.quote.startswith("tkr") and header.quote.endswith("2023")  # both lines of a two-line header
    cell = table.cell(table.rows[0], 1)
    assert cell is not None and cell.header == header


def test_labels_wrapped_over_two_lines():
    text = ("Resultatbudget\n\ntkr                    Budget 2021     Plan 2022\n"
            "Verksamhetens intäkter -\nkostnader             -2 421 049      -2 486 648\n"
            "Avskrivningar           -75 475         -79 963\n"
            "Verksamhetens\nnettokostnader         -2 496 524      -2 566 611\n\nNästa stycke börjar här.\n")
    doc = LoadedDocument(path="w.txt", sha256="0", meta=DocumentMeta(title="W"), text=text)
    (table,) = parse_tables(doc)
    assert [r.label for r in table.rows] == ["Verksamhetens intäkter - kostnader", "Avskrivningar",
                                             "Verksamhetens nettokostnader"]
    first = table.rows[0]
    assert first.values == (Decimal(-2421049), Decimal(-2486648))
    assert text[first.source.start:first.source.end] == first.source.quote
    assert first.source.quote.startswith("Verksamhetens intäkter -\nkostnader")
    assert table.rows[2].is_total and table.checks_for("Verksamhetens nettokostnader", "Budget 2021").difference == 0


def test_split_cells():
    assert split_cells("Socialnämnden\t205 172\t209 559") == ["Socialnämnden", "205 172", "209 559"]
    assert split_cells("  Socialnämnden    205 172   209 559  ") == ["Socialnämnden", "205 172", "209 559"]
    assert split_cells("<i>Finansnetto</i>\t<i>-5 443</i>") == ["Finansnetto", "-5 443"]


def test_prose_with_years_is_not_a_table():
    doc = LoadedDocument(path="p.txt", sha256="0", meta=DocumentMeta(title="P"), text=(
        "Budgeten gäller 2021  2022  2023 och planen\nden fortsätter\n\nMål 2030\t2040\n"))
    assert parse_tables(doc) == []


def _pdf_of_tables(path: Path, tables: list[Table]) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=9)
    pdf.add_page()
    pdf.multi_cell(0, 5, "Finansiella rapporter. Tabellerna nedan är en PDF-återgivning av budgetens tabeller.")
    for table in tables:
        pdf.ln(4)
        pdf.set_font("DejaVu", size=11)
        pdf.cell(0, 6, table.title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", size=8)
        width = 110 / len(table.columns)
        pdf.cell(75, 5, table.stated_unit.value if table.stated_unit else "")
        for column in table.columns:
            pdf.cell(width, 5, column.label, align="R")
        pdf.ln(5)
        for row in table.rows:
            pdf.cell(75, 5, row.label)
            for value in row.values:
                pdf.cell(width, 5, f"{value:,}".replace(",", " ").replace("-", "\u2212"), align="R")
            pdf.ln(5)
    pdf.output(str(path))


def test_pdf_rendering_gives_the_same_cells_as_the_text(tmp_path):
    if not FONT.exists():
        pytest.skip(f"{FONT} saknas (Debian-paketet fonts-dejavu-core)")
    load = pytest.importorskip("ingest.load")
    text_tables = list(budget_tables().values())
    pdf_path = tmp_path / "budget-tabeller.pdf"
    _pdf_of_tables(pdf_path, text_tables)
    doc = load.load_document(pdf_path, display_path="budget-tabeller.pdf", sidecar={})
    pdf_tables = parse_tables(doc)

    def cells(tables):
        return [(t.title, t.stated_unit, t.unit, c.row_label, c.column.label, c.value, c.is_total)
                for t in tables for c in t.cells()]

    assert cells(pdf_tables) == cells(text_tables)
    for table in pdf_tables:
        for row in table.rows:
            assert doc.text[row.source.start:row.source.end] == row.source.quote
            assert row.source.page == 1
    assert [replace(c, parts=c.parts) for t in pdf_tables for c in t.checks] == \
        [c for t in text_tables for c in t.checks]


def test_section_labels_spaced_from_their_rows_by_blank_lines_stay_in_the_table():
    text = ("Driftbudget per nämnd, tkr\n\nNettokostnad, tkr          Budget 2025        Plan 2026\n\n"
            "Kommunstyrelsen\n\nKommunledning                 49 300          50 400\n\n"
            "Teknik och service            23 900          24 400\n\nSumma kommunstyrelsen         73 200"
            "          74 800\n\nUtbildningsnämnden\n\nGrundskola                    88 150          89 900\n")
    doc = LoadedDocument(path="b.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    tables = parse_tables(doc)
    assert len(tables) == 1 and [r.label for r in tables[0].rows] == [
        "Kommunledning", "Teknik och service", "Summa kommunstyrelsen", "Grundskola"]
    assert tables[0].rows[-1].sections == ("Utbildningsnämnden",)


def test_a_table_marked_as_continued_is_joined_to_the_one_before():
    page = "Nämnd          Budget 2025        Plan 2026\n\n"
    text = ("Driftbudget per nämnd, tkr\n\n" + page + "Kommunstyrelsen               49 300          50 400\n\n"
            "Sida 1 av 2\n\nDriftbudget per nämnd, tkr (forts.)\n\n" + page +
            "Socialnämnden                 88 150          89 900\n")
    doc = LoadedDocument(path="b.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    tables = parse_tables(doc)
    assert [(t.title, [r.label for r in t.rows]) for t in tables] == [
        ("Driftbudget per nämnd, tkr", ["Kommunstyrelsen", "Socialnämnden"])]


def test_a_table_marked_as_continued_after_its_number_is_joined_too():
    page = "Nämnd          Budget 2025        Plan 2026\n\n"
    text = ("Tabell 2. Driftbudget per nämnd\n\n" + page + "Kommunstyrelsen               49 300          50 400\n\n"
            "Sida 1 av 2\n\nTabell 2 (forts.). Driftbudget per nämnd\n\n" + page +
            "Socialnämnden                 88 150          89 900\n")
    doc = LoadedDocument(path="b.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    tables = parse_tables(doc)
    assert [(t.title, [r.label for r in t.rows]) for t in tables] == [
        ("Tabell 2. Driftbudget per nämnd", ["Kommunstyrelsen", "Socialnämnden"])]


def test_a_legend_and_a_caption_line_are_not_the_title():
    text = ("Kommunens investeringsbudget 2025–2027\nBelopp i tkr. Bilaga till budget 2025, KF § 112\n"
            "KS = kommunstyrelsen, SN = socialnämnden\n\nProjekt\tBudget 2025\tPlan 2026\nNy förskola\t18 000\t26 000\n")
    doc = LoadedDocument(path="i.txt", sha256="0", meta=DocumentMeta(title="Investeringar"), text=text)
    tables = parse_tables(doc)
    assert [t.title for t in tables] == ["Kommunens investeringsbudget 2025–2027"]


def test_a_wrapped_header_whose_second_line_opens_with_a_note_column_keeps_it_as_a_column():
    text = ("Tabell 2. Resultaträkning\nBelopp i mnkr. Negativa belopp inom parentes.\n\n"
            "                                          Utfall         Budget          Utfall\n"
            "                          Not             2023           2024            2024\n"
            "Verksamhetens intäkter     1              96,4           88,0           101,7\n"
            "Verksamhetens kostnader    2           (386,5)        (384,2)         (403,8)\n")
    doc = LoadedDocument(path="r.txt", sha256="0", meta=DocumentMeta(title="Årsredovisning"), text=text)
    tables = parse_tables(doc)
    assert len(tables) == 1 and [r.label for r in tables[0].rows] == ["Verksamhetens intäkter",
                                                                      "Verksamhetens kostnader"]
    assert [c.label for c in tables[0].columns][-3:] == ["Utfall 2023", "Budget 2024", "Utfall 2024"]


def test_a_one_line_header_opening_with_a_note_column_and_dated_columns_is_a_header():
    text = ("Tabell 3. Balansräkning\nBelopp i mnkr\n\n"
            "                                           Not       2023-12-31        2024-12-31\n"
            "Mark, byggnader och anläggningar            8            268,4             274,6\n"
            "Förråd                                                     1,1               1,0\n")
    doc = LoadedDocument(path="r.txt", sha256="0", meta=DocumentMeta(title="Årsredovisning"), text=text)
    tables = parse_tables(doc)
    assert len(tables) == 1 and tables[0].years == (2023, 2024)
    assert [r.label for r in tables[0].rows] == ["Mark, byggnader och anläggningar", "Förråd"]


def test_a_line_of_column_kinds_above_the_years_is_not_the_title():
    text = ("Tabell 13. Kommunstyrelsen, ekonomisk översikt\nBelopp i mnkr\n"
            "                                   Budget Budget\n"
            "                                      2025          2026      Förändring\n"
            "Intäkter                              96,4         101,2             4,8\n"
            "Kostnader                          -250,1        -261,0           -10,9\n")
    doc = LoadedDocument(path="k.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    assert [t.title for t in parse_tables(doc)] == ["Tabell 13. Kommunstyrelsen, ekonomisk översikt"]


def test_a_numbered_caption_above_a_subtitle_is_the_title():
    text = ("Tabell 11. Personalstatistik per förvaltning\n"
            "Antal tillsvidareanställda per september respektive år; andel heltid och sjukfrånvaro i procent\n"
            "                                   Antal        Antal\n"
            "Förvaltning                         2024         2025\n"
            "Socialförvaltningen                  731          748\n"
            "Totalt                             1 659        1 675\n")
    doc = LoadedDocument(path="p.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    assert [t.title for t in parse_tables(doc)] == ["Tabell 11. Personalstatistik per förvaltning"]


def test_a_long_numbered_caption_above_a_sentence_is_still_the_title():
    text = ("Tabell 1. Befolkning i Testby kommun per åldersgrupp den 31 december\n"
            "Antal invånare. Prognos och plan enligt kommunens befolkningsprognos 2025.\n\n"
            "                          Utfall        Prognos\n"
            "Åldersgrupp                 2024          2025\n"
            "80 år och äldre              356           372\n"
            "Totalt                     3 741         3 736\n")
    doc = LoadedDocument(path="b.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    assert [t.title for t in parse_tables(doc)] == ["Tabell 1. Befolkning i Testby kommun per åldersgrupp den 31 december"]


def test_a_caption_saying_where_no_other_unit_is_given_gives_the_unit_not_the_title():
    text = ("Tabell 25. Låneskuld och borgen\nBelopp i mnkr där inget annat anges\n"
            "                          Utfall        Budget\n"
            "                            2024          2026\n"
            "Kommunens låneskuld        481,0         575,0\n"
            "Borgensåtaganden           498,3         540,0\n")
    doc = LoadedDocument(path="l.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    tables = parse_tables(doc)
    assert [(t.title, t.stated_unit) for t in tables] == [("Tabell 25. Låneskuld och borgen", Unit.MNKR)]


def test_a_section_total_on_top_of_the_next_page_closes_the_section_before_the_break():
    text = ("Tabell 10. Investeringsbudget per projekt\nBelopp i tkr\n"
            "Projekt                          Budget 2026      Plan 2027\n"
            "Socialnämnden\n"
            "Välfärdsteknik                        1 400          1 400\n"
            "Hjälpmedel                              700            700\n\n"
            "Tabell 10. Investeringsbudget per projekt (forts.)\nBelopp i tkr\n"
            "Projekt                          Budget 2026      Plan 2027\n"
            "Summa socialnämnden                   2 100          2 100\n"
            "Kultur- och fritidsnämnden\n"
            "Simhallen, renovering                 9 800          2 500\n")
    doc = LoadedDocument(path="i.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    tables = parse_tables(doc)
    assert len(tables) == 1
    total = next(r for r in tables[0].rows if r.label == "Summa socialnämnden")
    assert total.is_total


def test_a_section_total_is_found_by_its_sum_label_when_the_section_heading_is_lost():
    from assistant.budget.selection import find_row
    text = ("Investeringar, tkr\n\n| Projekt | Budget 2026 |\n|---|---|\n| Välfärdsteknik | 1 400 |\n"
            "| Summa socialnämnden | 2 100 |\n| Simhallen | 9 800 |\n")
    doc = LoadedDocument(path="s.md", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    table = parse_tables(doc)[0]
    assert find_row(table, "Socialnämnden").label == "Summa socialnämnden"


def test_a_row_of_dashes_is_an_empty_row_not_a_section_over_the_rows_below():
    text = ("Skatteintäkter och statsbidrag, mnkr\n\n"
            "mnkr                          Budget 2025    Budget 2026\n"
            "Generella statsbidrag\n"
            "Inkomstutjämning                    392,1          418,7\n"
            "Strukturbidrag                          –              –\n"
            "Fastighetsavgift                     77,3           77,5\n"
            "Summa generella statsbidrag         469,4          496,2\n")
    doc = LoadedDocument(path="d.txt", sha256="0", meta=DocumentMeta(title="D"), text=text)
    (table,) = parse_tables(doc)
    rows = {r.label: r for r in table.rows}
    assert rows["Strukturbidrag"].values == (None, None)
    assert rows["Fastighetsavgift"].sections == ("Generella statsbidrag",)
    assert rows["Summa generella statsbidrag"].sections == ("Generella statsbidrag",)
    # a label over blank cells still opens a section
    piped = "Bidrag\n\n| Förening | 2025 |\n|---|---|\n| IDROTT |  |\n| IFK | 100 |\n"
    (table,) = parse_tables(LoadedDocument(path="p.md", sha256="0", meta=DocumentMeta(title="P"), text=piped))
    assert table.rows[0].label == "IFK" and table.rows[0].sections == ("IDROTT",)


def test_the_last_words_of_a_wrapped_sentence_are_not_the_title_nor_its_unit():
    text = ("Översikt över verksamhetens utveckling\n\n"
            "Femårsöversikten visar kommunens utveckling över tid. Skattesatsen höjdes 2022 med 30 öre till\n"
            "22,29 kronor.\n\n"
            "Femårsöversikt                          2022          2023\n\n"
            "Invånare 31 december, antal            7 295         7 318\n"
            "Årets resultat, mnkr                     4,1           9,5\n")
    doc = LoadedDocument(path="a.txt", sha256="0", meta=DocumentMeta(title="Årsredovisning 2023"), text=text)
    tables = parse_tables(doc)
    assert [(t.title, t.stated_unit) for t in tables] == [("Översikt över verksamhetens utveckling", None)]


def test_a_justified_paragraph_between_the_heading_and_the_table_is_skipped():
    text = ("Investeringsbudget\n\n"
            "Investeringsbudgeten  för  2025  omfattar  42  050  tkr.  Sporthallen  finansieras  delvis  med  nya  lån.\n"
            "Kommunfullmäktige har därför gett kommunstyrelsen rätt att nyupplåna högst 20 miljoner kronor\n"
            "under 2025.\n\n"
            "Belopp i tkr\n"
            "Projekt                        Budget 2025      Plan 2026\n\n"
            "Ny sporthall i Ed                   24 500          8 000\n"
            "Totalt                              42 050         21 800\n")
    doc = LoadedDocument(path="a.pdf", sha256="0", meta=DocumentMeta(title="Budget och plan 2025–2027"), text=text)
    assert [(t.title, t.stated_unit) for t in parse_tables(doc)] == [("Investeringsbudget", Unit.TKR)]


def test_a_share_of_a_sum_of_money_written_with_its_unit_in_each_cell_is_a_table_in_kronor():
    text = ("Fördelning av 100 kr skatt per verksamhet, budget 2025\n\n"
            "| Verksamhet | Andel av 100 kr |\n|---|---|\n"
            "| Förskola | 14 kr |\n| Äldreomsorg | 19 kr |\n| Kultur och fritid | 4 kr |\n")
    doc = LoadedDocument(path="a.md", sha256="0", meta=DocumentMeta(title="Så används din skatt"), text=text)
    [table] = parse_tables(doc)
    assert table.unit is Unit.KR and table.years == (2025,)
    assert [(r.label, r.values) for r in table.rows][1] == ("Äldreomsorg", (Decimal("19"),))


def test_a_caption_naming_what_the_figures_are_and_their_unit_is_not_the_title():
    text = ("Investeringsbudget 2025–2027\n\nUtgifter, belopp i mnkr\n\nNämnd/projekt          Budget 2025      Plan 2026\n"
            "Ny förskola                    18,0            24,5\nSumma investeringar            18,0            24,5\n")
    doc = LoadedDocument(path="i.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    (table,) = parse_tables(doc)
    assert table.title == "Investeringsbudget 2025–2027" and table.stated_unit is Unit.MNKR
    titled = ("Driftbudget per nämnd, tkr\n\nNämnd          Budget 2025        Plan 2026\n"
              "Kommunstyrelsen               49 300          50 400\n")
    (own,) = parse_tables(LoadedDocument(path="d.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=titled))
    assert own.title == "Driftbudget per nämnd, tkr"
