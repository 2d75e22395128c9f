"""Claim checks need the claim's figure, subject (committee), years and names in the same evidence; a wrong
subject for a right figure is contradicted with the document's subject."""
from __future__ import annotations

import pytest

from assistant.build import Assistant
from assistant.evidence.claims import DEFAULT_SUPPORT


@pytest.mark.parametrize(("claim", "verdict", "in_answer"), [
    # the figure is right, but it goes to another committee
    ("Stämmer det att kultur- och utbildningsnämnden tilldelas 5 mnkr för ett nytt LSS-boende?", "contradicted",
     "Vård- och omsorgsnämnden"),
    ("Stämmer det att socialnämnden tilldelas 2,5 mnkr permanent kommunbidrag?", "contradicted",
     "Kultur- och utbildningsnämnden"),
    ("Stämmer det att miljöskyddsnämnden tilldelas 700 tkr för stöd till föräldrar?", "contradicted",
     "barn- och ungdomsnämnden"),
    # the same claims with the right subject
    ("Stämmer det att vård- och omsorgsnämnden får 5 mnkr för att öppna ett nytt LSS-boende?", "supported", "5 mnkr"),
    ("Stämmer det att barn- och ungdomsnämnden tilldelas 700 tkr för stöd till föräldrar?", "supported", "700 tkr"),
    # a year the evidence does not state is not supported
    ("Stämmer det att Alingsås Energi ska dela ut 10 miljoner kronor årligen från 2019?", "not_found", ""),
    ("Stämmer det att Alingsås Energi ska dela ut 10 miljoner kronor årligen?", "supported", "10 miljoner"),
])
def test_claim_subject_and_year_must_be_in_the_same_evidence(assistant: Assistant, claim: str, verdict: str,
                                                             in_answer: str) -> None:
    answer = assistant.ask(claim)
    assert answer.verdict == verdict, answer.answer
    assert in_answer in answer.answer


def test_relative_years_count_from_the_documents_date(assistant: Assistant) -> None:
    answer = assistant.ask("Stämmer påståendet att socialförvaltningen hade ett underskott på 14,3 miljoner kronor 2019?")
    assert answer.verdict == "supported", answer.answer


def test_an_opposite_word_is_quoted_with_the_sentence_naming_its_subject(assistant: Assistant) -> None:
    answer = assistant.ask("Stämmer det att satsningen på fler kommunala sommarjobb är permanent?")
    assert answer.verdict == "contradicted", answer.answer
    assert "Förstärkningen är tillfällig" in answer.answer
    assert any("ommarjobb" in c.quote for c in answer.citations), [c.quote for c in answer.citations]


def test_the_correct_fact_is_not_repeated_when_it_is_the_quote(assistant: Assistant) -> None:
    answer = assistant.ask("Stämmer det att socialnämnden tilldelas 2,5 mnkr permanent kommunbidrag?")
    assert answer.verdict == "contradicted"
    assert answer.answer.count("Kultur- och utbildningsnämnden tilldelas 2,5 mnkr") == 1, answer.answer


def test_a_role_is_confirmed_only_for_the_years_its_evidence_speaks_of() -> None:
    from assistant.evidence.claims import check_people
    from tests.answer.test_claim_amounts import sentence

    s = sentence("Det säger Anna Berg, skolchef i kommunen, till tidningen.", date="2020-05-18")
    assert check_people("Anna Berg var skolchef 2020", [s]).verdict == "supported"
    assert check_people("Anna Berg är skolchef", [s]).verdict == "supported"
    assert check_people("Anna Berg var skolchef 2022", [s]).verdict == "not_found"


def test_a_claim_of_what_the_person_did_in_a_role_is_not_supported_by_the_role() -> None:
    from assistant.evidence.claims import check_people
    from tests.answer.test_claim_amounts import sentence

    s = sentence("Det säger Anna Berg, skolchef i kommunen, till tidningen.", date="2020-05-18")
    assert check_people("Anna Berg avgick som skolchef i protest 2020", [s]) is None  # the role only: others judge
    assert check_people("Anna Berg slutade som skolchef 2020", [s]) is None
    left = sentence("Anna Berg, skolchef i kommunen, avgick i protest mot besparingarna.", date="2020-05-18", n=1)
    assert check_people("Anna Berg avgick som skolchef i protest 2020", [left]).verdict == "supported"


