"""Find tables in a document's text: tab-separated, markdown pipes, space-aligned (pypdf layout mode).

A table is a header (layout.py: column labels with years, and columns such as "Not", "Avvikelse",
"Förändring %") followed by rows: a label and one number per column. Label-only rows open sections, so
rows form a hierarchy ("Familjenämnd › Individ- och familjeomsorg") and a "Summa" row closes its section.
A table goes on over a page break (its header repeated or not). The title is the heading above the
header; a caption such as "Belopp i mnkr" gives the unit. Units are checked against magnitudes
(`infer_units`), and stated totals are checked against the rows they summarise.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant.budget.layout import (  # noqa: F401  (MARKUP, split_cells, parse_column: this module's API)
    MARKUP, Cells, Header, clean, find_header, is_separator, parse_column, split_cells, split_line,
)
from assistant.budget.numbers import format_number, parse_number
from assistant.budget.records import CellSource, Row, Table, TotalCheck
from assistant.budget.units import MONEY_UNITS, Unit, unit_in
from assistant.types import LoadedDocument

EMPTY_CELL = {"", "-", "–", "—", "−", "..", "…", "0-", "x"}
TOTAL_LABEL = re.compile(
    r"^(summa|totalt|total|årets resultat|resultat (före|efter)|finansnetto|verksamhetens nettokostnad(er)?\b|"
    r"verksamhetens resultat|nettokostnader|netto\b)", re.IGNORECASE)
SUM_LABEL = re.compile(r"^(summa|totalt|total)\b", re.IGNORECASE)
BREAKDOWN = re.compile(r"^(därav|varav|of which)\b", re.IGNORECASE)  # a part of the row above: not summed again
# Largest plausible absolute figure in a municipal budget table, in kronor: 200 billion (Sweden's
# largest municipality spends about 60 billion a year; the largest region about 130 billion).
PLAUSIBLE_MAX_KRONOR = Decimal(200) * Unit.MDKR.factor
PAGE_GAP = 12  # lines of running heads, footers and page numbers a table may jump over at a page break


def parse_value(text: str, percent: bool = False) -> Decimal | None:
    """A table cell's number: "– 26,1", "−1,8", "- 1,8", "(4,2)" (negative), "3,2 %"; None when empty.

    Raises ValueError for text that is not a number."""
    cell = text.strip()
    if cell in EMPTY_CELL:
        return None
    if percent or cell.endswith("%"):
        cell = cell.rstrip("%").strip()
    negative = cell.startswith("(") and cell.endswith(")")
    value = parse_number(cell[1:-1] if negative else cell)
    return -value if negative else value


def _is_value(text: str) -> bool:
    try:
        return parse_value(text) is not None
    except ValueError:
        return False


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _source(doc: LoadedDocument, start: int, end: int) -> CellSource:
    quote = doc.text[start:end]
    return CellSource(doc_path=doc.path, title=doc.meta.title, quote=quote, start=start,
                      end=end, page=doc.page_at(start), doc_type=doc.meta.doc_type, date=doc.meta.date)


def _row_cells(cells: Cells, header: Header) -> tuple[str, list[str]] | None:
    """(label, one text per header slot) for a data line of this header's table, or None."""
    texts = list(cells.texts)
    while cells.layout != "space" and len(texts) > header.width + 1 and texts and not texts[0]:
        texts.pop(0)  # leading empty cells before the label: an indented row of a tab or pipe table
    if not texts or not texts[0] or _is_value(texts[0]) or parse_column(texts[0]) is not None and len(texts) > 2:
        return None
    label, rest = texts[0], texts[1:]
    if cells.layout != "space":
        if len(rest) > header.width:
            if any(rest[header.width:]):
                return None
            rest = rest[:header.width]
        return label, rest + [""] * (header.width - len(rest))
    if len(rest) == header.width:
        return label, rest
    if not rest or len(rest) > header.width or not header.spans or len(header.spans) != header.width:
        if header.note_slot is not None and len(rest) == header.width - 1:
            return label, rest[:header.note_slot] + [""] + rest[header.note_slot:]
        return None
    out = [""] * header.width
    taken = -1
    for text, (start, end) in zip(rest, cells.spans[1:]):
        # numbers are right-aligned under their label, labels may be centred: nearest right edge, in order
        best = min(range(taken + 1, header.width), default=None,
                   key=lambda k: abs(header.spans[k][1] - end))
        if best is None:
            return None
        out[best] = text
        taken = best
    return label, out


