"""The committees' figure of a measure: "nämndernas totala nettokostnad" names the measure a table of committees is
given in ("Nettokostnad, mnkr" over "Kommunstyrelsen ... Summa nämnder"), not the income statement's row of that
word ("Verksamhetens nettokostnader"); its figure is the row summing the committees."""
from __future__ import annotations

from dataclasses import replace

from assistant.budget.matching import committee_mentions, inflects, stem, tokens
from assistant.budget.plan import GENERIC_COMMITTEE, Plan
from assistant.budget.records import Table
from assistant.budget.units import PER_UNIT

# operations reading one figure of the row (or its change): a ranking or a share keeps the committees as its rows
ONE_FIGURE = (None, "lookup", "difference", "change", "percent_change")


def committees_measured(plan: Plan, tables: tuple[Table, ...]) -> tuple[Plan, tuple[Table, ...]] | None:
    """(the plan reading the committees' total, the tables of committees measured by the words said of the row and
    holding every year asked) when the question speaks of the committees as a whole and names one row that is no
    committee, by words the header or title of a table of committees states ("Nettokostnad, mnkr"); None
    otherwise."""
    from assistant.budget.execute import committees_total

    if not plan.committees_only or plan.operation not in ONE_FIGURE or len(plan.rows) != 1 or \
            len(plan.said) != 1 or committee_mentions(plan.rows[0]) or committee_mentions(plan.said[0]) or \
            PER_UNIT.search(plan.said[0]):
        return None  # a rate ("nettokostnad per invånare") is a column of its own beside the committees' sums
    said = [w for w in tokens(plan.said[0]) if not GENERIC_COMMITTEE.fullmatch(w)]  # "nämnden" names no measure
    years = plan.years or (None,)
    found: list[tuple[Table, str]] = []
    for table in tables:
        words = tokens(f"{table.title or ''} {table.header.quote if table.header else ''}")
        if not said or not all(_said_in(w, words) for w in said) or not all(y in table.years for y in plan.years):
            continue
        totals = {row.label for y in years for year in ((y,) if y else table.years)
                  if (row := committees_total(table, year)) is not None}
        if len(totals) == 1:
            found.append((table, totals.pop()))
    labels = {label for _, label in found}
    if len(labels) != 1:
        return None
    return replace(plan, rows=(labels.pop(),)), tuple(t for t, _ in found)


def _said_in(word: str, words: list[str]) -> bool:
    """The word is one of `words` by stem or as an inflected form ("nettokostnader" of "Nettokostnad")."""
    return any(stem(word) == stem(w) or inflects(word, w) for w in words)
