"""AppTest flows on the real stack (ingest, index, retrieval, calculator) with the fake embedder:
the first start ingests the corpus with a visible progress, then a budget question gets its figure and
source; an empty corpus and an unreachable Chroma server give readable errors."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.fakes import HashEmbedder
from tests.ui.conftest import APP

pytest.importorskip("assistant.build", reason="assistant/build.py (open_assistant) has not landed yet")


@pytest.fixture
def real_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("KOMMUN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KOMMUN_CORPUS_DIR", str(tmp_path / "corpus"))
    monkeypatch.delenv("KOMMUN_CHROMA_URL", raising=False)
    monkeypatch.delenv("KOMMUN_ADMIN_TOKEN", raising=False)
    monkeypatch.setattr("assistant.embedding.load_embedder", lambda settings: HashEmbedder())
    return tmp_path


def _plain(text: str) -> str:
    return text.replace("\\", "").replace("\u00a0", " ")


def test_first_start_ingests_then_answers_with_figure_and_source(real_env: Path, make_app):
    shutil.copytree(CORPUS, real_env / "corpus")
    at = make_app().run()
    assert not at.exception, at.exception
    assert at.status and at.status[0].label == "Dokumenten är inlästa."
    assert (real_env / "data" / "manifest.json").is_file()
    documents = at.sidebar.expander[0]
    assert documents.label == "Dokument i indexet (5)"
    at.chat_input[0].set_value("Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?").run()
    assert not at.exception, at.exception
    reply = at.chat_message[1]
    body = _plain("\n".join(m.value for m in reply.markdown))
    assert re.search(r"205 172.*213 162", body), body
    assert "[1]" in body and "Källor" in body
    assert at.code and "213 162 - 205 172" in at.code[0].value.replace("\u00a0", " ")
    assert "<mark" in at.main.expander[0].children[0].proto.body  # quoted span highlighted


def test_second_start_does_not_ingest_again(real_env: Path, make_app):
    shutil.copytree(CORPUS, real_env / "corpus")
    make_app().run()
    at = make_app().run()  # same process, cached assistant: no status box
    assert not at.status and not at.exception


def test_empty_corpus_gives_the_next_step(real_env: Path, make_app):
    (real_env / "corpus").mkdir()
    at = make_app().run()
    assert not at.exception
    message = _plain(at.error[0].value)
    assert "Indexet är tomt" in message and "kommun ingest" in message and str(real_env / "corpus") in message
    assert not at.chat_input  # no chat box without documents


def test_unreachable_chroma_server_is_a_readable_error(real_env: Path, make_app, monkeypatch):
    shutil.copytree(CORPUS, real_env / "corpus")
    monkeypatch.setenv("KOMMUN_CHROMA_URL", "http://127.0.0.1:9")
    at = make_app().run()
    assert not at.exception, at.exception
    assert at.error and "127.0.0.1:9" in _plain(at.error[0].value)
    assert "Traceback" not in at.error[0].value
