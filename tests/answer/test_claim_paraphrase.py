"""A claim in other words is supported by a sentence close in meaning (the embedder's cosine) only when its
figures, years, names and negations agree word for word and no word of it is the opposite of the claim's."""
from __future__ import annotations

from assistant.evidence.claim_paraphrase import exact_parts_agree, paraphrase, says_opposite
from assistant.evidence.sentences import text_stems
from assistant.retrieval.retrieve import Sentence
from core.types import Chunk


def said(text: str, title: str = "Hamnby säkrar välfärden", date: str = "2023-02-08", n: int = 0) -> Sentence:
    chunk = Chunk(id=f"c{n}", doc_path=f"d{n}.txt", text=text, start=0, end=len(text), title=title, date=date)
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


def agree(claim: str, s: Sentence, names: tuple[str, ...] = ()) -> bool:
    return exact_parts_agree(claim, s, names, lambda name, found: name in found, text_stems(s.text))


GOOD = "Hamnby har ett gott utgångsläge och vi lägger grunden för välfärden även i framtiden."


def test_the_same_words_of_what_must_be_exact_agree() -> None:
    assert agree("Hamnby har ett bra utgångsläge för välfärden framåt", said(GOOD), ("hamnby",))


def test_a_figure_a_year_or_a_name_the_sentence_lacks_disagrees() -> None:
    assert not agree("Hamnby har ett bra utgångsläge för 5 miljoner", said(GOOD))
    assert not agree("Hamnby har ett bra utgångsläge 2025", said(GOOD))
    assert agree("Hamnby har ett bra utgångsläge 2023", said(GOOD))  # the document's date states its year
    assert not agree("Byköping har ett bra utgångsläge", said(GOOD), ("byköping",))


def test_a_negation_or_qualifier_on_one_side_only_disagrees() -> None:
    assert not agree("Hamnby har inte ett bra utgångsläge", said(GOOD))
    assert not agree("Hamnby har ett bra utgångsläge", said("Hamnby har inte ett gott utgångsläge."))


def test_an_opposite_word_disagrees() -> None:
    assert says_opposite("satsningen är permanent", "Förstärkningen är tillfällig.")
    assert not says_opposite("satsningen är permanent", "Satsningen är permanent, inte tillfällig.")
    assert not agree("Hamnby höjer skatten", said("Skattesatsen i Hamnby är oförändrad."))


def test_the_most_similar_agreeing_sentence_above_the_bar_is_chosen() -> None:
    first, second, wrong = said("A säger.", n=0), said("B säger.", n=1), said("C säger.", n=2)
    cosines = {"A säger.": 0.90, "B säger.": 0.95, "C säger.": 0.99}

    def similarities(found: list[Sentence]) -> list[float]:
        return [cosines[s.text] for s in found]

    found = paraphrase("x", [first, second, wrong], similarities, lambda s: s is not wrong, bar=0.93)
    assert found is not None and found[0] is second and found[1] == 0.95
    assert paraphrase("x", [first, second], similarities, lambda s: True, bar=0.96) is None
    assert paraphrase("x", [wrong], similarities, lambda s: False, bar=0.0) is None