def _values(texts: list[str], header: Header) -> tuple[tuple[Decimal | None, ...], str | None] | None:
    values: list[Decimal | None] = [None] * len(header.columns)
    note = None
    for slot, text in zip(header.slots, texts):
        if slot is None:
            note = text or None
            continue
        column = header.columns[slot]
        try:
            values[slot] = parse_value(text, percent=column.unit is Unit.PERCENT)
        except ValueError:
            return None
    return tuple(values), note


def _continues(label: str) -> bool:
    """A label wrapped onto the next line: "Verksamhetens intäkter -" / "kostnader  -2 421 049"."""
    return label[:1].islower() or label[:1] in "-–(&"


def _title_and_unit(lines: list[tuple[int, str]], header_index: int) -> tuple[str, Unit | None]:
    """The heading above the table: captions such as "Belopp i mnkr" are skipped and give the unit; a
    paragraph between the heading and the table is skipped too."""
    unit: Unit | None = None
    prose = False
    for j in range(header_index - 1, max(-1, header_index - 12), -1):
        raw = lines[j][1]
        text = clean(raw).lstrip("#").strip()
        if not text or is_separator(raw):
            continue
        cells = split_line(raw)
        if len([t for t in cells.texts if t]) != 1:
            break
        found = unit_in(text)
        if found is not None and found.is_money and _is_caption(text):
            unit = unit or found
            continue
        if len(text) > 100 or (text.endswith(".") and len(text.split()) > 6):
            prose = True
            continue
        if prose and not raw.lstrip().startswith("#") and len(text.split()) > 8:
            continue
        return text.rstrip(":"), unit or (found if found and found.is_money else None)
    return "Tabell", unit


CAPTION_WORDS = {"belopp", "i", "alla", "anges", "anges i", "redovisas", "tal", "siffror", "tusental", "tusentals",
                 "miljoner", "kronor", "kr", "mnkr", "mkr", "tkr", "mdkr", "sek", "msek", "tsek", "ksek", "amounts",
                 "in", "all", "figures", "löpande", "priser", "om", "inte", "annat", "anges", "annat anges"}


def _is_caption(text: str) -> bool:
    """"Belopp i mnkr", "(tkr)", "Mnkr", "Alla belopp i tusentals kronor": nothing but unit words."""
    words = re.sub(r"[()\[\]:.,]", " ", text.lower()).split()
    return bool(words) and all(w in CAPTION_WORDS for w in words)


