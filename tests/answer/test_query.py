"""Question analysis: language, English glossary, Swedish paraphrases, compounds, named documents."""
from __future__ import annotations

import pytest

from assistant.understand.language import detect_language
from assistant.understand.query import analyse, split_compound, stems


@pytest.mark.parametrize(("text", "expected"), [
    ("Hur stort är sparkravet för nämnden?", "sv"),
    ("Vem är kommunstyrelsens ordförande?", "sv"),
    # an English question naming a Swedish committee: the name's words do not outvote its English frame
    ("What's the total savings requirement for nämnden för arbete, kompetens och välfärd in Alingsås?", "en"),
    ("who chairs the nämnden för arbete, kompetens och välfärd?", "en"),
    # the opener and an English term of the glossary, inflected ("chairs"), with no other English function word
    ("Who chairs nämnden för arbete, kompetens och välfärd?", "en"),
    ("Who kommunstyrelsen ordförande nämnden för arbete?", "sv"),  # Swedish words outvote a lone opener
    ("Vad är is i Alingsås?", "sv"),
    ("How many employees does the municipality have?", "en"),
    ("Who chairs the municipal executive board?", "en"),
    ("Wie viel kostet das neue Schwimmbad in der Gemeinde?", "de"),
    ("Kuinka paljon kunta käyttää rahaa vanhustenhoitoon?", "fi"),
    ("2021", "sv"),
    ("VON:s kommunbidrag 2021?", "sv"),  # an acronym is a name, not the German "von"
    ("Vad får Von Platens skola?", "sv"),
])
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_english_question_is_expanded_with_swedish_terms() -> None:
    q = analyse("How much tax revenue does the municipal executive board expect?")
    assert q.language == "en" and q.answer_language == "en"
    assert "skatteintäkter" in q.lexical_text and "kommunstyrelsen" in q.lexical_text
    assert ("kommunstyr",) in q.groups


def test_english_words_for_borrowing_and_its_limits_are_translated() -> None:
    q = analyse("Is there a cap on the external borrowing, and how large is the combined effect?")
    for swedish in ("låneskuld", "överstiga", "externa", "sammantagna", "effekt"):
        assert swedish in q.lexical_text
    assert "jobbar" in analyse("How many people work for the municipality?").lexical_text


def test_english_words_for_votes_attendance_sick_leave_and_reports_are_translated() -> None:
    for question, swedish in (("How did the vote go on the budget?", "omröstning"),
                              ("How many people attended the open meetings?", "deltog"),
                              ("What was the sick leave rate in 2023?", "sjukfrånvaro"),
                              ("How many guest nights were there?", "gästnätter"),
                              ("How big was the drop from the year before?", "minskning"),
                              ("What does the interim report forecast?", "delårsrapport"),
                              ("How much was invested in the period?", "investerat")):
        assert swedish in analyse(question).lexical_text, question


def test_untranslated_english_words_count_less() -> None:
    q = analyse("What does the zorblax committee decide?")
    weights = dict(zip(q.groups, q.weights))
    assert weights[("zorblax",)] < 1.0
    assert weights[("nämnd",)] == 1.0


def test_swedish_paraphrases_join_the_group_of_their_word() -> None:
    q = analyse("Hur mycket ska äldreomsorgen skära ner?")
    elderly = next(g for g in q.groups if g[0] == "äldreomsorg")
    assert "omsorgsnämnd" in elderly  # vård- och omsorgsnämnden
    cut = next(g for g in q.groups if g[0] == "skär")
    assert "besparing" in cut
    assert "ner" not in {g[0] for g in q.groups}  # part of the phrase "skära ner"


def test_words_for_paying_share_one_group() -> None:
    q = analyse("hur ska det betalas?")
    pay = next(g for g in q.groups if g[0] == "betal")
    assert "finansier" in pay


def test_words_for_abolishing_share_one_group() -> None:
    q = analyse("S vill skrota utmaningsrätten")
    abolish = next(g for g in q.groups if g[0] == "skrot")
    assert "avskaff" in abolish


