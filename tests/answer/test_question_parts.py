"""Compound questions are cut into parts by how their clauses open, not by fixed phrasings."""
from __future__ import annotations

from assistant.understand.query import analyse
from assistant.understand.parts import distribute, share_scope, split_question
from assistant.understand.words import asks_time_by_noun, asks_yes_no, opens_question


def test_a_clause_opening_with_an_interrogative_starts_a_part() -> None:
    parts = split_question("Vad var socialförvaltningens prognos 2020, och vad vill Socialdemokraterna ge "
                           "socialnämnden för personligt ombud?")
    assert parts.questions == ("Vad var socialförvaltningens prognos 2020?",
                               "vad vill Socialdemokraterna ge socialnämnden för personligt ombud?")


def test_prepositions_before_the_interrogative_and_commas_inside_names() -> None:
    parts = split_question("hur stort är sparkravet för nämnden för arbete, kompetens o välfärd, och till vilket år "
                           "ska kostnaderna vara i nivå med liknande kommuner?")
    assert parts.questions == ("hur stort är sparkravet för nämnden för arbete, kompetens o välfärd?",
                               "till vilket år ska kostnaderna vara i nivå med liknande kommuner?")


def test_a_preamble_goes_with_the_first_part_and_yes_no_clauses_are_parts() -> None:
    parts = split_question("Sommarjobbssatsningen: hur mycket pengar blir det totalt, hur många jobb räcker det "
                           "till och är det permanent?")
    assert parts.preamble == "Sommarjobbssatsningen:"
    assert parts.questions == ("hur mycket pengar blir det totalt?", "hur många jobb räcker det till?",
                               "är det permanent?")
    assert parts.standalone()[0] == "Sommarjobbssatsningen: hur mycket pengar blir det totalt?"


def test_parts_without_a_topic_of_their_own_stay_together() -> None:
    for question in ("Vem sa det och när?", "Vilka nämnder får mest, och hur mycket?",
                     "Hur mycket får barn- och ungdomsnämnden 2022 och 2023?",
                     "Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?"):
        assert split_question(question).questions == (question,)
        assert split_question(question).standalone() == [question]


def test_a_clause_asking_by_a_verb_of_its_own_is_a_part() -> None:
    question = "När blir boendet klart, hur många lägenheter får det och vad kostar det totalt?"
    assert split_question(question).standalone() == ["När blir boendet klart?", "hur många lägenheter får det?",
                                                     "vad kostar det totalt?"]
    same = "hur mycket kostar det och hur mycket kostar det per år?"  # one verb: one thing asked two ways
    assert split_question(same).standalone() == [same]


def test_english_parts() -> None:
    parts = split_question("What is the budget for the social committee in 2022, and who chairs it?")
    assert parts.questions == ("What is the budget for the social committee in 2022?", "who chairs it?")


def test_word_classes() -> None:
    assert opens_question("och till vilket år ska de vara klara") and opens_question("är det permanent")
    assert not opens_question("kompetens o välfärd") and not opens_question("och 2023")
    assert asks_yes_no("Och blev det nåt sånt?") and not asks_yes_no("Vad blev det?")
    assert asks_time_by_noun("Till vilket år ska det vara klart?") and asks_time_by_noun("Which year is it?")
    assert not asks_time_by_noun("Vilken nämnd får mest?")


def test_a_time_question_with_an_amount_word_asks_for_a_time() -> None:
    q = analyse("Till vilket år ska kostnaderna vara i nivå med liknande kommuner?")
    assert q.wants_date and not q.wants_amount
    assert analyse("Hur mycket ökar nivån till 2023?").wants_amount
    assert analyse("Vilken nivå har kostnaderna?").wants_amount


def test_figures_asked_for_by_the_noun_are_an_amount() -> None:
    assert analyse("Planen och budgeten anger olika siffror för kommunens hyror. Vad står det i respektive?").wants_amount
    assert analyse("Vilken siffra anger planen för hyrorna?").wants_amount
    assert not analyse("Vad står det i planen om hyrorna?").wants_amount


