"""assistant.evidence.sentences: sentence splitting and scoring, split out of assistant.retrieval.retrieve (whose API re-exports
Sentence, NAME and amounts_in)."""
from __future__ import annotations

from assistant.retrieval import retrieve
from assistant.evidence import sentences
from assistant.understand.query import analyse
from core.types import Chunk, Hit


def chunk(text: str) -> Chunk:
    return Chunk(id="d#0", doc_path="d.txt", text=text, start=0, end=len(text), title="Budget", doc_type="budget",
                 date="2021-01-01")


def test_retrieve_keeps_its_public_api() -> None:
    for name in ("Retriever", "Filters", "FusionWeights", "Sentence", "NAME", "amounts_in"):
        assert hasattr(retrieve, name), name
    assert retrieve.Sentence is sentences.Sentence and retrieve.amounts_in is sentences.amounts_in


def test_sentences_are_split_and_ranked_by_what_was_asked() -> None:
    text = ("Kommunen har en lång historia. Socialnämnden tilldelas 5 mnkr för ett nytt boende. "
            "Socialnämnden ska arbeta vidare.")
    c = chunk(text)
    spans = sentences.split_sentences(c)
    assert [text[s:e] for s, e in spans][1] == "Socialnämnden tilldelas 5 mnkr för ett nytt boende."
    stats = sentences.TermStats({c.id: c})
    q = analyse("Hur mycket får socialnämnden för ett nytt boende?")
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    assert ranked[0].text.startswith("Socialnämnden tilldelas 5 mnkr")
    assert sentences.amounts_in("Det kostar 2,5 mnkr år 2021 och 3 elever", money=True) == ["2,5"]


def test_why_questions_prefer_a_sentence_that_gives_a_reason() -> None:
    text = "Bolagen har god ekonomi. Bolagen har stark soliditet och därför föreslås en utdelning."
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("Varför klarar bolagen en utdelning?")
    assert q.wants_reason
    bonus = sentences.intent_bonus(q, "Bolagen har stark soliditet och därför föreslås en utdelning.")
    assert bonus > sentences.intent_bonus(q, "Bolagen har stark soliditet och föreslås en utdelning.")


def test_amounts_in_words_count_as_amounts() -> None:
    said = "Förvaltningarna gör inköp på cirka en halv miljard kronor per år och minst en procent sparas."
    assert sentences.amounts_in(said, money=True) == ["en halv"]
    assert sentences.amounts_in(said, count=True) == []
    # a question asking a share is answered by a percentage written in words; one asking kronor is not
    assert sentences.amounts_in(said, money=True, share=True) == ["en halv", "en"]
    assert sentences.amounts_in(said, money=True, kronor=True, share=True) == ["en halv"]


def test_a_share_question_counts_a_percentage_in_words_as_its_amount() -> None:
    from assistant.understand.query import analyse

    q = analyse("hur stor andel av kommunbidraget ska bufferten vara?")
    assert sentences.asked_amounts(q, "Nämnderna ska budgetera minst en procent av kommunbidraget.") == ["en"]
    assert sentences.asked_amounts(analyse("hur mycket ska bufferten vara?"),
                                   "Nämnderna ska budgetera minst en procent av kommunbidraget.") == []


def test_an_amount_must_be_about_the_most_specific_concept_asked() -> None:
    from assistant.compose.answer import judge_evidence

    filler = " ".join(f"Kommunens verksamheter beskrivs i avsnitt {i} med mål och uppföljning." for i in range(8))
    text = ("En översyn av köksorganisationen i kommunen ska göras. " + filler +
            " Kommunens förvaltningar gör inköp på cirka en halv miljard kronor per år, så där finns pengar att spara.")
    other = "Kommunen ska spara på lokaler. Kommunens lokaler kostar mycket. Handlingsplanen gäller hela kommunen."
    c, d = chunk(text), Chunk(id="e#0", doc_path="e.txt", text=other, start=0, end=len(other), title="Plan",
                              doc_type="plan", date="2023-01-01")
    stats = sentences.TermStats({c.id: c, d.id: d})
    q = analyse("Hur mycket sparar kommunen på köksorganisationen?")
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    specific = stats.specific_concept(q, ranked)
    assert specific is not None and specific[0].startswith("köksorganisation")
    far = [s for s in ranked if "inköp" in s.text]
    assert far and not stats.says(specific, far[0].text)
    about = lambda s: stats.says(specific, s.text)  # noqa: E731
    # the amount sentence is further than a neighbour from the sentence about the kitchens: no amount for it
    assert judge_evidence(q, ranked, threshold=0.1, about=about).reason == "no_amount"
    assert judge_evidence(q, ranked, threshold=0.1).answerable  # without the rule it would be the answer


def test_a_preposition_of_inclusion_is_no_concept_an_amount_is_about() -> None:
    """"den totala skattesatsen inklusive regionskatt": the amount is about the tax rate, not about "inklusive", which a
    sentence on a school's budget "inklusive inventarier" says too."""
    rate = "Tillsammans med regionens skattesats på 10,88 kronor blir den totala skattesatsen 33,82 kronor för 2027."
    school = "Förskolan Kvarnbacken: total projektbudget 33,5 mnkr inklusive inventarier."
    c = Chunk(id="g#0", doc_path="g.html", text=rate, start=0, end=len(rate), title="Skatt", doc_type="other",
              date="2026-11-27")
    d = Chunk(id="g#1", doc_path="h.html", text=school, start=0, end=len(school), title="Förskola",
              doc_type="other", date="2026-11-27")
    stats = sentences.TermStats({c.id: c, d.id: d})
    q = analyse("Vad blir den totala skattesatsen inklusive regionskatt 2027?")
    assert all(not g[0].startswith("inklusiv") for g in stats.subject_concepts(q))
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0), Hit(chunk=d, score=1.0)], stats,
                                       lambda doc: rate if doc == "g.html" else school)
    specific = stats.specific_concept(q, ranked)
    assert specific is not None and stats.says(specific, rate)


def test_a_section_heading_names_the_specific_concept_for_its_sentences() -> None:
    # "Förslagsvis avsätts ungefär 5 miljoner kronor årligen till detta" names the fund only by its section's heading
    fund = ("## Omstrukturerings-/omställningsfond\n\nSyftet är att accelerera omställningar. "
            "Förslagsvis avsätts ungefär 5 miljoner kronor årligen till detta och finansieras av finansnettot.")
    purchases = "Kommunens förvaltningar gör inköp på cirka en halv miljard kronor per år, pengar att spara."
    c = Chunk(id="f#0", doc_path="f.md", text=fund, start=0, end=len(fund), title="Handlingsplan",
              doc_type="plan", date="2023-01-01", section="Omstrukturerings-/omställningsfond")
    d = Chunk(id="f#1", doc_path="f.md", text=purchases, start=len(fund), end=len(fund) + len(purchases),
              title="Handlingsplan", doc_type="plan", date="2023-01-01", section="Översyn av inköpsorganisation")
    stats = sentences.TermStats({c.id: c, d.id: d})
    q = analyse("omställningsfonden i handlingsplanen, hur mycket pengar per år handlar det om")
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0), Hit(chunk=d, score=1.0)], stats,
                                       lambda doc: fund + purchases)
    ranked = [s for s in ranked if "kronor" in s.text]  # the sentences stating amounts, not the heading's line
    headed = stats.specific_concept(q, ranked, headed=True)
    assert headed is not None and headed[0].startswith("omställningsfond")
    assert stats.specific_concept(q, ranked) != headed  # by the sentences' own words another concept


def test_documents_that_state_different_figures_each_get_theirs() -> None:
    from assistant.compose.answer import ExtractiveComposer
    from core.types import Citation

    q = analyse("Hur stor är kommunens årliga inköpsvolym enligt budgeten och handlingsplanen?")
    evidence = [Citation(n=1, doc="a.txt", title="Budget 2021", quote="Kommunen köper in för över en miljard kronor.",
                         chunk_id="a#0"),
                Citation(n=2, doc="b.md", title="Ekonomisk handlingsplan: välfärden", chunk_id="b#0",
                         quote="Förvaltningarna gör inköp på cirka en halv miljard kronor per år.")]
    text = ExtractiveComposer().compose(q, evidence).text
    assert text.startswith("Budget 2021: en miljard kronor (1 mdkr) [1]; Ekonomisk handlingsplan: en halv miljard "
                           "kronor (0,5 mdkr) [2].")
    same = [evidence[0], Citation(n=2, doc="b.md", title="Plan", quote="Över en miljard kronor köps in.",
                                  chunk_id="b#1")]
    assert "anger en miljard kronor (1 mdkr): ”" in ExtractiveComposer().compose(q, same).text


