"""Columns naming a kind of amount ("Sökt belopp (kr)", "Beviljat belopp (kr)") under a title naming one year are
that year's figures of those kinds; a share held between two of the tables' own kinds of column ("hur stor andel av
det sökta beloppet beviljades") is read from the total row of the table whose title names the topic. Also: a
comparative and its "än" six words apart ask a difference, and an amount of the text naming neither of the two rows
held against each other does not answer for them."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.plan import DIFFERENCE, plan_question
from assistant.budget.records import Column
from assistant.budget.store import FigureBook
from assistant.budget.yearless import dated_by_title
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

GRANTS = """§ 144 Fördelning av medel ur landsbygdsutvecklingsfonden 2025

| Förening | Sökt belopp (kr) | Beviljat belopp (kr) |
|---|---|---|
| Svanskogs bygdegårdsförening | 120 000 | 95 000 |
| Långseruds IF | 85 000 | 60 000 |
| Summa | 205 000 | 155 000 |

Nettokostnad per nämnd, mnkr

| Nämnd | Budget 2025 | Prognos 2025 | Avvikelse mot budget |
|---|---|---|---|
| Barn- och utbildningsnämnden | 368,7 | 372,9 | -4,2 |
| Socialnämnden | 421,5 | 428,4 | -6,9 |
| Summa nämnder | 790,2 | 801,3 | -11,1 |

För helåret prognostiserar vi ett resultat på 25,4 miljoner kronor.
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="k/protokoll.md", text=GRANTS, sha256="g",
                         meta=DocumentMeta(title="Protokoll", date="2025-11-03", doc_type="minutes"))
    return FigureBook((extract_figures(doc),))


def test_columns_naming_a_kind_of_amount_take_the_titles_year() -> None:
    columns = (Column(label="Sökt belopp (kr)", year=None, kind="Sökt belopp"),
               Column(label="Beviljat belopp (kr)", year=None, kind="Beviljat belopp"))
    assert [c.year for c in dated_by_title(columns, "§ 144 Fördelning av medel 2025")] == [2025, 2025]
    change = (Column(label="Antal", year=None, kind="Antal"), Column(label="Förändring, tkr", year=None, kind="Förändring"))
    assert [c.year for c in dated_by_title(change, "Nyckeltal 2025")] == [None, None]


def test_a_share_between_two_own_kinds_of_column(book: FigureBook) -> None:
    question = "Hur stor andel av det sökta beloppet beviljades totalt ur landsbygdsutvecklingsfonden?"
    assert plan_question(question, book.index.lexicon).kinds == ("Sökt belopp", "Beviljat belopp")
    answer = answer_figures(question, book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result.quantize(Decimal("0.1")) == Decimal("75.6")  # 155 000 of 205 000


def test_a_comparative_and_its_than_six_words_apart_ask_a_difference(book: FigureBook) -> None:
    assert DIFFERENCE.search("hur mycket större är socialnämndens prognostiserade underskott än bun:s")
    assert not DIFFERENCE.search("mer pengar går till skolan och omsorgen och kulturen i kommunen än")
    answer = answer_figures("Hur mycket större är socialnämndens prognostiserade underskott än BUN:s?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "difference" and answer.calculation.result == Decimal("2.7")


def test_income_as_a_share_of_costs_written_negative_is_a_share_of_their_sizes() -> None:
    text = "Driftbudget per verksamhet 2025\nBelopp i tkr\n\n| Verksamhet | Intäkter | Kostnader | Nettokostnad |\n" \
           "|---|---|---|---|\n| Äldreomsorg | 31 800 | -214 200 | -182 400 |\n| Fritidshem | 4 100 | -22 900 | -18 800 |\n"
    doc = LoadedDocument(path="h/drift.md", text=text, sha256="d",
                         meta=DocumentMeta(title="Driftbudget", date="2024-11-26", doc_type="budget"))
    answer = answer_figures("hur stor andel av kostnaderna för äldreomsorg är intäkter?", FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result.quantize(Decimal("0.01")) == Decimal("14.85")  # 31 800 of 214 200


def test_a_kind_of_column_said_as_the_source_is_no_third_kind() -> None:
    drift = "Driftbudget per verksamhet 2025\nBelopp i tkr\n\n| Verksamhet | Intäkter | Kostnader | Nettokostnad |\n" \
            "|---|---|---|---|\n| Äldreomsorg | 31 800 | -214 200 | -182 400 |\n| Fritidshem | 4 100 | -22 900 | -18 800 |\n"
    followed = "Uppföljning, tkr\n\n| Verksamhet | Budget 2025 | Prognos 2025 |\n|---|---|---|\n" \
               "| Äldreomsorg | 182 400 | 186 900 |\n| Summa | 182 400 | 186 900 |\n"
    docs = [LoadedDocument(path=path, text=text, sha256=path, meta=DocumentMeta(title=title, date=date, doc_type=kind))
            for path, text, title, date, kind in (("h/drift.md", drift, "Driftbudget", "2024-11-26", "budget"),
                                                  ("h/protokoll.md", followed, "Protokoll", "2025-09-30", "minutes"))]
    question = "Hur stor del av äldreomsorgens kostnader täcks av intäkter enligt budgeten per verksamhet?"
    answer = answer_figures(question, FigureBook(tuple(extract_figures(d) for d in docs)))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result.quantize(Decimal("0.01")) == Decimal("14.85")  # not of the Budget column
