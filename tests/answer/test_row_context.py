"""A question that names a table row only as the one who acted ("Nämnden ville 2021 utreda en utdelning – hur
mycket blev det?") is about what a sentence states, not about the row's cells: the year of the statement dates
what it tells, the statement's verb is not what an amount is about, and the row yields to the sentence."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.evidence import sentences
from assistant.arbitrate import row_is_context
from assistant.understand.query import analyse
from core.types import Chunk
from assistant.understand.parts import context_years, statement_before


def chunk(i: int, text: str) -> Chunk:
    return Chunk(id=f"d#{i}", doc_path=f"d{i}.txt", text=text, start=0, end=len(text), title="Plan",
                 doc_type="action_plan", date="2024-01-01")


def test_a_year_in_a_statement_before_the_question_dates_the_statement() -> None:
    assert context_years("Socialnämnden beslutade 2020 att spara på köpt vård. Hur mycket blev det?") == {2020}
    assert 2020 in analyse("Socialnämnden beslutade 2020 att spara på köpt vård. Hur mycket blev det?").doc_years
    assert context_years("Socialnämnden 2022: hur mycket får den?") == set()  # no verb: names what is asked
    assert context_years("Hur mycket får socialnämnden 2022?") == set()
    assert context_years("Nämnden sparade 2020. Hur mycket sparar den 2021?") == {2020}


def test_the_questions_verbs_are_not_what_an_amount_is_about() -> None:
    chunks = [chunk(0, "Förvaltningen ska utreda frågan om bolaget."),
              chunk(1, "Bolaget föreslås lämna en utdelning på 3 mnkr årligen."),
              chunk(2, "En utdelning från bolaget beslutas årligen."),
              chunk(3, "Kommunen har många verksamheter."), chunk(4, "Kommunen har en budget.")]
    stats = sentences.TermStats({c.id: c for c in chunks})
    q = analyse("Nämnden skulle utreda utdelningen från bolaget – hur mycket blev den?")
    named = [SimpleNamespace(text=c.text) for c in chunks[:3]]
    specific = stats.specific_concept(q, named)  # type: ignore[arg-type]
    assert specific is not None and specific[0].startswith("utdelning"), specific


def test_a_row_carrying_little_of_the_question_yields_to_a_sentence_carrying_more() -> None:
    chunks = [chunk(0, "Koncernen Energibolaget föreslås lämna en årlig utdelning på 10 miljoner kronor."),
              chunk(1, "Kommunstyrelsen ger uppdrag om lokaler."), chunk(2, "Kommunen har en budget."),
              chunk(3, "Kommunstyrelsen leder kommunen.")]
    stats = sentences.TermStats({c.id: c for c in chunks})
    row = [SimpleNamespace(quote="Kommunstyrelsen\t95 090\t96 486\t95 478", title="Budget 2021-2023")]
    prose = SimpleNamespace(text=chunks[0].text, chunk=chunks[0])
    q = analyse("Kommunstyrelsen ville utreda en utdelning från Energibolaget – hur mycket föreslås?")
    assert row_is_context(stats, q, row, prose)  # type: ignore[arg-type]
    own = analyse("Hur mycket får kommunstyrelsen 2023?")  # the row is what is asked
    assert not row_is_context(stats, own, row, prose)  # type: ignore[arg-type]


def test_the_statement_before_a_question_is_told_apart_from_what_is_asked() -> None:
    said, asked = statement_before("Nämnden ville utreda en utdelning – hur mycket blev förslaget?")
    assert said.startswith("Nämnden ville") and asked.startswith("hur mycket")
    assert statement_before("Nämnden 2022: hur mycket får den?") == ("", "Nämnden 2022: hur mycket får den?")
    assert statement_before("Hur mycket får nämnden?") == ("", "Hur mycket får nämnden?")
    # a preamble naming only the source says where, not what happened
    sourced = "According to the kommunstyrelsen minutes from March 2025, what deviation does socialnämnden forecast?"
    assert statement_before(sourced) == ("", sourced)


def test_a_request_before_the_question_is_what_is_asked_not_a_statement() -> None:
    """"Jämför X för A och B." asks (an imperative), unlike a statement of what happened, whose years date it."""
    request = "Jämför årets resultat i budget 2025 för Vaxholm och Älvdalen. Vilken kommun budgeterar högst resultat?"
    assert statement_before(request) == ("", request) and not context_years(request)
    said, _ = statement_before("Kommunstyrelsen bad 2023 om en utredning. Hur mycket kostade den?")
    assert said.startswith("Kommunstyrelsen bad")


def test_a_row_that_only_counts_does_not_answer_a_sum_asked_without_counting() -> None:
    from assistant.arbitrate import only_counts

    def figure(*units: str) -> SimpleNamespace:
        return SimpleNamespace(refused=False, values=[SimpleNamespace(unit=u) for u in units])

    assert only_counts(figure("antal")) and not only_counts(figure("antal", "tkr")) and not only_counts(figure())
    chunks = [chunk(0, "Under året har kommunen sålt tomtmark i Norrby för 3,4 miljoner kronor."),
              chunk(1, "Norrby har en skola."), chunk(2, "Kommunen har en budget."), chunk(3, "Befolkningen växer.")]
    stats = sentences.TermStats({c.id: c for c in chunks})
    row = [SimpleNamespace(quote="Norrby\t611", title="Befolkning per ort")]
    prose = SimpleNamespace(text=chunks[0].text, chunk=chunks[0])
    q = analyse("för hur mycket sålde kommunen tomtmark i Norrby 2023?")
    assert q.wants_amount and not q.wants_count
    assert row_is_context(stats, q, row, prose)  # type: ignore[arg-type]
    assert not row_is_context(stats, analyse("hur mycket växte befolkningen i Norrby?"), row, prose)  # type: ignore[arg-type]


def test_a_statement_with_an_auxiliary_as_its_verb_is_told_apart_too() -> None:
    said, asked = statement_before("Nämnden skulle 2023 utreda en utdelning. Vad blev förslaget, hur mycket?")
    assert said.startswith("Nämnden skulle") and asked.startswith("Vad blev")
    assert context_years("Nämnden skulle 2023 utreda en utdelning. Vad blev förslaget?") == {2023}
    assert statement_before("Nämnden 2023: vad blev förslaget?")[0] == ""  # still no verb


def test_the_calculator_is_asked_what_is_asked_when_it_names_a_row_of_its_own() -> None:
    from assistant.build import Assistant

    fake = SimpleNamespace(_names_rows=lambda text: "Tekniska nämnden" in text)
    asked = Assistant._asked_of_tables(
        fake, "Tekniska nämnden hade stora kostnader 2022 – vad får Tekniska nämnden i budget 2024?")  # type: ignore
    assert asked == "vad får Tekniska nämnden i budget 2024?"
    told = "Tekniska nämnden hade stora kostnader 2022 – hur stora var de?"  # the statement names what "de" are
    assert Assistant._asked_of_tables(fake, told) == told  # type: ignore[arg-type]
    plain = "Vad får Tekniska nämnden i budget 2024?"
    assert Assistant._asked_of_tables(fake, plain) == plain  # type: ignore[arg-type]


def test_what_is_asked_names_what_an_amount_is_about_not_the_statement_before_it() -> None:
    chunks = [chunk(0, "Hemtjänsten har gått från ett underskott på 14 mnkr förra året till 6 mnkr."),
              chunk(1, "Hemtjänsten satsade kraftigt på bilar."), chunk(2, "Hemtjänsten har ett underskott."),
              chunk(3, "Hemtjänsten har ett underskott i år."), chunk(4, "Kommunen har en budget.")]
    stats = sentences.TermStats({c.id: c for c in chunks})
    named = [SimpleNamespace(text=c.text) for c in chunks[:2]]
    q = analyse("Hemtjänsten gick över budget kraftigt 2022. Hur stort blev underskottet?")
    specific = stats.specific_concept(q, named)  # type: ignore[arg-type]
    assert specific is not None and specific[0].startswith("underskott"), specific


def test_a_question_asking_beyond_the_row_it_names_is_answered_by_the_sentence_saying_it() -> None:
    from assistant.arbitrate import asks_beyond_row
    from assistant.evidence.sentences import text_stems

    chunks = [chunk(0, "Modellen innebär att kommunbidragen räknas upp med 50 procent av prisindex."),
              chunk(1, "Socialnämnden får 5 mnkr för hemtjänsten 2022."), chunk(2, "Kommunen har en budget."),
              chunk(3, "Socialnämnden leder socialtjänsten."), chunk(4, "Socialnämnden har ett bokslut.")]
    stats = sentences.TermStats({c.id: c for c in chunks})
    row = text_stems("Summa kommunbidrag 2 384 696 Budget 2022 Driftsbudget")
    prose = SimpleNamespace(text=chunks[0].text, chunk=chunks[0])
    q = analyse("hur mycket räknas nämndernas kommunbidrag upp med prisindex?")
    assert asks_beyond_row(stats, q, row, {"drift"}, prose)  # type: ignore[arg-type]
    own = text_stems("Socialnämnden 205 172 209 559 Plan 2022 Driftsbudget")
    plain = analyse("hur mycket får socialnämnden 2022?")  # the row, its column and table say all it asks
    about = SimpleNamespace(text=chunks[1].text, chunk=chunks[1])
    assert not asks_beyond_row(stats, plain, own, {"drift"}, about)  # type: ignore[arg-type]
    # a word naming the row's kind of table ("kommunbidrag" of a "drift" table) is not beyond it
    kind = analyse("hur mycket är socialnämndens kommunbidrag?")
    named = SimpleNamespace(text="Socialnämnden får ett kommunbidrag på 5 mnkr.", chunk=chunks[1])
    assert not asks_beyond_row(stats, kind, text_stems("Socialnämnden 205 172"), {"drift"}, named)  # type: ignore
    assert asks_beyond_row(stats, kind, text_stems("Socialnämnden 205 172"), set(), named)  # type: ignore
    # a sentence not saying what the row leaves out does not answer in its place
    other = SimpleNamespace(text=chunks[3].text, chunk=chunks[3])
    assert not asks_beyond_row(stats, q, row, {"drift"}, other)  # type: ignore[arg-type]
    # nor does a table's line, nor a sentence stating no figure
    line = SimpleNamespace(text="Summa kommunbidrag\t2 384 696\t2 442 036", chunk=chunks[0])
    assert not asks_beyond_row(stats, q, row, {"drift"}, line)  # type: ignore[arg-type]
    bare = SimpleNamespace(text="Kommunbidragen räknas upp med prisindex.", chunk=chunks[0])
    assert not asks_beyond_row(stats, q, row, {"drift"}, bare)  # type: ignore[arg-type]


def test_a_row_naming_the_asked_concept_in_another_form_leaves_nothing_out() -> None:
    from assistant.arbitrate import asks_beyond_row
    from assistant.evidence.sentences import text_stems

    chunks = [chunk(0, "Den totala sjukfrånvaron minskade till 6,9 procent under 2025."),
              chunk(1, "Sjukfrånvaron är hög."), chunk(2, "Kommunen har en budget."), chunk(3, "Andel heltid.")]
    stats = sentences.TermStats({c.id: c for c in chunks})
    row = text_stems("Sjukfrånvaro bland medarbetare, % 7,9 7,6 Utfall 2024")
    prose = SimpleNamespace(text=chunks[0].text, chunk=chunks[0])
    assert not asks_beyond_row(stats, analyse("Hur hög var sjukfrånvaron 2024?"), row, set(), prose)  # type: ignore


def test_a_compound_opened_by_the_looked_up_columns_kind_is_said_by_the_row() -> None:
    """"planåret 2027" names the column "Plan 2027": the row says it, so a sentence about the plan years
    ("Planåren 2026–2027 är preliminära ...") does not answer in the row's place; a short word inside another
    ("lan" in "planår") names nothing."""
    from assistant.arbitrate import _loosely_said

    assert _loosely_said(("planår",), frozenset({"plan", "skatteintäk", "2027"}))
    assert _loosely_said(("budgetår",), frozenset({"budget"}))
    assert not _loosely_said(("planår",), frozenset({"lan", "skatteintäk"}))
    assert not _loosely_said(("planår",), frozenset({"planår"[:3]}))


def test_a_compound_opened_by_another_word_of_the_row_is_not_said_by_it() -> None:
    """"skattehöjningen" is no form of the row "Skatteintäkter": the row's first part "skatt" opens a compound of
    another head, so a sentence on what the tax rise brings ("Höjningen ger cirka 8,8 miljoner kronor i ökade
    skatteintäkter") may answer in the row's place."""
    from assistant.arbitrate import _loosely_said

    assert not _loosely_said(("skattehöjning",), frozenset({"skatt", "skatteintäk", "resultatbudget", "2025"}))


def test_the_deed_an_amount_is_of_is_beyond_a_committees_budget_row() -> None:
    """"hur mkt får KS nyupplåna 2025?": the committee's row in the operating budget does not state the borrowing
    the sentence states; the plain "hur mycket får kommunstyrelsen 2025?" is the row's."""
    from assistant.arbitrate import asks_beyond_row
    from assistant.evidence.sentences import text_stems

    chunks = [chunk(0, "Kommunstyrelsen får rätt att under 2025 nyupplåna högst 95,0 mnkr."),
              chunk(1, "Kommunstyrelsen får 209,8 mnkr 2025."), chunk(2, "Kommunen har en budget."),
              chunk(3, "Kommunstyrelsen leder arbetet."), chunk(4, "Nämnderna har ett bokslut.")]
    stats = sentences.TermStats({c.id: c for c in chunks})
    row = text_stems("Kommunstyrelsen 203,4 209,8 Budget 2025 Driftbudget per nämnd")
    prose = SimpleNamespace(text=chunks[0].text, chunk=chunks[0])
    q = analyse("hur mkt får kommunstyrelsen i Nässjö nyupplåna 2025")
    assert stats.asked_deeds(q) and stats.asked_deeds(q)[0][0].startswith("nyupplån")
    assert asks_beyond_row(stats, q, row, {"drift"}, prose)  # type: ignore[arg-type]
    plain = analyse("hur mycket får kommunstyrelsen 2025?")
    assert not asks_beyond_row(stats, plain, row, {"drift"}, prose)  # type: ignore[arg-type]


def test_a_definite_form_the_stemmer_keeps_is_said_by_the_rows_bare_noun() -> None:
    # "LSS-boendet" (stem "boendet") is said by the row "Nytt LSS-boende" (stem "boend"): no concept beyond the row
    from assistant.arbitrate import _loosely_said

    assert _loosely_said(("boendet",), frozenset({"nytt", "lss", "boend"}))
    assert not _loosely_said(("boendet",), frozenset({"nytt", "lss", "bostad"}))
