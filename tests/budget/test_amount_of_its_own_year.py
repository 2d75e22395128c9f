"""Each amount of a sentence telling two years is of its own year: "från -8,2 miljoner kronor förra året till en
prognos på -3,5 miljoner kronor i år" in a document of 2020 states 2019's outcome and 2020's forecast; asked of 2020,
the forecast answers, not both."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

NEWS = ("Omställning i kulturen\n\nKulturförvaltningen har hämtat igen en stor del av sitt underskott och har gått "
        "från -8,2 miljoner kronor förra året till en prognos på -3,5 miljoner kronor i år.\n")


def _book() -> FigureBook:
    doc = LoadedDocument(path="nyhet.txt", text=NEWS, sha256="nyhet",
                         meta=DocumentMeta(title="Omställning i kulturen", date="2020-05-18", doc_type="press_release"))
    return FigureBook((extract_figures(doc),))


def test_an_amount_of_last_year_does_not_answer_for_this_year() -> None:
    answer = answer_figures("Hur stort är kulturförvaltningens prognostiserade underskott 2020?", _book())
    assert answer is not None and not answer.refused
    assert Decimal("-3500000") in [v.value for v in answer.values]
    assert Decimal("-8200000") not in [v.value for v in answer.values]


def test_a_year_dating_the_document_asked_leaves_its_amounts_to_the_question() -> None:
    answer = answer_figures("hur stort underskott hade kulturförvaltningen förra året enligt pressmeddelandet från maj "
                            "2020?", _book())
    assert answer is not None and not answer.refused
    assert Decimal("-8200000") in [v.value for v in answer.values]
