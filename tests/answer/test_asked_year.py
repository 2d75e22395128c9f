"""The evidence for a question naming a year must speak of that year: a budget for 2026-2028 says nothing of the
interest costs of 2029, however much it says about interest."""
from __future__ import annotations

from assistant.answering.prose import speaks_of_asked_year
from assistant.evidence.sentences import Sentence
from assistant.understand.query import analyse
from core.types import Chunk


def _sentence(text: str, passage: str = "", title: str = "Mål och budget", date: str = "2025-11-24") -> Sentence:
    body = f"{passage} {text}".strip()
    chunk = Chunk(id="b#0", doc_path="b.pdf", text=body, start=0, end=len(body), title=title, date=date)
    start = body.index(text)
    return Sentence(chunk=chunk, start=start, end=start + len(text), text=text, score=1.0, coverage=1.0,
                    chunk_score=1.0)


def test_a_year_no_quoted_sentence_passage_or_title_names_is_not_answered() -> None:
    q = analyse("vilken räntekostnad räknar kommunen med för 2029")
    risk = _sentence("Ränterisken är begränsad eftersom drygt hälften av lånen har fast ränta.")
    assert not speaks_of_asked_year(q, [risk])
    assert speaks_of_asked_year(q, [_sentence("Räntekostnaderna beräknas till 4,1 miljoner kronor 2029.")])
    in_passage = _sentence("Räntekostnaden beräknas till 4,1 miljoner kronor.", passage="Plan 2029.")
    assert speaks_of_asked_year(q, [in_passage])


def test_a_document_titled_with_the_year_speaks_of_it() -> None:
    q = analyse("hur stort var underskottet 2024?")
    report = _sentence("Nämnderna redovisade ett samlat underskott på 10,2 miljoner kronor.", title="Årsredovisning 2024",
                       date="2025-04-28")
    assert speaks_of_asked_year(q, [report])
    assert speaks_of_asked_year(analyse("hur stort var underskottet?"), [report])  # no year asked


def test_a_budget_titled_with_a_period_without_the_year_does_not_speak_of_it_by_its_passage() -> None:
    q = analyse("vilken räntekostnad räknar kommunen med för 2029")
    title = "Budget 2021-2023"
    other = _sentence("Räntekostnaden beräknas till 4,1 miljoner kronor.", passage="Utvärderas inför budget 2029-2031.",
                      title=title, date="2020-11-01")
    assert not speaks_of_asked_year(q, [other])  # "2029" in the passage dates something else
    assert speaks_of_asked_year(q, [_sentence("Räntekostnaden 2029 beräknas till 4,1 mnkr.", title=title)])


def test_a_budget_asked_by_a_year_outside_the_quoted_budgets_period_is_not_answered() -> None:
    q = analyse("vad får vård- och omsorgsnämnden i driftbudget 2024 enligt S?")
    grant = _sentence("Vård- och omsorgsnämnden tilldelas 18 mnkr permanent kommunbidrag.",
                      passage="Utvärderas inför budget 2024-2026.", title="Budget för Alingsås kommun 2021-2023 (S)",
                      date="2020-11-01")
    assert 2024 in q.doc_years
    assert not speaks_of_asked_year(q, [grant])
    within = analyse("vad får vård- och omsorgsnämnden i driftbudget 2022 enligt S?")
    assert speaks_of_asked_year(within, [grant])
    plan = _sentence("Vård- och omsorgsnämnden tilldelas 18 mnkr.", title="Budget 2025 med plan 2026–2027")
    assert speaks_of_asked_year(analyse("vad får vård- och omsorgsnämnden i budget 2025?"), [plan])


def test_a_sentence_naming_no_year_speaks_of_the_year_its_section_heading_names() -> None:
    from dataclasses import replace

    from assistant.compose.answer import has_year

    s = _sentence("För en normalvilla ökar den årliga kostnaden från 10 970 kronor till 11 850 kronor.",
                  title="Kommunfullmäktige i korthet", date="2025-09-29")
    assert not has_year(s, {2026})
    headed = replace(s, chunk=replace(s.chunk, section="Ny VA-taxa från 1 januari 2026"))
    assert has_year(headed, {2026})