def test_compound_heads_split() -> None:
    assert split_compound("kommunbidrag") == ("kommun", "bidrag")
    assert split_compound("omsorgsnämnd") == ("omsorg", "nämnd")
    assert split_compound("budget") == ()


def test_named_document_kind_year_and_party() -> None:
    q = analyse("Vad säger pressmeddelandet från 2023 om uppdragen?")
    assert q.doc_types == ("press_release",) and q.doc_years == (2023,)
    assert all("pressmeddel" not in g for g in q.groups)  # naming the document is not part of the fact
    s = analyse("Vad vill S-budgeten göra med sommarjobb?")
    assert s.doc_types == ("budget",) and any("socialdemokraterna" in p for p in s.publishers)


def test_an_english_question_naming_a_document_keeps_the_name_out_of_its_topic() -> None:
    q = analyse("What do the press release and the action plan say about energy efficiency?")
    assert set(q.doc_types) == {"press_release", "action_plan"}
    assert all("pressmeddel" not in g and "handlingsplan" not in g for g in q.groups), q.groups
    assert any("energieffektivitet" in g for g in q.groups)  # the asked fact stays


def test_a_short_particle_verb_gets_its_joined_noun_form_and_spoken_stop_words_carry_no_topic() -> None:
    q = analyse("Säger planen nåt om hur mycket kommunen köper in varje år?")
    assert any("köp" in g and "inköp" in g for g in q.groups), q.groups  # "köper in": "inköp", "inköpsvolym"
    assert all("nåt" not in g and "båd" not in g for g in analyse("Säger båda nåt om inköp?").groups)


def test_a_particle_that_is_a_preposition_too_joins_only_the_verb_right_before_it() -> None:
    q = analyse("Hur mycket pengar ska sättas av till fonden varje år?")
    assert any("sätt" in g and "avsätt" in g for g in q.groups), q.groups  # "sättas av": "avsätts"
    q = analyse("Hur stor del av budgeten går till skolan?")
    assert not any("avdel" in g for g in q.groups), q.groups  # "del av": a noun before it
    q = analyse("Hur mycket ska vi sätta av till bufferten?")
    assert any("sätt" in g and "avsätt" in g for g in q.groups), q.groups  # "ska sätta av": governed by "ska"


def test_words_for_all_taken_together_are_one_concept() -> None:
    q = analyse("Hur mycket kan planen ge sammanlagt?")
    assert any("sammanlag" in g and "sammantag" in g for g in q.groups), q.groups


def test_a_generic_document_word_beside_a_named_document_is_no_topic() -> None:
    q = analyse("Budgeten och pressmeddelandet tar upp lokalplaneringen. Vad står det i respektive dokument?")
    assert all("dokument" not in g and "respektiv" not in g for g in q.groups), q.groups
    assert any("lokalplanering" in g for g in q.groups)


def test_the_degree_word_a_how_asks_by_is_no_topic() -> None:
    # "hur hög", as "hur stor": the figure asked, not a word its sentence must say ("höga kostnader" is no answer)
    assert [g[0] for g in analyse("Hur hög är kommunalskatten 2027?").groups] == \
        [g[0] for g in analyse("Hur stor är kommunalskatten 2027?").groups]
    assert not any("hög" in g for g in analyse("Hur högt är skattesatsen?").groups)
    assert any("hög" in g for g in analyse("Är sjukfrånvaron hög?").groups)  # said of the thing: a concept


def test_digit_groups_are_one_token() -> None:
    assert "2421049" in stems("Verksamhetens kostnader -2 421 049")


