"""Questions -> answers over the real corpus, expected numbers written literally (computed by hand)."""
from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from tests.budget.corpus_docs import BUDGET, corpus_book


def ask(question, history=()):
    return answer_figures(question, corpus_book(), history=history)


def r1(value):  # one decimal, half up, for percent comparisons
    return Decimal(value).quantize(Decimal("0.1"), rounding="ROUND_HALF_UP")


# (question, history, expected result, unit, phrases that must be in the answer text)
CASES = [
    ("Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?", (), "7990", "tkr",
     ["205 172 tkr", "213 162 tkr", "7 990 tkr", "3,9 %", "[1]"]),
    ("Hur mycket är det i procent?", ("Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?",),
     "3.9", "%", ["3,9 %", "7 990 tkr"]),
    ("Och 2023?", ("Hur mycket får socialnämnden 2021?",), "213162", "tkr", ["213 162 tkr", "Plan 2023"]),
    ("Och för BUN?", ("Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?",), "32630", "tkr",
     ["Barn- och ungdomsnämnden", "32 630 tkr", "3,68 %"]),
    ("Och för socialnämnden?", ("Hur mycket får Kommunstyrelsen 2022?",), "209559", "tkr", ["209 559 tkr"]),
    ("Vilken nämnd får mest 2022?", (), "905048", "tkr", ["Barn- och ungdomsnämnden", "905 048 tkr"]),
    # "Exploatering" (407 tkr) is a row of the table but no committee: "vilken nämnd" ranks the committees
    ("Vilken nämnd får minst 2021?", (), "4869", "tkr", ["Överförmyndarnämnden", "4 869 tkr"]),
    ("Vilken rad får minst 2021?", (), "407", "tkr", ["Exploatering", "407 tkr"]),
    ("Hur stor andel av kommunbidragen går till socialnämnden 2022?", (), "8.6", "%",
     ["8,6 %", "209 559 tkr", "2 442 036 tkr", "Raderna summerar till 2 442 037 tkr", "skillnaden på 1 tkr är troligen en avrundning"]),
    ("Hur stor andel av investeringarna 2023 går till kommunstyrelsen?", (), "39.3", "%",
     ["107 000 tkr", "272 546 tkr", "39,3 %"]),
    ("Hur stor andel av skatteintäkterna är årets resultat 2021?", (), "5.2", "%",
     ["105 181 tkr", "2 020 214 tkr", "anger mnkr, men beloppen är i tkr"]),
    ("Vad är summa kommunbidrag 2021?", (), "2384696", "tkr",
     ["2 384 696 tkr", "Raderna summerar till 2 384 697 tkr", "avrundning"]),
    ("Hur mycket är skatteintäkterna 2022?", (), "2098974", "tkr",
     ["2 098 974 tkr", "tabellen Resultatbudget anger mnkr, men beloppen är i tkr"]),
    ("Vad är årets resultat 2022?", (), "107860", "tkr", ["107 860 tkr"]),
    ("Vad är finansnettot 2023?", (), "-13000", "tkr", ["-13 000 tkr"]),
    ("Hur mycket investeras totalt under perioden?", (), "1316048", "tkr", ["1 316 048 tkr", "268 356 + 262 613"]),
    ("Hur mycket investerar kommunen 2024?", (), "249721", "tkr", ["249 721 tkr"]),
    ("Hur mycket investerar avgiftsfinansierad verksamhet 2021-2025 sammanlagt?", (), "738503", "tkr",
     ["738 503 tkr"]),
    ("Rangordna nämnderna efter kommunbidrag 2023", (), "919302", "tkr",
     ["1. Barn- och ungdomsnämnden 919 302 tkr", "2. Vård- och omsorgsnämnden 859 001 tkr",
      "8. Överförmyndarnämnden 4 994 tkr"]),
    ("Vilka är de tre största nämnderna 2021?", (), "886672", "tkr",
     ["1. Barn- och ungdomsnämnden", "3. Kultur- och utbildningsnämnden 298 987 tkr"]),
    ("Vilken nämnd ökar mest mellan 2021 och 2023?", (), "40272", "tkr", ["Vård- och omsorgsnämnden", "40 272 tkr"]),
    ("Hur många gånger större är BUN:s kommunbidrag än socialnämndens 2021?", (), "4.3216", "ggr",
     ["4,32 gånger", "886 672 tkr", "205 172 tkr"]),
    ("Vad är skillnaden mellan BUN och KUN 2022?", (), "594743", "tkr", ["594 743 tkr", "905 048 tkr", "310 305 tkr"]),
    ("Vad är skillnaden i kommunbidrag mellan socialnämnden och BUN 2023?", (), "706140", "tkr",
     ["Barn- och ungdomsnämnden har 706,1 miljoner kronor (706 140 tkr) mer än Socialnämnden 2023"]),
    ("Genomsnittligt kommunbidrag för socialnämnden 2021-2023?", (), "209297.6667", "tkr", ["209 297,7 tkr"]),
    ("Hur mycket får Samhällsbyggnadsnämnden och Kommunstyrelsen tillsammans 2022?", (), "158409", "tkr",
     ["158 409 tkr", "61 923 + 96 486"]),
    ("Vilket år investerar kommunstyrelsen mest?", (), "107000", "tkr", ["107 000 tkr", "2023"]),
    ("Hur mycket har Socialnämnden i kommunbidrag planåret 2022?", (), "209559", "tkr", ["209 559 tkr"]),
    ("Hur mycket får Socialnämden 2023?", (), "213162", "tkr", ["213 162 tkr"]),  # misspelt
    ("Vad får kommunstyrelesn i kommunbidrag 2021?", (), "95090", "tkr", ["95 090 tkr"]),  # misspelt
    ("Hur mycket får vård och omsorg 2022?", (), "840609", "tkr", ["840 609 tkr"]),
    ("Hur mycket får äldreomsorgen 2023?", (), "859001", "tkr", ["859 001 tkr"]),
    ("Hur mycket får socialnämnden 2022 jämfört med 2021?", (), "4387", "tkr", ["4 387 tkr", "2,14 %"]),
    ("Hur stor är ökningen i procent för Kultur- och utbildningsnämnden mellan 2021 och 2022?", (), "3.8", "%",
     ["3,8 %", "11 318 tkr"]),
    ("Hur mycket minskar Samhällsbyggnadsnämndens investeringar från 2021 till 2025?", (), "-26385", "tkr",
     ["minskar", "26 385 tkr", "47,4 %"]),
    ("Hur mycket får kommunstyrelsen 2022?", (), "96486", "tkr", ["96 486 tkr"]),
    ("Och i investeringsbudgeten?", ("Hur mycket får kommunstyrelsen 2022?",), "55000", "tkr", ["55 000 tkr"]),
    ("How much does the municipal executive board invest in 2024?", (), "48900", "tkr",
     ["48,900 thousand SEK", "investment budget"]),
    ("What is the tax revenue in 2023?", (), "2181975", "tkr", ["2,181,975 thousand SEK"]),
    ("What is the difference between the children and youth committee and the social services committee in 2021?",
     (), "681500", "tkr", ["681,500 thousand SEK"]),
    ("How much does the operating budget for the social services committee increase from 2021 to 2023 in percent?",
     (), "3.9", "%", ["3.9%", "7,990 thousand SEK"]),
    ("How much do the children and youth committee and the culture and education committee get together in 2021?",
     (), "1185659", "tkr", ["1,185,659 thousand SEK"]),
    ("Jämför Socialnämnden och Kommunstyrelsen 2022", (), "113073", "tkr",
     ["209 559 tkr", "96 486 tkr", "Socialnämnden har 113,1 miljoner kronor (113 073 tkr) mer än Kommunstyrelsen 2022"]),
    ("Compare the social services committee with the executive board in 2022", (), "113073", "tkr",
     ["113,073 thousand SEK"]),
    ("How much does the social services committee get next year?", (), "205172", "tkr",
     ["Socialnämnden receives SEK 205.2 million in 2021 (205,172 thousand SEK) [1].",
      "I read “next year” as 2021 (the document is from 2020) [1001]."]),
    ("Hur mycket får socialnämnden totalt under perioden?", (), "627893", "tkr", ["627 893 tkr"]),
    ("Vad är genomsnittet för kommunbidragen per nämnd 2021?", (), "298036.25", "tkr", ["298 036,3 tkr"]),
    ("Vilka nämnder får mer än 200 miljoner 2021?", (), "4", "st",
     ["4 rader har mer än 200 miljoner kronor 2021 (200 000 tkr):", "Socialnämnden 205 172 tkr"]),
    ("Vilka nämnder får mindre än 10 000 tkr 2023?", (), "1", "st", ["Överförmyndarnämnden 4 994 tkr"]),
    ("Which committees get more than 300 million in 2022?", (), "3", "st", ["310,305 thousand SEK"]),
    ("Vilket år är investeringarna lägst?", (), "249721", "tkr", ["249 721 tkr", "2024"]),
    ("Vad blir årets resultat 2021, 2022 och 2023?", (), "105181", "tkr",
     ["Årets resultat är 105,2 miljoner kronor 2021 (105 181 tkr), 107,9 miljoner kronor 2022 (107 860 tkr) och "
      "121,5 miljoner kronor 2023 (121 483 tkr) [1].", "Budget 2021–Plan 2023"]),
    ("Hur mycket mer får BUN än VON 2021?", (), "67943", "tkr", ["67 943 tkr"]),
    ("Vad kostar det nya LSS-boendet?", (), "5", "mnkr", ["5 mnkr", "LSS-boende"]),
    ("Hur mycket ska avsättas till omstruktureringsfonden varje år?", (), "5", "mnkr", ["5 mnkr"]),
    ("Vad får vård- och omsorgsnämnden för äldreomsorgssatsningen i budgetberedningens grundförslag?", (), "18",
     "mnkr", ["18 mnkr"]),
    ("Hur hög får kommunens externa låneskuld vara enligt de finansiella målen?", (), "4.0", "mdkr", ["4,0 mdkr"]),
    ("How large was the social services department's deficit last year, according to the May 2020 press release?",
     (), "-14.3", "mnkr", ["-14.3 million SEK"]),
    ("hur mycket av socialtjänstens omställningspaket går till avdelning vuxna", (), "4.7", "mnkr", ["4,7 mnkr"]),
    ("Hur stort är sparkravet?", (), "41", "mnkr", ["41 mnkr", "sparkrav", "[1]"]),
    ("How much is the savings requirement?", (), "41", "mnkr", ["41 million SEK"]),
    ("Hur mycket får avdelning vuxna?", (), "4.7", "mnkr", ["4,7 mnkr", "avdelning vuxna"]),
    ("Hur mycket tillskjuts socialnämnden för personligt ombud?", (), "300", "tkr", ["300 tkr"]),
    ("Hur stort var underskottet förra året?", (), "-14.3", "mnkr", ["-14,3 mnkr"]),
    ("Vad får kommunens externa låneskuld högst vara?", (), "4.0", "mdkr", ["4,0 mdkr (4 000 000 000 kr)"]),
    ("Hur mycket får Vård- och omsorgsnämnden för äldreomsorgssatsningen?", (), "18", "mnkr", ["18 mnkr"]),
    ("Hur stort är omställningspaketet?", (), "5.4", "mnkr", ["5,4 mnkr"]),
    ("Hur stor är låneskulden?", (), "4.0", "mdkr", ["4,0 mdkr"]),
    ("Vad kostar sommarjobben?", (), "2", "mnkr", ["2 mnkr"]),
    ("Hur mycket ska kommunbidragen räknas upp med?", (), "50", "%", ["50 %", "prisindex"]),
    ("Vad är målet för nettokostnadsavvikelsen?", (), "2", "%", ["+/- 2 %"]),
]