def test_a_year_said_relative_to_now_is_a_time_not_the_topic() -> None:
    q = analyse("Vad kommer vatten och avlopp kosta nästa år (2026)?")
    weights = dict(zip((g[0] for g in q.groups), q.weights))
    assert weights["näst"] == weights["2026"] < 1.0
    assert weights["avlopp"] == 1.0


def test_the_evidence_of_the_asked_year_answers_when_the_best_overall_does_not() -> None:
    from types import SimpleNamespace

    from assistant.build import Assistant
    from assistant.answering.prose import TextJudgement
    from assistant.compose.answer import has_year

    q = analyse("vilket uppdrag gav fullmäktige om bredbandet 2024?")
    undated = _sentence("Fullmäktige föreslås ge ett tydligare uppdrag om bredbandet.", title="Handlingsplan", date="")
    period = _sentence("Fullmäktige ger ett uppdrag om bredbandet.", title="Budget 2023-2025", date="2022-11-01")
    dated = _sentence("Fullmäktige gav uppdraget att bygga ut bredbandet.", title="Protokoll", date="2024-03-08")
    assert has_year(period, {2024}) and not has_year(period, {2024}, periods=False)
    assert has_year(dated, {2024}, periods=False)
    fake = SimpleNamespace(_background=lambda q: frozenset())

    def chosen(*named: Sentence) -> list[str] | None:
        judged = TextJudgement(None, {}, list(named), 0.5, (), [])  # type: ignore[arg-type]
        found = Assistant._of_asked_year(fake, q, judged)  # type: ignore[arg-type]
        return None if found is None else [s.text for s in found]

    assert not speaks_of_asked_year(q, [undated])
    assert chosen(undated, period, dated) == [dated.text]  # dated the year
    assert chosen(undated, period) is None  # a period spanning it is not enough
    assert chosen(undated) is None  # nothing speaks of 2024: refused


def test_a_report_on_a_past_year_speaks_of_that_year_not_of_when_it_was_published() -> None:
    from assistant.compose.answer import has_year

    q = analyse("vad var sjukfrånvaron i kommunen 2024?")
    told = _sentence("Sjukfrånvaron minskade från 7,0 procent 2022 till 6,8 procent 2023.",
                     passage="Inför 2024 planeras en satsning på friskvård.", title="Årsredovisning 2023",
                     date="2024-04-22")
    assert not has_year(told, {2024}) and has_year(told, {2023})
    assert not speaks_of_asked_year(q, [told])
    # a budget published the year before the years it plans speaks of its publishing year too
    budget = _sentence("Sjukfrånvaron ligger på 6,8 procent.", title="Budget 2025 med plan 2026–2027",
                       date="2024-11-20")
    assert has_year(budget, {2024})
    assert speaks_of_asked_year(q, [_sentence("Sjukfrånvaron var 6,8 procent.", title="Årsredovisning 2024",
                                              date="2025-04-22")])


def test_a_sentence_naming_no_year_speaks_of_the_one_year_its_passage_named_before_it() -> None:
    from assistant.compose.answer import has_year

    lead = "Karlshamns kommun redovisar ett resultat på 48,8 miljoner kronor för 2023. Investeringarna minskade."
    group = _sentence("Kommunkoncernen redovisar ett resultat på 132,5 miljoner kronor.", passage=lead,
                      title="Karlshamn gör överskott", date="2024-03-28")
    assert has_year(group, {2023}) and not has_year(group, {2022})
    assert not has_year(group, {2023}, periods=False)  # the sentence's own year or its date only
    two = _sentence("Kommunkoncernen redovisar ett resultat på 132,5 miljoner kronor.", title="Karlshamn gör överskott",
                    passage="Resultatet 2022 var svagt, resultatet 2023 starkare.", date="2024-03-28")
    assert not has_year(two, {2023})  # a passage naming several years says none of them


def test_a_year_named_only_as_the_comparison_leaves_the_sentence_of_its_documents_period() -> None:
    from assistant.compose.answer import has_year

    compared = _sentence("Sjukfrånvaron var 6,4 procent för perioden, jämfört med 7,1 procent motsvarande period 2023.",
                         title="Delårsrapport januari–augusti 2024", date="")
    assert has_year(compared, {2024}) and has_year(compared, {2023})
    own = _sentence("Sjukfrånvaron var 7,1 procent 2023, jämfört med 6,4 procent 2022.",
                    title="Delårsrapport januari–augusti 2024", date="")
    assert not has_year(own, {2024})  # a year of its own: the sentence speaks of 2023


