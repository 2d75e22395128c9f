"""A phrase saying a result's sign ("gick back", "gick plus") names no subject the calculator's cited row must name:
the committee's deviation row of the claimed year judges "omsorgsnämnden gick back 9 miljoner 2024"
(answering/claims._about_claimed_subject leaves claims.sign_phrase_stems out)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.build import Assistant, open_assistant
from core.settings import Settings
from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS
from tests.fakes import HashEmbedder

REPORT = """# Årsredovisning 2024 Orsby kommun

## Driftredovisning per nämnd

| Nämnd, tkr | Budget 2024 | Utfall 2024 | Avvikelse |
|---|---|---|---|
| Omsorgsnämnden | -478 300 | -485 010 | -6 710 |
| Kultur- och fritidsnämnden | -40 100 | -39 200 | 900 |
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    corpus = tmp_path_factory.mktemp("signphrase") / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "arsredovisning-2024.md").write_text(REPORT, encoding="utf-8")
    # "back" is a word of the documents, rarer than the committee's name
    (corpus / "nyhet-2024.txt").write_text("Kiosken\n\nKiosken vid badplatsen gick back i somras.\n", encoding="utf-8")
    embedder = HashEmbedder()
    settings = Settings(data_dir=Path(corpus).parent / "data", embed_model=embedder.model_id)
    ingest_paths([corpus], settings, embedder=embedder)
    return open_assistant(settings, embedder=embedder)


def test_a_sign_phrase_names_no_subject(assistant: Assistant) -> None:
    answer = assistant.ask("jag har hört att omsorgsnämnden gick back 9 miljoner 2024")
    assert (answer.route or {}).get("reasons", {}).get("checked_by") == "calculator", answer.answer
    assert answer.verdict == "contradicted" and "6,7" in answer.answer, answer.answer
