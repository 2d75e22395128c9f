"""Facets a question asks of its topic (evidence/facets.py): the split of a whole, a distributed part's own words, a
vote's tally. An answer whose quotes do not state the facet is a near miss, refused with a message naming it."""
from __future__ import annotations

import json
from pathlib import Path

from assistant.evidence.facets import (MEASURE, OWN, PARTS, VOTE, asked_facets, asks_tally, measured_noun, names_stems,
                                      states_facet)
from tests.answer.small_corpus import assistant_of


def _kinds(question: str, whole: str = "") -> list[tuple[str, str]]:
    return [(f.kind, f.said) for f in asked_facets(question, whole)]


def test_the_part_of_a_whole_is_after_the_last_till() -> None:
    # "pengarna till Smedsgården" names the whole; what it is split into follows the verb's "till"
    facets = asked_facets("hur mycket av pengarna till smedsgården i tibro går till köket och utemiljön?")
    assert [(f.kind, f.said) for f in facets] == [(PARTS, "köket och utemiljön")]
    assert facets[0].parts == (frozenset({"kök"}), frozenset({"utemiljön"}))
    assert _kinds("Hur mycket av socialnämndens budget i Vaxholm 2025 går till hemtjänsten?") == [
        (PARTS, "hemtjänsten")]


def test_no_part_without_a_whole() -> None:
    assert _kinds("Vad kostar bussturerna till Sollebrunn?") == []
    assert _kinds("Hur mycket får socialnämnden 2025?") == []


def test_a_split_between_names_each_side() -> None:
    facets = asked_facets("hur fördelas IT-investeringarna 2025 mellan skolan och äldreomsorgen?")
    assert [f.kind for f in facets] == [PARTS] and len(facets[0].parts) == 2


def test_a_distributed_part_has_its_own_words() -> None:
    whole = "Vad var sjukfrånvaron för kvinnor respektive män i Bengtsfors kommun 2025?"
    assert _kinds("Vad var sjukfrånvaron för kvinnor i Bengtsfors kommun 2025?", whole) == [(OWN, "kvinnor")]
    assert _kinds("Vad var sjukfrånvaron för män i Bengtsfors kommun 2025?", whole) == [(OWN, "män")]
    # the question itself, or a part no distribution made, has none
    assert _kinds(whole, whole) == []


def test_units_and_documents_are_no_parts() -> None:
    whole = "hur mycket mer får vård o omsorg 2023 jämfört med 2021, i kronor och i procent?"
    assert all(kind != OWN for kind, _ in _kinds("hur mycket mer får vård o omsorg 2023 jämfört med 2021, i kronor?",
                                                  whole))


def test_a_tally_is_asked_by_how_not_by_who() -> None:
    assert asks_tally("hur röstade kommunstyrelsen om avgiften för trygghetslarm?")
    assert asks_tally("hur många röster för och emot?")
    assert not asks_tally("vilka partier röstade emot budgeten?")
    assert not asks_tally("hur mycket höjs avgiften?")
    assert _kinds("hur många röster för och emot?") == [(VOTE, "hur många röster för och emot?")]


def test_a_facet_is_stated_by_a_text_naming_every_part() -> None:
    facet = asked_facets("hur mycket av pengarna till smedsgården går till köket och utemiljön?")[0]
    assert not states_facet(facet, ["Förskolan Smedsgården kostar 63 miljoner kronor."], names_stems)
    assert not states_facet(facet, ["Köket kostar 4 miljoner kronor."], names_stems)
    assert states_facet(facet, ["Av dem går 4 miljoner till köket och 2 miljoner till utemiljön."], names_stems)
    vote = asked_facets("hur röstade fullmäktige om budgeten?")[0]
    assert not states_facet(vote, ["Kommunfullmäktige beslutar att anta budgeten."], names_stems)
    assert states_facet(vote, ["Budgeten antogs med 27 röster mot 22."], names_stems)
    assert states_facet(vote, ["Kommunfullmäktige beslutade enhälligt att anta budgeten."], names_stems)