@pytest.mark.parametrize(("question", "history", "result", "unit", "phrases"), CASES,
                         ids=[c[0][:50] for c in CASES])
def test_answers(question, history, result, unit, phrases):
    answer = ask(question, history)
    assert answer is not None and not answer.refused, answer
    calc = answer.calculation
    assert calc.unit == unit
    if unit == "%":
        assert r1(calc.result) == Decimal(result)
    else:
        assert abs(calc.result - Decimal(result)) < Decimal("0.0001")
    shown = answer.text + " | " + calc.expression  # the UI and the CLI show the trace under the answer
    for phrase in phrases:
        assert phrase in shown, (phrase, shown)
    # every marker cites a source, every source is cited, every input cites a marker
    for n in range(1, len(answer.sources) + 1):
        assert f"[{n}]" in answer.text
    assert f"[{len(answer.sources) + 1}]" not in answer.text
    assert all(1 <= i.citation <= len(answer.sources) for i in calc.inputs)


def test_sources_are_verbatim_rows_with_offsets():
    from tests.budget.corpus_docs import corpus_document

    answer = ask("Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?")
    (source,) = answer.sources
    assert source.doc_path == BUDGET and source.quote == "Socialnämnden\t205 172\t209 559\t213 162"
    doc = corpus_document("budget-2021-2023-socialdemokraterna.txt")
    assert doc.text[source.start:source.end] == source.quote
    assert source.doc_type == "budget" and source.title == "Budget för Alingsås kommun 2021-2023 (S)"
    inputs = answer.calculation.inputs
    assert [(i.label, i.column, i.value, i.citation) for i in inputs] == [
        ("Socialnämnden", "Budget 2021", Decimal(205172), 1), ("Socialnämnden", "Plan 2023", Decimal(213162), 1)]
    assert answer.calculation.expression == "213 162 - 205 172 = 7 990 tkr; 7 990 / 205 172 = 3,9 %"


