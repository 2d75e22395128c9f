"""A table's two own kinds of column held against each other when the question names one ("hur mycket mindre fick
nämnden än vad de begärde?": "Beviljat belopp" against "Begärt belopp"), a verb's past naming its participle's
column ("begärde" of "Begärt"), for the committee whose table it is: its title names the committee, its total is
the committee's figure."""
from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.plan import in_columns
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Sammanträdesprotokoll kommunstyrelsen 2024-10-28

§ 143 Tilläggsanslag till individ- och familjeomsorgsnämnden 2024

| Verksamhet | Begärt belopp (tkr) | Beviljat belopp (tkr) |
|---|---|---|
| Institutionsplaceringar barn och unga | 1 900 | 1 900 |
| Familjehemsplaceringar | 850 | 850 |
| Skyddat boende | 650 | 450 |
| Summa | 3 400 | 3 200 |
"""

TAX = """Så används din skatt

Fördelning av 100 kronor i kommunalskatt, budget 2025

| Verksamhet | Kronor |
|---|---|
| Förskola och skola | 45 |
| Individ- och familjeomsorg | 6 |
| Vård och omsorg | 30 |
| Övrigt | 19 |
| Summa | 100 |
"""


def _book() -> FigureBook:
    docs = [LoadedDocument(path=path, text=text, sha256=path, meta=DocumentMeta(title=text.splitlines()[0], doc_type=kind))
            for path, text, kind in (("ks.md", MINUTES, "protokoll"), ("skatt.md", TAX, "webb"))]
    return FigureBook(tuple(extract_figures(d) for d in docs))


@pytest.mark.parametrize("question", [
    "hur mycket mindre fick ifo-nämnden än vad dom begärde i tilläggsanslag?",
    "hur mycket mindre beviljades ifo-nämnden än vad de begärde i tilläggsanslag?",
])
def test_the_granted_sum_held_against_the_requested(question: str) -> None:
    answer = answer_figures(question, _book())
    assert answer is not None and not answer.refused
    assert answer.calculation is not None and abs(answer.calculation.result) == Decimal(200)


def test_a_verbs_past_names_its_participles_column() -> None:
    assert in_columns("begärde", frozenset({"begärt"}))
    assert in_columns("beviljade", frozenset({"bevilj"}))
    assert not in_columns("begär", frozenset({"begärt"}))  # too short to tell
