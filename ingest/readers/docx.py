"""Word documents (.docx, python-docx): paragraphs in order (headings as markdown headings) and tables."""
from __future__ import annotations

import io
import zipfile

from core.errors import CorruptFileError, EncryptedPdfError
from ingest.readers import ReadResult
from ingest.readers.grid import grid_lines


def read(data: bytes, shown: str) -> ReadResult:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise EncryptedPdfError(f"{shown}: Word-filen är lösenordsskyddad eller i det gamla .doc-formatet. "
                                "Spara den som .docx utan lösenord och läs in den igen.")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise CorruptFileError(f"{shown}: Word-filen är trasig och kan inte läsas ({exc}).") from exc
    lines: list[str] = []
    title = None
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            # a line break inside a paragraph (<w:br/>: a contact block's one person per line) stays a line break
            text = "\n".join(" ".join(line.split()) for line in paragraph.text.split("\n") if line.strip())
            if not text:
                continue
            style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
            level = _heading_level(style)
            if level is not None:
                title = title or (text if level <= 1 else None)
                lines.append("#" * max(1, level) + " " + text)
            else:
                lines.append(("- " if "list" in style else "") + text)
        elif tag == "tbl":
            table = Table(child, document)
            grid = [[cell.text for cell in row.cells] for row in table.rows]
            lines.append("\n".join(grid_lines(grid, header_rows=1 if len(grid) > 1 else 0)))
    props = document.core_properties
    created = props.created.date().isoformat() if props.created else None
    return ReadResult(text="\n\n".join(lines), title=title or (props.title or None), date=None if not created else None,
                      publisher=None)


def _heading_level(style: str) -> int | None:
    if style == "title":
        return 1
    for prefix in ("heading ", "rubrik "):
        if style.startswith(prefix) and style[len(prefix):].strip().isdigit():
            return int(style[len(prefix):])
    return None
