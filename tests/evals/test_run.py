"""`kommun eval` plumbing with a scripted assistant: history passed, passages found, reports, exit code."""
from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path

import pytest

from core.errors import KommunError
from core.settings import Settings
from core.types import Answer, Chunk, Citation, Hit
from evals import run

REPO = Path(__file__).resolve().parents[2]
DOC = "corpus/2024-01-31-namnden-arbete-kompetens-valfard-i-korthet.txt"
QUOTE = "Vi har ett sparkrav på totalt 41 miljoner"


def write_set(path: Path) -> Path:
    rows = [
        {"id": "t-1", "category": "lookup", "language": "sv", "question": "Hur stort är sparkravet?", "history": [],
         "gold": {"answer": "41 miljoner", "numbers": [{"value": 41, "unit": "mnkr"}], "docs": [DOC],
                  "quotes": [QUOTE], "refused": False, "verdict": None}},
        {"id": "t-2", "category": "followup", "language": "sv", "question": "Och vem är ordförande?",
         "history": ["Hur stort är sparkravet?"],
         "gold": {"answer": "Samuel Carlén", "numbers": [], "docs": [DOC],
                  "quotes": ["säger Samuel Carlén (S), ordförande i nämnden"], "refused": False, "verdict": None}},
        {"id": "t-3", "category": "unanswerable", "language": "sv", "question": "Vad kostar simhallen?", "history": [],
         "gold": {"answer": "-", "numbers": [], "docs": [], "quotes": [], "refused": True, "verdict": None}},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


class ScriptedAssistant:
    """Answers from a script and records what it was asked; `retrieve` returns fixed hits."""

    def __init__(self, script: dict[str, Answer], fail: str | None = None) -> None:
        self.script, self.fail, self.calls = script, fail, []

    def ask(self, question: str, history=(), check: bool = False) -> Answer:
        self.calls.append((question, tuple(history)))
        if question == self.fail:
            raise KommunError("Chroma-servern svarar inte.")
        return self.script[question]

    def retrieve(self, question: str, k: int = 10, history=()):
        text = (REPO / DOC).read_text(encoding="utf-8")
        chunk = Chunk(id="c1", doc_path=DOC, text=text, start=0, end=len(text), title="Nämnden")
        other = Chunk(id="c0", doc_path="corpus/x.txt", text="annat", start=0, end=5, title="X")
        return [Hit(other, 1.0), Hit(chunk, 0.5)][:k]


def good_script() -> dict[str, Answer]:
    cite = Citation(n=1, doc=DOC, title="Nämnden", quote=QUOTE, chunk_id="c1")
    chair = Citation(n=1, doc=DOC, title="Nämnden", quote="säger Samuel Carlén (S), ordförande i nämnden för arbete",
                     chunk_id="c1")
    return {
        "Hur stort är sparkravet?": Answer("Hur stort är sparkravet?", "Sparkravet är totalt 41 miljoner [1].",
                                           citations=(cite,)),
        "Och vem är ordförande?": Answer("Och vem är ordförande?", "Samuel Carlén (S) [1].", citations=(chair,)),
        "Vad kostar simhallen?": Answer("Vad kostar simhallen?", "Det framgår inte av dokumenten.", refused=True),
    }


def run_eval(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, assistant: ScriptedAssistant, config: dict) -> int:
    monkeypatch.setattr(run, "open_or_ingest", lambda settings, embedder=None: assistant)
    monkeypatch.setattr(run, "load_config", lambda: config)
    args = Namespace(sets=[str(write_set(tmp_path / "mini.jsonl"))], out=tmp_path / "out", no_baselines=True)
    return run.main(args, Settings(data_dir=tmp_path / "data", corpus_dir=REPO / "corpus"))


def test_eval_passes_history_scores_retrieved_passages_and_writes_reports(tmp_path, monkeypatch, capsys) -> None:
    assistant = ScriptedAssistant(good_script())
    code = run_eval(tmp_path, monkeypatch, assistant, {"retrieval_k": 10, "thresholds": {"min": {"hit@5": 0.9}}})
    assert code == 0
    assert assistant.calls[1] == ("Och vem är ordförande?", ("Hur stort är sparkravet?",))
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["retrieval_source"] == "Assistant.retrieve"
    assert report["overall"]["hit@1"] == 0.0 and report["overall"]["hit@5"] == 1.0 and report["overall"]["mrr"] == 0.5
    assert report["overall"]["numeric_accuracy"] == 1.0 and report["overall"]["refusal_recall"] == 1.0
    assert report["overall"]["citation_precision"] == 1.0 and report["overall"]["quote_verbatim"] == 1.0
    assert report["failures"] == []
    assert (tmp_path / "out" / "report.md").is_file()
    assert "Alla trösklar klarade." in capsys.readouterr().out


def test_eval_exits_1_below_a_threshold_and_survives_a_failing_question(tmp_path, monkeypatch, capsys) -> None:
    assistant = ScriptedAssistant(good_script(), fail="Och vem är ordförande?")
    code = run_eval(tmp_path, monkeypatch, assistant, {"thresholds": {"min": {"hit@1": 0.5}}})
    assert code == 1
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    failed = {f["id"]: f["reasons"] for f in report["failures"]}
    assert failed["t-2"][0] == "fel: Chroma-servern svarar inte."
    assert "under tröskeln: hit@1" in capsys.readouterr().out


def test_an_unexpected_exception_fails_its_question_and_the_run_but_the_other_questions_are_scored(
        tmp_path, monkeypatch, capsys) -> None:
    class Crashing(ScriptedAssistant):
        def ask(self, question: str, history=(), check: bool = False) -> Answer:
            if question == "Och vem är ordförande?":
                raise IndexError("list index out of range")
            return super().ask(question, history, check)

    code = run_eval(tmp_path, monkeypatch, Crashing(good_script()), {"thresholds": {}})
    assert code == 1  # a bug fails the run although every threshold holds
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["crashed"] == ["t-2"] and report["n_questions"] == 3
    assert {q["id"]: q["correct"] for q in report["questions"]} == {"t-1": True, "t-2": False, "t-3": True}
    assert dict((f["id"], f["reasons"][0]) for f in report["failures"])["t-2"] == "krasch: IndexError: list index out of range"
    captured = capsys.readouterr()
    assert "1 frågor kraschade" in captured.out and "Traceback" in captured.err


def test_citations_stand_in_for_passages_when_the_assistant_has_no_retrieve(tmp_path, monkeypatch) -> None:
    class NoRetrieve(ScriptedAssistant):
        retrieve = None

    run_eval(tmp_path, monkeypatch, NoRetrieve(good_script()), {"thresholds": {}})
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["retrieval_source"].startswith("citeringar")
    assert report["overall"]["hit@1"] == 1.0
