"""A share whose whole the part's sentence states after it, the part said "of" it ("31,7 miljoner kronor av årets
budget på 84,0 miljoner": budget/text_share.py), also when the question names a kind of table (investments) whose
tables hold no row it asks of."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

SENTENCE = ("Under januari–augusti har kommunen investerat för 31,7 miljoner kronor av årets budget på 84,0 miljoner "
            "kronor. Prognosen för helåret är 70,0 miljoner kronor.")

REPORT = f"""Delårsrapport januari–augusti 2031 Åsby kommun

Investeringar

{SENTENCE}
"""

PLAN = """Budget och plan 2032–2034 Åsby kommun

Tabell 5. Investeringsbudget per nämnd, mnkr

| Nämnd | Budget 2032 | Plan 2033 | Plan 2034 |
|---|---:|---:|---:|
| Kommunstyrelsen | 40,0 | 35,0 | 30,0 |
| Tekniska nämnden | 50,0 | 45,0 | 40,0 |
| Summa investeringar | 90,0 | 80,0 | 70,0 |
"""


def _doc(path: str, text: str, date: str) -> LoadedDocument:
    return LoadedDocument(path=path, text=text, sha256=path,
                          meta=DocumentMeta(title=path, date=date, doc_type="report", municipality="Åsby"))


def test_the_whole_after_the_part_said_of_it_is_the_whole():
    book = FigureBook((extract_figures(_doc("asby/delar.md", REPORT, "2031-10-01")),))
    answer = answer_figures("Hur stor andel av årets investeringsbudget hade kommunen använt efter augusti?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "share"
    assert round(answer.calculation.result, 1) == Decimal("37.7")
    assert "31,7 av 84,0 mnkr" in answer.text


def test_a_later_sum_the_part_is_not_said_of_is_no_whole():
    text = REPORT.replace("av årets budget på", "och årets budget är")
    book = FigureBook((extract_figures(_doc("asby/delar.md", text, "2031-10-01")),))
    answer = answer_figures("Hur stor andel av årets investeringsbudget hade kommunen använt efter augusti?", book)
    assert answer is None or answer.calculation is None or answer.calculation.operation != "share"


def test_a_share_of_a_kind_of_table_naming_no_row_is_the_texts():
    book = FigureBook((extract_figures(_doc("asby/delar.md", REPORT, "2031-10-01")),
                       extract_figures(_doc("asby/budget.md", PLAN, "2031-11-20"))))
    answer = answer_figures("Hur stor andel av årets investeringsbudget hade kommunen använt efter augusti 2031?", book)
    assert answer is not None and answer.calculation is not None and not answer.refused
    assert answer.calculation.operation == "share"
    assert round(answer.calculation.result, 1) == Decimal("37.7")