def test_a_money_question_naming_two_sources_gets_each_documents_sum_though_it_asks_what_they_say() -> None:
    from assistant.compose.answer import ExtractiveComposer
    from core.types import Citation

    evidence = [Citation(n=1, doc="a.txt", title="Budget 2021", quote="Kommunen köper in för över en miljard kronor.",
                         chunk_id="a#0"),
                Citation(n=2, doc="b.md", title="Ekonomisk handlingsplan: välfärden", chunk_id="b#0",
                         quote="Förvaltningarna gör inköp på cirka en halv miljard kronor per år.")]
    q = analyse("Budgeten och handlingsplanen anger olika inköpsvolymer i kronor. Vad står i respektive dokument?")
    assert q.wants_money and not q.wants_amount
    assert ExtractiveComposer().compose(q, evidence).text.startswith(
        "Budget 2021: en miljard kronor (1 mdkr) [1]; Ekonomisk handlingsplan: en halv miljard kronor (0,5 mdkr) [2].")
    one_source = analyse("Vad står om inköpsvolymen i kronor?")  # no two sources named: the quotes alone
    assert not ExtractiveComposer().compose(one_source, evidence).text.startswith("Budget 2021:")


def test_a_who_question_is_answered_by_the_sentence_naming_the_role_not_the_one_naming_the_topic() -> None:
    from assistant.compose.answer import select_evidence

    text = ("## Översyn av parkerna\n\nParkerna ska ses över årligen från och med 2025. Förvaltningen ser gärna "
            "samverkan med grannkommuner.\n\n**Ansvar:** Ekonomichef.\n\n**Tidplan:** Under 2025.")
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("Vem ansvarar för översynen av parkerna?")
    assert q.wants_person
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    chosen = select_evidence(q, ranked, threshold=0.3)
    assert "Ekonomichef" in chosen[0].text


def test_a_when_question_is_answered_by_a_sentence_that_says_when() -> None:
    from assistant.compose.answer import select_evidence

    text = ("Parkerna i kommunen ska ses över av förvaltningen. Översynen av parkerna görs årligen "
            "från och med 2025.")
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("När ska parkerna i kommunen ses över?")
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    assert "2025" in select_evidence(q, ranked, threshold=0.3)[0].text


def test_a_verb_and_its_noun_count_as_one_concept_although_the_stemmer_cuts_them_differently() -> None:
    c = chunk("Ansvar: ekonomichefen.")
    stats = sentences.TermStats({c.id: c})
    assert sentences.stems("ansvarar") != sentences.stems("ansvar")
    assert stats.present(sentences.stems("ansvarar")[0], sentences.text_stems("Ansvar: ekonomichefen."))


def test_headings_and_header_rows_are_not_statements_an_answer_can_rest_on() -> None:
    assert not sentences.is_statement("Kontaktpersoner")
    assert not sentences.is_statement("mnkr\tBudget 2021\tPlan 2022\tPlan 2023")
    assert sentences.is_statement("Årets resultat\t105 181\t107 860")
    assert sentences.is_statement("Förstärkningen är tillfällig.")
    assert sentences.is_statement("**Ansvar:** Ekonomichef.")


def test_a_header_row_is_not_quoted_when_a_row_with_values_answers() -> None:
    from assistant.compose.answer import select_evidence

    text = "Resultatbudget\n\nmnkr\tBudget 2021\tPlan 2022\nÅrets resultat\t105 181\t107 860\n"
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("årets resultat 2021 och 2022?")
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    assert [s.text for s in select_evidence(q, ranked, threshold=0.3)] == ["Årets resultat\t105 181\t107 860"]


def test_the_best_ranked_sentence_may_hold_the_asked_time_though_it_covers_less() -> None:
    from assistant.compose.answer import select_evidence

    a = ("Nämnden fattade på sitt sammanträde den 14 maj beslut om ett nytt sparpaket.")
    b = "Beslut togs att förvaltningen ska återkomma med underlag om paketet."
    c = chunk(a)
    d = Chunk(id="e#0", doc_path="e.txt", text=b, start=0, end=len(b), title="Protokoll", doc_type="protokoll",
              date="2024-01-01")  # another document: the time sentence is no neighbour of the covering one
    q = analyse("När tog nämnden beslut om det nya sparpaketet?")
    ranked = [sentences.Sentence(c, 0, len(a), a, score=0.9, coverage=0.45, chunk_score=1.0, similarity=0.9),
              sentences.Sentence(d, 0, len(b), b, score=0.7, coverage=0.65, chunk_score=1.0, similarity=0.8)]
    assert select_evidence(q, ranked, threshold=0.6)[0].text == a


def test_the_time_of_an_event_is_told_by_its_most_precise_date() -> None:
    from assistant.compose.answer import select_evidence

    news = "Kommunfullmäktige antog i går, måndagen den 18 november, budgeten för 2025."
    late = "Kommunfullmäktige antog på tisdagskvällen budgeten för 2025 med plan för 2026–2027."
    record = "Antagen av kommunfullmäktige den 18 november 2024, § 87"
    q = analyse("När antog kommunfullmäktige budgeten för 2025?")
    assert sentences.time_said(q, record) > sentences.time_said(q, news) > sentences.time_said(q, late)
    assert sentences.time_said(q, "Budgeten för 2025 antogs.") == 0.0  # the question's own year tells no time
    c, d, e = chunk(news), chunk(late), chunk(record)
    ranked = [sentences.Sentence(c, 0, len(news), news, score=1.3, coverage=1.0, chunk_score=1.0, similarity=0.9),
              sentences.Sentence(d, 0, len(late), late, score=1.25, coverage=1.0, chunk_score=1.0, similarity=0.9),
              sentences.Sentence(e, 0, len(record), record, score=1.2, coverage=1.0, chunk_score=1.0,
                                 similarity=0.85)]
    assert select_evidence(q, ranked, threshold=0.6)[0].text == record


def test_the_time_of_the_asked_thing_may_stand_in_a_later_sentence_pointing_back_to_it() -> None:
    from assistant.compose.answer import judge_evidence

    def ranked(third: str) -> list:
        text = ("Under året invigde vi den utbyggda Olsfors skola. Utbyggnaden kostade 38 miljoner kronor. "
                f"{third}")
        c = chunk(text)
        first, last = text.split(". ")[0] + ".", third
        return [sentences.Sentence(c, 0, len(first), first, score=1.0, coverage=0.75, chunk_score=1.0),
                sentences.Sentence(c, text.index(last), len(text), last, score=0.9, coverage=0.5, chunk_score=1.0)]

    q = analyse("Vilket datum invigdes den utbyggda Olsfors skola?")
    about = (lambda s: "olsfors" in s.text.lower(),)
    assert judge_evidence(q, ranked("Skolan invigdes den 21 augusti 2023."), probability=0.9, cutoff=0.2,
                          about=about).answerable
    other = judge_evidence(q, ranked("Biblioteket invigdes den 21 augusti 2023."), probability=0.9, cutoff=0.2,
                           about=about)
    assert other.reason == "no_time"  # the date of something else beside it


def test_a_sentence_opening_with_a_pronoun_tells_the_time_of_what_the_sentence_right_before_names() -> None:
    """"Den beräknas vara klar i januari 2026." right after "Den nya förskolan i Ljungbacka får sex avdelningar.":
    the pronoun is the preschool, its time the one asked; after a sentence on something else it is not."""
    from assistant.compose.answer import judge_evidence

    def ranked(before: str) -> list:
        last = "Den beräknas vara klar i januari 2026."
        text = f"Familjecentrumet öppnar under hösten. {before} {last}"
        c = chunk(text)
        return [sentences.Sentence(c, text.index(before), text.index(before) + len(before), before, score=1.0,
                                   coverage=0.8, chunk_score=1.0),
                sentences.Sentence(c, text.index(last), len(text), last, score=0.9, coverage=0.6, chunk_score=1.0)]

    q = analyse("när ska förskolan i ljungbacka vara klar?")
    about = (lambda s: "ljungbacka" in s.text.lower(),)
    assert judge_evidence(q, ranked("Den nya förskolan i Ljungbacka får sex avdelningar."), probability=0.9,
                          cutoff=0.2, about=about).answerable
    assert judge_evidence(q, ranked("Sporthallen får en ny läktare."), probability=0.9, cutoff=0.2,
                          about=about).reason == "no_time"


def test_a_person_question_naming_a_party_wants_a_person_of_that_party() -> None:
    from assistant.compose.answer import holds_asked_role, judge_evidence
    from assistant.evidence.sentences import Sentence

    text = "Motionen om sommarjobb lämnades av Karin Ek (S) och Olle Berg (L)."
    chunk = Chunk(id="m#0", doc_path="m.txt", text=text, start=0, end=len(text), title="Motion",
                  doc_type="press_release", date="2022-03-01")
    s = Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)
    assert not holds_asked_role("Vem från kristdemokraterna lämnade motionen om sommarjobb?", s)
    assert holds_asked_role("Vem från liberalerna lämnade motionen om sommarjobb?", s)
    assert holds_asked_role("Vem lämnade motionen om sommarjobb?", s)
    q = analyse("Vem från kristdemokraterna lämnade motionen om sommarjobb?")
    assert judge_evidence(q, [s]).reason == "no_person"


