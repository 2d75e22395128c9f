"""A question asking an amount in sloppy words ("hur mkt") asks it as "hur mycket" does: the amount the text states
is weighed against the tables' cells."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

REPORT = """Delårsrapport januari–augusti 2024

Individ- och familjeomsorgen visar ett underskott. Kostnaderna för placeringar av barn och unga har ökat med 2,4
miljoner kronor jämfört med samma period året innan.

Driftbudget, mnkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---|---|
| Barn- och utbildningsnämnden | 318,6 | 330,1 |
| Omsorgsnämnden | 301,2 | 310,4 |
| Summa | 619,8 | 640,5 |
"""


def test_hur_mkt_asks_the_amount_the_text_states() -> None:
    doc = LoadedDocument(path="d.md", sha256="d", meta=DocumentMeta(title="Delårsrapport 2024", date="2024-10-10"),
                         text=REPORT)
    answer = answer_figures("hur mkt har kostnaderna för placeringar av barn och unga ökat?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.values and answer.values[0].value == Decimal("2.4"), answer and answer.text


PROPOSALS = """Budget 2021–2023 (S)

Kommunens budgetberedning enades om ett grundförslag med förstärkningar, som består av följande:

- Kultur- och utbildningsnämnden tilldelas 2,5 mnkr permanent kommunbidrag.
- Samtliga nämnder räknas upp med hela prisindex 2021, 75% av PKV 2022 och 50% av PKV 2023.

Socialdemokratiska förstärkningar

1 mnkr tillskjuts kultur- och utbildningsnämnden för fler sommarjobb.

600 tkr tillskjuts kultur- och utbildningsnämnden för körkortsutbildning.
"""


def _proposals() -> FigureBook:
    doc = LoadedDocument(path="s.md", sha256="s", meta=DocumentMeta(title="Budget 2021–2023 (S)"), text=PROPOSALS)
    return FigureBook((extract_figures(doc),))


def test_what_the_question_says_it_does_not_ask_names_no_topic() -> None:
    """"(alltså inte budgetberedningens grundförslag)": the items of the list the board's proposal introduces are
    what is not asked; the party's own additions are."""
    from assistant.budget.topics import topic_words

    said = {w for _, w in topic_words("hur mycket tillskjuter S totalt i sina egna förstärkningar (alltså inte "
                                      "budgetberedningens grundförslag)")}
    assert "förstärkningar" in said and not {"budgetberedningens", "grundförslag"} & said
    answer = answer_figures("hur mycket tillskjuter S totalt till kultur- och utbildningsnämnden i sina egna "
                            "förstärkningar (alltså inte budgetberedningens grundförslag)", _proposals())
    assert answer is not None and "tillskjuts" in answer.text and "2,5" not in answer.text, answer and answer.text


def test_an_amount_asked_for_several_years_is_no_one_amount_of_the_text() -> None:
    """"hur mkt räknades nämnderna upp 2021, 2022 och 2023?": a figure for each year, which one stated amount is not."""
    assert answer_figures("hur mkt räknades nämnderna upp 2021, 2022 och 2023 i grundförslaget?", _proposals()) is None
