"""Words that say where a figure is written or when, not what it is of: a source named after "enligt"
("enligt nyckeltalsfilen", "enligt kommunens sida om ekonomin"), the period named again ("jan-aug 2024 jämfört med
samma period 2023": no row "Periodens resultat"), a table's own kind of column named by the row's own word beside a
period of months ("nettokostnader jan-aug": the outcome so far of the row), and a unit a paragraph leading to its
table states in brackets ("enligt tabellen nedan (belopp i tkr)")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.columns import period_words
from assistant.budget.store import FigureBook
from assistant.budget.units import Unit
from assistant.understand.sources import source_phrases
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

KEY_FIGURES = """## Nyckeltal

Norrby kommun – ekonomiska nyckeltal 2021–2023
Belopp i mnkr om inget annat anges

| År | Invånare 31 dec | Årets resultat | Nettoinvesteringar |
|---|---|---|---|
| 2021 | 5702 | 21,2 | 35,9 |
| 2022 | 5719 | 12,5 | 52,6 |
| 2023 | 5743 | 9,2 | 61,8 |
"""

INTERIM = """Delårsrapport januari–augusti 2024 Norrby kommun

Resultaträkning

| Mnkr | Utfall jan–aug 2024 | Utfall jan–aug 2023 | Prognos 2024 | Budget 2024 |
|---|---:|---:|---:|---:|
| Verksamhetens nettokostnader | -327,8 | -312,7 | -551,1 | -545,7 |
| Skatteintäkter | 416,2 | 398,7 | 628,1 | 624,7 |
| Periodens resultat | 45,2 | 48,4 | 12,0 | 10,0 |

Driftbudget 2025 per verksamhet, tkr

| Verksamhet | Intäkter | Kostnader | Nettokostnad |
|---|---:|---:|---:|
| Hemtjänst | -4 000 | 61 900 | 57 900 |
| Särskilt boende | -9 000 | 98 000 | 89 000 |
"""

BUDGET = """Resultatbudget

| Mnkr | Utfall 2023 | Budget 2024 | Budget 2025 |
|---|---:|---:|---:|
| Verksamhetens nettokostnader | -532,9 | -545,7 | -569,2 |
| Skatteintäkter | 610,0 | 624,7 | 650,0 |
"""

MINUTES = """## § 184 Ombudgetering av investeringsmedel från 2024 till 2025

Ärendebeskrivning: Tre investeringsprojekt har försenats. Förvaltningen föreslår att ej förbrukade medel ombudgeteras till 2025 enligt tabellen nedan (belopp i tkr).

