"""What a figure came to is asked of the plan the question names, or names before: the plan's proposal answers."""
from __future__ import annotations

from assistant.answering.figures import asks_what_came_to


def test_an_outcome_word_asked_of_a_plan_named_before_asks_the_plans_proposal() -> None:
    part = "hur stor utdelning från Alingsås Energi landade den i?"
    merged = f"{part[:-1]} – fick i uppdrag 2023 att ta fram handlingsplanen för välfärdens finansiering?"
    assert asks_what_came_to(part, part)  # alone: what the dividend came to
    assert not asks_what_came_to(part, merged)  # "den" is the plan: its proposal
    assert asks_what_came_to("vad blev det faktiska resultatet 2024?", "vad blev det faktiska resultatet 2024?")
    assert not asks_what_came_to("hur mycket är budgeterat 2025?", "hur mycket är budgeterat 2025?")
