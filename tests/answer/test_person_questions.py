"""Who-questions in any wording: an interrogative before a noun naming people, several names for "vilka", and a
role said with a modifier ("vice ordförande") that is another role than the bare one."""
from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.compose.answer import extract_fact, holds_asked_role, role_question, select_evidence
from assistant.understand.query import analyse
from assistant.evidence.sentences import Sentence
from core.types import Chunk


def _sentence(text: str, score: float = 1.0, coverage: float = 1.0, doc: str = "p.txt") -> Sentence:
    chunk = Chunk(id=f"{doc}#0", doc_path=doc, text=text, start=0, end=len(text), title="Pressmeddelande",
                  doc_type="press_release", date="2023-02-08")
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=score, coverage=coverage, chunk_score=1.0)


def test_an_interrogative_before_a_noun_naming_people_asks_who() -> None:
    assert analyse("Vilka politiker låg bakom förslaget om feriejobb?").wants_person
    assert analyse("vilket parti föreslog sänkt skatt?").wants_person
    assert analyse("Which party proposed the tax cut?").wants_person
    assert analyse("vilken förvaltningschef ansvarar för skolan?").wants_person
    assert not analyse("Vilken nämnd får mest pengar 2022?").wants_person
    assert not analyse("vilket parti är han med i?").wants_person  # about someone already named


def test_who_ranking_the_bodies_the_question_names_asks_which_of_them() -> None:
    """"jämför ... socialnämnden i Vaggeryd och omsorgsnämnden i Markaryd, vem har störst underskott?": which of the two,
    no person; "vem har störst ansvar för budgeten?" names no bodies to choose between and asks who."""
    assert not analyse("jämför prognosen 2024 för socialnämnden i vaggeryd och omsorgsnämnden i markaryd, vem har "
                       "störst underskott?").wants_person
    assert analyse("vem har störst ansvar för budgeten?").wants_person
    assert analyse("vem är ordförande i socialnämnden?").wants_person



    quote = "Karin Ek (S), Olle Berg (V) och Lisa Holm (MP) har lämnat ett initiativ om feriearbeten."
    assert extract_fact(analyse("Vilka politiker låg bakom initiativet?"), quote) == \
        "Karin Ek (S), Olle Berg (V) och Lisa Holm (MP)"
    assert extract_fact(analyse("Vem låg bakom initiativet?"), quote) == "Karin Ek (S)"


def test_a_vice_chair_does_not_answer_who_the_chair_is_and_the_other_way_round() -> None:
    vice = _sentence("Vi agerar nu, säger Simon Ek (S), kommunstyrelsens vice ordförande.")
    chair = _sentence("Det är en styrka, säger Daniel Berg (M), kommunstyrelsens ordförande.")
    assert not holds_asked_role("Vem är kommunstyrelsens ordförande?", vice)
    assert holds_asked_role("Vem är kommunstyrelsens ordförande?", chair)
    assert holds_asked_role("Vem är kommunstyrelsens vice ordförande?", vice)
    assert not holds_asked_role("Vem är kommunstyrelsens vice ordförande?", chair)
    assert holds_asked_role("Who is the vice chair of kommunstyrelsen?", vice)
    assert not holds_asked_role("Who is the vice chair of kommunstyrelsen?", chair)


def test_the_best_ranked_sentences_may_fill_the_slot_when_none_covers_enough() -> None:
    vice = _sentence("Vi agerar nu proaktivt för välfärdsuppdraget, säger Simon Ek (S), kommunstyrelsens vice "
                     "ordförande.", score=0.98, coverage=0.5)
    chair = _sentence("Det är en styrka att vi hittat en samsyn, säger Daniel Berg (M), kommunstyrelsens "
                      "ordförande.", score=0.6, coverage=0.25)
    q = analyse("vem var kommunstyrelsens ordförande när välfärdsuppdragen startade?")
    assert select_evidence(q, [vice, chair], threshold=0.6)[0] is chair


