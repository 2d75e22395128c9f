"""The grid of an HTML or XLSX table as pipe lines: a first row of bare years is a header, a column of units is
each row's attribute (not a group of rows), and an indent is written without markup that would reach a quote."""
from ingest.readers.grid import grid_lines

UNITS = [["Nyckeltal", "Enhet", "2023", "2024"],
         ["Antal invånare", "st", "5206", "5187"],
         ["Skattesats", "kr", "23,15", "23,15"],
         ["Sjukfrånvaro, %", "%", "8,6", "7,9"],
         ["Andel behöriga, %", "%", "82", "83,3"],
         ["Hemtjänsttimmar", "timmar", "104300", "115800"]]


def test_a_first_row_of_bare_years_is_the_header() -> None:
    lines = grid_lines(UNITS)
    assert lines[0].startswith("| Nyckeltal | 2023 | 2024 |") and lines[1].startswith("|---|---|---|")


def test_a_column_of_units_goes_after_the_figures_and_groups_none() -> None:
    lines = grid_lines(UNITS)
    assert lines[0] == "| Nyckeltal | 2023 | 2024 | Enhet |"
    assert "| Antal invånare | 5206 | 5187 | st |" in lines
    assert "| Hemtjänsttimmar | 104300 | 115800 | timmar |" in lines
    assert "| st |  |  |" not in lines


def test_the_table_reader_joins_a_unit_column_to_its_rows() -> None:
    from core.types import DocumentMeta, LoadedDocument
    from ingest.tables import extract_figures

    text = "Nyckeltal\n\n" + "\n".join(grid_lines(UNITS)) + "\n"
    doc = LoadedDocument(path="x.xlsx", text=text, sha256="x", meta=DocumentMeta(title="Nyckeltal"))
    (table,) = extract_figures(doc).tables
    labels = [r.label for r in table.rows]
    assert "Hemtjänsttimmar (timmar)" in labels and "Sjukfrånvaro, %" in labels  # the label already says "%"
    assert [c.label for c in table.columns] == ["2023", "2024"]


def test_a_grouped_row_is_indented_without_markup() -> None:
    lines = grid_lines([["Område", "Nämnd", "2024", "2025"],
                        ["Välfärd", "Socialnämnden", "293,0", "302,2"],
                        ["Välfärd", "Barn- och utbildningsnämnden", "410,1", "420,3"],
                        ["Samhälle", "Tekniska nämnden", "50,0", "51,0"],
                        ["Samhälle", "Kommunstyrelsen", "80,0", "81,0"]])
    assert "| Välfärd |  |  |" in lines
    row = next(line for line in lines if "Socialnämnden" in line)
    assert "&nbsp;" not in row and row.startswith("| \u00a0\u00a0Socialnämnden")


CLUBS = [["Förening", "Aktivitetsbidrag", "Lokalbidrag", "Totalt"],
         ["IDROTTSFÖRENINGAR", "", "", ""],
         ["Bollklubben", "21400", "4600", "26000"],
         ["Simklubben", "9400", "800", "10200"],
         ["Summa idrottsföreningar", "30800", "5400", "36200"]]


def test_a_first_row_of_labels_over_the_figure_columns_is_the_header() -> None:
    lines = grid_lines(CLUBS)
    assert lines[:2] == ["| Förening | Aktivitetsbidrag | Lokalbidrag | Totalt |", "|---|---|---|---|"]


def test_a_first_row_with_a_figure_or_a_gap_over_figures_is_no_header() -> None:
    assert not grid_lines([["Bollklubben", "21400", "4600"], ["Simklubben", "9400", "800"]])[1].startswith("|---")
    assert not grid_lines([["Förening", "", "Lokal"], ["Bollklubben", "21400", "4600"]])[1].startswith("|---")


def test_the_table_reader_reads_a_sheet_whose_header_names_no_year() -> None:
    from core.types import DocumentMeta, LoadedDocument
    from ingest.tables import extract_figures

    text = "Beviljade föreningsbidrag 2025 (kr)\n\n" + "\n".join(grid_lines(CLUBS)) + "\n"
    doc = LoadedDocument(path="x.xlsx", text=text, sha256="x", meta=DocumentMeta(title="Bidrag"))
    (table,) = extract_figures(doc).tables
    assert [(c.label, c.year) for c in table.columns] == [("Aktivitetsbidrag", None), ("Lokalbidrag", None),
                                                          ("Totalt", 2025)]  # the title's year is the total's
    assert [r.path for r in table.rows] == ["IDROTTSFÖRENINGAR › Bollklubben", "IDROTTSFÖRENINGAR › Simklubben",
                                            "IDROTTSFÖRENINGAR › Summa idrottsföreningar"]


def test_a_group_cell_with_no_label_beside_it_is_a_row_of_its_own() -> None:
    """A "Nämnd" column beside "Verksamhet": "Summa Kommunstyrelsen" with no activity is the section's total row,
    not a section heading over a row without a label (which ended the table there)."""
    lines = grid_lines([["Nämnd", "Verksamhet", "Budget 2023", "Utfall 2023"],
                        ["Kommunstyrelsen", "Politisk verksamhet", "9800", "9650"],
                        ["Kommunstyrelsen", "Räddningstjänst", "14200", "14530"],
                        ["Summa Kommunstyrelsen", "", "24000", "24180"],
                        ["Barn- och utbildningsnämnden", "Förskola", "62500", "63820"],
                        ["Barn- och utbildningsnämnden", "Grundskola", "139800", "141260"]])
    assert "| Summa Kommunstyrelsen | 24000 | 24180 |" in lines
    assert not any(line.startswith("| \u00a0") and "24000" in line for line in lines)
    assert any("Grundskola | 139800" in line for line in lines)
