"""A rate's base is no amount ("kommunalskatt per 100 kronor": the 100 is what the rate is per), and a worked example
("Om du tjänar 30 000 kronor i månaden betalar du cirka 6 678 kronor") states no figure of the municipality: the
sentence stating the rate itself answers "hur hög är kommunalskatten?"."""
from __future__ import annotations

from assistant.evidence.sentences import amounts_in
from assistant.understand.words import opens_hypothetical


def test_the_base_of_a_rate_is_no_amount() -> None:
    assert amounts_in("Skattekrona – kommunalskatt per 100 kronor beskattningsbar inkomst.", money=True) == []
    assert amounts_in("Skattesatsen är 22,26 kronor per hundralapp.", money=True) == ["22,26"]
    assert amounts_in("Av varje 100 kronor går 31 kronor till skolan.", money=True) == ["31"]


def test_a_sentence_opened_by_a_supposition_is_a_worked_example() -> None:
    assert opens_hypothetical("Om du tjänar 30 000 kronor i månaden betalar du cirka 6 678 kronor i kommunalskatt.")
    assert opens_hypothetical("If you earn 30,000 kronor a month you pay about 6,678 kronor.")
    assert not opens_hypothetical("Om två år ska skolan vara klar.")
    assert not opens_hypothetical("År 2025 är skattesatsen 22,26 kronor per hundralapp.")


def test_the_rate_answers_not_the_worked_example(tmp_path) -> None:
    from pathlib import Path

    from assistant.build import open_assistant
    from core.settings import Settings
    from ingest.pipeline import ingest_paths
    from tests.fakes import HashEmbedder

    corpus = Path(tmp_path) / "corpus"
    corpus.mkdir()
    (corpus / "skatt.md").write_text(
        "# Så används din skatt\n\nOm du tjänar 30 000 kronor i månaden betalar du cirka 6 678 kronor i kommunalskatt "
        "till kommunen varje månad.\n\nÅr 2025 är skattesatsen i kommunen 22,26 kronor per hundralapp av din "
        "beskattningsbara inkomst.\n\nSkattekrona – kommunalskatt per 100 kronor beskattningsbar inkomst.\n",
        encoding="utf-8")
    embedder = HashEmbedder()
    settings = Settings(data_dir=Path(tmp_path) / "data", embed_model=embedder.model_id)
    ingest_paths([corpus], settings, embedder=embedder)
    answer = open_assistant(settings, embedder=embedder).ask("Hur hög är kommunalskatten 2025?")
    assert "22,26" in answer.answer and "6 678 kronor:" not in answer.answer, answer.answer
