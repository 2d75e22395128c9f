"""A row said in part only by words of its table's title ("vatten" in "vatten och avlopp" of "Taxa för vatten och
avlopp", fitting "Pris per kubikmeter vatten") names the table when another row of it is named ("typhus")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Protokollsutdrag kommunstyrelsen 2024-10-16

§ 188 Taxa för vatten och avlopp 2025

| Avgift | Taxa 2024 | Taxa 2025 | Förändring, % |
|---|---:|---:|---:|
| Fast avgift per år, villa | 4 860 | 5 250 | 8,0 |
| Pris per kubikmeter vatten | 38,40 | 41,47 | 8,0 |
| Typhus, 150 m³ per år | 11 740 | 12 681 | 8,0 |
"""


def test_the_title_words_name_the_table_not_a_row() -> None:
    doc = LoadedDocument(path="ks.md", text=MINUTES, sha256="ks",
                         meta=DocumentMeta(title="Protokollsutdrag", date="2024-10-16", doc_type="minutes"))
    answer = answer_figures("hur mycket dyrare blir vatten och avlopp för ett typhus 2025 jämfört med 2024?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("941")


KEY = """Årsredovisning 2024

Nyckeltal: nettokostnad och invånare

| | Bokslut 2023 | Bokslut 2024 |
|---|---:|---:|
| Verksamhetens nettokostnader | -320,1 | -332,6 |
| Antal invånare 31 december | 3 760 | 3 741 |
"""


def test_a_title_word_said_alone_is_still_a_row() -> None:
    from assistant.budget.plan import plan_question

    doc = LoadedDocument(path="ar.md", text=KEY, sha256="ar",
                         meta=DocumentMeta(title="Årsredovisning 2024", date="2025-04-01", doc_type="annual_report"))
    plan = plan_question("vad var nettokostnad per invånare 2024?", FigureBook((extract_figures(doc),)).index.lexicon)
    assert plan.operation == "per" and "Verksamhetens nettokostnader" in plan.rows
