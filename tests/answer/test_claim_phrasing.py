"""Claims in any phrasing: the sentence type decides, not an opening phrase."""
from __future__ import annotations

import pytest

from assistant.evidence.claims import parse_claim


@pytest.mark.parametrize("question, claim, explicit", [
    ("S vill ge 15 miljoner extra till äldreomsorgen, eller hur?", "S vill ge 15 miljoner extra till äldreomsorgen", True),
    ("Daniel Filipsson är sosse?", "Daniel Filipsson är sosse", False),
    ("Simon Waern påstår att Alingsås har ett dåligt utgångsläge", "Alingsås har ett dåligt utgångsläge", False),
    ("Lokaltidningen skrev att nämnden har ett sparkrav på 14 miljoner. Stämmer det?",
     "nämnden har ett sparkrav på 14 miljoner", True),
    ("Jag har hört att S accepterar en låneskuld på 5 miljarder, är det sant?",
     "S accepterar en låneskuld på 5 miljarder", True),
    ("Stämmer det att socialnämnden får 5 mnkr?", "socialnämnden får 5 mnkr", True),
    # the frame names its source with a date: the claim is what the source is said to show
    ("Pressmeddelandet från februari 2023 visar att nämnden var splittrad om uppdragen.",
     "nämnden var splittrad om uppdragen", False),
    ("The deficit was 14.3 million, right?", "The deficit was 14.3 million", True),
    ("Is it true that the board met in May?", "the board met in May", True),
    ("Is it true the board met in May?", "the board met in May", True),  # "that" left out, as English may
    # a present tense in -erar is a finite verb ("budgeterar", "investerar"): a statement with a question mark
    ("Kommunen budgeterar ett överskott på 2 procent?", "Kommunen budgeterar ett överskott på 2 procent", False),
])
def test_statements_are_claims(question: str, claim: str, explicit: bool) -> None:
    assert parse_claim(question) == (claim, explicit)


@pytest.mark.parametrize("question", [
    "hur mkt får äldreomsorgen nästa år?", "vad la dom på kultur 2022", "och vård o omsorg?",
    "Berätta om feriearbetena", "Får socialnämnden mer 2023 än 2022?", "KS investeringar alla fem åren ihop, vad blir det",
    "sparkravet 2024?", "Who chairs the board?", "whats the cap on external borrowing in the budget",
    "Kan du lista nämnderna i driftsbudgeten", "Var ligger Alingsås?",
])
def test_questions_requests_and_fragments_are_not_claims(question: str) -> None:
    assert parse_claim(question) == (None, False)


@pytest.mark.parametrize("question", ["årets resultat 2022 o 2023?", "miljöskyddsnämnden 2021: kommunbidrag och investeringar?",
                                      "Vård och omsorgsnämndens budget 2022"])
def test_noun_phrases_typed_as_searches_are_not_claims(question: str) -> None:
    assert parse_claim(question) == (None, False)


def test_a_tagged_statement_needs_no_verb_list_entry() -> None:
    assert parse_claim("Samuel Carlén ordförande i nämnden, eller hur?") == ("Samuel Carlén ordförande i nämnden", True)


def test_a_full_stop_after_a_verb_makes_a_statement() -> None:
    assert parse_claim("Kommunstyrelsens driftsram växer varje år i budgeten.") == (
        "Kommunstyrelsens driftsram växer varje år i budgeten", False)
    assert parse_claim("Socialnämndens kommunbidrag för år 2022.") == (None, False)  # a search with a full stop


@pytest.mark.parametrize(("question", "is_claim"), [
    ("Borås planerar ett överskott på 3 procent 2026?", True),
    ("förvaltningen anställer fler lärare nästa år?", True),
    ("Skolan kostar mer än planerat 2025?", True),
    ("regionens kostnader 2024 och 2025?", False),  # a genitive first: a noun phrase
    ("Höga kostnader för skolan 2024?", False),  # an adjective first
    ("Nämnden investeringar och drift 2024?", False),  # a noun made from a verb is not the verb
    # a present tense after a long vowel ("föreslår", "utgör"), without a question mark too
    ("Handlingsplanen föreslår att ungefär 5 miljoner kronor avsätts årligen till en fond", True),
    ("Nämnden kronor och procent 2024?", False),  # a plural noun in -or after a definite noun: too short to be a verb
    ("Kommunen sålde hyresbostäderna till ett privat bolag 2024?", True),  # a weak past tense: -de, -te
    ("Sala kommun köpte tre nya bussar 2024?", True),
])
def test_a_present_tense_verb_after_a_one_word_subject_makes_a_statement(question: str, is_claim: bool) -> None:
    assert (parse_claim(question)[0] is not None) is is_claim


