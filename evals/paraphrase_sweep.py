"""Refit claim_paraphrase.PARAPHRASE_SIMILARITY on the claims of the TUNING dev sets (never the check sets).

    KOMMUN_DATA_DIR=... python -m evals.paraphrase_sweep

Every claim question of the tuning sets is asked; each one whose claim reaches the paraphrase step (the word
checks left it not_found with its topic present) records the best cosine among the candidates that pass the
exact checks. A bar turns the claim supported when that cosine reaches it and leaves it not_found otherwise, so
the sweep prints, per bar, how many of those verdicts are right against the gold, and the bar chosen: the
most right verdicts, ties broken by the widest margin to the nearest recorded cosine (the bar lies halfway
between the cosines it separates).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from evals.questions import DEV_DIR, EvalQuestion, load_sets, tuning_set_paths


@dataclass(frozen=True, slots=True)
class Reached:
    """A claim that reached the paraphrase step: its gold verdict and the best cosine of a sentence that passed
    the exact checks (None: none passed), and the best cosine of any candidate (before the exact checks)."""
    qid: str
    gold: str
    agreeing: float | None
    any_candidate: float | None


def right_at(records: Sequence[Reached], bar: float) -> int:
    """How many reached claims get their gold verdict with `bar`: supported when an agreeing sentence's cosine
    reaches it, not_found otherwise (a contradicted claim is wrong either way)."""
    def verdict(r: Reached) -> str:
        return "supported" if r.agreeing is not None and r.agreeing >= bar else "not_found"
    return sum(verdict(r) == r.gold for r in records)


def choose_bar(records: Sequence[Reached]) -> float:
    """The bar with the most right verdicts; among the bars as right, the one furthest from every recorded
    cosine (halfway between two neighbouring cosines)."""
    cosines = sorted({r.agreeing for r in records if r.agreeing is not None})
    if not cosines:
        return 1.0
    edges = [cosines[0] - 0.01, *cosines, cosines[-1] + 0.01]
    bars = [((a + b) / 2, b - a) for a, b in zip(edges, edges[1:])]
    best = max(bars, key=lambda bm: (right_at(records, bm[0]), bm[1]))
    return round(best[0], 3)


def claim_questions(directory: Path = DEV_DIR) -> list[EvalQuestion]:
    return [q for q in load_sets(tuning_set_paths(directory)) if q.category == "claim"]


def collect(questions: Sequence[EvalQuestion]) -> list[Reached]:
    """Ask every question with the paraphrase step recorded (the assistant's behaviour unchanged)."""
    import assistant.build as build
    from assistant.evidence.claim_paraphrase import CANDIDATES, PARAPHRASE_SIMILARITY
    from core.settings import Settings
    from evals.run import corpus_settings, group_by_corpus, open_or_ingest

    original = build.paraphrase
    seen: list[tuple[float | None, float | None]] = []

    def recording(claim, sentences, similarities, agrees, bar=PARAPHRASE_SIMILARITY):
        candidates = list(sentences[:CANDIDATES])
        sims = similarities(candidates) if candidates else []
        passing = [sim for s, sim in zip(candidates, sims) if agrees(s)]
        seen.append((max(passing) if passing else None, max(sims) if sims else None))
        return original(claim, sentences, similarities, agrees, bar)

    records: list[Reached] = []
    settings = Settings.from_env()
    build.paraphrase = recording
    try:
        for corpus, group in group_by_corpus(questions).items():
            assistant = open_or_ingest(corpus_settings(settings, corpus), refresh=corpus is not None)
            for q in group:
                seen.clear()
                assistant.ask(q.question, history=q.history)
                if seen and q.gold.verdict:
                    records.append(Reached(q.id, q.gold.verdict, *seen[-1]))
    finally:
        build.paraphrase = original
    return records


def main() -> None:
    from assistant.evidence.claim_paraphrase import PARAPHRASE_SIMILARITY

    questions = claim_questions()
    records = collect(questions)
    print(f"{len(questions)} claim questions of the tuning sets; {len(records)} reached the paraphrase step")
    for r in sorted(records, key=lambda r: -(r.agreeing or 0)):
        agreeing = f"{r.agreeing:.3f}" if r.agreeing is not None else "  -  "
        print(f"  {r.qid:22} {r.gold:13} agreeing {agreeing}  any {r.any_candidate or 0:.3f}")
    for bar in (0.85, 0.87, 0.88, 0.89, 0.90, 0.905, 0.91, 0.915, 0.92, 0.925, 0.93, 0.94, 0.95):
        print(f"bar {bar:.3f}: {right_at(records, bar)}/{len(records)} right")
    print(f"current {PARAPHRASE_SIMILARITY}: {right_at(records, PARAPHRASE_SIMILARITY)} right; "
          f"chosen {choose_bar(records)}: {right_at(records, choose_bar(records))} right")


if __name__ == "__main__":
    main()
