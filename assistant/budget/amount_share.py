"""An amount the question states, as a share of a row's figure: "Hur stor andel av socialnämndens kommunbidrag 2021
motsvarar omställningspaketet på 5,4 miljoner från 2020?" is 5,4 miljoner kronor against the row's 2021 cell. The
amount is often told by another document (a press release of 2020) than the table's (a budget of 2021–2023): the
question gives it, the table gives the whole. A year said of the amount ("från 2020") dates the amount, not the
cell asked for.

    share_of_amount(question, plan, tables, doc_year)  # an Outcome "amount_share", or None
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant.budget.amounts import AMOUNT, quantity_of
from assistant.budget.execute import Outcome, Refusal, execute, format_amount
from assistant.budget.matching import stem, tokens
from assistant.budget.plan import Plan
from assistant.budget.records import Table
from assistant.budget.units import Unit
from assistant.evidence.amount_stretch import JOINS
from core.years import years_in

SENTENCE_END = re.compile(r"[.!?](?:\s|$)")  # a statement before the question ends its amount's words
ARTICLES = frozenset({"de", "den", "det", "the", "all", "alla", "hela", "samtliga"})
WHOLE_AFTER = frozenset({"av", "of"})


def stated_amount(question: str) -> tuple[Decimal, str, tuple[int, ...]] | None:
    """The one sum of money the question states: (kronor, as written, the years said of it after it up to the next
    joining word: "5,4 miljoner från 2020" -> 2020); None when it states none or several."""
    found = [(m, q) for m in AMOUNT.finditer(question) if (q := quantity_of(m)) is not None and q.unit.is_money]
    if len(found) != 1:
        return None
    match, quantity = found[0]
    ends = [m.start() for m in (JOINS.search(question, match.end()), SENTENCE_END.search(question, match.end())) if m]
    trailing = question[match.end():min(ends, default=len(question))]
    return quantity.value, match.group().strip(), tuple(years_in(trailing))


def _whole_named(question: str, said: str) -> bool:
    """The row is said as the whole of the share, in any form: after "av"/"of" ("andel av socialnämndens
    kommunbidrag"), wherever else a statement before the question names it ("socialnämnden fick ...")."""
    words = tokens(question)
    stems_said, named = [stem(w) for w in words], [stem(w) for w in tokens(said)]
    if not named:
        return False
    for i in range(len(words) - len(named) + 1):
        if stems_said[i:i + len(named)] == named:
            k = i - 1
            while k >= 0 and words[k] in ARTICLES:
                k -= 1
            if k >= 0 and words[k] in WHOLE_AFTER:
                return True
    return False


def share_of_amount(question: str, plan: Plan, tables: tuple[Table, ...], doc_year: int | None) -> Outcome | None:
    """The stated amount as a share of the one row the question names as the whole, in the year(s) said of the row
    (not those said of the amount); None unless a share of one row is asked and the question states one sum of
    money."""
    if plan.operation != "share" or len(plan.rows) != 1 or plan.denominator_with or len(plan.said) != 1 \
            or not _whole_named(question, plan.said[0]):
        return None
    stated = stated_amount(question)
    if stated is None:
        return None
    kronor, written, own_years = stated
    years = tuple(y for y in plan.years if y not in own_years)
    if len(years) > 1 or (plan.years and not years):
        return None
    try:
        looked = execute(replace(plan, operation="lookup", years=years, year_range=False, all_years=False,
                                 percent=False), tables, doc_year)
    except Refusal:
        return None
    if looked.operation != "lookup" or len(looked.cells) != 1 or not looked.cells[0].unit.is_money:
        return None
    cell = looked.cells[0]
    whole = cell.value * cell.unit.factor
    if whole <= 0:
        return None
    result = kronor / whole * Decimal(100)
    lang = plan.language
    written = re.sub(r"\s+", " ", written)
    expression = (f"{written} / {format_amount(cell.value, cell.unit.value, lang)} = "
                  f"{format_amount(result, Unit.PERCENT.value, lang)}")
    return replace(looked, operation="amount_share", result=result, unit=Unit.PERCENT.value, expression=expression,
                   secondary=())
