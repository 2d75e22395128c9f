"""A table of one year with columns of their own kinds ("Intäkter | Kostnader | Nettokostnad", the title's year): a
question naming none of them asks the row's net ("vad kostar hemtjänsten?"), one naming a kind reads its column."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Driftbudget per verksamhet 2025

Belopp i tkr

| Verksamhet | Intäkter | Kostnader | Nettokostnad |
|---|---:|---:|---:|
| Socialnämnden |  |  |  |
| Särskilt boende för äldre | 21340 | 133790 | 112450 |
| Hemtjänst | 8920 | 77240 | 68320 |
| Summa socialnämnden | 30260 | 211030 | 180770 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Driftbudget"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Driftbudget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def _value(question: str) -> Decimal:
    answer = answer_figures(question, book())
    assert answer is not None and answer.calculation is not None
    return answer.calculation.result


def test_no_kind_asked_reads_the_net_column() -> None:
    assert _value("vad kostar hemtjänsten 2025?") == Decimal(68320)
    assert _value("hur mycket får hemtjänsten i budget 2025?") == Decimal(68320)


def test_a_kind_asked_reads_its_own_column() -> None:
    assert _value("hur stora intäkter har hemtjänsten 2025?") == Decimal(8920)
    assert _value("Vilka intäkter räknar de med för hemtjänsten i driftbudgeten 2025?") == Decimal(8920)


def test_an_earlier_answer_quoting_table_rows_is_no_passage_of_prose() -> None:
    from types import SimpleNamespace

    from assistant.build import Assistant
    from core.types import Citation

    figures = book()
    row = figures.tables[0].rows[-1].source
    cited = Citation(n=1, doc="d.md", title="Driftbudget", quote=row.quote, chunk_id="d#0", start=row.start,
                     end=row.end)
    prose = Citation(n=1, doc="d.md", title="Driftbudget", quote="Belopp i tkr", chunk_id="d#0", start=0, end=12)
    fake = SimpleNamespace(figures=figures)
    assert Assistant._quotes_rows(fake, [cited])
    assert not Assistant._quotes_rows(fake, [cited, prose])
    assert not Assistant._quotes_rows(SimpleNamespace(figures=None), [cited])