def test_the_evidence_naming_another_thing_in_the_claims_phrase_contradicts() -> None:
    from assistant.evidence.claims import check_claim
    from tests.answer.test_claim_amounts import sentence, word_overlap

    s = sentence("Personalen har minskat främst inom staben och avdelning unga.")
    named = {"avdelning vuxna", "avdelning unga"}.__contains__  # phrases the documents use
    claim = "personalen har minskat mest i staben och på avdelning vuxna"
    result = check_claim(claim, [s], answerable=True, subject=word_overlap(claim), named=named)
    assert result.verdict == "contradicted" and result.correct == "avdelning unga"
    right = "personalen har minskat mest i staben och på avdelning unga"  # "mest"/"främst": no phrase of the documents
    assert check_claim(right, [s], answerable=True, subject=word_overlap(right), named=named).verdict == "supported"


def test_a_compound_no_document_uses_is_searched_by_its_parts() -> None:
    from assistant.evidence.claims import with_known_parts

    vocab = {"sommarjobb", "satsning", "permanent", "äldreomsorg", "peng"}  # stems
    known = vocab.__contains__
    assert with_known_parts("sommarjobbssatsningen är permanent", known) == \
        "sommarjobbssatsningen sommarjobb satsningen är permanent"
    assert with_known_parts("äldreomsorgspengarna", known) == "äldreomsorgspengarna äldreomsorg pengarna"
    assert with_known_parts("satsningen är permanent", known) == "satsningen är permanent"  # known words stay alone


def test_an_opposite_word_counts_with_the_passage_that_names_the_subject() -> None:
    from assistant.evidence.claims import check_claim
    from assistant.retrieval.retrieve import Sentence
    from core.types import Chunk
    from tests.answer.test_claim_amounts import word_overlap

    text = "2 mnkr tillskjuts hamnnämnden för en satsning på bryggor. Förstärkningen är tillfällig."
    chunk = Chunk(id="c0", doc_path="d.txt", text=text, start=0, end=len(text), title="Budget")
    cut = text.index("Förstärkningen")
    best = Sentence(chunk=chunk, start=0, end=cut - 1, text=text[:cut - 1], score=1.0, coverage=0.6, chunk_score=1.0)
    other = Sentence(chunk=chunk, start=cut, end=len(text), text=text[cut:], score=0.5, coverage=0.1, chunk_score=1.0)
    claim = "satsningen på bryggor är permanent"
    result = check_claim(claim, [best, other], answerable=False, subject=word_overlap(claim))
    assert result.verdict == "contradicted" and "tillfällig" in result.evidence[0].text


@pytest.mark.parametrize(("claim", "verdict"), [
    ("hyrorna är kommunens största kostnad", "contradicted"),
    ("hyrorna är kommunens näst största kostnad", "supported"),
])
def test_a_qualifier_inside_the_claims_phrase_contradicts(claim: str, verdict: str) -> None:
    from assistant.evidence.claims import check_claim
    from tests.answer.test_claim_amounts import sentence, word_overlap

    s = sentence("Hyrorna är kommunens näst största kostnad efter personalen.")
    assert check_claim(claim, [s], answerable=True, subject=word_overlap(claim)).verdict == verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    ("kulturnämnden beslutade om bidraget den 21 maj", "contradicted"),
    ("kulturnämnden beslutade om bidraget den 14 maj", "supported"),
])
def test_a_claimed_day_of_a_month_is_checked(claim: str, verdict: str) -> None:
    from assistant.evidence.claims import check_claim
    from tests.answer.test_claim_amounts import sentence, word_overlap

    s = sentence("Kulturnämnden beslutade på sitt sammanträde torsdagen 14 maj om bidraget.")
    result = check_claim(claim, [s], answerable=True, subject=word_overlap(claim))
    assert result.verdict == verdict and (verdict == "supported" or result.correct == "14 maj")


def test_a_role_of_another_kind_does_not_contradict() -> None:
    from assistant.evidence.claims import check_people
    from tests.answer.test_claim_amounts import sentence

    s = sentence("Det säger Anna Berg (M), kommunstyrelsens ordförande, till tidningen.", date="2023-02-08")
    assert check_people("Anna Berg är gruppledare för Moderaterna", [s]).verdict == "not_found"
    assert check_people("Anna Berg är kommunstyrelsens vice ordförande", [s]).verdict == "contradicted"
    chef = sentence("Det säger Eva Lind, socialchef i kommunen.", date="2020-05-18", n=1)
    assert check_people("Eva Lind är kommunens ekonomichef", [chef]).verdict == "contradicted"


def test_an_english_claim_names_the_role_in_the_documents_words() -> None:
    from assistant.evidence.claims import check_people
    from tests.answer.test_claim_amounts import sentence

    s = sentence("Det säger Eva Lind, socialchef i kommunen.", date="2020-05-18")
    assert check_people("Eva Lind is the head of social services", [s]).verdict == "supported"