def test_a_short_stem_is_named_only_as_a_word() -> None:
    assert names_stems(frozenset({"män"}), "Sjukfrånvaron bland män var 5,1 procent.")
    assert not names_stems(frozenset({"män"}), "Mängden avfall ökade med 5 procent.")
    assert names_stems(frozenset({"utemiljön"}), "Utemiljöer för 2 miljoner kronor.")


BUDGET = ("# Mål och budget 2025\n\n## Förskolan Smedsgården\n\nDen nya förskolan Smedsgården i Tibro budgeteras till "
          "63,0 miljoner kronor. Förskolan får åtta avdelningar och plats för 120 barn.\n")
SPLIT = ("# Mål och budget 2025\n\n## Förskolan Smedsgården\n\nAv pengarna till förskolan Smedsgården i Tibro går 4,5 "
         "miljoner kronor till köket och 2,0 miljoner kronor till utemiljön.\n")


def test_an_answer_stating_only_the_whole_is_refused_naming_the_split(tmp_path: Path) -> None:
    answer = assistant_of(tmp_path, {"budget.md": BUDGET}).ask(
        "hur mycket av pengarna till smedsgården i tibro går till köket och utemiljön?")
    assert answer.refused
    assert "köket och utemiljön" in answer.answer


def test_an_answer_stating_the_split_stands(tmp_path: Path) -> None:
    answer = assistant_of(tmp_path, {"budget.md": SPLIT}).ask(
        "hur mycket av pengarna till smedsgården i tibro går till köket och utemiljön?")
    assert not answer.refused
    assert "4,5" in answer.answer


MINUTES = ("# Protokoll kommunstyrelsen 2025-03-10\n\n## § 12 Avgift för trygghetslarm\n\nBeslut: Kommunstyrelsen "
           "föreslår kommunfullmäktige att höja månadsavgiften för trygghetslarm från 250 kronor till 295 kronor.\n\n"
           "Reservation: Anna Berg (M) reserverar sig mot beslutet.\n")


def test_a_decision_without_a_tally_does_not_say_how_the_vote_went(tmp_path: Path) -> None:
    answer = assistant_of(tmp_path, {"protokoll.md": MINUTES}).ask(
        "hur röstade kommunstyrelsen om höjningen av avgiften för trygghetslarm?")
    assert answer.refused
    assert "röstsiffror" in answer.answer


def test_a_tally_says_how_the_vote_went(tmp_path: Path) -> None:
    tallied = MINUTES.replace("Reservation:", "Omröstning: Kommunstyrelsen beslutar med 8 röster mot 5 enligt "
                                              "förslaget.\n\nReservation:")
    answer = assistant_of(tmp_path, {"protokoll.md": tallied}).ask(
        "hur röstade kommunstyrelsen om höjningen av avgiften för trygghetslarm?")
    assert not answer.refused
    assert "8 röster mot 5" in answer.answer


def test_a_measure_asked_by_an_interrogative_determiner() -> None:
    assert measured_noun("Vilken genomsnittlig ränta betalar Nordmalings kommun på sina lån?") == "ränta"
    assert measured_noun("Vilken skattesats har Ockelbo 2025?") == "skattesats"
    assert measured_noun("Vilket projekt är störst 2025?") == ""  # a thing is answered by its name
    assert measured_noun("Vilka partier reserverade sig?") == ""
    facet = asked_facets("Vilken genomsnittlig ränta betalar kommunen på sina lån?")[0]
    assert facet.kind == MEASURE
    assert not states_facet(facet, ["Kostnaderna ska närma sig genomsnittet för jämförbara kommuner."], names_stems)
    assert states_facet(facet, ["Den genomsnittliga räntan på låneskulden var 2,1 procent."], names_stems)
    assert states_facet(facet, ["Snitträntan uppgick till 2,1 procent."], names_stems)