class _Sections:
    """Label-only rows open sections; a total row closes the section it names ("Summa familjenämnd"), a bare
    "Summa" closes the innermost one. When the table indents its sub rows, a row that is not indented is
    outside every section."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.just_opened = False
        self.margin: int | None = None
        self.indents = False

    def open(self, label: str, indent: int = 0) -> None:
        self._see(indent)
        if self.indents and indent <= (self.margin or 0):
            self.stack.clear()
        elif not self.just_opened and self.stack:
            self.stack.pop()  # a sibling of the innermost section
        self.stack.append(label)
        self.just_opened = True

    def _see(self, indent: int) -> int:
        self.margin = indent if self.margin is None else min(self.margin, indent)
        return indent - self.margin

    def row(self, label: str, is_total: bool, indent: int = 0) -> tuple[str, ...]:
        opened, self.just_opened = self.just_opened, False
        deeper = self._see(indent) > 0
        if deeper and opened:
            self.indents = True  # the first row of a section is indented: the table indents its sections
        path = tuple(self.stack)
        if is_total and self.stack and SUM_LABEL.match(label):
            rest = SUM_LABEL.sub("", label).strip().lower()
            named = [k for k, name in enumerate(self.stack) if rest and _stem(rest) == _stem(name)]
            if named or not rest:
                depth = named[-1] if named else len(self.stack) - 1
                path = tuple(self.stack[:depth + 1])
                del self.stack[depth:]
                return path
        if self.indents and not deeper and not opened:
            self.stack.clear()
            return ()
        return path


def _stem(name: str) -> str:
    word = name.lower().split()[0] if name.split() else ""
    return word[:max(4, len(word) - 3)]


def parse_tables(doc: LoadedDocument, municipality: str | None = None) -> list[Table]:
    """Every table in the document, with units checked and totals reconciled."""
    lines = _lines(doc.text)
    texts = [line for _, line in lines]
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        header = find_header(texts, i)
        if header is None:
            i += 1
            continue
        rows, j = _rows(doc, lines, texts, header, i + header.lines)
        if not rows:
            i += 1
            continue
        title, caption_unit = _title_and_unit(lines, i)
        stated = header.unit or caption_unit or unit_in(title)
        stated = stated if stated is None or stated.is_money else None
        table = Table(id=f"{doc.path}#{len(tables) + 1}", title=title, doc_path=doc.path, stated_unit=stated,
                      unit=stated or Unit.KR, columns=header.columns, rows=tuple(_qualify(rows)),
                      municipality=municipality)
        tables.append(reconcile_totals(table))
        i = j
    return infer_units(tables)


def _rows(doc: LoadedDocument, lines: list[tuple[int, str]], texts: list[str], header: Header,
          j: int) -> tuple[list[Row], int]:
    """The rows below a header, over blank lines, label-only section rows, wrapped labels and page breaks."""
    rows: list[Row] = []
    sections = _Sections()
    blanks, end = 0, j
    pending: tuple[int, str] | None = None  # a label-only line: a section or the first half of a wrapped label
    while j < len(lines):
        start, line = lines[j]
        if not line.strip() or is_separator(line):
            blanks += 0 if is_separator(line) else 1
            if blanks > 1 or (pending and blanks):
                jump = _page_jump(doc, lines, texts, header, end, rows)
                if jump is None:
                    break
                j, blanks, pending = jump, 0, None
                continue
            j += 1
            continue
        if rows and doc.pages and doc.page_at(start) != doc.page_at(rows[-1].source.start):
            repeated = _repeated_header(doc, lines, texts, header, j)
            if repeated is not None:  # a new page: skip its running head up to the repeated header
                j, pending = repeated, None
                continue
        cells = split_line(line)
        parsed = _row_cells(cells, header)
        values = _values(parsed[1], header) if parsed else None
        if parsed is None or values is None:
            label_only = [t for t in cells.texts if t]
            if len(label_only) == 1 and len(label_only[0]) <= 80 and not _is_value(label_only[0]) \
                    and (cells.layout != "space" or len(cells.texts) == 1) and parse_column(label_only[0]) is None:
                if rows and not pending and j == end and label_only[0][:1].islower():
                    # the label of the row above wrapped below its figures: "Grundskola inkl. ... och" / "fritidshem"
                    last = rows[-1]
                    rows[-1] = replace(last, label=f"{last.label} {label_only[0]}",
                                       source=_source(doc, last.source.start, start + len(line.rstrip())))
                    j += 1
                    end = j
                    continue
                if pending:
                    sections.open(clean(pending[1]), split_line(pending[1]).indent)
                pending = (start, line)
                j += 1
                continue
            jump = _page_jump(doc, lines, texts, header, end, rows)
            if jump is None:
                break
            j, blanks, pending = jump, 0, None
            continue
        label, (vals, note) = parsed[0], values
        first = start
        if pending:
            head = clean(pending[1])
            head_indent = split_line(pending[1]).indent
            if all(v is None for v in vals):
                sections.open(head, head_indent)
            elif _continues(label) or head.endswith(("-", "–", ",")):
                label, first = f"{head} {label}", pending[0] + len(pending[1]) - len(pending[1].lstrip())
            else:
                sections.open(head, head_indent)
            pending = None
        if all(v is None for v in vals):  # a label row with empty cells (pipes, tabs): a section
            sections.open(label, cells.indent)
            j += 1
            blanks = 0
            continue
        blanks = 0
        first += 0 if first != start else len(line) - len(line.lstrip())
        is_total = bool(TOTAL_LABEL.match(label)) and any(not r.is_total for r in rows)
        path = sections.row(label, is_total, cells.indent)
        rows.append(Row(label=label, values=vals, is_total=is_total, note=note, sections=path,
                        source=_source(doc, first, start + len(line.rstrip()))))
        j += 1
        end = j
    return _parents(doc, rows), end


def _parents(doc: LoadedDocument, rows: list[Row]) -> list[Row]:
    """Rows indented under a row with figures (a committee's own total above its activities) get it as section."""
    indents = [r.source.start - (doc.text.rfind("\n", 0, r.source.start) + 1) for r in rows]
    margin = min(indents, default=0)
    out: list[Row] = []
    parent: Row | None = None
    for row, indent in zip(rows, indents):
        if indent > margin and not row.sections and parent is not None:
            row = replace(row, sections=(parent.label,))
        elif indent <= margin:
            parent = row
        out.append(row)
    return out


def _repeated_header(doc: LoadedDocument, lines: list[tuple[int, str]], texts: list[str], header: Header,
                     j: int) -> int | None:
    """The line after this table's header repeated near the top of the page that starts at line j."""
    page = doc.page_at(lines[j][0])
    for k in range(j, min(len(lines), j + PAGE_GAP)):
        if doc.page_at(lines[k][0]) != page:
            break
        again = find_header(texts, k) if texts[k].strip() else None
        if again is not None and [c.label for c in again.columns] == [c.label for c in header.columns]:
            return k + again.lines
    return None


def _page_jump(doc: LoadedDocument, lines: list[tuple[int, str]], texts: list[str], header: Header, j: int,
               rows: list[Row]) -> int | None:
    """Where the table goes on after a page break (its header repeated, or rows straight away); None if it ends."""
    if not rows or not doc.pages:
        return None
    page = doc.page_at(lines[j - 1][0])
    for k in range(j, min(len(lines), j + PAGE_GAP)):
        if doc.page_at(lines[k][0]) == page or not texts[k].strip():
            continue
        again = find_header(texts, k)
        if again is not None and [c.label for c in again.columns] == [c.label for c in header.columns]:
            return k + again.lines
        parsed = _row_cells(split_line(texts[k]), header)
        if parsed and _values(parsed[1], header) is not None:
            return k
    return None


def _qualify(rows: list[Row]) -> list[Row]:
    """Labels that occur in two sections ("Summa", "Ledning") get their section: "Summa Familjenämnd"."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.label] = counts.get(row.label, 0) + 1
    out = []
    for row in rows:
        if row.sections and (counts[row.label] > 1 or row.label.lower() in ("summa", "totalt", "netto")):
            row = replace(row, label=f"{row.label} {row.sections[-1]}" if SUM_LABEL.match(row.label)
                          else f"{row.label} ({row.sections[-1]})")
        out.append(row)
    return out


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
    money = [c.unit is None for c in table.columns]
    valued = {r.label for r in table.rows}
    for row in table.rows:
        if row.sections and row.sections[-1] in valued and not row.is_total:
            continue  # a part of the row with figures above it (its parent), which is summed instead
        row = replace(row, values=tuple(v if money[i] else None for i, v in enumerate(row.values)))
        if BREAKDOWN.match(row.label):
            continue
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
        values = [v[c] if c < len(v) else None for _, v in items]
        out.append(None if any(v is None for v in values) else sum(values, Decimal(0)))  # type: ignore[arg-type]
    return out


def _max_abs(table: Table) -> Decimal:
    money = [i for i, c in enumerate(table.columns) if c.unit is None]
    return max((abs(r.values[i]) for r in table.rows for i in money if r.values[i] is not None), default=Decimal(0))


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
