"""Near misses: evidence on the asked topic filling a slot of the question with another value (another measure of
money, another numbered part) answers nothing; evidence naming the asked value does."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.evidence.near_miss import measures, names_asked, numbered_parts, other_slot
from tests.fakes import assistant_over


@pytest.mark.parametrize("text, found", [
    ("Vad kommer simhallen att kosta i drift per år?", {"drift"}),
    ("Hur mycket omsatte Ragundahem AB 2024?", {"omsättning"}),
    ("Hur mycket ska kultur- och fritidsnämnden spara 2025?", {"besparing"}),
    ("What will the annual operating cost of the new preschool be?", {"drift"}),
    ("Renoveringen kostar 30,5 miljoner kronor och är kommunens största investering.", {"investering"}),
    ("Ragundahem redovisade ett resultat efter finansiella poster på 2,1 miljoner kronor.", {"resultat"}),
    ("Underlag: driftsbudgeten, Budget 2025.", {"drift"}),
    ("Vad kostar den nya förskolan?", set()),  # a cost of no named measure
    # running a thing is its operating cost; a project's or a building's cost is its investment
    ("Vad kommer den nya förskolan att kosta att driva per år?", {"drift"}),
    ("Den totala projektbudgeten är 62,5 miljoner kronor.", {"investering"}),
    ("Byggkostnaden beräknas till 40 miljoner kronor.", {"investering"}),
    ("Kommunen bedriver förskoleverksamhet i egen regi.", set()),  # "bedriver" conducts: no operating cost named
    ("Kommunen har ett program för ungdomar.", set()),  # "ram" only as a word of its own
    ("Den budget vi har utifrån kommunfullmäktiges rambeslut sätter ambitionsnivån.", set()),  # nor compounded
    ("Nämnderna ska spara och sparkravet är stort.", {"besparing"}),
    ("Socialnämnden ska minska sina kostnader med 4,7 miljoner kronor.", {"besparing"}),  # a cost reduced
    ("Kostnaderna för lokaler är 4 miljoner kronor.", set()),  # a cost alone
    ("Nämnden ska sänka driftkostnaderna med 2 mnkr.", {"besparing", "drift"}),  # the cost as a compound's head
    # a cost as a compound's modifier: the deviation is reduced, nothing is saved
    ("Nettokostnadsavvikelsen för individ- och familjeomsorgen ska minskas till +/-2 %.", {"drift", "resultat"}),
])
def test_the_measures_a_text_names(text: str, found: set[str]) -> None:
    assert measures(text) == found


@pytest.mark.parametrize("text, parts", [
    ("vad kostar etapp 2 av sjöängens förskola", {("etapp", "2")}),
    ("Ny förskola Sjöängen, etapp 1\t28 500\t14 000", {("etapp", "1")}),
    ("| Etapp 1 | 28 500 |", {("etapp", "1")}),
    ("fas 3 och 4 av bygget", {("fas", "3")}),
    ("sparkravet på 41 miljoner", set()),  # an amount
    ("Nämnden driver 16 förskolor", set()),  # a count
    ("den 2 maj 2024", set()),  # a date
    ("ökade med 2,5 procent", set()),
    ("vem köpte fastigheten ytterby 4:12?", set()),  # a property's designation
    ("Vilket företag ska köpa fastigheten Stärkelsen 3 av kommunen?", set()),
])
def test_a_numbered_part_is_a_noun_and_a_small_number(text: str, parts: set[tuple[str, str]]) -> None:
    assert numbered_parts(text) == parts


@pytest.mark.parametrize("question, evidence, slot", [
    ("Vad kommer simhallen att kosta i drift per år?",
     "Renoveringen kostar 30,5 miljoner kronor och är kommunens största investering.", "measure"),
    ("Hur mycket omsatte bolaget 2024?", "Bolaget redovisade ett resultat på 2,1 miljoner kronor.", "measure"),
    ("vad kostar etapp 2 av förskolan", "Ny förskola Sjöängen, etapp 1\t28 500\t14 000", "part"),
    ("Vad blev underskottet 2024?", "Resultatet blev -12 miljoner kronor.", None),  # one family: resultat
    ("Vad kostar simhallen i drift?", "Driftkostnaden beräknas till 3 miljoner kronor per år.", None),
    ("Vad kostar simhallen i drift?", "Simhallen kostar 3 miljoner kronor per år.", None),  # no measure: open
    ("vad kostar etapp 2 av förskolan", "Etapp 1 kostar 28 mnkr och etapp 2 kostar 40 mnkr.", None),
    ("vad kostar etapp 2 av förskolan", "Etapp 1 kostar 28 mnkr.", "part"),
    # a level is not answered by a difference; a difference asked is
    ("hur många platser blir det på nya boendet?", "Med det nya boendet får vi 56 fler platser än i dag.", "change"),
    ("hur många fler platser blir det?", "Med det nya boendet får vi 56 fler platser än i dag.", None),
    ("vad blir skatteintäkterna 2025?", "Skatteintäkterna ökar med 45 miljoner kronor.", "change"),
    ("vad blir skatteintäkterna 2025?", "Skatteintäkterna ökar med 45 miljoner kronor till 1 234 miljoner kronor.", None),
])
def test_the_slot_the_evidence_fills_otherwise(question: str, evidence: str, slot: str | None) -> None:
    assert other_slot(question, evidence) == slot


def test_after_a_near_miss_other_evidence_must_name_the_asked() -> None:
    question = "Vad kommer simhallen att kosta i drift per år?"
    assert not names_asked(question, "Kommunen avsätter 250 000 kronor för bussresor.")
    assert names_asked(question, "Driften av simhallen kostar 3 miljoner kronor per år.")
    assert names_asked("Vad kostar förskolan?", "Förskolan kostar 40 miljoner kronor.")  # nothing asked of a slot


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("near_miss")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "simhall.md").write_text(
        "# Simhallen i Storberga stänger för renovering\n\n"
        "Renoveringen av simhallen kostar 30,5 miljoner kronor och är kommunens största investering under 2025.\n\n"
        "Kommunen avsätter 250 000 kronor för bussresor till badet i grannkommunen under tiden.\n",
        encoding="utf-8")
    return assistant_over(folder)


def test_another_measure_of_the_topic_is_refused(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Vad kommer simhallen att kosta i drift per år efter renoveringen?")
    assert answer.refused, answer.answer


def test_the_measure_the_evidence_states_is_answered(assistant) -> None:  # type: ignore[no-untyped-def]
    answer = assistant.ask("Hur mycket kostar renoveringen av simhallen?")
    assert not answer.refused and "30,5" in answer.answer, answer.answer


def test_a_part_of_a_sum_is_not_the_whole_asked() -> None:
    question = "Vad beräknas den nya förskolan kosta totalt?"
    part = "Av det avser 6 500 tkr byggstarten av den nya förskolan och 4 200 tkr ledningsförnyelse."
    assert other_slot(question, part) == "whole"
    assert other_slot(question, "Den totala kostnaden för förskolan är 50,5 miljoner kronor.") is None
    assert other_slot("Vad kostar byggstarten av förskolan?", part) is None  # a part asked
    assert names_asked(question, "Förskolan beräknas kosta 45 miljoner kronor.")  # a whole needs no whole word
    assert not other_slot("Hur stor andel av hela paketet är det?", part)  # a share of the whole asks a part



def test_the_amount_of_the_asked_measure_answers_before_a_better_ranked_one_of_another() -> None:
    """"spara": the sentence saying the saving in its own words ("minska sina kostnader med 4,7 miljoner") is quoted,
    not the committee's deficit the search ranks first."""
    from assistant.compose.answer import select_evidence
    from assistant.retrieval.retrieve import Sentence
    from assistant.understand.query import analyse
    from core.types import Chunk

    deficit = "Socialnämnden redovisade ett underskott på 14,3 miljoner kronor för 2025."
    saving = "Socialnämnden ska 2025 minska sina kostnader med 4,7 miljoner kronor."
    passage = f"{deficit} {saving}"
    chunk = Chunk(id="b#0", doc_path="budget.md", text=passage, start=0, end=len(passage), title="Mål och budget 2025")
    found = [Sentence(chunk=chunk, start=passage.index(t), end=passage.index(t) + len(t), text=t, score=score,
                      coverage=1.0, chunk_score=1.0) for t, score in ((deficit, 1.0), (saving, 0.95))]
    chosen = select_evidence(analyse("Hur mycket ska socialnämnden spara 2025?"), found)
    assert chosen[0].text == saving


