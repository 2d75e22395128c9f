"""Which evidence is about a claim's subject: the calculator's cells when their row, table, document or
municipality names it (in any inflection), and never a document of another municipality. Figures by hand from
corpus/ and tests/fixtures/municipalities."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.build import Assistant, open_assistant
from assistant.evidence.claims import inflected
from core.settings import Settings
from ingest.pipeline import ingest_paths
from tests.conftest import FIXTURES
from tests.fakes import HashEmbedder


@pytest.fixture(scope="module")
def municipal(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    embedder = HashEmbedder()
    settings = Settings(data_dir=tmp_path_factory.mktemp("municipal") / "data", embed_model=embedder.model_id)
    ingest_paths([FIXTURES / "municipalities"], settings, embedder=embedder)
    return open_assistant(settings, embedder=embedder)


@pytest.mark.parametrize("term, words, found", [
    ("grundskolan", {"grundskola"}, True),
    ("total", {"totalt"}, True),
    ("vårgård", {"vårgårda"}, True),
    ("skola", {"skolan"}, True),
    ("grundskolan", {"grund"}, False),  # a compound's first part is another word
    ("ram", {"ramarna"}, False),  # too short to tell an ending from another word
])
def test_inflected(term: str, words: set[str], found: bool) -> None:
    assert inflected(term, frozenset(words)) is found


def test_a_row_named_in_another_inflection_is_the_claims_subject(municipal: Assistant) -> None:
    # Vårgårda, driftbudget: Grundskola 228,4 mnkr (Budget 2025)
    answer = municipal.ask("Grundskolan i Vårgårda får 228,4 mnkr 2025?")
    assert answer.verdict == "supported" and answer.route["reasons"]["checked_by"] == "calculator", answer.answer
    assert "228,4" in answer.answer


def test_a_municipality_names_the_documents_it_owns(municipal: Assistant) -> None:
    # Vårgårda, resultatbudget: Årets resultat 15,9 mnkr (2024), 19,8 mnkr (2025)
    answer = municipal.ask("Vårgårdas årets resultat är högre 2025 än 2024?")
    assert answer.verdict == "supported", answer.answer
    assert "19,8" in answer.answer and "15,9" in answer.answer


def test_total_row_named_by_an_adjective(assistant: Assistant) -> None:
    # Investeringsbudget, Totalt: 268 356 (2021), 249 721 (2024) tkr
    answer = assistant.ask("De totala investeringarna är lägre 2024 än 2021?")
    assert answer.verdict == "supported", answer.answer
    assert "249 721" in answer.answer and "268 356" in answer.answer


def test_another_municipalitys_document_does_not_speak_for_the_named_one(municipal: Assistant) -> None:
    # only Vårgårda's council raised its water and sewage fee by 8 procent (kf-protokoll 2024-11-27, § 115)
    answer = municipal.ask("Tranemo höjer brukningsavgiften för vatten och avlopp med 8 procent 2025?")
    assert answer.verdict == "not_found", answer.answer
    answer = municipal.ask("Vårgårda höjer brukningsavgiften för vatten och avlopp med 8 procent 2025?")
    assert answer.verdict == "supported", answer.answer


def test_a_verb_framing_the_figure_as_expected_names_no_subject(municipal: Assistant) -> None:
    # Vårgårda, resultatbudget: Årets resultat 15,9 mnkr (2024); "räknar med" frames the figure as expected
    answer = municipal.ask("Vårgårda räknar med ett resultat på 15,9 mnkr 2024?")
    assert answer.verdict == "supported" and answer.route["reasons"]["checked_by"] == "calculator", answer.answer
    answer = municipal.ask("Vårgårda räknar med ett resultat på 25 mnkr 2024?")
    assert answer.verdict == "contradicted" and "15,9" in answer.answer, answer.answer
