"""Render the known tables (spec.py) in many layouts and formats: `/tmp/venv-writer/bin/python -m evals.layouts.make`
from the repository root (it needs fpdf2, python-docx and openpyxl; the files are committed, so the harness
needs none of them). Deterministic: the same bytes on every run (fixed dates, no random numbers).

Each layout is one document holding the three tables, with a paragraph of prose around them, as a municipality's
report would. What varies: the sign of a negative ("–26,1", "−26,1", "(26,1)", "- 1,8"), the thousands separator
(space, no-break space, none), how the unit is said, headers wrapped over two lines or merged over columns, a table
continued over a page break with its header repeated, a landscape page, a title row and a unit row above a
spreadsheet's header, a title naming the table's years right above a header of kinds over its stub and years, a
spreadsheet with the years down its rows (a kind column beside them), a group name merged down beside its rows, a
column in kronor per inhabitant and a count beside an mnkr column (a layout's extra table: spec.EXTRA_TABLES).
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from evals.layouts.spec import SpecTable, tables_for

OUT = Path(__file__).resolve().parent / "files"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PROSE = ("Nämnderna redovisar sitt ekonomiska utfall för perioden. Prognosen visar ett underskott som "
         "förklaras av ökade kostnader inom grundskolan och högre volymer inom förskolan.")


@dataclass(frozen=True)
class Layout:
    name: str
    fmt: str  # md, html, docx, xlsx, pdf
    negative: str = "hyphen"  # hyphen "-26,1", en "–26,1", minus "−26,1", paren "(26,1)", spaced "- 1,8"
    thousands: str = " "  # " ", "\u00a0", ""
    header: str = "flat"  # flat: one line; merged: a group row over the columns; wrapped: kind over year
    options: frozenset[str] = field(default_factory=frozenset)  # pagebreak, landscape, titlerows, numeric


LAYOUTS = (
    Layout("md_plain", "md"),
    Layout("md_minus_nbsp", "md", negative="minus", thousands="\u00a0"),
    Layout("md_paren", "md", negative="paren"),
    Layout("html_flat", "html", negative="en"),
    Layout("html_merged", "html", negative="minus", header="merged"),
    Layout("html_intable", "html", negative="en", thousands="\u00a0", options=frozenset({"intable"})),
    Layout("docx_flat", "docx", negative="en"),
    Layout("docx_merged", "docx", negative="spaced", header="merged", thousands="\u00a0"),
    Layout("xlsx_numeric", "xlsx", options=frozenset({"numeric"})),
    Layout("xlsx_titlerows", "xlsx", header="merged", options=frozenset({"numeric", "titlerows"})),
    Layout("xlsx_text", "xlsx", negative="en", options=frozenset({"titlerows"})),
    Layout("pdf_portrait", "pdf", negative="en"),
    Layout("pdf_wrapped", "pdf", negative="minus", header="wrapped"),
    Layout("pdf_pagebreak", "pdf", negative="en", options=frozenset({"pagebreak"})),
    Layout("pdf_landscape", "pdf", negative="paren", thousands="\u00a0", options=frozenset({"landscape"})),
    Layout("pdf_spaced", "pdf", negative="spaced"),
    Layout("pdf_wrapped_break", "pdf", negative="minus", header="wrapped", thousands="\u00a0",
           options=frozenset({"pagebreak"})),
    Layout("pdf_titled", "pdf", negative="en", header="wrapped", options=frozenset({"titled"})),
    Layout("pdf_keyfigures", "pdf", negative="en", header="wrapped"),
    Layout("xlsx_transposed", "xlsx", options=frozenset({"numeric", "titlerows", "transposed"})),
    Layout("xlsx_merged_down", "xlsx", options=frozenset({"numeric", "titlerows", "groupcolumn"})),
)


def number(text: str | None, layout: Layout) -> str:
    """A spec value ("-2045,3") written the layout's way ("–2 045,3", "(2 045,3)", "- 2 045,3")."""
    if text is None:
        return ""
    negative = text.startswith("-")
    digits = text.lstrip("-")
    whole, _, decimals = digits.partition(",")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    body = layout.thousands.join(groups) + (f",{decimals}" if decimals else "")
    if not negative:
        return body
    return {"hyphen": f"-{body}", "en": f"–{body}", "minus": f"−{body}", "paren": f"({body})",
            "spaced": f"- {body}"}[layout.negative]