def test_a_year_in_the_documents_title_dates_its_sentences() -> None:
    from assistant.evidence.claims import _years_agree
    from assistant.retrieval.retrieve import Sentence
    from core.types import Chunk

    text = "Kommunen redovisar ett överskott på 12 miljoner kronor."
    chunk = Chunk(id="c0", doc_path="d.txt", text=text, start=0, end=len(text), title="Bokslut 2024",
                  date="2025-02-20")
    s = Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)
    assert _years_agree("kommunen hade ett överskott på 12 miljoner 2024", s, set()) is None
    assert _years_agree("kommunen hade ett överskott på 12 miljoner 2022", s, set()).verdict == "not_found"


def test_a_year_in_the_heading_above_dates_its_sentences() -> None:
    from assistant.evidence.claims import _years_agree
    from assistant.retrieval.retrieve import Sentence
    from core.types import Chunk

    said = "Kommunstyrelsens förslag vinner med 18 röster mot 14."
    text = f"§ 112 Budget och plan 2025–2027\n\nOmröstning genomförs. {said}"
    chunk = Chunk(id="c0", doc_path="p.docx", text=text, start=0, end=len(text), title="Kommunfullmäktige",
                  date="2024-11-20")
    at = text.index(said)
    s = Sentence(chunk=chunk, start=at, end=at + len(said), text=said, score=1.0, coverage=0.5, chunk_score=1.0)
    assert _years_agree("budgeten 2025 gick igenom med 18 röster mot 14", s, set()) is None
    assert _years_agree("budgeten 2023 gick igenom med 18 röster mot 14", s, set()).verdict == "not_found"


def test_the_opposite_said_of_the_claims_own_subject_contradicts_wherever_it_ranks() -> None:
    from assistant.evidence.claims import check_claim
    from tests.answer.test_claim_amounts import sentence, word_overlap

    # the best-covering sentence says nothing of unity; the one saying the opposite of the claim's subject ranks low
    best = sentence("Vi lägger grunden för nya bryggor i hamnen även i framtiden.", n=0)
    united = sentence("En enig hamnstyrelse har sjösatt en rad uppdrag om bryggorna.", n=1)
    other = sentence("En enig kör sjöng när bryggorna invigdes.", n=2)
    claim = "hamnstyrelsen var ju splittrad om bryggorna"
    result = check_claim(claim, [best, other, united], answerable=False, subject=word_overlap(claim))
    assert result.verdict == "contradicted" and result.evidence == (united,)
    # "enig" said of something else is no answer to the claim
    assert check_claim(claim, [best, other], answerable=False, subject=word_overlap(claim)).verdict == "not_found"


@pytest.mark.parametrize(("claim", "verbs"), [
    ("Tingsryds kommun ska sälja sitt bostadsbolag", ["sälja"]),
    ("S vill ju skrota utmaningsrätten och har budgeterat för det", ["skrota", "budgeterat"]),
    ("skatten kommer att höjas 2025", ["höjas"]),
    ("Alingsås har ett gott utgångsläge", []),  # a main verb with its object governs nothing
    ("S vill ge 15 miljoner till äldreomsorgen", []),  # a figure follows: the figure check decides
])
def test_the_verb_an_auxiliary_governs_is_what_a_claim_claims(claim: str, verbs: list[str]) -> None:
    from assistant.understand.words import governed_verbs

    assert governed_verbs(claim) == verbs


@pytest.mark.parametrize(("claim", "verbs"), [
    ("S ger socialnämnden 500 tkr för att återinföra personligt ombud", ["återinföra"]),
    ("Handlingsplanen vill plocka ut 20 miljoner om året", ["plocka"]),
    ("Det sägs att skolan får 5 miljoner", []),  # a clause's noun after "att" is no infinitive
])
def test_the_verbs_the_infinitive_marker_or_an_auxiliary_govern(claim: str, verbs: list[str]) -> None:
    from assistant.understand.words import infinitives

    assert infinitives(claim) == verbs