def test_a_compound_of_the_documents_own_words_joined_by_a_vowel_splits_into_them() -> None:
    text = "Fullmäktige fattade beslutet om en ny förskola i Västby. Moderaterna reserverade sig mot beslutet."
    c = Chunk(id="p#0", doc_path="p.txt", text=text, start=0, end=len(text), title="Protokoll")
    stats = sentences.TermStats({c.id: c})
    assert stats.parts("förskolebeslut") == ("förskol", "beslut")  # "förskola" joined as "förskole-"
    assert stats.spelled_apart("förskolebeslut", frozenset({"förskol", "beslut"}))


def test_a_question_whose_subject_no_document_uses_is_about_something_not_here() -> None:
    text = ("Fritidsnämnden får 2 mnkr till simhallen i Västby. Badavgiften för vuxna höjs. "
            "Kommunens befolkning ökar i Västby och i centralorten.")
    c = Chunk(id="f#0", doc_path="f.txt", text=text, start=0, end=len(text), title="Budget")
    stats = sentences.TermStats({c.id: c})
    assert stats.unknown_subject(analyse("Vad kostar ett parkeringstillstånd i Västby?")) == ["parkeringstillstånd"]
    assert stats.unknown_subject(analyse("Vad är badavgiften för vuxna?")) == []
    assert stats.unknown_subject(analyse("Hur mycket får fritidsnämden till simhallen?")) == []  # a typo
    # a word the documents never use after the subject is filler or context, not what is asked
    assert stats.unknown_subject(analyse("Hur mycket får simhallen i Västby egentligen?")) == []
    # a paraphrase of a word the documents use is no unknown subject ("folkmängden" for "befolkning")
    assert stats.unknown_subject(analyse("Vad var folkmängden i Västby 2023?")) == []


def test_a_short_unknown_subject_counts_when_the_question_writes_it_as_a_definite_noun() -> None:
    text = "Fritidsnämnden får 2 mnkr till simhallen i Västby. Kommunen bygger en ny förskola i Västby."
    c = Chunk(id="f#0", doc_path="f.txt", text=text, start=0, end=len(text), title="Budget")
    stats = sentences.TermStats({c.id: c})
    # "ishallen": a particular thing the question takes to exist, which no document names
    assert stats.unknown_subject(analyse("Hur mycket kostar den nya ishallen i Västby?")) == ["ishall"]
    # a short word the stemmer leaves whole is no noun the question presumes ("gratis")
    assert stats.unknown_subject(analyse("Vad skulle gratis förskola kosta i Västby?")) == []


def test_an_unknown_subject_the_question_describes_in_known_words_is_left_to_the_model() -> None:
    text = "Varje höst lyses staden upp av ljusfesten Glow, som lockar många besökare till centrum."
    c = Chunk(id="g#0", doc_path="g.txt", text=text, start=0, end=len(text), title="Pressmeddelande")
    stats = sentences.TermStats({c.id: c})
    assert stats.unknown_subject(analyse("Vad heter belysningsevenemanget som lockar besökare på hösten?")) == []
    assert stats.unknown_subject(analyse("Vad heter belysningsevenemanget?")) == ["belysningsevenemanget"]


def test_the_asked_subject_is_the_first_concept_after_the_asking_words_and_verbs() -> None:
    from assistant.evidence.sentences import asked_subject

    assert asked_subject(analyse("Vad vill M satsa på läxhjälp i skolan?"))[0] == "läxhjälp"
    assert asked_subject(analyse("Vad kostar en parkeringsplats vid stationen?"))[0].startswith("parkeringsplat")
    assert asked_subject(analyse("Hur mycket landade underhållet på?"))[0].startswith("underhåll")


def test_a_supine_after_har_is_a_verb_not_the_asked_subject() -> None:
    from assistant.evidence.sentences import asked_subject

    assert asked_subject(analyse("vem har skrivit förordet i budgeten?"))[0].startswith("förord")
    assert asked_subject(analyse("vem har ritat den nya simhallen?"))[0].startswith("simhall")
    assert asked_subject(analyse("vem har ansvaret för taxan?"))[0].startswith("ansvar")  # a noun's "-et"


def test_the_best_ranked_sentence_stating_the_asked_amount_answers_though_it_covers_less() -> None:
    from assistant.compose.answer import select_evidence

    a = "Därför fattade nämnden den 14 maj beslut om ett omställningspaket om 5,4 miljoner kronor."
    b = "Vi har ett sparkrav på totalt 41 miljoner för att balansera budgeten."
    c = chunk(a)
    d = Chunk(id="e#0", doc_path="e.txt", text=b, start=0, end=len(b), title="Nämnden i korthet",
              doc_type="news", date="2024-01-31")  # another document, ranked lower (its date is not the asked one)
    q = analyse("hur stort var sparpaketet som nämnden klubbade i maj 2020")
    ranked = [sentences.Sentence(c, 0, len(a), a, score=0.85, coverage=0.4, chunk_score=1.0, similarity=0.86),
              sentences.Sentence(d, 0, len(b), b, score=0.83, coverage=0.6, chunk_score=1.0, similarity=0.84)]
    assert select_evidence(q, ranked, threshold=0.6)[0].text == a


def test_a_line_wrapped_mid_sentence_is_one_sentence_but_a_new_line_in_capitals_is_another() -> None:
    text = ("Skattesats\nSkattesatsen för 2025 är 23,19 kronor, vilket är en höjning jämfört med 2024 då\n"
            "skattesatsen var 22,89 kronor. Höjningen ger 4,3 mnkr.\nInvesteringar\nNettoinvesteringarna är 33 mnkr.")
    c = chunk(text)
    said = [text[s:e] for s, e in sentences.split_sentences(c)]
    assert said[0] == "Skattesats"
    assert said[1] == ("Skattesatsen för 2025 är 23,19 kronor, vilket är en höjning jämfört med 2024 då\n"
                       "skattesatsen var 22,89 kronor.")
    assert said[2:] == ["Höjningen ger 4,3 mnkr.", "Investeringar", "Nettoinvesteringarna är 33 mnkr."]


def test_a_signature_of_a_name_over_its_role_is_one_sentence() -> None:
    text = ("Jag vill tacka alla medarbetare.\nLars Ekström (C)\nKommunstyrelsens ordförande\nVäsentliga händelser\n"
            "Anna Berg (S)\nDen 1 mars tillträdde en ny kommundirektör.")
    said = [text[s:e] for s, e in sentences.split_sentences(chunk(text))]
    assert "Lars Ekström (C)\nKommunstyrelsens ordförande" in said
    assert "Väsentliga händelser" in said
    assert "Anna Berg (S)" in said  # a name over a statement, not a role: the line ends there
    # a contact block's name on a line of its own over its role: one sentence, and the name is the line's
    contact = "Kontaktpersoner\nDaniel Filipsson\nKommunstyrelsens ordförande (M), gruppledare Moderaterna\nDaniel Filipsson"
    said = [contact[s:e] for s, e in sentences.split_sentences(chunk(contact))]
    assert "Daniel Filipsson\nKommunstyrelsens ordförande (M), gruppledare Moderaterna" in said
    card = "Daniel Filipsson\nKommunstyrelsens ordförande (M)"
    assert [m.group() for m in sentences.NAME.finditer(card)] == ["Daniel Filipsson"]
    assert [m.group() for m in sentences.NAME.finditer("Kommundirektör är Henrik\nÖberg.")] == ["Henrik\nÖberg"]


def test_a_question_about_kronor_is_not_answered_by_a_percentage() -> None:
    from assistant.evidence.sentences import asked_amounts

    text = "Fullmäktige beslutade att höja brukningsavgiften för vatten med 8 procent från 2025."
    assert asked_amounts(analyse("Vad kostar vattnet per kubikmeter efter höjningen 2025?"), text) == []
    assert asked_amounts(analyse("Hur mycket höjs avgiften för vatten 2025?"), text) == ["8"]
    assert asked_amounts(analyse("How much is the net cost deviation reduced?"), "minskas till 2 %") == ["2"]


def test_a_compound_the_documents_write_apart_counts_as_a_paraphrase() -> None:
    text = "Kommunstyrelsen har sjösatt en rad uppdrag som ska säkra välfärden. Välfärdsuppdraget är viktigt."
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("Vilka välfärdsuppdrag har kommunstyrelsen?")
    apart = sentences.text_stems("Kommunstyrelsen har sjösatt en rad uppdrag som ska säkra välfärden.")
    neither = sentences.text_stems("Kommunstyrelsen har sjösatt en rad uppdrag.")
    assert stats.coverage(q.groups, apart, q.weights, q.full) > stats.coverage(q.groups, neither, q.weights, q.full)
    assert stats.spelled_apart("välfärdsuppdrag", apart) and not stats.spelled_apart("välfärdsuppdrag", neither)


