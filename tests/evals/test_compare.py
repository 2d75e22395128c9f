"""evals.compare: questions gained and lost between two reports, and a report's failures."""
import json

from evals import compare


def _report(rows):
    return {"questions": [{"id": i, "set": s, "category": c, "correct": ok} for i, s, c, ok in rows],
            "failures": [{"id": i, "category": c, "question": f"q {i}", "expected": "e", "got": "g",
                          "reasons": [f"why {i}"]} for i, s, c, ok in rows if not ok]}


OLD = _report([("a", "blind5", "lookup", True), ("b", "blind5", "claim", False),
               ("c", "muni_blind5", "lookup", True), ("d", "blind5", "lookup", True)])
NEW = _report([("a", "blind5", "lookup", False), ("b", "blind5", "claim", True),
               ("c", "muni_blind5", "lookup", True), ("e", "blind5", "lookup", True)])


def test_gained_and_lost_are_counted_on_shared_questions_only():
    result = compare.compare(OLD, NEW)
    assert (result.shared, result.right_before, result.right_after) == (3, 2, 2)
    assert result.gained == ("b",) and result.lost == ("a",)
    assert result.only_before == ("d",) and result.only_after == ("e",)


def test_sets_are_matched_by_whole_name_not_suffix():
    result = compare.compare(OLD, NEW, sets=["evals/sets/dev/blind5.jsonl"])
    assert result.shared == 2  # muni_blind5's question is not blind5's


def test_failures_filter_by_category_and_render_reasons():
    rows = compare.failures(NEW, category="lookup")
    assert [r["id"] for r in rows] == ["a"]
    assert "why a" in "\n".join(compare.render_failures(rows))


def test_main_prints_lost_question_with_reason(tmp_path, capsys):
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(OLD)), new.write_text(json.dumps(NEW))
    assert compare.main([str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "2 -> 2 right (+1 -1)" in out and "- a: why a" in out
