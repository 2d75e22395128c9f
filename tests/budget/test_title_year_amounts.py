"""A prose amount naming no year in a document whose title names the asked year is that year's ("Mål och budget
2025": "nämnderna har fått ett gemensamt effektiviseringsuppdrag på 4,7 miljoner kronor"), not passed over for an
amount of another clause whose sentence writes the year ("Budget 2025 ... kompensation för löneökningar med 3,4
procent")."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Mål och budget 2025

Inledning

För att klara ekonomin har nämnderna fått ett gemensamt effektiviseringsuppdrag på 4,7 miljoner kronor. Samtidigt
satsar vi på unga.

Budget 2025 för nämnderna inkluderar kompensation för löneökningar med 3,4 procent, minskat med
effektiviseringsuppdraget.
"""


def _book(title: str) -> FigureBook:
    doc = LoadedDocument(path="m.md", text=TEXT, sha256="m",
                         meta=DocumentMeta(title=title, doc_type="budget", date="2024-11-18"))
    return FigureBook((extract_figures(doc),))


def test_an_amount_naming_no_year_is_of_the_year_its_documents_title_names() -> None:
    answer = answer_figures("hur stort är effektiviseringsuppdraget för nämnderna 2025?", _book("Mål och budget 2025"))
    assert answer is not None and not answer.refused
    assert [v.value for v in answer.values][:1] == [Decimal("4.7")]


def test_a_title_naming_another_year_dates_no_amount() -> None:
    answer = answer_figures("hur stort är effektiviseringsuppdraget för nämnderna 2025?", _book("Mål och budget 2023"))
    assert answer is None or [v.value for v in answer.values][:1] != [Decimal("4.7")]
