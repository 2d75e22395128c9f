"""Sweep the refusal threshold (assistant.compose.answer.REFUSE_BELOW) over answerable and unanswerable questions.

    KOMMUN_DATA_DIR=... .venv/bin/python -m tests.answer.refusal_sweep

Prints, per threshold, the share of answerable questions refused (target <= 1/25) and of unanswerable
questions refused (target >= 7/8). Used by tests/answer/test_calibration.py on the fake-embedder index.
"""
from __future__ import annotations

from collections.abc import Iterable

from assistant.compose import answer as answer_module

THRESHOLDS = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75)


def refusal_rates(assistant, answerable: list[dict], unanswerable: list[dict], threshold: float) -> dict:
    saved = answer_module.REFUSE_BELOW
    answer_module.REFUSE_BELOW = threshold
    try:
        wrong = [q["id"] for q in answerable if assistant.ask(q["question"], history=q.get("history") or ()).refused]
        missed = [q["id"] for q in unanswerable
                  if not assistant.ask(q["question"], history=q.get("history") or ()).refused]
    finally:
        answer_module.REFUSE_BELOW = saved
    return {"threshold": threshold,
            "answerable_refused": len(wrong) / max(len(answerable), 1),
            "unanswerable_refused": 1 - len(missed) / max(len(unanswerable), 1),
            "wrongly_refused": wrong, "not_refused": missed}


def sweep(assistant, answerable: list[dict], unanswerable: list[dict],
          thresholds: Iterable[float] = THRESHOLDS) -> list[dict]:
    return [refusal_rates(assistant, answerable, unanswerable, t) for t in thresholds]


def main() -> None:
    from assistant.build import open_assistant
    from core.settings import Settings
    from tests.answer.calibrate import load_eval_sets, load_set

    assistant = open_assistant(Settings.from_env())
    answerable, unanswerable = load_eval_sets()
    answerable += load_set("dev_questions.jsonl")
    unanswerable += load_set("dev_unanswerable.jsonl")
    print(f"{len(answerable)} answerable, {len(unanswerable)} unanswerable; current {answer_module.REFUSE_BELOW}")
    for row in sweep(assistant, answerable, unanswerable):
        print(f"{row['threshold']:.2f}  answerable refused {row['answerable_refused']:.3f}  "
              f"unanswerable refused {row['unanswerable_refused']:.3f}  {row['wrongly_refused'][:6]} "
              f"{row['not_refused'][:6]}")


if __name__ == "__main__":
    main()
