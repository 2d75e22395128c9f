"""Layout robustness of the table readers: the same known tables in many layouts, scored cell by cell.

`python -m evals.table_layouts [-v] [LAYOUT ...]` reads every file of evals/layouts/files/ (rendered by
`evals/layouts/make.py` from the tables in `evals/layouts/spec.py`) through the ingest path, as
`evals.table_snapshot` does, and scores the cells the table reader got against the spec, per layout:

  recall     expected cells found with their row label, column (kind and year) and value
  precision  cells read that are such an expected cell
  unit       of the found cells, those with the right effective unit (mnkr, tkr, %)
  section    of the found cells, those whose row has the right section path
  note       rows with a "Not" whose note was read
  full       expected cells found with unit and section right too

`-v` lists the cells missed and the cells read that match none. Exit 1 when a layout's full score falls below
FLOOR (a regression guard for the readers; raise it as they improve).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from evals.layouts.spec import TABLES, SpecTable, dec, tables_for

FILES = Path(__file__).resolve().parent / "layouts" / "files"
FLOOR = 0.0


def norm(label: str) -> str:
    return " ".join(label.replace("\u00a0", " ").replace("*", "").split()).casefold()


def _key(label: str, year: int | None, kind: str, value: Decimal) -> tuple[str, int | None, str, Decimal]:
    return norm(label), year, kind.casefold(), value


@dataclass
class Score:
    layout: str
    expected: int = 0
    found: int = 0
    read: int = 0
    read_right: int = 0
    unit: int = 0
    section: int = 0
    full: int = 0
    notes: int = 0
    notes_found: int = 0
    missed: list[str] = field(default_factory=list)
    stray: list[str] = field(default_factory=list)
    error: str | None = None

    def ratios(self) -> dict[str, float]:
        def r(a: int, b: int) -> float:
            return a / b if b else 1.0
        return {"recall": r(self.found, self.expected), "precision": r(self.read_right, self.read),
                "unit": r(self.unit, self.found), "section": r(self.section, self.found),
                "note": r(self.notes_found, self.notes), "full": r(self.full, self.expected)}


def expected_cells(tables: Sequence[SpecTable] = TABLES) -> dict[tuple, tuple[str, tuple[str, ...], str]]:
    """{(label, year, kind, value): (unit, sections, shown)} for every figure of the spec."""
    out = {}
    for table in tables:
        for row in table.rows:
            for column, value in zip(table.columns, row.values):
                if value is not None:
                    out[_key(row.label, column.year, column.kind, dec(value))] = (
                        column.unit, tuple(norm(s) for s in row.sections),
                        f"{table.key}: {' › '.join((*row.sections, row.label))} | {column.label} = {value}")
    return out


def score(layout: str, tables: Sequence[Any]) -> Score:
    """One layout's tables (as `extract_figures` read them) against the spec."""
    out = Score(layout)
    known = tables_for(layout)
    expected = expected_cells(known)
    out.expected = len(expected)
    seen: set[tuple] = set()
    for table in tables:
        for cell_row in table.rows:
            for i, column in enumerate(table.columns):
                cell = table.cell(cell_row, i)
                if cell is None:
                    continue
                out.read += 1
                key = _key(cell_row.label, column.year, column.kind, cell.value)
                if key not in expected:
                    out.stray.append(f"{table.title}: {cell_row.path} | {column.label} = {cell.value}")
                    continue
                out.read_right += 1
                if key in seen:
                    continue
                seen.add(key)
                unit, sections, _ = expected[key]
                unit_ok = cell.unit.value == unit
                section_ok = tuple(norm(s) for s in cell_row.sections) == sections
                out.found += 1
                out.unit += unit_ok
                out.section += section_ok
                out.full += unit_ok and section_ok
    out.missed = [shown for key, (_, _, shown) in expected.items() if key not in seen]
    notes = {norm(row.label): row.note for t in known for row in t.rows if row.note}
    out.notes = len(notes)
    read_notes = {norm(row.label): row.note for t in tables for row in t.rows if row.note}
    out.notes_found = sum(1 for label, note in notes.items() if read_notes.get(label) == note)
    return out


def run(names: Sequence[str] = ()) -> list[Score]:
    from evals.table_snapshot import read_tables

    scores = []
    for path in sorted(FILES.iterdir()):
        if names and path.stem not in names:
            continue
        try:
            scores.append(score(path.stem, read_tables(path)))
        except Exception as error:  # noqa: BLE001 - a file the reader cannot read scores nothing, named
            scores.append(Score(path.stem, expected=len(expected_cells(tables_for(path.stem))),
                                error=f"{type(error).__name__}: {error}"))
    return scores


def report(scores: Sequence[Score], verbose: bool = False) -> str:
    names = ("recall", "precision", "unit", "section", "note", "full")
    lines = [f"{'layout':<16}" + "".join(f"{n:>10}" for n in names)]
    for s in scores:
        lines.append(f"{s.layout:<16}" + "".join(f"{v:>10.2f}" for v in s.ratios().values())
                     + (f"  {s.error}" if s.error else ""))
        if verbose:
            lines += [f"    missed {m}" for m in s.missed] + [f"    stray  {m}" for m in s.stray]
    total = Score("ALL", *(sum(getattr(s, f) for s in scores) for f in
                           ("expected", "found", "read", "read_right", "unit", "section", "full", "notes",
                            "notes_found")))
    lines.append(f"{'ALL':<16}" + "".join(f"{v:>10.2f}" for v in total.ratios().values()))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("layouts", nargs="*")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    scores = run(args.layouts)
    print(report(scores, args.verbose))
    return 1 if any(s.ratios()["full"] < FLOOR for s in scores) else 0


if __name__ == "__main__":
    sys.exit(main())
