"""A verb naming the table's own kind of column as a compound of a general kind ("ombudgeterar": the column
"Ombudgeteras till 2025", not "Budget 2024") reads that column."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Protokoll kommunstyrelsen 2025-03-11

§ 36 Ombudgetering av investeringsmedel från 2024 till 2025

| Projekt | Budget 2024, tkr | Utfall 2024, tkr | Ombudgeteras till 2025, tkr |
|---|---|---|---|
| Förskolan Solrosen, Alfta | 6000 | 3850 | 2150 |
| VA-ledningar Edsbyn centrum | 9000 | 7420 | 1580 |
| Summa | 15000 | 11270 | 3730 |
"""


def test_a_compound_of_a_general_kind_reads_the_tables_own_column() -> None:
    doc = LoadedDocument(path="ks.md", text=MINUTES, sha256="k",
                         meta=DocumentMeta(title="Protokoll kommunstyrelsen 2025-03-11", doc_type="protokoll"))
    answer = answer_figures("hur mycket ombudgeterar ks till förskolan solrosen?", FigureBook((extract_figures(doc),)))
    assert answer is not None and not answer.refused
    assert [v.value for v in answer.values] == [Decimal(2150)]
