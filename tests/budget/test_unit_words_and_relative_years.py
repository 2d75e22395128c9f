"""A unit said in words ("per kubik") names the row written with its symbol ("per m3", "per m³"), and a year said relative to
now ("nästa år") is a time, no topic the row leaves unsaid."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TAXA = """Protokollsutdrag kommunfullmäktige Åsby kommun

§ 122 Taxa för vatten och avlopp 2025

| Avgift (kr inkl. moms) | 2024 | 2025 | Förändring % |
|---|---:|---:|---:|
| Fast avgift per år, villa | 5 640 | 6 090 | 8,0 |
| Brukningsavgift per m3 vatten | 28,40 | 30,70 | 8,1 |
"""


def _book(text: str = TAXA) -> FigureBook:
    doc = LoadedDocument(path="asby/kf.md", text=text, sha256="t",
                         meta=DocumentMeta(title="Protokollsutdrag kommunfullmäktige", date="2024-11-21",
                                           doc_type="minutes", municipality="Åsby"))
    return FigureBook((extract_figures(doc),))


def test_a_unit_in_words_names_the_row_written_with_its_symbol() -> None:
    answer = answer_figures("vad blir brukningsavgiften per kubik vatten 2025?", _book())
    assert answer is not None and "30,70" in answer.text


def test_a_unit_in_words_names_the_row_written_with_a_superscript() -> None:
    book = _book(TAXA.replace("per m3 vatten", "per m³"))
    answer = answer_figures("vad blir brukningsavgiften per kubik i åsby nästa år (2025)?", book)
    assert answer is not None and "30,70" in answer.text


def test_a_year_said_relative_to_now_beside_its_number_is_no_other_topic() -> None:
    answer = answer_figures("vad blir brukningsavgiften per m3 vatten nästa år (2025)?", _book())
    assert answer is not None and "30,70" in answer.text