def test_abbreviations_are_expanded_for_the_analysis_only() -> None:
    from assistant.understand.abbreviations import expand

    assert expand("hur mkt får äldreomsorgen enl S?") == "hur mycket får äldreomsorgen enligt S?"
    assert expand("vem är ordf och vice ordf i KS") == "vem är ordförande och vice ordförande i kommunstyrelsen"
    assert expand("mktg och Ordf.") == "mktg och ordförande."  # whole words only; a full stop stays
    assert expand("andel av skatter o statsbidrag") == "andel av skatter och statsbidrag"  # the informal "o"
    assert expand("O-ringen och IFO-kostnaderna") == "O-ringen och individ- och familjeomsorgen-kostnaderna"


def test_a_period_written_short_is_written_in_full_years() -> None:
    from assistant.understand.abbreviations import expand

    assert expand("vad ville M i sin budget 22-24, och varför?") == "vad ville M i sin budget 2022-2024, och varför?"
    assert expand("enligt planen 2023-25.") == "enligt planen 2023-2025."
    # two numbers alone, a decimal or a long span are no period
    for text in ("sidan 21-23", "budget 21-23,5 mnkr", "mellan 21-23 %", "budget 2020-45"):
        assert expand(text) == text


def test_a_preamble_names_the_topic_of_every_part() -> None:
    parts = split_question("Parkfonden i planen – hur mycket avsätts varje år och var ska pengarna komma ifrån?")
    assert parts.standalone() == ["Parkfonden i planen – hur mycket avsätts varje år?",
                                  "Parkfonden i planen – var ska pengarna komma ifrån?"]


def test_a_stated_preamble_does_not_go_with_a_part_naming_a_committee_of_its_own() -> None:
    parts = split_question("Anna Berg var ordförande i KS 2022. Vilket parti tillhör hon, och hur mycket ville hennes "
                           "parti ge kulturnämnden för att öppna biblioteket?")
    assert parts.standalone() == [
        "Anna Berg var ordförande i KS 2022. Vilket parti tillhör hon?",
        "hur mycket ville hennes parti ge kulturnämnden för att öppna biblioteket?"]
    # a preamble without a verb names what every part asks about, whatever committee a part names
    parts = split_question("Parkfonden i planen – hur mycket avsätts varje år och vad får tekniska nämnden?")
    assert all(p.startswith("Parkfonden i planen –") for p in parts.standalone())


def test_a_part_without_a_topic_of_its_own_is_a_part_when_the_preamble_gives_one() -> None:
    parts = split_question("parkbuffertarna – hur mycket blir det sammanlagt och senast när ska de vara klara?")
    assert parts.questions == ("hur mycket blir det sammanlagt?", "senast när ska de vara klara?")
    assert len(split_question("hur stort är sparkravet och när?").questions) == 1  # no preamble: one part


def test_a_list_of_phrases_opened_by_one_preposition_becomes_one_question_each() -> None:
    from assistant.understand.parts import distribute

    assert distribute("Vilka mål har M för skatten, för soliditeten och för låneskulden?") == [
        "Vilka mål har M för skatten?", "Vilka mål har M för soliditeten?", "Vilka mål har M för låneskulden?"]
    assert distribute("hur mycket får de för 2021, för 2022 och för 2023?") == [
        "hur mycket får de för 2021, för 2022 och för 2023?"]  # years: one question over the years


def test_two_asked_things_of_one_kind_become_one_question_each() -> None:
    from assistant.understand.parts import distribute

    assert distribute("vem är ordförande och vice ordförande i kulturnämnden?") == [
        "vem är ordförande i kulturnämnden?", "vem är vice ordförande i kulturnämnden?"]
    assert distribute("tekniska nämnden 2022: kommunbidrag och investeringar?") == [
        "tekniska nämnden 2022: kommunbidrag?", "tekniska nämnden 2022: investeringar?"]
    # two words of one name, or two topics, stay one question
    assert distribute("hur mycket får kultur och utbildning 2022?") == ["hur mycket får kultur och utbildning 2022?"]
    assert distribute("Vad säger planen om skola och omsorg?") == ["Vad säger planen om skola och omsorg?"]


