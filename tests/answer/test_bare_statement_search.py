"""A bare statement is checked as a claim; when the documents neither support nor contradict it, it may be a search
typed without a question word, and it is answered as a question. A claim asked for outright stays a claim."""
from __future__ import annotations

from pathlib import Path

from tests.fakes import assistant_over

TEXT = """Nytt omställningspaket för socialförvaltningen

Socialnämnden beslutade den 14 maj om ett omställningspaket på 5,4 miljoner kronor för förvaltningen.
Av detta går 4,7 miljoner till avdelning vuxna och resten till avdelning unga.
Förvaltningen ska redovisa effekterna till nämnden i december.
"""


def _assistant(tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "nyhet.txt").write_text(TEXT, encoding="utf-8")
    return assistant_over(folder)


def test_a_statement_typed_as_a_search_is_answered_as_a_question(tmp_path: Path) -> None:
    answer = _assistant(tmp_path).ask("storlek på omställningspaketet som socialnämnden klubbade i maj")
    assert not answer.refused and answer.verdict is None
    assert "5,4" in answer.answer


def test_a_claim_asked_for_outright_stays_a_claim(tmp_path: Path) -> None:
    answer = _assistant(tmp_path).ask("Stämmer det att kommunen bygger en ny simhall i Ingared?")
    assert answer.verdict == "not_found"