def test_a_passage_naming_the_thing_without_the_claimed_deed_does_not_support_it() -> None:
    from types import SimpleNamespace

    from assistant.evidence.claims import ClaimCheck
    from assistant.understand.query import analyse
    from assistant.evidence.sentences import TermStats
    from core.types import Chunk
    from tests.answer.test_claim_amounts import sentence

    texts = ["Kommunkoncernen består av kommunen och det helägda bostadsbolaget Hamnby Bostads AB.",
             "Bostadsbolaget bygger nya hyresrätter.", "Hamnby har en ny hamn.",
             "Skolan får nya lokaler.", "Kommunen redovisade ett positivt resultat."]
    chunks = [Chunk(id=f"c{i}", doc_path=f"d{i}.txt", text=t, start=0, end=len(t), title="Nyhet")
              for i, t in enumerate(texts)]
    fake = SimpleNamespace(retriever=SimpleNamespace(stats=TermStats({c.id: c for c in chunks})),
                           index=SimpleNamespace(documents={}))
    fake._names_subject = lambda *args: Assistant._names_subject(fake, *args)
    evidence = ClaimCheck("supported", (sentence(texts[0]),), reason=DEFAULT_SUPPORT)

    def says(claim: str) -> bool:
        return Assistant._says_it(fake, claim, analyse(claim), evidence)

    assert not says("Hamnby kommun ska sälja sitt bostadsbolag")  # the passage names the company, not a sale
    assert says("Hamnby kommun äger sitt bostadsbolag")  # a main verb of its own: the rarest concepts decide
    assert not says("Hamnby kommun äger sitt bostadsbolag 2019")  # a year no evidence states is not confirmed


def test_a_sentence_close_in_meaning_without_the_claimed_deed_is_no_paraphrase_of_it() -> None:
    from types import SimpleNamespace

    from assistant.evidence.claims import ClaimCheck
    from assistant.understand.query import analyse
    from assistant.evidence.sentences import TermStats
    from core.types import Chunk
    from tests.answer.test_claim_amounts import sentence

    texts = ["Kommunen ser med fördel att bostadsbolaget Hamnby Bostads AB blir ägare för lokalerna.",
             "Kommunen ska sälja bostadsbolaget Hamnby Bostads AB.", "Skolan får nya lokaler."]
    chunks = [Chunk(id=f"c{i}", doc_path=f"d{i}.txt", text=t, start=0, end=len(t), title="Nyhet")
              for i, t in enumerate(texts)]
    fake = SimpleNamespace(retriever=SimpleNamespace(stats=TermStats({c.id: c for c in chunks}),
                                                     similarities=lambda claim, found: [0.99] * len(found)),
                           index=SimpleNamespace(documents={}))
    claim = "Hamnby kommun ska sälja bostadsbolaget"

    def said(text: str) -> ClaimCheck | None:
        return Assistant._said_otherwise(fake, claim, analyse(claim), [sentence(text)])

    assert said(texts[0]) is None  # the company's premises, not its sale
    found = said(texts[1])
    assert found is not None and found.verdict == "supported"


def test_a_claimed_year_is_stated_by_the_sentence_its_title_or_date() -> None:
    from dataclasses import replace

    from assistant.evidence.claim_paraphrase import states_years
    from tests.answer.test_claim_amounts import sentence

    quoted = sentence("Karin Alvermalm är socialchef.", date="2020-05-18")
    assert not states_years("Karin Alvermalm slutade som socialchef 2021", quoted)
    assert states_years("Karin Alvermalm var socialchef 2020", quoted)  # the document's date
    assert states_years("Karin Alvermalm slutade som socialchef 2021", quoted, {2021})  # a framing year
    assert states_years("Underskottet 2019 var stort", sentence("Underskottet förra året var stort.", date="2020-05-18"))
    titled = replace(quoted, chunk=replace(quoted.chunk, title="Budget 2021-2023"))
    assert states_years("Karin Alvermalm är socialchef 2021", titled)


def test_a_claimed_figure_the_cited_sentence_states_too_is_not_contradicted(assistant: Assistant) -> None:
    # the calculator answers the forecast; the same sentence states last year's deficit the claim names first
    answer = assistant.ask("Socialförvaltningen gick från -14,3 miljoner till en prognos på -6,6 miljoner, eller hur?")
    assert answer.verdict == "supported", answer.answer
    wrong = assistant.ask("Socialförvaltningen gick från -15,3 miljoner till en prognos på -6,6 miljoner, eller hur?")
    assert wrong.verdict == "contradicted", wrong.answer
    # a figure of the cited sentence that belongs to another clause is no support when no claimed figure matched
    unga = assistant.ask("Stämmer det att 4,7 miljoner av omställningspaketet går till avdelning unga?")
    assert unga.verdict == "contradicted", unga.answer