def test_intents() -> None:
    assert analyse("Hur mycket kostar det?").wants_money
    assert analyse("Vem sa det?").wants_person
    assert not analyse("Hur många jobbar i kommunen?").wants_money
    assert analyse("Vilka reserverade sig mot revideringen av investeringsbudgeten?").wants_person  # "vilka" + verb
    assert not analyse("Vilka projekt reserverades pengar till?").wants_person  # "vilka" + noun: a determiner
    assert analyse("Hur mycket satsas, och vem ska ansvara för det?").wants_person  # "vem" heads its clause
    assert analyse("S föreslog en enhet – vem ska leda den?").wants_person
    # "vem" opening a clause inside another's: the question asks what the documents say
    assert not analyse("vad säger budgeten och uppdraget om vem som ska ansvara för lokalplaneringen?").wants_person
    # a compound ending in the amount asks for it: "investeringsbeloppet" as "beloppet"
    assert analyse("Stämmer investeringsbeloppet för 2025 i pressmeddelandet med budgeten?").wants_amount
    assert analyse("Stämmer investeringssumman i nyheten med budgeten?").wants_amount
    assert not analyse("Stämmer det som står om investeringarna i nyheten?").wants_amount



def test_a_stop_word_is_dropped_in_any_form_it_shares_a_stem_with() -> None:
    from assistant.understand.query import stems

    assert "vill" not in stems("S ville flytta lokalplaneringen")  # "vill" is a stop word, "ville" its past
    assert "lokalplanering" in stems("S ville flytta lokalplaneringen")


def test_a_verb_whose_object_is_a_sum_asks_for_an_amount() -> None:
    assert analyse("Vad vill partiet lägga på att rusta upp parkerna?").wants_amount
    assert analyse("What will they spend on the parks?").wants_amount
    assert not analyse("Vad vill partiet göra med parkerna?").wants_amount
    # the subject between the verb and its particle ("vad lägger S på ...", "vad satsar kommunen på ...")
    assert analyse("vad lägger s på att återinföra personligt ombud").wants_amount
    assert analyse("Vad satsar kommunen på simskolan?").wants_amount
    assert not analyse("vad lägger nämnden fokus på i år?").wants_amount
    assert analyse("vad skulle kontaktcentret kosta per år?").wants_amount  # every form of "kosta"
    assert analyse("Vad kostade ombyggnaden?").wants_amount
    assert analyse("körkort till eleverna i S budgetförslag – prislapp?").wants_amount  # a price asked by its tag
    assert analyse("Vad beräknas avtalet vara värt?").wants_amount  # a worth is a sum


def test_how_much_dearer_asks_for_kronor_not_the_percentage() -> None:
    from assistant.understand.words import asks_kronor

    q = analyse("hur mycket dyrare blir va-taxan för en vanlig villa 2025?")
    assert q.wants_amount and q.wants_money and asks_kronor(q.original)
    assert not asks_kronor("hur många procent dyrare blir va-taxan?")


def test_a_committee_abbreviation_keeps_the_body_as_topic() -> None:
    from assistant.understand.query import analyse as analyse_question

    q = analyse_question("Ska parkeringsfrågorna flyttas till KS?")
    assert any("kommunstyr" in group for group in q.groups)
    assert not any("kommunstyr" in group for group in analyse_question("Ska parkeringsfrågorna flyttas?").groups)


def test_a_compound_whose_head_only_says_thing_means_its_first_part() -> None:
    from assistant.understand.query import vague_head

    assert vague_head("körkortsgrej") == "körkort"
    assert vague_head("skattesats") is None and vague_head("omsorgselev") is None
    groups = analyse("vad kostar körkortsgrejen för eleverna?").groups
    assert any(g[0] == "körkort" for g in groups) and not any("grej" in t for g in groups for t in g)


def test_a_month_abbreviation_is_a_date_not_a_name_the_evidence_must_mention() -> None:
    q = analyse("Who is the vice chair in the Feb 2023 press release?")
    assert "feb" not in q.names and q.month == 2
    assert analyse("vem var ordförande i feb 2023?").month == 2


def test_the_verb_second_in_a_question_is_not_its_subject() -> None:
    from assistant.evidence.sentences import asked_subject

    assert asked_subject(analyse("Vad förhandlar kommunen om skolbyggnaden?"))[0] != "förhandl"
    assert asked_subject(analyse("Vad kostar en bussbiljett?"))[0] == "bussbiljet"