def test_a_person_is_a_name_with_a_party_a_speaker_or_a_role_not_any_capitalised_words() -> None:
    from assistant.compose.answer import names_someone

    assert names_someone("Motionen lämnades av Karin Ek (S).")
    assert names_someone("Det går bra, säger Karin Ek.")
    assert names_someone("**Ansvar:** Koncernredovisningschef.")
    assert not names_someone("Koncernen Alingsås Energi består av välskötta företag.")
    assert not names_someone("Möjlighet till utdelning från koncernen Alingsås Energi.")



def test_a_role_in_its_plural_or_definite_form_names_someone() -> None:
    from assistant.compose.answer import names_someone

    assert names_someone("**Ansvar:** Samtliga förvaltningschefer.")
    assert names_someone("Uppdraget ges till ekonomichefen.")
    assert not names_someone("Samtliga förvaltningar ska genomlysas.")


def test_a_role_asked_in_its_definite_form_must_be_held_by_the_sentence() -> None:
    decision = _sentence("Därför fattade socialnämnden beslut om ett omställningspaket.")
    speaker = _sentence("Det är en fortsatt professionalisering, säger Karin Ek, socialchef i kommunen.")
    question = "vem var socialchefen som uttalade sig om omställningspaketet?"
    assert not holds_asked_role(question, decision)
    assert holds_asked_role(question, speaker)


def test_a_company_by_name_and_legal_form_answers_who() -> None:
    from assistant.compose.answer import names_someone
    from assistant.evidence.companies import names_company

    text = "Under 2026 flyttar skolan in i nya lokaler som byggs av Katrineholms Fastighets AB (KFAB)."
    assert names_company(text) and names_someone(text)
    assert not names_company("Skolan byggs om under 2026 av kommunen.")
    assert extract_fact(analyse("Vem bygger de nya lokalerna?"), text) == "Katrineholms Fastighets AB (KFAB)"


def test_a_question_for_politicians_is_answered_by_people_by_name_not_by_a_body() -> None:
    body = _sentence("Beslut togs att förvaltningen ska återkomma om feriearbeten för ungdomar.")
    people = _sentence("Karin Ek (S) och Olle Berg (V) har lämnat ett initiativ om feriearbeten.")
    assert not holds_asked_role("Vilka politiker låg bakom initiativet om feriearbeten?", body)
    assert holds_asked_role("Vilka politiker låg bakom initiativet om feriearbeten?", people)
    assert holds_asked_role("Vem ska återkomma om feriearbeten?", body)  # "vem" may be a body


def test_which_named_thing_is_answered_by_the_sentence_naming_it() -> None:
    q = analyse("på vilken skola ska körkortsutbildningen erbjudas?")
    assert q.wants_name and not q.wants_person and not q.wants_amount
    general = _sentence("Varje elev på vårdprogrammet ska erbjudas körkortsutbildning.", score=0.82, coverage=0.8)
    named = _sentence("600 tkr tillskjuts för att erbjuda elever på vårdprogrammet vid Strandgymnasiet betald "
                      "körkortsutbildning.", score=0.80, coverage=0.8)
    assert select_evidence(q, [general, named], threshold=0.6)[0] is named


def test_the_asked_noun_followed_by_names_beats_a_sentence_naming_something_else() -> None:
    q = analyse("vilka busslinjer ska få fler sena turer?")
    other = _sentence("900 tkr tillskjuts för ett tillköp hos Västtrafik för fler sena turer.", score=0.9, coverage=0.8)
    lines = _sentence("Busslinjerna Storby–Lillby (561) samt Storby–Åby (560) ska få en sen tur.", score=0.7,
                      coverage=0.6)
    assert select_evidence(q, [other, lines], threshold=0.6)[0] is lines
    assert not analyse("Vilken nämnd får mest 2022?").wants_person


