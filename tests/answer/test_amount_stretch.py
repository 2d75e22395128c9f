"""Each amount of a sentence is read in its own words: its year and whether it is an outcome or an estimate."""
from __future__ import annotations

from assistant.evidence.amount_stretch import of_years, only_estimates, stated_amounts, states_outcome_of

TWO_YEARS = ("Socialförvaltningen har hämtat igen en stor del av sitt underskott och har gått från -14,3 miljoner "
             "kronor förra året till en prognos på -6,6 miljoner kronor i år.")
FORECAST = "Prognosen för helåret är ett resultat på 9,2 mnkr, vilket är 8,4 mnkr sämre än budget."
TWO_BODIES = ("Barn- och utbildningsnämnden redovisar ett överskott på 1,9 miljoner kronor och kultur- och "
              "fritidsnämnden ett överskott på 700 000 kronor.")


def test_each_amount_keeps_its_own_year_and_kind() -> None:
    last_year, this_year = stated_amounts(TWO_YEARS, 2020)
    assert (last_year.number, last_year.years, last_year.estimate) == ("-14,3", {2019}, False)
    assert (this_year.number, this_year.years, this_year.estimate) == ("-6,6", {2020}, True)
    assert "prognos" in this_year.stretch and "prognos" not in last_year.stretch


def test_the_subject_leads_to_its_amount() -> None:
    first, second = stated_amounts(TWO_BODIES, 2024)
    assert first.stretch.startswith("Barn- och utbildningsnämnden") and "kultur" not in first.stretch
    assert second.stretch.startswith("kultur- och fritidsnämnden") and not second.estimate


def test_amounts_of_the_asked_year_or_else_those_naming_none() -> None:
    amounts = stated_amounts(TWO_YEARS, 2020)
    assert [a.number for a in of_years(amounts, {2020})] == ["-6,6"]
    assert [a.number for a in of_years(amounts, set())] == ["-14,3", "-6,6"]
    assert [a.number for a in of_years(stated_amounts(FORECAST, 2025), {2025})] == ["9,2", "8,4"]


def test_a_forecast_of_the_asked_year_is_no_outcome() -> None:
    assert only_estimates(TWO_YEARS, 2020, {"-14,3", "-6,6"}, {2020})
    assert not only_estimates(TWO_YEARS, 2020, {"-14,3", "-6,6"}, {2019})  # last year's figure is an outcome
    assert only_estimates(FORECAST, 2025, {"9,2"}, {2025})
    assert not only_estimates(TWO_BODIES, 2024, {"1,9", "700 000"}, set())
    assert not only_estimates(FORECAST, 2025, {"12"}, {2025})  # no asked amount stated: nothing to judge


def test_a_table_row_is_judged_by_its_columns_not_its_words() -> None:
    row = "| Årets resultat | 3,8 | 2,8 | 3,6 |"
    assert stated_amounts(row, 2026) == []
    assert not only_estimates(row, 2026, {"3,8"}, {2025})
    assert states_outcome_of(row, 2026, {2025})
    assert not states_outcome_of(TWO_YEARS, 2020, {2020}) and states_outcome_of(TWO_YEARS, 2020, {2019})


def test_an_outcome_question_names_no_estimate_even_as_a_compounds_head() -> None:
    from assistant.budget.columns import asks_only_outcome

    assert asks_only_outcome("Vad blev kommunens faktiska resultat för helåret 2025 i bokslutet?")
    assert asks_only_outcome("Hur slutade socialförvaltningens resultat 2020?")
    assert not asks_only_outcome("Hur mycket landade handlingsplanen på sen?")
    assert not asks_only_outcome("Hur mycket landade förslaget på?")
    assert not asks_only_outcome("Hur stor är budgeten för 2025?")


def test_the_nouns_leading_to_an_amount_are_what_it_is_the_value_of() -> None:
    from assistant.evidence.amount_stretch import leading_subjects

    assert leading_subjects("Nyupplåningen 2027 beräknas till 15,0 miljoner kronor.") == [frozenset({"nyupplåning"})]
    assert leading_subjects("Vi har ett sparkrav på totalt 41 miljoner.") == [frozenset({"sparkrav"})]
    assert leading_subjects("900 tkr tillskjuts nämnden för att utöka busslinjerna.") == [frozenset()]
    assert leading_subjects("Den uppgår till 5 mnkr.") == [frozenset()]  # told by the sentence before
    assert leading_subjects("| Förskola Floda | 22000 | 34000 |") == []  # a table row: its label says it
    assert leading_subjects("Kommunens resultat 2024 blev 5 mnkr.") == [frozenset({"result"})]
    # a neuter genitive before the noun determines it, though it ends as a supine does ("beslutats")
    assert leading_subjects("Årets\nresultat blev 15,7 miljoner kronor, något bättre än budget.") \
        == [frozenset({"result"})]
    # what the genitive names owns the amount too: the agreement the sentence before names is what is worth 5,8
    assert leading_subjects("Avtalets värde beräknas till cirka 5,8 miljoner kronor per år.") \
        == [frozenset({"avtal", "värd"})]
    # an adverbial, an object or an amount that is itself the subject names no subject of it
    assert leading_subjects("Detta innebär att i slutet av perioden ska ungefär 30 miljoner kronor vara budgeterade.") \
        == [frozenset()]
    assert leading_subjects("Förslagsvis avsätts ungefär 5 miljoner kronor årligen.") == [frozenset()]
    # the holder after a verb of having: the count is the municipality's, not a department's
    assert leading_subjects("Vid utgången av 2025 hade kommunen 4 178 anställda.") == [frozenset({"kommun"})]