def test_the_kind_of_name_asked_is_not_the_questions_subject() -> None:
    """"Vilket företag ska köpa fastigheten?" is answered by "Östersjö Logistik AB": a document need not write
    "företag" to speak of the property's sale."""
    from assistant.evidence.sentences import asked_subject

    assert (asked_subject(analyse("Vilket företag ska köpa fastigheten Stärkelsen 3?")) or ("",))[0] != "företag"
    assert asked_subject(analyse("Vilken skattesats gäller 2025?"))[0] == "skattesat"  # an amount's kind stays


def test_a_definite_plural_after_an_auxiliary_is_the_subject_not_its_infinitive() -> None:
    """"får" may govern an infinitive ("får lägga"), but "fritidsgårdarna" is what gets the money."""
    from assistant.evidence.sentences import asked_subject

    assert asked_subject(analyse("hur mycket får fritidsgårdarna 2025?"))[0] == "fritidsgård"


def test_the_municipal_tax_is_found_by_each_of_its_names() -> None:
    """"kommunalskatten" and "skattesatsen" name one thing: a question in either word covers a passage in the other."""
    from assistant.understand.query import analyse, stems

    for question, other in (("Vad är kommunalskatten 2025?", "skattesatsen"), ("Vilken skattesats gäller?", "kommunalskatten")):
        assert any(stems(other)[0] in group for group in analyse(question).groups), question


def test_word_stem_joins_the_forms_of_a_word_and_keeps_stop_words():
    from assistant.understand.query import word_stem, word_stems

    assert word_stem("höjer") == word_stem("höjs") == word_stem("Höja")
    assert word_stem("inte") == "int"  # a stop word still has a stem: negations are compared by it
    said = word_stems("Skatten höjs inte 2025")
    assert {word_stem("höjer"), word_stem("inte"), "2025"} <= said


def test_the_distributive_respektive_is_no_concept_of_the_question() -> None:
    q = analyse("Socialnämndens kommunbidrag 2021 resp 2023?")
    assert all("respektiv" not in group for group in q.groups)
    assert "respektiv" not in stems("bidraget 2021 respektive 2023")


def test_an_english_glossary_word_is_found_in_its_ing_form() -> None:
    q = analyse("What result was the social services administration forecasting for 2020?")
    assert "prognos" in q.lexical_text
    assert "översyn" in analyse("Who is tasked with reviewing the kitchen organisation?").lexical_text


def test_when_a_page_was_updated_or_published_is_searched_in_swedish() -> None:
    assert "uppdaterad" in analyse("When was the page 'Så används din skatt' last updated?").lexical_text
    assert "publicerad" in analyse("When was the page published?").lexical_text


def test_an_english_word_translated_takes_the_swedish_paraphrases_of_its_translation() -> None:
    q = analyse("How much of the municipal tax goes to school?")
    swedish = analyse("Hur mycket av kommunalskatten går till skolan?")
    school = next(g for g in q.groups if "skol" in g)
    assert set(next(g for g in swedish.groups if "skol" in g)) <= set(school)  # "grundskola", "elev", ...
    assert q.full[q.groups.index(school)] == 2  # "skola", "skolan" translate it; the paraphrases count in part


def test_a_municipality_opening_an_english_question_is_a_name() -> None:
    q = analyse("Säffle says how much of the municipal tax goes to school?")
    assert q.weights[q.groups.index(("säffl",))] == 1.0


def test_what_is_paid_or_priced_is_an_amount_asked() -> None:
    assert analyse("Vad får kommunen betalt för tomten Västby 3:118?").wants_amount
    assert analyse("Vad får kommunen betalt för tomten Västby 3:118?").wants_money
    assert analyse("Vad är priset för ett årskort i simhallen?").wants_amount
    assert not analyse("Vem ska betala för vägen?").wants_amount  # who pays, not how much


def test_a_split_vad_for_before_a_quantity_noun_asks_an_amount() -> None:
    assert analyse("Vad hade bolaget för omsättning 2022?").wants_amount
    assert analyse("Vad har kommunen för skattesats?").wants_amount
    assert analyse("Vilken nettoomsättning hade bolaget?").wants_amount  # the head of a compound
    assert not analyse("Vad har S för mål för resultatet?").wants_amount  # a goal, not a quantity
    assert not analyse("Vad får kommunen för resultatet av utredningen?").wants_amount  # definite: no split determiner


