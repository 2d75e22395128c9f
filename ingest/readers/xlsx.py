"""Excel workbooks (.xlsx, openpyxl): every sheet as a heading, its one-cell rows as text, its other rows as a table.

A label merged down over rows (a committee's name beside its projects, a header cell over two header rows) is
repeated in each row it covers, as HTML rowspans are, so the grid reader sees the group; a merge across columns
stays written once (the grid reader spreads a header group over the columns it labels)."""
from __future__ import annotations

import io
import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal

from core.errors import CorruptFileError, EncryptedPdfError
from ingest.readers import ReadResult
from ingest.readers.grid import decimal_text, grid_lines


def read(data: bytes, shown: str) -> ReadResult:
    import openpyxl

    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise EncryptedPdfError(f"{shown}: Excel-filen är lösenordsskyddad eller i det gamla .xls-formatet. "
                                "Spara den som .xlsx utan lösenord och läs in den igen.")
    try:
        # not read_only: a read-only sheet hides its merged ranges
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CorruptFileError(f"{shown}: Excel-filen är trasig och kan inte läsas ({exc}).") from exc
    parts: list[str] = []
    sheets = 0
    for sheet in book.worksheets:
        lines = sheet_lines(sheet)
        if lines:
            sheets += 1
            parts.append(f"## {sheet.title}\n\n" + "\n".join(lines))
    return ReadResult(text="\n\n".join(parts), pages=sheets)


def cell_text(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number_format = cell.number_format or ""
        if "%" in number_format:
            return displayed(round(value * 100, 10), number_format) + " %"
        return displayed(value, number_format)
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return " ".join(str(value).split())


def format_decimals(number_format: str) -> int | None:
    """The decimals a cell's number format shows ("0.0" 1, "# ##0,00" as "#,##0.00" 2, "0.0%" 1), None for
    "General" or a format without a decimal point (the value is written as stored)."""
    positive = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", number_format.split(";")[0])
    decimals = re.search(r"\.([0#?]+)", positive)
    return len(decimals.group(1)) if decimals else None


def displayed(value: float | int, number_format: str) -> str:
    """A number as the sheet shows it, the Swedish way: a format with decimals fixes how many ("545,0" for 545 in
    "0.0", as Excel shows it); without one the stored value is written exactly (decimal_text)."""
    decimals = format_decimals(number_format)
    if decimals is None:
        return decimal_text(value)
    shown = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return str(abs(shown) if shown == 0 else shown).replace(".", ",")  # no "-0,0"


def merged_down(sheet) -> dict[tuple[int, int], str]:
    """(row, column) -> text for the cells under a text label merged down over rows (its first column only):
    the label each of those rows belongs to."""
    out: dict[tuple[int, int], str] = {}
    for merged in getattr(sheet, "merged_cells", None) and sheet.merged_cells.ranges or ():
        anchor = sheet.cell(merged.min_row, merged.min_col)
        if merged.max_row == merged.min_row or not isinstance(anchor.value, str):
            continue
        text = cell_text(anchor)
        for row in range(merged.min_row + 1, merged.max_row + 1):
            out[(row, merged.min_col)] = text
    return out


def sheet_lines(sheet) -> list[str]:
    """Rows with one filled cell are text (titles, captions, notes); runs of fuller rows are tables."""
    lines: list[str] = []
    block: list[list[str]] = []
    repeated = merged_down(sheet)

    def flush() -> None:
        if block:
            lines.append("")
            lines.extend(grid_lines(block))
            lines.append("")
            block.clear()

    for row in sheet.iter_rows():
        texts = [repeated.get((cell.row, cell.column), "") or cell_text(cell) for cell in row]
        filled = [t for t in texts if t]
        if not filled:
            flush()
            continue
        if len(filled) == 1 and (not block or not texts[0]):
            flush()
            lines.append(filled[0])
            continue
        block.append(texts)
    flush()
    while lines and not lines[0]:
        lines.pop(0)
    return lines
