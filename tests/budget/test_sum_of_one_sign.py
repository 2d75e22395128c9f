"""The sum over the committees of one sign ("det sammanlagda underskottet för de nämnder som prognostiserade
underskott i delårsrapporten") is computed from the table: the word naming the document says where, no topic the
tables lack (answer._rows_in_general_of_else), and a deficit the text states for one committee is one part, not the
sum (answer_figures). Figures by hand."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

INTERIM = """Delårsrapport januari–augusti 2024

Socialnämnden prognostiserade i delårsrapporten per augusti ett underskott på -8,4 miljoner kronor.

Nämndernas prognoser

Belopp i mnkr

| Nämnd | Budget 2024 | Prognos 2024 | Avvikelse |
|---|---:|---:|---:|
| Kommunstyrelsen | 161,2 | 159,9 | 1,3 |
| Barn- och utbildningsnämnden | 359,0 | 361,6 | -2,6 |
| Socialnämnden | 379,5 | 387,9 | -8,4 |
| Kultur- och fritidsnämnden | 27,1 | 26,8 | 0,3 |
| Summa nämnder | 926,8 | 936,2 | -9,4 |
"""


def test_the_deficits_of_the_committees_of_one_sign_added(tmp_path):
    path = tmp_path / "delarsrapport.txt"
    path.write_text(INTERIM, encoding="utf-8")
    book = FigureBook((extract_figures(load_document(path, sidecar={})),))
    answer = answer_figures("Hur stort är det sammanlagda underskottet för de nämnder som prognostiserade underskott "
                            "i delårsrapporten?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.operation == "sum"
    assert answer.calculation.result == Decimal("-11.0")
