"""A row the question names stands in the table holding the years asked under a label that adds its unit ("Årets
resultat, mnkr" of key figures 2019–2023 for the income statement's "Årets resultat" of 2022–2023): that is the
row read, not another row of the key figures whose words the question also says ("Årets resultat i % av skatter
och bidrag")."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Fem år i sammandrag
                                             2019      2020      2021      2022      2023
Folkmängd 31 december                        7 411     7 398     7 423     7 437     7 446
Årets resultat, mnkr                           9,8      16,4      21,7      12,3       7,0
Årets resultat i % av skatter och bidrag       2,0       3,2       4,1       2,2       1,2
Soliditet, %                                  36,8      37,4      37,9      36,6      34,4

Resultaträkning (mnkr)
                                             2022      2023
Verksamhetens nettokostnader                -524,3    -554,4
Skatteintäkter                               395,6     412,8
Årets resultat                                12,3       7,0
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="ar.txt", sha256="0", meta=DocumentMeta(title="Årsredovisning 2023", date="2024-04-23"),
                         text=TEXT)
    return FigureBook((extract_figures(doc),))


def test_the_mean_over_years_only_key_figures_hold_reads_the_row_with_its_unit() -> None:
    found = answer_figures("vad var det genomsnittliga årsresultatet 2019-2023?", _book())
    assert found is not None
    assert found.calculation.result == Decimal("13.44")
    assert "i % av" not in found.text


def test_a_year_both_tables_hold_still_reads_the_income_statement() -> None:
    found = answer_figures("vad var årets resultat 2023?", _book())
    assert found is not None and found.calculation.result == Decimal("7.0")