def test_a_sentence_naming_other_years_of_its_own_does_not_speak_of_the_asked_one() -> None:
    """"Sjukfrånvaron var 6,8 procent under 2023 och målet ... 2025" in a budget of November 2024 says nothing of
    2024, though its document is dated then and its passage names 2024; a heading quoted beside it ("Personal")
    states nothing of any year. A sentence naming no year is still dated by its document ("i år" too)."""
    from assistant.compose.answer import has_year, of_other_years

    q = analyse("vad var sjukfrånvaron bland ängelholms anställda 2024")
    said = _sentence("Sjukfrånvaron var 6,8 procent under 2023 och målet är att den ska understiga 6,0 procent 2025.",
                     passage="Antalet anställda ökade under 2024.", title="Mål och budget 2025", date="2024-11-25")
    heading = _sentence("Personal", title="Mål och budget 2025", date="2024-11-25")
    assert of_other_years(said, {2024})
    assert not speaks_of_asked_year(q, [said, heading])
    undated = _sentence("Sjukfrånvaron var 6,8 procent.", title="Mål och budget 2025", date="2024-11-25")
    assert has_year(undated, {2024}) and not of_other_years(undated, {2024})
    assert speaks_of_asked_year(q, [undated])
    held = _sentence("Sjukfrånvaron var 6,8 procent, jämfört med 7,1 procent 2023.", date="2024-11-25")
    assert not of_other_years(held, {2024}) and has_year(held, {2024})


def test_evidence_naming_other_years_is_replaced_only_by_a_sentence_saying_the_asked_one() -> None:
    """The best evidence says its figure of 2023 ("Sjukfrånvaron var 6,8 procent under 2023"): a sentence merely
    dated 2024 ("Sjukfrånvaron ... var 6,9 procent") does not answer for 2024 in its place; one saying 2024
    does."""
    from types import SimpleNamespace

    from assistant.build import Assistant
    from assistant.answering.prose import TextJudgement

    q = analyse("vad var sjukfrånvaron bland kommunens anställda 2024")
    dated = _sentence("Sjukfrånvaron bland kommunens anställda var 6,9 procent.", date="2024-11-25")
    said = _sentence("Sjukfrånvaron bland kommunens anställda var 6,5 procent under 2024.", date="2024-11-25")
    fake = SimpleNamespace(_background=lambda q: frozenset())

    def chosen(other_years: bool, *named: Sentence) -> list[str] | None:
        judged = TextJudgement(None, {}, list(named), 0.5, (), [])  # type: ignore[arg-type]
        found = Assistant._of_asked_year(fake, q, judged, said=other_years)  # type: ignore[arg-type]
        return None if found is None else [s.text for s in found]

    assert chosen(False, dated) == [dated.text]  # the best evidence named no year: the document's date answers
    assert chosen(True, dated) is None
    assert chosen(True, dated, said) == [said.text]
    # a sentence dated the asked year but giving its figures for the years on both sides of it skips it, even where
    # the best evidence named no year
    around = _sentence("Sjukfrånvaron var 7,4 procent 2023 och målet är att den ska understiga 6,5 procent 2025.",
                       date="2024-11-25")
    assert chosen(False, around) is None



def test_a_time_asked_of_a_years_matter_is_answered_by_a_date_in_another_year() -> None:
    """"När antogs budgeten för 2025?" names the budget's year; a decision of November 2024 answers it, though the
    sentence names other years around 2025."""
    decided = _sentence("Beslutet fattades den 21 november 2024 och gäller till och med 2026.",
                        passage="Budget för 2025.", title="Protokoll kommunfullmäktige", date="2024-11-21")
    assert speaks_of_asked_year(analyse("När antogs Hjos budget för 2025?"), [decided])
    assert not speaks_of_asked_year(analyse("Vad kostar bygget 2025?"), [decided])


def test_a_sentence_naming_one_other_year_may_still_speak_of_the_asked_one() -> None:
    """"Kommunalskatten är 21,43 kronor per hundralapp 2025" does not skip 2024 as a sentence on both sides of it
    does; "Årsredovisning 2023" holding 2023 against 2022 speaks of 2023."""
    from assistant.compose.answer import of_other_years

    later = _sentence("Kommunalskatten i Falkenberg är 21,43 kronor per hundralapp 2025.", date="2024-12-02")
    assert not of_other_years(later, {2024})
    report = _sentence("Den totala sjukfrånvaron minskade till 7,4 procent från 7,9 procent 2022.",
                       title="Årsredovisning 2023", date="2023-12-31")
    assert not of_other_years(report, {2023})
    assert speaks_of_asked_year(analyse("vad var sjukfrånvaron i töreboda 2023?"), [report])
    assert not of_other_years(later, set())  # no year asked: nothing skipped


