"""The parts of one question each answered with a figure of the asked kind: the count of the asked noun (not a
date before it), a part standing without a stated preamble it does not lean on, an amount whose sentence does not
repeat the municipality the question names, and no share computed of rates."""
from __future__ import annotations

from dataclasses import replace

from assistant.build import Assistant
from assistant.compose.answer import counting, extract_fact
from assistant.retrieval.retrieve import Retriever
from assistant.understand.parts import split_question
from assistant.understand.query import analyse
from core.types import DocumentMeta
from tests.answer.memindex import MemoryIndex
from tests.fakes import HashEmbedder

FILLER = " ".join(f"Verksamheten i område {n} fortsätter som planerat under hösten." for n in range(12))
STAFF = "Den 31 augusti hade kommunen 722 tillsvidareanställda medarbetare, vilket motsvarar 640 årsarbetare."


def test_the_count_of_the_asked_noun_is_the_fact_not_a_date_before_it() -> None:
    q = analyse("Hur många anställda har Boxholms kommun?")
    assert extract_fact(q, STAFF) == "722 tillsvidareanställda"
    found = counting(q, STAFF)
    assert found is not None and found.group(0).startswith("722")
    # a number followed by another of the question's words counts that, not the asked noun
    assert counting(analyse("Hur många anställda har kommunen?"), "Kommunen har 40 skolor och 3 kommunhus.") is None


def test_a_part_with_a_topic_of_its_own_stands_without_a_stated_preamble() -> None:
    parts = split_question("S vill återinföra ombudet som nämnden drog in när de sparade. hur stort var "
                           "förvaltningens underskott 2019 och vad vill S lägga på ombudet?").standalone()
    assert parts[1] == "vad vill S lägga på ombudet?"
    # a part pointing back leans on the statement; a statement naming a year or a municipality scopes every part
    leaning = split_question("Anna Berg var ordförande 2022. Vilket parti tillhör hon, och vad tycker hon om "
                             "biblioteket?").standalone()
    assert all(p.startswith("Anna Berg var ordförande 2022.") for p in leaning)
    scoped = split_question("Ockelbo höjde skatten. Vad blev resultatet och hur stor är låneskulden?").standalone()
    assert all(p.startswith("Ockelbo höjde skatten.") for p in scoped)


def _assistant(docs: list) -> Assistant:
    index = MemoryIndex(docs, HashEmbedder())
    assistant = object.__new__(Assistant)
    assistant.index, assistant.retriever, assistant.figures = index, Retriever(index), None
    return assistant


def test_an_amount_is_about_the_asked_thing_not_the_municipality_the_question_names() -> None:
    assistant = _assistant([
        ("b.txt", "Folkmängden i Boxholms kommun uppgick till 5 512 invånare.\n\n" + FILLER + "\n\n" + STAFF + "\n",
         DocumentMeta(title="Delårsrapport", municipality="Boxholm")),
        ("h.txt", "Personal\n\nHultsfreds kommun hade 1 675 tillsvidareanställda medarbetare.\n",
         DocumentMeta(title="Budget", municipality="Hultsfred"))])
    q = analyse("Hur många anställda har Boxholms kommun?")
    hits = assistant.retriever.search(q, k=8)
    judged = assistant._judge_text(q, assistant.retriever.sentences(q, hits), hits)
    assert judged.judgement.reason != "no_amount"


def test_a_noun_saying_only_thing_is_no_concept_of_the_question() -> None:
    q = analyse("hur mycket köper kommunen för per år? budgeten och planen verkar säga olika saker")
    assert all("sak" not in group for group in q.groups)
    assert any("köp" in group for group in q.groups)




def test_a_later_part_leaning_on_the_first_is_answered_in_the_municipality_the_first_answer_cited() -> None:
    from assistant.retrieval.retrieve import Filters
    from core.types import Answer, Citation

    assistant = _assistant([
        ("m.txt", "Den nya förskolan i Nyhem beräknas stå klar till hösten 2026.\n",
         DocumentMeta(title="Budget", municipality="Mullsjö")),
        ("d.txt", "Sporthallen beräknas stå klar till höstterminen 2026.\n",
         DocumentMeta(title="Budget", municipality="Dals-Ed"))])
    chunk = next(c for c in assistant.index.chunks.values() if c.doc_path == "m.txt")
    first = Answer(question="q", answer="a", citations=(Citation(n=1, doc="m.txt", title="Budget",
                                                                  quote=chunk.text.strip(), chunk_id=chunk.id),))
    scoped = assistant._first_answers_place("när ska den stå klar?", first, None)
    assert Filters.from_any(scoped).municipalities == ("Mullsjö",)
    # a part naming a place of its own, or a first answer refused, keeps the filters as they were
    assert assistant._first_answers_place("när ska den stå klar i Dals-Ed?", first, None) is None
    assert assistant._first_answers_place("när ska den stå klar?", replace(first, refused=True), None) is None