def header_lines(table: SpecTable, layout: Layout) -> list[list[str]]:
    """The header as rows of cell texts (a merged header: its upper row repeats a group over its columns)."""
    first = [table.label_header] + (["Not"] if table.notes else [])
    if layout.header == "flat":
        return [first + [c.label for c in table.columns]]
    upper = [""] * len(first) + [c.top or "" for c in table.columns]
    lower = first + [c.bottom or c.label for c in table.columns]
    return [upper, lower]


def body_rows(table: SpecTable, layout: Layout) -> list[tuple[list[str], bool, bool]]:
    """(cells, is_section, is_total) per row."""
    out = []
    for row in table.rows:
        if row.is_section():
            out.append(([row.label] + [""] * (len(table.columns) + table.notes), True, False))
            continue
        cells = [row.label] + ([row.note or ""] if table.notes else []) + [number(v, layout) for v in row.values]
        out.append((cells, False, row.total))
    return out


# --- markdown --------------------------------------------------------------------------------------

def render_md(layout: Layout) -> bytes:
    lines = ["# Delårsrapport januari–augusti 2024", "", PROSE, ""]
    for table in tables_for(layout.name):
        lines += [f"## {table.title}", "", table.caption, ""]
        head = header_lines(table, layout)[-1]
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "---|" * len(head))
        for cells, section, total in body_rows(table, layout):
            cells = [f"**{c}**" if (section or total) and i == 0 and c else c for i, c in enumerate(cells)]
            lines.append("| " + " | ".join(cells) + " |")
        lines += ["", PROSE, ""]
    return "\n".join(lines).encode("utf-8")


# --- HTML ------------------------------------------------------------------------------------------

def _html_header(table: SpecTable, layout: Layout) -> list[str]:
    if layout.header != "merged":
        return ["<tr>" + "".join(f"<th>{c}</th>" for c in header_lines(table, layout)[0]) + "</tr>"]
    lead = [table.label_header] + (["Not"] if table.notes else [])
    upper = "".join(f'<th rowspan="2">{c}</th>' for c in lead)
    lower = ""
    i = 0
    while i < len(table.columns):
        column = table.columns[i]
        if column.top:
            span = sum(1 for c in table.columns[i:] if c.top == column.top)
            upper += f'<th colspan="{span}">{column.top}</th>'
            lower += "".join(f"<th>{c.bottom}</th>" for c in table.columns[i:i + span])
            i += span
        else:
            upper += f'<th rowspan="2">{column.label}</th>'
            i += 1
    return [f"<tr>{upper}</tr>", f"<tr>{lower}</tr>"]


def render_html(layout: Layout) -> bytes:
    parts = ["<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>Delårsrapport 2024 – Testby kommun"
             "</title></head><body><main><h1>Delårsrapport januari–augusti 2024</h1>", f"<p>{PROSE}</p>"]
    for table in tables_for(layout.name):
        width = len(table.columns) + table.notes + 1
        if "intable" in layout.options:  # the title and unit in a first row merged over the table
            parts.append(f'<table><thead><tr><th colspan="{width}">{table.title} ({table.unit})</th></tr>')
        else:
            parts.append(f"<h2>{table.title}</h2><table><caption>{table.caption}</caption><thead>")
        parts += _html_header(table, layout)
        parts.append("</thead><tbody>")
        width = len(table.columns) + table.notes + 1
        for cells, section, total in body_rows(table, layout):
            if section:
                parts.append(f'<tr><td colspan="{width}"><strong>{cells[0]}</strong></td></tr>')
                continue
            tag = "th" if total else "td"
            parts.append("<tr>" + f"<{tag}>{cells[0]}</{tag}>" + "".join(
                f'<td style="text-align:right">{c}</td>' for c in cells[1:]) + "</tr>")
        parts.append(f"</tbody></table><p>{PROSE}</p>")
    parts.append("</main></body></html>")
    return "\n".join(parts).encode("utf-8")


