"""How much one amount exceeds another told in the neighbouring sentence of its paragraph
(budget/text_change.text_difference)."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

SALE = ("Protokoll\n\n§ 12 Försäljning av fastigheten Norrby 1:2\n\nKommunen har fått ett bud på 1 250 000 kronor på "
        "den tidigare skolan i Norrby. Fastigheten har ett bokfört värde på 410 000 kronor.\n\n"
        "§ 13 Utegym\n\nFörslaget om ett utegym kostar 90 000 kronor.\n")


def _book(tmp_path, text: str) -> FigureBook:
    path = tmp_path / "protokoll.txt"
    path.write_text(text, encoding="utf-8")
    return FigureBook((extract_figures(load_document(path, sidecar={})),))


def test_how_much_more_than_an_amount_is_the_one_told_beside_it(tmp_path):
    answer = answer_figures("Hur mycket mer än bokfört värde fick kommunen för Norrby 1:2?", _book(tmp_path, SALE))
    assert answer is not None and answer.calculation.operation == "difference"
    assert answer.calculation.result == Decimal("840000")
    assert "840 000 kr mer än 410 000 kr" in answer.text and len(answer.sources) == 2


def test_an_amount_in_another_paragraph_is_not_beside_it(tmp_path):
    answer = answer_figures("Hur mycket mer än utegymmet kostar det?", _book(tmp_path, SALE))
    assert answer is None or answer.calculation is None or answer.calculation.operation != "difference"
