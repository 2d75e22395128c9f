"""Runs evals/sets/dev/budget.jsonl through answer_figures: gold numbers (written by hand) must be in the values."""
import json
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.budget.answer import FigureAnswer, answer_figures
from assistant.budget.units import Unit
from tests.budget.corpus_docs import REPO, corpus_book, corpus_document

SET = REPO / "evals" / "sets" / "dev" / "budget.jsonl"
CASES = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def _kronor(value: Decimal, unit: str) -> Decimal | None:
    try:
        u = Unit(unit)
    except ValueError:
        return None
    return value * u.factor if u.is_money else None


def gold_number_found(gold: dict, answer: FigureAnswer) -> bool:
    want = Decimal(str(gold["value"]))
    for got in answer.values:
        if gold["unit"] in ("%", "st") or got.unit in ("%", "ggr"):
            if {gold["unit"], got.unit} <= {"%"} or (gold["unit"] == "st" and got.unit == "ggr"):
                places = -want.as_tuple().exponent
                if abs(got.value).quantize(Decimal(1).scaleb(-places), rounding="ROUND_HALF_UP") == abs(want):
                    return True
            continue
        a, b = _kronor(want, gold["unit"]), _kronor(got.value, got.unit)
        if a is not None and b is not None and abs(abs(a) - abs(b)) <= abs(a) * Decimal("0.0005"):
            return True
    return False


def test_set_is_well_formed():
    assert len(CASES) >= 30
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert {c["category"] for c in CASES} >= {"table_lookup", "calculation", "text_amount", "followup",
                                              "unanswerable", "english"}
    texts = {}
    for case in CASES:
        for doc in case["gold"]["docs"]:
            texts.setdefault(doc, (REPO / doc).read_text(encoding="utf-8"))
        for quote in case["gold"]["quotes"]:
            assert any(quote in texts[d] for d in case["gold"]["docs"]), quote


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_budget_question(case):
    gold = case["gold"]
    answer = answer_figures(case["question"], corpus_book(), history=case["history"])
    assert answer is not None, "the calculator did not take the question"
    assert answer.refused == gold["refused"], answer.text
    for number in gold["numbers"]:
        assert gold_number_found(number, answer), (number, answer.text, answer.values)
    if not gold["refused"]:
        assert answer.language == case["language"]
        cited_docs = {s.doc_path for s in answer.sources}
        assert cited_docs <= set(gold["docs"])
        for source in answer.sources:
            doc = corpus_document(Path(source.doc_path).name)
            assert doc.text[source.start:source.end] == source.quote