def test_a_stem_one_letter_off_counts_as_the_documents_word() -> None:
    text = "Kommunstyrelsen ska sjösätta en rad uppdrag. Ökningen av kostnaderna fortsätter."
    stats = sentences.TermStats({"d#0": chunk(text)})
    sjosatte = sentences.stems("sjösatte")[0]  # the strong verb's past tense: another vowel
    assert sjosatte not in stats.vocab and stats.matches(sjosatte) == stats.matches(sentences.stems("sjösätta")[0])
    assert stats.matches(sentences.stems("kostnqderna")[0]) == {"kostnad"}  # a typing error
    assert not stats.matches("sökning")  # an added letter makes another word


def test_a_year_said_relative_to_the_documents_date_is_that_year() -> None:
    from assistant.compose.answer import has_year

    text = "Underskottet har gått från -4 miljoner kronor förra året till -2 miljoner kronor i år."
    c = Chunk(id="p#0", doc_path="p.txt", text=text, start=0, end=len(text), title="Nyhet", date="2020-05-18")
    s = sentences.Sentence(chunk=c, start=0, end=len(text), text=text, score=0.0, coverage=1.0, chunk_score=0.0)
    assert sentences.relative_years(text, 2020) == {2019, 2020}
    assert has_year(s, {2019}) and has_year(s, {2020}) and not has_year(s, {2018})


def test_a_sentence_without_a_year_speaks_of_the_period_its_documents_title_spans() -> None:
    from assistant.compose.answer import has_year

    def said(text: str, title: str) -> sentences.Sentence:
        c = Chunk(id="b#0", doc_path="b.txt", text=text, start=0, end=len(text), title=title, date="2019-11-01")
        return sentences.Sentence(chunk=c, start=0, end=len(text), text=text, score=0.0, coverage=1.0,
                                  chunk_score=0.0)

    plain = said("2 mnkr tillskjuts tekniska nämnden för fler parkbänkar.", "Budget för Exempelby 2020-2022 (M)")
    assert has_year(plain, {2021}) and not has_year(plain, {2023})
    dated = said("2 mnkr tillskjuts tekniska nämnden 2020 för fler parkbänkar.", "Budget för Exempelby 2020-2022 (M)")
    assert not has_year(dated, {2021})  # the sentence's own year says which year it speaks of
    history = said("2 mnkr tillskjuts tekniska nämnden för fler parkbänkar.", "Exempelby 1950-2020")
    assert not has_year(history, {2000})  # a long span is history, not the document's period
    row = said("Tekniska nämnden\t4 869\t4 942\t4 994", "Budget för Exempelby 2020-2022 (M)")
    assert not has_year(row, {2021})  # a table row's cells are of their columns' years


def test_a_definite_form_the_stemmer_keeps_matches_the_stem_of_its_base_form() -> None:
    from assistant.evidence.sentences import TermStats
    from core.types import Chunk

    # "tillskott" is stemmed "tillskot", while "tillskottet" is kept whole: the base form's stem is the document's
    text = "Kommunen bör ge ett aktieägartillskott till bolaget för att minska underskott."
    chunk = Chunk(id="a#0", doc_path="a.md", text=text, start=0, end=len(text), title="Handlingsplan")
    stats = TermStats({chunk.id: chunk})
    assert stats.known(("aktieägartillskottet",)) and stats.known(("underskottet",))
    assert not stats.known(("överskottet",))



def test_money_itself_is_named_by_any_sum_of_money() -> None:
    from assistant.evidence.sentences import says_money

    assert says_money(("peng", "anslag", "budget", "medel"))
    assert not says_money(("energi",))
    assert not says_money(("sparkrav",))
    assert not says_money(("underskot", "budget"))  # money among its synonyms only  # a compound whose head is no money word names a kind of its own


def test_a_question_asking_for_money_itself_is_covered_by_a_sentence_stating_a_sum() -> None:
    text = ("Fonden för omställning behövs. Förslagsvis avsätts ungefär 5 miljoner kronor årligen till detta. "
            "Fonden ska utvärderas med 10 procent av budgeten.")
    c = Chunk(id="d#0", doc_path="d.txt", text=text, start=0, end=len(text), title="Handlingsplan",
              section="Omställningsfond")
    stats = sentences.TermStats({c.id: c})
    q = analyse("Hur mycket pengar ska sättas av till omställningsfonden?")
    assert sentences.money_stems(q) == {"peng"}
    assert sentences.money_named(sentences.money_stems(q), "avsätts 5 miljoner kronor") == {"peng"}
    assert not sentences.money_named(sentences.money_stems(q), "med 10 procent")  # a share is no sum
    assert not sentences.money_named(sentences.money_stems(analyse("Hur stor är fonden?")), "5 miljoner kronor")
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    assert ranked[0].text.startswith("Förslagsvis avsätts ungefär 5 miljoner kronor")


def test_a_second_sum_of_the_same_list_is_quoted_beside_the_first() -> None:
    from assistant.compose.answer import select_evidence

    text = ("Tekniska nämnden tilldelas 4 mnkr permanent kommunbidrag för fler parkbänkar.\n"
            "Tekniska nämnden tilldelas 2 mnkr permanent kommunbidrag för nya lekplatser.\n"
            "Kulturnämnden tilldelas 1 mnkr för biblioteket.")
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("Vad fick tekniska nämnden i kommunbidrag?")
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    chosen = [s.text for s in select_evidence(q, ranked, threshold=0.3)]
    assert any("4 mnkr" in t for t in chosen) and any("2 mnkr" in t for t in chosen), chosen
    assert not any("Kulturnämnden" in t for t in chosen)  # it covers less of the question: another item


def test_a_concept_no_best_sentence_names_is_what_a_near_miss_leaves_out() -> None:
    from assistant.compose.answer import judge_evidence

    near = "Här har du nära till naturen och storstaden Göteborg, endast 5 mil bort."
    region = "Kommunen samarbetar med Göteborg om kollektivtrafiken."
    jobs = "Arbetslösheten bland unga har minskat i kommunen."
    docs = [Chunk(id=f"{n}#0", doc_path=f"{n}.txt", text=t, start=0, end=len(t), title="Kommunen", doc_type="report",
                  date="2025-01-01") for n, t in (("a", near), ("b", region), ("c", jobs))]
    stats = sentences.TermStats({c.id: c for c in docs})
    q = analyse("Hur hög är arbetslösheten i Göteborg?")
    ranked = sentences.score_sentences(q, [Hit(chunk=docs[0], score=1.0)], stats, lambda doc: near)
    unsaid = stats.unsaid_concept(q, ranked)
    assert unsaid is not None and unsaid[0].startswith("arbetslös")
    about = (lambda s: stats.says(unsaid, s.text, s.chunk.title),)
    assert judge_evidence(q, ranked, threshold=0.1, about=about).reason == "no_amount"
    assert judge_evidence(q, ranked, threshold=0.1).answerable  # without the slot "5 mil" would be the answer
    said = sentences.score_sentences(q, [Hit(chunk=docs[2], score=1.0)], stats, lambda doc: jobs)
    assert stats.unsaid_concept(q, [*ranked, *said]) is None


def _docs(*texts: str) -> list[Chunk]:
    return [Chunk(id=f"d{n}#0", doc_path=f"d{n}.txt", text=t, start=0, end=len(t), title="Årsredovisning",
                  doc_type="report", date="2025-01-01") for n, t in enumerate(texts)]


def test_any_subject_concept_no_best_sentence_names_is_unsaid_not_only_the_rarest() -> None:
    staff = "Vid utgången av året hade kommunen 4 178 tillsvidareanställda."
    docs = _docs(staff, "Räddningstjänsten ryckte ut 300 gånger.", "Räddningstjänsten övade med hemvärnet.",
                 "Antalet anställda i skolan ökade.",
                 *(f"Biblioteket har öppet {d} under sommaren." for d in ("måndagar", "tisdagar", "onsdagar",
                                                                           "torsdagar", "fredagar", "lördagar")))
    stats = sentences.TermStats({c.id: c for c in docs})
    q = analyse("Hur många anställda har räddningstjänsten?")
    ranked = sentences.score_sentences(q, [Hit(chunk=docs[0], score=1.0)], stats, lambda doc: staff)
    unsaid = stats.unsaid_concept(q, ranked)
    assert unsaid is not None and unsaid[0].startswith("räddningstjänst"), unsaid
    fire = sentences.score_sentences(q, [Hit(chunk=docs[1], score=1.0)], stats, lambda doc: docs[1].text)
    assert stats.unsaid_concept(q, [*ranked, *fire]) is None


def test_money_itself_is_never_the_unsaid_concept() -> None:
    text = "Socialnämnden tilldelas 5 mnkr för ett nytt boende. Pengarna räcker länge."
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("Hur mycket pengar får socialnämnden för boendet?")
    ranked = [s for s in sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
              if "tilldelas" in s.text]
    unsaid = stats.unsaid_concept(q, ranked)
    assert unsaid is None or not sentences.says_money(unsaid)


def test_a_reason_may_stand_after_adverbs_of_beror() -> None:
    assert sentences.CAUSAL.search("Underskottet beror främst på ökade kostnader för skolskjuts.")
    assert sentences.CAUSAL.search("Ökningen beror till stor del på fler elever.")
    assert sentences.CAUSAL.search("Resultatet sjönk till följd av lägre elpriser.")


