"""A question naming two documents: each other document's sentence is the one that answers the question and
speaks of the subject of the best evidence (Retriever.anchored, rank_anchored)."""
from __future__ import annotations

from dataclasses import replace

from assistant.understand.query import analyse
from assistant.evidence.headings import is_section_title
from assistant.retrieval.retrieve import Retriever, rank_anchored
from assistant.evidence.sentences import Sentence, split_sentences
from core.types import DocumentMeta
from tests.answer.memindex import MemoryIndex
from tests.fakes import HashEmbedder


def test_similarity_to_the_anchor_outweighs_a_crowded_band_of_question_cosines() -> None:
    # cosines crowd into a narrow band: sentence 0 is a hair closer to the question, sentence 1 clearly closer
    # to the other document's evidence; both state an amount and cover the question alike
    order = rank_anchored(to_question=[0.881, 0.878, 0.850], to_anchor=[0.855, 0.930, 0.840],
                          coverage=[0.3, 0.3, 0.3], bonus=[0.15, 0.15, -0.1])
    assert order[0] == 1
    # without an anchor (all equal) the question decides
    assert rank_anchored([0.881, 0.878, 0.850], [0.9, 0.9, 0.9], [0.3, 0.3, 0.3], [0.15, 0.15, -0.1])[0] == 0


class Index(MemoryIndex):
    def chunks_of(self, doc_path: str):  # noqa: ANN201
        return sorted((c for c in self.chunks.values() if c.doc_path == doc_path), key=lambda c: c.start)


def test_the_other_document_quotes_its_own_words_for_the_anchors_subject() -> None:
    plan = ("plan.txt", "Förvaltningarna gör inköp av varor och tjänster för cirka 300 miljoner kronor per år.\n",
            DocumentMeta(title="Handlingsplan", doc_type="action_plan"))
    budget = ("budget.txt", "Ett nytt bussgarage byggs för 20 miljoner kronor.\n\n"
              "Skolorna ska få fler lärare och mindre klasser.\n\n"
              "Den samlade inköpsvolymen av varor och tjänster är över 900 miljoner kronor per år.\n",
              DocumentMeta(title="Budget", doc_type="budget"))
    index = Index([plan, budget], HashEmbedder())
    retriever = Retriever(index)
    q = analyse("Hur mycket köper kommunen in för enligt budgeten och handlingsplanen?")
    chunk = index.chunks_of("plan.txt")[0]
    s, e = split_sentences(chunk)[0]
    anchor = Sentence(chunk=chunk, start=s, end=e, text=index.text("plan.txt")[s:e], score=1.0, coverage=1.0,
                      chunk_score=1.0)
    found = retriever.anchored(q, {"budget.txt"}, anchor)
    assert found is not None and "900 miljoner" in found.text


def test_a_figure_from_a_document_the_question_does_not_name_does_not_answer_it() -> None:
    from types import SimpleNamespace

    from assistant.build import Assistant

    plan = ("plan.txt", "Utdelningen från bolaget föreslås bli 10 miljoner kronor årligen.\n",
            DocumentMeta(title="Handlingsplan", doc_type="action_plan"))
    budget = ("budget.txt", "Kommunstyrelsen\t95 478\t96 000\t97 000\t98 000\t99 000\n",
              DocumentMeta(title="Budget", doc_type="budget"))

    class Located(Index):
        def chunk_at(self, doc_path: str, offset: int):  # noqa: ANN201
            return next((c for c in self.chunks_of(doc_path) if c.start <= offset < c.end), None)

    index = Located([plan, budget], HashEmbedder())
    assistant = object.__new__(Assistant)
    assistant.index, assistant.retriever = index, Retriever(index)
    table_row = SimpleNamespace(doc_path="budget.txt", start=0)
    plan_sentence = SimpleNamespace(doc_path="plan.txt", start=0)
    named = analyse("Hur mycket föreslog handlingsplanen om året?")
    assert not assistant._from_named_documents(named, [table_row])
    assert assistant._from_named_documents(named, [plan_sentence])
    assert assistant._from_named_documents(analyse("Hur mycket får kommunstyrelsen?"), [table_row])
    dated = analyse("Vilken nämnd får mest 2022 enligt budgeten?")  # the budget's year, not the document's date
    assert assistant._from_named_documents(dated, [table_row])