| Projekt | Budget 2024 | Utfall 31 okt 2024 | Ombudgeteras till 2025 |
|---|---|---|---|
| Ny förskola | 6 000 | 2 350 | 3 650 |
| Gång- och cykelväg Kälarne | 2 800 | 400 | 2 400 |
| Summa | 8 800 | 2 750 | 6 050 |
"""


def _book(text: str, title: str, path: str = "doc.md") -> FigureBook:
    doc = LoadedDocument(path=path, text=text, sha256=path,
                         meta=DocumentMeta(title=title, date="2024-09-30", doc_type="report"))
    return FigureBook((extract_figures(doc),))


def test_a_phrase_after_enligt_names_the_source_up_to_its_clause_s_end() -> None:
    question = "vad var nettoinvesteringarna 2022 enligt kommunens sida om ekonomin?"
    [(start, end)] = source_phrases(question)
    assert question[start:end] == "enligt kommunens sida om ekonomin"
    assert source_phrases("Enligt KS-protokollet, hur mycket ökar ramen?") == ((0, 21),)
    # a longer stretch goes on with the clause: no phrase naming a source
    assert source_phrases("enligt budgeten ska nämnden spara mer på hemtjänsten än på skolan 2025?") == ()


def test_the_words_of_the_source_named_are_no_other_topic() -> None:
    book = _book(KEY_FIGURES, "Nyckeltal", "nyckeltal.xlsx")
    for question in ("vad var nettoinvesteringarna 2022 enligt nyckeltalsfilen?",
                     "Vad var nettoinvesteringarna 2022 enligt kommunens sida om ekonomin?"):
        answer = answer_figures(question, book)
        assert answer is not None and answer.calculation is not None, question
        assert answer.calculation.result == Decimal("52.6")


def test_a_document_named_after_i_at_the_clause_s_end_is_the_source() -> None:
    question = "Vilket resultat budgeterar Norrby för 2025 i Mål och budget?"
    [(start, end)] = source_phrases(question)
    assert question[start:end] == "i Mål och budget"
    [(start, end)] = source_phrases(english := "What result does Norrby budget for 2025 in its Mål och budget?")
    assert english[start:end] == "in its Mål och budget"
    assert source_phrases("hur mycket får socialnämnden i Norrby 2025?") == ()  # a place, no document
    # two documents held against each other are no one source
    assert source_phrases("Stämmer beloppen för Solgläntan i pressmeddelandet med Habos investeringsbudget?") == ()


def test_the_title_of_the_source_named_asks_no_goal() -> None:
    book = _book(BUDGET.replace("Verksamhetens nettokostnader", "Årets resultat"), "Mål och budget 2025",
                 "mal-och-budget.md")
    for question in ("Vilket resultat budgeteras för 2025 i Mål och budget?",
                     "What result is budgeted for 2025 in its Mål och budget?"):
        answer = answer_figures(question, book)
        assert answer is not None and answer.calculation is not None, question
        assert answer.calculation.result == Decimal("-569.2")


def test_the_same_period_again_is_when_not_a_row() -> None:
    assert {"samma", "period"} <= period_words("jan-aug 2024 jämfört med samma period 2023")
    answer = answer_figures("hur mycket ökade skatteintäkterna jan-aug 2024 jämfört med samma period 2023, i procent?",
                            _book(INTERIM, "Delårsrapport januari–augusti 2024"))
    assert answer is not None and answer.calculation is not None
    assert answer.text.startswith("Skatteintäkter ökar")
    assert round(answer.calculation.result, 1) == Decimal("4.4")


def test_a_row_named_beside_a_period_of_months_is_read_in_the_period_s_outcome() -> None:
    interim, budget = _book(INTERIM, "Delårsrapport januari–augusti 2024"), _book(BUDGET, "Budget 2025", "budget.md")
    answer = answer_figures("hur mycket ökade nettokostnader jan-aug 2024 jämfört med samma period 2023, i procent?",
                            FigureBook(budget.documents + interim.documents))
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("4.8")


def test_a_paragraph_leading_to_the_table_states_its_unit_in_brackets() -> None:
    [table] = _book(MINUTES, "Protokoll kommunstyrelsen", "ks.docx").documents[0].tables
    assert table.unit is Unit.TKR
    assert table.title.startswith("§ 184 Ombudgetering")


KEY_FIGURES_LEGEND = """## Nyckeltal

Finansiella nyckeltal 2022–2024
Invånare i antal, skattesats i kronor, belopp i mnkr, soliditet i procent

| År | Invånare 31 dec | Årets resultat | Soliditet % |
|---|---|---|---|
| 2022 | 12987 | 21,5 | 54,3 |
| 2023 | 13048 | -6,8 | 51,8 |
| 2024 | 13112 | 14,2 | 50,9 |

## Driftredovisning

Driftredovisning per verksamhet 2024
Belopp i tkr (nettokostnad)

| Verksamhet | Budget 2024 | Utfall 2024 |
|---|---|---|
| Förskola | 88900 | 87640 |
| Gymnasieskola | 58200 | 59750 |
"""


def test_a_legend_of_each_measure_s_unit_is_a_caption_giving_the_amounts_unit() -> None:
    legend, explained = _book(KEY_FIGURES_LEGEND, "Nyckeltal", "nyckeltal.xlsx").documents[0].tables
    assert legend.title == "Finansiella nyckeltal 2022–2024"
    assert legend.unit is Unit.MNKR
    # a caption whose brackets explain what the amounts are is a caption too
    assert explained.title == "Driftredovisning per verksamhet 2024"
    assert explained.unit is Unit.TKR


def test_the_mean_of_a_key_figure_under_a_legend_is_in_its_money() -> None:
    answer = answer_figures("vad var det genomsnittliga årsresultatet åren 2022–2024?",
                            _book(KEY_FIGURES_LEGEND, "Nyckeltal", "nyckeltal.xlsx"))
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("9.6")
    assert "%" not in answer.text


AGES = """Befolkning efter ålder, 31 december

