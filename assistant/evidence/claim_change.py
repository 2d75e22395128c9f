"""A claimed figure that a sentence states only as the start of a change: "borgensramen höjs från 160 miljoner
kronor till 185 miljoner kronor" makes 185 miljoner what the thing comes to, and 160 miljoner what it was. A claim
giving the thing the start figure ("får kommunal borgen på 160 miljoner kronor") is contradicted by the end figure,
unless the claim itself speaks of the change or of the earlier figure ("från 160 miljoner", "tidigare"), or the
start figure is said of a year of its own ("från -14,3 miljoner kronor förra året till ...": each year its figure).
"""
from __future__ import annotations

import re

from assistant.evidence.claim_figures import Figure, figures_in

# "från 160 miljoner kronor till 185 miljoner kronor", "from 10 to 12 million": the start figure right after "från",
# the end figure right after "till"
_FROM = re.compile(r"\b(?:från|from)\s+(?:[^\W\d_]+\s+)?$", re.I)
_TO = re.compile(r"^\s*(?:till|to)\s+(?:[^\W\d_]+\s+)?$", re.I)
# a claim speaking of the change or of the earlier figure
_EARLIER = re.compile(r"\b(?:från|from|tidigare|förut|previously|earlier|formerly)\b", re.I)


def changed_to(claim: str, spots: list[Figure], text: str) -> Figure | None:
    """The end figure of the change `text` states when each of `spots` (its figures stating the claimed amount) is
    the start of a change to another figure of its kind and the claim says nothing of a change or an earlier
    figure; None otherwise."""
    from core.years import years_in

    if not spots or _EARLIER.search(claim):
        return None
    figures = [f for f in figures_in(text) if f.at >= 0]
    ends = []
    for spot in spots:
        after = [f for f in figures if f.at > spot.at]
        end = after[0] if after else None
        if end is None or end.kind != spot.kind or end.value == spot.value:
            return None
        between = text[spot.at + len(spot.written):end.at]
        if not _FROM.search(text[:spot.at]) or not _TO.match(between) or years_in(between):
            return None
        ends.append(end)
    return ends[0]
