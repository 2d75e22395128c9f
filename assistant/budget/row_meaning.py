"""A row named by meaning: when no word of a question asking a figure names a row of the tables, in its own words nor
in Swedish through the glossary ("street lighting" is no word of "Gatubelysning, byte till LED"), the row whose label
the embedder finds nearest to the question's topic, when it stands clearly apart from every other label.

The similarity is a function given by the caller (assistant/answering/figures.py: the index's embedder, its label
vectors kept), so the calculator imports no model: `similarity(topic, labels) -> one score per label`.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.budget.plan import Plan
from assistant.budget.records import Table

Similarity = Callable[[str, Sequence[str]], Sequence[float]]

# A multilingual E5 model scores most pairs of short texts between 0.75 and 0.85: a label names the topic when it
# is near it and nearer than the next label by a clear gap. Calibrated on the dev questions asking a figure that
# name no row in words: a row the topic names in another language stands 0.04 or more above the next label, labels
# that merely share a field ("kostnader", "nämnd") stand within 0.03 of each other.
MIN_SIMILARITY = 0.84
MIN_MARGIN = 0.035


def row_by_meaning(topic: Sequence[str], tables: Sequence[Table], similarity: Similarity) -> str | None:
    """The one row label of `tables` the topic's words name by meaning, or None when no label stands apart."""
    labels = sorted({row.label for table in tables for row in table.rows if not row.is_total})
    if not topic or len(labels) < 2:
        return None
    scores = [float(s) for s in similarity(" ".join(topic), labels)]
    ranked = sorted(zip(scores, labels), reverse=True)
    (best, label), (second, _) = ranked[0], ranked[1]
    if best < MIN_SIMILARITY or best - second < MIN_MARGIN:
        return None
    return label


def named_by_meaning(plan: Plan, topic: Sequence[str], tables: Sequence[Table], similarity: Similarity) -> Plan:
    """The plan with the row its topic names by meaning, when it asks a figure and names no row in words."""
    if not plan.intent or plan.rows or plan.unknown or plan.table_kind:
        return plan
    label = row_by_meaning(topic, tables, similarity)
    if label is None:
        return plan
    return replace(plan, rows=(label,), said=(" ".join(topic),))