| Ålder | 2023 | 2024 |
|---|---|---|
| 0–5 år | 901 | 888 |
| 65–79 år | 2 950 | 2 990 |
| 80 år och äldre | 1 160 | 1 198 |
| Totalt | 5 011 | 5 076 |

Fem år i sammandrag

| | 2023 | 2024 |
|---|---|---|
| Folkmängd 31 december, antal | 15 300 | 15 312 |
"""


def test_an_open_band_said_names_the_row_opening_with_it() -> None:
    book = _book(AGES, "Befolkning och kostnader", "befolkning.xlsx")
    for question in ("hur många över 80 bodde i kommunen 2024", "hur många invånare 80 år och äldre fanns det 2024?"):
        answer = answer_figures(question, book)
        assert answer is not None and answer.calculation is not None, question
        assert answer.calculation.result == Decimal("1198"), question


GRANTS = """§ 8 Fastställande av skolpeng och förskolepeng 2025

| Verksamhet | Grundbelopp 2025, kr per barn/elev och år | Grundbelopp 2024, kr |
|---|---|---|
| Förskola 1–3 år | 168 400 | 163 900 |
| Förskola 4–5 år | 132 900 | 129 100 |
| Pedagogisk omsorg 1–3 år | 120 000 | 118 000 |
| Grundskola årskurs 1–6 | 98 600 | 95 800 |
"""


def test_a_closed_band_said_names_the_row_holding_it_whose_first_word_is_said() -> None:
    answer = answer_figures("Med hur många procent höjdes förskolepengen för 1–3-åringar från 2024 till 2025?",
                            _book(GRANTS, "Protokoll barn- och utbildningsnämnden", "bun.docx"))
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("2.7")
    assert answer.text.startswith("Förskola 1–3 år")


INVESTMENTS = """Tabell 5. Investeringsbudget

| Mnkr | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Skattefinansierat | | |
| Ny förskola | 18,5 | 12,0 |
| Självfinansieringsgrad (exkl. VA) | 20,0 | 10,0 |
| Summa skattefinansierat | 38,5 | 22,0 |
| Avgiftsfinansierat (VA) | | |
| VA-ledningar Sikfors | 6,8 | 7,5 |
| Reservvattentäkt Hammarn | 2,0 | 6,5 |
| Summa avgiftsfinansierat | 8,8 | 14,0 |
| Totalt investeringar | 47,3 | 36,0 |
"""


def test_a_section_glossed_in_capitals_is_named_by_its_gloss() -> None:
    answer = answer_figures("hur stor andel av investeringarna 2025 är VA?", _book(INVESTMENTS, "Budget 2025", "b.pdf"))
    assert answer is not None and answer.calculation is not None
    assert round(answer.calculation.result, 1) == Decimal("18.6")


def test_the_end_of_a_year_is_when_not_a_topic() -> None:
    """"i slutet av 2022", "at the end of 2022": a balance at the year's end is the year's figure."""
    from assistant.budget.columns import time_words

    assert {"i", "slutet", "av"} <= time_words("vad var årets resultat i slutet av 2022?")
    assert "2022" not in time_words("vad var årets resultat i slutet av 2022?")
    assert "slutet" not in period_words("vad var årets resultat i slutet av 2022?")  # it may still name a row
    book = _book(KEY_FIGURES, "Nyckeltal")
    for question in ("Vad var nettoinvesteringarna i slutet av 2022?",
                     "What were the nettoinvesteringar at the end of 2022?"):
        answer = answer_figures(question, book, language="en" if question.startswith("What") else "sv")
        assert answer is not None and answer.calculation is not None, question
        assert answer.calculation.result == Decimal("52.6")


def test_a_file_named_by_what_it_holds_is_the_source() -> None:
    """"i excelfilen med nettokostnad per verksamhet": the file, by what it holds; its words name no row ("Verksamhetens
    nettokostnader") beside the one asked."""
    question = "vad är budgeten för hemtjänsten 2025 i excelfilen med nettokostnad per verksamhet"
    [(start, end)] = source_phrases(question)
    assert question[start:end] == "i excelfilen med nettokostnad per verksamhet"
    assert source_phrases("hur mycket får skolan i Norrby med det nya statsbidraget?") == ()  # a place, no file
