"""Scoring hand-made answers, the report's tables, thresholds and determinism."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from evals.questions import EvalQuestion, Gold, GoldNumber
from evals.report import build_report, check_thresholds, render_markdown, summary_lines, write_reports
from evals.scoring import QuestionRun, aggregate, score_question

DOC = "corpus/p.txt"
TEXT = ("Socialnämnden fattade beslut om ytterligare ett omställningspaket för förvaltningen om 5,4 miljoner kronor. "
        "Av detta landar 4,7 miljoner på avdelning vuxna och 700 000 kronor på avdelning unga.")
TEXTS = {"p.txt": TEXT}
QUOTE = "omställningspaket för förvaltningen om 5,4 miljoner kronor"


def lookup(id: str = "l-1") -> EvalQuestion:
    return EvalQuestion(id, "lookup", "sv", "Hur stort är paketet?",
                        Gold("5,4 miljoner kronor", (GoldNumber(Decimal("5.4"), "mnkr"),), (DOC,), (QUOTE,)), set_name="s")


def unanswerable() -> EvalQuestion:
    return EvalQuestion("u-1", "unanswerable", "sv", "Vad kostar feriearbeten?", Gold("Anges inte", refused=True),
                        set_name="s")


def claim() -> EvalQuestion:
    return EvalQuestion("c-1", "claim", "sv", "Stämmer det att paketet var 7,4 miljoner?",
                        Gold("Nej, 5,4", (GoldNumber(Decimal("5.4"), "mnkr"),), (DOC,), (QUOTE,), verdict="contradicted"),
                        set_name="s")


def answer(text: str, refused: bool = False, verdict: str | None = None, quotes: tuple[str, ...] = (QUOTE,)) -> dict:
    return {"answer": text, "refused": refused, "verdict": verdict,
            "citations": [{"n": i + 1, "doc": DOC, "quote": q} for i, q in enumerate(quotes)]}


def test_a_good_answer_scores_full_marks() -> None:
    run = QuestionRun(lookup(), answer("Paketet är på 5,4 miljoner kronor [1]."), ((DOC, TEXT),), 12.0)
    score = score_question(run, TEXTS)
    assert (score.rank, score.citation_precision, score.evidence_recall, score.numbers_ok) == (1, 1.0, 1.0, True)
    assert score.refusal == (False, False) and score.verdict_ok is None and score.failures == ()


def test_a_wrong_answer_lists_every_failure() -> None:
    run = QuestionRun(lookup(), answer("Paketet är på 7,4 miljoner kronor [1].", quotes=("ett påhittat citat här",)),
                      (("corpus/other.txt", TEXT),), 12.0)
    score = score_question(run, TEXTS)
    assert score.rank is None and score.citation_precision == 0.0 and score.numbers_ok is False
    reasons = " | ".join(score.failures)
    for part in ("inget guldcitat", "källprecision 0.00", "belägg täckta 0.00", "citat står inte ordagrant", "saknade tal: 5.4 mnkr"):
        assert part in reasons


def test_refusals_and_verdicts() -> None:
    refused_ok = score_question(QuestionRun(unanswerable(), answer("Det framgår inte.", refused=True, quotes=())), TEXTS)
    assert refused_ok.refusal == (True, True) and not refused_ok.retrieval_scored and refused_ok.failures == ()
    not_refused = score_question(QuestionRun(unanswerable(), answer("Det kostar 3 mnkr.", quotes=())), TEXTS)
    assert not_refused.failures == ("borde ha avböjt",)
    verdict = score_question(QuestionRun(claim(), answer("Nej: 5,4 miljoner kronor [1].", verdict="contradicted"),
                                         ((DOC, TEXT),)), TEXTS)
    assert verdict.verdict_ok is True and verdict.refusal is None
    wrong = score_question(QuestionRun(claim(), answer("Ja [1].", verdict="supported"), ((DOC, TEXT),)), TEXTS)
    assert wrong.verdict_ok is False and "utlåtande 'supported', väntat 'contradicted'" in wrong.failures[-1]


def test_an_error_is_a_failure_not_a_crash() -> None:
    score = score_question(QuestionRun(lookup(), {}, (), 1.0, error="Indexet är tomt"), TEXTS)
    assert score.failures[0] == "fel: Indexet är tomt" and "inga källor" in score.failures


def runs(latency: float) -> list[QuestionRun]:
    return [
        QuestionRun(lookup("l-1"), answer("5,4 miljoner kronor [1]."), (("corpus/x.txt", "x"), (DOC, TEXT)), latency),
        QuestionRun(lookup("l-2"), answer("Okänt.", quotes=()), (), latency * 2),
        QuestionRun(unanswerable(), answer("Framgår inte.", refused=True, quotes=()), (), latency * 3),
        QuestionRun(claim(), answer("Nej, 5,4 miljoner kronor [1].", verdict="contradicted"), ((DOC, TEXT),), latency * 4),
    ]


def test_aggregate_over_hand_made_answers() -> None:
    table = aggregate([score_question(r, TEXTS) for r in runs(10.0)])
    assert table["n"] == 4 and table["n_retrieval"] == 3
    assert table["hit@1"] == 1 / 3 and table["hit@5"] == 2 / 3 and table["mrr"] == (0.5 + 1.0) / 3
    assert table["numeric_accuracy"] == 2 / 3 and table["verdict_accuracy"] == 1.0
    assert table["refusal_precision"] == 1.0 and table["refusal_recall"] == 1.0
    assert table["citation_precision"] == 1.0 and table["evidence_recall"] == 2 / 3
    assert table["latency_p50_ms"] == 20.0 and table["latency_p95_ms"] == 40.0


CONFIG = {"thresholds": {"min": {"hit@5": 0.5, "mrr": 0.9}, "max": {"latency_p95_ms": 100}}}


def test_thresholds_fail_below_min_and_above_max_and_skip_what_was_not_measured() -> None:
    rows = check_thresholds({"hit@5": 0.6, "mrr": 0.5, "verdict_accuracy": None, "latency_p95_ms": 120.0},
                            {"min": {"hit@5": 0.5, "mrr": 0.9, "verdict_accuracy": 0.5}, "max": {"latency_p95_ms": 100}})
    assert [(r["metric"], r["ok"], r["measured"]) for r in rows] == [
        ("hit@5", True, True), ("mrr", False, True), ("verdict_accuracy", True, False), ("latency_p95_ms", False, True)]


def test_two_runs_give_the_same_report_apart_from_timings(tmp_path: Path) -> None:
    baselines = {"bm25": {"hit@1": 0.25, "hit@5": 0.5, "mrr": 0.3, "latency_p50_ms": 0.1}}
    reports = []
    for latency, out in ((10.0, tmp_path / "a"), (55.5, tmp_path / "b")):
        scores = [score_question(r, TEXTS) for r in runs(latency)]
        report = build_report(scores, sets=["s"], config=CONFIG, baselines=baselines, retrieval_source="test",
                              durations_s={"questions": latency})
        json_path, md_path = write_reports(report, out)
        reports.append(json.loads(json_path.read_text(encoding="utf-8")))
        assert md_path.read_text(encoding="utf-8").startswith("# Utvärdering av kommun")
    first, second = ({k: v for k, v in r.items() if k != "timings"} for r in reports)
    assert first == second
    assert reports[0]["timings"] != reports[1]["timings"]
    assert reports[0]["passed"] is False  # mrr 0.5 < 0.9
    assert reports[1]["timings"]["thresholds"][0]["ok"] is False  # p95 222 ms > 100 ms


def test_markdown_and_summary_show_baselines_categories_and_failures() -> None:
    scores = [score_question(r, TEXTS) for r in runs(10.0)]
    report = build_report(scores, sets=["s"], config=CONFIG, baselines={"bm25": {"hit@1": 0.25, "hit@5": 0.5, "mrr": 0.3}})
    page = render_markdown(report)
    assert "| hit@5 | 0.667 | 0.500 |" in page
    assert "| claim |" in page and "| lookup |" in page and "| unanswerable |" in page
    assert "| l-2 | Hur stort är paketet? | 5,4 miljoner kronor | Okänt. |" in page
    lines = summary_lines(report)
    assert "hit@5 0.667" in lines[0] and "baslinje BM25" in lines[1] and lines[-1] == "1 mått under tröskeln."


def test_each_set_is_scored_in_its_group() -> None:
    scores = [score_question(r, TEXTS) for r in runs(10.0)]
    report = build_report(scores, sets=["s"], config=CONFIG)
    assert report["sets_scored"] == {"s": {"group": "other", "n": len(scores), "right": sum(s.correct for s in scores),
                                           "answer_accuracy": round(sum(s.correct for s in scores) / len(scores), 4)}}
    assert report["groups"]["other"]["sets"] == 1
    page = render_markdown(report)
    assert f"| övrigt | s | {len(scores)} |" in page


def test_a_check_set_is_told_from_a_tuning_set() -> None:
    from evals.questions import CHECK_SETS, DEV_DIR
    from evals.report import set_group
    check = sorted(CHECK_SETS)[0]
    tuning = next(p.stem for p in sorted(DEV_DIR.glob("*.jsonl")) if p.stem not in CHECK_SETS)
    assert (set_group(check), set_group(tuning), set_group("no-such-set")) == ("check", "tuning", "other")


def gated(text: str, p: float, refused: bool = False) -> dict:
    return {**answer(text, refused=refused, quotes=() if refused else (QUOTE,)),
            "route": {"path": "text", "reasons": {"answerable_p": p, "cutoff": 0.2}}}


def test_the_report_shows_how_reliable_the_answerability_probability_was() -> None:
    runs_ = [QuestionRun(lookup("l-1"), gated("Paketet är på 5,4 miljoner kronor [1].", 0.93)),
             QuestionRun(lookup("l-2"), gated("Paketet är på 5,4 miljoner kronor [1].", 0.85)),
             QuestionRun(unanswerable(), gated("Det framgår inte.", 0.1, refused=True)),
             QuestionRun(lookup("l-3"), answer("Paketet är på 5,4 miljoner kronor [1]."))]  # the calculator: no gate
    scores = [score_question(r, TEXTS) for r in runs_]
    assert [s.answerable_p for s in scores] == [0.93, 0.85, 0.1, None]
    report = build_report(scores, sets=["s"], config=CONFIG)
    assert report["reliability"] == [{"p": "0.0-0.2", "n": 1, "mean_p": 0.1, "answerable": 0.0},
                                     {"p": "0.8-1.0", "n": 2, "mean_p": 0.89, "answerable": 1.0}]
    assert report["questions"][0]["answerable_p"] == 0.93
    page = render_markdown(report)
    assert "## Svarbarhetsmodellens tillförlitlighet" in page and "| 0.8-1.0 | 2 | 0.890 | 1.000 |" in page
