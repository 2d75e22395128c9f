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


@pytest.mark.parametrize("question", [
    "hur stor andel av det begärda beloppet fick ifo-nämnden i tilläggsanslag?",
    "hur stor andel av de begärda tilläggsanslagen fick nämnden?",
])
def test_a_share_of_one_own_kind_is_of_the_tables_other_kind(question: str) -> None:
    # the whole said after "av" is "Begärt belopp"; no other kind is named ("fick"): the
    # part is the table's other column of figures, "Beviljat belopp", of the table's total
    answer = answer_figures(question, _book())
    assert answer is not None and answer.calculation is not None and not answer.refused, answer
    assert round(answer.calculation.result, 1) == Decimal("94.1"), answer.text


def test_a_row_named_beside_the_own_kind_is_the_part() -> None:
    # "av nettokostnaden ... var äldreomsorg": the row named is the part of the column's total, not the table's
    # other column ("Kr per invånare 2024") of the total row
    text = """Nettokostnad per verksamhet

| Verksamhet | Nettokostnad 2024 | Kr per invånare 2024 |
|---|---|---|
| Äldreomsorg | 315 400 | 20 598 |
| Förskola | 150 000 | 9 800 |
| Grundskola | 541 720 | 35 400 |
| Summa | 1 007 120 | 65 798 |
"""
    doc = LoadedDocument(path="n.md", text=text, sha256="n", meta=DocumentMeta(title="Nettokostnad per verksamhet"))
    answer = answer_figures("hur stor del av nettokostnaden 2024 var äldreomsorg (i procent)?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None, answer
    assert round(answer.calculation.result, 1) == Decimal("31.3"), answer.text
