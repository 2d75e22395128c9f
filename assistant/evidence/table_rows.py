"""A table row quoted as evidence, read with its table's header: a row's cells are of its columns' years.

"| Besök i biblioteket | 41250 | 43980 | 29410 |" names no year; the header "| Mått | 2024 | 2025 | Jan–aug 2026 |"
above it in the same passage says its cells are of 2024, 2025 and 2026. Rows are pipe-table lines (what the
readers write for html, docx and xlsx tables), tab-separated lines, or PDF lines whose cells stand apart by runs of
spaces. The header is the nearest line above the row, within the same table, whose numbers are all years.

    header_years(sentence) -> set[int]   # empty when the sentence is no table row or its header names no year
"""
from __future__ import annotations

import re

from assistant.evidence.headings import lines_above
from assistant.evidence.sentences import Sentence
from core.years import YEAR

NUMBER = re.compile(r"(?<![\w,.])\d[\d\s\u00a0]*(?:[,.]\d+)?(?![\w])")
RULE = re.compile(r"^[\s|:\-–—+=]*$")  # "|---|---|" and other table rules


GAP = re.compile(r" {2,}")
FIGURE_CELL = re.compile(r"^[−–+-]?\s?\d[\d\s\u00a0]*(?:[,.]\d+)?\s*%?$|^[−–-]$")


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
