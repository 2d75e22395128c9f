"""What a question's word means among the row labels: a particle verb is the compound the labels write ("flyttade
in": "Inflyttade"), a word the labels hold only as what a rate is per ("Kostnad per invånare") names the count
of its group ("hur många invånare": "Folkmängd 31 dec"), one day written two ways is one measure ("31 dec",
"31 december"), and the years decide between a count's own table and an overview holding the same row."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon, match_rows, measure_name
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.units import Unit

SOURCE = CellSource(doc_path="s.xlsx", title="Statistik", quote="x", start=0, end=1)


def _table(name: str, unit: Unit, years: tuple[int, ...], rows: dict[str, tuple[int, ...]]) -> Table:
    return Table(id=f"{name}#1", title=name, doc_path=name, stated_unit=unit, unit=unit,
                 columns=tuple(Column(label=str(y), year=y) for y in years),
                 rows=tuple(Row(label=label, values=tuple(Decimal(v) for v in values), is_total=False, source=SOURCE)
                            for label, values in rows.items()))


PEOPLE = _table("Befolkning", Unit.NUMBER, (2018, 2019, 2020, 2021),
                {"Folkmängd 31 dec": (3341, 3312, 3289, 3251), "Inflyttade": (117, 126, 138, 115),
                 "Utflyttade": (122, 124, 128, 117)})
OVERVIEW = _table("Översikt", Unit.TKR, (2019, 2020, 2021),
                  {"Folkmängd 31 december": (3312, 3289, 3251), "Nettokostnad per invånare, kr": (87984, 90033, 93373),
                   "Verksamhetens nettokostnad": (291402, 296118, 303557)})
LEXICON = Lexicon.build((PEOPLE, OVERVIEW))


def _book() -> FigureBook:
    return FigureBook((DocumentFigures(doc_path="s.xlsx", sha256="s", title="Statistik", tables=(PEOPLE,)),
                       DocumentFigures(doc_path="a.pdf", sha256="a", title="Årsredovisning", tables=(OVERVIEW,))))


def test_a_particle_verb_is_the_compound_the_labels_write() -> None:
    assert [m.label for m in match_rows("hur många flyttade in 2020", LEXICON)] == ["Inflyttade"]
    assert [m.label for m in match_rows("hur många flyttade ut 2020", LEXICON)] == ["Utflyttade"]


def test_a_direction_word_after_a_motion_verb_is_its_particle() -> None:
    assert [m.label for m in match_rows("hur många flyttade därifrån 2020", LEXICON)] == ["Utflyttade"]
    assert [m.label for m in match_rows("hur många flyttade från kommunen 2020", LEXICON)] == ["Utflyttade"]
    assert [m.label for m in match_rows("hur många flyttade hit 2020", LEXICON)] == ["Inflyttade"]
    assert [m.label for m in match_rows("hur många flyttade till kommunen 2020", LEXICON)] == ["Inflyttade"]


def test_an_english_question_about_moving_names_the_migration_rows() -> None:
    from assistant.understand.query import in_swedish

    said = in_swedish("How many people moved to the town in 2020, and how many moved out?")
    assert "inflyttade" in said and "utflyttade" in said
    assert "tillbyggnad" in in_swedish("What share goes to the school extension?")  # a building's extension


def test_a_follow_up_naming_its_own_measure_keeps_the_earlier_year() -> None:
    answer = answer_figures("och hur många flyttade därifrån det året?", _book(),
                            history=("hur många invånare fanns det 2020?",))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(128)


def test_a_word_held_only_by_rates_names_the_count_of_its_group() -> None:
    assert [m.label for m in match_rows("hur många invånare fanns det 2020", LEXICON)] == ["Folkmängd 31 dec"]
    assert [m.label for m in match_rows("hur många bodde i kommunen 2020", LEXICON)] == ["Folkmängd 31 dec"]
    assert [m.label for m in match_rows("nettokostnad per invånare 2020", LEXICON)] == ["Nettokostnad per invånare, kr"]


def test_one_day_written_two_ways_is_one_measure() -> None:
    assert measure_name("Folkmängd 31 dec") == measure_name("Folkmängd 31 december") == measure_name("Folkmängd 31/12")
    assert measure_name("Antal invånare 30 juni") != measure_name("Antal invånare 31 december")


def test_the_years_choose_the_count_table_over_an_overview_of_fewer() -> None:
    answer = answer_figures("Hur mycket har folkmängden minskat mellan 2018 och 2021?", _book())
    assert answer is not None and answer.calculation is not None
    assert [i.value for i in answer.calculation.inputs] == [Decimal(3341), Decimal(3251)]


def test_people_moving_in_are_counted() -> None:
    answer = answer_figures("hur många flyttade in 2020", _book())
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(138)


def test_a_group_word_names_the_row_it_counts_not_a_rate_per_it() -> None:
    overview = _table("Kommunen", Unit.MNKR, (2020, 2021),
                      {"Invånare 31 december": (32385, 32312), "Nettokostnad per invånare (kr)": (58740, 60710)})
    lexicon = Lexicon.build((overview,))
    assert [m.label for m in match_rows("hur stor var folkmängden 2021", lexicon)] == ["Invånare 31 december"]
    assert [m.label for m in match_rows("nettokostnad per invånare 2021", lexicon)] == \
        ["Nettokostnad per invånare (kr)"]


def test_a_group_word_is_the_measure_of_a_table_titled_by_its_group() -> None:
    places = Table(id="p#1", title="Befolkning per ort den 31 december", doc_path="p", stated_unit=Unit.NUMBER,
                   unit=Unit.NUMBER, columns=tuple(Column(label=str(y), year=y) for y in (2022, 2023)),
                   rows=tuple(Row(label=label, values=tuple(Decimal(v) for v in values), is_total=False, source=SOURCE)
                              for label, values in {"Kungshamn": (3001, 2990), "Smögen": (1279, 1268)}.items()))
    book = FigureBook((DocumentFigures(doc_path="p", sha256="p", title="Statistik", tables=(places, OVERVIEW)),))
    answer = answer_figures("hur många bor på smögen 2023", book)
    assert answer is not None and answer.calculation is not None
    assert [(i.label, i.value) for i in answer.calculation.inputs] == [("Smögen", Decimal(1268))]