def test_the_sentence_saying_the_asked_year_answers_before_one_of_a_report_on_another_year() -> None:
    """"vid slutet av 2025": the budget's "vid utgången av 2025" answers, not the annual report of 2023 telling the
    debt "vid årets slut" (its own year), though the search ranks the report first."""
    from assistant.compose.answer import select_evidence
    from assistant.retrieval.retrieve import Sentence
    from assistant.understand.query import analyse
    from core.types import Chunk

    report = "Låneskulden uppgick vid årets slut till 148 miljoner kronor, en ökning med 8 miljoner kronor."
    budget = "Kommunens låneskuld beräknas uppgå till 178 miljoner kronor vid utgången av 2025."
    found = []
    for text, title, score in ((report, "Årsredovisning 2023", 1.0), (budget, "Budget och plan 2025–2027", 0.95)):
        chunk = Chunk(id=f"{title}#0", doc_path=f"{title}.md", text=text, start=0, end=len(text), title=title)
        found.append(Sentence(chunk=chunk, start=0, end=len(text), text=text, score=score, coverage=1.0,
                              chunk_score=1.0))
    chosen = select_evidence(analyse("vad beräknas låneskulden bli vid slutet av 2025?"), found)
    assert chosen[0].text == budget
    # a question of no year: the ranking stands; so does a follow-up's whose year is the earlier turn's
    assert select_evidence(analyse("hur stor är låneskulden?"), found)[0].text == report
    from dataclasses import replace

    leaning = replace(analyse("hur stor var låneskulden – vad sades på mötet i mars 2025?"), followup=True,
                      own="hur stor var låneskulden?")
    assert select_evidence(leaning, found)[0].text == report


