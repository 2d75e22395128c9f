"""The answerability calibration: a logistic fit that recovers known weights, the cutoff choice, reliability."""
from __future__ import annotations

import numpy as np

from assistant.evidence.answerability import DIRECTION, FEATURES
from evals.calibrate import choose_cutoff, fit_logistic, fit_signed, half
from evals.reliability import reliability_table


def test_fit_recovers_the_direction_of_known_weights() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(2000, 3))
    true_w, true_b = np.array([2.0, -1.5, 0.0]), 0.5
    y = (rng.random(2000) < 1 / (1 + np.exp(-(x @ true_w + true_b)))).astype(float)
    w, b = fit_logistic(x, y, l2=0.01)
    assert w[0] > 1.5 and w[1] < -1.0 and abs(w[2]) < 0.2 and abs(b - 0.5) < 0.2


def test_cutoff_balances_both_kinds_of_error_and_answers_on_ties() -> None:
    p = np.array([0.1, 0.2, 0.6, 0.7, 0.9])
    y = np.array([0, 0, 1, 1, 1])
    assert 0.2 < choose_cutoff(p, y) <= 0.6
    assert choose_cutoff(np.array([0.5, 0.5]), np.array([1, 0])) == 0.05  # a tie: answer rather than refuse


def test_cutoff_never_refuses_more_answerable_questions_than_the_target() -> None:
    p = np.array([0.3] * 10 + [0.9] * 90 + [0.2] * 20)
    y = np.array([1] * 100 + [0] * 20)
    cutoff = choose_cutoff(p, y)
    assert cutoff <= 0.3  # refusing the ten 0.3s would refuse 10 % of the answerable ones


def test_reliability_bins_count_and_average() -> None:
    rows = reliability_table(np.array([0.1, 0.15, 0.9, 0.95]), np.array([0, 1, 1, 1]), bins=2)
    assert rows == [{"p": "0.0-0.5", "n": 2, "mean_p": 0.125, "answerable": 0.5},
                    {"p": "0.5-1.0", "n": 2, "mean_p": 0.925, "answerable": 1.0}]


def test_reliability_puts_a_probability_of_one_in_the_last_band_and_skips_empty_bands() -> None:
    rows = reliability_table([1.0, 0.05], [True, False], bins=5)
    assert [(r["p"], r["n"], r["answerable"]) for r in rows] == [("0.0-0.2", 1, 0.0), ("0.8-1.0", 1, 1.0)]


def test_halves_are_stable_and_both_used() -> None:
    ids = [f"q-{i}" for i in range(200)]
    assert [half(i) for i in ids] == [half(i) for i in ids]
    assert 60 < sum(half(i) == "A" for i in ids) < 140


def test_a_weight_that_would_flip_against_its_feature_is_left_out() -> None:
    # x1 carries the signal; x2 is x1 plus noise and both push up, yet an unconstrained fit on such
    # overlapping features can give x2 a negative weight: the signed fit drops it instead.
    rng = np.random.default_rng(3)
    x1 = rng.normal(size=3000)
    x2 = x1 + 0.3 * rng.normal(size=3000)
    x3 = rng.normal(size=3000)
    y = (rng.random(3000) < 1 / (1 + np.exp(-(3.0 * x1 - 1.0 * x2 - 1.0 * x3)))).astype(float)
    x = np.column_stack([x1, x2, x3])
    free, _ = fit_logistic(x, y)
    assert free[1] < 0  # the overlap pulls x2 the wrong way
    w, _ = fit_signed(x, y, np.array([1.0, 1.0, -1.0]), np.ones(3, dtype=bool))
    assert w[1] == 0.0 and w[0] > 0 and w[2] < 0


def test_every_feature_has_a_direction() -> None:
    assert set(DIRECTION) == set(FEATURES) and set(DIRECTION.values()) <= {1, -1}


def test_calibrations_read_no_check_set() -> None:
    """Both refits (answerability and fusion weights) read the tuning half only: a check set's questions
    stay unseen so that what a change gains or loses on them shows whether it generalises."""
    from evals.questions import CHECK_SETS, DEV_DIR, load_sets
    from tests.answer.calibrate import load_eval_sets

    check_ids = {q.id for q in load_sets([DEV_DIR / f"{name}.jsonl" for name in CHECK_SETS])}
    answerable, unanswerable = load_eval_sets()
    read = {row["id"] for row in answerable + unanswerable}
    assert read and not read & check_ids


def test_a_sample_is_stable_and_of_about_the_share() -> None:
    from evals.calibrate import in_sample

    ids = [f"q-{i}" for i in range(1000)]
    picked = [i for i in ids if in_sample(i, 0.3)]
    assert picked == [i for i in ids if in_sample(i, 0.3)]
    assert 230 < len(picked) < 370 and all(in_sample(i, 1.0) for i in ids)


def test_collected_rows_are_read_back_for_a_resumed_collection(tmp_path) -> None:
    import json

    from evals.calibrate import read_rows

    path = tmp_path / "rows.jsonl"
    assert read_rows(path) == {} and read_rows(None) == {}
    rows = [{"id": "a", "features": None}, {"id": "b", "features": [0.5] * len(FEATURES)}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert set(read_rows(path)) == {"a", "b"}


def test_flips_count_the_decisions_a_refit_changes() -> None:
    from evals.calibrate import flips

    n = len(FEATURES)
    model = {"mean": [0.0] * n, "scale": [1.0] * n, "weights": [1.0] + [0.0] * (n - 1), "bias": 0.0, "threshold": 0.5}
    rows = [{"p": 0.9, "cutoff": 0.2, "answerable": 1}, {"p": 0.1, "cutoff": 0.2, "answerable": 0},
            {"p": 0.9, "cutoff": 0.2, "answerable": 0}]
    x = np.array([[-3.0] + [0.0] * (n - 1), [3.0] + [0.0] * (n - 1), [3.0] + [0.0] * (n - 1)])
    counts = flips(rows, x, model)
    assert counts["answerable_now_refused"] == 1 and counts["unanswerable_now_answered"] == 1
    assert counts["unanswerable_now_refused"] == 0
