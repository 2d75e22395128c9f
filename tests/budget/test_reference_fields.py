"""A field of a paper's head between a table and its heading ("Diarienummer: KS 2024/355") is no title: the heading
above is ("§ 143 Ombudgetering av investeringsmedel från 2024 till 2025"), and its words say the table's kind."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

MINUTES = """# PROTOKOLL

Kommunstyrelsen, sammanträdesdatum 2024-10-21

# § 143 Ombudgetering av investeringsmedel från 2024 till 2025

Diarienummer: KS 2024/355

Ärendebeskrivning: I delårsrapporten prognostiseras att flera investeringsprojekt inte hinner slutföras under året.

| Projekt | Budget 2024 (tkr) | Utfall jan–aug (tkr) | Ombudgeteras till 2025 (tkr) |
|---|---|---|---|
| Gång- och cykelväg Nora–Pershyttan | 7 800 | 2 950 | 3 200 |
| Lekplats Prästskogen | 2 000 | 400 | 1 600 |
| Summa | 9 800 | 3 350 | 4 800 |
"""

INVESTMENTS = """Investeringsbudget (tkr)

| Projekt | Budget 2025 | Plan 2026 |
|---|---|---|
| Ny förskola | 40 000 | 20 000 |
| Totalt investeringar | 40 000 | 20 000 |
"""


POPULATION = """Befolkning

| År | Folkmängd 31 dec | Inflyttade | Utflyttade |
|---|---|---|---|
| 2023 | 10 500 | 600 | 550 |
| 2024 | 10 520 | 610 | 590 |
"""


def _book(tmp_path, *more: str) -> FigureBook:
    docs = []
    for name, text in (("protokoll.md", MINUTES), ("budget.md", INVESTMENTS),
                       *((f"more{n}.md", t) for n, t in enumerate(more))):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        docs.append(extract_figures(load_document(path, sidecar={})))
    return FigureBook(tuple(docs))


def test_the_heading_above_a_reference_field_is_the_title(tmp_path):
    titles = [t.title for t in _book(tmp_path).tables]
    assert "§ 143 Ombudgetering av investeringsmedel från 2024 till 2025" in titles, titles


def test_the_money_moved_is_read_in_the_table_moving_it(tmp_path):
    """"flyttades från 2024 till 2025" moves money: no row "Utflyttade" of the people moving out."""
    answer = answer_figures("hur mycket investeringspengar flyttades från 2024 till 2025?", _book(tmp_path, POPULATION))
    assert answer is not None and not answer.refused, answer
    assert [v.value for v in answer.values] == [Decimal("4800")], answer
