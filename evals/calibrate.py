"""Fit the answerability model (assistant/evidence/answerability.py) on the dev sets and write it as data.

    KOMMUN_DATA_DIR=... .venv/bin/python -m evals.calibrate [--write]

Only the tuning half of evals/sets/dev/ is read (evals.questions.tuning_set_paths: never the check sets,
never a blind set), each question on its own corpus (the bundled one, or the set's "corpus" folder, indexed
under the data dir as the eval does). Claims are left out (they have their own verdict logic), and so are questions that never
reach the text gate (the calculator answers them): the model is fitted where it decides. The questions are split in two
by a hash of their id: the logistic model is fitted on half A, the refusal cutoff chosen on half B (the
cutoff with the most right decisions, answering on ties), and a reliability table over half B is printed
and stored beside the weights. Every weight stays on the side its feature pushes (answerability.DIRECTION):
a feature whose weight would flip is left out and the rest refitted.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
from pathlib import Path

import numpy as np

from assistant.evidence.answerability import ANY_MODEL, DIRECTION, EMBEDDER_FEATURES, FEATURES
from core.settings import Settings, apply_offline_defaults
from evals.questions import load_sets, tuning_set_paths
from evals.reliability import reliability_table
from evals.run import corpus_settings, group_by_corpus, open_or_ingest

OUT = Path(__file__).resolve().parent.parent / "assistant" / "data" / "answerability.json"
L2 = 0.1


def half(qid: str) -> str:
    return "A" if int(hashlib.sha256(qid.encode()).hexdigest(), 16) % 2 == 0 else "B"


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> tuple[np.ndarray, float]:
    """Newton's method on the L2-penalised log loss (the bias is not penalised)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def fit_signed(x: np.ndarray, y: np.ndarray, directions: np.ndarray, use: np.ndarray,
               l2: float = L2) -> tuple[np.ndarray, float]:
    """A logistic fit whose every weight lies on its feature's side (directions: +1 or -1): while a used
    weight points the wrong way, the feature with the largest such weight is left out and the rest refitted."""
    use = use.copy()
    while True:
        z = x * use
        weights, bias = fit_logistic(z, y, l2)
        weights[~use] = 0.0
        wrong = use & (weights * directions < 0)
        if not wrong.any():
            return weights, bias
        use[int(np.argmax(np.where(wrong, np.abs(weights), -1.0)))] = False


MAX_WRONGLY_REFUSED = 0.05  # the target: at most 5 % of answerable questions refused


def choose_cutoff(p: np.ndarray, y: np.ndarray) -> float:
    """The cutoff on the held half with the best balanced accuracy (answerable answered and unanswerable
    refused weigh the same, whatever their shares in the dev sets) among those that refuse at most
    MAX_WRONGLY_REFUSED of the answerable questions; on ties the lowest (answer rather than refuse)."""
    candidates = [round(0.05 * i, 2) for i in range(1, 20)]
    pos, neg = y == 1, y == 0

    def rate(mask: np.ndarray, values: np.ndarray) -> float:
        return float(values[mask].mean()) if mask.any() else 1.0

    scored = []
    for c in candidates:
        answered = p >= c
        refused_ok = rate(neg, ~answered)
        answered_ok = rate(pos, answered)
        allowed = 1 - answered_ok <= MAX_WRONGLY_REFUSED
        scored.append((allowed, (answered_ok + refused_ok) / 2, -c))
    return -max(scored)[2]


def in_sample(qid: str, share: float) -> bool:
    """A stable subset of the questions (a hash of the id, independent of the halves): a refit on a share of the
    tuning sets when asking all of them takes too long."""
    return int(hashlib.sha256(f"sample:{qid}".encode()).hexdigest(), 16) % 1000 < round(share * 1000)


def read_rows(path: Path | None) -> dict[str, dict]:
    """The questions already asked (one JSON object a line), so that a collection stopped midway resumes."""
    if path is None or not path.is_file():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row for row in rows}


def collect(settings: Settings, rows_path: Path | None = None, share: float = 1.0) -> list[dict]:
    """Ask every (sampled) tuning question that is not a claim and keep what the text gate saw: its features and
    the stored model's probability. A question the gate never saw (the calculator answered it, or it was refused
    before) is kept without features, so that a resumed collection does not ask it again."""
    done = read_rows(rows_path)
    questions = [q for q in load_sets(tuning_set_paths()) if q.gold.verdict is None and in_sample(q.id, share)]
    pending = [q for q in questions if q.id not in done]
    for corpus, group in group_by_corpus(pending).items():
        assistant = open_or_ingest(corpus_settings(settings, corpus), refresh=corpus is not None)
        for q in group:
            answer = assistant.ask(q.question, history=q.history)
            reasons = answer.route.get("reasons") or {}
            f = reasons.get("features")
            row = {"id": q.id, "answerable": int(not q.gold.refused), "refused": bool(answer.refused),
                   "features": [f[name] for name in FEATURES] if f is not None else None,
                   "p": reasons.get("answerable_p"), "cutoff": reasons.get("cutoff")}
            done[q.id] = row
            if rows_path is not None:
                with rows_path.open("a", encoding="utf-8") as out:
                    out.write(json.dumps(row) + "\n")
    return [done[q.id] for q in questions if q.id in done and done[q.id]["features"] is not None]