def test_the_anchors_document_answers_with_its_sentence_closest_to_the_other_documents() -> None:
    from assistant.build import Assistant

    budget = ("budget.txt", "En ny enhet för lokaler ska inrättas på kontoret.\n\n"
              "Lokalplaneringen ska flyttas helt till kommunstyrelsen.\n",
              DocumentMeta(title="Budget", doc_type="budget"))
    press = ("press.txt", "Kontoret får i uppdrag att flytta ansvaret för lokalplaneringen till kommunstyrelsen.\n",
             DocumentMeta(title="Pressmeddelande", doc_type="press_release"))
    index = Index([budget, press], HashEmbedder())
    assistant = object.__new__(Assistant)
    assistant.index, assistant.retriever = index, Retriever(index)
    q = analyse("Vad säger budgeten och pressmeddelandet om lokalerna?")
    chunk = index.chunks_of("budget.txt")[0]
    s, e = split_sentences(chunk)[0]
    first = Sentence(chunk=chunk, start=s, end=e, text=index.text("budget.txt")[s:e], score=1.0, coverage=1.0,
                     chunk_score=1.0)
    targets = [lambda c: c.doc_path == "budget.txt", lambda c: c.doc_path == "press.txt"]
    chosen = assistant._from_each_target(q, targets, [first], threshold=0.0)
    said = [c.text for c in chosen]
    assert any("flyttas helt till kommunstyrelsen" in t for t in said), said
    assert any(c.chunk.doc_path == "press.txt" for c in chosen) and len(chosen) == 2


def test_a_sentence_sharing_the_anchors_rare_words_outranks_a_neighbour_sharing_common_ones() -> None:
    from assistant.retrieval.retrieve import anchor_share

    df = {"kontor": 40, "centralis": 2, "kommunstyr": 30, "lokal": 10, "enhet": 20}
    anchor = frozenset({"kontor", "centralis", "kommunstyr", "lokal"})
    moved = anchor_share(anchor, frozenset({"lokal", "centralis", "kommunstyr"}), df, 100)
    neighbour = anchor_share(anchor, frozenset({"lokal", "enhet", "kontor"}), df, 100)
    assert moved > neighbour > 0.0
    # with equal cosines and coverage the shared words decide
    assert rank_anchored([0.88, 0.88], [0.93, 0.93], [0.4, 0.4], [0.0, 0.0], [neighbour, moved])[0] == 1
    assert anchor_share(frozenset({"okänd"}), frozenset({"okänd"}), df, 100) == 0.0  # no passage holds it


def test_a_document_quoting_the_other_word_for_word_answers_with_a_sentence_of_its_own() -> None:
    plan = ("plan.txt", "Utdelning från bolaget ska utredas som en möjlig intäkt för kommunen.\n",
            DocumentMeta(title="Pressmeddelande", doc_type="press_release"))
    budget = ("budget.txt", "Utdelning från bolaget ska utredas som en möjlig intäkt för kommunen.\n\n"
              "Därför föreslås en årlig utdelning från bolaget på 10 miljoner kronor.\n",
              DocumentMeta(title="Handlingsplan", doc_type="action_plan"))
    index = Index([plan, budget], HashEmbedder())
    retriever = Retriever(index)
    q = analyse("Vad säger pressmeddelandet och handlingsplanen om utdelning från bolaget?")
    chunk = index.chunks_of("plan.txt")[0]
    s, e = split_sentences(chunk)[0]
    anchor = Sentence(chunk=chunk, start=s, end=e, text=index.text("plan.txt")[s:e], score=1.0, coverage=1.0,
                      chunk_score=1.0)
    found = retriever.anchored(q, {"budget.txt"}, anchor)
    assert found is not None and "10 miljoner" in found.text


