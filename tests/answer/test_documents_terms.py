"""An English question writing the documents' own term in parentheses or quotes: the term is searched at full
weight, the English words glossing it are not searched, and the calculator reads the term's row."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from assistant.understand.gloss import term_words, without_glosses
from assistant.understand.query import UNTRANSLATED_WEIGHT, analyse
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget 2025 Norrby kommun

Tabell 2. Driftbudget per nämnd (tkr)

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Kommunstyrelsen | 90 000 | 92 000 |
| Valnämnd | 620 | 310 |
| Socialnämnden | 218 900 | 226 430 |

Tabell 3. Resultatbudget (tkr)

| Post | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Skatteintäkter | 500 000 | 520 000 |
| Årets resultat | 10 500 | 12 300 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="budget.md", text=BUDGET, sha256="budget",
                         meta=DocumentMeta(title="Budget 2025", date="2024-11-20", doc_type="budget"))
    return FigureBook((extract_figures(doc),))


@pytest.mark.parametrize(("question", "blanked", "terms"), [
    ("What is the budget for the election committee (Valnämnd)?", "election committee", ["Valnämnd"]),
    ("What net result (årets resultat) is planned?", "net result", ["årets", "resultat"]),
    # a glossary phrase before the term glosses whole, though "and" would end a gloss
    ("who is the water and sewage (VA) manager?", "water and sewage", ["VA"]),
    ("What did the budget propose for 'uppsökande föreningsaktiviteter'?", "", ["uppsökande", "föreningsaktiviteter"]),
])
def test_a_term_in_the_documents_words_and_its_gloss(question: str, blanked: str, terms: list[str]) -> None:
    assert term_words(question) == terms
    if blanked:
        assert blanked not in without_glosses(question) and terms[0] in without_glosses(question)


@pytest.mark.parametrize("question", [
    "What is Valnämnd (election committee) spending?",  # an English parenthesis glosses what stands before it
    "How many people live in Norrby (mid-2025)?",  # a qualifier with a year is no term
    "What did the Social Democrats' budget say about 'schools'?",  # an English word quoted; a possessive opens nothing
])
def test_english_parentheses_and_quotes_hold_no_term(question: str) -> None:
    assert term_words(question) == [] and without_glosses(question) == question


def test_the_term_counts_fully_and_its_gloss_not_at_all() -> None:
    q = analyse("What is the 2025 budget for the election committee (Valnämnd)?")
    weights = dict(zip((g[0] for g in q.groups), q.weights))
    assert weights["valnämnd"] == 1.0
    assert not any("election" in g for g in q.groups)
    assert UNTRANSLATED_WEIGHT not in q.weights


def test_the_calculator_reads_the_row_the_term_names() -> None:
    answer = answer_figures("What is the 2025 budget for the election committee (Valnämnd)?", _book(), language="en")
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("310")


@pytest.mark.parametrize(("question", "figure"), [
    ("What net result (årets resultat) does the budget show for 2025?", "12300"),  # "does ... show": no topic
    ("What skatteintäkter does the budget show for 2025?", "520000"),
])
def test_a_do_supported_verb_names_no_topic(question: str, figure: str) -> None:
    answer = answer_figures(question, _book(), language="en")
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(figure)
