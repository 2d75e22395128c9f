"""The kinds of document a question names (doc_type_words.json): every kind ingest assigns is named by its words
("årsredovisningen", "delårsrapporten", "nyheten"); a kind no document of the one municipality the question names
is selects nothing there, and named as the question's source it is something those documents cannot say."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.build import Assistant
from assistant.retrieval.retrieve import Retriever
from assistant.understand.query import analyse, doc_types_in
from core.types import DocumentMeta
from tests.answer.memindex import MemoryIndex
from tests.fakes import HashEmbedder

DOCS = [("t.txt", "Periodens resultat uppgår till 12,0 miljoner kronor.\n",
         DocumentMeta(title="Delårsrapport", doc_type="interim_report", municipality="Tingsryd")),
        ("o.txt", "Budgeten ger ett resultat på 8,0 miljoner kronor.\n",
         DocumentMeta(title="Budget", doc_type="budget", municipality="Ockelbo"))]


def test_every_kind_ingest_assigns_is_named_by_its_words() -> None:
    assert doc_types_in("Vad står det i årsredovisningen?") == ("annual_report",)
    assert doc_types_in("enligt delårsrapporten") == ("interim_report",)
    assert doc_types_in("vad kostar förskolan enligt nyheten?") == ("news",)


def test_a_kind_the_named_municipality_has_no_document_of_is_no_target() -> None:
    retriever = Retriever(MemoryIndex(DOCS, HashEmbedder()))
    assert retriever.targets(analyse("Vad blev resultatet i Tingsryd enligt delårsrapporten?"))
    assert retriever.targets(analyse("Vad blev resultatet i Ockelbo enligt delårsrapporten?")) == []
    assert {c.doc_path for c in retriever.documents_of("Ockelbo")} == {"o.txt"}
    assert {c.doc_path for c in retriever.documents_of(None)} == {"t.txt", "o.txt"}


def test_a_source_of_a_kind_the_municipality_lacks_is_unknown() -> None:
    fake = SimpleNamespace(retriever=Retriever(MemoryIndex(DOCS, HashEmbedder())))
    asked = analyse("Vad blev resultatet i Ockelbo enligt delårsrapporten?")
    assert Assistant._kinds_missing(fake, asked, "Ockelbo") == ["interim_report"]
    assert Assistant._kinds_missing(fake, asked, "Tingsryd") == []
    # the kind as what is asked about, not where it is said: no source is named
    topic = analyse("Ockelbos delårsrapport: vad blev resultatet?")
    assert Assistant._kinds_missing(fake, topic, "Ockelbo") == []
    # "i budget 2025" names the year's budget, which another kind of document may report: not one missing document
    year = analyse("Hur mycket avsätter Tingsryd i budget 2025 för förskolan?")
    assert Assistant._kinds_missing(fake, year, "Tingsryd") == []
    assert Assistant._kinds_missing(fake, analyse("Vad står i budgeten för Tingsryd?"), "Tingsryd") == ["budget"]


def test_the_statements_document_answers_with_what_it_says_of_the_later_event() -> None:
    from assistant.evidence.sentences import Sentence
    from core.types import Chunk

    def sentence(path: str, start: int, text: str) -> Sentence:
        chunk = Chunk(id=f"{path}-0", doc_path=path, title=path, text=text, start=0, end=len(text))
        return Sentence(chunk=chunk, start=start, end=start + len(text), text=text, score=0.0, coverage=0.5,
                        chunk_score=0.0)

    first = sentence("s.txt", 0, "En lokalplaneringsenhet ska inrättas.")
    closer = sentence("s.txt", 40, "Lokalplaneringen ska centraliseras till kommunstyrelsen.")
    later = sentence("ks.txt", 0, "Kontoret får i uppdrag att centralisera lokalförsörjningen till kommunstyrelsen.")
    asked: list[tuple] = []

    def anchored(q, docs, anchor, fits=None):
        asked.append((docs, anchor))
        return closer

    fake = SimpleNamespace(retriever=SimpleNamespace(anchored=anchored))
    out = Assistant._agreeing(fake, None, [first, later], first, later)
    assert out == [closer, later] and asked == [({"s.txt"}, later)]
    # the anchor's own sentence found again: unchanged
    fake = SimpleNamespace(retriever=SimpleNamespace(anchored=lambda q, docs, anchor, fits=None: first))
    assert Assistant._agreeing(fake, None, [first, later], first, later) == [first, later]


RELEASES = [("p.txt", "För helåret prognostiseras ett överskott på 33,3 miljoner kronor. Prognosen är osäker.\n",
             DocumentMeta(title="Pressmeddelande", doc_type="press_release", municipality="Ockelbo")),
            ("t.txt", "Helårsprognosen för kommunen är ett överskott på 12,0 miljoner kronor.\n",
             DocumentMeta(title="Delårsrapport", doc_type="interim_report", municipality="Tingsryd"))]


def test_a_document_said_after_anothers_om_is_what_it_is_about() -> None:
    fake = SimpleNamespace(retriever=Retriever(MemoryIndex(RELEASES, HashEmbedder())))
    asked = analyse("Hur stor är helårsprognosen i Ockelbos pressmeddelande om delårsrapporten?")
    assert Assistant._kinds_missing(fake, asked, "Ockelbo") == []
    assert Assistant._kinds_missing(fake, analyse("Hur stor är prognosen enligt delårsrapporten i Ockelbo?"),
                                    "Ockelbo") == ["interim_report"]


def test_a_source_the_municipality_holds_is_read_not_another_municipalitys() -> None:
    def elsewhere(named, q):  # type: ignore[no-untyped-def]
        raise AssertionError("another municipality's documents searched")

    fake = SimpleNamespace(retriever=SimpleNamespace(documents_of=lambda named: [SimpleNamespace(
        doc_type="press_release")], elsewhere=elsewhere))
    fake._holds_named_source = lambda named, q: Assistant._holds_named_source(fake, named, q)
    asked = analyse("Hur stor är helårsprognosen i Ockelbos pressmeddelande?")
    assert Assistant._stated_elsewhere(fake, "Ockelbo", asked) is False


def test_a_compound_subject_the_municipality_writes_in_parts_is_known_there() -> None:
    fake = SimpleNamespace(retriever=Retriever(MemoryIndex(RELEASES, HashEmbedder())))
    fake._unnamed_committees = lambda q, named: []
    fake._kinds_missing = lambda q, named: []
    asked = analyse("Hur stor är helårsprognosen i Ockelbo?")
    named = analyse("Hur stor är helårsprognosen?")
    assert Assistant._unknown(fake, asked, "Ockelbo", named) == []


def test_a_year_said_beside_the_named_ones_fact_does_not_make_it_anothers() -> None:
    """The other municipality's sentence names the topic and the year ("regionskatten ... 2025"), the named one's
    the topic only (its year stands in the sentence before): the fact is stated here too. A topic the named one's
    sentences lack still makes it the other's."""
    from assistant.understand.query import analyse as analysed

    asked = analysed("hur mycket blir det totalt med regionskatten 2025?")
    year, topic = ("2025",), next(g for g in asked.groups if g[0].startswith("regionskat"))
    other = SimpleNamespace(coverage=1.0, said=frozenset({year, topic}))
    here = SimpleNamespace(coverage=0.59, said=frozenset({topic}))
    fake = SimpleNamespace(retriever=SimpleNamespace(elsewhere=lambda named, q: ([here], [other]),
                                                     stats=SimpleNamespace(idf=lambda g: 2.0)),
                           _holds_named_source=lambda named, q: False,
                           _concepts_said=lambda q, s: s.said)
    assert Assistant._stated_elsewhere(fake, "Vadstena", asked) is False
    here.said = frozenset({year})
    assert Assistant._stated_elsewhere(fake, "Vadstena", asked) is True