# --- DOCX ------------------------------------------------------------------------------------------

def render_docx(layout: Layout) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    document.core_properties.created = datetime(2024, 9, 30, tzinfo=timezone.utc)
    document.core_properties.modified = datetime(2024, 9, 30, tzinfo=timezone.utc)
    document.core_properties.last_modified_by = document.core_properties.author = "Testby kommun"
    document.add_heading("Delårsrapport januari–augusti 2024", level=1)
    document.add_paragraph(PROSE)
    for table in tables_for(layout.name):
        document.add_heading(table.title, level=2)
        document.add_paragraph(table.caption)
        head = header_lines(table, layout)
        body = body_rows(table, layout)
        width = len(head[0])
        grid = document.add_table(rows=len(head) + len(body), cols=width)
        for r, cells in enumerate(head):
            for c, text in enumerate(cells):
                grid.cell(r, c).text = text
        if layout.header == "merged":
            lead = 1 + table.notes
            for c in range(width):
                if c < lead or not table.columns[c - lead].top:
                    text = head[1][c]
                    merged = grid.cell(0, c).merge(grid.cell(1, c))
                    merged.text = text
            c = lead
            while c < width:
                top = table.columns[c - lead].top
                span = sum(1 for col in table.columns[c - lead:] if col.top == top) if top else 1
                if top and span > 1:
                    merged = grid.cell(0, c).merge(grid.cell(0, c + span - 1))
                    merged.text = top
                c += span
        for r, (cells, section, total) in enumerate(body, start=len(head)):
            if section:
                merged = grid.cell(r, 0).merge(grid.cell(r, width - 1))
                merged.text = ""
                merged.paragraphs[0].add_run(cells[0]).bold = True
                continue
            for c, text in enumerate(cells):
                cell = grid.cell(r, c)
                cell.text = ""
                run = cell.paragraphs[0].add_run(text)
                run.bold = total
                if c:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        document.add_paragraph(PROSE)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


# --- XLSX ------------------------------------------------------------------------------------------

def render_xlsx(layout: Layout) -> bytes:
    import openpyxl
    from decimal import Decimal

    book = openpyxl.Workbook()
    book.properties.created = book.properties.modified = datetime(2024, 9, 30)
    book.properties.creator = "Testby kommun"
    book.remove(book.active)
    for table in tables_for(layout.name):
        sheet = book.create_sheet(table.title[:31].replace("–", "-"))
        r = 1
        if "titlerows" in layout.options:
            sheet.cell(r, 1, table.title)
            sheet.cell(r + 1, 1, table.caption)
            r += 3
        if "transposed" in layout.options and not any(row.sections for row in table.rows) and not table.notes:
            _transposed_sheet(sheet, r, table, layout)
            continue
        if "groupcolumn" in layout.options and any(row.sections for row in table.rows) and not table.notes:
            _group_column_sheet(sheet, r, table, layout)
            continue
        head = header_lines(table, layout)
        if "titlerows" not in layout.options:  # the unit in the corner cell: "Nämnd (mnkr)", "Belopp i mnkr"
            head[-1][0] = f"{head[-1][0]} ({table.unit})" if head[-1][0] else table.caption
        for cells in head:
            for c, text in enumerate(cells, start=1):
                if text:
                    sheet.cell(r, c, text)
            r += 1
        if layout.header == "merged":
            top = r - 2
            lead = 1 + table.notes
            for c in range(len(head[0])):
                if c < lead or not table.columns[c - lead].top:
                    sheet.cell(top, c + 1, head[1][c])
                    sheet.cell(top + 1, c + 1, None)
                    sheet.merge_cells(start_row=top, start_column=c + 1, end_row=top + 1, end_column=c + 1)
            c = lead
            while c < len(head[0]):
                label = table.columns[c - lead].top
                span = sum(1 for col in table.columns[c - lead:] if col.top == label) if label else 1
                if label and span > 1:
                    sheet.merge_cells(start_row=top, start_column=c + 1, end_row=top, end_column=c + span)
                c += span
        for row in table.rows:
            sheet.cell(r, 1, row.label)
            if table.notes and row.note:
                sheet.cell(r, 2, int(row.note) if "numeric" in layout.options else row.note)
            for c, value in enumerate(row.values, start=2 + table.notes):
                if value is None:
                    continue
                if "numeric" in layout.options:
                    number_value = Decimal(value.replace(",", "."))
                    cell = sheet.cell(r, c, int(number_value) if number_value == int(number_value) and
                                      "," not in value else float(number_value))
                    cell.number_format = "# ##0,0" if "," in value else "# ##0"
                else:
                    sheet.cell(r, c, number(value, layout))
            r += 1
    buffer = io.BytesIO()
    book.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _sheet_value(value: str, layout: Layout):
    """A spec value as a spreadsheet cell holds it: a number (numeric layouts) or the text written."""
    from decimal import Decimal

    if "numeric" not in layout.options:
        return number(value, layout)
    number_value = Decimal(value.replace(",", "."))
    return int(number_value) if number_value == int(number_value) and "," not in value else float(number_value)