def test_a_later_part_without_its_noun_takes_the_first_parts_noun() -> None:
    parts = split_question("Vilken nämnd hade störst underskott och vilken hade störst överskott?").standalone()
    assert parts == ["Vilken nämnd hade störst underskott?", "vilken nämnd hade störst överskott?"]
    own = split_question("Vilken nämnd får mest och vilken verksamhet minskar?").standalone()
    assert own[1] == "vilken verksamhet minskar?"  # a noun of its own is kept


def test_later_parts_share_the_first_parts_place() -> None:
    places = ("Lerum", "Tranemo", "Vårgårda")
    parts = ["Vad budgeteras årets resultat till 2025 i Vårgårda?", "vilken skattesats gäller?"]
    assert share_scope(parts, places)[1] == "vilken skattesats gäller i Vårgårda?"  # the year stays with its part
    own = ["Hur mycket får kommunstyrelsen i Lerum 2025?", "hur mycket får den i Tranemo 2024?"]
    assert share_scope(own, places) == own
    two = ["Hur mycket får Lerum och Tranemo 2025?", "vilken skattesats gäller?"]
    assert share_scope(two, places) == [two[0], "vilken skattesats gäller 2025?"]  # no one place; the year shared


def test_an_english_part_shares_the_place_in_english_and_keeps_a_year_said_relative() -> None:
    parts = ["how many people lived in Ljusnarsberg at the end of 2023?", "how big was the drop from the year before?"]
    assert share_scope(parts, ("Ljusnarsberg", "Lerum")) == [
        parts[0], "how big was the drop from the year before in Ljusnarsberg?"]
    previous = ["What is the result in Lerum in 2025?", "and what was it the previous year?"]
    assert share_scope(previous, ("Lerum",))[1] == "and what was it the previous year in Lerum?"


def test_a_part_without_its_noun_asks_within_the_first_parts_years() -> None:
    parts = split_question("Vilken nämnd hade störst underskott 2023 och vilken hade störst överskott?").standalone()
    assert parts[1] == "vilken nämnd hade störst överskott 2023?"
    own = split_question("Vilket uppdrag från 2023 ligger bakom planen, och hur stor utdelning föreslår den?")
    assert own.standalone()[1] == "hur stor utdelning föreslår den?"


def test_municipal_abbreviations_and_their_genitives_are_written_out() -> None:
    from assistant.understand.abbreviations import expand

    assert expand("vad fick KS 2023 och vad säger KF?") == "vad fick kommunstyrelsen 2023 och vad säger kommunfullmäktige?"
    assert expand("IFO:s kostnader på avd unga") == "individ- och familjeomsorgens kostnader på avdelning unga"
    assert expand("kakaoks") == "kakaoks"  # inside a word: left alone


def test_a_question_asking_the_same_of_two_things_is_asked_of_each() -> None:
    from assistant.understand.parts import distribute

    assert distribute("Vad är skattesatsen 2025 i Tingsryd respektive Ockelbo?") == [
        "Vad är skattesatsen 2025 i Tingsryd?", "Vad är skattesatsen 2025 i Ockelbo?"]
    assert distribute("vad fick nämnden i grundförslaget, dels för äldreomsorgen och dels för ett nytt boende?") == [
        "vad fick nämnden i grundförslaget, för äldreomsorgen?", "vad fick nämnden i grundförslaget, för ett nytt boende?"]
    # the phrases joined by a comma alone, said after the question's end
    assert distribute("Vad fick nämnden i grundförslaget? dels för skolan, dels för ett nytt boende") == [
        "Vad fick nämnden i grundförslaget för skolan?", "Vad fick nämnden i grundförslaget för ett nytt boende?"]
    assert distribute("Vilka mål har S för årets resultat och för kommunens låneskuld?") == [
        "Vilka mål har S för årets resultat?", "Vilka mål har S för kommunens låneskuld?"]
    assert distribute("vem har hand om lokalerna enligt S-budgeten respektive KS-uppdragen?") == [
        "vem har hand om lokalerna enligt S-budgeten?", "vem har hand om lokalerna enligt KS-uppdragen?"]
    assert distribute("hur mycket får nämnden för äldreomsorgen respektive för att öppna ett nytt boende?") == [
        "hur mycket får nämnden för äldreomsorgen?", "hur mycket får nämnden för att öppna ett nytt boende?"]


