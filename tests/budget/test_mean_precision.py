"""A mean the table's precision would round is written with one decimal more: five results in one decimal of mnkr
average 4,34 mnkr (21,7 / 5), not "4,3"; a mean the precision holds exactly is written as the table writes it."""
from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

KEY_FIGURES = """Årsredovisning 2024

Nyckeltal 2020–2024

| Nyckeltal | 2020 | 2021 | 2022 | 2023 | 2024 |
|---|---|---|---|---|---|
| Årets resultat, mnkr | 6,8 | 8,9 | -1,4 | 2,0 | 5,4 |
| Nettoinvesteringar, mnkr | 10,0 | 12,0 | 14,0 | 16,0 | 18,0 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="ar.md", text=KEY_FIGURES, sha256="a", meta=DocumentMeta(title="Årsredovisning 2024",
                                                                                        doc_type="arsredovisning"))
    return FigureBook((extract_figures(doc),))


def test_a_mean_the_tables_precision_would_round_gets_one_decimal_more() -> None:
    answer = answer_figures("Vad var årets resultat i genomsnitt per år 2020–2024?", _book())
    assert answer is not None and not answer.refused and "4,34" in answer.text


def test_a_mean_held_exactly_is_written_as_the_table_writes_it() -> None:
    answer = answer_figures("Hur mycket var nettoinvesteringarna i genomsnitt per år 2020–2024?", _book())
    assert answer is not None and not answer.refused and "14,0" in answer.text and "14,00" not in answer.text
