"""The Markdown export and the feedback records."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from core.types import Answer
from assistant.ui.conversation import Turn, history
from assistant.ui.export import conversation_markdown
from assistant.ui.feedback import append_feedback, feedback_record
from tests.ui.conftest import change_answer

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=timezone.utc)


def test_export_lists_answer_calculation_and_sources():
    turns = [Turn("t1", "Hur mycket ökar Socialnämnden?", answer=change_answer("Hur mycket ökar Socialnämnden?")),
             Turn("t2", "Och kultur?", error="Chroma-servern svarar inte.")]
    md = conversation_markdown(turns, "sv", now=NOW)
    assert md.startswith("# Samtal med Fråga kommunen\n\n_Exporterat 2026-11-24 10:00 UTC_")
    assert "## Fråga 1\n\nHur mycket ökar Socialnämnden?" in md
    assert "Uträkning: `213 162 - 205 172 = 7 990 tkr; 7 990 / 205 172 = 3,9 %`" in md
    assert "- Socialnämnden, Budget 2021: 205 172 tkr [1]" in md
    assert "[1] Budget 2021-2023, 2020, Budget (corpus/budget.txt)\n   > Socialnämnden 205 172 209 559 213 162" in md
    assert "## Fråga 2\n\nOch kultur?\n\n### Svar\n\nChroma-servern svarar inte." in md


def test_export_marks_related_passages_of_a_refusal():
    refused = change_answer("q")
    refused = Answer(question="q", answer="Finns inte.", refused=True, related=refused.citations)
    md = conversation_markdown([Turn("t", "q", answer=refused)], "sv", now=NOW)
    assert "**Närliggande avsnitt (inte belägg för ett svar)**" in md and "**Källor**" not in md


def test_feedback_lines_append(tmp_path: Path):
    answer = change_answer("Hur mycket?")
    path = append_feedback(tmp_path / "d", feedback_record("m1", answer, 1, now=NOW))
    append_feedback(tmp_path / "d", feedback_record("m1", answer, 1, "  bra  ", now=NOW))
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert path == tmp_path / "d" / "feedback.jsonl"
    assert lines[0] == {**lines[0], "timestamp": "2026-11-24T10:00:00+00:00", "message_id": "m1",
                        "question": "Hur mycket?", "rating": "up", "comment": ""}
    assert lines[1]["comment"] == "bra" and lines[1]["citations"][0]["n"] == 1


def test_history_is_the_earlier_questions_oldest_first():
    assert history([Turn("a", "Första"), Turn("b", "Andra")]) == ("Första", "Andra")


def test_build_filters_only_narrowing_choices():
    from assistant.ui.sidebar import build_filters

    assert build_filters([], ["a", "b"], (2020, 2024), (2020, 2024)) is None
    assert build_filters(["a", "b"], ["a", "b"], None, None) is None
    assert build_filters(["a"], ["a", "b"], (2021, 2023), (2020, 2024), ["x.txt"]) == {
        "docs": ["x.txt"], "doc_type": ["a"], "year_from": 2021, "year_to": 2023}
    assert build_filters([], ["a"], None, None, (), ["Lerum", "Alingsås"]) == {"municipality": ["Alingsås", "Lerum"]}


def test_export_writes_each_turn_in_its_language_and_the_verdict_once():
    from tests.ui.conftest import budget_citation

    claim = Answer(question="Is it true?", verdict="contradicted", language="en", citations=(budget_citation(),),
                   answer="Contradicted: the package was 5.4 million kronor [1].", notes=("Amounts in tkr.",))
    md = conversation_markdown([Turn("t1", "Is it true?", answer=claim)], "sv", now=NOW)
    assert "## Question 1" in md and "**Sources**" in md and "Källor" not in md
    assert "**Contradicted**\n\nThe package was 5.4 million kronor [1].\n\n_Amounts in tkr._" in md
    assert md.startswith("# Samtal med Fråga kommunen")  # the file itself follows the page's language