def _transposed_sheet(sheet, r: int, table: SpecTable, layout: Layout) -> None:
    """The years down the rows: a kind column and a year column, then one column per row of the table."""
    for c, text in enumerate(["Typ", "År", *(row.label for row in table.rows)], start=1):
        sheet.cell(r, c, text)
    for n, column in enumerate(table.columns, start=r + 1):
        sheet.cell(n, 1, column.kind)
        sheet.cell(n, 2, column.year)
        for c, row in enumerate(table.rows, start=3):
            if row.values[n - r - 1] is not None:
                sheet.cell(n, c, _sheet_value(row.values[n - r - 1], layout))


def _group_column_sheet(sheet, r: int, table: SpecTable, layout: Layout) -> None:
    """Each section's name in a first column merged down beside its rows (the section's sum among them); a row
    outside every section writes its label in the second column only."""
    for c, text in enumerate(["Område", table.label_header, *(col.label for col in table.columns)], start=1):
        sheet.cell(r, c, text)
    r += 1
    for row in table.rows:
        if row.is_section():
            continue
        if row.sections:
            sheet.cell(r, 1, row.sections[-1])
        sheet.cell(r, 2, row.label)
        for c, value in enumerate(row.values, start=3):
            if value is not None:
                sheet.cell(r, c, _sheet_value(value, layout))
        r += 1
    first = None
    for n in range(r - len([x for x in table.rows if not x.is_section()]), r + 1):
        name = sheet.cell(n, 1).value if n < r else None
        if first is not None and name != sheet.cell(first, 1).value:
            if n - 1 > first:
                for k in range(first + 1, n):
                    sheet.cell(k, 1, None)
                sheet.merge_cells(start_row=first, start_column=1, end_row=n - 1, end_column=1)
            first = None
        if first is None and name:
            first = n


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with fixed member times, so the bytes do not change from run to run."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 9, 30, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl writes the time of saving
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-09-30T00:00:00Z", content)
            target.writestr(fixed, content)
    return out.getvalue()


# --- PDF -------------------------------------------------------------------------------------------