@pytest.mark.parametrize(("question", "claim"), [
    ("Det stämmer väl att hallen kostar 40 miljoner?", "hallen kostar 40 miljoner"),
    ("Visst är det sant att skolan har 300 elever?", "skolan har 300 elever"),
])
def test_a_confirmation_frame_before_att_is_not_part_of_the_claim(question: str, claim: str) -> None:
    assert parse_claim(question)[0] == claim


@pytest.mark.parametrize(("question", "is_claim"), [
    ("Västra Hamnen bygger 200 bostäder?", True),
    ("Anna Svensson leder nämnden sedan 2022?", True),
    ("Totala kostnader för skolan och omsorgen 2024?", False),
])
def test_a_name_of_several_capitalised_words_can_be_the_subject(question: str, is_claim: bool) -> None:
    assert (parse_claim(question)[0] is not None) is is_claim


def test_english_statements_with_a_past_or_unambiguous_verb_are_claims() -> None:
    from assistant.evidence.claims import claim_text

    assert claim_text("The deficit exceeded 14 million in 2019?") == "The deficit exceeded 14 million in 2019"
    assert claim_text("The budget grew by 5 percent?") == "The budget grew by 5 percent"
    assert claim_text("The total for 2023?") is None  # a noun phrase typed as a search


def test_a_statement_reported_in_the_passive_is_a_claim() -> None:
    from assistant.evidence.claims import claim_text

    for said in ("Karin Ek sägs ha fått igenom ett omställningspaket på 4,7 miljoner",
                 "Nämnden påstås ha ett underskott på 3 miljoner"):
        assert claim_text(said) is not None


@pytest.mark.parametrize(("question", "is_claim"), [
    ("Avgiften för parkeringen i centrum föreslås bli 20 kronor i timmen", True),
    ("Målet om nollutsläpp uppnås redan 2030", True),
    ("Kostnaderna för skolan i Alingsås 2024", False),  # a place name ending like the passive is no verb
])
def test_the_passive_of_a_verb_in_a_long_vowel_makes_a_statement(question: str, is_claim: bool) -> None:
    assert (parse_claim(question)[0] is not None) is is_claim


def test_a_statement_whose_subject_has_an_owner_is_a_claim() -> None:
    from assistant.evidence.claims import claim_text

    # the owner before the noun ("S skuggbudget", "nämndens budget") puts the finite verb third
    assert claim_text("S skuggbudget visar ett resultat på drygt 121 miljoner kronor för 2023?")
    assert claim_text("nämndens budget ökar med 5 miljoner?")
    assert claim_text("S budget 2023?") is None  # a noun phrase typed as a search
    assert claim_text("Socialnämndens budget 2022?") is None


@pytest.mark.parametrize("question, claim", [
    ("En lokaltidning skriver att kommunen planerar att sälja skidanläggningen. Finns det stöd för det?",
     "kommunen planerar att sälja skidanläggningen"),
    ("Socialnämnden fick 5 miljoner. Kan det stämma?", "Socialnämnden fick 5 miljoner"),
    ("Socialnämnden fick 5 miljoner. Finns det pengar för det?", None),  # asks a new thing of the statement
    ("S har ett mål om minst 4 %. Klarar de det 2023?", None),
    # a question in the middle, an instruction after it: still a question with its statement as context
    ("Partiet har som mål att resultatet ska vara 2 % av intäkterna. Når de det 2024? Visa uträkningen.", None),
    # English function words beside the truth word ask nothing new either
    ("The social committee got 5 million. Is there any evidence for that?", "The social committee got 5 million"),
    ("The social committee got 5 million. Is there a budget for that?", None),
])
def test_a_question_about_the_truth_of_the_statement_before_it_asks_to_check_it(question: str,
                                                                                claim: str | None) -> None:
    from assistant.evidence.claims import parse_claim

    assert parse_claim(question)[0] == claim


def test_a_change_claimed_in_everyday_words_is_searched_as_the_documents_write_it() -> None:
    from assistant.understand.query import analyse

    q = analyse("Sjukfrånvaron har gått ner jämfört med i fjol")
    assert "minskat" in q.lexical_text and "föregående år" in q.lexical_text


@pytest.mark.parametrize("question, claim", [
    ("kommunstyrelsen var enig när de sjösatte uppdragen i feb 2023?",
     "kommunstyrelsen var enig när de sjösatte uppdragen i feb 2023"),
    ("The board was unanimous when it launched the assignments?", "The board was unanimous when it launched the assignments"),
])
def test_an_interrogative_after_the_clauses_verb_opens_a_subordinate_clause(question: str, claim: str) -> None:
    assert parse_claim(question) == (claim, False)


@pytest.mark.parametrize("question", [
    "Förskolan i Timmernabben – hur många barn får plats?",  # a dash opens the clause the interrogative opens
    "investeringarna i den avgiftsfinansierade verksamheten 2023, vad står det?",
    "Socialnämnden fick 5 mnkr och när betalas det ut?",  # a conjunction opens a new clause
    "Säffle says how much of every 100 kronor goes to school?",  # after a reporting verb: what was said is asked
    "Från när ska genomlysningarna göras?",
])
def test_an_interrogative_opening_its_clause_asks(question: str) -> None:
    assert parse_claim(question) == (None, False)