def test_the_event_verbs_of_a_time_question_leave_its_auxiliaries_out() -> None:
    assert sentences.event_verbs("När måste föreningen söka bidrag för vägen?") == {"sök"}
    # a finite copula second has its subject after it: the state ends the question
    assert sentences.event_verbs("när blir nya förskolan i västerby klar?") == {"klar"}
    assert sentences.event_verbs("När ska det utbyggda verket vara klart?") == {"klart"}


def test_a_time_question_quotes_the_time_of_the_asked_event() -> None:
    from assistant.compose.answer import names_event, select_evidence

    text = ("Den totala ramen för bidrag till enskilda vägar är 1 450 000 kronor för 2025. "
            "Bidrag ges till vägar som hålls öppna året runt. "
            "Ansökan ska lämnas senast den 1 oktober året före planerad åtgärd.")
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("När måste vägföreningen söka bidrag för enskild väg?")
    assert q.wants_date
    assert names_event(q.original, "Ansökan ska lämnas senast den 1 oktober.")
    assert not names_event(q.original, "Den totala ramen för bidrag är 1 450 000 kronor för 2025.")
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    chosen = select_evidence(q, ranked, threshold=0.1)
    assert chosen[0].text.startswith("Ansökan ska lämnas")


def test_a_reason_question_quotes_the_cause_of_the_asked_thing_not_what_it_causes() -> None:
    from assistant.compose.answer import gives_cause_of

    q = analyse("Varför är vattenverket i Hammerdal försenat?")
    assert gives_cause_of(q, "Ombyggnaden av vattenverket i Hammerdal har försenats på grund av leveransproblem.")
    assert not gives_cause_of(q, "Den lägre prognosen beror främst på förseningar i ombyggnaden av vattenverket i "
                                 "Hammerdal.")
    assert not gives_cause_of(q, "Vattenverket i Hammerdal byggs om.")  # no cause at all


def test_a_question_asking_for_several_things_by_number_quotes_that_many() -> None:
    from assistant.compose.answer import select_evidence
    from assistant.understand.query import asked_items

    assert asked_items("Vilka två mål har partiet?") == (2, "Vilka  mål har partiet?")
    assert asked_items("Which three areas are named?")[0] == 3
    assert asked_items("Hur många mål har partiet?") == (0, "Hur många mål har partiet?")
    text = ("Det årliga resultatet ska uppgå till minst 4 procent av intäkterna. Det strukturella resultatet "
            "ska uppgå till minst 2,5 procent av intäkterna. Partiet har också två fokusområden.")
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("Vilka två resultat i procent av intäkterna ska partiet nå?")
    assert q.items == 2 and ("två",) not in q.groups  # the count is no word to find
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    said = [s.text for s in select_evidence(q, ranked, threshold=0.3)]
    assert any("4 procent" in t for t in said) and any("2,5 procent" in t for t in said), said
    assert not any("fokusområden" in t for t in said)


def test_the_verb_after_an_asked_nouns_prepositional_phrase_is_a_verb_of_the_question() -> None:
    assert "föreslår" in sentences._verb_stems("hur stor utdelning föreslår planen?")
    assert "föreslår" in sentences._verb_stems("hur stor utdelning från Alingsås Energi föreslår planen?")
    assert "föreslår" in sentences._verb_stems("Hur stor utdelning från bolagen föreslår planen?")
    assert "energi" not in sentences._verb_stems("hur stor utdelning från Alingsås Energi föreslår planen?")


def test_the_infinitive_after_a_subject_a_hyphen_joins_is_a_verb_of_the_question() -> None:
    # "skulle s-budgeten räcka till": "s-budgeten" is one subject, so "räcka" is the infinitive the auxiliary governs,
    # no concept the amount must be about ("200 arbeten" for the summer jobs answers it)
    assert "räck" in sentences._verb_stems("hur många sommarjobb skulle s-budgeten räcka till?")
    assert "budget" not in sentences._verb_stems("hur många sommarjobb skulle s-budgeten räcka till?")


def test_the_noun_asked_by_its_size_is_no_verb_of_the_question() -> None:
    # "hur stor ramförstärkning får nämnden?": the amount is about the noun; a row of the committee's frame leaves it
    # out (arbitrate.asks_beyond_row counts no verb as what the amount is about)
    verbs = sentences._verb_stems("hur stor ramförstärkning får socialnämnden i budget 2025?")
    assert "ramförstärkning" not in verbs
    assert "utdelning" not in sentences._verb_stems("hur stor utdelning föreslår planen?")


def test_an_auxiliary_governs_its_infinitive_past_the_subjects_prepositional_phrase() -> None:
    assert sentences.event_verbs("När ska fullmäktige i Härjedalen besluta om budgeten?") == {"beslut"}
    assert sentences.event_verbs("När ska fullmäktige besluta om budgeten?") == {"beslut"}
    assert "sats" in sentences._verb_stems("Hur mycket ska Mjölby i år satsa på skolan?")
    assert "skol" not in sentences._verb_stems("Hur mycket ska Mjölby i år satsa på skolan?")


def test_a_time_question_is_answered_by_the_asked_event_named_by_a_synonym_of_its_verb() -> None:
    from assistant.compose.answer import names_event

    q = analyse("När ska fullmäktige besluta om budgeten?")
    sentence = "Budgeten ska fastställas av kommunfullmäktige den 19 november."
    assert names_event(q.original, sentence, q.groups)
    assert not names_event(q.original, sentence)
    assert not names_event(q.original, "Budgetberedningen sammanträder den 14 oktober.", q.groups)


def test_a_captions_number_ends_no_sentence() -> None:
    text = "Tabell 7. Balanskravsutredning, mnkr\nÅrets resultat 4,8 9,8\n\nSjukfrånvaron minskade. Figur 2: Antal elever."
    c = chunk(text)
    said = [text[s:e] for s, e in sentences.split_sentences(c)]
    assert said[0] == "Tabell 7. Balanskravsutredning, mnkr"
    assert "Sjukfrånvaron minskade." in said and "Figur 2: Antal elever." in said


def test_a_number_naming_a_part_of_the_document_is_no_amount() -> None:
    assert sentences.amounts_in("Tabell 7. Balanskravsutredning, mnkr") == []
    assert sentences.amounts_in("Se bilaga 2 och § 142, sidan 12.") == []
    assert sentences.amounts_in("Nämnden får 7 mnkr enligt tabell 3.") == ["7"]


def test_the_state_after_a_copula_is_the_event_of_a_time_question() -> None:
    from assistant.compose.answer import names_event

    question = "När ska den ombyggda simhallen i Norrby vara klar?"
    assert sentences.event_verbs(question) == {"klar"}
    assert names_event(question, "Simhallen beräknas vara färdig till hösten 2027.", analyse(question).groups)
    assert not names_event(question, "Nämnden beslutade den 3 mars 2025 att bygga om simhallen.",
                           analyse(question).groups)


def test_a_line_labelled_with_a_time_noun_says_when_whatever_verb_asks_it() -> None:
    from assistant.compose.answer import select_evidence

    assert sentences.labels_time("**Tidplan:** Utredning under 2024.")
    assert sentences.labels_time("Sammanträdesdatum: 2025-11-26")  # a compound whose head is a time noun
    assert not sentences.labels_time("**Ansvar:** Koncernredovisningschef.")
    assert not sentences.labels_time("Dagordning: budget")  # a time noun as the first part names no time
    assert not sentences.labels_time("Kommunen har beslutat under 2024: ja")  # a clause before a colon is no label
    text = ("## Utdelning från bolagen\n\nBolagen föreslås ge en utdelning. Om pengarna ska flyttas till kommunen "
            "som utdelning kommer beslutas årligen.\n\n**Ansvar:** Koncernredovisningschef.\n\n"
            "**Tidplan:** Utredning under 2024 och beslut i samband med kommunbudget 2025-2027.")
    q, ranked = _plan_section_ranked(text, "Utdelning från bolagen", "När ska det beslutas om utdelning från bolagen?")
    assert select_evidence(q, ranked, threshold=0.3)[0].text.startswith("**Tidplan:**")


def test_a_labelled_field_goes_on_to_the_end_of_its_line() -> None:
    text = ("**Ansvar:** Förvaltningscheferna får i uppdrag att se över lokalerna. Ekonomichef får i uppdrag att se "
            "över köken.\n\n**Tidplan:** Årligen.\nOrdförande: Anna Berg (S)\nSekreterare: Per Ek")
    c = chunk(text)
    found = {text[s:e]: (s, e) for s, e in sentences.split_sentences(c)}

    def sentence(start: str) -> sentences.Sentence:
        s, e = next(span for t, span in found.items() if t.lstrip("*").startswith(start))
        return sentences.Sentence(chunk=c, start=s, end=e, text=text[s:e], score=1.0, coverage=1.0, chunk_score=1.0)

    assert [s.text for s in sentences.field_rest(sentence("Ansvar"))] == ["Ekonomichef får i uppdrag att se över köken."]
    assert sentences.field_rest(sentence("Tidplan")) == []  # the paragraph ends with it
    assert sentences.field_rest(sentence("Ordförande")) == []  # the next line is a field of its own
    assert sentences.field_rest(sentence("Ekonomichef")) == []  # no labelled line


