"""A table row quoted as evidence, read with its table's header: a row's cells are of its columns' years.

"| Besök i biblioteket | 41250 | 43980 | 29410 |" names no year; the header "| Mått | 2024 | 2025 | Jan–aug 2026 |"
above it in the same passage says its cells are of 2024, 2025 and 2026. Rows are pipe-table lines (what the
readers write for html, docx and xlsx tables), tab-separated lines, or PDF lines whose cells stand apart by runs of
spaces. The header is the nearest line above the row, within the same table, whose numbers are all years.

    header_years(sentence) -> set[int]   # empty when the sentence is no table row or its header names no year
    header_columns(sentence) -> list[tuple[str | None, int]]   # each column's kind ("Prognos") and year, in order
    row_states_outcome(sentence, years) -> bool | None          # None when the row's columns cannot be read
"""
from __future__ import annotations

import re

from assistant.evidence.headings import lines_above
from assistant.evidence.sentences import Sentence
from core.years import YEAR

NUMBER = re.compile(r"(?<![\w,.])\d[\d\s\u00a0]*(?:[,.]\d+)?(?![\w])")
RULE = re.compile(r"^[\s|:\-–—+=]*$")  # "|---|---|" and other table rules


GAP = re.compile(r" {2,}")
# a figure, a percentage, a dash, or a negative figure in accounting's parentheses ("(3 260)")
FIGURE_CELL = re.compile(r"^[−–+-]?\s?\d[\d\s\u00a0]*(?:[,.]\d+)?\s*%?$|^[−–-]$|^\(\d[\d\s\u00a0]*(?:[,.]\d+)?\)$")


def is_table_line(line: str) -> bool:
    """A line laid out as table cells: a pipe-table line, tab-separated cells, or a label and figures apart by runs
    of spaces ("Ny förskola Strömsund      22 000     9 870"). A PDF's justified prose has runs of spaces between
    its words too ("Den  30  juni  2025  hade  kommunen"), but words among its cells."""
    text = line.strip()
    if text.startswith("|") or "\t" in text:
        return True
    cells = [c for c in GAP.split(text) if c]
    return len(cells) >= 2 and all(FIGURE_CELL.match(c) for c in cells[1:])


def _is_header_line(line: str) -> bool:
    """A table line, or cells apart by runs of spaces whose numbers are all years ("Projekt    Budget 2025")."""
    return is_table_line(line) or (len([c for c in GAP.split(line.strip()) if c]) >= 2 and _only_years(line))


def _only_years(line: str) -> bool:
    """Every number of the line is a year, and there is at least one ("| Mått | 2024 | 2025 | Jan–aug 2026 |")."""
    years = YEAR.findall(line)
    if not years:
        return False
    rest = YEAR.sub(" ", line)
    return not any(m.group().strip() for m in NUMBER.finditer(rest))


def header_years(s: Sentence) -> set[int]:
    """The years of the header of the table the sentence is a row of (see the module doc); empty otherwise."""
    if not is_table_line(s.text):
        return set()
    for line in lines_above(s):
        if not line.strip() or RULE.match(line):
            continue
        if not _is_header_line(line):
            return set()  # the table ended above the row without a header naming years
        if _only_years(line):
            return {int(y) for y in YEAR.findall(line)}
    return set()


CELLS = re.compile(r"\s*\|\s*|\t+| {2,}")


def row_label(line: str) -> str:
    """The label of a table row: its first cell, when the line is a table row and that cell is words
    ("Besök i biblioteket" of "| Besök i biblioteket | 41250 | 43980 |"); "" otherwise."""
    if not is_table_line(line):
        return ""
    cells = [c for c in CELLS.split(line.strip()) if c.strip()]
    if len(cells) < 2 or not re.search(r"[^\W\d_]", cells[0]) or NUMBER.search(YEAR.sub(" ", cells[0])):
        return ""
    return cells[0].strip()


def header_columns(s: Sentence) -> list[tuple[str | None, int]]:
    """The kind and year of each column of the table the sentence is a row of, when its header says both: a line
    of years under a line naming as many kinds ("Not  Bokslut  Budget  Prognos" over "2025  2026  2026"), or cells
    naming each ("Utfall 2024 | Budget 2025"). [] when the sentence is no table row or its header says no kinds."""
    if not is_table_line(s.text):
        return []
    lines = [line for line in lines_above(s) if line.strip() and not RULE.match(line)]
    for i, line in enumerate(lines):
        if not _is_header_line(line):
            return []
        if _only_years(line):
            years = [int(y) for y in YEAR.findall(line)]
            own = [_kinds(cell) for cell in CELLS.split(line.strip()) if YEAR.search(cell)]
            if len(own) == len(years) and all(len(k) == 1 for k in own):  # "Utfall 2024 | Budget 2025"
                return [(k[0], y) for k, y in zip(own, years)]
            # the columns of figures are the header's last cells: a label or note column ("Not") comes first
            above = [c for c in CELLS.split(lines[i + 1].strip()) if c] if i + 1 < len(lines) else []
            kinds = [k[0] if len(k) == 1 else None for k in map(_kinds, above[len(above) - len(years):])]
            return list(zip(kinds, years)) if len(above) >= len(years) and any(kinds) else []
    return []


def _kinds(text: str) -> list[str | None]:
    """The column kinds the words of a header cell name, in order, outcomes and estimates as families."""
    from assistant.budget.columns import family, kind_of_word

    return [family(kind) for w in re.findall(r"[^\W\d_]+", text) if (kind := kind_of_word(w)) is not None]


def row_states_outcome(s: Sentence, years: set[int]) -> bool | None:
    """A table row states an outcome of one of `years` (any year when none is asked): a column of such a year is an
    outcome ("Bokslut 2025"), not a budget, plan or forecast. None when the row's header does not say its columns'
    kinds."""
    from assistant.budget.columns import OUTCOME_KINDS

    columns = header_columns(s)
    if not columns:
        return None
    return any(kind in OUTCOME_KINDS for kind, year in columns if not years or year in years)
