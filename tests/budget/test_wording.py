"""The calculator's answers in plain words: the answer first, then one line on what it is based on, then
the notes, each once. Expected sentences written literally from corpus/budget-2021-2023-socialdemokraterna.txt."""
from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.phrasing import Subject, human_amount, subject_of
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.units import Unit
from tests.budget.corpus_docs import corpus_book


def ask(question, language="sv", history=()):
    return answer_figures(question, corpus_book(), language=language, history=history)


SHAPES = [
    ("lookup", "Hur mycket får socialnämnden i kommunbidrag 2022?", "sv",
     "Socialnämnden får 209,6 miljoner kronor 2022 (209 559 tkr) [1]. Underlag: driftsbudgeten, Plan 2022 [1001]."),
    ("change between years", "Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?", "sv",
     "Socialnämndens kommunbidrag ökar med 8,0 miljoner kronor (7 990 tkr, 3,9 %) från 2021 till 2023: från "
     "205 172 tkr till 213 162 tkr [1]. Underlag: driftsbudgeten, Budget 2021 och Plan 2023 [1001]."),
    ("decrease", "Hur mycket minskar Samhällsbyggnadsnämndens investeringar mellan 2021 och 2022?", "sv",
     "Samhällsbyggnadsnämndens investeringar minskar med 11,5 miljoner kronor (11 490 tkr, 20,6 %) från 2021 till "
     "2022: från 55 675 tkr till 44 185 tkr [1]. Underlag: investeringsbudgeten, 2021 och 2022 [1001]."),
    ("sum", "Hur mycket får Vård- och omsorgsnämnden och Socialnämnden tillsammans 2021?", "sv",
     "Vård- och omsorgsnämnden och Socialnämnden får tillsammans 1,0 miljarder kronor 2021 (1 023 901 tkr) [1][2]. "
     "Underlag: driftsbudgeten (frågan nämner ingen tabell), Budget 2021 [1001]."),
    ("sum of a total row over years", "Hur mycket investeras totalt under perioden 2021–2025?", "sv",
     "Investeringarna är sammanlagt 1,3 miljarder kronor 2021–2025 (1 316 048 tkr) [1]. "
     "Underlag: investeringsbudgeten, 2021–2025 [1001]."),
    ("comparison", "Jämför Socialnämnden och Kommunstyrelsen 2022", "sv",
     "Socialnämnden har 113,1 miljoner kronor (113 073 tkr) mer än Kommunstyrelsen 2022: 209 559 tkr [1] mot "
     "96 486 tkr [2]. Underlag: driftsbudgeten (frågan nämner ingen tabell), Plan 2022 [1001]."),
    ("ratio", "Hur många gånger större är Vård- och omsorgsnämndens kommunbidrag än Socialnämndens 2023?", "sv",
     "Vård- och omsorgsnämnden har 4,03 gånger så mycket som Socialnämnden 2023: 859 001 tkr [1] mot 213 162 tkr "
     "[2]. Underlag: driftsbudgeten, Plan 2023 [1001]."),
    ("largest", "Vilken nämnd får störst kommunbidrag 2023?", "sv",
     "Störst 2023 är Barn- och ungdomsnämnden med 919,3 miljoner kronor (919 302 tkr) [1]; näst störst är "
     "Vård- och omsorgsnämnden med 859 001 tkr [2]. Underlag: driftsbudgeten, Plan 2023 [1001]."),
    ("under a million", "Vilken rad får minst 2021?", "sv",
     "Minst 2021 är Exploatering med 407 000 kronor (407 tkr) [1]; näst minst är Överförmyndarnämnden med 4 869 tkr "
     "[2]. "
     "Underlag: driftsbudgeten (frågan nämner ingen tabell), Budget 2021 [1001]."),
    ("English lookup", "How much does the municipal executive board get in the operating budget for 2022?", "en",
     "Kommunstyrelsen receives SEK 96.5 million in 2022 (96,486 thousand SEK) [1]. "
     "Based on: the operating budget, Plan 2022 [1001]."),
    ("English sum", "How much do the children and youth committee and the culture and education committee get "
     "together in 2021?", "en",
     "Barn- och ungdomsnämnden and Kultur- och utbildningsnämnden receive together SEK 1.2 billion in 2021 "
     "(1,185,659 thousand SEK) [1][2]. Based on: the operating budget (the question names no table), Budget 2021 [1001]."),
    ("English total", "What is the total investment budget in 2024?", "en",
     "Total investments are SEK 249.7 million in 2024 (249,721 thousand SEK) [1]. "
     "Based on: the investment budget, 2024 [1001]."),
]


@pytest.mark.parametrize(("shape", "question", "language", "text"), SHAPES, ids=[s[0] for s in SHAPES])
def test_the_answer_comes_first_in_plain_words(shape, question, language, text):
    assert ask(question, language).text == text


