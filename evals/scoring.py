"""Score one question's answer against its gold record, and aggregate scores into metric tables.

Pure functions over plain data: the answer object of CONTRACT.md (a dict), the retrieved passages as
(doc, text) pairs best first, and the documents' normalised texts keyed by file name.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from evals import metrics
from evals.questions import EvalQuestion

K_VALUES = (1, 5)
METRIC_NAMES = ("answer_accuracy", "false_refusal_rate", "hit@1", "hit@5", "mrr", "citation_precision", "evidence_recall", "quote_verbatim",
                "numeric_accuracy", "refusal_precision", "refusal_recall", "verdict_accuracy",
                "latency_p50_ms", "latency_p95_ms")


@dataclass(frozen=True, slots=True)
class QuestionRun:
    """What the system did with one question."""

    question: EvalQuestion
    answer: dict[str, Any]  # the CONTRACT.md answer object
    passages: tuple[tuple[str | None, str], ...] = ()  # retrieved (doc, text), best first
    latency_ms: float = 0.0
    error: str | None = None  # a KommunError message when asking failed
    crashed: bool = False  # asking raised an unexpected exception (a bug): the run goes on, the report fails


@dataclass(frozen=True, slots=True)
class QuestionScore:
    id: str
    category: str
    set_name: str
    question: str
    expected: str
    got: str
    rank: int | None = None
    retrieval_scored: bool = False
    citation_precision: float | None = None
    evidence_recall: float | None = None
    quote_verbatim: tuple[bool, ...] = ()
    numbers_ok: bool | None = None
    refusal: tuple[bool, bool] | None = None  # (gold refused, answer refused); None for claims
    verdict_ok: bool | None = None
    latency_ms: float = 0.0
    failures: tuple[str, ...] = field(default_factory=tuple)
    crashed: bool = False
    correct: bool = False  # the whole answer is right (see is_correct)
    answerable_p: float | None = None  # the answerability model's probability, when the question reached the text gate


def _citations(answer: dict[str, Any]) -> list[tuple[str, str]]:
    return [(str(c.get("doc") or ""), str(c.get("quote") or "")) for c in answer.get("citations") or []]


def score_question(run: QuestionRun, doc_texts: dict[str, str], rel_tol: float = 0.005) -> QuestionScore:
    """Every metric that applies to this question, plus a readable list of what went wrong."""
    q, gold, answer = run.question, run.question.gold, run.answer
    failures: list[str] = []
    if run.error:
        failures.append(f"{'krasch' if run.crashed else 'fel'}: {run.error}")
    got_refused = bool(answer.get("refused"))
    citations = _citations(answer)
    answerable = not gold.refused and bool(gold.quotes)

    rank = None
    if answerable:
        rank = metrics.first_hit_rank(run.passages, gold.docs, gold.quotes)
        if metrics.hit_at(rank, 5) == 0.0:
            failures.append("inget guldcitat bland de 5 första hämtade passagerna")
    precision = metrics.citation_precision(citations, gold.docs, doc_texts) if answerable else None
    recall = metrics.evidence_recall(citations, gold.docs, gold.quotes) if answerable else None
    if answerable and not citations:
        failures.append("inga källor")
    elif precision is not None and precision < 1.0:
        failures.append(f"källprecision {precision:.2f}")
    if recall is not None and recall < 1.0:
        failures.append(f"belägg täckta {recall:.2f}")
    verbatim = tuple(metrics.quote_is_verbatim(quote, metrics.text_of(doc, doc_texts)) for doc, quote in citations)
    if not all(verbatim):
        failures.append(f"{verbatim.count(False)} citat står inte ordagrant i källan")

    numbers_ok = None
    if gold.numbers and not gold.refused:
        found = metrics.numbers_found(gold.numbers, str(answer.get("answer") or ""), q.language, rel_tol)
        numbers_ok = all(found)
        if not numbers_ok:
            missing = [f"{n.value} {n.unit}" for n, ok in zip(gold.numbers, found) if not ok]
            failures.append("saknade tal: " + ", ".join(missing))

    refusal = None
    verdict_ok = None
    if gold.verdict is None:
        refusal = (gold.refused, got_refused)
        if gold.refused != got_refused:
            failures.append("borde ha avböjt" if gold.refused else "avböjde i onödan")
    else:
        verdict_ok = answer.get("verdict") == gold.verdict
        if not verdict_ok:
            failures.append(f"utlåtande {answer.get('verdict')!r}, väntat {gold.verdict!r}")

    correct = is_correct(gold.refused, got_refused, verdict_ok, numbers_ok, recall, bool(gold.numbers), not run.error)
    return QuestionScore(
        id=q.id, category=q.category, set_name=q.set_name, question=q.question, expected=gold.answer,
        got=str(answer.get("answer") or ""), rank=rank, retrieval_scored=answerable,
        citation_precision=precision, evidence_recall=recall, quote_verbatim=verbatim, numbers_ok=numbers_ok,
        refusal=refusal, verdict_ok=verdict_ok, latency_ms=run.latency_ms, failures=tuple(failures), crashed=run.crashed,
        correct=correct,
        answerable_p=gate_probability(answer))


def gate_probability(answer: dict[str, Any]) -> float | None:
    """The answerability probability the text gate gave (route reasons of the answer object), if it was asked."""
    reasons = (answer.get("route") or {}).get("reasons") or {}
    p = reasons.get("answerable_p") if isinstance(reasons, dict) else None
    return float(p) if isinstance(p, (int, float)) else None


def is_correct(gold_refused: bool, got_refused: bool, verdict_ok: bool | None, numbers_ok: bool | None,
               recall: float | None, has_numbers: bool, ran: bool) -> bool:
    """Right as a reader would judge it: a claim needs the right verdict (and the correct figure when the gold
    names one); an unanswerable question needs a refusal; an answerable one needs an answer with every gold
    figure, or, when the gold has no figure, sources covering every gold quote."""
    if not ran:
        return False
    if verdict_ok is not None:
        return verdict_ok and numbers_ok is not False
    if gold_refused:
        return got_refused
    if got_refused:
        return False
    if has_numbers:
        return bool(numbers_ok)
    return recall is not None and recall >= 1.0


def aggregate(scores: Sequence[QuestionScore]) -> dict[str, float | int | None]:
    """The metric table for a group of questions (all, or one category)."""
    retrieval = [s for s in scores if s.retrieval_scored]
    refusal_p, refusal_r = metrics.refusal_precision_recall(s.refusal for s in scores if s.refusal is not None)
    latencies = [s.latency_ms for s in scores]
    table: dict[str, float | int | None] = {"n": len(scores), "n_retrieval": len(retrieval)}
    table["answer_accuracy"] = metrics.mean(float(s.correct) for s in scores)
    answerable = [s.refusal[1] for s in scores if s.refusal is not None and not s.refusal[0]]
    table["false_refusal_rate"] = metrics.mean(float(r) for r in answerable)
    for k in K_VALUES:
        table[f"hit@{k}"] = metrics.mean(metrics.hit_at(s.rank, k) for s in retrieval)
    table["mrr"] = metrics.mean(metrics.reciprocal_rank(s.rank) for s in retrieval)
    table["citation_precision"] = metrics.mean(s.citation_precision for s in scores)
    table["evidence_recall"] = metrics.mean(s.evidence_recall for s in scores)
    table["quote_verbatim"] = metrics.accuracy(v for s in scores for v in s.quote_verbatim)
    table["numeric_accuracy"] = metrics.accuracy(s.numbers_ok for s in scores if s.numbers_ok is not None)
    table["refusal_precision"] = refusal_p
    table["refusal_recall"] = refusal_r
    table["verdict_accuracy"] = metrics.accuracy(s.verdict_ok for s in scores if s.verdict_ok is not None)
    table["latency_p50_ms"] = metrics.percentile(latencies, 50)
    table["latency_p95_ms"] = metrics.percentile(latencies, 95)
    return table


def retrieval_table(ranks: Sequence[int | None]) -> dict[str, float | int | None]:
    """hit@k and MRR from first-hit ranks alone (used for the baselines)."""
    table: dict[str, float | int | None] = {"n_retrieval": len(ranks)}
    for k in K_VALUES:
        table[f"hit@{k}"] = metrics.mean(metrics.hit_at(r, k) for r in ranks)
    table["mrr"] = metrics.mean(metrics.reciprocal_rank(r) for r in ranks)
    return table


def by_category(scores: Sequence[QuestionScore]) -> dict[str, dict[str, float | int | None]]:
    categories = sorted({s.category for s in scores})
    return {c: aggregate([s for s in scores if s.category == c]) for c in categories}
