"""Excel workbooks (.xlsx, openpyxl): every sheet as a heading, its one-cell rows as text, its other rows as a table."""
from __future__ import annotations

import io
import zipfile

from core.errors import CorruptFileError, EncryptedPdfError
from ingest.readers import ReadResult
from ingest.readers.grid import decimal_text, grid_lines


def read(data: bytes, shown: str) -> ReadResult:
    import openpyxl

    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise EncryptedPdfError(f"{shown}: Excel-filen är lösenordsskyddad eller i det gamla .xls-formatet. "
                                "Spara den som .xlsx utan lösenord och läs in den igen.")
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CorruptFileError(f"{shown}: Excel-filen är trasig och kan inte läsas ({exc}).") from exc
    parts: list[str] = []
    sheets = 0
    for sheet in book.worksheets:
        lines = sheet_lines(sheet)
        if lines:
            sheets += 1
            parts.append(f"## {sheet.title}\n\n" + "\n".join(lines))
    book.close()
    return ReadResult(text="\n\n".join(parts), pages=sheets)


def cell_text(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "%" in (cell.number_format or ""):
            return decimal_text(round(value * 100, 10)) + " %"
        return decimal_text(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return " ".join(str(value).split())


def sheet_lines(sheet) -> list[str]:
    """Rows with one filled cell are text (titles, captions, notes); runs of fuller rows are tables."""
    lines: list[str] = []
    block: list[list[str]] = []

    def flush() -> None:
        if block:
            lines.append("")
            lines.extend(grid_lines(block))
            lines.append("")
            block.clear()

    for row in sheet.iter_rows():
        texts = [cell_text(c) for c in row]
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
