"""A claim naming no committee is about the municipality as a whole: the calculator's prose amount of a committee
("Utbildningsnämnden redovisade ett överskott på ...") does not judge it; the text check compares subjects."""
from __future__ import annotations


import pytest

from assistant.build import Assistant, open_assistant
from assistant.answering.claims import amount_of_a_committee
from core.settings import Settings
from ingest.pipeline import ingest_paths
from tests.fakes import HashEmbedder

TEXT = """Ockelbo kommun redovisar överskott för 2024

Ockelbo kommun redovisar ett positivt resultat på 9,9 miljoner kronor för 2024.
Utbildningsnämnden redovisade ett överskott på 700 000 kronor.
Omsorgsnämnden gick däremot 4,7 miljoner kronor back.
"""


@pytest.fixture(scope="module")
def ockelbo(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    corpus = tmp_path_factory.mktemp("ockelbo")
    (corpus / "pressmeddelande-bokslut-2024.txt").write_text(TEXT, encoding="utf-8")
    embedder = HashEmbedder()
    settings = Settings(data_dir=corpus / "data", embed_model=embedder.model_id)
    ingest_paths([corpus / "pressmeddelande-bokslut-2024.txt"], settings, embedder=embedder)
    return open_assistant(settings, embedder=embedder)


@pytest.mark.parametrize("claim, verdict", [
    ("Ockelbo gick med 9,9 miljoner i överskott 2024?", "supported"),
    ("Ockelbo gick med 12 miljoner i överskott 2024?", "contradicted"),
])
def test_a_claim_about_the_municipality_is_not_judged_by_a_committees_amount(ockelbo: Assistant, claim: str,
                                                                             verdict: str) -> None:
    answer = ockelbo.ask(claim)
    assert answer.verdict == verdict, answer.answer
    assert "9,9" in answer.answer and "700 000" not in answer.answer


@pytest.mark.parametrize("claim, quotes, guarded", [
    ("Ockelbo gick med 9,9 miljoner i överskott 2024", ["Utbildningsnämnden redovisade ett överskott på 700 000 kronor."],
     True),
    ("Ockelbo gick med 9,9 miljoner i överskott 2024", ["Ockelbo kommun redovisar ett resultat på 9,9 miljoner."], False),
    ("Utbildningsnämnden gick med 700 000 kronor i överskott", ["Utbildningsnämnden redovisade ett överskott på 700 000 "
                                                                "kronor."], False),
])
def test_a_committees_stated_amount_does_not_judge_a_claim_naming_none(claim: str, quotes: list[str],
                                                                       guarded: bool) -> None:
    """The guard itself: the small corpus above is judged right without it too (its calculator finds the
    municipality's own sentence), so the rule is pinned here."""
    assert amount_of_a_committee(claim, quotes) is guarded