def test_a_document_kind_asked_about_is_a_concept_of_the_question() -> None:
    from assistant.understand.query import topic_kinds

    asked = analyse("När ska fullmäktige besluta om budgeten för 2025?")
    assert any(g[0] == "budget" for g in asked.groups)
    assert asked.doc_types == ()  # the budget is what is decided on, not where the decision is said
    assert topic_kinds("röstade om Mjölbys budget") == {"budget"}
    source = analyse("Hur mycket får socialnämnden enligt budgeten?")  # the source, not what is asked
    assert not any(g[0] == "budget" for g in source.groups)


def test_english_prepositions_carry_no_concept_and_common_words_are_translated() -> None:
    q = analyse("Which reforms will they pay for through efficiency savings and reallocation later on, in future?")
    flat = {t for g in q.groups for t in g}
    assert not {"through", "lat", "later"} & flat
    assert "omfördelning" in flat and any(t.startswith("framtid") for t in flat)


def test_a_short_word_written_as_an_acronym_is_a_concept() -> None:
    assert ("va",) in analyse("Vem är VA-chef i Norrby?").groups
    assert not any("ge" in g for g in analyse("Hur mycket ska vi ge till skolan?").groups)  # "ge": too short


def test_swedish_words_in_an_english_question_are_the_documents_own_at_full_weight() -> None:
    """"nämnden för arbete, kompetens och välfärd" written into an English question: its words with å, ä or ö are
    Swedish (no English word has them), not untranslated English; its Swedish function words are no concepts."""
    q = analyse("What is the savings requirement for nämnden för arbete, kompetens och välfärd?")
    assert q.language == "en"
    weight = {g[0]: w for g, w in zip(q.groups, q.weights)}
    assert weight["nämnd"] == 1.0 and weight["välfärd"] == 1.0
    assert "för" not in weight and "och" not in weight


def test_english_words_for_the_committees_grants_contacts_and_superlatives_are_translated() -> None:
    assert analyse("by how much are the municipal grants indexed each year?").groups[0][0] == "kommunbidrag"
    assert ("störst",) in analyse("what is the largest cost?").groups
    assert analyse("who is the contact person?").groups == (("kontaktperson",),)


def test_every_swedish_interrogative_asks_and_names_no_concept() -> None:
    assert analyse("varifrån ska kostnaden tas?").groups == (("kostnad",), ("tas",))
    assert all("varav" not in g for g in analyse("varav hur mycket är investeringar?").groups)


def test_a_document_period_dates_the_document_by_its_last_year_too() -> None:
    q = analyse("när antogs mullsjös mål och budget 2025-2027 av fullmäktige?")
    assert set(q.years) - set(q.doc_years) == set()  # no year of the question is a time asked
    asked = analyse("hur ökar kommunbidraget i budget 2021-2023 från 2021 till 2023?")
    assert 2023 not in asked.doc_years  # named again: the period's last year is asked


def test_a_concessive_adverb_names_no_concept() -> None:
    q = analyse("Revisorerna riktade kritik mot nämnden men tillstyrkte ändå ansvarsfrihet")
    assert not any("ändå" in group for group in q.groups)
    assert any("ansvarsfri" in group[0] for group in q.groups)


def test_what_a_role_is_called_asks_who_by_name() -> None:
    from assistant.understand.words import asks_what_called

    q = analyse("Vad heter ekonomichefen som ska ansvara för inköpsöversynen?")
    assert q.wants_person and asks_what_called(q.original)
    assert not analyse("Vad heter den nya förskolan?").wants_person  # a thing's name, no person
    assert not asks_what_called("Vem är ekonomichef?")


def test_overlapping_glossary_phrases_name_one_concept() -> None:
    # "income tax" and "tax rate" overlap in "income tax rate": one concept, "rate" no word of its own
    q = analyse("What is the income tax rate in Sollefteå for 2025?")
    taxed = [g for g in q.groups if "skattesats" in g or "kommunalskat" in g]
    assert len(taxed) == 1 and "kommunalskat" in taxed[0]
    assert not any("andel" in g for g in q.groups)


