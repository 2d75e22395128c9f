"""A sentence stating one amount for a row asked and another row of its table together ("Förskola, grundskola,
gymnasieskola och vuxenutbildning får tillsammans 40 kronor av varje hundralapp") does not answer the row alone:
its own cell in the table does."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Så används din skatt

Förskola, grundskola, gymnasieskola och vuxenutbildning får tillsammans 40 kronor av varje hundralapp.

Så fördelas 100 kronor i skatt

| Verksamhet | Kronor av 100 | Nettokostnad 2025, mnkr |
|---|---:|---:|
| Förskola och grundskola | 31 | 713,8 |
| Gymnasieskola och vuxenutbildning | 9 | 207,2 |
| Äldreomsorg | 23 | 529,6 |
| Övrigt | 37 | 852,4 |
| Totalt | 100 | 2 303,0 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="skatt.md", text=TEXT, sha256="s",
                         meta=DocumentMeta(title="Så används din skatt", date="2025-01-15", doc_type="other"))
    return FigureBook((extract_figures(doc),))


def test_the_rows_own_cell_answers_not_the_amount_of_it_and_another_together() -> None:
    answer = answer_figures("hur många kronor av varje hundralapp går till förskola och grundskola?", book())
    assert answer is not None and answer.calculation is not None and answer.calculation.result == Decimal(31), \
        answer and answer.text


def test_the_sentence_answers_what_it_names_together() -> None:
    answer = answer_figures("hur många kronor av varje hundralapp går till skolan och vuxenutbildningen tillsammans?",
                            book())
    assert answer is None or answer.calculation is None or answer.calculation.result != Decimal(31)


LISTED = """Så används din skatt

Tillsammans går 80 kronor av varje hundralapp till förskola, skola, äldreomsorg och stöd och omsorg.

En person som tjänar 30 000 kronor i månaden betalar ungefär 6 300 kronor i kommunalskatt per månad. Av dem går cirka 2 700 kronor till förskola och skola.

Så fördelas 100 kronor av kommunalskatten 2025

| Verksamhet | Kronor av 100 kr |
|---|---:|
| Förskola och skola | 43 |
| Äldreomsorg | 22 |
| Stöd och omsorg | 15 |
| Övrigt | 20 |
"""


def test_an_amount_going_to_a_list_with_other_recipients_and_one_of_another_sum_do_not_answer_the_row() -> None:
    """"80 kronor ... till förskola, skola, äldreomsorg och stöd och omsorg" goes to them together, and "2 700 kronor"
    of a month's tax is no share of each hundralapp: the row's cell in the column named by the sum answers."""
    doc = LoadedDocument(path="skatt.md", text=LISTED, sha256="l",
                         meta=DocumentMeta(title="Så används din skatt", date="2025-01-15", doc_type="other"))
    answer = answer_figures("hur mycket av varje hundralapp går till förskola och skola?",
                            FigureBook((extract_figures(doc),)))
    assert answer is not None and answer.calculation is not None and answer.calculation.result == Decimal(43), \
        answer and answer.text


def test_an_amount_going_to_the_recipients_asked_is_theirs() -> None:
    from assistant.budget.allocation import going_to

    doc = LoadedDocument(path="skatt.md", text=LISTED, sha256="l",
                         meta=DocumentMeta(title="Så används din skatt", date="2025-01-15", doc_type="other"))
    index = FigureBook((extract_figures(doc),)).index.amounts
    went = [a.text for _, a in going_to("hur mycket går till förskola, skola, äldreomsorg och stöd och omsorg?", index)]
    assert "80 kronor" in went
    assert "80 kronor" not in [a.text for _, a in going_to("hur mycket går till förskola och skola?", index)]


def test_a_clause_after_the_recipient_is_no_list_of_others() -> None:
    """"till elevhälsan i grundskolan, där fler kuratorer och en psykolog ska anställas": one recipient, then a
    clause about it: the amount is the recipient's."""
    from assistant.budget.allocation import going_to

    text = ("Satsningen\n\nAv beloppet går 2,35 miljoner kronor till elevhälsan i grundskolan, där fler skolkuratorer "
            "och en extra skolpsykolog ska anställas.\n")
    doc = LoadedDocument(path="nyhet.md", text=text, sha256="n",
                         meta=DocumentMeta(title="Satsning", date="2024-10-16", doc_type="other"))
    index = FigureBook((extract_figures(doc),)).index.amounts
    assert [a.text for _, a in going_to("hur mycket går till elevhälsan?", index)] == ["2,35 miljoner kronor"]
