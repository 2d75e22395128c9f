"""The figures a question quotes ("gick från -14,3 till -6,6 milj.") point at the amounts the text states with
them, even when the sentence names its subject outside the amounts' clause; a unit word ("milj") is no topic."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from assistant.budget.topics import quoted_figures
from ingest.load import load_document
from ingest.tables import extract_figures

NEWS = ("Omställning i kulturen\n\nKulturförvaltningen har hämtat igen en stor del av sitt underskott och har gått "
        "från -8,2 miljoner kronor förra året till en prognos på -3,5 miljoner kronor i år. Nämnden beslutade om "
        "ett paket om 2,4 miljoner kronor.\n")


def _book(tmp_path) -> FigureBook:
    path = tmp_path / "nyhet.txt"
    path.write_text(NEWS, encoding="utf-8")
    return FigureBook((extract_figures(load_document(path, sidecar={})),))


def test_quoted_figures_are_decimals_and_digit_groups_not_years() -> None:
    assert quoted_figures("gick från -14,3 till -6,6 milj. 2024?") == {Decimal("14.3"), Decimal("6.6")}
    assert quoted_figures("är det 2 421 049 kr?") == {Decimal("2421049")}
    assert quoted_figures("hur mycket 2025?") == frozenset()


def test_a_change_between_the_figures_the_question_quotes(tmp_path) -> None:
    answer = answer_figures("kulturförvaltningen gick från -8,2 till -3,5 milj. hur mycket förbättring är det i "
                            "kronor och i procent?", _book(tmp_path))
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal("-8.2"), Decimal("-3.5")]
    assert "+4,7 mnkr" in answer.text and "57,3 %" in answer.text
