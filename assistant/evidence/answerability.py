"""Answerability: do the retrieved passages answer the question? A calibrated probability, not a word count.

Features of the evidence (all in [0, 1] or small counts), combined by a logistic model fitted on the dev
sets by `python -m evals.calibrate` (fit on one half, threshold chosen on the other; blind sets are never
read). The model is data in assistant/data/answerability.json, with the reliability table it was chosen by.

- coverage: the share of the question's concepts (idf-weighted, only words the documents know) that the
  best sentences cover. Filler, typos and names the documents never use add nothing.
- unknown: the idf-weighted share of the question's concepts that no document contains at all (a question
  about something that is not here has many).
- dense_top / dense_best: e5 cosine of the question and the best passage, and of the passage holding the best
  sentence (the topic is here, in other words).
- sentence_sim: the best e5 cosine of the question and one of the best sentences (the sentence says it).
- rare_covered: the share of the question's two rarest known concepts (highest idf: its topic, not its
  filler) that one of the best three sentences, or its document's title, contains.
- agree: the best sentence's passage is near the top of both the lexical and the dense ranking.
- amount_missing / person_missing / year_missing: the question asks for an amount, a person or a year and
  none of the best sentences (or their passages' dates) has one.
The slot checks (an amount, a person, a year the question asks for) stay hard gates in answer.judge_evidence:
similarity says "the topic is here", the slots say "and this is what was asked".
"""
from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from core.errors import KommunError
from assistant.understand.query import QueryAnalysis
from assistant.evidence.sentences import Sentence, TermStats
from core.types import Hit

FEATURES = ("coverage", "unknown", "dense_top", "dense_best", "agree", "amount_missing", "person_missing",
            "year_missing", "sentence_sim", "rare_covered")
TOP_SENTENCES = 5
# The side each feature pushes on: more evidence never makes a question less answerable. The fit keeps every
# weight on its side (evals/calibrate.py); a weight that would flip says the features overlap, not that
# covering the question's rarest words is a sign of a question the documents do not answer.
DIRECTION = {"coverage": 1, "unknown": -1, "dense_top": 1, "dense_best": 1, "agree": 1, "amount_missing": -1,
             "person_missing": -1, "year_missing": -1, "sentence_sim": 1, "rare_covered": 1}


@dataclass(frozen=True, slots=True)
class AnswerabilityModel:
    """Logistic regression over standardised features: p = sigmoid(bias + sum(w * (x - mean) / scale))."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    mean: tuple[float, ...] = ()
    scale: tuple[float, ...] = ()

    def probability(self, features: dict[str, float]) -> float:
        mean = self.mean or (0.0,) * len(FEATURES)
        scale = self.scale or (1.0,) * len(FEATURES)
        z = self.bias + sum(w * (features.get(name, 0.0) - m) / sd
                            for w, name, m, sd in zip(self.weights, FEATURES, mean, scale))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


EMBEDDER_FEATURES = frozenset({"dense_top", "dense_best", "sentence_sim"})  # mean something only for one model
ANY_MODEL = "*"


@lru_cache(maxsize=8)
def default_model(model_id: str = ANY_MODEL) -> AnswerabilityModel:
    """The model fitted for this embedder in assistant/data/answerability.json (`python -m evals.calibrate`);
    for an embedder nobody calibrated, the model over the features that do not depend on it ("*"): cosines
    of another model live on another scale."""
    try:
        data = json.loads(resources.files("assistant.data").joinpath("answerability.json").read_text(encoding="utf-8"))
        entry = data["models"].get(model_id) or data["models"][ANY_MODEL]
        if tuple(entry["features"]) != FEATURES:
            raise ValueError(f"features {entry['features']} != {list(FEATURES)}")
        return AnswerabilityModel(tuple(float(w) for w in entry["weights"]), float(entry["bias"]),
                                  float(entry["threshold"]), tuple(float(m) for m in entry.get("mean", ())),
                                  tuple(float(v) for v in entry.get("scale", ())))
    except (OSError, KeyError, ValueError, json.JSONDecodeError) as exc:
        raise KommunError(f"assistant/data/answerability.json kan inte läsas ({exc}). Återställ filen från git "
                          "eller kör: python -m evals.calibrate --write") from exc


def unknown_share(q: QueryAnalysis, stats: TermStats) -> float:
    """idf-weighted share of the question's concept groups that no document contains. An English word the
    glossary left untranslated ("worth", "time") is no such concept: Swedish documents cannot contain it, whether
    or not they state what it asks (the embedder's similarity judges those words)."""
    from assistant.understand.query import UNTRANSLATED_WEIGHT

    top = math.log(1 + (stats.n + 0.5) / 0.5)  # the idf of a word with df 0
    total = unknown = 0.0
    for i, group in enumerate(q.groups):
        weight = q.weights[i] if i < len(q.weights) else 1.0
        if q.language == "en" and weight == UNTRANSLATED_WEIGHT:
            continue
        if stats.known_by_parts(group):  # "miljötillsyn": the documents' own words, compounded
            total += stats.idf(group) * weight
        else:
            total += top * weight
            unknown += top * weight
    return unknown / total if total else 0.0


def rare_covered(q: QueryAnalysis, sentences: Sequence[Sentence], stats: TermStats, rare: int = 2,
                 within: int = 3) -> float:
    from assistant.evidence.sentences import expand_stems, title_stems
    from assistant.understand.query import stems

    known = sorted((g for g in q.groups if stats.known(g)), key=stats.idf, reverse=True)[:rare]
    if not known:
        return 0.0
    present = [expand_stems(stems(s.text)) | title_stems(s.chunk.title) for s in sentences[:within]]
    covered = sum(any(any(stats.matches(t) & p or t in p for t in group) for p in present) for group in known)
    return covered / len(known)


def features(q: QueryAnalysis, sentences: Sequence[Sentence], hits: Sequence[Hit], stats: TermStats) -> dict[str, float]:
    top = list(sentences[:TOP_SENTENCES])
    best = top[0] if top else None
    by_id = {h.chunk.id: h for h in hits}
    best_hit = by_id.get(best.chunk.id) if best else None
    dense = [h.dense_score for h in hits if h.dense_score is not None]
    agree = 0.0
    if best_hit is not None:
        ranks = (best_hit.lexical_rank, best_hit.dense_rank)
        agree = float(all(r is not None and r < 3 for r in ranks))
    from assistant.compose.answer import has_year, names_someone
    from assistant.evidence.sentences import asked_amounts

    asked_years = set(q.years) - set(q.doc_years)
    return {
        "amount_missing": float(q.wants_amount and not any(asked_amounts(q, s.text) for s in top)),
        "person_missing": float(q.wants_person and not any(names_someone(s.text) for s in top)),
        "year_missing": float(bool(asked_years) and not any(has_year(s, asked_years) for s in top)),
        "coverage": round(max((s.coverage for s in top), default=0.0), 4),
        "unknown": round(unknown_share(q, stats), 4),
        "dense_top": round(max(dense, default=0.0), 4),
        "dense_best": round(best_hit.dense_score or 0.0, 4) if best_hit is not None else 0.0,
        "agree": agree,
        "rare_covered": round(rare_covered(q, top, stats), 4),
        "sentence_sim": round(max((s.similarity for s in top if s.similarity is not None), default=0.0), 4),
    }
