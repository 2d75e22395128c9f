"""A spreadsheet number reads as the sheet shows it: the decimals of its number format ("545,0" for 545 in "0.0"),
the stored value when the format gives none. Expected text written by hand."""
import io

import openpyxl
import pytest

from ingest.readers import xlsx


@pytest.mark.parametrize(("number_format", "expected"), [
    ("General", None), ("# ##0", None), ("#,##0", None), ("0.0", 1), ("0.00", 2), ("0.0%", 1),
    ("+# ##0.0;-# ##0.0", 1), ('0.00" kr"', 2), ("[Red]0.000", 3),
])
def test_the_decimals_a_format_shows(number_format: str, expected: int | None) -> None:
    assert xlsx.format_decimals(number_format) == expected


def _sheet(cells: list[tuple[float, str]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Verksamhet", "Budget 2025"])
    for n, (value, number_format) in enumerate(cells, start=2):
        sheet.append([f"Rad {n}", value])
        sheet.cell(row=n, column=2).number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_numbers_read_with_the_decimals_their_format_shows() -> None:
    text = xlsx.read(_sheet([(545, "0.0"), (22.5, "0.00"), (-4.25, "0.0"), (1250, "# ##0"), (3.14159, "General"),
                             (0.032, "0.0%"), (-0.04, "0.0")]), "budget.xlsx").text
    assert "| Rad 2 | 545,0 |" in text
    assert "| Rad 3 | 22,50 |" in text
    assert "| Rad 4 | -4,3 |" in text  # rounded half up as the sheet shows it
    assert "| Rad 5 | 1250 |" in text
    assert "| Rad 6 | 3,14159 |" in text
    assert "| Rad 7 | 3,2 % |" in text
    assert "| Rad 8 | 0,0 |" in text  # no "-0,0"