@pytest.fixture(scope="module")
def budget_assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("near_miss_followup")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "budget.md").write_text(
        "# Budget för Storberga kommun 2021–2023\n\n"
        "Det årliga ekonomiska resultatet ska uppgå till minst 2 procent av skatteintäkter och generella "
        "statsbidrag.\n\n"
        "Resultatbudget\n\n"
        "| tkr | Budget 2021 | Plan 2022 | Plan 2023 |\n"
        "|---|---:|---:|---:|\n"
        "| Verksamhetens nettokostnader | -2 480 000 | -2 560 000 | -2 640 000 |\n"
        "| Skatteintäkter | 2 010 000 | 2 098 974 | 2 180 000 |\n"
        "| Generella statsbidrag och utjämning | 586 934 | 578 821 | 567 513 |\n"
        "| Årets resultat | 116 934 | 117 795 | 107 513 |\n",
        encoding="utf-8")
    return assistant_over(folder)


def test_a_follow_up_naming_a_row_of_its_own_is_not_held_to_the_earlier_turn_s_measure(
        budget_assistant) -> None:  # type: ignore[no-untyped-def]
    """"och generella statsbidrag samma år?" after "hur mycket skatteintäkter ...?": the follow-up's row replaces the
    earlier turn's, and with it its measure (an income): the row of the result budget is no near miss of it."""
    history = ["hur mycket skatteintäkter räknar budgeten med 2022?"]
    answer = budget_assistant.ask("och generella statsbidrag samma år?", history=history)
    assert "578" in answer.answer and answer.composer == "calculator", answer.answer


@pytest.fixture(scope="module")
def annual_report(tmp_path_factory):  # type: ignore[no-untyped-def]
    tmp_path: Path = tmp_path_factory.mktemp("neighbour")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "arsredovisning.md").write_text(
        "# Årsredovisning 2024 för Storberga kommun\n\n"
        "Under året färdigställdes etapp 1 av renoveringen av Nordalskolan och projekteringen av den nya förskolan "
        "på Kungsgärdet kom i gång. Årets\nresultat blev 15,7 miljoner kronor, något bättre än budget.\n\n"
        "Sjukfrånvaron under perioden januari–augusti var 8,1 procent, jämfört med 8,6 procent under samma period "
        "2024.\n",
        encoding="utf-8")
    (folder / "protokoll.md").write_text(
        "# Protokoll barn- och utbildningsnämnden 2025-02-19\n\n## § 12 Upphandling av skolskjutsar\n\n"
        "Nuvarande avtal för skolskjutsar löper ut den 30 juni 2026. Avtalets värde beräknas till cirka 5,8 miljoner "
        "kronor per år.\n", encoding="utf-8")
    return assistant_over(folder)


def test_the_owner_a_genitive_names_is_what_the_amount_is_of(annual_report) -> None:  # type: ignore[no-untyped-def]
    """"Avtalets värde" is the agreement's value: the sentence before naming the school transport agreement speaks
    for it, as "Årets resultat" is the year's result and no neighbour's."""
    answer = annual_report.ask("Vad är skolskjutsavtalet värt per år?")
    assert not answer.refused and "5,8" in answer.answer, answer.answer


def test_a_neighbour_naming_the_topic_does_not_make_the_years_result_its_cost(annual_report) -> None:  # type: ignore[no-untyped-def]
    """"Årets resultat blev 15,7 miljoner" states the result (its genitive determines its subject), not what the
    preschool the sentence before names costs to run."""
    answer = annual_report.ask("Vad kommer den nya förskolan på Kungsgärdet att kosta att driva per år?")
    assert answer.refused or "15,7" not in answer.answer, answer.answer



