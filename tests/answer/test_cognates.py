"""English words the glossary lacks, read as the documents' Swedish words of the same origin."""
from __future__ import annotations

from evals.cognate_sweep import is_translation, threshold
from assistant.understand.cognates import Cognates, candidates, fold, with_cognates
from assistant.understand.query import UNTRANSLATED_WEIGHT, analyse
from assistant.understand.vocabulary import Vocabulary

VOCABULARY = Vocabulary(["finansiering", "finansnetto", "kapital", "skillnad", "soliditet", "kommun", "budget"])


def embed_by(table: dict[str, tuple[float, float]]):
    """A fake embedder: each text's vector given by the test (unknown texts are orthogonal to everything)."""
    calls: list[list[str]] = []

    def embed(texts: list[str]) -> list[tuple[float, float]]:
        calls.append(list(texts))
        return [table.get(t, (0.0, 0.0)) for t in texts]

    embed.calls = calls
    return embed


def test_fold_writes_english_spelling_the_swedish_way():
    assert fold("Capital") == "kapital"
    assert fold("cement") == "cement"  # a soft c stays
    assert fold("philosophy").startswith("filos")


def test_candidates_begin_like_the_word_shortest_first():
    assert candidates("financing", VOCABULARY) == ["finansnetto", "finansiering"]
    assert candidates("capital", VOCABULARY) == ["kapital"]
    assert candidates("fee", VOCABULARY) == []  # too short to share four letters


def test_a_cognate_is_taken_only_at_the_calibrated_similarity():
    embed = embed_by({"financing": (1.0, 0.0), "finansiering": (0.95, 0.31), "finansnetto": (0.6, 0.8)})
    assert Cognates(VOCABULARY, embed, 0.9).of("financing") == "finansiering"
    assert Cognates(VOCABULARY, embed, 0.99).of("financing") is None


def test_each_word_is_embedded_once():
    embed = embed_by({"financing": (1.0, 0.0), "finansiering": (1.0, 0.0)})
    reader = Cognates(VOCABULARY, embed, 0.9)
    reader.of("financing")
    reader.of("Financing")
    assert len(embed.calls) == 1


def test_untranslated_words_of_an_english_question_become_the_documents_words():
    embed = embed_by({"financing": (1.0, 0.0), "finansiering": (0.97, 0.24)})
    q = analyse("How is the financing of the welfare planned?")
    assert (("financing",), UNTRANSLATED_WEIGHT) in zip(q.groups, q.weights)
    read = with_cognates(q, Cognates(VOCABULARY, embed, 0.9))
    assert (("finansiering", "financing"), 1.0) in zip(read.groups, read.weights)
    assert "finansiering" in read.lexical_text.split()


def test_a_swedish_word_quoted_in_an_english_question_counts_fully():
    q = analyse("What is the equity ratio (soliditet) for 2025?")
    read = with_cognates(q, Cognates(VOCABULARY, embed_by({}), 0.9))
    assert dict(zip(read.groups, read.weights))[("soliditet",)] == 1.0


def test_swedish_questions_are_left_alone():
    q = analyse("Hur ser finansieringen ut?")
    assert with_cognates(q, Cognates(VOCABULARY, embed_by({}), 0.9)) is q


def test_the_sweep_takes_the_lowest_similarity_keeping_the_precision():
    rows = [(0.97, True), (0.95, True), (0.94, False), (0.93, True), (0.90, False), (0.80, False)]
    assert threshold(rows, 0.75) == 0.93
    assert threshold(rows, 1.0) == 0.95
    assert is_translation("finansier", ["finansiera"]) and not is_translation("skilln", ["kompetens"])