REFUSALS = [
    ("Hur mycket får tekniska nämnden 2022?", ["ingen rad för tekniska nämnden", "Socialnämnden", "Kommunstyrelsen"]),
    ("Hur mycket investerar kommunstyrelsen 2026?", ["Investeringsbudgeten omfattar 2021–2025; 2026 finns inte."]),
    ("Hur mycket får socialnämnden 2024?", ["Driftsbudgeten omfattar 2021–2023; 2024 finns inte."]),
    ("Hur mycket får nämnden för arbete, kompetens och välfärd 2023?", ["ingen rad för nämnden för arbete"]),
    ("How much does the technical committee get in 2022?", ["has no row for technical committee"]),
    ("Summera investeringarna 2021-2027", ["omfattar 2021–2025; 2026, 2027 finns inte"]),
]


@pytest.mark.parametrize(("question", "phrases"), REFUSALS, ids=[q[:40] for q, _ in REFUSALS])
def test_refusals_say_what_the_tables_hold(question, phrases):
    answer = ask(question)
    assert answer is not None and answer.refused and answer.calculation is None
    for phrase in phrases:
        assert phrase in answer.text, (phrase, answer.text)


NOT_FIGURES = [
    "Vem är ordförande i socialnämnden?",
    "Hur många av de 350 föreningarna får bidrag?",
    "Vad säger handlingsplanen om 2026?",
    "Vad gör kommunstyrelsen?",
    "När sammanträdde socialnämnden?",
    "Vilka uppdrag gav kommunstyrelsen 2023?",
    "Who is the chair of the executive board?",
    "Vad är kommunens vision för 2040?",
    "Vad är det första uppdraget kommunstyrelsen gav?",
    "Vad är socialnämndens uppdrag?",
    "Vad är kommunbidrag?",
    "Hur många sommarjobb kan finansieras?",
    "Vad betyder tkr?",
    "What does the budget say about summer jobs?",
    "Hur stort var socialförvaltningens underskott 2017?",
    "Hur mycket kostar det att avskaffa de delade turerna inom äldreomsorgen?",
    "Hur mycket sparar kommunen på att centralisera lokalförsörjningen?",
    "Vad kostar en bussbiljett till Sollebrunn?",
    "Vad är omställningsutredningen?",
    "Hur stor är kommunens årliga inköpsvolym enligt S-budgeten och enligt den ekonomiska handlingsplanen?",
    "Hur stort var socialnämndens omställningspaket 2020 och hur stort är sparkravet 2024?",
    "Både kommunstyrelsen 2023 och S-budgeten vill flytta lokalplaneringen till kommunstyrelsen. Stämmer det?",
]