def test_a_year_verdict_needs_a_sentence_about_the_claims_subject() -> None:
    from types import SimpleNamespace

    from assistant.evidence.claims import time_words
    from assistant.understand.query import analyse
    from assistant.evidence.sentences import TermStats
    from core.types import Chunk
    from tests.answer.test_claim_amounts import sentence

    texts = ["Skatteintäkterna bygger på prognosen från oktober 2024.", "Simhallen i Hamnby renoveras.",
             "Nämnden ska ha en budget i balans i slutet av 2024.", "Skolan får nya lokaler i Hamnby.",
             "Sommaren blev varm och badplatserna fylldes."]
    chunks = [Chunk(id=f"c{i}", doc_path=f"d{i}.txt", text=t, start=0, end=len(t), title="Nyhet")
              for i, t in enumerate(texts)]
    fake = SimpleNamespace(retriever=SimpleNamespace(stats=TermStats({c.id: c for c in chunks})),
                           index=SimpleNamespace(documents={}))

    def about(claim: str, evidence: str) -> bool:
        return Assistant._names_subject(fake, claim, analyse(claim), sentence(evidence), time_words(claim))

    # "bygger" shares a stem with "bygga", but the sentence is not about a swimming hall
    assert not about("Hamnby ska bygga en ny simhall 2026", texts[0])
    # the time the claim names before its year ("redan till sommaren") is what is compared, not the subject
    assert time_words("nämnden ska ha budget i balans redan till sommaren 2024") >= {"somm"}
    assert about("nämnden ska ha budget i balans redan till sommaren 2024", texts[2])


def test_a_yes_no_question_the_tables_do_not_answer_gets_the_verdict_on_what_it_asks(assistant: Assistant) -> None:
    answer = assistant.ask("Ska Alingsås Energi dela ut 10 miljoner kronor årligen?")
    assert answer.verdict == "supported" and "10 miljoner" in answer.answer, answer.answer
    wrong = assistant.ask("Ska Alingsås Energi dela ut 20 miljoner kronor årligen?")
    assert wrong.verdict == "contradicted" and "10 miljoner" in wrong.answer, wrong.answer


def test_a_name_with_no_role_or_party_claimed_is_no_person_claim() -> None:
    from assistant.evidence.claims import check_people
    from tests.answer.test_claim_amounts import sentence

    s = sentence("Hamnby Energi AB ska dela ut sin vinst till kommunen.")
    assert check_people("Hamnby Energi ska dela ut sin vinst till kommunen", [s]) is None
    assert check_people("Hamnby Energi är kommunens ekonomichef", [s]).verdict == "not_found"


@pytest.mark.parametrize("claim", ["hamnby höjer skatten 2025", "skatten höjs i hamnby 2025",
                                   "hamnby raises its tax in 2025"])
def test_a_change_against_unchanged_contradicts_in_any_form_and_outweighs_the_right_year(claim: str) -> None:
    from assistant.evidence.claims import check_claim
    from tests.answer.test_claim_amounts import sentence, word_overlap

    said = "Hamnbys skattesats för 2025 är oförändrad och uppgår till 22,16 kronor."
    if claim.startswith("hamnby raises"):
        said = "Hamnby's tax rate for 2025 is unchanged at 22.16 kronor."
    result = check_claim(claim, [sentence(said)], answerable=True, subject=word_overlap(claim))
    assert result.verdict == "contradicted", result


def test_a_claim_saying_what_no_document_says_is_not_confirmed_by_its_year(assistant: Assistant) -> None:
    # the person and the year are in the press release; that she retired is in no document
    answer = assistant.ask("Stämmer det att socialchefen Karin Alvermalm pensionerades 2020?")
    assert answer.verdict != "supported", answer.answer


def test_a_verb_in_the_present_is_said_by_its_passive() -> None:
    from assistant.evidence.claims import with_voices

    assert "föreslår" in with_voices(frozenset({"föreslås", "plan"}))
    assert "planerar" not in with_voices(frozenset({"plan"}))  # too short to be a finite verb


def test_a_claim_that_the_plan_proposes_is_confirmed_by_its_passive(assistant: Assistant) -> None:
    answer = assistant.ask("Handlingsplanen föreslår att förvaltningarna ser över sina gränsdragningar gentemot "
                           "varandra?")
    assert answer.verdict == "supported", answer.answer


def test_the_first_half_of_a_year_is_a_period_not_a_share() -> None:
    from assistant.evidence.claim_figures import figures_in

    assert figures_in("decide in the first half of 2024") == []
    assert figures_in("under andra halvan av året") == []
    assert [f.value for f in figures_in("hälften av investeringarna")] == [50]


