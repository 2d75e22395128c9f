"""A spreadsheet's merged ranges: a committee's name merged down beside its projects groups them as the same
name in each row would; a header cell merged over two header rows is read once. Expected lines by hand."""
import io

import openpyxl

from ingest.readers import xlsx


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Investeringar"
    rows = [["Nämnd", "Projekt", "Budget 2025", "Plan 2026"],
            ["Kommunstyrelsen", "Gatubelysning", 900, 900],
            [None, "Lekplatser", 450, 450],
            ["Barn- och utbildningsnämnden", "Ny förskola", 14500, 9800],
            [None, "Inventarier", 900, 600]]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("A4:A5")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_name_merged_down_over_rows_groups_them() -> None:
    text = xlsx.read(_workbook(), "investeringar.xlsx").text
    assert "| Kommunstyrelsen |  |  |" in text
    assert "| \u00a0\u00a0Lekplatser | 450 | 450 |" in text
    assert "| Barn- och utbildningsnämnden |  |  |" in text
    assert "| \u00a0\u00a0Inventarier | 900 | 600 |" in text
