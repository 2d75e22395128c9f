"""A claim said of two subjects at once ("både A och B ...") is checked of each, each by a document of its own."""
from __future__ import annotations

from typing import Any

from assistant.understand.conjuncts import each_subject


def test_a_claim_of_both_subjects_is_said_of_each() -> None:
    assert each_subject("Vill både S i sin budget och kommunstyrelsen 2023 centralisera lokalförsörjningen till "
                        "kommunstyrelsen") == [
        "Vill S i sin budget centralisera lokalförsörjningen till kommunstyrelsen",
        "Vill kommunstyrelsen 2023 centralisera lokalförsörjningen till kommunstyrelsen"]
    assert each_subject("Föreslår både S-budgeten och kommunstyrelsens uppdrag från februari 2023 att "
                        "lokalplaneringen ska centraliseras") == [
        "Föreslår S-budgeten att lokalplaneringen ska centraliseras",
        "Föreslår kommunstyrelsens uppdrag från februari 2023 att lokalplaneringen ska centraliseras"]
    assert each_subject("både S och V ville höja skatten") == ["S ville höja skatten", "V ville höja skatten"]
    assert each_subject("Fanns den både i S-budgeten och i handlingsplanen") == [
        "Fanns den i S-budgeten", "Fanns den i handlingsplanen"]


def test_subjects_whose_end_cannot_be_told_are_not_cut() -> None:
    # no verb after the second subject: "mer pengar 2025" may be part of it
    assert each_subject("Får både vård- och omsorgsnämnden och socialnämnden mer pengar 2025") == []
    assert each_subject("Hur mycket ökar det? både i kronor och procent tack") == []
    assert each_subject("Vill S centralisera lokalplaneringen?") == []


class _Index:
    texts = {"budget.txt": "Lokalplaneringen ska centraliseras till kommunstyrelsen.",
             "press.txt": "Kontoret får i uppdrag att centralisera lokalförsörjningen till kommunstyrelsen."}

    documents = dict.fromkeys(texts)

    def text(self, doc: str) -> str:
        return self.texts[doc]


def _assistant(verdicts: dict[str, tuple[str, str]]) -> Any:
    """An Assistant whose claim check answers each claim by `verdicts` (claim -> (verdict, document)), each
    document cited once: a document the filters leave out is not cited."""
    from assistant.build import Assistant
    from assistant.retrieval.retrieve import Filters
    from core.types import Answer, Citation

    def answer_one(raw: str, question: str, claim: str, history: list, language: str, filters: Any,
                   timings: dict) -> Answer:
        verdict, doc = verdicts[claim]
        if doc not in (Filters.from_any(filters).docs or _Index.texts):
            return Answer(question=raw, answer="Det går inte att avgöra.", verdict="not_found")
        quote = _Index.texts[doc]
        lead = "Stämmer." if verdict == "supported" else "Stämmer inte."
        return Answer(question=raw, answer=f"{lead} ”{quote}” [1]", verdict=verdict, citations=(
            Citation(n=1, doc=doc, title=doc, quote=quote, chunk_id=f"{doc}#0", start=0, end=len(quote)),))

    assistant = object.__new__(Assistant)
    assistant.index = _Index()
    assistant._answer_one = answer_one
    return assistant


def test_each_subject_supported_by_a_document_of_its_own_quotes_both() -> None:
    from core.types import Answer

    both = "Vill både S i sin budget och kommunstyrelsen centralisera lokalplaneringen"
    whole = Answer(question=both, answer="Stämmer. ”x” [1]", verdict="supported")
    assistant = _assistant({"Vill S i sin budget centralisera lokalplaneringen": ("supported", "budget.txt"),
                            "Vill kommunstyrelsen centralisera lokalplaneringen": ("supported", "press.txt")})
    answer = assistant._of_each_subject(both, both, whole, [], "sv", None, {})
    assert answer.verdict == "supported"
    assert [c.doc for c in answer.citations] == ["budget.txt", "press.txt"]
    assert answer.answer.startswith("Stämmer. ”Lokalplaneringen") and answer.answer.count("Stämmer") == 1


def test_one_subject_contradicted_contradicts_and_one_document_for_both_leaves_the_whole_check() -> None:
    from core.types import Answer

    both = "Vill både S och kommunstyrelsen centralisera lokalplaneringen"
    whole = Answer(question=both, answer="Stämmer. ”x” [1]", verdict="supported")
    contradicted = _assistant({"Vill S centralisera lokalplaneringen": ("supported", "budget.txt"),
                               "Vill kommunstyrelsen centralisera lokalplaneringen": ("contradicted", "press.txt")})
    answer = contradicted._of_each_subject(both, both, whole, [], "sv", None, {})
    assert answer.verdict == "contradicted" and answer.answer.startswith("Stämmer inte.")
    # the second subject finds only the first's document, which the filters leave out: the whole check stands
    one_document = _assistant({"Vill S centralisera lokalplaneringen": ("supported", "budget.txt"),
                               "Vill kommunstyrelsen centralisera lokalplaneringen": ("supported", "budget.txt")})
    assert one_document._of_each_subject(both, both, whole, [], "sv", None, {}) is whole