def flips(rows: list[dict], x: np.ndarray, model: dict) -> dict[str, int]:
    """What the refit would decide otherwise than the stored model did, on the collected questions: answerable
    questions it would refuse (answers lost) or answer (refusals undone), unanswerable ones likewise."""
    z = (x - np.array(model["mean"])) / np.array(model["scale"])
    p = 1 / (1 + np.exp(-(z @ np.array(model["weights"]) + model["bias"])))
    counts = {"answerable_now_refused": 0, "answerable_now_answered": 0,
              "unanswerable_now_refused": 0, "unanswerable_now_answered": 0}
    for row, new_p in zip(rows, p):
        if row["p"] is None or row["cutoff"] is None:
            continue
        before, after = row["p"] >= row["cutoff"], new_p >= model["threshold"]
        if before != after:
            kind = "answerable" if row["answerable"] else "unanswerable"
            counts[f"{kind}_now_{'answered' if after else 'refused'}"] += 1
    return counts


def fit(ids: list[str], x: np.ndarray, y: np.ndarray, use: np.ndarray, label: str) -> dict:
    """Fit on half A over the features in `use` (the others get weight 0), choose the cutoff on half B."""
    a = np.array([half(i) == "A" for i in ids])
    mean, scale = x[a].mean(axis=0), x[a].std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    z[:, ~use] = 0.0
    directions = np.array([DIRECTION[name] for name in FEATURES], dtype=float)
    weights, bias = fit_signed(z[a], y[a], directions, use)
    p_b = 1 / (1 + np.exp(-(z[~a] @ weights + bias)))
    cutoff = choose_cutoff(p_b, y[~a])
    decided = p_b >= cutoff
    yb = y[~a]
    pos, neg = yb == 1, yb == 0
    auc = float(np.mean([[pp > nn for nn in p_b[neg]] for pp in p_b[pos]])) if pos.any() and neg.any() else math.nan
    held = {"n": int((~a).sum()), "right": round(float((decided == pos).mean()), 3),
            "answerable_refused": round(float((~decided[pos]).mean()), 3),
            "unanswerable_refused": round(float((~decided[neg]).mean()), 3) if neg.any() else None,
            "auc": round(auc, 3)}
    return {"features": list(FEATURES), "weights": [round(float(w), 4) for w in weights], "bias": round(bias, 4),
            "mean": [round(float(m), 5) for m in mean], "scale": [round(float(v), 5) for v in scale],
            "threshold": round(cutoff, 2),
            "fitted_on": f"evals/sets/dev, each set on its own corpus, questions that reach the text gate ({label}): "
                         f"{int(a.sum())} fit (half A), {int((~a).sum())} choose the cutoff (half B)",
            "held_half": held, "reliability": reliability_table(p_b, yb)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write the models to {OUT}")
    parser.add_argument("--rows", type=Path, help="keep the asked questions' features in this JSONL file (resumes)")
    parser.add_argument("--share", type=float, default=1.0, help="ask only this stable share of the questions")
    parser.add_argument("--fit-only", action="store_true", help="fit on the --rows file without asking anything")
    args = parser.parse_args()
    apply_offline_defaults()
    settings = Settings.from_env()
    if args.fit_only:
        rows = [r for r in read_rows(args.rows).values() if r["features"] is not None]
    else:
        rows = collect(settings, args.rows, args.share)
    ids = [r["id"] for r in rows]
    x = np.array([r["features"] for r in rows], dtype=float)
    y = np.array([r["answerable"] for r in rows], dtype=float)
    everything = np.ones(len(FEATURES), dtype=bool)
    independent = np.array([name not in EMBEDDER_FEATURES for name in FEATURES])
    models = {settings.embed_model: fit(ids, x, y, everything, f"all features, {settings.embed_model}"),
              ANY_MODEL: fit(ids, x, y, independent, "features that do not depend on the embedder")}
    data = {"_about": "Answerability models per embedder (assistant/evidence/answerability.py), written by "
                      "`python -m evals.calibrate --write`; '*' serves any embedder nobody calibrated.",
            "models": models}
    print(json.dumps(data, ensure_ascii=False, indent=1))
    print("beslut som ändras mot den sparade modellen:", flips(rows, x, models[settings.embed_model]))
    if args.write:
        OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"skrev {OUT}")


if __name__ == "__main__":
    main()
