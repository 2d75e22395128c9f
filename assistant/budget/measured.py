"""The measure a question asks beyond a committee's frame, and the measures a table holds (evidence/near_miss.measures
over data/measures.json: a saving, an investment, a result, a debt ...). "hur mycket ska socialnämnden spara" asks a
saving: an operating budget's row for the committee holds its frame, another measure."""
from __future__ import annotations

from assistant.budget.records import Row, Table
from assistant.evidence.near_miss import measures

# what a table of committees' rows measures whether or not its title says so: their frames
FRAME_MEASURES = frozenset({"drift"})


def asked_measures(text: str) -> frozenset[str]:
    """The measures the text asks that are no committee's frame ("spara": {"besparing"}; "ram": none)."""
    return measures(text) - FRAME_MEASURES


def table_measures(table: Table, row: Row | None = None) -> frozenset[str]:
    """The measures the table's title, its columns' labels and the row's label name."""
    return measures(" ".join((table.title or "", row.label if row is not None else "",
                              *(c.label for c in table.columns))))
