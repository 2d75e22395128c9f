"""Find tables in a document's text (tab- or space-aligned rows, also pypdf layout mode).

A table is a header line whose cells after the first are column labels with years ("Budget 2021",
"Plan 2022", "2024"), followed by rows: a label and one number per column. The title is the heading
line above the header. Units are checked against magnitudes (units.py rules in `infer_units`), and
stated totals are checked against the rows they summarise.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant.budget.numbers import format_number, parse_number
from assistant.budget.records import CellSource, Column, Row, Table, TotalCheck
from assistant.budget.units import MONEY_UNITS, Unit, unit_in
from assistant.types import LoadedDocument

MARKUP = re.compile(r"</?(?:i|b|em|strong)>")
COLUMN_LABEL = re.compile(
    r"^(?:(?P<kind>[A-Za-zÅÄÖåäö][\wÅÄÖåäö\.]*)\s+)?(?P<year>(?:19|20)\d\d)(?:\s+(?P<kind2>[A-Za-zÅÄÖåäö][\wåäö\.]*))?$"
)
EMPTY_CELL = {"-", "–", "—", "−", "..", "…"}
TOTAL_LABEL = re.compile(
    r"^(summa|totalt|total|årets resultat|resultat (före|efter)|finansnetto|verksamhetens nettokostnader|"
    r"nettokostnader|netto\b)", re.IGNORECASE)
SUM_LABEL = re.compile(r"^(summa|totalt|total)\b", re.IGNORECASE)
# Largest plausible absolute figure in a municipal budget table, in kronor: 200 billion (Sweden's
# largest municipality spends about 60 billion a year; the largest region about 130 billion).
PLAUSIBLE_MAX_KRONOR = Decimal(200) * Unit.MDKR.factor


def split_cells(line: str) -> list[str]:
    """Cells of a table line: tab-separated, else runs of 2+ spaces (pypdf layout mode)."""
    clean = MARKUP.sub("", line).replace("\u00a0", " ").rstrip()
    if "\t" in clean:
        cells = [c.strip() for c in clean.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        return cells
    return [c.strip() for c in re.split(r"\s{2,}", clean.strip()) if c.strip()]


def parse_column(text: str) -> Column | None:
    match = COLUMN_LABEL.match(text.strip())
    if not match:
        return None
    kind = (match.group("kind") or match.group("kind2") or "").rstrip(".")
    return Column(label=text.strip(), year=int(match.group("year")), kind=kind.capitalize() if kind else "")


def _header(cells: list[str]) -> tuple[Unit | None, list[Column]] | None:
    """(stated unit, columns) when the cells form a table header, else None."""
    if len(cells) < 2:
        return None
    first = parse_column(cells[0])
    if first is not None:  # no unit cell: every cell is a column
        columns = [parse_column(c) for c in cells]
        unit = None
    else:
        columns = [parse_column(c) for c in cells[1:]]
        unit = unit_in(cells[0]) if cells[0] else None
        if cells[0] and unit is None and len(cells[0]) > 25:
            return None
    if any(c is None for c in columns) or not columns:
        return None
    if len(columns) < 2 and unit is None:
        return None
    return unit, columns  # type: ignore[return-value]


KIND_CELL = re.compile(r"^(budget|plan|utfall|prognos|bokslut|progn\.?|outcome|forecast|actual)$", re.IGNORECASE)


def _two_line_header(first: str, second: str) -> tuple[Unit | None, list[Column]] | None:
    """"tkr   Budget   Plan   Plan" over "2021   2022   2023" (common in PDF tables)."""
    kinds, years = split_cells(first), split_cells(second)
    if len(years) < 2 or not all(re.fullmatch(r"(19|20)\d\d", y) for y in years):
        return None
    unit: Unit | None = None
    if kinds and not KIND_CELL.match(kinds[0]):
        unit = unit_in(kinds[0])
        if unit is None:
            return None
        kinds = kinds[1:]
    if len(kinds) != len(years) or not all(KIND_CELL.match(k) for k in kinds):
        return None
    labels = [f"{k} {y}" for k, y in zip(kinds, years)]
    return unit, [c for c in (parse_column(label) for label in labels) if c is not None]


def _row_values(cells: list[str], n_columns: int) -> tuple[str, tuple[Decimal | None, ...]] | None:
    if len(cells) != n_columns + 1 or not cells[0] or _is_value(cells[0]):
        return None
    values: list[Decimal | None] = []
    for cell in cells[1:]:
        if cell in EMPTY_CELL:
            values.append(None)
            continue
        try:
            values.append(parse_number(cell))
        except ValueError:
            return None
    return cells[0], tuple(values)


def _is_value(text: str) -> bool:
    try:
        parse_number(text)
        return True
    except ValueError:
        return False


def _is_label_part(line: str) -> bool:
    cells = split_cells(line)
    return len(cells) == 1 and len(cells[0]) <= 60 and not _is_value(cells[0]) and parse_column(cells[0]) is None


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _source(doc: LoadedDocument, start: int, line: str) -> CellSource:
    quote = line.rstrip()
    return CellSource(doc_path=doc.path, title=doc.meta.title, quote=quote, start=start,
                      end=start + len(quote), page=doc.page_at(start), doc_type=doc.meta.doc_type,
                      date=doc.meta.date)


def _title(lines: list[tuple[int, str]], header_index: int) -> str:
    for j in range(header_index - 1, max(-1, header_index - 6), -1):
        text = MARKUP.sub("", lines[j][1]).strip()
        if not text:
            continue
        if len(text) <= 80 and len(split_cells(lines[j][1])) == 1:
            return text
        break
    return "Tabell"


def parse_tables(doc: LoadedDocument) -> list[Table]:
    """Every table in the document, with units checked and totals reconciled."""
    lines = _lines(doc.text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        head, header_lines = _header(split_cells(lines[i][1])), 1
        if head is None and i + 1 < len(lines):
            head, header_lines = _two_line_header(lines[i][1], lines[i + 1][1]), 2
        if head is None:
            i += 1
            continue
        unit, columns = head
        rows: list[Row] = []
        j, blanks = i + header_lines, 0
        while j < len(lines):
            start, line = lines[j]
            if not line.strip():
                blanks += 1
                if blanks > 1:
                    break
                j += 1
                continue
            parsed = _row_values(split_cells(line), len(columns))
            first_line = j
            if parsed is None and j + 1 < len(lines) and _is_label_part(line):
                # a label wrapped over two lines (PDF layout): "Verksamhetens intäkter -" / "kostnader  -2 421 049 ..."
                following = _row_values(split_cells(lines[j + 1][1]), len(columns))
                if following is not None:
                    parsed = (f"{MARKUP.sub('', line).strip()} {following[0]}", following[1])
                    j += 1
            if parsed is None:
                break
            blanks = 0
            label, values = parsed
            first_start, first_text = lines[first_line]
            offset = len(first_text) - len(first_text.lstrip())
            end = lines[j][0] + len(lines[j][1].rstrip())
            rows.append(Row(label=label, values=values, is_total=bool(TOTAL_LABEL.match(label)),
                            source=_source(doc, first_start + offset, doc.text[first_start + offset:end])))
            j += 1
        if rows:
            title = _title(lines, i)
            stated = unit or unit_in(title)
            table = Table(id=f"{doc.path}#{len(tables) + 1}", title=title, doc_path=doc.path,
                          stated_unit=stated, unit=stated or Unit.KR, columns=tuple(columns), rows=tuple(rows))
            tables.append(reconcile_totals(table))
            i = j
        else:
            i += 1
    return infer_units(tables)


def reconcile_totals(table: Table) -> Table:
    """Find, for every total row, the rows directly above it that it sums, and compare per column.

    Works bottom-up like a stack: a subtotal replaces the rows it sums, so "Resultat före ..." can
    sum "Verksamhetens nettokostnader", the tax rows and "Finansnetto" while "Finansnetto" sums the
    two financial rows. The shortest run (of two or more) that matches exactly wins; otherwise the
    run with the smallest difference within rounding tolerance; "Summa"/"Totalt" rows without one
    are compared with everything above them and the difference is reported as is.
    """
    n = len(table.columns)
    stack: list[tuple[str, tuple[Decimal | None, ...]]] = []
    checks: list[TotalCheck] = []
    notes: list[str] = []
    for row in table.rows:
        if not row.is_total:
            stack.append((row.label, row.values))
            continue
        best: tuple[int, Decimal] | None = None
        for k in range(1, len(stack) + 1):
            sums = _sums(stack[-k:], n)
            diffs = [abs(v - s) for v, s in zip(row.values, sums) if v is not None and s is not None]
            if not diffs:
                continue
            tol = max(Decimal(1), Decimal(k // 2))
            worst = max(diffs)
            if worst == 0 and k >= 2:
                best = (k, Decimal(0))
                break
            if worst <= tol and (best is None or sum(diffs) < best[1] or (worst == 0 and best[1] != 0)):
                best = (k, sum(diffs))
        if best is None and SUM_LABEL.match(row.label) and stack:
            best = (len(stack), Decimal(-1))
        if best is None:
            notes.append(f"Raden {row.label} kunde inte stämmas av mot raderna ovanför.")
            stack.append((row.label, row.values))
            continue
        k = best[0]
        parts = stack[-k:]
        sums = _sums(parts, n)
        for c, (stated, computed) in enumerate(zip(row.values, sums)):
            if stated is not None and computed is not None:
                checks.append(TotalCheck(row.label, table.columns[c].label, stated, computed,
                                         tuple(p[0] for p in parts)))
        del stack[-k:]
        stack.append((row.label, row.values))
    return replace(table, checks=tuple(checks), notes=table.notes + tuple(notes))


def _sums(items: list[tuple[str, tuple[Decimal | None, ...]]], n: int) -> list[Decimal | None]:
    out: list[Decimal | None] = []
    for c in range(n):
        values = [v[c] for _, v in items]
        out.append(None if any(v is None for v in values) else sum(values, Decimal(0)))  # type: ignore[arg-type]
    return out


def _max_abs(table: Table) -> Decimal:
    return max((abs(v) for r in table.rows for v in r.values if v is not None), default=Decimal(0))


def infer_units(tables: list[Table]) -> list[Table]:
    """Overrule a stated money unit that makes the figures implausible for a municipality.

    A figure above PLAUSIBLE_MAX_KRONOR under the stated unit is read in a smaller unit: the unit
    another table of the same document states for figures of the same order of magnitude, else the
    next smaller unit. Both units are kept and the reason is written as a note.
    """
    out = []
    for table in tables:
        top = _max_abs(table)
        unit = table.stated_unit
        if unit is None:
            sibling = _sibling_unit(table, tables, top)
            eff = sibling or Unit.KR
            note = (f"Tabellen {table.title} anger ingen enhet; beloppen antas vara i {eff.value}"
                    + (" som i dokumentets övriga tabeller." if sibling else "."))
            out.append(replace(table, unit=eff, unit_note=note))
            continue
        if not unit.is_money or top * unit.factor <= PLAUSIBLE_MAX_KRONOR:
            out.append(table)
            continue
        smaller = [u for u in MONEY_UNITS if u.factor < unit.factor and top * u.factor <= PLAUSIBLE_MAX_KRONOR]
        if not smaller:
            out.append(table)
            continue
        sibling = _sibling_unit(table, tables, top)
        eff = sibling if sibling in smaller else smaller[-1]
        biggest = max(table.rows, key=lambda r: max((abs(v) for v in r.values if v is not None), default=0))
        as_stated = top * unit.factor / Unit.MDKR.factor
        reason = (f"{biggest.label} {format_number(top)} {unit.value} vore {format_number(as_stated)} miljarder "
                  "kronor, orimligt för en kommun")
        if sibling is eff:
            reason += f", och dokumentets andra tabeller anger {eff.value} för belopp av samma storlek"
        note = f"Tabellen {table.title} anger {unit.value}, men beloppen är i {eff.value}: {reason}."
        out.append(replace(table, unit=eff, unit_note=note))
    return out


def _sibling_unit(table: Table, tables: list[Table], top: Decimal) -> Unit | None:
    for other in tables:
        if other is table or other.doc_path != table.doc_path or other.stated_unit is None:
            continue
        if not other.stated_unit.is_money or other.unit_note:
            continue
        other_top = _max_abs(other)
        if other_top and top and Decimal("0.01") <= top / other_top <= 100:
            if top * other.stated_unit.factor <= PLAUSIBLE_MAX_KRONOR:
                return other.stated_unit
    return None
