"""Every evaluation set is well formed and every gold quote stands verbatim in its gold document."""
from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from core.errors import EvalSetError
from evals.questions import default_set_paths, load_set, load_sets, normalize_for_match, parse_question

REPO = Path(__file__).resolve().parents[2]
SET_PATHS = default_set_paths()
QUESTIONS = load_sets(SET_PATHS)


@cache
def document_text(doc: str) -> str:
    """The document as the loader normalises it (ingest/load.py when present), then whitespace-collapsed."""
    path = REPO / doc
    try:
        from ingest.load import load_document
    except ImportError:  # the loader has not landed yet: the same NFC/tag/whitespace rules by hand
        return normalize_for_match(path.read_text(encoding="utf-8"))
    return normalize_for_match(load_document(path, display_path=doc).text)


def test_there_are_enough_questions_written_from_the_corpus() -> None:
    own = [q for q in QUESTIONS if q.set_name != "budget"]
    assert len(own) >= 70
    categories = Counter(q.category for q in own)
    for category in ("lookup", "english", "claim", "unanswerable", "followup", "multi_doc"):
        assert categories[category] >= 5, category


def test_ids_are_unique_across_sets() -> None:
    ids = [q.id for q in QUESTIONS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_gold_documents_exist_and_quotes_are_verbatim(question) -> None:
    for doc in question.gold.docs:
        assert (REPO / doc).is_file(), f"{question.id}: {doc} finns inte"
    for quote in question.gold.quotes:
        wanted = normalize_for_match(quote)
        assert any(wanted in document_text(doc) for doc in question.gold.docs), f"{question.id}: {quote!r}"


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_gold_fields_agree_with_the_category(question) -> None:
    gold = question.gold
    if question.category == "unanswerable":
        assert gold.refused and not gold.quotes and not gold.numbers  # docs may name the nearest document
    if question.category == "claim":
        assert gold.verdict in ("supported", "contradicted", "not_found")
        assert gold.refused == (gold.verdict == "not_found")
    if question.category == "followup":
        assert question.history
    if question.category == "multi_doc":
        assert len(set(gold.docs)) >= 2
    if question.category == "english":
        assert question.language == "en"


def test_a_malformed_line_names_the_file_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = {"id": "x-1", "category": "lookup", "language": "sv", "question": "Vad?", "history": [],
            "gold": {"answer": "a", "numbers": [], "docs": ["corpus/a.txt"], "quotes": ["q"], "refused": False,
                     "verdict": None}}
    bad = dict(good, id="x-2", category="trivia")
    path.write_text(json.dumps(good) + "\n\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(EvalSetError, match=r"bad.jsonl:3 \(x-2\).*trivia"):
        load_set(path)


def test_duplicate_ids_across_files_are_rejected(tmp_path: Path) -> None:
    line = json.dumps({"id": "dup", "category": "unanswerable", "language": "sv", "question": "Vad?",
                       "gold": {"answer": "-", "numbers": [], "docs": [], "quotes": [], "refused": True,
                                "verdict": None}})
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_text(line + "\n", encoding="utf-8")
    with pytest.raises(EvalSetError, match="unikt id"):
        load_sets([tmp_path / "a.jsonl", tmp_path / "b.jsonl"])


@pytest.mark.parametrize("change, message", [
    ({"gold": {"answer": "a", "numbers": [{"value": 1, "unit": "sek"}], "docs": ["d"], "quotes": ["q"],
               "refused": False, "verdict": None}}, "okänd enhet"),
    ({"category": "claim"}, "verdict"),
    ({"gold": {"answer": "a", "numbers": [], "docs": [], "quotes": [], "refused": False, "verdict": None}},
     "gold-dokument"),
    ({"language": "de"}, "sv eller en"),
    ({"history": "Vad?"}, "history"),
])
def test_schema_errors_are_specific(change: dict, message: str) -> None:
    obj = {"id": "x", "category": "lookup", "language": "sv", "question": "Vad?", "history": [],
           "gold": {"answer": "a", "numbers": [], "docs": ["d"], "quotes": ["q"], "refused": False, "verdict": None}}
    obj.update(change)
    with pytest.raises(EvalSetError, match=message):
        parse_question(obj, "set.jsonl:1")


def test_normalisation_matches_the_loader_rules() -> None:
    assert normalize_for_match("<i>Finansnetto</i>\u00a0 -5 443\n") == "Finansnetto -5 443"
    assert normalize_for_match("A\u030angermanland") == "Ångermanland"
