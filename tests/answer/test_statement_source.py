"""A statement before the question names where it was said ("... säger i pressmeddelandet att Bronäs kostar 115
miljoner"), not where the asked figure must stand: "hur mycket av det är budgeterat 2026?" is the budget's cell,
and the leftover word "pressmeddelandet" is no other topic beside the row."""
from __future__ import annotations

from pathlib import Path

from assistant.build import open_assistant
from core.settings import Settings
from ingest.pipeline import ingest_paths
from tests.answer.test_change_near_miss import BUDGET
from tests.fakes import HashEmbedder

NEWS = """# Nytt vård- och omsorgsboende på Bronäs

Boendet på Bronäs beräknas kosta 115 miljoner kronor och byggstarten sker i höst.
"""


def test_the_document_a_statement_cites_does_not_bound_what_is_asked(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "budget-2025.md").write_text(BUDGET, encoding="utf-8")
    (corpus / "pressmeddelande-bronas.md").write_text(NEWS, encoding="utf-8")
    embedder = HashEmbedder()
    settings = Settings(data_dir=tmp_path / "data", embed_model=embedder.model_id)
    ingest_paths([corpus], settings, embedder=embedder)
    answer = open_assistant(settings, embedder=HashEmbedder()).ask(
        "kommunen säger i pressmeddelandet att bronäs kostar 115 miljoner, hur mycket av det är budgeterat 2026?")
    assert not answer.refused and "55,0 miljoner" in answer.answer, answer.answer
