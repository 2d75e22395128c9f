"""Frozen records of the calculator: where a figure comes from, table cells, amounts in text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.budget.units import Unit, measure_headed, measure_in, per_person


@dataclass(frozen=True, slots=True)
class CellSource:
    """Verbatim evidence: `quote == document.text[start:end]` (the row's line or the amount's sentence)."""

    doc_path: str
    title: str
    quote: str
    start: int
    end: int
    page: int | None = None
    doc_type: str = "other"
    date: str | None = None


# a year that runs over New Year, as school and seasons count it: "2024/25", "2024/2025" (läsåret 2024/25)
SPLIT_YEAR = re.compile(r"^((?:19|20)\d\d)\s*/\s*(\d\d|(?:19|20)\d\d)$")


@dataclass(frozen=True, slots=True)
class Column:
    label: str  # as written: "Budget 2021", "Plan 2022", "2024"; "2024/25" (year: the one it starts in)
    year: int | None
    kind: str = ""  # "Budget", "Plan", "Utfall", "Prognos", "Bokslut"; "" when the header holds only a year;
    # for a column without a year its label's word: "Avvikelse", "Förändring"
    unit: Unit | None = None  # a column's own unit when it differs from the table's ("Förändring %")

    @property
    def year_said(self) -> str:
        """The year as an answer says it: "2022"; a year over New Year as written ("2024/25"); "" without one."""
        if self.year is None:
            return ""
        return self.label if SPLIT_YEAR.match(self.label) else str(self.year)


@dataclass(frozen=True, slots=True)
class Row:
    label: str  # without markup: "Finansnetto"
    values: tuple[Decimal | None, ...]  # one per column, as written (in the table's effective unit)
    is_total: bool
    source: CellSource
    sections: tuple[str, ...] = ()  # the label-only rows above it, outermost first: ("Familjenämnd",)
    note: str | None = None  # the row's cell in a "Not" column

    @property
    def path(self) -> str:
        """"Familjenämnd › Individ- och familjeomsorg" (the label alone outside sections)."""
        return " › ".join(self.sections + (self.label,))

    @property
    def measure(self) -> Unit | None:
        """The unit the row's label names for its figures, else the one its nearest section names: "Samtliga
        nämnder" under "Sjukfrånvaro bland kommunens medarbetare, %" is a percentage. None: the table's unit."""
        return next((unit for name in (self.label, *reversed(self.sections)) if (unit := measure_in(name))), None)


def rounding_tolerance(parts: int) -> Decimal:
    """How far a printed total may miss the sum of its `parts` printed rows, in the unit they are written in: each
    part may be rounded by half a unit (at least 1: "totals differ from their rows by 1 tkr")."""
    return max(Decimal(1), (Decimal(parts) / 2).to_integral_value(rounding="ROUND_FLOOR"))


@dataclass(frozen=True, slots=True)
class TotalCheck:
    """A stated total compared with the sum of the rows it summarises, for one column."""

    row_label: str
    column: str
    stated: Decimal
    computed: Decimal
    parts: tuple[str, ...]  # labels of the rows (or subtotals) that were added

    @property
    def difference(self) -> Decimal:
        return self.stated - self.computed

    @property
    def tolerance(self) -> Decimal:
        return rounding_tolerance(len(self.parts))

    @property
    def is_rounding(self) -> bool:
        return 0 < abs(self.difference) <= self.tolerance


@dataclass(frozen=True, slots=True)
class Cell:
    """One figure of a table with everything needed to cite it."""

    table_id: str
    table_title: str
    row_label: str
    column: Column
    value: Decimal  # in `unit`
    unit: Unit  # effective unit (after the magnitude check)
    stated_unit: Unit | None
    is_total: bool
    source: CellSource
    header: CellSource | None = None  # the table's header line(s): what names the cell's column, for the reader

    @property
    def kronor(self) -> Decimal:
        return self.value * self.unit.factor if self.unit.is_money else self.value