def test_a_distributive_before_a_preposition_joins_two_phrases_not_two_words() -> None:
    from assistant.understand.parts import _coordinated

    assert _coordinated("hur mycket får nämnden för skolan respektive för vården?") is None


def test_the_period_of_an_abbreviation_inside_a_sentence_goes_with_it() -> None:
    from assistant.understand.abbreviations import expand

    assert expand("för skolan resp. för vården?") == "för skolan respektive för vården?"
    assert expand("Vem är ordf. Kalle?").startswith("Vem är ordförande. Kalle")  # a sentence ends there


def test_a_word_that_only_looks_distributive_keeps_the_question_whole() -> None:
    from assistant.understand.parts import distribute

    for question in ("Vad står det i respektive dokument?", "Hur mycket får kultur och utbildning?",
                     "Hur mycket ökar bidraget från 2021 och från 2022?"):
        assert distribute(question) == [question]


def test_a_bare_interrogative_noun_phrase_asks_with_the_next_parts_predicate() -> None:
    parts = split_question("Vilken skattesats och vilket budgeterat resultat har Ockelbo för 2025?").standalone()
    assert parts == ["Vilken skattesats har Ockelbo för 2025?", "vilket budgeterat resultat har Ockelbo för 2025?"]
    own = split_question("Aktieägartillskottet: vilket bolag gäller det, varför, och när ska det beslutas?")
    assert own.standalone()[0] == "Aktieägartillskottet: vilket bolag gäller det?"  # a verb of its own


def test_two_things_set_against_each_other_are_asked_one_at_a_time() -> None:
    from assistant.understand.parts import compared

    assert compared("hur stort var parkens underskott 2019 jämfört med skolans sparkrav 2024?") == [
        "hur stort var parkens underskott 2019?", "hur stort var skolans sparkrav 2024?"]
    assert compared("Jämför parkens underskott med skolans sparkrav – vilket är störst?") == [
        "Hur stort är parkens underskott?", "Hur stort är skolans sparkrav?"]
    assert compared("Hur mycket får socialnämnden 2023 jämfört med 2021?") == []  # one thing, two years
    assert compared("Hur stort är sparkravet?") == []


def test_a_comparative_asked_of_two_things_asks_each_ones_size_plainly() -> None:
    from assistant.understand.parts import compared

    assert compared("Hur många gånger större är parkens sparkrav 2024 jämfört med skolans underskott 2020?") == [
        "Hur stort är parkens sparkrav 2024?", "Hur stort är skolans underskott 2020?"]
    assert compared("How much bigger is the park's deficit compared to the school's savings target?", "en") == [
        "How large is the park's deficit?", "How large is the school's savings target?"]


def test_a_comparative_said_against_another_thing_after_than_asks_each_ones_size() -> None:
    from assistant.understand.parts import compared

    assert compared("hur mycket större är parkens sparkrav 2024 än skolans underskott 2020?") == [
        "Hur stort är parkens sparkrav 2024?", "Hur stort är skolans underskott 2020?"]
    assert compared("How much larger is the park's deficit than the school's savings target?", "en") == [
        "How large is the park's deficit?", "How large is the school's savings target?"]
    assert compared("hur mycket större är kommunbidraget 2023 än 2021?") == []  # one thing, two years
    assert compared("hur mycket mer får socialnämnden än skolnämnden?") == []  # a verb's rows: the calculator's
    assert compared("hur mycket större är sparkravet än 3 miljoner?") == []  # a figure of its own


def test_a_thing_set_against_a_question_of_its_own_keeps_the_statement_naming_the_first() -> None:
    from assistant.understand.parts import compared

    # "det" is what the statement before the question names; the second thing is asked as its own clause asks it
    assert compared("V ville bygga om parken – hur mycket pengar la de på det, jämfört med hur stort sparpaketet "
                    "var som skolnämnden beslutade i maj 2020?") == [
        "V ville bygga om parken – hur mycket pengar la de på det?",
        "hur stort sparpaketet var som skolnämnden beslutade i maj 2020?"]