def test_a_word_inside_a_longer_phrase_is_not_translated_again() -> None:
    q = analyse("What is the tax rate in 2025?")
    assert not any("andel" in g for g in q.groups)


def test_in_swedish_reads_overlapping_phrases_as_one() -> None:
    from assistant.understand.query import in_swedish

    assert in_swedish("What is the income tax rate in 2025?") == "What is the kommunalskatt in 2025?"
    # a phrase of its own outranks the overlapping ones: the municipal tax rate is the rate, "skattesats"
    assert in_swedish("What is the municipal tax rate in 2025?") == "What is the skattesats in 2025?"
    assert in_swedish("How many inhabitants?") == "How many invånare?"


def test_in_swedish_reads_a_glossary_word_inflected() -> None:
    from assistant.understand.query import in_swedish

    assert in_swedish("Who chairs nämnden?") == "vem ordförande nämnden?"
    assert in_swedish("What are the targets?") == "What are the mål?"


def test_in_swedish_says_how_much_and_balance_sheet_terms_as_the_documents_do() -> None:
    from assistant.understand.query import in_swedish

    # "how much" asks a figure as "hur mycket" does; "hur" alone asks nothing
    assert in_swedish("How much does Hällefors invest in 2025?") == "hur mycket does Hällefors investera in 2025?"
    # a hyphenated term is one phrase: "long-term" is not "long" + "term" (the term of office)
    assert in_swedish("How large are the long-term liabilities?") == "How large are the långfristiga skulder?"
    assert in_swedish("How much new borrowing in 2025?") == "hur mycket nyupptagna lån in 2025?"


def test_a_glossary_phrase_translated_to_a_swedish_phrase_asks_what_the_swedish_question_asks() -> None:
    # "second biggest" is "näst största": both words asked, as "vad är kommunens näst största kostnad?" asks them,
    # not either of them ("till största del" says no second biggest cost)
    english = analyse("What is the municipality's second biggest cost?").groups
    swedish = analyse("Vad är kommunens näst största kostnad?").groups
    assert ("näst",) in english and ("störst",) in english
    assert {g[0] for g in english} >= {g[0] for g in swedish if g[0] in ("näst", "störst")}
    # a translation of one concept stays one group: "net result" is "årets resultat"
    assert len([g for g in analyse("What is the net result in 2023?").groups if "result" in g]) == 1


def test_a_month_abbreviated_dates_the_document_it_names() -> None:
    q = analyse("vilka politiker citeras i pressmeddelandet 2023 och i sammanfattningen från nämnden jan 2024?")
    assert q.doc_years == (2023, 2024)
    assert 2024 not in analyse("Vad hände på marknaden 2024?").doc_years  # "mar..." opens no month here


def test_a_word_of_the_time_so_far_weighs_as_a_year_does() -> None:
    from assistant.understand.query import YEAR_WEIGHT, analyse

    q = analyse("Hur mycket har kommunen investerat hittills i år?")
    weights = dict(zip((g[0] for g in q.groups), q.weights))
    assert weights["hittill"] == YEAR_WEIGHT < weights["invester"]  # when the figure is of, not what it is


def test_a_kind_of_document_said_only_as_the_topic_names_no_source() -> None:
    from assistant.understand.query import analyse

    assert analyse("Hur röstade fullmäktige om budgeten 2025–2027?").doc_types == ()  # the minutes hold the vote
    assert analyse("Hur mycket får kommunstyrelsen enligt budgeten 2025?").doc_types == ("budget",)
    assert analyse("Vad står det i budgeten om budgeten för skolan?").doc_types == ("budget",)  # a source too
    assert analyse("Hur mycket ökar ramen enligt nyheten om budgeten?").doc_types == ("budget", "news")
    # what a reservation is against is the matter of the minutes; a figure compared with budget is the report's column
    assert analyse("vilka partier reserverade sig mot budgeten i kommunstyrelsen?").doc_types == ()
    assert analyse("hur stor var nämndens avvikelse mot budget 2024?").doc_types == ()