@dataclass(frozen=True, slots=True)
class Table:
    id: str  # "<doc path>#<n>", stable across re-ingests of the same text
    title: str  # the heading line above the table: "Driftsbudget"
    doc_path: str
    stated_unit: Unit | None  # what the header says
    unit: Unit  # what the magnitudes say (equal to stated_unit unless the check overruled it)
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    unit_note: str | None = None  # Swedish note when `unit != stated_unit`
    checks: tuple[TotalCheck, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. a total whose parts could not be found
    municipality: str | None = None  # the document's municipality (tables of two never mix in one sum)
    header: CellSource | None = None  # the header line(s) as written, cited beside a cell's row

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({c.year for c in self.columns if c.year is not None}))

    def cell(self, row: Row, column_index: int) -> Cell | None:
        value = row.values[column_index]
        if value is None:
            return None
        column = self.columns[column_index]
        own = column.unit or self.row_measure(row)  # "Förändring %"; "Soliditet, %", "Antal elever"
        return Cell(self.id, self.title, row.label, column, value, own or self.unit,
                    None if own else self.stated_unit, row.is_total, row.source, self.header)

    def row_measure(self, row: Row) -> Unit | None:
        """The unit a row's own words name for its figures (Row.measure), else, outside a budget of money (a table
        whose title names an operating, investment, result or balance budget), the count a measure noun heading its
        label names ("Utförda hemtjänsttimmar" among statistics; "Lekplatser" in an investment budget is money).
        None: the table's unit."""
        from assistant.budget.matching import table_kind_of  # matching reads these records

        if row.measure is not None:
            return row.measure
        if self.stated_unit is None and per_person(row.label):
            return Unit.KR  # "Nettokostnad per invånare" where no unit is stated: kronor per one, never thousands
        headed = measure_headed(row.label)  # cheap and cached: the table's kind is read only for such a label
        return headed if headed is None or table_kind_of(self) is None else None

    def cells(self) -> list[Cell]:
        out = []
        for row in self.rows:
            for i in range(len(self.columns)):
                cell = self.cell(row, i)
                if cell is not None:
                    out.append(cell)
        return out

    def column_index(self, year: int) -> int | None:
        """The first column of that year holding money (not "Förändring %"), else the year's only column of
        another measure (a share or a count: "Sjukfrånvaro jan–aug 2026")."""
        for i, column in enumerate(self.columns):
            if column.year == year and (column.unit is None or column.unit.is_money):
                return i
        others = [i for i, column in enumerate(self.columns) if column.year == year]
        return others[0] if len(others) == 1 else None

    def parts_of(self, row: Row) -> tuple[Row, ...]:
        """The rows below `row` in the hierarchy: those indented under it (a committee with figures above
        its activities), or, for a section's total ("Summa familjenämnd"), the other rows of its section."""
        if row.is_total and row.sections:
            return tuple(r for r in self.rows if r.sections[:len(row.sections)] == row.sections and not r.is_total)
        if row.is_total and [r for r in self.rows if r.is_total] == [row] and not any(r.sections for r in self.rows):
            return tuple(r for r in self.rows if not r.is_total)  # a flat table's one total sums all its other rows
        return tuple(r for r in self.rows if r.sections and r.sections[-1] == row.label and not r.is_total)

    def top_rows(self) -> tuple[Row, ...]:
        """The rows a question about "the committees" compares: rows outside sections, and for a section that
        has a row of its own (its total, or a row with figures above it) that row instead of its parts.
        Without a hierarchy: every row that is not a total."""
        plain = tuple(r for r in self.rows if not r.is_total)
        if not any(r.sections for r in self.rows):
            return plain
        labels = {r.label for r in self.rows if not r.is_total}
        totalled = {r.sections[0] for r in self.rows if r.is_total and r.sections}
        out = []
        for r in self.rows:
            if not r.sections:
                if not r.is_total:
                    out.append(r)
            elif r.is_total and len(r.sections) == 1:
                out.append(r)  # the section's own figure
            elif not r.is_total and r.sections[0] not in totalled and r.sections[0] not in labels:
                out.append(r)  # a section without a figure of its own: its parts are the entities
        return tuple(out) or plain

    def total_row(self) -> Row | None:
        """The last total row whose label says it sums the table ("Summa ...", "Totalt")."""
        for row in reversed(self.rows):
            if row.is_total and row.label.lower().startswith(("summa", "totalt", "total")):
                return row
        return None

    def checks_for(self, row_label: str, column: str) -> TotalCheck | None:
        for check in self.checks:
            if check.row_label == row_label and check.column == column:
                return check
        return None


@dataclass(frozen=True, slots=True)
class TextAmount:
    """An amount (or percentage) in running text, normalised so it can be an operand."""

    value: Decimal  # kronor for money; the percent number for Unit.PERCENT
    unit: Unit  # the unit it was written in
    stated: Decimal  # the number as written, in `unit`
    text: str  # the amount as written: "4,7 miljoner"
    clause: str  # the part of the sentence around it (split at "och", ",", ";")
    context: tuple[str, ...]  # lower-cased words of the clause, nearest first
    source: CellSource  # quote = the sentence holding the amount
    amount_start: int = 0  # offsets of `text` in the document
    amount_end: int = 0
    per_year: bool = False  # "årligen", "per år", "årlig"
    plus_minus: bool = False  # "+/-2 %"
    lead: str = ""  # the sentence before, when the amount's sentence points back at it ("Kostnaden för dem ...")
    # the paragraph introducing the list the amount is an item of ("... effektiviseringar om totalt 8,6 miljoner
    # kronor. Kravet fördelas så här:" above "• kultur- och fritidsnämnden 600 000 kronor"): what the item is
    introduction: str = ""
    # the years its paragraph names (its line and the lines wrapped onto it): "Kommunen planerar att låna 10 miljoner
    # kronor under 2025 ... Den långfristiga låneskulden uppgår därefter till 44 miljoner kronor" is of 2025
    years: frozenset[int] = frozenset()