def test_a_yes_no_clause_opened_by_a_verb_of_position_is_a_part() -> None:
    parts = split_question("Anna Berg, vilket parti är hon och sitter hennes parti i kommunstyrelsen?")
    assert len(parts.questions) == 2 and parts.questions[1].lower().startswith("sitter")
    assert asks_yes_no("satt partiet i opposition 2020?") and asks_yes_no("står det något om skolan?")


def test_a_document_is_named_as_a_source_only_after_a_preposition_of_source() -> None:
    from assistant.understand.query import names_source

    assert names_source("Vilka politiker nämns i pressmeddelandet från 2023 och i nämndsammanfattningen från 2024?")
    assert names_source("vad ska lokalplaneringen bli enligt S-budgeten?")
    assert names_source("vad står i handlingsplanen om lokaler?")
    assert names_source("vad sa partiet i sin budget?")
    assert not names_source("Hur röstade fullmäktige om budgeten 2025?")  # the budget is what is asked about
    assert not names_source("vad gäller i skolan?")
    assert not names_source("What do the press release and the action plan say?")  # their subject, no source
    # the preposition's phrase ends at a verb: the place ("i dorotea"), then the budget as what was dealt with
    assert not names_source("vilka reserverade sig när ks i dorotea behandlade budgeten?")


def test_a_part_asking_a_computed_figure_is_a_question_of_its_own_leaning_on_the_first() -> None:
    from assistant.understand.followup import is_followup

    parts = split_question("vilket år är investeringarna störst och vad är snittet per år över hela perioden?")
    assert parts.questions == ("vilket år är investeringarna störst?", "vad är snittet per år över hela perioden?")
    assert is_followup(parts.questions[1], parts.questions[:1])  # the mean of what the first part is about
    assert split_question("Vilka nämnder får mest, och hur mycket?").questions == (
        "Vilka nämnder får mest, och hur mycket?",)  # no figure of its own to compute: one question


def test_a_later_part_naming_its_body_by_the_bare_noun_means_the_body_the_first_part_names() -> None:
    parts = split_question("Hur mycket får vård- och omsorgsnämnden för LSS-boendet, och vad är nämndens totala "
                           "kommunbidrag 2021?")
    assert parts.standalone()[1] == "vad är vård- och omsorgsnämndens totala kommunbidrag 2021?"
    parts = split_question("Hur stort var socialnämndens underskott, och vad gjorde nämnden?")
    assert parts.standalone()[1] == "vad gjorde socialnämnden?"
    # two bodies of that noun in the first part, or none: the bare noun stays as said
    parts = split_question("Hur mycket får socialnämnden och kulturnämnden 2022, och vad får nämnden 2023?")
    assert parts.standalone()[-1] == "vad får nämnden 2023?"
    parts = split_question("Vad beslutade kommunstyrelsen om bidraget, och vad sa förvaltningen?")
    assert parts.standalone()[1] == "vad sa förvaltningen?"


def test_three_things_listed_after_one_preposition_are_asked_one_at_a_time() -> None:
    assert distribute("Vad säger budgetens mål om årets resultat, det strukturella resultatet och den externa "
                      "låneskulden?") == ["Vad säger budgetens mål om årets resultat?",
                                          "Vad säger budgetens mål om det strukturella resultatet?",
                                          "Vad säger budgetens mål om den externa låneskulden?"]
    assert distribute("Vad säger budgeten om resultatet, soliditeten och låneskulden?")[1] == \
        "Vad säger budgeten om soliditeten?"
    # bare words in a row are one name; a sum or comparison over the things is one figure; years are the calculator's
    for whole in ("Hur stort är sparkravet för nämnden för arbete, kompetens och välfärd?",
                  "Vad säger planen om skola, vård och omsorg?",
                  "Hur mycket får kommunen sammanlagt för kommunstyrelsen, socialnämnden och tekniska nämnden?",
                  "Vad får socialnämnden i 2021, 2022 och 2023?",
                  "By what year does the committee for work, competence and welfare want its costs on par?"):
        assert distribute(whole) == [whole]