def test_the_opposite_said_of_the_claims_subject_in_other_words_contradicts() -> None:
    from assistant.evidence.claim_amounts import Subject
    from assistant.evidence.claims import check_claim
    from tests.answer.test_claim_amounts import sentence

    best = sentence("Kommunalskatten i Hamnby är 22,16 kronor per hundralapp 2026.", n=0)
    unchanged = sentence("Fullmäktige valde att behålla skattesatsen oförändrad på 22,16 kronor.", n=1)
    claim = "Hamnby höjer kommunalskatten 2026"
    synonyms = {"kommunalskatten": ("skattesats",)}  # the index's concept group: two names of one thing

    def same_thing(claimed: str, stated: str) -> bool:
        return claimed in stated or any(w in stated for w in synonyms.get(claimed, ()))

    def about(s, left_out) -> float:  # names the municipality (its documents) and the tax in some word: 0.6
        return 0.6

    subject = Subject(about, same_thing)
    result = check_claim(claim, [best, unchanged], answerable=False, subject=subject)
    assert result.verdict == "contradicted" and result.evidence == (unchanged,)
    # without knowing the two words name one thing, the same evidence does not decide
    plain = Subject(about, lambda claimed, stated: claimed in stated)
    assert check_claim(claim, [best, unchanged], answerable=False, subject=plain).verdict == "not_found"


def test_a_change_claim_is_searched_by_its_opposite_words_as_paraphrases() -> None:
    from assistant.evidence.claims import with_opposite_words
    from assistant.understand.query import analyse

    q = analyse("Hamnby höjer kommunalskatten")
    widened = with_opposite_words(q)
    group = next(g for g in widened.groups if g[0] == "höj")
    assert {"sänk", "oförändr"} <= set(group)
    assert "oförändrad" in widened.lexical_text and widened.full == q.full
    # a claim without a direction word is searched as it is
    plain = analyse("Hamnby bygger en simhall")
    assert with_opposite_words(plain) == plain


def test_a_claimed_figures_measure_named_by_the_row_makes_it_about_the_row() -> None:
    from assistant.answering.claims import _measures_named
    from assistant.understand.query import stems

    row = frozenset(stems("Årets resultat 105 181 107 860 121 483"))
    assert _measures_named("budgeten visar ett resultat på över 121 miljoner redan första året 2021", row)
    assert not _measures_named("budgeten ger en vinst på 121 miljoner redan första året", row)
    assert not _measures_named("budgeten ger 121 miljoner redan första året", row)  # no measure: the rarest words


def test_a_long_sentence_beside_the_best_says_the_opposite_of_its_own_subject() -> None:
    from assistant.evidence.claims import check_opposites
    from assistant.retrieval.retrieve import Sentence
    from core.types import Chunk

    text = ("Nettokostnaderna ska inte öka snabbare än skatteintäkterna. "
            "Avvikelsen mellan redovisade nettokostnader och referenskostnader ska vara oförändrad eller öka.")
    chunk = Chunk(id="c0", doc_path="d.txt", text=text, start=0, end=len(text), title="Budget")
    cut = text.index("Avvikelsen")
    best = Sentence(chunk=chunk, start=0, end=cut - 1, text=text[:cut - 1], score=1.0, coverage=0.6, chunk_score=1.0)
    other = Sentence(chunk=chunk, start=cut, end=len(text), text=text[cut:], score=0.5, coverage=0.3, chunk_score=1.0)
    claim = "enligt budgeten ska skatten höjas med 50 öre"
    def about(s, left_out) -> float:  # the best sentence names the claim's subject (taxes), the other does not
        return 0.9 if s is best else 0.1

    assert check_opposites(claim, [best, other], about, 0.8, lambda claimed, stated: claimed in stated) is None


def test_better_and_worse_are_opposites() -> None:
    from assistant.evidence.claims import check_opposites
    from assistant.retrieval.retrieve import Sentence
    from core.types import Chunk

    s = Sentence(chunk=Chunk(id="c0", doc_path="corpus/p.txt", text="x", start=0, end=1, title="Bokslut",
                             date="2026-02-18"),
                 start=0, end=70, text="Kommunens soliditet förbättrades till 32,4 procent.", score=1.0,
                 coverage=0.9, chunk_score=1.0)
    result = check_opposites("Soliditeten försämrades 2025", [s])
    assert result is not None and result.verdict == "contradicted"


@pytest.mark.parametrize(("question", "claim"), [
    ("Avfallstaxan i Arjeplog höjs med 8 procent?", "Avfallstaxan i Arjeplog höjs med 8 procent"),
    ("VA-taxan i Malå sänks 2027?", "VA-taxan i Malå sänks 2027"),
    ("Hur mycket höjs skatten?", None),
])
def test_the_s_passive_of_a_present_tense_verb_makes_a_statement(question: str, claim: str | None) -> None:
    from assistant.evidence.claims import parse_claim

    assert parse_claim(question)[0] == claim


