"""The paraphrase bar's sweep: right verdicts per bar, and the bar chosen halfway between the cosines it
separates."""
from __future__ import annotations

from evals.paraphrase_sweep import Reached, choose_bar, claim_questions, right_at
from evals.questions import CHECK_SETS, DEV_DIR, tuning_set_paths


def test_a_bar_supports_the_claims_whose_agreeing_cosine_reaches_it() -> None:
    records = [Reached("a", "supported", 0.95, 0.95), Reached("b", "not_found", 0.90, 0.93),
               Reached("c", "not_found", None, 0.97), Reached("d", "contradicted", 0.92, 0.92)]
    assert right_at(records, 0.94) == 3
    assert right_at(records, 0.89) == 2  # b is supported wrongly
    assert right_at(records, 0.96) == 2  # a is missed


def test_the_bar_lies_halfway_between_the_cosines_it_separates() -> None:
    records = [Reached("a", "supported", 0.96, 0.96), Reached("b", "supported", 0.94, 0.94),
               Reached("c", "not_found", 0.90, 0.90), Reached("d", "not_found", 0.86, 0.86)]
    assert choose_bar(records) == 0.92
    assert choose_bar([Reached("c", "not_found", None, 0.9)]) == 1.0


def test_the_sweep_reads_no_check_set() -> None:
    read = {path.stem for path in tuning_set_paths()}
    assert read and not read & CHECK_SETS
    assert {path.stem for path in DEV_DIR.glob("*.jsonl")} - read == CHECK_SETS & {p.stem for p in DEV_DIR.glob("*.jsonl")}
    assert all(question.set_name not in CHECK_SETS for question in claim_questions())