def test_a_body_named_by_an_adjective_and_a_generic_noun_must_be_that_body() -> None:
    other = _sentence("Nu får eleverna nya lokaler, säger Ahmed Berg (L), ordförande i barn- och utbildningsnämnden.")
    own = _sentence("Vägarna ska rustas, säger Eva Lund (M), ordförande i tekniska nämnden.")
    assert not holds_asked_role("Vem är ordförande i tekniska nämnden?", other)
    assert holds_asked_role("Vem är ordförande i tekniska nämnden?", own)
    assert holds_asked_role("Vem är ordförande i nämnden?", other)  # no adjective: any nämnd


def test_a_verb_after_the_interrogative_determiner_is_no_asked_noun() -> None:
    from assistant.understand.words import asked_noun

    assert asked_noun("vilka busslinjer får fler turer?") == "busslinjer"
    assert asked_noun("Vilka får mest 2022?") is None
    assert not analyse("Vilka får mest 2022?").wants_name


def test_who_said_it_is_answered_by_a_person_by_name_not_by_the_body_spoken_of() -> None:
    body = _sentence("Socialförvaltningen har gått från -14,3 miljoner kronor till en prognos på -6,6 miljoner.")
    speaker = _sentence("Vi fortsätter arbetet, säger Karin Ek, socialchef i kommunen.")
    for question in ("vem sa det?", "vem var det som uttalade sig i pressmeddelandet?", "Who said that?"):
        assert not holds_asked_role(question, body), question
        assert holds_asked_role(question, speaker), question
    assert holds_asked_role("vem ansvarar för prognosen?", body)  # a body answers who is responsible


def test_a_followup_naming_no_role_asks_for_whoever_speaks_not_a_holder_of_the_earlier_turns_body() -> None:
    merged = replace(analyse("vem uttalade sig – socialförvaltningens prognos för 2020?"), followup=True,
                     own="vem uttalade sig?")
    assert role_question(merged) == "vem uttalade sig?"
    # a role named in the conversation keeps its bodies: the vice chair of that committee
    vice = replace(analyse("vice ordförande – kommunstyrelsens ordförande?"), followup=True, own="och vice?")
    assert role_question(vice) == vice.original
    standalone = analyse("vem uttalade sig om socialförvaltningens prognos?")
    assert role_question(standalone) == standalone.original


def test_an_adjective_between_the_interrogative_and_its_noun_of_people_still_asks_who() -> None:
    from assistant.compose.answer import asked_parties
    from assistant.evidence.claims import roles

    question = "Vilka socialdemokratiska politiker nämns i pressmeddelandet?"
    assert analyse(question).wants_person
    assert asked_parties(question, roles()["parties"]) == {"S"}
    assert asked_parties("Vilka moderata ledamöter röstade nej?", roles()["parties"]) == {"M"}
    assert not analyse("Vilka socialdemokratiska mål finns i budgeten?").wants_person


def test_which_company_is_answered_by_a_company_by_name_and_legal_form() -> None:
    from assistant.evidence.companies import asks_company

    q = analyse("vilket företag bygger den nya idrottshallen i Norrby?")
    assert q.wants_name and asks_company(q.original) and asks_company("vilket byggbolag anlitas?")
    assert not asks_company("vilken skola byggs om?")
    place = _sentence("Den nya idrottshallen byggs på tomten vid Parkgatan, intill Norrby skola.", score=0.9)
    builder = _sentence("Entreprenör är Byggmästarna i Norrby AB, som vann upphandlingen i maj.", score=0.8)
    assert select_evidence(q, [place, builder], threshold=0.6)[0] is builder