def test_a_question_naming_its_sources_is_answered_from_them_not_from_the_best_other_document() -> None:
    from assistant.build import Assistant

    budget = ("budget.txt", "Lokalerna ska samlas hos kommunstyrelsen enligt partiets förslag.\n",
              DocumentMeta(title="Budget", doc_type="budget"))
    press = ("press.txt", "Kontoret får i uppdrag att samla ansvaret för lokalerna hos kommunstyrelsen.\n",
             DocumentMeta(title="Pressmeddelande", doc_type="press_release"))
    plan = ("plan.txt", "Lokaler är kommunens näst största kostnad efter personal.\n",
            DocumentMeta(title="Handlingsplan", doc_type="action_plan"))
    index = Index([budget, press, plan], HashEmbedder())
    assistant = object.__new__(Assistant)
    assistant.index, assistant.retriever = index, Retriever(index)
    chunk = index.chunks_of("budget.txt")[0]
    s, e = split_sentences(chunk)[0]
    other = Sentence(chunk=chunk, start=s, end=e, text=index.text("budget.txt")[s:e], score=1.0, coverage=1.0,
                     chunk_score=1.0)
    targets = [lambda c: c.doc_path == "press.txt", lambda c: c.doc_path == "plan.txt"]
    sourced = analyse("Vad står i pressmeddelandet och i handlingsplanen om lokalerna?")
    chosen = assistant._from_each_target(sourced, targets, [other], threshold=0.0)
    assert {c.chunk.doc_path for c in chosen} == {"press.txt", "plan.txt"}, [c.text for c in chosen]
    # the documents as the topic, not the source: the best evidence stays
    topic = analyse("Hur ska lokalerna och pressmeddelandet och handlingsplanen hänga ihop?")
    assert assistant._from_each_target(topic, targets, [other], threshold=0.0)[0] is other


def test_each_named_document_answers_a_person_question_with_a_person_of_the_asked_party() -> None:
    from assistant.compose.answer import fills_slot

    press = ("press.txt", "Det är en styrka att vi är eniga, säger Karin Ek (M), kommunstyrelsens ordförande.\n\n"
             "Vi agerar nu för välfärden, säger Per Holm (S), kommunstyrelsens vice ordförande.\n",
             DocumentMeta(title="Pressmeddelande", doc_type="press_release"))
    summary = ("summary.txt", "Anna Berg (S) har inkommit med ett initiativ om feriearbeten.\n",
               DocumentMeta(title="Nämnden i korthet", doc_type="committee_summary"))
    index = Index([press, summary], HashEmbedder())
    retriever = Retriever(index)
    q = analyse("Vilka socialdemokratiska politiker nämns i pressmeddelandet och i sammanfattningen?")
    assert q.wants_person
    chunk = index.chunks_of("summary.txt")[0]
    s, e = split_sentences(chunk)[0]
    anchor = Sentence(chunk=chunk, start=s, end=e, text=index.text("summary.txt")[s:e], score=1.0, coverage=1.0,
                      chunk_score=1.0)
    found = retriever.anchored(q, {"press.txt"}, anchor, lambda s: fills_slot(q, s))
    assert found is not None and "Per Holm (S)" in found.text
    assert not fills_slot(q, replace(anchor, text="Karin Ek (M) är ordförande."))


def test_a_question_naming_its_sources_ranks_their_sentences_first() -> None:
    from assistant.build import Assistant

    budget = ("budget.txt", "Socialdemokratisk politik för lokalerna och ansvaret för lokalerna.\n",
              DocumentMeta(title="Budget", doc_type="budget", date="2020-10-01"))
    press = ("press.txt", "Kontoret får i uppdrag att samla ansvaret för lokalerna hos kommunstyrelsen.\n",
             DocumentMeta(title="Pressmeddelande", doc_type="press_release", date="2023-02-08"))
    index = Index([budget, press], HashEmbedder())
    assistant = object.__new__(Assistant)
    assistant.index, assistant.retriever = index, Retriever(index)
    chunk = index.chunks_of("budget.txt")[0]
    s, e = split_sentences(chunk)[0]
    other = Sentence(chunk=chunk, start=s, end=e, text=index.text("budget.txt")[s:e], score=1.0, coverage=1.0,
                     chunk_score=1.0)
    sourced = analyse("Vad står det om ansvaret för lokalerna i pressmeddelandet från 2023?")
    ranked = assistant._from_named_sources(sourced, [other])
    assert ranked[0].chunk.doc_path == "press.txt" and ranked[-1] is other
    # the documents as the topic, not the source: the sentences stay as found
    assert assistant._from_named_sources(analyse("Vad står det om ansvaret för lokalerna?"), [other]) == [other]


