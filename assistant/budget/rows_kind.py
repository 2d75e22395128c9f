"""What a table's rows are, as its label column's header or its title says ("| Verksamhetsområde | Budget 2024 |",
"Prognos per verksamhetsområde", "Driftbudget per nämnd", "Projekt ..."): a question asking which of them
("vilket verksamhetsområde har störst underskott mot budget?", "which project costs most?") asks among that
table's rows, though it names none of them.

    tables_of_rows_asked(question, tables)  # the tables whose rows are the kind the question asks which of
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.budget.matching import stem, tokens
from assistant.budget.records import Table
from assistant.understand.words import determined_nouns

MIN_KIND = 5  # letters of the shortest word taken for the rows' kind ("nämnd", "projekt")
PER = re.compile(r"\bper\s+([^\W\d_]+)", re.IGNORECASE)  # "Prognos per verksamhetsområde"


def rows_kind(table: Table) -> frozenset[str]:
    """Stems of the words naming what the table's rows are: its label column's header (the header's text before its
    first column label) and the word after "per" in its title."""
    return frozenset(stem(w) for w in PER.findall(table.title) if len(w) >= MIN_KIND) | labelled_as(table)


def labelled_as(table: Table) -> frozenset[str]:
    """Stems of the words of the table's label column's header ("| Verksamhet | Intäkter | ..."): what its rows are.
    (A title's "per X" may name a measure's unit instead: "Nettokostnad per invånare".)"""
    if table.header is None:
        return frozenset()
    first = table.header.quote.split("\n", 1)[0]
    cells = [c.strip() for c in first.strip().strip("|").split("|")] if "|" in first else \
        [c.strip() for c in re.split(r"\s{2,}", first.strip())]
    labels = {c.label for c in table.columns}
    if not cells or not cells[0] or cells[0] in labels or any(ch.isdigit() for ch in cells[0]):
        return frozenset()
    return frozenset(stem(w) for w in tokens(cells[0]) if len(w) >= MIN_KIND)


def tables_of_rows_asked(question: str, tables: Sequence[Table]) -> tuple[Table, ...]:
    """The tables whose rows are of the kind the question asks which of ("vilket verksamhetsområde ...", "which
    projects ..."); () when it asks which of no such kind."""
    asked = {stem(w) for w in determined_nouns(question) if len(w) >= MIN_KIND}
    if not asked:
        return ()
    return tuple(t for t in tables if asked & rows_kind(t))