def test_a_company_in_a_fact_tables_row_answers_though_it_covers_little_and_none_named_is_refused() -> None:
    """"Entreprenör | Bergslagens Bygg AB" in a press release's fact table covers few of the question's words, yet it
    is the company asked, before a sentence naming a place after the asked noun; with no company named the question
    is refused ("vilket byggföretag ..." is no question the project's other sentences answer)."""
    from assistant.compose.answer import judge_evidence
    from assistant.evidence.sentences import intent_bonus

    q = analyse("Vilken byggfirma bygger nya förskolan vid Lasarettsområdet?")
    start = _sentence("Kommunfullmäktige beslutade om byggstart för den nya förskolan vid Lasarettsområdet.", score=1.0)
    row = _sentence("| Entreprenör | Bergslagens Bygg AB |", score=0.7, coverage=0.5)
    assert intent_bonus(q, row.text) > intent_bonus(q, start.text)
    assert select_evidence(q, [start, row], threshold=0.6)[0] is row
    assert judge_evidence(q, [start, row], threshold=0.6).answerable
    assert judge_evidence(q, [start], threshold=0.6).reason == "no_company"

    # the asked noun is said by any company's name ("bostadsbolaget"): it lifts no company over the better-ranked one
    q = analyse("vilket bolag bygger brösarpsboendet?")
    builder = _sentence("Kommunen har tecknat avtal med byggföretaget Skånebygg AB om ett nytt boende i Brösarp.")
    owner = _sentence("Låneskulden avser till stor del det kommunala bostadsbolaget Tomelillabostäder AB.", score=0.8)
    assert select_evidence(q, [builder, owner], threshold=0.5)[0] is builder


def test_who_has_written_it_asks_for_the_writer_by_name() -> None:
    from assistant.understand.words import asks_speaker

    signature = _sentence("Marie Gustavsson (C)\nKommunstyrelsens ordförande")
    body = _sentence("Socialnämnden får ett tillskott på 11,6 miljoner kronor.")
    for question in ("vem har skrivit förordet i budgeten?", "vem har sagt det?"):
        assert asks_speaker(question), question
        assert holds_asked_role(question, signature) and not holds_asked_role(question, body), question


def test_the_person_by_name_is_the_fact_not_a_place_named_before() -> None:
    quote = ("Med fler platser i Södra Vi kan fler bo kvar nära sin familj, säger Lars-Göran Fransson (KD), "
             "ordförande i socialnämnden.")
    assert extract_fact(analyse("vem är ordförande i socialnämnden?"), quote) == "Lars-Göran Fransson (KD)"


def test_a_speaker_named_with_a_title_after_the_speech_verb_is_a_person() -> None:
    from assistant.compose.answer import names_person

    assert names_person("Där behöver vi hitta nya arbetssätt, säger ekonomichef Maria Öberg.")
    assert names_person("Det är ett bra år, säger kommunstyrelsens ordförande Anna Berg.")
    # words after the verb that are no title do not make the capitalised words a speaker
    assert not names_person("Det var bra, säger hon till Anna Berg.")


def test_a_body_in_a_clause_telling_when_does_not_qualify_the_role() -> None:
    chief = _sentence("Det är inga lätta beslut, säger Karin Alvermalm, socialchef i Alingsås kommun.")
    question = "vem var socialchef när socialförvaltningen fick omställningspaketet 2020"
    assert holds_asked_role(question, chief)
    # the body beside the role still qualifies it
    assert not holds_asked_role("vem var socialchef i socialförvaltningen när paketet kom", _sentence(
        "Det är inga lätta beslut, säger Karin Alvermalm, socialchef i Alingsås kommun."))


@pytest.mark.parametrize("question, who", [
    ("Vilka reserverade sig mot beslutet?", True),
    ("vilka var de som röstade nej?", True),
    ("vilka är de förtroendevalda i kommunstyrelsen?", True),
    ("vilka var ledamöter i nämnden?", True),
    ("vilka var de största investeringsprojekten under 2023?", False),  # which projects, not who
    ("vilka är de tre största nämnderna?", False),
])
def test_vilka_and_a_copula_ask_who_unless_a_noun_phrase_names_things(question: str, who: bool) -> None:
    from assistant.understand.words import asks_who_by_verb

    assert asks_who_by_verb(question) is who