RATES = ("# Budget 2025\n\n## Ekonomi\n\nKostnaderna för hemtjänsten per brukartimme ska närma sig genomsnittet för "
         "jämförbara kommuner. Kommunens lån uppgår till 410 miljoner kronor.\n")


def test_a_sentence_naming_the_topic_but_not_the_measure_is_refused(tmp_path: Path) -> None:
    answer = assistant_of(tmp_path, {"budget.md": RATES}).ask(
        "Vilken genomsnittlig ränta betalar kommunen på sina lån?")
    assert answer.refused


def test_a_sentence_stating_the_measure_answers(tmp_path: Path) -> None:
    stated = RATES.replace("Kommunens lån uppgår", "Den genomsnittliga räntan på kommunens lån var 2,1 procent. "
                                                   "Lånen uppgår")
    answer = assistant_of(tmp_path, {"budget.md": stated}).ask(
        "Vilken genomsnittlig ränta betalar kommunen på sina lån?")
    assert not answer.refused
    assert "2,1 procent" in answer.answer


def test_a_quoted_table_row_is_framed_by_the_table_above_it() -> None:
    from types import SimpleNamespace

    from assistant.answering.prose import ProseAnswering
    from assistant.evidence.near_miss import measures
    from core.types import Chunk, Citation

    row = "Avgiftsfinansierad verksamhet\t152 631\t161 622"
    passage = f"Investeringsbudget (tkr)\nVerksamhet\t2024\t2025\n{row}\n"
    chunk = Chunk(id="b#1", doc_path="budget.txt", text=passage, start=0, end=len(passage), title="Budget 2021-2023")
    owner = SimpleNamespace(index=SimpleNamespace(chunks={"b#1": chunk}))
    said = ProseAnswering._said_with(owner, Citation(n=1, doc="budget.txt", title="Budget 2021-2023", quote=row,
                                                     chunk_id="b#1"))
    assert "investering" in measures(said)


def test_a_tally_of_two_sides_each_with_its_vote_word() -> None:
    from assistant.evidence.claim_vote import split_vote

    assert split_vote("Omröstning: Med 22 röster för avslag och 7 röster för bifall beslutar kommunfullmäktige "
                      "enligt kommunstyrelsens förslag.")
    assert split_vote("Med 15 röster för ordförandens förslag, 6 röster för Anna Bergs förslag beslutar nämnden.")
    assert not split_vote("Motionen fick stöd av 22 ledamöter.")


def test_a_tally_in_the_quoted_passage_keeps_the_answer() -> None:
    from types import SimpleNamespace

    from assistant.answering.prose import ProseAnswering
    from assistant.understand.query import analyse
    from core.types import Answer, Chunk, Citation

    decision = "Beslut: Kommunfullmäktige beslutar att avslå motionen."
    passage = f"§ 44 Motion om avgiftsfri kollektivtrafik\nOmröstning: Budgeten antogs med 22 röster mot 7.\n{decision}"
    chunk = Chunk(id="p#1", doc_path="kf.docx", text=passage, start=0, end=len(passage), title="Protokoll")
    owner = SimpleNamespace(index=SimpleNamespace(chunks={"p#1": chunk}),
                            _refuse=lambda raw, q, sentences, text: Answer(question=raw, answer=text, refused=True))
    owner._said_with = lambda c: ProseAnswering._said_with(owner, c)
    owner._unnamed_subject = lambda question, answer: None
    owner._as_written = lambda facet: facet
    owner._tally_elsewhere = lambda raw, q: None  # no other passage states a tally
    question = "hur röstade fullmäktige om motionen om avgiftsfri kollektivtrafik?"
    answer = Answer(question=question, answer=f"”{decision}” [1]",
                    citations=(Citation(n=1, doc="kf.docx", title="Protokoll", quote=decision, chunk_id="p#1"),))
    kept = ProseAnswering._facets_stated(owner, question, question, analyse(question), answer, [])
    assert not kept.refused
    alone = Chunk(id="p#1", doc_path="kf.docx", text=decision, start=0, end=len(decision),
                  title="Protokoll")
    owner.index.chunks["p#1"] = alone
    assert ProseAnswering._facets_stated(owner, question, question, analyse(question), answer, []).refused