def test_whether_two_share_an_attribute_asks_the_attribute_of_each() -> None:
    from assistant.understand.parts import distribute

    assert distribute("Tillhör parkens ordförande 2023 och ordföranden i nämnden för kultur, fritid och idrott 2024 "
                      "samma parti?") == ["Vilket parti tillhör parkens ordförande 2023?",
                                          "Vilket parti tillhör ordföranden i nämnden för kultur, fritid och idrott "
                                          "2024?"]
    assert distribute("Är Anna Berg och Per Holm i samma parti?") == ["Vilket parti är Anna Berg i?",
                                                                      "Vilket parti är Per Holm i?"]
    assert distribute("Får socialnämnden samma kommunbidrag 2023?") == ["Får socialnämnden samma kommunbidrag 2023?"]
    assert distribute("Är budgeten och bokslutet samma sak?") == ["Är budgeten och bokslutet samma sak?"]


def test_a_document_named_by_its_file_is_a_source_and_no_topic() -> None:
    from assistant.understand.query import _context_stems, doc_words, file_words, names_source, stems

    assert names_source("Kommunstyrelsens budget 2025 enligt excelfilen?")
    assert names_source("vad står i pdf-filen om skolan?")
    assert not names_source("Hur många körde i vänster fil?")  # a bare noun for a file names no document
    assert "excelfilen" in doc_words()["documents"] and "fil" not in doc_words()["documents"]
    assert set(stems("excelfilen")) <= _context_stems()
    assert file_words({"formats": ["pdf"], "nouns": ["filen"]}) == ["pdf", "pdffilen", "pdf-filen", "pdf filen"]


def test_a_part_naming_another_kind_of_table_is_a_question_of_its_own() -> None:
    # a kind of table ("investeringsbudgeten", "driftbudgeten") is a document's word, no concept, yet it says what
    # the part asks about: another table than the first part's
    parts = split_question("Vad får kultur- och utbildningsnämnden i kommunbidrag 2022, och vad har den i "
                           "investeringsbudgeten det året?")
    assert parts.questions == ("Vad får kultur- och utbildningsnämnden i kommunbidrag 2022?",
                               "vad har den i investeringsbudgeten det året?")
    assert split_question("Vem sa det och när?").questions == ("Vem sa det och när?",)


def test_when_asks_a_time_only_as_the_interrogative_heading_its_clause() -> None:
    assert analyse("När ska budgeten vara i balans?").wants_date
    assert analyse("Vem är ansvarig för det och när ska det beslutas?").wants_date
    assert analyse("hur stor ska bufferten vara o när ska den va klar").wants_date  # "o": "och"
    assert analyse("genomlysningarna – från när ska de göras?").wants_date
    assert analyse("Vem ansvarar, och senast när?").wants_date
    # "när" joining a clause inside the question asks no time: a yes/no question, a person, an amount
    assert not analyse("Satt S i opposition när de skrev budgeten 2021-2023?").wants_date
    assert not analyse("Vem var socialchef när de körde omställningspaketet 2020?").wants_date
    assert not analyse("Hur mycket ska nämnderna ha som buffert när mandatperioden är slut?").wants_date
    assert not analyse("Was the party in opposition when it wrote the budget?").wants_date
    assert analyse("When was the budget adopted?").wants_date
    assert analyse("Vilket datum beslutade nämnden om paketet när den sammanträdde?").wants_date


def test_later_parts_are_asked_within_the_year_closing_the_first() -> None:
    from assistant.understand.parts import share_year

    assert share_year(["vad är skattesatsen i Vaxholm 2025?", "hur stort blir resultatet?"]) == [
        "vad är skattesatsen i Vaxholm 2025?", "hur stort blir resultatet 2025?"]
    own = ["Hur mycket får kommunstyrelsen 2025?", "när beslutades det?"]
    assert share_year(own) == own  # a time asked of its own
    span = ["Vilket uppdrag från 2023 ligger bakom planen?", "hur stor utdelning föreslår den?"]
    assert share_year(span) == span  # a year a noun starts at stays with its part
    assert share_year(["Hur stort är resultatet 2025?", "och 2026?"]) == ["Hur stort är resultatet 2025?", "och 2026?"]
    # a year over New Year closing the first part is the time of the others: the year it starts in, as its column's
    assert share_year(["hur många elever gick i grundskolan läsåret 2024/25?", "vad kostade en elev?"])[1] == \
        "vad kostade en elev 2024?"
    # "då" points back at the first part's time itself
    then = ["hur många bodde i kommunen vid årsskiftet 2023/24?", "hur många anställda hade kommunen då?"]
    assert share_year(then) == then
    # the year of a document asked about ("om budgeten 2026") names that document, not the time of the other parts
    voted = ["Hur röstade fullmäktige om budgeten 2026?", "vilken borgensram fick bostadsbolaget?"]
    assert share_year(voted) == voted


