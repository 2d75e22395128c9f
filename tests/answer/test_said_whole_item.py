"""What a document said about a thing is the whole list item or short paragraph it says it in."""
from __future__ import annotations


def test_what_a_budget_said_about_a_topic_is_its_whole_item(assistant) -> None:
    answer = assistant.ask("vad sa S i sin budget om lokalplaneringen?")
    quotes = " ".join(c.quote for c in answer.citations)
    assert "fullt ut centraliseras" in quotes and "lokalplaneringsenhet" in quotes