def test_a_named_document_whose_best_passage_states_no_amount_answers_with_its_sentence_that_does() -> None:
    from assistant.build import Assistant

    budget = ("budget.txt", "Köp av konsulttjänster ska föregås av nämndbeslut.\n\n"
              "Kommunen har en total årlig inköpsvolym på över en miljard kronor.\n",
              DocumentMeta(title="Budget", doc_type="budget"))
    plan = ("plan.txt", "Förvaltningarna gör inköp på cirka en halv miljard kronor per år.\n",
            DocumentMeta(title="Handlingsplan", doc_type="action_plan"))
    index = Index([budget, plan], HashEmbedder())
    assistant = object.__new__(Assistant)
    assistant.index, assistant.retriever = index, Retriever(index)
    q = analyse("Hur mycket köper kommunen in för per år enligt budgeten?")

    def first(path: str) -> Sentence:
        chunk = index.chunks_of(path)[0]
        s, e = split_sentences(chunk)[0]
        return Sentence(chunk=chunk, start=s, end=e, text=index.text(path)[s:e], score=1.0, coverage=1.0,
                        chunk_score=1.0)

    from assistant.compose.answer import fills_slot

    lead, unstated = first("plan.txt"), first("budget.txt")
    assistant._best_of_target = lambda q, target, threshold: unstated  # its search ranked the sentence without one
    own = assistant._own_answer(q, lambda c: c.doc_path == "budget.txt", [lead], lambda s: fills_slot(q, s), 0.0)
    assert own is not None and "en miljard" in own.text, own and own.text
    # without evidence elsewhere to anchor on, the document's own best stays
    assert assistant._own_answer(q, lambda c: c.doc_path == "budget.txt", [], lambda s: fills_slot(q, s),
                                 0.0) is unstated


def _with_first_sentence(docs: list, first_of: str):  # type: ignore[no-untyped-def]
    """An assistant over `docs` (path, text, meta) with the fake embedder, and the first sentence of `first_of`."""
    from assistant.build import Assistant

    index = Index(docs, HashEmbedder())
    assistant = object.__new__(Assistant)
    assistant.index, assistant.retriever = index, Retriever(index)
    assistant._analyse = lambda question, history: analyse(question)
    chunk = index.chunks_of(first_of)[0]
    s, e = split_sentences(chunk)[0]
    return assistant, Sentence(chunk=chunk, start=s, end=e, text=index.text(first_of)[s:e], score=1.0, coverage=1.0,
                               chunk_score=1.0)


def test_an_event_told_before_the_question_is_quoted_from_the_document_of_its_year() -> None:
    plan = ("plan.txt", "Därför föreslås en årlig avgift på 2 miljoner kronor för parkeringen.\n",
            DocumentMeta(title="Handlingsplan", doc_type="action_plan", date="2024-05-01"))
    press = ("press.txt", "Kontoret ska utreda möjligheten till en avgift för parkeringen vid torget.\n\n"
             "Skolorna får nya lärare till hösten.\n",
             DocumentMeta(title="Pressmeddelande", doc_type="press_release", date="2023-02-08"))
    assistant, answer = _with_first_sentence([plan, press], "plan.txt")
    q = analyse("Nämnden ville 2023 att man skulle utreda en avgift för parkeringen – hur mycket blev förslaget sen?")
    chosen = assistant._with_reported_event(q, [answer], threshold=0.1)
    assert [c.chunk.doc_path for c in chosen] == ["plan.txt", "press.txt"]
    assert "utreda möjligheten" in chosen[1].text
    # no statement before the question: the answer's evidence alone
    plain = analyse("Hur mycket blev förslaget om en avgift för parkeringen 2023?")
    assert assistant._with_reported_event(plain, [answer], threshold=0.1) == [answer]