def render_pdf(layout: Layout) -> bytes:
    from fpdf import FPDF

    landscape = "landscape" in layout.options
    pdf = FPDF(orientation="L" if landscape else "P", format="A4")
    pdf.set_creation_date(datetime(2024, 9, 30, tzinfo=timezone.utc))
    pdf.add_font("DejaVu", fname=FONT)
    pdf.add_font("DejaVu", style="B", fname=BOLD)
    pdf.set_auto_page_break(False)
    page_width = pdf.w - 2 * pdf.l_margin
    state = {"page": 0}

    def new_page() -> None:
        if state["page"]:
            pdf.set_font("DejaVu", size=8)
            pdf.set_xy(pdf.l_margin, pdf.h - 15)
            pdf.cell(page_width, 5, f"Testby kommun · Delårsrapport 2024 · Sida {state['page']}", align="C")
        pdf.add_page()
        state["page"] += 1

    def text(line: str, size: int = 10, bold: bool = False) -> None:
        pdf.set_font("DejaVu", style="B" if bold else "", size=size)
        pdf.multi_cell(page_width, size * 0.5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def header(table: SpecTable, widths: list[float]) -> None:
        pdf.set_font("DejaVu", style="B", size=8)
        if layout.header == "wrapped":
            stub = (f"{table.label_header} ({table.unit})" if table.label_header else table.caption) \
                if "titled" in layout.options else table.label_header
            lead = [stub] + (["Not"] if table.notes else [])
            upper = [""] * len(lead) + [c.top or c.label.split()[0] for c in table.columns]
            lower = lead + [c.bottom if c.top else " ".join(c.label.split()[1:]) for c in table.columns]
            lines = [upper, lower]
        else:
            lines = header_lines(table, layout)
            fits = [pdf.get_string_width(c) <= w - 2 for c, w in zip(lines[-1], widths)]
            if not all(fits):  # a label wider than its column wraps, its last word on the lower line
                lines = [["" if fit else c.rsplit(" ", 1)[0] for c, fit in zip(lines[-1], fits)],
                         [c if fit else c.rsplit(" ", 1)[1] for c, fit in zip(lines[-1], fits)]]
        for cells in lines:
            for i, (cell, width) in enumerate(zip(cells, widths)):
                pdf.cell(width, 5, cell, align="L" if i == 0 else "R")
            pdf.ln(5)

    new_page()
    text("Delårsrapport januari–augusti 2024", size=16, bold=True)
    text(PROSE)
    for table in tables_for(layout.name):
        if "pagebreak" in layout.options and table.key == "invest":
            rows_first = 9  # the table runs off the page after nine rows
        else:
            rows_first = None
        if pdf.get_y() + 5 * (len(table.rows) + 8) > pdf.h - 20 or (rows_first and state["page"] == 1):
            new_page()
            if rows_first:
                pdf.set_y(pdf.h - 20 - 5 * (rows_first + 6))
        if "titled" in layout.options:  # the title names the years, right above a header with the unit in its stub
            pdf.set_font("DejaVu", style="B", size=10)
            pdf.cell(page_width, 5, _dated_title(table))
            pdf.ln(5)
        else:
            text(table.title, size=13, bold=True)
            if table.caption:
                text(table.caption, size=9)
        lead = 70 if landscape else 60 - 10 * table.notes
        rest = (page_width - lead) / (len(table.columns) + table.notes)
        widths = [lead] + [rest] * (len(table.columns) + table.notes)
        if table.notes:
            widths[1] = 10
            rest = (page_width - lead - 10) / len(table.columns)
            widths = [lead, 10] + [rest] * len(table.columns)
        header(table, widths)
        for n, (cells, section, total) in enumerate(body_rows(table, layout)):
            if rows_first and n == rows_first:
                new_page()
                text(f"{table.title} (forts.)", size=11, bold=True)
                header(table, widths)
            pdf.set_font("DejaVu", style="B" if section or total else "", size=9)
            for i, (cell, width) in enumerate(zip(cells, widths)):
                pdf.cell(width, 5, cell, align="L" if i == 0 else "R")
            pdf.ln(5)
        pdf.ln(3)
        text(PROSE)
    new_page()
    text("Bilagor")
    return bytes(pdf.output())


def _dated_title(table: SpecTable) -> str:
    """The title with the years of its columns ("Resultaträkning 2023–2025"), unless it names them already."""
    if re.search(r"(?:19|20)\d\d", table.title):
        return table.title
    years = sorted({c.year for c in table.columns if c.year})
    return f"{table.title} {years[0]}" + (f"–{years[-1]}" if years[-1] != years[0] else "")


RENDER = {"md": render_md, "html": render_html, "docx": render_docx, "xlsx": render_xlsx, "pdf": render_pdf}


def main(names: list[str] | None = None, out: Path = OUT) -> None:
    """Render every layout (or those named) into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    for layout in LAYOUTS:
        if names and layout.name not in names:
            continue
        (out / f"{layout.name}.{layout.fmt}").write_bytes(RENDER[layout.fmt](layout))
        print(layout.name)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