@pytest.mark.parametrize("question, claim", [
    # the truth word alone is an elliptical question of the statement before it
    ("Nämnden får 12 miljoner för förskolan 2022. Sant?", "Nämnden får 12 miljoner för förskolan 2022"),
    ("Tidningen skriver att nämnden får 12 miljoner för förskolan. Rimligt?", "nämnden får 12 miljoner för förskolan"),
    ("The committee gets 12 million for preschool. Plausible?", "The committee gets 12 million for preschool"),
    # a question after a closing quote is a sentence of its own; the quote said by someone is the claim
    ("Reportern: ”Nämnden får 12 miljoner för förskolan.” Korrekt?", "Nämnden får 12 miljoner för förskolan"),
    ("Nämnden får 12 miljoner. Varför?", None),  # a one-word question of something else checks nothing
])
def test_a_one_word_truth_question_after_a_statement_asks_to_check_it(question: str, claim: str | None) -> None:
    assert parse_claim(question)[0] == claim
    if claim is not None:
        assert parse_claim(question)[1]  # it says outright that it asks for a check


def test_a_claim_figure_reads_every_unit_the_number_parser_reads() -> None:
    from assistant.budget.numbers import QUANTITY_UNITS, parse_quantity
    from assistant.evidence.claim_figures import figures_in

    assert [(f.value, f.kind) for f in figures_in("nämnden hade prognosen -6,6 milj för 2020")] == \
        [(-6_600_000, "money")]
    for unit in QUANTITY_UNITS:
        found = [f for f in figures_in(f"nämnden får 3 {unit} i år") if f.written.startswith("3")]
        assert found and found[0].value == parse_quantity(f"3 {unit}").value, unit


def test_a_quoted_statement_followed_by_a_question_is_context_not_a_claim() -> None:
    # the sentence ends after the closing quote, as it does before "Sant?"; the question after it asks
    assert parse_claim("S sa: ”Skatten höjs nästa år.” Hur mycket blir det?") == (None, False)


@pytest.mark.parametrize(("question", "is_claim"), [
    ("Om jag lägger ihop alla nämnders kommunbidrag 2021, stämmer det med raden Summa kommunbidrag?", False),
    ("If we add the committees' grants for 2021, does that match the total row, right?", False),
    ("Om två år ska skolan vara klar, stämmer det?", True),  # "om två år": a time, no hypothetical of the asker
])
def test_the_askers_own_hypothetical_is_a_question_not_a_claim(question: str, is_claim: bool) -> None:
    assert (parse_claim(question)[0] is not None) is is_claim


@pytest.mark.parametrize("question", [
    "Överförmyndarnämnden i Surahammar är gemensam med vilken kommun?",
    "Budgeten ökar med hur mycket 2025?",
])
def test_an_interrogative_ending_its_clause_after_the_verb_asks_in_place(question: str) -> None:
    assert parse_claim(question) == (None, False)


@pytest.mark.parametrize("question, claim", [
    # a last clause after a comma asking a matter of its own asks, as it would after a full stop
    ("Både budgeten och uppdraget 2023 handlar om lokalerna, vill båda flytta ansvaret till kommunstyrelsen?", None),
    ("S ville flytta lokalplaneringen till KS i budgeten, blev det något beslut om det sen?", None),
    # a tag confirming or reporting the statement leaves it a claim to check
    ("Socialnämnden fick 5 miljoner, eller hur?", "Socialnämnden fick 5 miljoner"),
    ("Socialnämnden fick 5 miljoner till skolan, har jag hört?", "Socialnämnden fick 5 miljoner till skolan, har jag hört"),
])
def test_a_question_after_a_comma_makes_the_statement_before_it_context(question: str, claim: str | None) -> None:
    from assistant.evidence.claims import parse_claim

    assert parse_claim(question)[0] == claim


@pytest.mark.parametrize("question", [
    "sommarjobbssatsningen i budgeten skulle räcka till ungefär 500 jobb?",
    "nämnden brukar gå med överskott?",
])
def test_a_statement_whose_finite_verb_is_an_auxiliary_is_a_claim(question: str) -> None:
    # "skulle", "brukar": finite verbs like "ska" and "kan", though no main verb beside them is in the verb list
    assert parse_claim(question)[0] == question.rstrip("?")


def test_the_s_passive_of_a_finite_form_makes_a_statement() -> None:
    from assistant.evidence.claims import is_finite_verb

    assert parse_claim("Budgeten antogs med 26 röster mot 23?")[0] == "Budgeten antogs med 26 röster mot 23"
    assert is_finite_verb("antogs") and is_finite_verb("gavs")
    assert not is_finite_verb("vars") and not is_finite_verb("kommuns")  # no passive of an auxiliary, no noun
