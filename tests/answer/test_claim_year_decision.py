"""A claimed figure stated for another year does not confirm the claim's year; a claim about what a body decided is
judged by the matter's decision, not by a motion or errand stating the figure; a statement after a fronted
adverbial is a claim; a supported figure written in words is said in digits too."""
from __future__ import annotations

from assistant.evidence.claim_amounts import Subject, check_amounts, worded_in_digits
from assistant.evidence.claim_decision import check_decision
from assistant.evidence.claims import ClaimCheck, parse_claim
from assistant.evidence.sentences import Sentence
from assistant.understand.query import stems
from core.types import Chunk


def sentence(text: str, n: int, title: str = "Nyhet", date: str = "2024-11-25", passage: str = "",
             doc: str = "") -> Sentence:
    passage = passage or text
    chunk = Chunk(id=f"c{n}", doc_path=doc or f"d{n}.txt", text=passage, start=0, end=len(passage), title=title,
                  date=date)
    at = passage.index(text)
    return Sentence(chunk=chunk, start=at, end=at + len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


def word_overlap(claim: str) -> Subject:
    own = set(stems(claim))
    return Subject(lambda s, left_out: len((own - left_out) & set(stems(s.text))) / max(len(own - left_out), 1))


def test_a_figure_the_sentence_states_for_another_year_contradicts_by_that_year() -> None:
    claim = "kungsörs budget för 2025 visar ett resultat på -8,6 miljoner"
    forecast = sentence("Efter delårsbokslutet pekar prognosen för 2024 på ett resultat på -8,6 miljoner kronor.", 1,
                        title="Mål och budget 2025")
    result = check_amounts(claim, [forecast], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "2024"


def test_a_sentence_of_the_claims_year_decides_before_the_other_years_figure() -> None:
    claim = "sollefteå budgeterar ett resultat på 14,3 miljoner kronor för 2025"
    forecast = sentence("Prognosen för 2024 är att Sollefteå får ett resultat på 14,3 miljoner kronor.", 1,
                        title="Budget 2025")
    budget = sentence("Sollefteå budgeterar ett resultat på 12,2 miljoner kronor för 2025.", 2, title="Budget 2025")
    result = check_amounts(claim, [forecast, budget], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "12,2 miljoner kronor"


MINUTES = """## § 59 Begäran om tilläggsanslag 2024

Förvaltningen föreslår att socialnämnden begär ett tilläggsanslag på 3 000 tkr för 2024.

### Yrkanden

Erik Nordin (V) yrkar att nämnden ska begära ett tilläggsanslag på hela underskottet, 5 900 tkr.

### Beslut

Socialnämnden beslutar enligt förvaltningens förslag att begära ett tilläggsanslag på 3 000 tkr.

## § 60 Tilläggsanslag för energi

Tekniska nämnden begär tilläggsanslag på 3,5 miljoner kronor för ökade energikostnader.

Beslut

Socialnämnden avslår begäran.
"""


def minutes_sentence(text: str, n: int) -> Sentence:
    return sentence(text, n, title="Protokoll socialnämnden", passage=MINUTES, doc="protokoll.md")


def test_a_motions_figure_yields_to_the_decision() -> None:
    claim = "socialnämnden begärde tilläggsanslag för hela underskottet på 5,9 miljoner"
    motion = minutes_sentence("Erik Nordin (V) yrkar att nämnden ska begära ett tilläggsanslag på hela underskottet, "
                              "5 900 tkr.", 1)
    decision = minutes_sentence("Socialnämnden beslutar enligt förvaltningens förslag att begära ett tilläggsanslag "
                                "på 3 000 tkr.", 2)
    supported = ClaimCheck("supported", (motion,), reason="siffran stämmer")
    result = check_decision(claim, supported, [motion, decision], lambda path: MINUTES)
    assert result is not None and result.verdict == "contradicted" and result.correct == "3 000 tkr"
    assert result.evidence == (decision, motion)
    # a claim that the motion was made is the motion's
    assert check_decision("V yrkade på tilläggsanslag för hela underskottet på 5,9 miljoner", supported,
                          [motion, decision], lambda path: MINUTES) is None


def test_a_rejected_errand_contradicts_that_it_was_granted() -> None:
    errand = minutes_sentence("Tekniska nämnden begär tilläggsanslag på 3,5 miljoner kronor för ökade "
                              "energikostnader.", 1)
    decision = minutes_sentence("Socialnämnden avslår begäran.", 2)
    supported = ClaimCheck("supported", (errand,), reason="siffran stämmer")
    granted = "socialnämnden beviljade tekniska nämndens tilläggsanslag på 3,5 mnkr"
    result = check_decision(granted, supported, [errand, decision], lambda path: MINUTES)
    assert result is not None and result.verdict == "contradicted" and result.evidence[0] is decision
    # the errand's own body said what it did: the request stands
    assert check_decision("tekniska nämnden begärde 3,5 mnkr i tilläggsanslag", supported, [errand, decision],
                          lambda path: MINUTES) is None


def test_a_statement_after_a_fronted_adverbial_is_a_claim() -> None:
    claim, _ = parse_claim("Enligt handlingsplanen köper kommunens förvaltningar in för ungefär en halv miljard "
                           "kronor om året?")
    assert claim is not None and claim.startswith("Enligt handlingsplanen köper")
    assert parse_claim("Enligt budgeten investeringar i skolor?")[0] is None  # a search, no verb


def test_a_figure_in_words_is_said_in_digits() -> None:
    claim = "förvaltningarna köper in för ungefär en halv miljard kronor om året"
    text = "Kommunens förvaltningar gör inköp på cirka en halv miljard kronor per år."
    assert worded_in_digits(claim, text) == "500 miljoner kronor"
    assert worded_in_digits("förvaltningarna köper in för 500 miljoner kronor", "Inköpen är 500 miljoner kronor.") == ""


def test_a_project_cost_is_a_whole_a_sentence_states() -> None:
    from assistant.evidence.claim_whole import says_whole, states_whole

    assert says_whole("nya Rimforsa skola bara kostar 62 miljoner kronor totalt")
    assert not says_whole("skolan får 62 miljoner kronor 2025")
    # the whole word leads to the amount since the amount before, not since "etapp 2"
    assert states_whole("Den totala projektkostnaden för Rimforsa skola, etapp 2, beräknas till 112 miljoner kronor.")
    assert not states_whole("Totalt investeras 20 miljoner kronor 2025 och 112 miljoner kronor 2026."[27:])


def test_the_municipalitys_figure_does_not_contradict_a_committees() -> None:
    claim = "socialnämnden i nordanstig räknar med 4,1 miljoner kronor för 2025"
    title = "Delårsrapporten: underskott i socialnämnden"
    whole = sentence("Nordanstigs kommun räknar med ett överskott på 11,3 miljoner kronor för 2025.", 1, title=title)
    committee = sentence("Socialnämnden prognostiserar ett underskott om 6,2 miljoner kronor.", 2, title=title)
    result = check_amounts(claim, [whole, committee], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "6,2 miljoner kronor"


def test_a_sentence_referring_back_is_read_with_the_one_before() -> None:
    from assistant.evidence.claim_amounts import preceding

    passage = ("1 mnkr tillskjuts nämnden för en utökad sommarjobbssatsning. Sammantagen budgetpost för sommarjobb "
               "uppgår därmed till 2 mnkr och bedöms kunna finansiera omkring 200 arbeten.")
    later = sentence("Sammantagen budgetpost för sommarjobb uppgår därmed till 2 mnkr och bedöms kunna finansiera "
                     "omkring 200 arbeten.", 1, passage=passage)
    assert [b.text for b in preceding(later)] == ["1 mnkr tillskjuts nämnden för en utökad sommarjobbssatsning."]
    first = sentence("1 mnkr tillskjuts nämnden för en utökad sommarjobbssatsning.", 2, passage=passage)
    assert preceding(first) == []


def test_a_vote_of_yes_and_no_votes_is_a_tally() -> None:
    from assistant.evidence.claim_vote import check_tally

    vote = sentence("Omröstningen utfaller med 22 ja-röster och 15 nej-röster.", 1, title="Protokoll kommunfullmäktige")
    claim = "budgeten klubbades med 25 röster mot 12 i fullmäktige"
    result = check_tally(claim, [vote], lambda s, left_out: 1.0)
    assert result is not None and result.verdict == "contradicted" and result.correct == "22 ja-röster och 15 nej-röster"


def test_a_part_of_the_sentence_before_is_not_its_concept() -> None:
    from assistant.evidence.claim_amounts import preceding

    passage = "Omställningspaketet är på 5,4 miljoner kronor. Av detta landar 4,7 miljoner på avdelning vuxna."
    part = sentence("Av detta landar 4,7 miljoner på avdelning vuxna.", 1, passage=passage)
    assert preceding(part) == []


def test_a_forecasts_figure_does_not_confirm_a_claimed_budgets() -> None:
    claim = "kungsörs budget för 2024 visar ett resultat på -8,6 miljoner"
    forecast = sentence("Efter delårsbokslutet pekar prognosen för 2024 på ett resultat på -8,6 miljoner kronor.", 1,
                        title="Delårsrapport 2024")
    result = check_amounts(claim, [forecast], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.evidence == (forecast,)
    budget = sentence("Budgeten för 2024 visar ett resultat på -8,6 miljoner kronor.", 2, title="Budget 2024")
    result = check_amounts(claim, [budget], word_overlap(claim))
    assert result is not None and result.verdict == "supported"


def test_a_sign_phrase_around_the_claimed_amount_is_searched_by_the_signs_word() -> None:
    from assistant.evidence.claim_sign import in_sign_words

    assert "överskott" in in_sign_words("Norsjö gick 8,6 miljoner plus 2024")
    assert in_sign_words("Pajala gick back 2024") == "Pajala underskott 2024"


def test_a_committee_named_by_its_noun_alone_or_a_company_owns_its_figure() -> None:
    from assistant.evidence.claim_amounts import claimed_amounts, of_a_committee

    claim = "Norsjö gick 8,6 miljoner plus 2024"
    c = claimed_amounts(claim)[0]
    subject = word_overlap(claim)
    committee = sentence("Nämnden redovisar ett överskott på 0,4 miljoner kronor.", 1)
    company = sentence("Norsjö Energi AB redovisade ett resultat på 1,4 miljoner kronor.", 2)
    whole = sentence("Vi redovisar ett positivt resultat på 13,3 miljoner kronor.", 3)
    assert of_a_committee(claim, c, committee, {2024}, subject)
    assert of_a_committee(claim, c, company, {2024}, subject)
    assert not of_a_committee(claim, c, whole, {2024}, subject)


def test_the_words_of_a_sign_phrase_name_no_thing() -> None:
    from types import SimpleNamespace

    from assistant.build import Assistant

    fake = SimpleNamespace(_analyse=lambda text, history: SimpleNamespace(language="sv"),
                           _unknown_words=lambda q, evidence, cited="": ["plus", "simhall"])
    assert Assistant._things_unknown(fake, "Norsjö gick 8,6 miljoner plus 2024") == ["simhall"]


def test_a_compound_of_the_documents_own_parts_is_no_unnamed_thing() -> None:
    from types import SimpleNamespace

    from assistant.build import Assistant

    parts = {"sommarjobbssatsning": ("sommarjobb", "satsning")}
    stats = SimpleNamespace(known_by_parts=lambda group: group[0] in parts)
    fake = SimpleNamespace(retriever=SimpleNamespace(stats=stats),
                           _things_unknown=lambda claim: ["sommarjobbssatsning", "skattesats"])
    assert Assistant._unnamed_things(fake, "S vill höja skattesatsen i sommarjobbssatsningen") == {"skattesats"}


def test_a_figure_written_in_words_names_no_thing() -> None:
    """"över en halv miljard kronor": "halv" and "miljard" are the claimed figure, which the calculator checks; a
    corpus that never writes "miljard" does not make the claim speak of something no document names."""
    from types import SimpleNamespace

    from assistant.build import Assistant

    fake = SimpleNamespace(_analyse=lambda text, history: SimpleNamespace(language="sv", text=text),
                           _unknown_words=lambda q, evidence, cited="": [w for w in ("halv", "miljard", "simhall")
                                                                         if w in q.text])
    assert Assistant._things_unknown(fake, "Falun ska investera över en halv miljard kronor i en simhall") == \
        ["simhall"]