def test_a_field_labelled_with_the_asked_concept_answers_before_a_sentence_naming_the_matter() -> None:
    from assistant.compose.answer import _asked_fields, select_evidence

    text = ("## Tillskott till bostadsbolaget\n\nKommunstyrelsen ser med fördel att bostadsbolaget får ett "
            "bygga.\n\n**Ansvar:** Koncernredovisningschef.\n\n**Tidplan:** Beslut under 2024.")
    q, ranked = _plan_section_ranked(text, "Tillskott till bostadsbolaget", "Vem ansvarar för tillskottet till bostadsbolaget?")
    assert select_evidence(q, ranked, threshold=0.3)[0].text.startswith("**Ansvar:**")
    fillers = [s for s in ranked if not s.text.startswith("Tillskott")]  # the heading aside
    assert [s.text for s in _asked_fields(q, fillers)] == ["**Ansvar:** Koncernredovisningschef."]
    assert _asked_fields(q, [s for s in fillers if not s.text.lstrip("*").startswith("Ansvar")]) == []


def test_a_when_question_needs_a_time_said_of_what_it_asks() -> None:
    """"När ska handlingsplanen för ökad energieffektivitet vara klar?": the neighbouring assignment's "under
    2020-talet" is the time of another plan; with no time said of the asked one the question is refused. A time
    in a sentence naming it, or a time-labelled line ("Tidplan: ..."), answers."""
    from assistant.compose.answer import judge_evidence, states_time_of

    text = ("Kommunledningskontoret får i uppdrag att ta fram en handlingsplan för välfärdens finansiering under "
            "2020-talet. Kommunledningskontoret får i uppdrag att ta fram en handlingsplan för ökad "
            "energieffektivitet för hela kommunkoncernen.")
    c = chunk(text)
    common = "Ökad kvalitet och ökad tillgänglighet ger ökad trygghet."  # "ökad" is a common word, the topic is not
    other = Chunk(id="e#0", doc_path="e.txt", text=common, start=0, end=len(common), title="Vision", doc_type="plan",
                  date="2023-01-01")
    stats = sentences.TermStats({c.id: c, other.id: other})
    q = analyse("När ska handlingsplanen för ökad energieffektivitet vara klar?")
    assert q.wants_date
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    specific = stats.specific_concept(q, ranked)
    assert specific is not None and specific[0].startswith("energieffektiv")
    about = lambda s: stats.says(specific, s.text)  # noqa: E731
    assert judge_evidence(q, ranked, threshold=0.1, about=about).reason == "no_time"
    assert judge_evidence(q, ranked, threshold=0.1).answerable  # without the slot the other plan's time would do
    timed = chunk("Handlingsplanen för ökad energieffektivitet ska vara klar i juni 2024.")
    said = sentences.score_sentences(q, [Hit(chunk=timed, score=1.0)], stats, lambda doc: timed.text)
    assert states_time_of(said[0], about)
    assert states_time_of(sentences.score_sentences(q, [Hit(chunk=chunk("Tidplan: Klar under 2024."), score=1.0)],
                                                    stats, lambda doc: "Tidplan: Klar under 2024.")[0], about)


def _plan_section_ranked(text: str, section: str, question: str):  # type: ignore[no-untyped-def]
    """The question's analysis and the sentences of one action-plan section ranked for it."""
    c = Chunk(id="d#0", doc_path="d.txt", text=text, start=0, end=len(text), title="Handlingsplan",
              doc_type="plan", date="2023-01-01", section=section)
    q = analyse(question)
    return q, sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], sentences.TermStats({c.id: c}), lambda doc: text)


def test_the_parts_of_a_written_date_are_no_amounts() -> None:
    assert sentences.amounts_in("Justeringens plats och tid: Kommunhuset 2024-11-01") == []
    assert sentences.amounts_in("Beslutet 2024-11-01 gav 5 mnkr.") == ["5"]
    assert sentences.amounts_in("Intervallet 3-4 procent.") == ["3", "4"]


def test_what_someone_earns_is_an_amount_asked() -> None:
    assert analyse("vad tjänar kommundirektören?").wants_amount
    assert analyse("How much does the CEO earn?").wants_amount


def test_money_itself_is_no_subject_an_amount_is_about_beside_another_concept() -> None:
    from types import SimpleNamespace

    stats = sentences.TermStats({"a": SimpleNamespace(text="aktieägartillskott belopp alingsåshem", title="", section="")})
    q = analyse("hur stort belopp blir aktieägartillskottet till alingsåshem?")
    concepts = [g[0] for g in stats.subject_concepts(q)]
    assert "belopp" not in concepts and concepts


def test_a_passive_infinitive_after_an_auxiliary_is_a_verb_not_what_an_amount_is_about() -> None:
    from assistant.evidence import sentences

    verbs = sentences._verb_stems("hur mkt pengar ska läggas undan varje år till omställningsfonden?")
    assert "lägg" in verbs and "omställningsfond" not in verbs
    assert "fritidsgård" not in sentences._verb_stems("hur mycket får fritidsgårdarna?")  # a plural noun stays


def test_a_sentence_cut_by_its_passages_edge_is_quoted_whole_from_the_document() -> None:
    """A justified PDF line read as a table's row ends its passage mid-sentence; the next passage starts with the
    rest in lower case: each passage's piece of it is the whole sentence, found once."""
    text = ("Trots läget görs satsningar. Kommunen avsätter 850 000 kronor till förebyggande arbete och 1,5 miljoner "
            "kronor till en ny\nspontanidrottsplats i centrum. Nästa mening.")
    cut = text.index("\nspontan")
    first = Chunk(id="d#0", doc_path="d.txt", text=text[:cut], start=0, end=cut, title="Budget")
    second = Chunk(id="d#1", doc_path="d.txt", text=text[cut + 1:], start=cut + 1, end=len(text), title="Budget")
    whole = "Kommunen avsätter 850 000 kronor till förebyggande arbete och 1,5 miljoner kronor till en ny\n" \
            "spontanidrottsplats i centrum."
    s, e = sentences.across_edges(text, first, text.index("Kommunen"), cut)
    assert text[s:e] == whole
    s, e = sentences.across_edges(text, second, cut + 1, text.index(" Nästa"))
    assert text[s:e] == whole
    assert sentences.across_edges(text, first, 0, text.index(" Kommunen")) == (0, text.index(" Kommunen"))
    stats = sentences.TermStats({first.id: first, second.id: second})
    q = analyse("Hur mycket avsätts till spontanidrottsplatsen?")
    ranked = sentences.score_sentences(q, [Hit(chunk=first, score=1.0), Hit(chunk=second, score=0.9)], stats,
                                       lambda doc: text)
    assert [r.text for r in ranked].count(whole) == 1


def test_quotes_following_each_other_on_one_line_are_one_quote() -> None:
    from assistant.compose.answer import joined_neighbours

    text = "Justerare: Tomas Nyström (S). Justering sker den 13 november 2026.\nSekreterare: Eva Ek"
    c = chunk(text)
    first, second = "Justerare: Tomas Nyström (S).", "Justering sker den 13 november 2026."
    line = "Sekreterare: Eva Ek"
    found = [sentences.Sentence(c, text.index(t), text.index(t) + len(t), t, score=1.0, coverage=1.0,
                                chunk_score=1.0) for t in (first, second, line)]
    joined = joined_neighbours(found)
    assert [s.text for s in joined] == [f"{first} {second}", line]  # the next line is a quote of its own
    assert text[joined[0].start:joined[0].end] == joined[0].text


def test_a_compound_opening_with_the_asked_state_names_another_thing() -> None:
    from assistant.compose.answer import names_event

    question = "När ska den nya skolan i Gråbo vara klar?"
    assert names_event(question, "Skolan ska stå klar till höstterminen 2027.")
    assert not names_event(question, "Kommunstyrelsen gav den 3 december 2024 klartecken till byggandet.")
    assert names_event("När ska det utvärderas?", "Utvärdering av initiativet ska ske senast i oktober.")  # its noun


def test_the_documents_own_field_naming_the_person_in_the_asked_role_is_quoted_too() -> None:
    from assistant.compose.answer import select_evidence

    text = ("Utses att justera: Jonas Berglöf (S)\nJusteringens plats och tid: Kommunhuset Sveg, 2024-10-04\n\n"
            "Kommunstyrelsen beslutar att utse Jonas Berglöf (S) att jämte ordföranden justera protokollet.")
    header = Chunk(id="p#0", doc_path="p.docx", text=text[:text.index("\n\n")], start=0,
                   end=text.index("\n\n"), title="Protokoll", section=None)
    at = text.index("Kommunstyrelsen")
    paragraph = Chunk(id="p#1", doc_path="p.docx", text=text[at:], start=at, end=len(text), title="Protokoll",
                      section="§ 168 Val av justerare")
    field, decision = "Utses att justera: Jonas Berglöf (S)", text[at:]
    q = analyse("vem justerade ks-protokollet från 1 oktober?")
    ranked = [sentences.Sentence(paragraph, at, len(text), decision, score=1.2, coverage=0.9, chunk_score=1.0),
              sentences.Sentence(header, 0, len(field), field, score=1.1, coverage=0.9, chunk_score=1.0)]
    assert [s.text for s in select_evidence(q, ranked, threshold=0.5)][:2] == [decision, field]