@pytest.mark.parametrize("question, evidence, near", [
    # a deviation answers only a question asking a deviation or a result, not a level of money asked
    ("Hur mycket budgeterar Hjo för hemtjänsten 2025?",
     "Socialnämnden prognostiserar ett underskott på -14,3 miljoner kronor för 2024.", True),
    ("Hur stort blev socialnämndens minus 2024?", "Socialnämnden redovisade ett underskott på 14,3 miljoner kronor.",
     False),
    ("Hur mycket låg socialnämnden över budget?", "Socialnämnden redovisade ett underskott på 14,3 miljoner kronor.",
     False),
    ("Hur mycket får socialnämnden 2025?", "Socialnämndens ram är 312 mnkr, ett underskott på 4 mnkr väntas.", False),
    ("Hur mycket gick socialnämnden back 2024?", "Socialnämnden redovisade ett underskott på 14,3 miljoner kronor.",
     False),
])
def test_a_deviation_is_no_level_asked(question: str, evidence: str, near: bool) -> None:
    from assistant.evidence.near_miss import deviation_for_level

    assert deviation_for_level(question, evidence) is near


@pytest.fixture(scope="module")
def deviation_assistant(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("deviation") / "docs"
    folder.mkdir()
    (folder / "delar.md").write_text(
        "# Delårsrapport januari–augusti 2024\n\n## Socialnämnden\n\n"
        "Socialnämnden prognostiserar ett underskott på 14,3 miljoner kronor för 2024, främst inom hemtjänsten och "
        "placeringar av barn och unga.\n", encoding="utf-8")
    return assistant_over(folder)


def test_a_deviation_does_not_answer_the_level_asked(deviation_assistant) -> None:  # type: ignore[no-untyped-def]
    answer = deviation_assistant.ask("Hur mycket budgeterar kommunen för hemtjänsten 2024?")
    assert answer.refused, answer.answer
    answer = deviation_assistant.ask("Hur stort underskott väntas för socialnämnden 2024?")
    assert not answer.refused and "14,3" in answer.answer, answer.answer


@pytest.mark.parametrize("question, units, total", [
    ("Hur hög är kommunalskatt 2025?", ["mnkr"], True),  # "Så fördelas 100 kronor i kommunalskatt | Summa | 918,5"
    ("Hur hög är skattesatsen?", ["tkr", "mnkr"], True),
    ("Hur hög är kommunalskatt 2025?", ["kr"], False),  # 22,41 kronor per hundralapp is a rate
    ("Hur hög är kommunalskatt 2025?", ["%"], False),
    ("Hur stora är skatteintäkterna 2025?", ["mnkr"], False),  # a sum asked
    ("Hur stor är driftbudgeten och skattesatsen?", ["mnkr"], False),  # a sum asked beside the rate
])
def test_a_rate_asked_is_not_answered_by_a_total(question: str, units: list[str], total: bool) -> None:
    from assistant.evidence.near_miss import total_for_rate

    assert total_for_rate(question, units) is total


def test_a_tax_rate_asked_is_not_answered_by_the_total_the_tax_pays_for(tmp_path: Path) -> None:
    """"Hur hög är kommunalskatten?": the total in mnkr of the table sharing the tax out is no rate; the sentence
    stating the rate in kronor answers."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "skatt.md").write_text(
        "# Så används din skatt\n\n"
        "Den kommunala skattesatsen i Storberga är 22,66 kronor för 2025.\n\n"
        "## Så fördelas 100 kronor i kommunalskatt\n\n"
        "| Verksamhet | Kronor av 100 | Nettokostnad 2025, mnkr |\n"
        "|---|---:|---:|\n"
        "| Förskola och grundskola | 27,10 | 248,9 |\n"
        "| Vård och omsorg | 30,40 | 279,2 |\n"
        "| Övrigt | 42,50 | 390,4 |\n"
        "| Summa | 100,00 | 918,5 |\n",
        encoding="utf-8")
    answer = assistant_over(folder).ask("Hur hög är kommunalskatten 2025?")
    assert "918" not in answer.answer and "22,66" in answer.answer, answer.answer


def test_the_sum_a_column_divides_is_no_rate() -> None:
    """"Vad är kommunalskatten 2026?": the "Totalt" 100 of "Kronor av 100" in "Fördelning av 100 kronor i
    kommunalskatt" is the sum the table divides, no tax rate; the rate itself answers."""
    from decimal import Decimal

    from assistant.evidence.near_miss import total_for_rate
    from core.types import CalculationInput

    divided = CalculationInput(label="Totalt", column="Kronor av 100", value=Decimal(100), unit="kr")
    assert total_for_rate("vad är kommunalskatten 2026?", ["kr"], [divided])
    rate = CalculationInput(label="Skattesats", column="2026", value=Decimal("22.16"), unit="kr")
    assert not total_for_rate("vad är kommunalskatten 2026?", ["kr"], [rate])
    assert not total_for_rate("hur mycket går till skolan av 100 kr?", ["kr"], [divided])  # no rate asked