def test_an_english_phrase_translated_with_a_document_word_asks_the_rest_of_it() -> None:
    """"balanced budget" -> "budget i balans": "budget" names a kind of document, "balans" is asked; a phrase that
    is a document's word only ("the action plan") is no topic."""
    groups = analyse("By when is the committee supposed to have a balanced budget?").groups
    assert ("balan",) in groups and not any("budget" in g for g in groups)
    assert not any("handlingsplan" in g for g in analyse("What does the action plan say about the deficit?").groups)



@pytest.mark.parametrize("question", [
    "Hur många månadsavlönade hade kommunen i slutet av augusti 2024?",
    "hur stor blir låneskulden vid årets slut?",
    "vad beräknas låneskulden bli vid slutet av 2025?",
])
def test_the_end_of_a_year_or_month_says_when_it_is_no_topic(question) -> None:
    """"i slutet av augusti 2024", "vid årets slut": when the figure is of, as a year says, weighed as one."""
    q = analyse(question)
    weights = [w for g, w in zip(q.groups, q.weights) if "slut" in g]
    assert weights and all(w < 1.0 for w in weights)


def test_a_key_figure_noun_asked_by_a_copula_asks_its_value() -> None:
    """"vad blev sjukfrånvaron 2024?" asks a figure as "vad blev resultatet 2024?" does (a measure noun, the head of a
    compound too): the answer must state it for that year, not a sentence on the subject without it."""
    assert analyse("vad blev sjukfrånvaron i kommunen 2024?").wants_amount
    assert analyse("what was the absence in 2024?").wants_amount
    assert not analyse("vad beror sjukfrånvaron på?").wants_amount


def test_a_measure_noun_after_an_attributive_participle_asked_by_a_copula_asks_its_value() -> None:
    """"vad är Säters budgeterade resultat för 2030?": the copula's subject is the noun after the participle (or
    adjective: "det faktiska resultatet"), which names a quantity; a lone adjective names none."""
    assert analyse("vad är säters budgeterade resultat för 2030?").wants_amount
    assert analyse("vad blev det faktiska resultatet 2020?").wants_amount
    assert not analyse("vad är ekonomiska läget?").wants_amount


@pytest.mark.parametrize(("question", "kinds"), [
    ("vem var ordförande på kommunfullmäktige i kristinehamn när budgeten klubbades?", ()),
    ("När antogs Mjölbys budget för 2025?", ("budget",)),
    ("hur stort underskott räknade socialnämnden med för 2024 när budgeten för 2025 togs fram?", ("budget",)),
])
def test_a_document_decided_in_a_clause_telling_when_is_no_source_nor_concept(question: str,
                                                                               kinds: tuple[str, ...]) -> None:
    q = analyse(question)
    assert q.doc_types == kinds
    assert kinds or not any("budget" in g for g in q.groups)


def test_a_text_is_analysed_once_and_its_record_shared(monkeypatch) -> None:
    """One answer analyses the same text several times (the question, its parts, a follow-up's own topic): the
    analysis is a frozen record of the text alone, worked out once."""
    from assistant.understand import query

    seen: list[str] = []
    normalise = query.normalise
    monkeypatch.setattr(query, "normalise", lambda text: seen.append(text) or normalise(text))
    text = "Hur stor är kultur- och fritidsnämndens ram 2031 enligt testet av analysens minne?"
    first = query.analyse(text)
    assert query.analyse(text) is first and seen.count(text) == 1


def test_a_stem_is_split_once(monkeypatch) -> None:
    """split_compound is asked of the same stems again and again (35 377 calls for 2 027 stems over 100 questions):
    the split of a stem is worked out once."""
    from assistant.understand import query

    heads = query._compound_heads
    asked: list[int] = []
    monkeypatch.setattr(query, "_compound_heads", lambda: asked.append(1) or heads())
    first = query.split_compound("provstegsminnesbidrag")
    assert query.split_compound("provstegsminnesbidrag") == first and len(asked) == 1