def test_a_follow_up_that_asks_for_no_figure_is_left_to_retrieval():
    history = ("Hur mycket tillskjuts socialnämnden för personligt ombud?",)
    assert ask("Hur ska det finansieras?", history) is None


@pytest.mark.parametrize("question", NOT_FIGURES)
def test_questions_not_about_figures_are_left_to_retrieval(question):
    assert ask(question) is None


def test_ambiguous_questions_state_the_interpretation():
    answer = ask("Hur mycket får socialnämnden?")
    assert [v.value for v in answer.values] == [Decimal(205172), Decimal(209559), Decimal(213162)]
    assert "Budget 2021–Plan 2023 (frågan anger inget år: alla år i tabellen)" in answer.interpretation
    answer = ask("Hur mycket får socialnämnden nästa år?")
    assert answer.calculation.result == Decimal(205172)
    assert "”nästa år” tolkar jag som 2021" in answer.interpretation


def test_documents_without_tables_refuse_table_questions_and_keep_text_amounts():
    from assistant.budget.store import FigureBook

    book = FigureBook(tuple(d for d in corpus_book().documents if not d.tables))
    for question in ("Hur mycket får socialnämnden 2021?", "Hur mycket investeras totalt 2022?"):
        answer = answer_figures(question, book)
        assert answer.refused and answer.text == "Dokumenten har inga budgettabeller."
    assert answer_figures("Hur stort är sparkravet?", book).calculation.result == Decimal(41)