def test_a_compound_known_only_by_its_parts_is_unsaid_when_only_another_compound_of_a_part_is_said() -> None:
    frame = "Kommunen har en checkkredit på 15 miljoner kronor."
    school = "Kostnaderna för gymnasieskolan ökar med 560 000 kronor."
    docs = _docs(frame, school, "Kultur och fritid får 2 miljoner kronor.", "Skolan har 300 elever.",
                 *(f"Biblioteket har öppet {d} under sommaren." for d in ("måndagar", "tisdagar", "onsdagar")))
    stats = sentences.TermStats({c.id: c for c in docs})
    q = analyse("Hur mycket kostar kulturskolan?")
    assert not stats.known(("kulturskolan",)) and stats.known_by_parts(("kulturskolan",))
    ranked = [*sentences.score_sentences(q, [Hit(chunk=docs[0], score=1.0)], stats, lambda doc: frame),
              *sentences.score_sentences(q, [Hit(chunk=docs[1], score=1.0)], stats, lambda doc: school)]
    unsaid = stats.unsaid_concept(q, ranked)
    assert unsaid is not None and unsaid[0] == "kulturskolan", unsaid  # "gymnasieskolan" names another school
    own = sentences.score_sentences(q, [Hit(chunk=docs[3], score=1.0)], stats, lambda doc: docs[3].text)
    assert stats.unsaid_concept(q, [*ranked, *own]) is None  # "Skolan" itself may name it


def test_a_compound_known_only_by_its_parts_is_named_by_a_word_opening_with_its_modifier() -> None:
    fee = "Timavgiften för tillsyn höjs från 1 350 kronor till 1 420 kronor."
    docs = _docs(fee, "Taxan för bygglov höjs.", "Taxan för avfall är oförändrad.", "Avgiften för parkering höjs.",
                 "Timlönen för vikarier höjs.",
                 *(f"Biblioteket har öppet {d} under sommaren." for d in ("måndagar", "tisdagar", "onsdagar")))
    stats = sentences.TermStats({c.id: c for c in docs})
    q = analyse("Vad blir timtaxan för tillsyn?")
    assert stats.parts("timtaxan")[:1] == ("tim",)
    ranked = sentences.score_sentences(q, [Hit(chunk=docs[0], score=1.0)], stats, lambda doc: fee)
    assert stats.unsaid_concept(q, ranked) is None  # the documents' word for it


def test_a_short_noun_the_question_writes_whole_can_be_the_unsaid_concept() -> None:
    cost = "Sporthallen beräknas kosta 32,5 miljoner kronor."
    docs = _docs(cost, "Driften av simhallen kostar mycket.", "Sporthallen byggs i Ed.",
                 *(f"Biblioteket har öppet {d} under sommaren." for d in ("måndagar", "tisdagar", "onsdagar",
                                                                           "torsdagar", "fredagar", "lördagar")))
    stats = sentences.TermStats({c.id: c for c in docs})
    q = analyse("Vad kommer sporthallen att kosta per år i drift?")
    ranked = sentences.score_sentences(q, [Hit(chunk=docs[0], score=1.0)], stats, lambda doc: cost)
    unsaid = stats.unsaid_concept(q, ranked)
    assert unsaid is not None and unsaid[0] == "drift", unsaid


def test_the_verb_of_a_when_question_stands_after_its_subject_with_article_and_adjective() -> None:
    assert sentences.event_verbs("när ska den nya sporthallen i Ed stå klar?") == {"stå"}
    assert sentences.event_verbs("När ska den nya skolan i Alingsås byggas?") == {"bygg"}
    assert sentences.event_verbs("När måste föreningen söka bidrag?") == {"sök"}


def test_the_decision_of_the_best_sentences_own_matter_naming_the_same_party_is_quoted_too() -> None:
    from assistant.compose.answer import select_evidence

    request = "Sandhems Bygg AB har inkommit med en förfrågan om att köpa fastigheten Sandhem 3:12."
    decision = "Beslut: Kommunstyrelsen beslutar att sälja fastigheten Sandhem 3:12 till Sandhems Bygg AB."
    text = f"{request}\n{decision}"
    matter = Chunk(id="p#1", doc_path="p.docx", text=text, start=0, end=len(text), title="Protokoll",
                   section="§ 144 Försäljning av fastigheten Sandhem 3:12")
    at = text.index("Beslut")
    q = analyse("Vem får köpa fastigheten Sandhem 3:12?")
    ranked = [sentences.Sentence(matter, 0, len(request), request, score=1.3, coverage=1.0, chunk_score=1.0),
              sentences.Sentence(matter, at, len(text), decision, score=1.2, coverage=0.86, chunk_score=1.0)]
    assert [s.text for s in select_evidence(q, ranked, threshold=0.5)][:2] == [request, decision]


def test_a_when_question_about_a_document_period_is_filled_by_a_time_not_by_the_period() -> None:
    from assistant.compose.answer import fills_slot

    header = Chunk(id="b#0", doc_path="b.pdf", text="x", start=0, end=1, title="Mål och budget 2025–2027")
    q = analyse("när antogs mål och budget 2025-2027 av fullmäktige?")
    adopted = "Antagen av kommunfullmäktige 2024-11-26, § 98"
    goals = "Kommunfullmäktiges mål 2025–2027"
    assert fills_slot(q, sentences.Sentence(header, 0, len(adopted), adopted, score=1.0, coverage=0.9,
                                            chunk_score=1.0))
    assert not fills_slot(q, sentences.Sentence(header, 0, len(goals), goals, score=1.0, coverage=0.9,
                                                chunk_score=1.0))


def test_the_adjectives_of_a_when_questions_subject_are_no_concept_the_answer_must_say() -> None:
    from assistant.understand.query import stems

    asked = "När ska det utbyggda avsaltningsverket i Kungshamn vara klart?"
    assert sentences.subject_modifiers(asked) == set(stems("utbyggda"))
    assert sentences.subject_modifiers("När måste föreningen söka bidrag?") == set()
    assert sentences.subject_modifiers("nämnden har ett sparkrav på totalt") == set()  # no definite noun phrase


def test_a_quote_opening_with_a_pronoun_comes_with_the_sentence_it_points_back_at() -> None:
    from assistant.compose.answer import with_antecedents

    text = ("Skattesatsen i kommunen är 22,36 kronor per hundra kronor. Den är oförändrad sedan 2021. "
            "Det finns också en kyrkoavgift.")
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    ranked = sentences.score_sentences(analyse("Sänker kommunen skatten?"), [Hit(chunk=c, score=1.0)], stats,
                                       lambda doc: text)
    pronoun = next(s for s in ranked if s.text.startswith("Den"))
    dummy = next(s for s in ranked if s.text.startswith("Det finns"))
    assert [s.text[:11] for s in with_antecedents([pronoun])] == ["Skattesatse", "Den är oför"]
    assert with_antecedents([dummy]) == [dummy]  # "Det finns": a dummy subject points at nothing


def test_what_a_role_is_called_is_answered_by_a_name_not_the_role() -> None:
    from assistant.compose.answer import judge_evidence
    from assistant.evidence.sentences import Sentence

    def said(text: str) -> Sentence:
        c = Chunk(id="r#0", doc_path="r.txt", text=text, start=0, end=len(text), title="Handlingsplan",
                  doc_type="plan", date="2023-01-01")
        return Sentence(chunk=c, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)

    q = analyse("Vad heter ekonomichefen som ska ansvara för inköpsöversynen?")
    assert judge_evidence(q, [said("Ansvar: Samtliga förvaltningschefer och ekonomichef.")]).reason == "no_person"
    assert judge_evidence(q, [said("Översynen leds av ekonomichefen, säger Anna Berg, ekonomichef.")]).answerable


def test_a_sentence_opening_with_an_article_points_back_at_nothing() -> None:
    from assistant.compose.answer import with_antecedents

    text = "Finansiella mål. Det årliga resultatet ska uppgå till minst 4 procent av skatteintäkterna."
    c = chunk(text)
    ranked = sentences.score_sentences(analyse("Resultatet ska vara 4 procent?"), [Hit(chunk=c, score=1.0)],
                                       sentences.TermStats({c.id: c}), lambda doc: text)
    goal = next(s for s in ranked if s.text.startswith("Det årliga"))
    assert with_antecedents([goal]) == [goal]


