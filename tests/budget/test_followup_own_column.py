"""A follow-up asking a measure of its own reads its own column: the earlier turn's kind of the tables' own, named by
its topic ("Sålda jan–okt" of "hur många tomter sålde ..."), does not hold for "vad kostar tomtmarken där per kvm?"."""
from __future__ import annotations

from assistant.budget.plan import Plan, merge

SOLD = Plan(operation="lookup", rows=("Tallbacken",), years=(2026,), column_kind="Sålda jan–okt",
            topic=("tomt", "såld"))


def test_a_followup_with_a_topic_of_its_own_drops_the_earlier_own_kind_of_column() -> None:
    price = merge(SOLD, Plan(operation="lookup", topic=("tomtmark",)))
    assert price.rows == ("Tallbacken",) and price.years == (2026,) and price.column_kind is None


def test_the_earlier_kind_holds_for_a_followup_naming_no_topic_or_naming_it() -> None:
    assert merge(SOLD, Plan(operation="lookup", years=(2025,))).column_kind == "Sålda jan–okt"
    assert merge(SOLD, Plan(operation="lookup", topic=("såld", "villatomt"))).column_kind == "Sålda jan–okt"


def test_a_common_kind_of_column_holds_whatever_the_followup_names() -> None:
    budget = Plan(operation="lookup", rows=("Socialnämnden",), years=(2025,), column_kind="Budget",
                  topic=("nettokostnad",))
    assert merge(budget, Plan(operation="lookup", topic=("äldreomsorg",))).column_kind == "Budget"
