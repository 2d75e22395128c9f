"""A follow-up pointing back at an earlier answer ("hur mycket mer skatt hade det gett?" after a proposal quoted
from the minutes) stays in the document that answer quoted: a table row of another document yields to the
sentence of the quoted document."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.arbitrate import earlier_document_answers
from assistant.retrieval.retrieve import Sentence
from core.types import Chunk, Citation


def _sentence(doc: str, text: str) -> Sentence:
    chunk = Chunk(id=f"{doc}#0", doc_path=doc, text=text, start=0, end=len(text), title="Protokoll")
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


def _cited(doc: str) -> Citation:
    return Citation(n=1, doc=doc, title="Protokoll", quote="X (S) yrkar att skattesatsen höjs med 25 öre.",
                    chunk_id=f"{doc}#0")


def test_a_row_of_another_document_yields_to_the_earlier_answers_document() -> None:
    prose = _sentence("protokoll.docx", "Höjningen skulle ge cirka 2,9 miljoner kronor i ökade skatteintäkter.")
    row = [SimpleNamespace(doc_path="budget.pdf", quote="Summa skatteintäkter 236,8 245,1")]
    assert earlier_document_answers(row, [_cited("protokoll.docx")], prose)


def test_the_row_answers_when_its_table_is_of_the_earlier_document_or_the_prose_is_elsewhere() -> None:
    prose = _sentence("protokoll.docx", "Höjningen skulle ge cirka 2,9 miljoner kronor i ökade skatteintäkter.")
    same = [SimpleNamespace(doc_path="protokoll.docx", quote="Skatteintäkter 236,8")]
    assert not earlier_document_answers(same, [_cited("protokoll.docx")], prose)
    other = [SimpleNamespace(doc_path="budget.pdf", quote="Summa skatteintäkter 236,8")]
    assert not earlier_document_answers(other, [_cited("nyhet.txt")], prose)
    assert not earlier_document_answers(other, [], prose)


def test_a_later_part_yields_its_row_only_to_a_sentence_stating_an_amount(monkeypatch) -> None:
    """"Förskolan i X – hur många barn ..., vad kostar den?": the first part's document states the cost; "och vad
    är äldreomsorgens budget enligt driftbudgeten?": a sentence of the first part's document stating no amount
    ("... antog budgeten för 2025") does not replace the table's figure."""
    from assistant.build import Assistant

    assistant = object.__new__(Assistant)
    row = SimpleNamespace(sources=[SimpleNamespace(doc_path="budget.pdf", quote="Äldreomsorg 175 900 181 400")])
    from assistant.understand.query import analyse

    q = analyse("och vad är äldreomsorgens budget 2024 och 2025 enligt driftbudgeten?")
    for text, expected in (("Kommunfullmäktige antog budgeten för 2025.", False),
                           ("Den totala kostnaden beräknas till 46,2 miljoner kronor.", True)):
        monkeypatch.setattr(Assistant, "_prose_evidence", lambda self, q, judged, t=text: [_sentence("nyhet.html", t)])
        assert assistant._earlier_document_says(q, row, [_cited("nyhet.html")], lambda: None, amount=True) is expected


def test_a_followups_figure_yields_only_to_a_sentence_stating_an_amount(monkeypatch) -> None:
    """"och 2024 då?" after "vad får barn- och utbildningsnämnden 2025?": the table's header row of the earlier
    answer's document ("Nämnd 2023 2024 2025") states no amount, so the calculator's 2024 figure stands."""
    from assistant.build import Assistant
    from assistant.understand.query import analyse

    assistant = object.__new__(Assistant)
    row = SimpleNamespace(sources=[SimpleNamespace(doc_path="delar.pdf", quote="Barn- och utbildningsnämnden 309 400")],
                          values=[SimpleNamespace(value=309400)])
    q = analyse("2024 då – vad får barn- och utbildningsnämnden i lessebo?")
    for text, expected in (("Nämnd                 2023          2024         2025      2024–2025       %", False),
                           ("Barn- och utbildningsnämnden får 8,8 miljoner kronor mer än i år.", True)):
        monkeypatch.setattr(Assistant, "_prose_evidence", lambda self, q, judged, t=text: [_sentence("mob.pdf", t)])
        assert assistant._earlier_document_says(q, row, [_cited("mob.pdf")], lambda: None) is expected


def test_only_a_question_pointing_back_stays_in_the_earlier_document() -> None:
    """"vad kostar den?" or "hur mycket mer än året innan?" points back at the earlier answer; a later part naming its
    own thing ("..., och hur mycket kommunbidrag får socialnämnden 2021 i S-budgeten?") asks of that thing, and the
    table's row answers it."""
    from assistant.understand.followup import points_back

    assert points_back("vad kostar den?")
    assert points_back("hur mycket mer än året innan?")
    assert not points_back("hur mycket kommunbidrag får socialnämnden 2021 i S-budgeten?")
