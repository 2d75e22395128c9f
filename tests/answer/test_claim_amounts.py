"""A claim's amount is judged by the sentence most about the claim's subject, wherever that sentence ranks; hedged
figures ("nästan", "cirka") match within a wider tolerance; a count is compared only with a count of the same thing."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.evidence.claim_amounts import (
    Subject, check_amounts, claimed_amounts, same_amount, time_fit,
)
from assistant.evidence.claim_figures import Figure, figures_in
from assistant.evidence.claims import check_claim, parse_claim
from assistant.understand.query import stems
from assistant.retrieval.retrieve import Sentence
from core.types import Chunk


def sentence(text: str, date: str | None = "2022-03-01", n: int = 0) -> Sentence:
    chunk = Chunk(id=f"c{n}", doc_path=f"corpus/d{n}.txt", text=text, start=0, end=len(text), title="Nyhet",
                  date=date)
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


def word_overlap(claim: str) -> Subject:
    """A stand-in for the index's statistics: the share of the claim's word stems the sentence holds."""
    own = set(stems(claim))
    return Subject(lambda s, left_out: len((own - left_out) & set(stems(s.text))) / max(len(own - left_out), 1))


def test_the_sentence_about_the_subject_decides_not_the_one_holding_the_figure() -> None:
    claim = "byggnadsnämndens besparing var på 2,3 miljoner"
    elsewhere = sentence("Av detta går 2,3 miljoner till parkerna och 400 000 kronor till lekplatserna.", n=1)
    about = sentence("Byggnadsnämnden beslutade om en besparing på 3,1 miljoner kronor.", n=2)
    result = check_amounts(claim, [elsewhere, about], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted"
    assert result.correct == "3,1 miljoner kronor"
    assert result.evidence[0] is about


def test_a_figure_in_the_sentence_about_the_subject_supports_it() -> None:
    claim = "byggnadsnämndens besparing var på 3,1 miljoner"
    about = sentence("Byggnadsnämnden beslutade om en besparing på 3,1 miljoner kronor.", n=2)
    other = sentence("Fritidsnämnden får 7 miljoner kronor.", n=3)
    result = check_amounts(claim, [other, about], word_overlap(claim))
    assert result is not None and result.verdict == "supported"


def test_of_several_figures_the_one_next_to_the_claimed_year_is_the_correct_one() -> None:
    claim = "hamnbolaget gick 9 miljoner back 2021"
    s = sentence("Hamnbolaget gick från -7,5 miljoner kronor förra året till en prognos på -2,1 miljoner kronor i år.",
                 date="2022-04-02")
    result = check_amounts(claim, [s], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted"
    assert result.correct == "-7,5 miljoner kronor"


def test_a_sentence_about_something_else_does_not_contradict() -> None:
    claim = "hamnbolaget gick 9 miljoner back 2021"
    s = sentence("Bibliotekets nya lokaler kostar 12 miljoner kronor.", date="2021-01-01")
    assert check_amounts(claim, [s], word_overlap(claim)) is None


@pytest.mark.parametrize(("claim", "stated", "same"), [
    ("nästan 500 elever", "480", True),
    ("cirka 5 miljoner", "5,4 miljoner", True),
    ("5 miljoner", "5,4 miljoner", False),
    ("drygt 20 procent", "25 procent", False),
    ("typ 600 tusen", "600 tkr", True),
])
def test_hedged_figures_match_within_a_tenth(claim: str, stated: str, same: bool) -> None:
    (claimed,) = claimed_amounts(claim)
    (figure,) = figures_in(stated)
    assert same_amount(claimed, figure) is same


def test_hedge_words_and_the_counted_thing_are_read_from_the_claim() -> None:
    (claimed,) = claimed_amounts("skolan har ungefär 300 elever")
    assert claimed.approximate and claimed.counted == "elever"
    assert claimed.figure == Figure(Decimal(300), "count", "300")
    assert not claimed_amounts("skolan har 300 elever")[0].approximate


def test_a_count_is_compared_only_with_a_count_of_the_same_thing() -> None:
    claim = "förvaltningen sade upp 30 personer"
    s = sentence("Förvaltningen följer upp fallskador bland personer 65+ varje år.")
    assert check_amounts(claim, [s], word_overlap(claim)) is None
    counted = sentence("Förvaltningen sade upp 12 personer under våren.")
    result = check_amounts(claim, [counted], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "12 personer"


def test_dates_and_clock_times_are_not_counts() -> None:
    assert figures_in("Nämnden sammanträdde onsdagen 3 mars 2021-03-03 kl 09:30.") == []


def test_the_claimed_year_and_a_later_document_weigh_in() -> None:
    s_then = sentence("Nämnden fick 4 miljoner förra året.", date="2021-02-01")
    s_later = sentence("Nämnden har 4 miljoner.", date="2024-02-01")
    assert time_fit("nämnden fick 4 miljoner 2020", {2020}, s_then) > 0
    assert time_fit("nämnden fick 4 miljoner 2020", {2020}, s_later) < 0


def test_a_figure_no_document_states_is_not_confirmed_by_its_year() -> None:
    claim = "kommunen anställde 45 lärare under 2021"
    s = sentence("Kommunen satsade på skolan under 2021.", date="2021-06-01")
    assert check_claim(claim, [s], answerable=True).verdict == "not_found"


@pytest.mark.parametrize(("question", "claim"), [
    ("Kommunen har 120 busshållplatser. Stämmer det enligt trafikplanen?",
     "Kommunen har 120 busshållplatser enligt trafikplanen"),
    ("grannen säger att badhuset kostar 80 miljoner. stämmer?", "badhuset kostar 80 miljoner"),
    ("The pool costs 80 million. Is that true according to the budget?", "The pool costs 80 million according to the budget"),
])
def test_a_closing_confirmation_sentence_is_not_part_of_the_claim(question: str, claim: str) -> None:
    assert parse_claim(question) == (claim, True)


def test_hedges_are_dropped_before_figures_only() -> None:
    from assistant.evidence.claim_amounts import without_hedges

    assert without_hedges("nämnden får drygt 4 miljoner mer, runt 200 jobb") == "nämnden får 4 miljoner mer, 200 jobb"
    assert without_hedges("arbetet runt skolan") == "arbetet runt skolan"


@pytest.mark.parametrize(("claim", "verdict", "in_answer"), [
    # the tables hold no dividend: the calculator's "årets resultat" must not judge a claim about one
    ("Alingsås Energi ska enligt förslaget ge kommunen 10 miljoner kronor om året, eller hur?", "supported",
     "10 miljoner kronor årligen"),
    # a hedge and a direction are not what a change in the tables is about
    ("Socialnämndens kommunbidrag blir knappt 4,4 miljoner högre 2022 än 2021?", "supported", "4 387 tkr"),
])
def test_the_calculator_judges_only_claims_about_its_rows(assistant, claim: str, verdict: str,
                                                          in_answer: str) -> None:
    answer = assistant.ask(claim)
    assert answer.verdict == verdict, answer.answer
    assert in_answer in answer.answer, answer.answer


def test_a_share_in_words_is_a_percent_figure() -> None:
    claim = "avgifterna höjs med hälften enligt planen"
    assert [(f.value, f.kind) for f in figures_in(claim)] == [(Decimal(50), "percent")]
    s = sentence("Planen innebär att avgifterna höjs med 50 procent under perioden.")
    result = check_amounts(claim, [s], word_overlap(claim))
    assert result is not None and result.verdict == "supported"
    (third,) = claimed_amounts("en tredjedel av lokalerna")
    assert third.approximate and same_amount(third, figures_in("33 procent")[0])


def test_the_claims_verbs_weigh_less_than_its_nouns() -> None:
    from assistant.evidence.claim_amounts import predicate_words

    assert predicate_words("Hyrorna uppgår till 3 miljoner och nämnden minskade personalen") == {"uppgår", "minskade"}
    assert predicate_words("nämndens ansvar är stort") == {"är"}  # "ansvar" ends like "var" but is a noun


def test_a_hedge_counts_only_where_the_sentence_hedges_too() -> None:
    from types import SimpleNamespace

    from assistant.evidence.claim_amounts import claim_subject
    from assistant.evidence.sentences import TermStats

    texts = ["Skolan har omkring 300 elever.", "Skolan har 300 elever.", "Parken är öppen runt året.",
             "Biblioteket har böcker."]
    chunks = {f"c{i}": Chunk(id=f"c{i}", doc_path="d.txt", text=t, start=0, end=len(t), title="")
              for i, t in enumerate(texts)}
    stats = TermStats(chunks)
    q = SimpleNamespace(groups=(("skol",), ("runt",), ("elev",)), weights=(1.0, 1.0, 1.0), full=(1, 1, 1))
    subject = claim_subject(q, stats, "skolan har runt 300 elever")
    assert subject.about(sentence(texts[1]), frozenset()) == pytest.approx(1.0)  # no hedge in the sentence: not held against it
    assert subject.same_thing("elever", "elever") and not subject.same_thing("elever", "böcker")


def test_a_sentence_stating_the_claimed_part_outweighs_the_whole_row(assistant) -> None:
    answer = assistant.ask("Stämmer det att vård- och omsorgsnämnden får 18 mnkr för äldreomsorgen?")
    assert answer.verdict == "supported", answer.answer
    assert "äldreomsorgssatsning" in answer.answer


def test_each_figure_is_judged_on_its_own_stretch_of_the_claim() -> None:
    claim = "hamnens budget är 8 miljoner och 3 miljoner går till kajen"
    whole = sentence("Hamnens budget är 8 miljoner kronor för året.", n=1)
    parts = sentence("Av detta går 3 miljoner till bryggorna och 1 miljon till kajen.", n=2)
    result = check_amounts(claim, [whole, parts], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted"
    assert result.evidence[0] is parts and "kajen" in (result.correct or "")
    right = "hamnens budget är 8 miljoner och 1 miljon går till kajen"
    assert check_amounts(right, [whole, parts], word_overlap(right)).verdict == "supported"


def test_an_allocation_on_top_of_a_frame_is_not_contradicted_by_the_frame(assistant) -> None:
    answer = assistant.ask("S vill ge 18 miljoner till vård- och omsorgsnämnden, stämmer det?")
    assert answer.verdict == "supported", answer.answer
    assert "tilldelas 18 mnkr" in answer.answer


def test_counts_in_words_are_compared_with_the_count_of_the_same_thing() -> None:
    claim = "tre nya bibliotekarier anställs"
    s = sentence("Biblioteket får en ny lokal och en extra bibliotekarie ska anställas.")
    result = check_amounts(claim, [s], word_overlap("tre nya bibliotekarie anställs"))
    assert result is not None and result.verdict == "contradicted"
    assert result.correct == "en extra bibliotekarie"
    assert claimed_amounts("nämnden har ett sparkrav på 9 miljoner")[0].figure.kind == "money"  # "ett": an article


def test_another_part_of_the_claimed_year_contradicts() -> None:
    from assistant.evidence.claims import check_years

    s = sentence("Målet är att simhallen ska vara klar i slutet av 2027 enligt planen.", date="2025-01-10")
    result = check_years("simhallen ska vara klar till sommaren 2027", [s], set())
    assert result is not None and result.verdict == "contradicted" and result.correct == "slutet av 2027"
    assert check_years("simhallen ska vara klar i slutet av 2027", [s], set()).verdict == "supported"
    assert check_years("simhallen ska vara klar 2027", [s], set()).verdict == "supported"


def test_colloquial_party_names_are_parties() -> None:
    from assistant.evidence.claims import _party_named

    assert _party_named("hon är sosse") == "S" and _party_named("han är kristdemokrat") == "KD"


def test_a_sentence_saying_the_opposite_contradicts_even_when_the_evidence_looks_weak() -> None:
    claim = "hamnen har en svag ekonomi"
    s = sentence("Hamnen har en stark ekonomi efter flera goda år.")
    result = check_claim(claim, [s], answerable=False, subject=word_overlap(claim))
    assert result.verdict == "contradicted"
    other = sentence("Skolan har en stark ekonomi.")
    assert check_claim(claim, [other], answerable=False, subject=word_overlap(claim)).verdict == "not_found"


def test_the_base_of_a_rate_is_not_a_count() -> None:
    assert [f.written for f in figures_in("Olyckor, antal/1000 invånare, 4 fall per 1000 invånare och 300 elever")] \
        == ["4", "300"]


def test_a_count_of_another_thing_does_not_contradict_through_the_sentence_scan() -> None:
    claim = "staden har 52 000 invånare"
    s = sentence("I staden arbetar 3000 medarbetare för invånare och företag.")
    assert check_claim(claim, [s], answerable=True, subject=word_overlap(claim)).verdict != "contradicted"


@pytest.mark.parametrize(("claim", "stated", "same"), [
    ("4 miljoner", "3,6 miljoner", False),  # within the last digit, but a tenth off
    ("1 miljon", "850 000 kronor", False),
    ("2,4 miljarder", "2 384 696 tkr", True),  # a rounded figure of the same value
    ("205 miljoner", "205 172 tkr", True),
    ("14 miljoner", "14,3 miljoner", True),
    ("16 miljoner", "14,3 miljoner", False),
    ("drygt 4 miljoner", "4 387 tkr", True),
])
def test_a_figure_agrees_at_the_precision_it_was_written_with(claim: str, stated: str, same: bool) -> None:
    (claimed,) = claimed_amounts(claim)
    (figure,) = figures_in(stated)
    assert same_amount(claimed, figure) is same


def test_the_sentence_after_an_amount_that_refers_back_to_it_tells_what_it_is_for() -> None:
    from types import SimpleNamespace

    from assistant.evidence.claim_amounts import claim_subject
    from assistant.evidence.sentences import TermStats

    text = ("Hamnnämnden tilldelas 2 mnkr permanent. Med denna förstärkning byggs bryggorna om. "
            "4 mnkr tillskjuts hamnnämnden för muddring av bryggorna vid kajen.")
    first = text.index(".") + 1
    third = text.index("4 mnkr")
    chunk = Chunk(id="c0", doc_path="d.txt", text=text, start=0, end=len(text), title="Budget")
    stats = TermStats({"c0": chunk})
    q = SimpleNamespace(groups=(("hamnnämnd",), ("tilldel",), ("bygg",), ("brygg",)), weights=(1.0,) * 4,
                        full=(1,) * 4)
    amount = Sentence(chunk=chunk, start=0, end=first, text=text[:first], score=1.0, coverage=0.5, chunk_score=1.0)
    other = Sentence(chunk=chunk, start=third, end=len(text), text=text[third:], score=1.0, coverage=0.5,
                     chunk_score=1.0)
    claim = "hamnnämnden tilldelas 3 mnkr för att bygga om bryggorna"
    alone = claim_subject(q, stats, claim)
    assert alone.about(amount, frozenset()) < alone.about(other, frozenset())
    subject = claim_subject(q, stats, claim, lambda path: text)
    assert subject.about(amount, frozenset()) == pytest.approx(1.0)
    result = check_amounts(claim, [other, amount], subject)
    assert result is not None and result.verdict == "contradicted" and result.correct == "2 mnkr"


def test_another_committees_figure_does_not_contradict() -> None:
    claim = "kulturnämnden får 3 miljoner mer 2023"
    s = sentence("Kulturförvaltningen har gått från -4 miljoner kronor till -2 miljoner kronor i år.", date="2023-05-01")
    assert check_amounts(claim, [s], word_overlap(claim)) is None
    same = sentence("Kulturnämnden får 5 miljoner kronor mer i år.", date="2023-05-01", n=1)
    result = check_amounts(claim, [s, same], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.evidence[0] is same


def test_english_thousands_are_money() -> None:
    assert [(f.value, f.kind) for f in figures_in("600 thousand kronor for driving licences")] == \
        [(Decimal(600000), "money")]
    assert [(f.value, f.kind) for f in figures_in("600 thousand")] == [(Decimal(600000), "money")]


def test_an_amount_of_another_measure_does_not_contradict() -> None:
    # "en vinst på 80 miljoner" names what the amount is of; a dividend of 10 miljoner is another measure
    claim = "Hamnbolaget gjorde en vinst på 80 miljoner"
    dividend = sentence("Hamnbolaget har stark soliditet och därför föreslås en årlig utdelning på 10 miljoner kronor.")
    assert check_amounts(claim, [dividend], word_overlap(claim)) is None
    profit = sentence("Hamnbolaget gjorde en vinst på 60 miljoner kronor.", n=1)
    result = check_amounts(claim, [dividend, profit], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "60 miljoner kronor"


def test_an_amount_bought_for_names_its_measure_too() -> None:
    # "ett tillagningskök för 3 miljoner": what the amount pays for is its measure, as "en vinst på" is; the rent
    # of the pavilions is another thing
    claim = "nya förskolan får ett eget tillagningskök för 3 miljoner"
    rent = sentence("Hyran för paviljongerna är 420 000 kronor per år och försvinner när den nya förskolan är klar.")
    assert check_amounts(claim, [rent], word_overlap(claim)) is None
    kitchen = sentence("Förskolans tillagningskök kostar 2 miljoner kronor.", n=1)
    result = check_amounts(claim, [rent, kitchen], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "2 miljoner kronor"


def test_a_claim_with_a_figure_no_sentence_states_is_not_confirmed_by_its_other_figure() -> None:
    claim = "nämndens omställningspaket på 5,4 miljoner innebär att 20 tjänster försvinner"
    stated = sentence("Nämnden beslutade om ett omställningspaket på 5,4 miljoner kronor.")
    result = check_amounts(claim, [stated], word_overlap(claim))
    assert result is not None and result.verdict == "not_found"
    alone = check_amounts("nämndens omställningspaket är på 5,4 miljoner", [stated],
                          word_overlap("nämndens omställningspaket är på 5,4 miljoner"))
    assert alone is not None and alone.verdict == "supported"


def test_a_claimed_number_written_without_its_unit_is_stated_by_the_sentence_writing_it() -> None:
    claim = "förvaltningen gick från -14,3 miljoner till -6,6"
    stated = sentence("Förvaltningen har gått från -14,3 miljoner kronor förra året till -6,6 miljoner kronor i år.")
    result = check_amounts(claim, [stated], word_overlap(claim))
    assert result is not None and result.verdict == "supported"


def test_the_best_sentence_about_the_named_committee_stating_the_figure_supports_it() -> None:
    # a sentence about other things scores higher, but the one naming the claim's committee and measure states
    # the claimed figure: it confirms, it never contradicts with the same figure
    claim = "kulturnämnden räknar med ett underskott på 12,6 mille för 2025"
    broad = sentence("Kommunen räknar med att nämnderna 2025 sammantaget visar 40 miljoner kronor i underskott "
                     "för året och räknar med fler.", date="2025-09-01", n=1)
    named = sentence("Kulturnämnden prognostiserar ett underskott på 12,6 mnkr.", date="2025-09-01", n=2)
    subject = Subject(lambda s, left_out: 0.9 if s is broad else 0.5,
                      lambda claimed, stated: claimed[:6].lower() in stated.lower())
    result = check_amounts(claim, [broad, named], subject)
    assert result is not None and result.verdict == "supported"
    assert result.evidence[0] is named


def test_another_years_figure_neither_supports_nor_contradicts_the_claimed_year() -> None:
    claim = "kommunen lägger 24,5 miljoner på nya badhuset 2026"
    s = sentence("Den största investeringen var det nya badhuset, där 31,5 miljoner kronor investerades under 2025.",
                 date="2026-02-01")
    result = check_amounts(claim, [s], word_overlap(claim))
    assert result is not None and result.verdict == "not_found"
    checked = check_claim(claim, [s], answerable=True, subject=word_overlap(claim))
    assert checked.verdict == "not_found"


def test_another_figure_contradicts_only_where_the_claims_specific_concept_is_named() -> None:
    claim = "översynen av kaféorganisationen ska spara 15 miljoner kronor om året"
    deficit = sentence("Förvaltningen har gått från -14,3 miljoner kronor förra året till -6,6 miljoner kronor i år "
                       "och ska spara mer om året.", n=1)
    overlap = word_overlap(claim)
    assert check_amounts(claim, [deficit], overlap).verdict == "contradicted"  # no specific concept known
    subject = Subject(overlap.about, overlap.same_thing, lambda s: "kaféorganisation" in s.text.lower())
    result = check_amounts(claim, [deficit], subject)
    assert result is None or result.verdict != "contradicted"
    named = sentence("Översynen av kaféorganisationen ska spara 12 miljoner kronor om året.", n=2)
    result = check_amounts(claim, [deficit, named], subject)
    assert result is not None and result.verdict == "contradicted" and result.evidence[0] is named


def test_the_fallback_figure_check_needs_the_specific_concept_too() -> None:
    claim = "översynen av kaféorganisationen ska spara 15 miljoner kronor om året"
    purchases = sentence("Förvaltningarna gör inköp på cirka en halv miljard kronor per år.", n=1)
    overlap = word_overlap(claim)
    subject = Subject(lambda s, left_out: 0.0, overlap.same_thing, lambda s: "kaféorganisation" in s.text.lower())
    result = check_claim(claim, [purchases], answerable=True, subject=subject)
    assert result.verdict != "contradicted"


def test_the_specific_concept_must_be_named_by_the_sentence_not_its_documents_title() -> None:
    from assistant.evidence.claim_amounts import claim_subject
    from assistant.understand.query import analyse

    class Stats:
        def says(self, group, text, title=""):  # type: ignore[no-untyped-def]
            return any(t in f"{text} {title}".lower() for t in group)

        def coverage(self, groups, present, weights, full):  # type: ignore[no-untyped-def]
            return 0.0

        def present(self, term, present):  # type: ignore[no-untyped-def]
            return term in present

    claim = "äldreomsorgen får 7 miljoner mer"
    subject = claim_subject(analyse(claim), Stats(), claim, None, ("äldreomsorg",))
    other = Sentence(chunk=Chunk(id="c1", doc_path="corpus/p.txt", text="x", start=0, end=1,
                                 title="Budget antagen – äldreomsorgen prioriteras", date="2024-11-19"),
                     start=0, end=10, text="Oppositionen ville ge 2,8 miljoner kronor mer till skolan.", score=1.0,
                     coverage=0.5, chunk_score=1.0)
    assert subject.specific is not None and not subject.specific(other)
    named = sentence("Äldreomsorgen får 5,5 miljoner kronor mer än i år.")
    assert subject.specific(named)


def test_a_claims_topic_leaves_out_its_figures_hedges_and_direction() -> None:
    from assistant.answering.claims import claim_topic

    topic = claim_topic("äldreomsorgen får drygt 7 miljoner mer 2025")
    assert "mer" not in topic.split() and "7" not in topic and "drygt" not in topic and "äldreomsorgen" in topic


def test_each_confirmed_figure_cites_its_own_sentence() -> None:
    claim = "Hamnby höjer skatten med 30 öre till 23,19 kronor"
    headline = sentence("Hamnby höjer skatten med 30 öre i budgeten.", n=0)
    rate = sentence("Hamnby höjer skattesatsen från 22,89 till 23,19 kronor.", n=1)
    result = check_amounts(claim, [headline, rate], word_overlap(claim))
    assert result is not None and result.verdict == "supported", result
    assert result.evidence == (headline, rate)


def test_a_round_count_counts_the_words_after_its_tal() -> None:
    from assistant.evidence.claim_amounts import claimed_amounts

    claim = "förvaltningen varslade ett 30-tal anställda för att få budgeten i balans"
    (amount,) = claimed_amounts(claim)
    assert amount.counted.split()[0] == "anställda" and amount.approximate
    # "en prognos" counts no employees: the claim is neither confirmed nor contradicted by it
    other = sentence("Förvaltningen har gått till en prognos på -6,6 miljoner kronor i år.")
    assert check_amounts(claim, [other], word_overlap(claim)) is None


def test_a_sum_more_than_a_unit_step_away_is_another_quantity() -> None:
    claim = "Hamnby höjer skatten till 22,51 kronor 2025"
    revenue = sentence("Skatteintäkterna för 2025 beräknas till 598 300 tkr.", n=0)
    rate = sentence("Skatten i Hamnby är oförändrad 2025 och uppgår till 22,26 kronor.", n=1)
    assert check_amounts(claim, [revenue], word_overlap(claim)) is None
    result = check_amounts(claim, [revenue, rate], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.evidence == (rate,)
    # a figure in the neighbouring unit ("4,7 miljarder" for "4,7 miljoner") is the same quantity written wrong
    wrong_unit = "Hamnby lånar 4,7 miljarder kronor 2025"
    loans = sentence("Hamnby lånar 4,7 miljoner kronor 2025.", n=2)
    assert check_amounts(wrong_unit, [loans], word_overlap(wrong_unit)).verdict == "contradicted"


def test_the_claimed_figure_stated_as_the_opposite_measure_contradicts() -> None:
    claim = "Socialnämnden gjorde ett överskott på 18,4 mkr 2025"
    said = sentence("Socialnämnden redovisar ett underskott på 18,4 miljoner kronor 2025.", date="2026-04-01", n=1)
    result = check_amounts(claim, [said], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted"
    assert result.correct is not None and result.correct.startswith("underskott")
    same = check_amounts("Socialnämnden gjorde ett underskott på 18,4 mkr 2025", [said],
                         word_overlap("Socialnämnden gjorde ett underskott på 18,4 mkr 2025"))
    assert same is not None and same.verdict == "supported"


def test_a_count_followed_by_a_preposition_counts_what_the_sentence_counts() -> None:
    claim = "I kommunen röstade fullmäktige 17 mot 4 för budgeten"
    said = sentence("Med 15 ja-röster mot 6 nej-röster röstade fullmäktige i kommunen för budgeten.", n=1)
    result = check_amounts(claim, [said], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "15"


def test_the_claimed_figure_of_another_measure_does_not_confirm_when_the_measure_has_its_own() -> None:
    # "Av detta landar 4,7 miljoner på avdelning vuxna" holds the claimed figure, but the package the claim measures
    # is stated with another figure
    claim = "hamnbolaget fick ett omställningspaket på 4,7 miljoner"
    package = sentence("Hamnbolaget fick ett omställningspaket om 5,4 miljoner kronor.", n=1)
    part = sentence("Av detta landar 4,7 miljoner på hamnbolaget vid kajen.", n=2)
    result = check_amounts(claim, [package, part], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "5,4 miljoner kronor"
    assert result.evidence == (package, part)  # where the claimed figure comes from is cited beside it
    # with no sentence naming the measure, the figure's own sentence still decides
    alone = check_amounts(claim, [part], word_overlap(claim))
    assert alone is not None and alone.verdict == "supported"


def test_a_person_the_document_names_counts_as_said_by_its_sentences() -> None:
    from assistant.evidence.claim_amounts import claim_subject
    from assistant.understand.query import analyse

    class Stats:
        def coverage(self, groups, present, weights, full):  # type: ignore[no-untyped-def]
            return sum(1 for g in groups if g[0] in present) / len(groups)

        def present(self, term, present):  # type: ignore[no-untyped-def]
            return term in present

    claim = "Karin Alvermalm fick igenom ett omställningspaket"
    said = sentence("Nämnden beslutade om ett omställningspaket.", n=1)
    texts = {"corpus/d1.txt": "Nämnden beslutade om ett omställningspaket. – Vi tar nästa steg, säger Karin Alvermalm.",
             "corpus/d2.txt": "Nämnden beslutade om ett omställningspaket."}
    with_name = claim_subject(analyse(claim), Stats(), claim, texts.__getitem__)
    without = claim_subject(analyse(claim), Stats(), claim, lambda path: texts["corpus/d2.txt"])
    assert with_name.about(said) > without.about(said)


def test_a_named_committee_is_left_out_of_the_claims_topic() -> None:
    from assistant.evidence.claims import without_bodies

    assert without_bodies("nämnden för arbete, kompetens och välfärd måste spara") == "måste spara"
    assert without_bodies("Kultur- och utbildningsnämnden får mer till skolan") == "får mer till skolan"


def test_a_sentence_speaks_of_the_nearest_committee_named_before_it() -> None:
    from assistant.evidence.claim_amounts import governing_bodies

    text = ("Socialnämnden redovisar ett underskott på 8,6 miljoner kronor. Barn- och utbildningsnämnden redovisar "
            "ett överskott på 1,9 miljoner kronor. Investeringarna uppgick till 104,3 miljoner kronor.")
    parts = text.split(". ")
    spans, at = [], 0
    for part in parts:
        start = text.index(part, at)
        spans.append((start, start + len(part)))
        at = start + len(part)
    chunk = Chunk(id="c0", doc_path="corpus/p.txt", text=text, start=0, end=len(text), title="Bokslut 2025",
                  date="2026-02-18")
    sentences = [Sentence(chunk=chunk, start=a, end=b, text=text[a:b], score=1.0, coverage=0.5, chunk_score=1.0)
                 for a, b in spans]
    social, school, investments = sentences
    assert governing_bodies(investments, sentences) == {"barn-utbildningsnämnd"}
    assert governing_bodies(social, sentences) == {"-socialnämnd"}
    assert governing_bodies(school, sentences) == {"barn-utbildningsnämnd", "-socialnämnd"}
    # the claim's committee named two sentences earlier does not make the investments its figure
    claim = "socialnämnden gick 6,8 miljoner back 2025"
    result = check_amounts(claim, [investments, school, social], word_overlap(claim))
    assert result is not None and result.correct == "8,6 miljoner kronor"


def test_a_sign_said_by_a_phrase_is_said_by_the_sentence_naming_it_in_its_own_word() -> None:
    from assistant.evidence.claim_amounts import _sign_words

    signs = _sign_words("socialnämnden gick 6,8 miljoner back 2025")
    assert signs("Socialnämnden redovisar ett underskott på 8,6 miljoner kronor.")
    assert not signs("Barn- och utbildningsnämnden redovisar ett överskott på 1,9 miljoner kronor.")
    assert not _sign_words("socialnämnden får 6,8 miljoner")("Socialnämnden redovisar ett underskott.")


def test_of_several_figures_the_one_led_by_the_claims_own_words_is_the_correct_one() -> None:
    claim = "avfallstaxan höjs med 8 procent"
    s = sentence("VA-taxan höjs med 6 procent och avfallstaxan med 5 procent från den 1 januari.")
    result = check_amounts(claim, [s], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "5 procent"
    other = "VA-taxan höjs med 8 procent"
    result = check_amounts(other, [s], word_overlap(other))
    assert result is not None and result.verdict == "contradicted" and result.correct == "6 procent"


@pytest.mark.parametrize(("claim", "stated", "same"), [
    ("över 1700 anställda", "1 675 anställda", False),  # a lower bound is no hedge: 1 675 is not above it
    ("över 1700 anställda", "1 820 anställda", True),
    ("mindre än 100 miljoner", "96,4 miljoner", True),
    ("mindre än 100 miljoner", "104 miljoner", False),
    ("över 1700 anställda", "över 1 700 anställda", True),  # the text's own limit: compared as a figure
])
def test_a_bound_agrees_with_any_value_beyond_it(claim: str, stated: str, same: bool) -> None:
    (claimed,) = claimed_amounts(claim)
    (figure,) = figures_in(stated)
    assert claimed.bound and same_amount(claimed, figure, stated) is same


def test_a_denied_bound_is_a_limit_compared_as_a_figure() -> None:
    (claimed,) = claimed_amounts("låneskulden får inte gå över 4 miljarder")
    assert claimed.bound == 0


def test_a_count_below_the_claimed_lower_bound_contradicts_it() -> None:
    claim = "kommunen har över 1700 tillsvidareanställda"
    s = sentence("Kommunen hade 1 675 tillsvidareanställda medarbetare i september.")
    result = check_amounts(claim, [s], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted"
    assert result.correct.startswith("1 675")


def test_a_forecast_does_not_confirm_what_a_figure_came_to() -> None:
    claim = "förvaltningens resultat blev 58,4 miljoner 2025"
    forecast = sentence("Förvaltningens resultat beräknas bli 58,4 miljoner kronor 2025 enligt prognosen.")
    result = check_amounts(claim, [forecast], word_overlap(claim))
    assert result is not None and result.verdict == "not_found"
    outcome = sentence("Förvaltningens resultat blev 58,4 miljoner kronor 2025.")
    result = check_amounts(claim, [outcome], word_overlap(claim))
    assert result is not None and result.verdict == "supported"
    # a claim naming no outcome ("har") is confirmed by the budgeted figure
    claim = "förvaltningen har ett resultat på 58,4 miljoner 2025"
    result = check_amounts(claim, [forecast], word_overlap(claim))
    assert result is not None and result.verdict == "supported"


def test_an_amount_going_to_something_is_not_contradicted_by_one_said_of_nothing_it_names() -> None:
    claim = "av varje hundralapp i skatt går 43 kr till skolan"
    assert claimed_amounts(claim)[0].recipient == "skolan"
    rate = sentence("Skattesatsen blir oförändrad, 22,15 kronor per hundralapp i skatt.")
    result = check_amounts(claim, [rate], word_overlap(claim))
    assert result is not None and result.verdict == "not_found"
    going = sentence("Av varje hundralapp i skatt går 41 kronor till skolan.")
    result = check_amounts(claim, [rate, going], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.evidence[0] is going


def test_where_a_contradicted_figure_comes_from_is_cited_beside_the_right_one() -> None:
    claim = "socialnämnden beslutade om ett omställningspaket på 4,7 miljoner"
    package = sentence("Socialnämnden beslutade om ett omställningspaket om 5,4 miljoner kronor.", n=1)
    part = sentence("Av detta landar 4,7 miljoner på avdelning vuxna.", n=1)
    result = check_amounts(claim, [package, part], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "5,4 miljoner kronor"
    assert result.evidence == (package, part)
    other = sentence("Parken får 4 700 000 kronor.", n=2)  # another document, about something else
    result = check_amounts(claim, [package, other], word_overlap(claim))
    assert result is not None and result.evidence == (package,)


def test_a_recipient_every_document_names_is_no_particular_thing() -> None:
    claim = "energibolaget ska dela ut 20 miljoner om året till kommunen"
    assert claimed_amounts(claim)[0].recipient == "kommunen"
    s = sentence("Energibolaget ska dela ut 10 miljoner om året.")
    plain = word_overlap(claim)
    background = Subject(plain.about, background=lambda word: word == "kommunen")
    result = check_amounts(claim, [s], background)
    assert result is not None and result.verdict == "contradicted" and result.correct == "10 miljoner"
    result = check_amounts(claim, [s], plain)
    assert result is not None and result.verdict == "not_found"


def test_a_figure_stated_as_another_kind_of_amount_does_not_contradict() -> None:
    claim = "nämnden har ett underskott på 14 miljoner"
    said = sentence("Nämnden har ett sparkrav på totalt 41 miljoner mot ett underskott i år.")
    result = check_amounts(claim, [said], word_overlap(claim))
    assert result is None or result.verdict != "contradicted", result
    # the same kind of amount still contradicts
    deficit = sentence("Nämnden har ett underskott på totalt 41 miljoner enligt prognosen.")
    wrong = check_amounts(claim, [deficit], word_overlap(claim))
    assert wrong is not None and wrong.verdict == "contradicted" and wrong.correct == "41 miljoner"


def test_a_claimed_kind_of_amount_is_not_contradicted_by_a_text_naming_only_another_kind() -> None:
    from assistant.evidence.claims import check_claim

    claim = "socialförvaltningen hade en budget på 16 miljoner 2019"
    said = sentence("Socialförvaltningen gick från -14,3 miljoner kronor i underskott 2019 till en prognos i år.")
    result = check_claim(claim, [said], answerable=True, subject=word_overlap(claim))
    assert result.verdict != "contradicted", result
    stated = sentence("Socialförvaltningen hade en budget på 14,3 miljoner kronor 2019.")
    assert check_claim(claim, [stated], answerable=True, subject=word_overlap(claim)).verdict == "contradicted"


def test_a_measure_the_documents_never_use_names_no_kind_of_amount() -> None:
    from dataclasses import replace

    claim = "the departments buy stuff for around a billion a year"
    said = sentence("Kommunens förvaltningar gör inköp på cirka en halv miljard kronor per år.")
    unknown = replace(word_overlap(claim), known=lambda word: word != "stuff")
    result = check_claim(claim, [said], answerable=True, subject=unknown)
    assert result.verdict == "contradicted", result
    # a measure the documents use and the sentence does not name: no contradiction
    assert check_claim(claim, [said], answerable=True, subject=word_overlap(claim)).verdict != "contradicted"


def test_a_proposal_does_not_contradict_what_was_paid_in_a_year() -> None:
    claim = "Hamnby Energi lämnade 12 mnkr i koncernbidrag till kommunen 2023"
    proposal = sentence("Därför föreslås att Hamnby Energi lämnar koncernbidrag till kommunen på 10 miljoner "
                        "kronor årligen.")
    result = check_amounts(claim, [proposal], word_overlap(claim))
    assert result is not None and result.verdict == "not_found"
    # what was paid contradicts it, and so does a decided budget
    paid = sentence("Hamnby Energi lämnade 10 miljoner kronor i koncernbidrag till kommunen 2023.")
    assert check_amounts(claim, [paid], word_overlap(claim)).verdict == "contradicted"
    budget = sentence("I budgeten för 2023 ger Hamnby Energi koncernbidrag på 10 miljoner kronor till kommunen.")
    assert check_amounts(claim, [budget], word_overlap(claim)).verdict == "contradicted"
    # a claim of what is proposed is contradicted by another proposed figure
    proposed = "Hamnby Energi ska lämna 12 mnkr i koncernbidrag till kommunen 2023"
    assert check_amounts(proposed, [proposal], word_overlap(proposed)).verdict == "contradicted"


def test_a_claimed_outcome_is_judged_by_the_outcome_not_by_the_budget() -> None:
    """"gick med 4,5 miljoner i överskott 2023" is no budget's claim: the year's result decides, and the budgeted
    figure equal to the claimed one neither confirms nor contradicts it."""
    claim = "Emmaboda gick med 4,5 miljoner i överskott 2023"
    budget = sentence("Budgeten för kommunen var ett överskott på 4,5 miljoner kronor 2023.", date="2024-04-01", n=1)
    outcome = sentence("Emmaboda kommun redovisar för 2023 ett överskott på -6,8 miljoner kronor.", date="2024-04-01",
                       n=2)
    result = check_amounts(claim, [budget, outcome], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.evidence[0] is outcome
    alone = check_amounts(claim, [budget], word_overlap(claim))
    assert alone is None or alone.verdict != "supported"
    # a budget's claim ("budgeterar") is confirmed by the budget
    planned = check_amounts("Emmaboda budgeterar 4,5 miljoner i överskott 2023", [budget, outcome],
                            word_overlap("Emmaboda budgeterar 4,5 miljoner i överskott 2023"))
    assert planned is not None and planned.verdict == "supported"


def test_a_strong_verbs_past_tense_claims_an_outcome() -> None:
    from assistant.evidence.claim_amounts import claims_outcome, estimates_for_outcome

    assert claims_outcome("Sotenäs gjorde ett plus på 25,8 miljoner 2023", {2023})
    assert claims_outcome("kommunen gick med överskott 2023", {2023})
    assert not claims_outcome("kommunen går med överskott 2025", {2025})
    assert estimates_for_outcome("ljusnarsberg gick med 12 miljoner i överskott 2023",
                                 ["Budgeten för året var ett överskott på 1,0 miljoner kronor"])
    assert not estimates_for_outcome("ljusnarsberg gick med 12 miljoner i överskott 2023",
                                     ["Kommunen gör ett överskott på 6,5 miljoner kronor för 2023."])


def test_each_figure_of_a_claim_is_about_its_own_clause() -> None:
    from assistant.evidence.claim_amounts import _other_stretches, claimed_amounts

    claim = ("S vill att årets resultat ska vara minst 4 procent av skatteintäkterna och att låneskulden inte ska "
             "gå över 4 miljarder")
    first, second = _other_stretches(claim, claimed_amounts(claim))
    assert "låneskuld" in first and "skatteintäk" not in first  # the loan is the second figure's alone
    assert "skatteintäk" in second and "låneskuld" not in second


def test_a_measure_named_after_the_amount_must_be_named_by_the_contradicting_sentence() -> None:
    # "22,1 miljoner i överskott": the surplus is what the amount is of, as in "ett överskott på"; a debt of another
    # size is no surplus, a "kind of document" after "i" is where the figure is told, not its measure
    claim = "Tierps kommun gick med 22,1 miljoner i överskott 2024"
    assert [c.measure for c in claimed_amounts(claim)] == ["överskott"]
    assert [c.measure for c in claimed_amounts("det är 5 miljoner i budgeten 2025")] == [""]
    assert [c.measure for c in claimed_amounts("5 miljoner i Tierp")] == [""]
    debt = sentence("Tierps kommuns låneskuld uppgick 2024 till 655,0 miljoner kronor.", date="2025-04-22")
    assert check_amounts(claim, [debt], word_overlap(claim)) is None
    surplus = sentence("Tierps kommun gick 2024 med ett överskott på 18,9 miljoner kronor.", date="2025-04-22", n=1)
    result = check_amounts(claim, [debt, surplus], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "18,9 miljoner kronor"


def test_a_time_word_of_a_synonym_phrase_names_no_thing_of_the_claim() -> None:
    from types import SimpleNamespace

    from assistant.evidence.claim_amounts import claim_subject
    from assistant.evidence.sentences import TermStats

    # "överskott" is paraphrased by "årets resultat": "vid årets slut" is not said of a surplus, "resultat" is
    texts = ["Låneskulden var 655 miljoner vid årets slut.", "Årets resultat blev 18,9 miljoner.",
             "Överskottet var stort."]
    chunks = {f"c{i}": Chunk(id=f"c{i}", doc_path="d.txt", text=t, start=0, end=len(t), title="")
              for i, t in enumerate(texts)}
    q = SimpleNamespace(groups=(("tierp",), ("överskot", "result", "året")), weights=(1.0, 1.0), full=(1, 1))
    subject = claim_subject(q, TermStats(chunks), "Tierp gick med 22,1 miljoner i överskott")
    assert subject.same_thing("överskott", texts[1]) and subject.same_thing("överskott", texts[2])
    assert not subject.same_thing("överskott", texts[0])


def test_a_municipality_named_with_kommun_is_the_subject_of_a_bare_statement() -> None:
    from assistant.evidence.claims import statement_claim

    claim = "Tidaholm kommun bygger en ny simhall 2026"
    assert statement_claim(claim + "?") == claim  # "bygger" is the verb after the two-word name
    claim = "Skinnskattebergs kommun inför gratis busskort för pensionärer från 2025"
    assert statement_claim(claim + "?") == claim
    assert statement_claim("Hjo kommun hemtjänst budget 2025?") is None  # a search: no verb


def test_who_asks_before_the_claim_prefix_is_no_part_of_the_claim() -> None:
    from assistant.evidence.claims import parse_claim

    assert parse_claim("Journalist här: stämmer det att nämnden fått 12 miljoner i statsbidrag 2024?") == \
        ("nämnden fått 12 miljoner i statsbidrag 2024", True)
    assert parse_claim("Hej! Stämmer det att skatten höjs 2025?") == ("skatten höjs 2025", True)
    assert parse_claim("Hej! Vad kostar förskolan?") == (None, False)


def test_a_year_dating_the_measure_keeps_it_the_amounts_measure() -> None:
    # "ett resultat 2021 på över 105 miljarder": the year dates the result, the amount is still the result's
    from assistant.evidence.claim_amounts import claimed_amounts

    assert [c.measure for c in claimed_amounts("budgeten visar ett resultat 2021 på över 105 miljarder kronor")] == \
        ["resultat"]
    assert [c.measure for c in claimed_amounts("budgeten visar ett resultat på 105 miljoner kronor")] == ["resultat"]


def test_all_committees_figure_together_does_not_support_one_committees() -> None:
    claim = "omsorgsnämnden prognostiserade ett underskott på 26,3 miljoner i delårsrapporten"
    together = sentence("Nämnderna prognostiserar sammantaget ett underskott på 26,3 miljoner kronor.", n=1)
    result = check_amounts(claim, [together], word_overlap(claim))
    assert result is not None and result.verdict == "not_found"
    # said of all committees, the claim is theirs
    plural = "nämnderna prognostiserade ett underskott på 26,3 miljoner"
    assert check_amounts(plural, [together], word_overlap(plural)).verdict == "supported"
    # the claimed committee's own figure stated: it contradicts, and the figure of all of them is cited beside it
    own = sentence("Det största underskottet finns inom omsorgsnämnden, som prognostiserar ett underskott på 18,4 "
                   "miljoner kronor.", n=2)
    result = check_amounts(claim, [together, own], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "18,4 miljoner kronor"
    assert result.evidence == (own, together)


def test_an_age_claimed_is_no_count_of_anything_else() -> None:
    claim = "Arvika kommun har infört gratis kollektivtrafik för alla över 70 år"
    (age,) = claimed_amounts(claim)
    assert age.counted == "år"
    other = sentence("Nämnden ska införa digital tillsyn nattetid för minst 150 brukare under 2025.", n=1)
    result = check_amounts(claim, [other], word_overlap(claim))
    assert result is None or result.verdict != "supported"  # 150 brukare are more than 70, but no years of age


def test_the_claims_word_leading_another_figure_says_whose_the_claimed_figure_is() -> None:
    claim = "socialnämnden begärde 4,5 miljoner i tilläggsanslag"
    s = sentence("Förvaltningen föreslår därför ett tilläggsanslag om 4 500 tkr i stället för de begärda 6 800 tkr.")
    result = check_amounts(claim, [s], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "6 800 tkr"
    # the word leads the claimed figure itself: supported as before
    said = sentence("Socialnämnden begärde ett tilläggsanslag om 4 500 tkr men fick 3 000 tkr.", n=1)
    assert check_amounts(claim, [said], word_overlap(claim)).verdict == "supported"