def test_an_event_asked_of_a_later_year_is_quoted_from_the_document_of_that_year() -> None:
    budget = ("budget.txt", "Parkeringen vid torget ska fullt ut skötas av kommunstyrelsen.\n",
              DocumentMeta(title="Budget 2021-2023", doc_type="budget", date="2020-11-01"))
    press = ("press.txt", "Kontoret får i uppdrag att flytta ansvaret för parkeringen vid torget till kommunstyrelsen.\n\n"
             "Skolorna får nya lärare till hösten.\n",
             DocumentMeta(title="Pressmeddelande", doc_type="press_release", date="2023-02-08"))
    assistant, said = _with_first_sentence([budget, press], "budget.txt")
    q = analyse("S ville flytta parkeringen vid torget till kommunstyrelsen. Blev det något uppdrag om det 2023?")
    chosen = assistant._with_reported_event(q, [said], threshold=0.6)
    assert [c.chunk.doc_path for c in chosen] == ["budget.txt", "press.txt"]
    assert "i uppdrag" in chosen[1].text
    # the evidence is already of the asked year: unchanged
    dated = replace(said, chunk=replace(said.chunk, date="2023-05-01"))
    assert assistant._with_reported_event(q, [dated], threshold=0.6) == [dated]


def test_an_event_asked_of_a_year_of_its_own_after_a_statement_of_a_period_is_quoted_from_that_year() -> None:
    budget = ("budget.txt", "Parkeringen vid torget ska fullt ut skötas av kommunstyrelsen.\n",
              DocumentMeta(title="Budget 2021-2023", doc_type="budget", date="2020-11-01"))
    press = ("press.txt", "Kontoret får i uppdrag att flytta ansvaret för parkeringen vid torget till kommunstyrelsen.\n\n"
             "Skolorna får nya lärare till hösten.\n",
             DocumentMeta(title="Pressmeddelande", doc_type="press_release", date="2023-02-08"))
    assistant, said = _with_first_sentence([budget, press], "budget.txt")
    # the statement names the budget's period, 2021-2023; the question asks of 2023, a year of its own
    q = analyse("S ville i budgeten 2021-2023 flytta parkeringen vid torget till kommunstyrelsen. "
                "Blev det något uppdrag om det 2023?")
    chosen = assistant._with_reported_event(q, [said], threshold=0.6)
    assert [c.chunk.doc_path for c in chosen] == ["budget.txt", "press.txt"]


def test_what_became_of_a_statement_asked_without_a_year_is_quoted_from_a_later_document() -> None:
    budget = ("budget.txt", "Parkeringen vid torget ska fullt ut skötas av kommunstyrelsen.\n",
              DocumentMeta(title="Budget 2021-2023", doc_type="budget", date="2020-11-01"))
    # the later document tells it in words of its own ("bilplatserna"): two documents spread the matter's concepts
    press = ("press.txt", "Kontoret får i uppdrag att flytta ansvaret för bilplatserna till kommunstyrelsen.\n\n"
             "Skolorna får nya lärare till hösten.\n",
             DocumentMeta(title="Pressmeddelande", doc_type="press_release", date="2023-02-08"))
    older = ("older.txt", "Ansvaret för parkeringen vid torget ligger hos tekniska nämnden och kommunstyrelsen.\n",
             DocumentMeta(title="Verksamhetsplan", doc_type="other", date="2019-02-01"))
    assistant, said = _with_first_sentence([budget, press, older], "budget.txt")
    q = analyse("S ville flytta parkeringen vid torget till kommunstyrelsen. Blev det något av det sen?")
    chosen = assistant._with_reported_event(q, [said], threshold=0.6)
    assert [c.chunk.doc_path for c in chosen] == ["budget.txt", "press.txt"]
    # the question names a document of its own: that document answers (the named documents' evidence), not this
    named = analyse("S ville flytta parkeringen vid torget till kommunstyrelsen. Blev det något av det enligt "
                    "pressmeddelandet?")
    assert assistant._with_reported_event(named, [said], threshold=0.6) == [said]
    # a question word asks something of the statement's matter itself, not whether it came true
    what = analyse("S ville flytta parkeringen vid torget till kommunstyrelsen. Vad skulle det kosta?")
    assert assistant._with_reported_event(what, [said], threshold=0.6) == [said]
    # a noun said of the statement ("uppdrag om det") asks what it came to, no matter of its own
    came_to = analyse("S ville flytta parkeringen vid torget till kommunstyrelsen. Blev det något uppdrag om det sen?")
    assert [c.chunk.doc_path for c in assistant._with_reported_event(came_to, [said], threshold=0.6)] == \
        ["budget.txt", "press.txt"]
    own = analyse("S ville flytta parkeringen vid torget till kommunstyrelsen. Blev det något nytt torghus sen?")
    assert assistant._with_reported_event(own, [said], threshold=0.6) == [said]


