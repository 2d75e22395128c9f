"""`kommun eval` end to end: the real ingest, index, retriever and composer on corpus/.

The first test uses the fake embedder (no torch); the integration tests run the real command with the
bundled model and the baselines.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest

from core.settings import Settings
from evals.baselines import run_baselines
from evals.questions import default_set_paths, load_sets
from evals.run import main
from tests.fakes import HashEmbedder

REPO = Path(__file__).resolve().parents[2]
SUBSET = ("lookup-sv-003", "lookup-en-004", "claim-002", "unanswerable-005", "followup-003")


def write_subset(path: Path) -> Path:
    lines = [line for p in default_set_paths() for line in p.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line)["id"] in SUBSET]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_eval_runs_the_real_assistant_with_a_fake_embedder(tmp_path: Path, capsys) -> None:
    args = Namespace(sets=[str(write_subset(tmp_path / "subset.jsonl"))], out=tmp_path / "out", no_baselines=True)
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=REPO / "corpus")
    code = main(args, settings, embedder=HashEmbedder())
    assert code in (0, 1)
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["n_questions"] == len(SUBSET)
    written = [json.loads(line)["id"] for line in Path(args.sets[0]).read_text(encoding="utf-8").splitlines()]
    assert [q["id"] for q in report["questions"]] == written  # set order, deterministic
    assert report["retrieval_source"] == "Assistant.retrieve"
    assert report["overall"]["quote_verbatim"] == 1.0  # the assistant verifies its quotes
    assert report["overall"]["chunks"] > 31  # our chunks are smaller than llama-index's 31 defaults
    assert "tomt: läser in" in capsys.readouterr().out  # the empty index was filled from corpus/ first


@pytest.mark.integration
def test_kommun_eval_command_with_the_bundled_model(tmp_path: Path) -> None:
    subset = write_subset(tmp_path / "subset.jsonl")
    env = dict(os.environ, KOMMUN_DATA_DIR=str(tmp_path / "data"), HF_HUB_OFFLINE="1")
    done = subprocess.run([str(Path(sys.executable).parent / "kommun"), "eval", str(subset), "--out",
                           str(tmp_path / "out"), "--no-baselines"], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=900)
    assert done.returncode in (0, 1), done.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["n_questions"] == len(SUBSET)
    assert report["overall"]["hit@5"] is not None and report["overall"]["quote_verbatim"] == 1.0
    assert "frågor: rätt" in done.stdout and (tmp_path / "out" / "report.md").is_file()


@pytest.mark.integration
def test_baselines_retrieve_with_the_bundled_model() -> None:
    questions = [q for q in load_sets(default_set_paths()) if q.id in SUBSET]
    tables = run_baselines(questions, REPO / "corpus", 10, Settings())
    assert set(tables) == {"bm25", "llamaindex"}
    for table in tables.values():
        assert table["n_retrieval"] == 4  # the unanswerable question has no gold passage
        assert 0.0 <= table["hit@1"] <= table["hit@5"] <= 1.0
    assert tables["bm25"]["hit@5"] >= 0.5  # plain BM25 finds the Swedish lookups in 31 large chunks