@pytest.mark.parametrize(("question", "claim"), [
    ("Majoritetens budget i Torsås vann med 19 röster mot 12", "Majoritetens budget i Torsås vann med 19 röster mot 12"),
    ("Kostnaderna för försörjningsstöd sjönk 2024", "Kostnaderna för försörjningsstöd sjönk 2024"),
    ("Majoritetens budget i Torsås", None),  # a noun phrase typed as a search
])
def test_a_strong_verbs_past_tense_makes_a_statement(question: str, claim: str | None) -> None:
    from assistant.evidence.claims import parse_claim

    assert parse_claim(question)[0] == claim


def test_a_title_right_before_a_name_is_the_persons_role() -> None:
    from assistant.evidence.claims import check_people
    from assistant.retrieval.retrieve import Sentence
    from core.types import Chunk

    text = "Vi tar ansvar för äldreomsorgen, säger kommunstyrelsens ordförande Maria Holm (S)."
    s = Sentence(chunk=Chunk(id="c0", doc_path="corpus/p.txt", text=text, start=0, end=len(text), title="Budget",
                             date="2025-11-18"), start=0, end=len(text), text=text, score=1.0, coverage=0.9,
                 chunk_score=1.0)
    assert check_people("Maria Holm är kommunstyrelsens ordförande", [s]).verdict == "supported"
    wrong = check_people("Maria Holm är kommunstyrelsens vice ordförande", [s])
    assert wrong.verdict == "contradicted" and wrong.correct == "Maria Holm (S), kommunstyrelsens ordförande"


def _subject_checker(texts: list[str], documents: dict | None = None):
    """Assistant._names_subject over a fake index of `texts` (one document each) and `documents` (path -> record)."""
    from types import SimpleNamespace

    from assistant.evidence.claims import time_words
    from assistant.evidence.sentences import TermStats
    from assistant.understand.query import analyse
    from core.types import Chunk

    chunks = [Chunk(id=f"c{i}", doc_path=f"corpus/d{i}.txt", text=t, start=0, end=len(t), title="Nyhet")
              for i, t in enumerate(texts)]
    fake = SimpleNamespace(retriever=SimpleNamespace(stats=TermStats({c.id: c for c in chunks})),
                           index=SimpleNamespace(documents=documents or {}))
    return lambda claim, evidence: Assistant._names_subject(fake, claim, analyse(claim), evidence, time_words(claim))


def test_a_particle_of_the_claimed_deed_is_no_concept_the_evidence_must_name() -> None:
    from tests.answer.test_claim_amounts import sentence

    texts = ["Sommarjobben ska anordnas i samverkan med föreningslivet.", "Vi håller ihop i kommunen.",
             "Sommarjobben ordnas av kommunen.", "Föreningslivet ordnar sommarjobben.",
             "Nämnden ska ordna en fest för föreningslivet.", "Kommunen redovisade ett positivt resultat.",
             "Biblioteket har öppet på lördagar."]
    about = _subject_checker(texts)
    # "ordnas ihop med": the deed is "ordnas" ("anordnas" says it), "ihop" belongs to the verb
    assert about("sommarjobben ska ordnas ihop med föreningslivet", sentence(texts[0]))
    # the deed itself still has to be said
    assert not about("sommarjobben ska stängas ihop med föreningslivet", sentence(texts[0]))


def test_a_claim_naming_the_document_names_it_by_its_metadata() -> None:
    from types import SimpleNamespace

    from assistant.answering.claims import document_named
    from core.types import DocumentMeta
    from tests.answer.test_claim_amounts import sentence

    texts = ["Sommarjobben ska anordnas i samverkan med föreningslivet.", "Förslaget om en ny skola avslogs.",
             "Sommarjobben anordnas i samverkan med skolan.", "Föreningslivet anordnar sommarjobben i samverkan.",
             "Sommarjobben och föreningslivet anordnas i samverkan.", "Kommunen redovisade ett positivt resultat.",
             "Budgetförslaget lades fram i juni."]
    meta = DocumentMeta(title="Budget 2021-2023 (S)", publisher="Socialdemokraterna i Hamnby",
                        source="Socialdemokraternas budgetförslag 2021-2023")
    documents = {"corpus/d0.txt": SimpleNamespace(meta=meta)}
    evidence = sentence(texts[0])
    assert "budgetförslag" in document_named(evidence.chunk, documents)
    assert document_named(evidence.chunk, {}).strip() == "Nyhet"
    claim = "sommarjobben i S förslag ska anordnas i samverkan med föreningslivet"
    assert _subject_checker(texts, documents)(claim, evidence)
    assert not _subject_checker(texts)(claim, evidence)  # a title "Nyhet" does not name a proposal


