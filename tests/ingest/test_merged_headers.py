"""Grids of merged cells (HTML colspan/rowspan, Word merges, spreadsheet merges read as their first cell) as pipe
lines: a section's name merged over the whole row, a header of two rows (a group over its columns, kinds over
years). Expected lines written by hand."""
from ingest.readers.grid import grid_lines

SECTION_ROW = [["Nämnd", "Budget 2024", "Prognos 2024"],
               ["Kommunstyrelsen", "Kommunstyrelsen", "Kommunstyrelsen"],
               ["Kommunledning", "70,0", "68,2"]]


def test_a_name_merged_over_the_whole_row_is_a_section_row() -> None:
    lines = grid_lines(SECTION_ROW, header_rows=1)
    assert "| Kommunstyrelsen |  |  |" in lines
    assert "| Kommunledning | 70,0 | 68,2 |" in lines


def test_a_figure_repeated_over_a_row_is_kept() -> None:
    lines = grid_lines([["Nämnd", "2023", "2024"], ["Ram", "5", "5"]])
    assert "| Ram | 5 | 5 |" in lines


GROUPED = [["Nämnd", "2024", "2024", "Avvikelse"],  # a Word or HTML merge: the group repeated over its columns
           ["Nämnd", "Budget", "Prognos", "Avvikelse"],
           ["Förskola", "214,0", "212,2", "1,8"]]


def test_a_group_repeated_over_columns_splits_into_the_row_below() -> None:
    lines = grid_lines(GROUPED, header_rows=1)
    assert lines[0] == "| Nämnd | 2024 Budget | 2024 Prognos | Avvikelse |"
    assert lines[2] == "| Förskola | 214,0 | 212,2 | 1,8 |"


def test_a_group_written_once_goes_to_the_blank_cells_the_row_below_labels() -> None:
    sheet = [["Nämnd", "2024", "", "Avvikelse"],  # a spreadsheet merge: the value in its first cell only
             ["", "Budget", "Prognos", ""],
             ["Förskola", "214", "212,2", "1,8"]]
    lines = grid_lines(sheet)
    assert lines[0] == "| Nämnd | 2024 Budget | 2024 Prognos | Avvikelse |"


def test_kinds_over_years_are_one_header() -> None:
    sheet = [["Belopp i mnkr", "Bokslut", "Budget"], ["", "2023", "2024"], ["Skatteintäkter", "1456,2", "1498"]]
    lines = grid_lines(sheet)
    assert lines[0] == "| Belopp i mnkr | Bokslut 2023 | Budget 2024 |"
    assert lines[2] == "| Skatteintäkter | 1456,2 | 1498 |"


def test_a_first_row_of_figures_is_no_header() -> None:
    lines = grid_lines([["Förskola", "214", "212"], ["Grundskola", "452", "478"]])
    assert lines == ["| Förskola | 214 | 212 |", "| Grundskola | 452 | 478 |"]


def test_a_text_row_under_the_header_that_splits_nothing_is_a_body_row() -> None:
    lines = grid_lines([["Projekt", "Budget 2025", "Plan 2026"], ["Skola", "Byggs", "Klar"], ["Väg", "12", "14"]],
                       header_rows=1)
    assert lines[0] == "| Projekt | Budget 2025 | Plan 2026 |"
    assert lines[2] == "| Skola | Byggs | Klar |"


def test_a_title_merged_over_the_table_above_its_header_is_a_line_above_the_table() -> None:
    grid = [["Resultaträkning (mnkr)"] * 3, ["", "Bokslut 2023", "Budget 2024"], ["Skatteintäkter", "1456,2", "1498"]]
    lines = grid_lines(grid, header_rows=2)
    assert lines[:3] == ["Resultaträkning (mnkr)", "", "|  | Bokslut 2023 | Budget 2024 |"]


def test_a_section_name_over_figures_stays_in_the_table() -> None:
    grid = [["Nämnd", "2023", "2024"], ["Kommunstyrelsen"] * 3, ["Kommunledning", "45", "70"]]
    lines = grid_lines(grid, header_rows=1)
    assert lines[0] == "| Nämnd | 2023 | 2024 |" and "| Kommunstyrelsen |  |  |" in lines
