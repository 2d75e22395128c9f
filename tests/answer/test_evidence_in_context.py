"""Evidence read in its context: a table row with its table's header (its years, what its label counts), a bare line
of a protocol's header with the headings above it, a sentence with its document's one-year title, the amount of a
quote whose own stretch names what is asked, and a vague noun that is nothing an amount is about. Each keeps the
near miss refused: a year the header lacks, a body other than the heading's, another committee's amount."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.compose.answer import (counting, extract_fact, has_year, holds_asked_role, judge_evidence,
                                      names_place, title_period)
from assistant.evidence import sentences
from assistant.evidence.headings import headings_above
from assistant.evidence.sentences import Sentence
from assistant.evidence.table_rows import header_years, row_label
from assistant.understand.query import analyse
from core.types import Chunk

MEASURES = ("Antal (personer, platser respektive besök)\n\n"
            "| Mått | 2024 | 2025 | Jan–aug 2026 |\n|---|---|---|---|\n"
            "| Inskrivna barn i förskola | 268 | 274 | 281 |\n"
            "| Besök i biblioteket | 41250 | 43980 | 29410 |\n")
PROTOCOL = ("STRÖMSUNDS KOMMUN\nSAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\n\nSammanträdesdatum: 2025-11-26\n"
            "Ordförande: Lennart Bäckström (C)\nSekreterare: Elin Forsberg\n")


def _sentence(passage: str, text: str, title: str = "Driftutfall per nämnd", date: str = "2026-09-08",
              offset: int = 100) -> Sentence:
    chunk = Chunk(id="d#1", doc_path="d.xlsx", text=passage, start=offset, end=offset + len(passage), title=title,
                  date=date)
    at = passage.index(text)
    return Sentence(chunk=chunk, start=offset + at, end=offset + at + len(text), text=text, score=1.0,
                    coverage=1.0, chunk_score=1.0)


def test_a_table_row_speaks_of_the_years_of_its_tables_header() -> None:
    row = _sentence(MEASURES, "| Besök i biblioteket | 41250 | 43980 | 29410 |")
    assert header_years(row) == {2024, 2025, 2026}
    assert has_year(row, {2025})
    assert not has_year(row, {2023})  # a year the header lacks stays unanswered
    prose = _sentence("Biblioteket hade 43 980 besök.\n", "Biblioteket hade 43 980 besök.", title="Verksamhet")
    assert header_years(prose) == set()


def test_a_pdf_row_reads_the_header_above_its_data_rows_and_not_past_the_tables_start() -> None:
    passage = ("Investeringar i tkr\n"
               "Projekt                     Budget 2025     Utfall jan-aug 2025\n"
               "Ny förskola                      22 000               9 870\n"
               "Gator och broar                   8 200               4 110\n")
    assert header_years(_sentence(passage, "Gator och broar                   8 200               4 110")) == {2025}
    no_header = "Tabellen visar projekten.\nGator och broar                   8 200               4 110\n"
    assert header_years(_sentence(no_header, "Gator och broar                   8 200               4 110")) == set()


def test_a_table_row_counts_what_its_label_names() -> None:
    q = analyse("Hur många besök hade biblioteket i Boxholm 2025?")
    assert row_label("| Besök i biblioteket | 41250 | 43980 | 29410 |") == "Besök i biblioteket"
    assert row_label("Biblioteket hade många besök.") == ""
    assert counting(q, "| Besök i biblioteket | 41250 | 43980 | 29410 |") is not None
    assert counting(q, "| Inskrivna barn i förskola | 268 | 274 | 281 |") is None  # counts something else
    row = _sentence(MEASURES, "| Besök i biblioteket | 41250 | 43980 | 29410 |")
    assert judge_evidence(q, [row], probability=0.9, cutoff=0.2).answerable
    assert not judge_evidence(analyse("Hur många besök hade biblioteket 2023?"), [row], probability=0.9,
                              cutoff=0.2).answerable


def test_a_hyphenated_compound_is_the_counted_word() -> None:
    q = analyse("hur många röster fick förslaget emot sig?")
    found = counting(q, "Omröstningen utfaller med 24 ja-röster och 15 nej-röster för Per Westins förslag.")
    assert found is not None and "röster" in found.group("after")


def test_a_bare_protocol_line_speaks_of_the_body_in_the_headings_above_it() -> None:
    chair = _sentence(PROTOCOL, "Ordförande: Lennart Bäckström (C)", title="Plats och tid: Hembygdsgården")
    assert "Kommunfullmäktige" in headings_above(chair)
    assert holds_asked_role("vem var ordförande på kommunfullmäktige 26 nov 2025", chair)
    assert not holds_asked_role("vem är ordförande i socialnämnden?", chair)  # the heading names another body
    other = _sentence(PROTOCOL.replace("Ordförande: Lennart Bäckström (C)",
                                       "Kommunstyrelsens ordförande Anna Ek (S) deltar"),
                      "Kommunstyrelsens ordförande Anna Ek (S) deltar", title="Protokoll")
    assert not holds_asked_role("vem var ordförande i kommunfullmäktige?", other)  # names its own body


def test_a_verb_before_a_body_is_no_adjective_naming_it() -> None:
    text = "säger Samuel Carlén (S), ordförande i nämnden för arbete, kompetens och välfärd."
    chair = _sentence(text, text, title="Nämnden för arbete, kompetens och välfärd i korthet")
    assert holds_asked_role("Who chairs nämnden för arbete, kompetens och välfärd?", chair)
    assert not holds_asked_role("vem är ordförande i tekniska nämnden?", chair)  # an adjective names another


def test_a_municipality_before_the_body_is_its_place_not_a_word_telling_the_body_apart() -> None:
    protocol = "Protokoll\nReservation: Kristdemokraternas ledamot Ingvar Lund reserverar sig mot beslutet.\n"
    vote = _sentence(protocol, "Reservation: Kristdemokraternas ledamot Ingvar Lund reserverar sig mot beslutet.",
                     title="Protokoll kommunfullmäktige 2024-11-20")
    assert holds_asked_role("Vem reserverade sig mot beslutet i Åtvidabergs fullmäktige?", vote)
    assert names_place("Åtvidabergs") and not names_place("tekniska")  # an adjective still tells a body apart


def test_a_bare_body_noun_speaks_of_the_body_its_section_names() -> None:
    section = ("Socialnämnden\n\nNämnden ansvarar för individ- och familjeomsorg.\n"
               "Nämndens ordförande är Karin Bäckström (KD).\n")
    chair = _sentence(section, "Nämndens ordförande är Karin Bäckström (KD).", title="Budget 2025")
    assert holds_asked_role("vem är ordf i socialnämnden?", chair)
    assert not holds_asked_role("vem är ordförande i kultur- och fritidsnämnden?", chair)


def test_a_title_naming_one_year_dates_its_sentences() -> None:
    assert title_period("Hultsfreds kommun gör överskott på 27,4 miljoner kronor 2025") == {2025}
    assert title_period("Budget 2021-2023") == {2021, 2022, 2023}
    assert title_period("Jämförelse 2019 och 2024") == set()  # two years, no period: says nothing of one
    s = _sentence("Kultur- och fritidsnämnden redovisar ett överskott på 700 000 kronor.\n",
                  "Kultur- och fritidsnämnden redovisar ett överskott på 700 000 kronor.",
                  title="Hultsfreds kommun gör överskott 2025", date="2026-02-18")
    assert has_year(s, {2025}) and not has_year(s, {2024})


def test_the_fact_is_the_amount_whose_own_stretch_names_what_is_asked() -> None:
    quote = ("Barn- och utbildningsnämnden redovisar ett överskott på 1,9 miljoner kronor och kultur- och "
             "fritidsnämnden ett överskott på 700 000 kronor.")
    assert extract_fact(analyse("hur stort överskott hade kultur o fritid 2025?"), quote) == "700 000 kronor"
    assert extract_fact(analyse("hur stort överskott hade barn- och utbildningsnämnden?"), quote) == \
        "1,9 miljoner kronor"


def test_a_vague_noun_is_nothing_an_amount_is_about() -> None:
    chunks = [Chunk(id=f"d#{i}", doc_path=f"d{i}.txt", text=t, start=0, end=len(t), title="Plan")
              for i, t in enumerate(["Förvaltningarna gör inköp på en halv miljard kronor per år.",
                                     "Kommunen säger olika saker.", "Kommunen köper tjänster per år på olika sätt.",
                                     "Kommunen har olika nämnder per område.", "Kommunen köper mark per år."])]
    stats = sentences.TermStats({c.id: c for c in chunks})
    q = analyse("hur mycket köper kommunen för per år? dokumenten säger olika saker")
    specific = stats.specific_concept(q, [SimpleNamespace(text=c.text) for c in chunks[:2]])  # type: ignore[misc]
    assert specific is not None and specific[0] != "sak", specific  # "sak" is the rarest word here


def test_the_count_given_is_the_one_of_the_asked_noun() -> None:
    q = analyse("Hur många anställda har kommunen?")
    quote = "Den 31 augusti hade kommunen 722 tillsvidareanställda medarbetare, vilket motsvarar 640 årsarbetare."
    assert extract_fact(q, quote) == "722 tillsvidareanställda"


BUDGETS = ("Driftsbudget\n\ntkr\tBudget 2021\tPlan 2022\tPlan 2023\nSocialnämnden\t205 172\t209 559\t213 162\n"
           "Överförmyndarnämnden\t4 869\t4 942\t4 994\n")
INVESTMENTS = ("Investeringsbudget\n\ntkr\t2021\t2022\t2023\nSocialnämnden\t1 200\t1 200\t1 200\n"
               "Totalt\t268 356\t262 613\t272 546\n")


def _row(passage: str, text: str, section: str) -> Sentence:
    chunk = Chunk(id="b#1", doc_path="b.txt", text=passage, start=0, end=len(passage), title="Budget 2021-2023",
                  date="2020", section=section)
    at = passage.index(text)
    return Sentence(chunk=chunk, start=at, end=at + len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)


def test_a_row_of_another_body_another_kind_of_table_or_no_asked_label_states_no_asked_amount() -> None:
    q = analyse("Hur mycket investerar överförmyndarnämnden 2023?")
    operating = _row(BUDGETS, "Överförmyndarnämnden\t4 869\t4 942\t4 994", "Driftsbudget")
    other_body = _row(INVESTMENTS, "Socialnämnden\t1 200\t1 200\t1 200", "Investeringsbudget")
    total = _row(INVESTMENTS, "Totalt\t268 356\t262 613\t272 546", "Investeringsbudget")
    for row in (operating, other_body, total):
        assert has_year(row, {2023})
        assert not judge_evidence(q, [row], probability=0.9, cutoff=0.2).answerable, row.text
    own = analyse("Hur mycket investerar socialnämnden 2023?")
    # investing asks a sum of money, which a table line states in its header's unit only: the calculator reads it
    assert own.wants_money and not judge_evidence(own, [other_body], probability=0.9, cutoff=0.2).answerable
    assert judge_evidence(analyse("Vilka investeringar har socialnämnden 2023?"), [other_body], probability=0.9,
                          cutoff=0.2).answerable
    assert not judge_evidence(own, [_row(BUDGETS, "Socialnämnden\t205 172\t209 559\t213 162", "Driftsbudget")],
                              probability=0.9, cutoff=0.2).answerable  # the operating budget's row


def test_justified_prose_with_runs_of_spaces_is_no_table_row() -> None:
    line = "Den  30  juni  2025  hade  Strömsunds  kommun  11  402  invånare,  en  minskning  med  61  personer."
    assert row_label(line) == ""
    assert row_label("Ny förskola Strömsund        22 000        9 870       17 500") == "Ny förskola Strömsund"
    q = analyse("How many inhabitants did Strömsund have at the end of June 2025?")
    prose = _sentence(line + "\n", line, title="Delårsrapport", date="2025-09-30")
    assert not header_years(prose) and has_year(prose, {2025})
    assert judge_evidence(q, [prose], probability=0.9, cutoff=0.2).answerable


def test_a_year_or_a_day_of_a_month_counts_nothing() -> None:
    quote = "Den 30 juni 2025 hade Strömsunds kommun 11 402 invånare, en minskning med 61 personer."
    assert extract_fact(analyse("Hur många invånare hade Strömsunds kommun i juni 2025?"), quote) == "11 402 invånare"


def test_a_short_adjective_is_said_by_its_base_form() -> None:
    from assistant.understand.query import short_adjective_base

    assert short_adjective_base("nya") == "ny" and short_adjective_base("skola") is None
    q = analyse("Hur mycket kostar den nya förskolan?")
    group = next(g for g in q.groups if g[0] == "nya")
    chunk = Chunk(id="i#0", doc_path="i.pdf", text="Ny förskola 22 000", start=0, end=18, title="Investeringar")
    stats = sentences.TermStats({chunk.id: chunk, "o#0": Chunk(id="o#0", doc_path="o.txt", text="Den nya skolan.",
                                                              start=0, end=15, title="Skola")})
    assert stats.coverage((group,), frozenset({"ny", "förskol"}), full=(2,)) == 1.0


def test_an_amount_led_by_a_subject_of_its_own_is_not_about_the_neighbours_concept() -> None:
    from assistant.compose.answer import of_other_subject

    passage = ("Nyupplåningen 2027 beräknas till 15,0 miljoner kronor. "
               "Den nya räddningsstationen ingår inte i budgeten.")
    q = analyse("Hur mycket kostar den nya räddningsstationen?")
    amount = _sentence(passage, "Nyupplåningen 2027 beräknas till 15,0 miljoner kronor.", title="Budget")
    station = _sentence(passage, "Den nya räddningsstationen ingår inte i budgeten.", title="Budget")
    about = (lambda s: "räddningsstation" in s.text.lower(),)
    assert of_other_subject(q, amount.text)
    assert judge_evidence(q, [amount, station], probability=0.9, cutoff=0.2, about=about).reason == "no_amount"
    told = ("Räddningsstationen byggs om under 2027. Kostnaden beräknas till 15,0 miljoner kronor.")
    cost = _sentence(told, "Kostnaden beräknas till 15,0 miljoner kronor.", title="Budget")
    named = _sentence(told, "Räddningsstationen byggs om under 2027.", title="Budget")
    assert not of_other_subject(q, cost.text)  # the cost asked, its subject told by the sentence before
    assert judge_evidence(q, [cost, named], probability=0.9, cutoff=0.2, about=about).answerable


def test_a_compound_names_a_kind_of_amount_of_its_own_a_bare_money_word_does_not() -> None:
    from assistant.compose.answer import of_other_subject

    q = analyse("Vad kostar feriearbetena?")
    assert of_other_subject(q, "Vi har ett sparkrav på totalt 41 miljoner.")
    assert not of_other_subject(q, "Driftkostnaden beräknas till 2 miljoner kronor.")
    assert not of_other_subject(q, "Feriearbetena beräknas kosta 2 miljoner kronor.")
    assert not of_other_subject(q, "2 miljoner kronor avsätts för feriearbeten.")


def test_a_count_held_by_the_municipality_is_not_a_departments() -> None:
    from assistant.compose.answer import of_other_subject

    text = "Vid utgången av 2025 hade kommunen 4 178 tillsvidareanställda medarbetare, vilket är 57 fler än året innan."
    assert of_other_subject(analyse("Hur många anställda har räddningstjänsten?"), text)
    assert not of_other_subject(analyse("Hur många anställda har kommunen?"), text)


SPLIT_TAX = ("Av varje hundralapp i kommunalskatt går ungefär 43 kronor till förskola och skola, 37 kronor till "
             "äldreomsorg och socialtjänst.")
RATE = "Skattesatsen är oförändrad och uppgår till 22,26 kronor per hundralapp."


def test_a_sentence_whose_amounts_all_go_elsewhere_does_not_state_the_asked_measure() -> None:
    from assistant.compose.answer import goes_elsewhere, select_evidence

    q = analyse("Hur hög är kommunalskatten 2025?")
    assert goes_elsewhere(q, SPLIT_TAX) and not goes_elsewhere(q, RATE)
    assert not goes_elsewhere(analyse("Hur mycket av kommunalskatten går till äldreomsorgen?"), SPLIT_TAX)
    passage = f"{SPLIT_TAX} {RATE}"
    split, rate = _sentence(passage, SPLIT_TAX, title="Budget 2025"), _sentence(passage, RATE, title="Budget 2025")
    assert select_evidence(q, [split, rate])[0] is rate  # the better-ranked sentence splits the tax, it is no rate


def test_the_amount_going_to_the_asked_use_is_the_one_quoted() -> None:
    q = analyse("Hur mycket av kommunalskatten går till äldreomsorgen?")
    assert extract_fact(q, SPLIT_TAX) == "37 kronor"


RESULT = ("Resultatbudget, tkr\n"
          "                          Not      Bokslut      Budget      Prognos      Budget       Plan\n"
          "                                      2025        2026         2026        2027       2028\n"
          "Verksamhetens resultat                7 510       5 000       (3 260)      5 300      6 500\n")


def test_a_table_rows_columns_say_whether_it_states_an_outcome_of_the_asked_year() -> None:
    from assistant.evidence.table_rows import header_columns, row_states_outcome

    row = _sentence(RESULT, "Verksamhetens resultat                7 510       5 000       (3 260)      5 300      6 500",
                    title="Budget 2027", date="2026-11-23")
    assert header_columns(row)[:3] == [("Utfall", 2025), ("Budget", 2026), ("Prognos", 2026)]
    assert row_states_outcome(row, {2025}) is True
    assert row_states_outcome(row, {2026}) is False  # a budget and a forecast: no outcome of 2026
    years_only = _sentence(MEASURES, "| Besök i biblioteket | 41250 | 43980 | 29410 |")
    assert row_states_outcome(years_only, {2025}) is None  # the header names no kinds: the row's words judge
    q = analyse("vad blev bokslutet för verksamhetens resultat 2026, alltså det faktiska resultatet?")
    assert judge_evidence(q, [row], threshold=0.1).reason == "no_outcome"
    assert judge_evidence(analyse("vad blev bokslutet för verksamhetens resultat 2025?"), [row], threshold=0.1).answerable


def test_an_english_role_used_as_a_verb_asks_for_that_role() -> None:
    text = "Vi agerar nu, säger Simon Waern (S), kommunstyrelsens vice ordförande."
    vice = _sentence(f"Uppdragen sjösätts. {text}", text, title="Pressmeddelande")
    chair_text = "Det är en styrka, säger Daniel Filipsson (M), kommunstyrelsens ordförande."
    chair = _sentence(f"Uppdragen sjösätts. {chair_text}", chair_text, title="Pressmeddelande")
    question = "Who chaired the municipal executive board (kommunstyrelsen)?"
    assert holds_asked_role(question, chair) and not holds_asked_role(question, vice)
    assert holds_asked_role("Who was vice chair of kommunstyrelsen?", vice)


def test_a_runner_up_amount_must_be_about_what_is_asked_too() -> None:
    from dataclasses import replace

    from assistant.compose.answer import select_evidence

    q = analyse("Hur mycket budgeterar Vännäs för räddningstjänsten 2026?")
    fire = "Kommunstyrelsen får 1,2 miljoner kronor för ökade kostnader för räddningstjänsten."
    result = "Vännäs budgeterar ett resultat på 14,6 miljoner kronor 2026."
    best = replace(_sentence(fire, fire, title="Budget 2025–2027"), score=1.0, coverage=0.9)
    other = replace(_sentence(result, result, title="Budget 2025–2027", offset=400), score=0.9, coverage=0.8)
    chosen = select_evidence(q, [best, other], threshold=0.6, about=lambda s: "räddningstjänst" in s.text)
    assert chosen == [best]


def test_a_compound_whose_first_part_names_a_body_asks_of_that_body() -> None:
    from assistant.compose.answer import body_modifier

    assert body_modifier("fullmäktigemötet") == "fullmäktige"
    assert body_modifier("kommunstyrelsemötet") == "kommunstyrelse"
    assert body_modifier("nämndens") is None and body_modifier("kommunstyrelsens") is None  # a body's own endings
    text = "Eva Persson (S), ordförande bildningsnämnden, 0223-290 15"
    other = _sentence(text, text, title="Norberg bygger ny förskola")
    assert holds_asked_role("vem var ordförande på fullmäktige i Norberg?", other) is False
    assert holds_asked_role("vem var ordförande på fullmäktigemötet i Norberg?", other) is False