def test_a_party_letter_marking_a_noun_of_people_asks_people_of_that_party() -> None:
    from assistant.compose.answer import asked_parties
    from assistant.evidence.claims import roles
    from assistant.understand.words import party_marked

    parties = roles()["parties"]
    for question in ("vilka S-politiker citeras i pressmeddelandet?", "vilka s-politiker citeras i pressmeddelandet?"):
        assert analyse(question).wants_person, question
        assert asked_parties(question, parties) == {"S"}, question
    assert party_marked("sd-ledamoten") == ("SD", "ledamoten")
    assert party_marked("S-budgeten") is None  # a document, no person
    assert party_marked("VA-taxan") is None  # no party
    assert asked_parties("Vad vill S-budgeten göra med lokalerna?", parties) == set()


def test_people_asked_as_quoted_are_answered_by_the_sentence_quoting_them() -> None:
    from assistant.evidence.utterance import names_speaker
    from assistant.understand.words import asks_speaker

    quoted = _sentence("Det behövs fler jobb, säger Samuel Ek (S), ordförande i nämnden.")
    named = _sentence("Samuel Ek (S) och Lena Holm (V) har lämnat ett initiativ om feriearbeten.")
    other_party = _sentence("Det är en styrka, säger Daniel Berg (M), kommunstyrelsens ordförande.")
    question = "vilka S-politiker citeras i sammanfattningen?"
    assert asks_speaker(question)
    assert holds_asked_role(question, quoted)
    assert not holds_asked_role(question, named)  # named, but not quoted
    assert not holds_asked_role(question, other_party)  # quoted, of another party
    assert names_speaker("säger kommunalrådet Anna Berg (C).") and not names_speaker(named.text)
    assert holds_asked_role("vilka politiker låg bakom initiativet?", named)  # people asked by a deed, not quoted


@pytest.mark.parametrize(("question", "no_figure"), [
    ("vilket företag fick bygga nya förskolan på hagalund i ödeshög", True),
    ("vem är ordförande i socialnämnden i ödeshög?", True),
    ("vilken nämnd får mest pengar 2030?", False),  # a rank of amounts: the tables answer or refuse it
    ("vilket projekt kostar mest i investeringsbudgeten?", False),
    ("hur många platser får Ekbacken?", False),
])
def test_a_question_asking_who_which_or_when_asks_no_figure(question: str, no_figure: bool) -> None:
    """A calculator refusal (the tables lack a row it guessed from "bygga") does not stand for such a question."""
    assert analyse(question).asks_no_figure is no_figure


def test_a_which_question_naming_a_kind_of_figure_asks_a_figure() -> None:
    from assistant.budget.plan import names_figure_kind

    assert names_figure_kind("vilken ram har kultur- och fritidsnämnden i tierp för 2026?")
    assert not names_figure_kind("vilket företag fick bygga nya förskolan på hagalund i ödeshög")


def test_which_parties_is_answered_by_the_parties_by_name_as_by_their_people() -> None:
    """"Vilka partier reserverade sig ...": "Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig"
    answers, ahead of a person of a party saying something else; "vilka politiker" still asks people by name."""
    from assistant.compose.answer import names_someone

    parties = _sentence("Reservationer: Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig mot "
                        "beslutet.", score=0.94, doc="kf.txt")
    person = _sentence("Tomas Lund (SD) yrkar bifall till Sverigedemokraternas förslag.", score=0.88, doc="kf.txt")
    question = "Vilka partier reserverade sig mot budgetbeslutet?"
    assert names_someone(parties.text)
    assert holds_asked_role(question, parties)
    assert not holds_asked_role("Vilka politiker reserverade sig mot budgetbeslutet?", parties)
    assert select_evidence(analyse(question), [parties, person])[0] is parties


def test_a_sentence_naming_the_parties_offers_what_which_parties_asks_as_a_named_person_does() -> None:
    """The sentence ranking's bonus for what is asked: "vilka partier reserverade sig?" is offered the parties by name
    ("Ledamöterna för Socialdemokraterna och Vänsterpartiet") as much as a person of a party ("Hanna Berg (SD)");
    "vilka politiker" still asks people by name."""
    from assistant.evidence.sentences import intent_bonus

    parties = "Reservation: Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet."
    person = "Reservation: Hanna Berg (SD) reserverar sig mot beslutet."
    q = analyse("vilka partier reserverade sig mot budgeten i kommunstyrelsen?")
    assert intent_bonus(q, parties) == intent_bonus(q, person) > 0
    people = analyse("vilka politiker reserverade sig mot budgeten i kommunstyrelsen?")
    assert intent_bonus(people, parties) < intent_bonus(people, person)


