"""The chat's long-lived assistant notices a re-ingest (a new index generation) and reloads between
questions: the next answer uses the new figures, without restarting the server."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.fakes import HashEmbedder

BUDGET = "budget-2021-2023-socialdemokraterna.txt"
QUESTION = "Hur mycket är Socialnämndens kommunbidrag 2022?"


@pytest.fixture
def real_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("KOMMUN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KOMMUN_CORPUS_DIR", str(tmp_path / "corpus"))
    monkeypatch.delenv("KOMMUN_CHROMA_URL", raising=False)
    monkeypatch.delenv("KOMMUN_ADMIN_TOKEN", raising=False)
    monkeypatch.setattr("assistant.retrieval.embedding.load_embedder", lambda settings: HashEmbedder())
    return tmp_path


def _reply(at, n: int) -> str:  # noqa: ANN001
    return "\n".join(m.value for m in at.chat_message[n].markdown).replace("\\", "").replace("\u00a0", " ")


def test_chat_answers_with_new_figures_after_a_reingest(real_env: Path, make_app) -> None:  # noqa: ANN001
    from core.settings import Settings
    from ingest.pipeline import ingest_paths

    corpus = real_env / "corpus"
    shutil.copytree(CORPUS, corpus)
    at = make_app().run()  # first start: ingests
    at.chat_input[0].set_value(QUESTION).run()
    assert not at.exception, at.exception
    assert "209 559" in _reply(at, 1)

    budget = corpus / BUDGET
    budget.write_text(budget.read_text(encoding="utf-8").replace("209 559", "219 559"), encoding="utf-8")
    ingest_paths([corpus], Settings.from_env(), embedder=HashEmbedder())  # e.g. `kommun ingest` meanwhile

    at.chat_input[0].set_value(QUESTION).run()
    assert not at.exception, at.exception
    assert "219 559" in _reply(at, 3) and "209 559" not in _reply(at, 3)