def test_a_document_named_by_what_no_indexed_document_is_is_no_target() -> None:
    # "i budgeten 2021-2023" reads as a document of 2021; the budget is dated 2020: the named year has no document,
    # and what is left names one document, the budget
    budget = ("budget.txt", "Lokalplaneringen ska centraliseras till kommunstyrelsen.\n",
              DocumentMeta(title="Budget 2021-2023", doc_type="budget", date="2020-10-01"))
    press = ("press.txt", "Kommunledningskontoret får i uppdrag att centralisera lokalförsörjningen.\n",
             DocumentMeta(title="Pressmeddelande", doc_type="press_release", date="2023-02-08"))
    retriever = Retriever(Index([budget, press], HashEmbedder()))
    q = replace(analyse("S ville i budgeten centralisera lokalplaneringen. Blev det något uppdrag 2023?"),
                doc_types=("budget",), doc_years=(2021,))
    targets = retriever.targets(q)
    assert len(targets) == 1
    assert [p for p in ("budget.txt", "press.txt") if targets[0](retriever.index.chunks_of(p)[0])] == ["budget.txt"]
    assert len(retriever.targets(replace(q, doc_years=(2023,)))) == 2  # a year of a document stays a target


def test_a_section_heading_gives_way_to_the_sentence_under_it() -> None:
    # the heading repeats the anchor's words; the sentence under it says what the plan proposes of them
    plan = ("plan.txt", "Utdelning eller koncernbidrag från bolaget Energi\n\n"
            "Bolaget är välskött och därför föreslås en årlig utdelning på 10 miljoner kronor.\n",
            DocumentMeta(title="Handlingsplan", doc_type="action_plan"))
    release = ("release.txt", "Det ska utredas om utdelning eller koncernbidrag från bolaget Energi är möjligt.\n",
               DocumentMeta(title="Pressmeddelande", doc_type="press_release"))
    index = Index([plan, release], HashEmbedder())
    for chunk in index.chunks_of("plan.txt"):
        index.chunks[chunk.id] = replace(chunk, section="Utdelning eller koncernbidrag från bolaget Energi")
    retriever = Retriever(index)
    q = analyse("Vad blev förslaget om utdelning från bolaget Energi i handlingsplanen?")
    chunk = index.chunks_of("release.txt")[0]
    s, e = split_sentences(chunk)[0]
    anchor = Sentence(chunk=chunk, start=s, end=e, text=index.text("release.txt")[s:e], score=1.0, coverage=1.0,
                      chunk_score=1.0)
    found = retriever.anchored(q, {"plan.txt"}, anchor)
    assert found is not None and "10 miljoner" in found.text
    # without the chunker's section title the line is one sentence among others
    heading = next(s for s in (Sentence(chunk=c, start=a, end=b, text=index.text("plan.txt")[a:b], score=0.0,
                                        coverage=0.0, chunk_score=0.0)
                               for c in index.chunks_of("plan.txt") for a, b in split_sentences(c))
                   if s.text.startswith("Utdelning"))
    assert is_section_title(heading)
    assert not is_section_title(replace(heading, chunk=replace(heading.chunk, section="")))


def test_a_named_document_answers_who_it_quotes_by_its_sentence_quoting_them() -> None:
    from assistant.build import Assistant

    press = ("press.txt", "Kommunstyrelsen har gett förvaltningen en rad uppdrag om välfärden.\n\n"
             "Det är en styrka att vi är eniga, säger Daniel Berg (M), kommunstyrelsens ordförande.\n\n"
             "Vi agerar nu för att bli ännu bättre, säger Simon Ek (S), kommunstyrelsens vice ordförande.\n",
             DocumentMeta(title="Pressmeddelande", doc_type="press_release"))
    index = Index([press], HashEmbedder())
    assistant = object.__new__(Assistant)
    assistant.index, assistant.retriever = index, Retriever(index)
    q = analyse("vilka S-politiker citeras i pressmeddelandet om uppdragen?")
    chunk = index.chunks_of("press.txt")[0]
    first, second, _ = [Sentence(chunk=chunk, start=s, end=e, text=index.text("press.txt")[s:e], score=1.0,
                                 coverage=1.0, chunk_score=1.0) for s, e in split_sentences(chunk)]
    found = assistant._named_people_first(q, [], [first, second])
    assert "Simon Ek (S)" in found[0].text
    # a document whose best sentences already quote the person asked keeps its sentences
    assert assistant._named_people_first(q, [], [replace(found[0]), first]) == [replace(found[0]), first]