def test_a_labelled_line_is_about_the_heading_of_its_section() -> None:
    from dataclasses import replace

    from tests.answer.test_claim_amounts import sentence

    texts = ["Tidplan: Beslut i kommunfullmäktige första halvåret 2024.", "Hamnbyhem äger skolans lokaler.",
             "Ett aktieägartillskott kräver beslut.", "Kommunfullmäktige sammanträder i juni.",
             "Beslut fattas i kommunfullmäktige.", "Kommunen redovisade ett positivt resultat."]
    line = sentence(texts[0])
    under = replace(line, chunk=replace(line.chunk, section="Aktieägartillskott till Hamnbyhem"))
    about = _subject_checker(texts)
    claim = "kommunfullmäktige beslutar om aktieägartillskottet till Hamnbyhem första halvåret 2024"
    assert about(claim, under)
    assert not about(claim, line)  # the line alone names neither the company nor the contribution


def test_a_question_asked_before_a_statement_of_context_is_no_claim() -> None:
    from assistant.evidence.claims import claim_text

    assert claim_text("ks ordf 2023?? behöver namnet till en artikel") is None
    assert claim_text("S vill ge 15 miljoner till skolan. Stämmer det?") is not None


def test_a_clause_opened_by_var_before_its_verb_asks_where() -> None:
    from assistant.evidence.claims import claim_text

    assert claim_text("vägnätet som S vill att kommunen tar över redan 2021, var ligger det") is None
    assert claim_text("Socialnämnden var i balans 2023") is not None


def test_of_sentences_saying_the_opposite_alike_the_one_of_the_claims_year_is_quoted() -> None:
    from assistant.evidence.claims import check_opposites
    from tests.answer.test_claim_amounts import sentence

    best = sentence("Kommunfullmäktige beslutar om budgeten i november.", date="2024-11-25", n=0)
    since = sentence("Kommunens skattesats är oförändrad sedan 2017.", date="2024-11-25", n=1)
    of_year = sentence("Skattesatsen lämnas oförändrad på 22,86 kronor per skattekrona 2025.", date="2024-11-25", n=2)
    result = check_opposites("Hagfors höjer kommunalskatten 2025", [best, since, of_year], lambda s, left_out: 0.9)
    assert result is not None and result.verdict == "contradicted"
    assert result.evidence[0] is of_year


def test_an_opposite_word_does_not_contradict_a_change_claimed_of_a_thing_no_document_names() -> None:
    from assistant.evidence.claims import check_opposites
    from assistant.retrieval.retrieve import Sentence
    from core.types import Chunk

    text = "Vidare föreslår vi nya arbetssätt som på sikt antas sänka kommunens totala kostnader."
    s = Sentence(chunk=Chunk(id="c0", doc_path="corpus/s.txt", text=text, start=0, end=len(text), title="Budget (S)"),
                 start=0, end=len(text), text=text, score=1.0, coverage=0.9, chunk_score=1.0)
    claim = "S föreslår i sin budget att skattesatsen höjs med 50 öre"
    assert check_opposites(claim, [s]) is not None  # the claim's other words named: the lowering says against it
    assert check_opposites(claim, [s], unnamed=frozenset({"skattesats"})) is None


def test_a_committee_named_only_in_another_clause_than_the_claimed_figure_is_not_its_subject() -> None:
    """"sänks med 10 öre ... och att kultur- och fritidsnämndens ram minskas med 1,0 miljon": the committee is the
    second clause's; the 10 öre of the first is no other committee's than the claim's, nor does a committee named in
    the sentence before ("kommunledningskontorets förslag") make it one. A committee in the figure's own clause
    still contradicts."""
    from assistant.evidence.claims import check_subject
    from assistant.retrieval.retrieve import Sentence
    from core.types import Chunk

    text = ("Yrkanden: Ordföranden yrkar bifall till kommunledningskontorets förslag. Tomas Nyberg (SD) yrkar att "
            "skattesatsen sänks med 10 öre till 21,93 kronor och att kultur- och fritidsnämndens ram minskas med "
            "ytterligare 1,0 miljon kronor.")
    chunk = Chunk(id="c0", doc_path="ks.docx", text=text, start=0, end=len(text), title="Protokoll")
    cut = text.index("Tomas")
    before = Sentence(chunk=chunk, start=0, end=cut - 1, text=text[:cut - 1], score=0.5, coverage=0.1, chunk_score=1.0)
    s = Sentence(chunk=chunk, start=cut, end=len(text), text=text[cut:], score=1.0, coverage=0.6, chunk_score=1.0)
    assert check_subject("SD i kommunstyrelsen ville sänka skatten med 10 öre", s, [s, before]) is None
    wrong = check_subject("kommunstyrelsens ram minskas med 1,0 miljon kronor", s, [s, before])
    assert wrong is not None and wrong.verdict == "contradicted" and wrong.reason == "annan nämnd"