def test_empty_book_answers_nothing():
    from assistant.budget.store import FigureBook

    assert answer_figures("Hur mycket får socialnämnden 2021?", FigureBook()) is None


@pytest.mark.parametrize("question, sentence, expression", [
    ("Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?",
     "Socialnämndens kommunbidrag ökar med 8,0 miljoner kronor (7 990 tkr, 3,9 %) från 2021 till 2023: från "
     "205 172 tkr till 213 162 tkr [1]. Underlag: driftsbudgeten, Budget 2021 och Plan 2023 [1001].", "213 162 - 205 172 = 7 990 tkr; 7 990 / 205 172 = 3,9 %"),
    ("Hur mycket får Vård- och omsorgsnämnden och Socialnämnden tillsammans 2021?", None,
     "818 729 + 205 172 = 1 023 901 tkr"),
    ("Vilken nämnd får störst kommunbidrag 2023?", None, "max(859 001, 213 162"),
    ("By how much does tax revenue increase from 2021 to 2023?", None, "2,181,975 - 2,020,214 = 161,761"),
])
def test_answer_text_is_a_short_sentence_and_the_trace_stays_in_the_calculation(question, sentence, expression):
    answer = ask(question)
    assert expression in answer.calculation.expression
    assert expression not in answer.text and "Uträkning" not in answer.text and "Calculation:" not in answer.text
    if sentence:
        assert answer.text == sentence