def test_a_question_about_a_vote_is_answered_by_the_tally_of_the_matter_voted_on() -> None:
    text = ("# § 85 Skattesats för 2026\n\nKommunstyrelsen föreslår att skattesatsen för 2026 ska vara oförändrad, "
            "22,16 kronor.\n\nVotering\n\nKommunstyrelsens förslag vinner med 18 röster mot 11.")
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("Hur gick omröstningen om skattesatsen i fullmäktige?")
    assert sentences.asks_vote(q) and not sentences.asks_vote(analyse("Vad är skattesatsen 2026?"))
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    assert ranked[0].text == "Kommunstyrelsens förslag vinner med 18 röster mot 11."


def test_the_lead_in_of_a_position_starts_at_its_section_heading() -> None:
    text = "# § 84 Val\n\nNågot annat.\n# § 85 Skattesats\n\nFörslaget vinner med 18 röster mot 11."
    assert sentences.lead_in(text, text.index("Förslaget")).startswith("# § 85 Skattesats")


def test_only_a_sentence_stating_the_tally_fills_a_vote_question() -> None:
    from assistant.compose.answer import fills_slot

    text = "Omröstning begärs och genomförs. Med 4 röster mot 3 beslutar kommunstyrelsen enligt ordförandens yrkande."
    c = chunk(text)
    found = [sentences.Sentence(chunk=c, start=s, end=e, text=text[s:e], score=1.0, coverage=1.0, chunk_score=1.0)
             for s, e in sentences.split_sentences(c)]
    q = analyse("What was the vote on the budget in kommunstyrelsen?")
    assert [fills_slot(q, s) for s in found] == [False, True]


def test_a_list_item_says_what_the_line_introducing_its_list_says() -> None:
    from assistant.evidence.headings import lead_in_at

    text = ("Samtidigt ska nämnderna genomföra effektiviseringar om sammanlagt 6,8 miljoner kronor:\n"
            "•  Socialnämnden:  3,2  miljoner  kronor  genom  ny planering av hemtjänsten.\n"
            "•  Kommunstyrelsen:  1,5  miljoner  kronor  genom  vakanshållning.\n\n"
            "Socialnämnden redovisade ett underskott på 4,9 miljoner kronor.\n")
    item = "Kommunstyrelsen:  1,5  miljoner  kronor  genom  vakanshållning."
    assert lead_in_at(text, text.index(item), item).startswith("Samtidigt ska nämnderna")
    assert lead_in_at(text, text.index("Socialnämnden redovisade"), "Socialnämnden redovisade") == ""
    c = chunk(text)
    stats = sentences.TermStats({c.id: c})
    q = analyse("Hur mycket ska socialnämnden effektivisera 2025?")
    ranked = sentences.score_sentences(q, [Hit(chunk=c, score=1.0)], stats, lambda doc: text)
    assert ranked[0].text.startswith("Socialnämnden:")


def test_a_day_of_the_week_says_when() -> None:
    """"ska utökas med en sen kvällstur på lördagar" tells when more trips run: a day of the week is a time."""
    from assistant.compose.answer import judge_evidence

    text = "Busslinjerna Alingsås–Ingared samt Alingsås–Sollebrunn ska utökas med minst en sen kvällstur på lördagar."
    c = chunk(text)
    ranked = [sentences.Sentence(c, 0, len(text), text, score=1.0, coverage=0.5, chunk_score=1.0)]
    q = analyse("vilka busslinjer ska få fler turer, och när?")
    assert q.wants_date
    assert judge_evidence(q, ranked, probability=0.9, cutoff=0.2).answerable
    assert sentences.TIME.search("under helgerna") and not sentences.TIME.search("en sen kvällstur")


def test_bold_opening_a_line_marks_no_list_item() -> None:
    from assistant.evidence.headings import lead_in_at

    text = ("Åtgärderna i korthet:\n\n"
            "- *Genomlysningar ska göras årligen.*\n\n"
            "**Tidplan:** Beslut i kommunfullmäktige första halvåret 2024.\n")
    bold = "Tidplan:** Beslut i kommunfullmäktige första halvåret 2024."
    assert lead_in_at(text, text.index(bold), bold) == ""  # "**" is emphasis, not an item's marker
    item = "Genomlysningar ska göras årligen.*"
    assert lead_in_at(text, text.index(item), item) == "Åtgärderna i korthet:"  # "- *": a marker, then emphasis


def test_a_field_of_the_minutes_head_is_of_every_matter_of_the_meeting() -> None:
    """"vem var ordförande på fullmäktigemötet?": the head's "Ordförande: Gunnar Ljungqvist (M)" answers, not a
    sentence of a § naming the chair and another person ("Ordföranden ställer ... mot Eva Sjöholms (S) yrkande")."""
    from dataclasses import replace

    from assistant.compose.answer import _asked_fields, in_document_head

    head = ("# Protokoll\n\nKommunfullmäktige\n\nOrdförande: Gunnar Ljungqvist (M)\n\nSekreterare: Karin Åström\n\n"
            "# § 98 Mål och budget 2025\n\nOrdförande: Eva Sjöholm (S)\n")
    first = replace(chunk(head), section="Ärendebeskrivning")
    text = "Ordföranden ställer kommunstyrelsens förslag mot Eva Sjöholms (S) yrkande och finner att fullmäktige bifaller."
    later = Chunk(id="d#2", doc_path="d.txt", text=text, start=900, end=900 + len(text), title="Budget",
                  section="Beslutsgång")

    def sentence(c: Chunk, t: str) -> sentences.Sentence:
        at = c.text.index(t)
        return sentences.Sentence(chunk=c, start=c.start + at, end=c.start + at + len(t), text=t, score=1.0,
                                  coverage=1.0, chunk_score=1.0)

    field = sentence(first, "Ordförande: Gunnar Ljungqvist (M)")
    in_matter = sentence(first, "Ordförande: Eva Sjöholm (S)")
    assert in_document_head(field) and not in_document_head(in_matter)
    q = analyse("vem var ordförande på fullmäktigemötet?")
    assert _asked_fields(q, [sentence(later, text), field]) == [field]




def test_a_time_in_a_sentence_saying_more_of_the_question_answers_before_a_time_field() -> None:
    from assistant.compose.answer import _asked_fields

    body = "Genomlysningarna av kommunens verksamheter ska genomföras årligen från och med år 2024."
    field = "Tidplan:** Genomlysningar av samtliga förvaltningar årligen från och med år 2024."
    text = f"## Genomlysningar\n\n{body}\n\n**{field}"
    c = Chunk(id="d#0", doc_path="d.txt", text=text, start=0, end=len(text), title="Handlingsplan",
              section="Genomlysningar")

    def sentence(part: str, coverage: float) -> sentences.Sentence:
        at = text.index(part)
        return sentences.Sentence(chunk=c, start=at, end=at + len(part), text=part, score=coverage,
                                  coverage=coverage, chunk_score=1.0)

    q = analyse("Från vilket år ska genomlysningarna av kommunens verksamheter göras varje år?")
    assert _asked_fields(q, [sentence(body, 1.0), sentence(field, 0.93)]) == []
    assert [s.text for s in _asked_fields(q, [sentence(body, 1.0), sentence(field, 1.0)])] == [field]


def test_a_bold_labels_opening_mark_stays_with_its_closing_one() -> None:
    c = chunk("## Översyn\n\n**Ansvar:** Ekonomichef.\n\n**Tidplan:** Översyn under 2024.\n\n* Punkt ett i listan.")
    texts = [c.text[s - c.start:e - c.start] for s, e in sentences.split_sentences(c)]
    assert "**Ansvar:** Ekonomichef." in texts and "**Tidplan:** Översyn under 2024." in texts
    assert "Punkt ett i listan." in texts  # a list's bullet is no emphasis


def test_a_definite_noun_names_a_presumed_thing_after_an_adjective_not_as_a_verbs_actor() -> None:
    assert sentences.said_definite("Hur mycket kostar den nya ishallen i Västby?", "ishall")
    assert not sentences.said_definite("Hur mycket sparar kommunen totalt 2025?", "kommun")


def test_a_table_of_contents_entry_says_nothing_and_names_a_heading() -> None:
    # the entries: headings the document has as lines of their own further on, each with its page number
    text = ("Innehåll\nInledning\t3\nVision 2040 – våra ledstjärnor\t14\nDriftsbudget.....\t24\n\nInledning\n"
            "Budgeten bygger på SKR:s prognos.\nVision 2040 – våra ledstjärnor\nAlingsås är Västsveriges vackraste "
            "kulturstad.\nDriftsbudget\nSocialnämnden\t205\n")
    assert sentences.is_running(text, "Vision 2040 – våra ledstjärnor\t14")
    assert sentences.is_contents_heading(text, "Vision 2040 – våra ledstjärnor")
    assert not sentences.is_running(text, "Socialnämnden\t205")
    # one line of a name, a tab and a number beside a heading of that name is a table's row, no table of contents
    row = "Socialnämnden\t12\n\nSocialnämnden\nNämnden ansvarar för omsorgen.\n"
    assert not sentences.is_running(row, "Socialnämnden\t12")