def test_an_amount_names_the_asked_year_in_its_own_words() -> None:
    from assistant.evidence.amount_stretch import names_year_of_amount

    text = "Underskottet har gått från -14,3 miljoner kronor förra året till en prognos på -6,6 miljoner kronor i år."
    assert names_year_of_amount(text, 2020, {2020}) and names_year_of_amount(text, 2020, {2019})
    assert not names_year_of_amount("Nämnden beslutade om ett paket om 5,4 miljoner kronor.", 2020, {2020})
    assert not names_year_of_amount(text, 2020, set())


def test_till_after_an_amount_names_what_it_goes_to() -> None:
    from assistant.evidence.amount_stretch import recipients

    split = ("Av varje hundralapp i kommunalskatt går ungefär 43 kronor till förskola och skola, "
             "37 kronor till äldreomsorg och socialtjänst.")
    assert recipients(split) == [frozenset({"förskol"}), frozenset({"äldreomsorg"})]
    # "uppgår till" leads to the amount; a number or a year after "till" is another amount or a time
    assert recipients("Skattesatsen är oförändrad och uppgår till 22,26 kronor per hundralapp.") == [frozenset()]
    assert recipients("Kostnaden ökar från 10 mnkr till 12 mnkr.") == [frozenset(), frozenset()]
    assert recipients("Nämnden får 5 mnkr till 2027.") == [frozenset()]
    assert recipients("| Förskola | 22000 | 34000 |") == []


def test_a_question_names_what_the_money_goes_to_after_its_till() -> None:
    from assistant.evidence.amount_stretch import asked_recipient, recipients

    assert asked_recipient("Hur mycket av satsningen på barn och unga går till elevhälsan?") == "elevhälsan"
    assert asked_recipient("Vad budgeteras årets resultat till 2025?") == ""
    assert asked_recipient("Hur mycket får nämnden?") == ""
    assert asked_recipient("According to the budget, how much does the board get?") == ""  # the source, no recipient
    # the "to" of an infinitive a verb of intent governs opens no recipient; a later "to" may
    assert asked_recipient("How much does Hällefors plan to invest in renovating the simhall in 2025?") == ""
    assert asked_recipient("How much does the board plan to give to the library?") == "the library"
    # a few words between the amount and its "till" ("kronor av varje hundralapp går till")
    assert recipients("Resterande 850 000 kronor går till sommarlovsaktiviteter.") == [frozenset({"sommarlovsaktivitet"})]


def test_the_head_of_what_an_amount_goes_to() -> None:
    from assistant.evidence.amount_stretch import recipient_at

    text = "Av varje hundralapp går 43 kr till skolan i Mjölby"
    assert recipient_at(text, text.index("43")) == "skolan"
    assert recipient_at("Skatten uppgår till 22,15 kronor", 20) == ""
    assert recipient_at("Budgeten ökar från 10 till 12 mnkr", 19) == ""
    text = "43 kronor av varje hundralapp går till skolan"
    assert recipient_at(text, 0) == "skolan"  # the amount's own "av"
    text = "ger nämnden 1,2 miljoner för busstrafik till Sollebrunn"
    assert recipient_at(text, text.index("1,2")) == ""  # the traffic goes there, not the money


def test_what_an_amount_goes_to_is_the_noun_phrase_past_its_article() -> None:
    from assistant.evidence.amount_stretch import recipient_at

    text = "Hallsbergs kommun har budgeterat 120 miljoner till en ny simhall, stämmer det?"
    assert recipient_at(text, text.index("120")) == "ny simhall"
    text = "Kommunen ger 2 miljoner till det nya badhuset"
    assert recipient_at(text, text.index("2 ")) == "nya badhuset"


def test_what_a_whole_year_came_to_is_not_answered_by_its_forecast() -> None:
    """"Vad blev årets resultat för helåret 2025?" asks what the year came to, as the calculator reads it
    (columns.asks_whole_year_outcome): an interim report's forecast for the whole year does not answer it."""
    from types import SimpleNamespace

    from assistant.answering.prose import quotes_only_estimates
    from assistant.understand.query import analyse

    best = SimpleNamespace(text="Prognosen för helåret är ett resultat på 11,3 miljoner kronor, att jämföra med "
                                "budgeterade 12,0 miljoner kronor.", chunk=SimpleNamespace(date="2025-09-30"))
    assert quotes_only_estimates(analyse("Vad blev Nordanstigs årets resultat för helåret 2025?"), best)  # type: ignore
    assert not quotes_only_estimates(analyse("Vad är prognosen för årets resultat 2025?"), best)  # type: ignore


def test_what_a_thing_costs_is_its_amount() -> None:
    from assistant.evidence.amount_stretch import leading_subjects

    assert leading_subjects("Förskolan beräknas kosta totalt 24 miljoner kronor.") != [frozenset()]
    assert leading_subjects("Den nya hallen kostar 68 miljoner kronor.") == [frozenset({"hall"})]
