"""Fixtures for the chat tests: a tmp data dir, a scripted Assistant, AppTest on streamlit_app.py."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
import streamlit as st

from core.types import (Answer, Calculation, CalculationInput, Citation, DocumentMeta, DocumentRecord)
from tests.conftest import REPO

APP = str(REPO / "streamlit_app.py")

BUDGET_TEXT = (
    "Driftsbudget (tkr)\n\n"
    "Nämnd Budget 2021 Plan 2022 Plan 2023\n"
    "Socialnämnden 205 172 209 559 213 162\n"
    "Äldreomsorgsnämnden 301 400 310 200 318 900\n\n"
    "Övrigt: <script>alert('x')</script> och [klicka](javascript:alert(1)) **fet**.\n"
)
PRESS_TEXT = ("Socialnämnden fattade beslut om ytterligare ett omställningspaket för förvaltningen "
              "om 5,4 miljoner kronor.\n")


def _record(path: str, text: str, title: str, date: str | None, doc_type: str, n_chunks: int) -> DocumentRecord:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return DocumentRecord(path=path, sha256=sha, meta=DocumentMeta(title=title, date=date, doc_type=doc_type),
                          n_chunks=n_chunks)


class _Texts:
    """The one part of the Index the chat reads: the normalised text of a document."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def text(self, doc_path: str) -> str:
        return self.texts[doc_path]


class ScriptedAssistant:
    """Answers from a queue, records what it was asked; documents with texts written to the data dir."""

    def __init__(self, data_dir: Path) -> None:
        self.records = [
            _record("corpus/budget.txt", BUDGET_TEXT, "Budget 2021-2023", "2020", "budget", 12),
            _record("corpus/press.txt", PRESS_TEXT, "Omställning i socialtjänsten", "2020-05-18",
                    "press_release", 3),
        ]
        self.index = _Texts({r.path: body for r, body in zip(self.records, (BUDGET_TEXT, PRESS_TEXT))})
        self.queue: list[Answer | Exception] = []
        self.calls: list[dict] = []

    def documents(self) -> list[DocumentRecord]:
        return list(self.records)

    def ask(self, question: str, history: tuple[str, ...] = (), check: bool = False,
            filters: dict | None = None) -> Answer:
        self.calls.append({"question": question, "history": tuple(history), "filters": filters})
        item = self.queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item


def budget_citation(n: int = 1) -> Citation:
    quote = "Socialnämnden 205 172 209 559 213 162"
    start = BUDGET_TEXT.index(quote)
    return Citation(n=n, doc="corpus/budget.txt", title="Budget 2021-2023", quote=quote, chunk_id="abc-1",
                    date="2020", doc_type="budget", start=start, end=start + len(quote))


def change_answer(question: str) -> Answer:
    calc = Calculation(
        operation="change", expression="213 162 - 205 172 = 7 990 tkr; 7 990 / 205 172 = 3,9 %",
        result=Decimal("7990"), unit="tkr",
        inputs=(CalculationInput("Socialnämnden", "Budget 2021", Decimal("205172"), "tkr", 1),
                CalculationInput("Socialnämnden", "Plan 2023", Decimal("213162"), "tkr", 1)))
    return Answer(question=question, citations=(budget_citation(),), calculation=calc,
                  answer="Socialnämndens kommunbidrag ökar med 8,0 miljoner kronor (7 990 tkr, 3,9 %) från 2021 till "
                         "2023: från 205 172 tkr till 213 162 tkr [1].")


def script_citation(n: int = 1) -> Citation:
    quote = "<script>alert('x')</script>"
    start = BUDGET_TEXT.index(quote)
    return Citation(n=n, doc="corpus/budget.txt", title="Budget <b>2021</b>", quote=quote, chunk_id="abc-2",
                    date="2020", doc_type="budget", start=start, end=start + len(quote))


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> ScriptedAssistant:
    data_dir = tmp_path / "data"
    monkeypatch.setenv("KOMMUN_DATA_DIR", str(data_dir))
    monkeypatch.delenv("KOMMUN_ADMIN_TOKEN", raising=False)
    monkeypatch.delenv("KOMMUN_CHROMA_URL", raising=False)
    fake = ScriptedAssistant(data_dir)
    from assistant.ui import resources

    monkeypatch.setattr(resources, "get_assistant", lambda settings, lang: fake)
    return fake


@pytest.fixture
def make_app() -> Callable[[], object]:
    from streamlit.testing.v1 import AppTest

    from assistant.ui import resources

    st.cache_resource.clear()
    resources.forget_models()
    yield lambda: AppTest.from_file(APP, default_timeout=60)
    st.cache_resource.clear()
    resources.forget_models()
