"""What a calculator's row says includes where it is from: its document's municipality and title. "Vilken budget har
äldreomsorgen i Tranemo 2025?" names the row and its place; the place is no concept beyond the row that a sentence
from a Tranemo web page ("37 kronor till äldreomsorg") would answer in its stead."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from assistant.understand.query import stems
from tests.fakes import assistant_over


def test_the_rows_document_says_its_municipality_and_title(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "tranemo").mkdir(parents=True)
    (folder / "tranemo" / "budget-2025.md").write_text(
        "# Tranemo kommun driftbudget 2025\n\n| Verksamhet | Budget 2025 |\n|---|---|\n| Äldreomsorg | 181 400 |\n",
        encoding="utf-8")
    assistant = assistant_over(folder)
    doc = next(iter(assistant.index.documents))
    figure = SimpleNamespace(sources=[SimpleNamespace(doc_path=doc, start=0, quote="| Äldreomsorg | 181 400 |")],
                             calculation=None)
    said, _ = assistant._row_said(figure)
    assert set(stems("Tranemo")) <= said and set(stems("driftbudget")) <= said, sorted(said)
