"""Rows of a table as a hierarchy: label-only rows open sections, indented rows belong to the row above,
a "Summa" row closes the section it names (a bare "Summa" the innermost one, unless its figures sum all the
rows above instead: `grand_totals`)."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant.budget.records import Row
from core.types import LoadedDocument

SUM_LABEL = re.compile(r"^(summa|totalt|total)\b", re.IGNORECASE)
BREAKDOWN = re.compile(r"^(därav|varav|of which)\b", re.IGNORECASE)  # a part of the row above: not summed again


class Sections:
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


def grand_totals(rows: list[Row]) -> list[Row]:
    """A bare "Summa" put in the innermost section whose figures are not that section's sum but the sum of every
    row above it (sections that recur, "Aktivitetsbidrag" twice, are no groups it could close) sums the table."""
    out = list(rows)
    for k, row in enumerate(rows):
        if not (row.is_total and row.sections and SUM_LABEL.match(row.label)
                and not SUM_LABEL.sub("", row.label).strip()):
            continue
        above = [r for r in rows[:k] if not r.is_total]
        section = [r for r in above if r.sections[:len(row.sections)] == row.sections]
        if not _sums_to(row, section) and _sums_to(row, above):
            out[k] = replace(row, sections=())
    return out


def leading_totals(rows: list[Row]) -> list[Row]:
    """A "Totalt" on top of a table, before the rows it sums (statistics put the whole first: "Totalt", then each
    age band), is the table's total when the rows right below it sum to it in every column; the rows after those
    ("Förändring mot föregående år") are no parts of it."""
    if len(rows) < 3 or rows[0].is_total or rows[0].sections or not SUM_LABEL.match(rows[0].label):
        return rows
    for end in range(3, len(rows) + 1):
        parts = rows[1:end]
        if any(r.is_total or r.sections for r in parts):
            break
        if _sums_to(rows[0], parts):
            return [replace(rows[0], is_total=True), *rows[1:]]
    return rows


def summed_totals(rows: list[Row]) -> list[Row]:
    """A "Summa"/"Totalt" row of measures read from columns (a table turned, years down its first column) is a
    total when the rows right above it sum to it in every column ("0–19 år" ... "80 år–", then "Totalt"); on top,
    `leading_totals`."""
    out = list(rows)
    for k, row in enumerate(rows):
        if k < 2 or row.is_total or row.sections or not SUM_LABEL.match(row.label):
            continue
        for start in range(k - 2, -1, -1):
            if rows[start].is_total or rows[start].sections:
                break
            if _sums_to(row, rows[start:k]):
                out[k] = replace(row, is_total=True)
                break
    return leading_totals(out)


def _sums_to(total: Row, rows: list[Row]) -> bool:
    """Every figure of the total is the sum of the rows' figures in its column (to a unit of rounding)."""
    checked = False
    for c, value in enumerate(total.values):
        parts = [r.values[c] for r in rows if c < len(r.values) and r.values[c] is not None]
        if value is None or not parts:
            continue
        if abs(value - sum(parts, Decimal(0))) > 1:
            return False
        checked = True
    return checked and len(rows) > 1


def parents(doc: LoadedDocument, rows: list[Row]) -> list[Row]:
    """Rows indented under a row with figures (a committee's own total above its activities) get it as section;
    so does a row that says it is a part of the row above ("Antal tillsvidareanställda" over "varav kvinnor"):
    it counts what its whole counts, and is a part of it, not a row of its own (`breakdowns`)."""
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
    return breakdowns(out)


def breakdowns(rows: list[Row]) -> list[Row]:
    """A row opening with "varav", "därav" or "of which" is a part of the nearest row above it that is none, in
    its section: that row becomes its innermost section (its measure, "Antal", is the part's too)."""
    out: list[Row] = []
    whole: Row | None = None
    for row in rows:
        if not BREAKDOWN.match(row.label):
            whole = row
        elif whole is not None and row.sections == whole.sections:
            row = replace(row, sections=(*row.sections, whole.label))
        out.append(row)
    return out


def qualify(rows: list[Row]) -> list[Row]:
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
