"""Reliability of the answerability model: within each band of its probability, how many questions were in fact
answerable (gold). A calibrated model's bands read like their probabilities (0.8-1.0: about nine in ten
answerable). Used by evals.calibrate (on the held half it chose the cutoff on) and by the eval report (on every
question that reached the text gate)."""
from __future__ import annotations

from collections.abc import Sequence

BINS = 5


def reliability_table(p: Sequence[float], answerable: Sequence[bool | float], bins: int = BINS) -> list[dict]:
    """One row per non-empty band of p: its range, the questions in it, their mean p and the share answerable."""
    rows = []
    pairs = list(zip((float(v) for v in p), (float(a) for a in answerable)))
    for i in range(bins):
        low, high = i / bins, (i + 1) / bins
        inside = [(v, a) for v, a in pairs if low <= v and (v < high or (i == bins - 1 and v <= high))]
        if inside:
            rows.append({"p": f"{low:.1f}-{high:.1f}", "n": len(inside),
                         "mean_p": round(sum(v for v, _ in inside) / len(inside), 3),
                         "answerable": round(sum(a for _, a in inside) / len(inside), 3)})
    return rows