def test_an_event_asked_of_a_month_and_year_is_quoted_from_that_years_document_with_the_statement_in_full() -> None:
    budget = ("budget.txt", "1 mnkr tillskjuts nämnden för en utökad satsning på sommarjobb. "
              "Sammantagen budgetpost för sommarjobb uppgår därmed till 2 mnkr och bedöms räcka till 200 arbeten.\n",
              DocumentMeta(title="Budget 2021-2023", doc_type="budget", date="2020-11-01"))
    summary = ("summary.txt", "Nämnden beslutade att förvaltningen ska inventera behovet av feriearbeten och återkomma.\n\n"
               "Skolorna får nya lärare till hösten.\n",
               DocumentMeta(title="Nämnden i korthet", doc_type="committee_summary", date="2024-01-31"))
    assistant, said = _with_first_sentence([budget, summary], "budget.txt")
    # "i januari 2024" names the month of a document (a year dating it): still the year the asked event is of
    q = analyse("S ville 2021 satsa på sommarjobb. Vad beslutade nämnden om feriearbeten i januari 2024?")
    assert 2024 in q.doc_years
    chosen = assistant._with_reported_event(q, [said], threshold=0.1)
    assert [c.chunk.doc_path for c in chosen] == ["budget.txt", "summary.txt"]
    # what the statement tells is quoted with its paragraph: the whole sum beside the first sentence's part of it
    assert "2 mnkr" in chosen[0].text and "200 arbeten" in chosen[0].text


def test_a_question_of_a_year_of_its_own_after_a_statement_is_answered_apart_with_the_statement_beside_it() -> None:
    from assistant.answering.prose import TextJudgement
    from assistant.compose.answer import ExtractiveComposer, Judgement
    from core.types import Answer, Citation

    budget = ("budget.txt", "1 mnkr tillskjuts nämnden för en utökad satsning på sommarjobb. Sammantagen "
              "budgetpost för sommarjobb uppgår därmed till 2 mnkr och räcker till 200 arbeten.\n",
              DocumentMeta(title="Budget 2021-2023", doc_type="budget", date="2020-11-01"))
    summary = ("summary.txt", "Nämnden beslutade att förvaltningen ska inventera behovet av feriearbeten.\n",
               DocumentMeta(title="Nämnden i korthet", doc_type="committee_summary", date="2024-01-31"))
    assistant, _ = _with_first_sentence([budget, summary], "budget.txt")
    assistant.extractive = ExtractiveComposer()
    decided = "Nämnden beslutade att förvaltningen ska inventera behovet av feriearbeten."
    asked: list[str] = []

    def answer_one(raw, question, claim, history, language, filters, timings):  # type: ignore[no-untyped-def]
        asked.append(question)
        return Answer(question=question, answer=f"”{decided}” [1]", language="sv", citations=(
            Citation(n=1, doc="summary.txt", title="Nämnden i korthet", quote=decided, chunk_id=""),))

    assistant._answer_one = answer_one
    assistant._judge_text = lambda q, sentences, hits=(): TextJudgement(
        Judgement(True, "ok", 1.0), {}, sentences, 0.1, (), ())
    question = "S ville ha fler sommarjobb i sin budget 2021-2023. Vad hände med feriearbeten i nämnden 2024?"
    found = assistant._asked_apart(question, question, "sv", None, {})
    assert asked == ["Vad hände med feriearbeten i nämnden 2024?"]  # what is asked, without the statement
    assert found is not None and [c.doc for c in found.citations] == ["budget.txt", "summary.txt"]
    assert "200 arbeten" in found.citations[0].quote  # the statement's paragraph, in full
    # a question of the statement's own years is no such question
    assert assistant._asked_apart("S ville ha fler sommarjobb 2021. Vad hände 2021?", "S ville ha fler sommarjobb "
                                  "2021. Vad hände 2021?", "sv", None, {}) is None