def test_a_year_named_as_a_bound_leaves_the_sentence_of_its_documents_year() -> None:
    from assistant.compose.answer import has_year, own_years

    debt = _sentence("Pensionsskulden, inklusive ansvarsförbindelsen för pensioner intjänade före 1998, uppgick vid "
                     "årets slut till 212,6 miljoner kronor.", title="Årsredovisning 2023", date="2024-04-22")
    assert own_years(debt) == set()
    assert has_year(debt, {2023})
    assert has_year(debt, {1998})  # still names 1998
    assert own_years(_sentence("Resultatet 2022 var 5 miljoner kronor.")) == {2022}


def test_a_sentence_naming_no_year_speaks_of_the_year_its_paragraph_names() -> None:
    """"... höjs med 6,0 procent från den 1 januari 2025. För en normalvilla innebär det ...": of 2025, though the
    passage above, another matter's, names 2026 and 2027 too."""
    from assistant.compose.answer import has_year

    passage = ("Kommunfullmäktige fastställer budget och plan 2025–2027 med plan för 2026 och 2027.\n\n"
               "## § 202 Taxa för vatten och avlopp\n\n"
               "Brukningsavgiften för vatten och avlopp höjs med 6,0 procent från den 1 januari 2025.")
    s = _sentence("För en normalvilla innebär det en ökning med cirka 540 kronor per år.", passage=passage,
                  title="Protokoll kommunfullmäktige", date="2024-11-28")
    assert has_year(s, {2025})
    assert not has_year(s, {2026})


def test_a_list_item_is_dated_by_its_own_words_or_the_lists_lead_in_not_by_another_item() -> None:
    """"• Förskolan ... beräknas stå klar hösten 2027. • Socialnämnden har under våren haft kostnader ...": the
    second item says nothing of 2027, which the item before it names of the preschool; the line leading in to the
    list dates all its items."""
    from assistant.compose.answer import has_year

    items = ("Viktiga händelser under perioden\n• Bygget av förskolan startade i mars och beräknas stå klar hösten "
             "2027.\n•")
    cost = _sentence("Socialnämnden har haft kostnader som överstiger budget med 3,1 miljoner kronor.",
                     passage=items, title="Delårsrapport januari–augusti 2026", date="2026-09-22")
    assert not has_year(cost, {2027}) and has_year(cost, {2026})
    led = _sentence("Socialnämnden har haft kostnader som överstiger budget med 3,1 miljoner kronor.",
                    passage="Viktiga händelser 2024\n• Förskolan ska stå klar 2027.\n•", title="Verksamhetsberättelse",
                    date="2025-02-01")
    assert has_year(led, {2024}) and not has_year(led, {2027})


def test_a_year_named_only_as_what_a_change_is_measured_from_is_not_spoken_of() -> None:
    """"Energianvändningen ska minska med 10 procent till 2027 jämfört med 2022" says nothing of 2022, in the quote nor
    in the passage of another quote; "jämfört med 7,1 procent motsvarande period 2023" states 2023's own figure."""
    from assistant.compose.answer import has_year

    q = analyse("vad var sjukfrånvaron i kommunen 2022?")
    goal_text = "Sjukfrånvaron ska understiga 6,5 procent."
    energy_text = "Energianvändningen i egna lokaler ska minska med 10 procent till 2027 jämfört med 2022."
    energy = _sentence(energy_text, title="Mål och budget 2025", date="2024-11-25")
    assert not has_year(energy, {2022}) and has_year(energy, {2027})
    goal = _sentence(goal_text, passage=energy_text, title="Mål och budget 2025", date="2024-11-25")
    assert not speaks_of_asked_year(q, [goal, energy])
    stated = _sentence("Sjukfrånvaron var 6,4 procent, jämfört med 7,1 procent motsvarande period 2023.",
                       title="Delårsrapport", date="2024-09-20")
    assert has_year(stated, {2023})
