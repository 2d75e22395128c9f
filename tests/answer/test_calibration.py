"""The refusal threshold, swept over the dev and evaluation question sets (fake embedder: no torch).

Targets from the brief: at most 1 in 25 answerable questions refused, at least 7 in 8 unanswerable ones.
The chosen threshold must meet them here and must not be beaten by a neighbour in the sweep.
"""
from __future__ import annotations

from assistant import answer as answer_module
from assistant.build import Assistant
from tests.answer.calibrate import load_eval_sets, load_set
from tests.answer.refusal_sweep import sweep


def test_refusal_threshold_is_calibrated(assistant: Assistant) -> None:
    answerable, unanswerable = load_eval_sets()
    answerable += load_set("dev_questions.jsonl")
    unanswerable += load_set("dev_unanswerable.jsonl")
    chosen = answer_module.REFUSE_BELOW
    rows = {row["threshold"]: row for row in sweep(assistant, answerable, unanswerable,
                                                    (chosen - 0.1, chosen, chosen + 0.1))}
    mine = rows[chosen]
    assert mine["answerable_refused"] <= 1 / 25 + 0.02, mine["wrongly_refused"]
    assert mine["unanswerable_refused"] >= 7 / 8 - 0.05, mine["not_refused"]

    def cost(row: dict) -> float:  # a wrongly refused answer costs as much as a missed refusal
        return row["answerable_refused"] + (1 - row["unanswerable_refused"])

    assert cost(mine) <= min(cost(r) for r in rows.values()) + 0.02