def test_a_calculators_row_for_all_does_not_answer_a_part_distributed_over_two_groups() -> None:
    """"sjukfrånvaron för kvinnor respektive män": the part "för kvinnor" is answered by the calculator's row "Sjukfrånvaro,
    %" of all staff, the same figure as for the men: the row names neither group, so neither part is answered; a row
    naming the group answers it."""
    from types import SimpleNamespace

    from assistant.answering.prose import ProseAnswering
    from assistant.understand.query import analyse
    from decimal import Decimal

    from core.types import Answer, Calculation, Chunk, Citation

    def owner_of(row: str) -> SimpleNamespace:
        passage = f"Personal\n| | 2023 | 2024 |\n|---|---|---|\n{row}\n"
        chunk = Chunk(id="a#1", doc_path="ar.pdf", text=passage, start=0, end=len(passage), title="Årsredovisning 2024")
        owner = SimpleNamespace(index=SimpleNamespace(chunks={"a#1": chunk}),
                                _refuse=lambda raw, q, sentences, text: Answer(question=raw, answer=text, refused=True))
        owner._said_with = lambda c: ProseAnswering._said_with(owner, c)
        owner._unnamed_subject = lambda question, answer: None
        owner._as_written = lambda facet: facet
        return owner

    whole = "Hur hög var sjukfrånvaron för kvinnor respektive män 2024?"
    part = "Hur hög var sjukfrånvaron för kvinnor 2024?"

    def answered(row: str) -> Answer:
        answer = Answer(question=part, answer="7,4 % [1]", calculation=Calculation(operation="lookup", expression="7,4 %", result=Decimal("7.4"), unit="%"),
                        citations=(Citation(n=1, doc="ar.pdf", title="Årsredovisning 2024", quote=row, chunk_id="a#1"),))
        return ProseAnswering._facets_stated(owner_of(row), whole, part, analyse(part), answer, [])

    assert answered("| Sjukfrånvaro, % | 7,9 | 7,4 |").refused
    assert not answered("| Sjukfrånvaro kvinnor, % | 8,3 | 8,1 |").refused


SCHOOLS = {
    "budget.md": "# Budget 2025\n\n## Skola\n\nAntalet elever i grundskolan beräknas till 1 120 och antalet barn i "
                 "förskola till 520.\n",
    "nyhet.md": "# Skolskjutsar\n\n## Nya turer\n\nBussen till Gällö skola får en ny tur på morgonen från augusti.\n",
}


def test_a_subject_named_in_lower_case_must_be_named_where_the_answer_quotes(tmp_path: Path) -> None:
    answer = assistant_of(tmp_path, SCHOOLS).ask("hur många elever går på gällö skola?")
    assert answer.refused
    assert "Gällö" in answer.answer


def test_a_passage_naming_the_subject_answers(tmp_path: Path) -> None:
    files = dict(SCHOOLS, **{"skolor.md": "# Skolor\n\n## Gällö skola\n\nGällö skola har 85 elever i årskurs 1–6.\n"})
    answer = assistant_of(tmp_path, files).ask("hur många elever går på gällö skola?")
    assert not answer.refused
    assert "85" in answer.answer


def test_a_municipality_in_the_genitive_is_no_subject(tmp_path: Path) -> None:
    files = {"protokoll.md": "# Protokoll socialnämnden\n\n## § 5 Åtgärdsplan\n\nErik Sundberg (V) reserverar sig mot "
                             "beslutet om åtgärdsplanen.\n",
             "nyhet.md": "# Nyhet\n\n## Storuman\n\nEtt nytt bibliotek öppnar i Storumans kommun.\n"}
    answer = assistant_of(tmp_path, files).ask("vem reserverade sig mot åtgärdsplanen i storumans socialnämnd?")
    assert not answer.refused


