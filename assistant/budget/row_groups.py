"""The rows of one table whose labels share a word the question names (by stem) and no row's name holds: "hur mycket
fick föreningarna i Skänninge sammanlagt" sums every row "Skänninge IK (Skänninge, Aktivitetsstöd)", "Skänninge
Hembygdsförening (Skänninge, Kulturbidrag)", ... of the grants table, not the one row "föreningarna" found.

Only for a sum, only a word said whole in at least two and not all of one table's rows, never a word naming a kind
of table ("nässjös investeringar sammanlagt": the investment budget's total, not its rows "IT-investeringar ..." and
"Övriga investeringar"), and only when exactly one such group exists (in the table of the rows the question's other
words found, when it has found some): a word in several tables or two words giving two groups leave the plan as it
was.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from assistant.budget.matching import stem, stems, table_words, tokens
from assistant.budget.plan import GENERIC_COMMITTEE, Plan
from assistant.budget.records import Table
from assistant.budget.topics import STOP

MIN_WORD = 4


def group_of(question: str, plan: Plan, tables: Sequence[Table]) -> tuple[Table, tuple[str, ...]] | None:
    """The one table and its rows whose labels hold a word of the question no matched row's words hold."""
    said = {w for s in plan.said for w in s.split()}
    # "nämnderna" names the committees (their rows or their total), no group of rows sharing a word
    words = {stem(w) for w in tokens(question) if len(w) >= MIN_WORD and w.isalpha() and w not in STOP
             and w not in said and w not in table_words() and not GENERIC_COMMITTEE.fullmatch(w)}
    groups = []
    for table in tables:
        plain = [r for r in table.rows if not r.is_total]
        found = set()  # "gång- och cykelvägar": both words name the same rows, one group
        for word in words:  # by stem: "cykelvägar" names "Gång- och cykelväg Vibjörnsbacken"
            named = [r for r in plain if word in stems(r.label)]
            rows = tuple(r.label for r in named)
            # rows measuring one thing ("Elever i åk 9 behöriga, %" and "Kostnad per elev, kr" are no group)
            if 2 <= len(rows) < len(plain) and rows not in found and len({table.row_measure(r) for r in named}) == 1:
                found.add(rows)
                groups.append((table, rows))
    if plan.rows:  # the table of the row the question's other words found ("föreningarna")
        groups = [g for g in groups if any(r.label in plan.rows for r in g[0].rows)]
    return groups[0] if len(groups) == 1 else None


def grouped_rows(question: str, plan: Plan, tables: Sequence[Table]) -> Plan:
    """The plan summing the rows of the question's group, when it asks for a sum and names one; else as it was."""
    if plan.operation != "sum":
        return plan
    found = group_of(question, plan, tables)
    return plan if found is None else replace(plan, rows=found[1])