def test_a_summa_row_is_named_as_the_total_and_its_note_is_said_once():
    answer = ask("Hur stor andel av summa kommunbidrag går till Barn- och ungdomsnämnden 2021?")
    assert answer.text.startswith(
        "Barn- och ungdomsnämnden står för 37,2 % av kommunbidragen totalt 2021: 886 672 tkr [1] av "
        "2 384 696 tkr [2]. Underlag: driftsbudgeten, Budget 2021 [1001]. Raderna summerar till 2 384 697 tkr")
    assert answer.text.count("Raderna summerar") == 1 and answer.calculation.notes == answer.notes
    assert ask("Vad är summa kommunbidrag 2021?").text.startswith(
        "Kommunbidragen är totalt 2,4 miljarder kronor 2021 (2 384 696 tkr) [1].")


def test_a_unit_correction_is_part_of_the_basis_and_its_reason_a_note():
    answer = ask("Vad är skatteintäkterna 2023 enligt resultatbudgeten?")
    first, basis, reason = answer.text.split(". ", 2)[0], answer.interpretation, answer.notes
    assert first == "Skatteintäkter är 2,2 miljarder kronor 2023 (2 181 975 tkr) [1]"
    assert basis == "Underlag: resultatbudgeten, Plan 2023; tabellen Resultatbudget anger mnkr, men beloppen är i tkr."
    assert reason[0].startswith("Varför tkr: Verksamhetens nettokostnader 2 615 005 mnkr vore 2 615 miljarder")
    assert answer.text.count("anger mnkr") == 1


def test_a_result_row_is_not_called_a_total():
    assert ask("Vad är årets resultat 2022?").text.startswith("Årets resultat är 107,9 miljoner kronor 2022 (107 860 tkr)")


@pytest.mark.parametrize(("value", "unit", "language", "said"), [
    ("209559", Unit.TKR, "sv", "209,6 miljoner kronor"),
    ("2181975", Unit.TKR, "sv", "2,2 miljarder kronor"),
    ("200000", Unit.TKR, "sv", "200 miljoner kronor"),
    ("1000", Unit.TKR, "sv", "1 miljon kronor"),
    ("407", Unit.TKR, "sv", "407 000 kronor"),
    ("-45000", Unit.TKR, "sv", "-45 miljoner kronor"),
    ("4.7", Unit.MNKR, "sv", "4,7 miljoner kronor"),
    ("209559", Unit.TKR, "en", "SEK 209.6 million"),
    ("4.0", Unit.MDKR, "en", "SEK 4 billion"),
    ("300", Unit.KR, "en", "SEK 300"),
    ("3.9", Unit.PERCENT, "sv", "3,9 %"),
])
def test_amounts_in_the_words_a_person_uses(value, unit, language, said):
    assert human_amount(Decimal(value), unit, language) == said


def _table(*rows):
    source = CellSource("d.txt", "Budget", "x", 0, 1)
    made = tuple(Row(label, (Decimal(v),), label.startswith("Summa"), source, sections)
                 for label, v, sections in rows)
    return Table("d.txt#1", "Driftbudget per nämnd", "d.txt", Unit.MNKR, Unit.MNKR,
                 (Column("Budget 2025", 2025, "Budget"),), made)


def test_a_section_total_is_named_by_its_section():
    table = _table(("Individ- och familjeomsorg", "120.5", ("Familjenämnd",)),
                   ("Summa familjenämnd", "300.0", ("Familjenämnd",)), ("Summa nämnder", "900.0", ()))
    cells = table.cells()
    assert subject_of(cells[0], table) == Subject("Individ- och familjeomsorg")
    assert subject_of(cells[1], table) == Subject("Familjenämnd", total=True)
    assert subject_of(cells[2], table) == Subject("Nämnder", total=True)


def test_a_row_naming_the_tables_measure_is_said_as_it_is():
    from assistant.budget.phrasing import say_amount

    source = CellSource("d.txt", "Investeringar", "x", 0, 1)
    table = Table("d.txt#2", "Investeringsbudget", "d.txt", Unit.MNKR, Unit.MNKR,
                  (Column("Budget 2025", 2025, "Budget"),),
                  (Row("Ny förskola", (Decimal("18.5"),), False, source, ()),
                   Row("Totala investeringar", (Decimal("214.9"),), False, source, ())))
    assert say_amount(Subject("Totala investeringar"), table, "sv", "214,9 mnkr").startswith(
        "Totala investeringar är 214,9 mnkr")
    assert say_amount(Subject("Ny förskola"), table, "sv", "18,5 mnkr").startswith("Ny förskolas investeringar är")
