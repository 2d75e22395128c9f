"""A total said with a row it includes ("den totala skatten inklusive regionen"): the total row of that row's table."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

RATES = """Skattesats i kronor per 100 kronor beskattningsbar inkomst

| Skattesats | 2024 | 2025 |
|---|---|---|
| Arboga kommun | 22,04 | 22,29 |
| Region Västmanland | 11,48 | 11,48 |
| Totalt | 33,52 | 33,77 |
"""

BUDGET = """Resultatbudget 2025–2027 (tkr)

| Tkr | Budget 2024 | Budget 2025 |
|---|---|---|
| Verksamhetens nettokostnader | -650 100 | -690 300 |
| Skatteintäkter | 712 400 | 748 600 |
| Generella statsbidrag | 160 200 | 170 900 |
"""

INVESTMENTS = """Investeringsbudget (tkr)

| Projekt | Budget 2025 | Plan 2026 |
|---|---|---|
| Ny skola Norrby | 40 000 | 20 000 |
| Ny förskola Söder | 10 000 | 5 000 |
| Inventarier | 3 000 | 2 000 |
| Summa investeringar | 53 000 | 27 000 |
"""


def _book(tmp_path, *texts: str) -> FigureBook:
    docs = []
    for n, text in enumerate(texts):
        path = tmp_path / f"doc{n}.md"
        path.write_text(text, encoding="utf-8")
        docs.append(extract_figures(load_document(path, sidecar={})))
    return FigureBook(tuple(docs))


def test_the_total_of_the_table_holding_the_row_included(tmp_path):
    answer = answer_figures("och vad blir den totala skatten inklusive regionen 2025?", _book(tmp_path, RATES, BUDGET),
                            history=("Vilken skattesats har kommunen 2024?",))
    assert answer is not None and not answer.refused, answer
    assert answer.calculation is not None and answer.calculation.result == Decimal("33.77"), answer


def test_a_thing_of_its_own_with_what_it_includes_is_no_tables_total(tmp_path):
    answer = answer_figures("vad kostar nya skolan i norrby inklusive inventarier totalt 2025?",
                            _book(tmp_path, INVESTMENTS))
    assert answer is None or answer.calculation is None or answer.calculation.result != Decimal("53000"), answer


OPERATIONS = """Driftbudget per verksamhet (tkr)

| Verksamhet | Budget 2025 | Plan 2026 |
|---|---|---|
| Grundskola | 210 000 | 214 000 |
| Förskola | 120 000 | 122 000 |
| Summa | 330 000 | 336 000 |
"""

PREMISES = """Lokalkostnader (tkr)

| Post | Budget 2025 | Plan 2026 |
|---|---|---|
| Lokalhyror | 45 000 | 46 000 |
| Städning | 8 000 | 8 200 |
| Totalt | 53 000 | 54 200 |
"""


def test_a_whole_the_tables_title_does_not_name_is_no_total_of_it(tmp_path):
    answer = answer_figures("vad kostar grundskolan inklusive städning totalt 2025?",
                            _book(tmp_path, OPERATIONS, PREMISES))
    assert answer is None or answer.calculation is None or answer.calculation.result != Decimal("53000"), answer


PER_YEAR = """Skattesats per år, kronor per 100 kr beskattningsbar inkomst

| | 2023 | 2024 |
|---|---|---|
| Kommunen | 22,61 | 22,61 |
| Region Östergötland | 11,55 | 11,55 |
| Totalt | 34,16 | 34,16 |
"""

KEY_FIGURES = """Nyckeltal 2019–2023

| | 2022 | 2023 |
|---|---|---|
| Verksamhetens nettokostnad | 561 240 | 583 420 |
| Skattesats | 22,61 | 22,61 |
"""


def test_the_whole_said_in_an_inflected_form_of_the_titles_word(tmp_path):
    """"den totala skattesatsen inklusive regionen": "skattesatsen" stems to "skattesats", the title's "Skattesats" to
    "skattesat"; the one is the other inflected, and the rates' total answers, not the region's row alone."""
    answer = answer_figures("vad var den totala skattesatsen 2023 inklusive regionen?",
                            _book(tmp_path, PER_YEAR, KEY_FIGURES))
    assert answer is not None and answer.calculation is not None, answer
    assert answer.calculation.result == Decimal("34.16"), answer.text