def test_a_body_is_no_subject_name() -> None:
    from types import SimpleNamespace

    from assistant.answering.prose import ProseAnswering
    from core.types import Answer, Citation

    owner = SimpleNamespace(retriever=SimpleNamespace(stats=SimpleNamespace(name_forms={"socialnämndens", "gällö"})),
                            index=SimpleNamespace(chunks={}))
    quote = "Antalet elever i grundskolan beräknas till 1 120."
    answer = Answer(question="q", answer=quote, citations=(Citation(n=1, doc="b.md", title="Budget", quote=quote,
                                                                    chunk_id=""),))
    facet = ProseAnswering._unnamed_subject(owner, "hur många elever har socialnämndens skola i gällö?", answer)
    assert facet is not None and facet.said == "Gällö"


RAMS = ("# Protokoll kommunfullmäktige\n\n## § 8 Budget 2025\n\n| Nämnd | Ramökning 2025 |\n|---|---|\n"
        "| Barn- och utbildningsnämnden | 14 800 |\n| Socialnämnden | 14 300 |\n\n"
        "Av nämndernas ramökning går 14,8 miljoner kronor till barn- och utbildningsnämnden för fler lärare.\n")


def test_a_part_named_by_its_initials_is_named_as_the_tables_write_it(tmp_path: Path) -> None:
    from assistant.evidence.facets import Facet

    assistant = assistant_of(tmp_path, {"protokoll.md": RAMS})
    facet = assistant._as_written(Facet(PARTS, "bun", (frozenset({"bun"}),)))
    assert any(names_stems(part, "till barn- och utbildningsnämnden") for part in facet.parts)


def test_a_compound_is_named_by_its_parts_said_apart() -> None:
    from assistant.evidence.facets import _stems_of, names_stems

    text = "Av detta landar 4,7 miljoner på avdelning vuxna och 700 000 kronor på avdelning unga."
    assert names_stems(_stems_of("vuxenavdelningen"), text)  # "avdelning vuxna"
    assert not names_stems(_stems_of("barnavdelningen"), text)
    assert not names_stems(_stems_of("hyresrätter"), "Projektet omfattar 40 bostadsrätter.")


BUDGET_2026 = "# Mål och budget 2026\n\n" + "".join(
    f"## Avsnitt {i}\n\nMål och budget 2026 beskriver hur kommunen ska använda {i * 10} miljoner kronor under 2026 "
    f"och hur kommunstyrelsen följer upp målen i Mål och budget 2026. Omröstningen om Mål och budget 2026 sker "
    f"när kommunstyrelsen har beslutat om förslaget.\n\n" for i in range(1, 40))
KS_MINUTES = ("# Protokoll kommunstyrelsen 2025-11-11\n\n## § 187 Mål och budget 2026\n\n"
              "Beslutsgång: Ordföranden ställer proposition på förslagen. Votering begärs och genomförs.\n\n"
              "Resultat: 7 ja-röster för ordförandens förslag och 4 nej-röster för Anna Bergs förslag.\n\n"
              "Beslut: Kommunstyrelsen föreslår kommunfullmäktige att godkänna förslaget.\n")


def test_a_tally_of_a_matter_named_by_a_document_is_sought_beyond_that_document(tmp_path: Path) -> None:
    """"när kommunstyrelsen beslutade om Mål och budget 2026": the budget document the words name gives the
    decision only; the minutes' tally answers."""
    meta = json.dumps({"budget.md": {"title": "Mål och budget 2026", "type": "budget", "date": "2025-11-26"},
                       "protokoll.md": {"title": "Protokoll kommunstyrelsen 2025-11-11", "type": "minutes",
                                        "date": "2025-11-11"}})
    answer = assistant_of(tmp_path, {"budget.md": BUDGET_2026, "protokoll.md": KS_MINUTES,
                                     "metadata.json": meta}).ask(
        "hur gick omröstningen när kommunstyrelsen beslutade om Mål och budget 2026?")
    assert not answer.refused, answer.answer
    assert "7 ja-röster" in answer.answer
