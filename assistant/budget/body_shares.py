"""The municipality's row of a table splitting a whole between bodies: its name as the municipality's part.

A tax table lists "Kommunen" (or "Kommun", "Bengtsfors kommun") beside the region and a total row ("Total
skattesats"): the row is the municipality's part of what the total measures, which people name by that measure
("kommunal skattesats", "kommunalskatten"), never by the word "kommunen" alone."""
from __future__ import annotations

from assistant.budget.records import Table

MUNICIPALITY_WORDS = frozenset({"kommun", "kommunen"})


def body_share_names(tables: tuple[Table, ...]) -> dict[str, tuple[str, ...]]:
    """label -> names of the municipality's rows of tables whose total row names a measure ("Total skattesats":
    "kommunal skattesats", "kommunens skattesats"). A measure already naming the municipality ("Total
    kommunalskatt") names the whole, no part of it."""
    from assistant.budget.matching import TOTAL_WORDS, tokens

    named: dict[str, set[str]] = {}
    for table in tables:
        total = table.total_row()
        words = tokens(total.label) if total is not None else []
        if len(words) < 2 or words[0] not in TOTAL_WORDS or words[1].startswith("kommun"):
            continue
        measure = " ".join(words[1:])
        for row in table.rows:
            if row is not total and _names_municipality(row.label):
                named.setdefault(row.label, set()).update({f"kommunal {measure}", f"kommunens {measure}"})
    return {label: tuple(sorted(names)) for label, names in named.items()}


def _names_municipality(label: str) -> bool:
    """The label names the municipality itself: "Kommunen", "Kommun", "Bengtsfors kommun"."""
    from assistant.budget.matching import tokens
    from assistant.understand.words import names_municipality

    words = tokens(label)
    return bool(words) and words[-1] in MUNICIPALITY_WORDS and all(names_municipality(w) for w in words[:-1])