def test_two_things_set_against_each_other_before_the_question_of_their_difference_are_each_asked() -> None:
    from assistant.understand.parts import compared

    # "A jämfört med B – hur stor är skillnaden?": the comparison stated first, then asked
    assert compared("Parkens underskott 2025 jämfört med skolans utfall 2023 – hur stor är skillnaden?") == [
        "Hur stort är Parkens underskott 2025?", "Hur stort är skolans utfall 2023?"]
    assert compared("parkens resultat 2025 jämfört med prognosen för 2024, hur stor skillnad?") == [
        "Hur stort är parkens resultat 2025?", "Hur stort är parkens resultat 2024 prognosen?"]
    assert compared("Socialnämnden 2023 jämfört med 2021 – hur stor är skillnaden?") == []  # one thing, two years
    assert compared("Parkens underskott jämfört med skolans – vad säger S?") == []  # asks no difference


def test_one_thing_asked_in_relation_to_another_is_asked_one_at_a_time() -> None:
    from assistant.understand.parts import compared

    assert compared("hur stort var parkens underskott 2019 i förhållande till skolans bidrag 2021?") == [
        "hur stort var parkens underskott 2019?", "hur stort var skolans bidrag 2021?"]
    # a relation without a year of each thing's own is a measure the documents may state ("minst 4 procent av ...")
    assert compared("hur stort ska årets resultat vara i förhållande till skatteintäkterna?") == []


def test_a_part_asking_the_first_parts_figure_per_something_is_a_part_of_its_own() -> None:
    assert split_question("Vad är budgeten 2025 för barn- och utbildningsnämnden i Mullsjö, och hur mycket är det "
                          "per invånare?").standalone() == [
        "Vad är budgeten 2025 för barn- och utbildningsnämnden i Mullsjö?", "hur mycket är det per invånare?"]
    assert split_question("Hur mycket kostar äldreomsorgen per invånare 2025?").questions == (
        "Hur mycket kostar äldreomsorgen per invånare 2025?",)


def test_a_part_asking_the_first_of_another_year_is_that_question_of_its_year() -> None:
    from assistant.understand.parts import split_question

    assert split_question("Vad är Åtvidabergs skattesats 2025, och vad var den 2024?").standalone() == [
        "Vad är Åtvidabergs skattesats 2025?", "Vad är Åtvidabergs skattesats 2024?"]
    assert split_question("What is the municipal tax rate for 2025, and what was it in 2024?").standalone() == [
        "What is the municipal tax rate for 2025?", "What is the municipal tax rate for 2024?"]
    assert split_question("Vad är resultatet 2025 och 2026?").standalone() == ["Vad är resultatet 2025 och 2026?"]


def test_a_statement_in_a_strong_verbs_past_is_no_topic_of_a_part_with_its_own() -> None:
    # "drog in" (dra, drog) states what happened: the part asking for the package is not about the ombud
    parts = split_question("Socialnämnden drog in personligt ombud i sina besparingar – hur stort var "
                           "omställningspaketet i maj 2020 och hur mycket vill S lägga på att återinsätta personligt "
                           "ombud?").standalone()
    assert parts[0] == "hur stort var omställningspaketet i maj 2020?"


def test_one_things_two_figures_are_split_when_leaning_the_later_on_the_first() -> None:
    from assistant.understand.parts import compared

    question = "Hur mycket större är Orsa socialnämnds ram för 2027 jämfört med budgeten för 2026?"
    assert compared(question) == []  # the calculator's change of one thing
    assert compared(question, leaning=True) == ["Hur stort är Orsa socialnämnds ram för 2027?",
                                                "Hur stort är Orsa socialnämnds ram 2026 enligt budgeten?"]
    assert compared("Hur mycket får socialnämnden 2023 jämfört med 2021?", leaning=True) == []  # a year alone
