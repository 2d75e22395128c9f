"""A verb of proposing, in any form or its s-passive ("föreslogs"), names the column a noun of proposing labels
("Förslag, tkr"), before a column a topic word names ("ombudgetering:" of "Begärd ombudgetering, tkr")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.plan import plan_question, proposes
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

MINUTES = """Protokoll kommunstyrelsen 2025-03-11

§ 32 Ombudgetering av investeringsmedel från 2024 till 2025

| Nämnd | Begärd ombudgetering, tkr | Förslag, tkr |
|---|---|---|
| Tekniska nämnden (Ny bro) | 10 300 | 9 100 |
| Kulturnämnden (Sporthall) | 1 500 | 1 200 |
| Summa | 11 800 | 10 300 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="aby/protokoll-ks.txt", text=MINUTES, sha256="ks",
                         meta=DocumentMeta(title="Protokoll, kommunstyrelsen", date="2025-03-11", doc_type="minutes",
                                           municipality="Aby"))
    return FigureBook((extract_figures(doc),))


def test_the_s_passive_of_a_verb_of_proposing_proposes() -> None:
    assert proposes("föreslogs") and proposes("yrkades") and proposes("föreslog")
    assert not proposes("begärdes") and not proposes("förslag")


def test_a_passive_verb_of_proposing_names_the_proposal_column_over_a_topic_word() -> None:
    book = _book()
    plan = plan_question("ombudgetering: hur mycket föreslogs för tekniska nämnden?", book.index.lexicon)
    assert plan.column_kind == "Förslag"
    answer = answer_figures("ombudgetering: hur mycket föreslogs för tekniska nämnden?", book)
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("9100")


def test_the_topic_word_still_names_its_column_when_nothing_is_proposed() -> None:
    answer = answer_figures("ombudgetering: hur mycket begärdes för tekniska nämnden?", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal("10300")