def test_a_plural_who_question_quotes_each_holder_of_the_same_matter() -> None:
    """"vilka reserverade sig mot budgetbeslutet?": each reservation of the budget's §, not one entered against
    another matter of the same minutes."""
    text = ("Johan Ek (M) och Per Lindahl (KD) reserverar sig mot beslutet till förmån för eget förslag. "
            "Kent Åström (SD) och Mikael Sandin (SD) reserverar sig mot beslutet till förmån för SD:s förslag. "
            "Eva Forsgren (V) reserverar sig mot beslutet.")
    budget = Chunk(id="ks#0", doc_path="ks.md", text=text[:text.index(" Eva")], start=0, end=text.index(" Eva"),
                   title="Protokoll kommunstyrelsen", section="§ 143 Mål och budget 2025")
    taxes = Chunk(id="ks#1", doc_path="ks.md", text=text[text.index("Eva"):], start=text.index("Eva"),
                  end=len(text), title="Protokoll kommunstyrelsen", section="§ 145 Taxor för bygglov")
    found = []
    for chunk, score in ((budget, 1.0), (budget, 0.99), (taxes, 0.98)):
        sentence = [t for t in (text[:text.index(" Kent")], text[text.index("Kent"):text.index(" Eva")],
                                text[text.index("Eva"):]) if chunk.start <= text.index(t) < chunk.end][
            len([f for f in found if f.chunk is chunk])]
        at = text.index(sentence)
        found.append(Sentence(chunk=chunk, start=at, end=at + len(sentence), text=sentence, score=score,
                              coverage=1.0, chunk_score=1.0))
    chosen = select_evidence(analyse("vilka reserverade sig mot budgetbeslutet i kommunstyrelsen?"), found)
    assert [s.text[:9] for s in chosen] == ["Johan Ek ", "Kent Åstr"]


def test_people_asked_with_their_roles_are_named_with_a_role_and_a_party_asked_in_the_plural() -> None:
    initiative = _sentence("Samuel Carlén (S) och Marianne Bodin (MP) har inkommit med ett initiativ om feriearbeten.")
    chair = _sentence("Vi behöver vara medvetna om det, säger Samuel Carlén (S), ordförande i nämnden.")
    other = _sentence("Det är en styrka, säger Daniel Filipsson (M), kommunstyrelsens ordförande.")
    question = "Vilka socialdemokrater har ledande poster i nämnden, och vilka roller?"
    assert not holds_asked_role(question, initiative)  # named, but holding no role the sentence says
    assert holds_asked_role(question, chair)
    assert not holds_asked_role(question, other)  # "socialdemokrater": the party asked, in the plural
    # asking no role, a person named alone answers
    assert holds_asked_role("Vilka socialdemokrater låg bakom initiativet?", initiative)


def test_who_holds_a_role_is_someone_by_name_of_the_asked_body() -> None:
    def titled(text: str, title: str) -> Sentence:
        s = _sentence(text)
        return replace(s, chunk=replace(s.chunk, title=title))

    question = "vem är ordförande i socialnämnden"
    minutes = "Protokollsutdrag socialnämnden 2026-09-24"
    assert holds_asked_role(question, titled("Närvarande ledamöter: Anna-Karin Öberg (S), ordförande", minutes))
    # the role itself names nobody
    assert not holds_asked_role(question, titled("Propositionsordning: Ordföranden ställer förslagen mot varandra.",
                                                 minutes))
    # another body's chair, in a document whose title names the asked body
    assert not holds_asked_role(question, titled("Lars Björkman (S), kommunstyrelsens ordförande",
                                                 "Delårsrapporten: underskott i socialnämnden"))
