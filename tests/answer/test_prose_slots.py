"""Which sentence of the prose states what a question asks: the time of the asked event said by a synonym of its verb
inside a compound ("när börjar bygget": "Byggstart är planerad till mars 2025"), and, asked an amount, a sentence of
the asked year before one speaking of other years only."""
from __future__ import annotations

from assistant.compose.answer import names_event, said_of_asked_year_first
from assistant.evidence.sentences import Sentence
from assistant.understand.query import analyse
from core.types import Chunk


def test_a_compound_whose_head_is_a_synonym_of_the_asked_verb_names_the_event() -> None:
    question = "När börjar bygget av nya Dejeskolan?"
    groups = analyse(question).groups
    assert names_event(question, "Byggstart är planerad till mars 2025 och inflyttning till hösten 2026.", groups)
    assert not names_event(question, "Den nya Dejeskolan ersätter skolbyggnaden från 1962.", groups)



def test_the_speakers_stance_names_no_event() -> None:
    question = "när blir nya förskolan klar?"
    groups = analyse(question).groups
    assert names_event(question, "Förskolan beräknas stå klar till höstterminen 2026.", groups)
    # "Nu är det klart att ...": the speaker's stance on what follows, no school being ready
    assert not names_event(question, "Nu är det klart att bygget av den nya förskolan startar i april 2025.", groups)


def test_an_event_dating_another_happening_is_not_dated_by_its_sentence() -> None:
    question = "när blir nya hallen klar?"
    groups = analyse(question).groups
    assert names_event(question, "Hallen ska vara klar att tas i bruk i januari 2027.", groups)
    # "rivs när den nya hallen är klar": the hall being ready dates the demolition; "1962" is no time of it
    assert not names_event(question, "Den gamla gymnastiksalen från 1962 rivs när den nya hallen är klar.", groups)


def test_a_follow_up_joined_to_the_earlier_question_asks_the_time_of_its_own_state() -> None:
    # understand.followup joins "när blir den klar?" to the earlier "vad kostar nya idrottshallen i tibble?"
    question = "när blir den klar – kostar nya idrottshallen i tibble?"
    groups = analyse(question).groups
    assert names_event(question, "Hallen ska vara klar att tas i bruk i januari 2027.", groups)
    assert not names_event(question, "I dag startade bygget av den nya idrottshallen vid Tibble skola.", groups)


def _sentence(text: str) -> Sentence:
    chunk = Chunk(id="d-0", doc_path="d.txt", title="Budget och plan 2025–2027", text=text, start=0, end=len(text),
                  date="2024-11-19")
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)


def test_a_sentence_of_other_years_only_answers_after_one_of_the_asked_year() -> None:
    q = analyse("Hur många invånare bygger budgeten för 2025 på?")
    other = _sentence("Kommunen hade 11 489 invånare den 31 december 2023.")
    asked = _sentence("Kolumnen kr per invånare visar budget 2025 dividerad med 11 480 invånare.")
    assert said_of_asked_year_first(q, [other, asked]) == [asked, other]


def test_an_amount_of_no_year_beside_another_years_amount_is_not_of_other_years() -> None:
    """"Effektiviseringen på 4,7 miljoner kronor nås genom ..., som 2023 kostade 5,9 miljoner kronor": the 4,7 is of
    no other year; the sentence keeps its place before the one naming the asked year."""
    q = analyse("hur mycket ska vård och omsorg effektivisera 2025?")
    part = _sentence("Effektiviseringen på 4,7 miljoner kronor nås genom översyn av nattbemanning och minskad användning "
                     "av bemanningssjuksköterskor, som 2023 kostade 5,9 miljoner kronor.")
    whole = _sentence("För att nå dit genomför nämnderna effektiviseringar om totalt 9,6 miljoner kronor under 2025.")
    assert said_of_asked_year_first(q, [part, whole]) == [part, whole]


def test_a_count_of_another_year_stays_of_that_year_beside_a_change_of_no_year() -> None:
    q = analyse("Hur många invånare hade kommunen i juni 2024?")
    other = _sentence("Den 31 december 2023 hade kommunen 6 948 invånare, en minskning med 41 personer jämfört med året "
                      "innan.")
    asked = _sentence("Den 30 juni 2024 hade kommunen 6 912 invånare.")
    assert said_of_asked_year_first(q, [other, asked]) == [asked, other]
