"""A figure asked per one of something that no table row counts ("per invånare" where the tables have no
population row) is divided by the count the running text states for its year, cited where the text states it."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.stated_counts import count_for, count_years_said, counts_of, find_counts
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import Chunk, DocumentMeta, LoadedDocument

TABLE = """Driftbudget per nämnd

| Nämnd (mnkr) | Utfall 2023 | Budget 2025 |
|---|---:|---:|
| Barn- och utbildningsnämnden | -243,1 | -261,4 |
| Socialnämnden | -310,0 | -325,5 |
"""

PROSE = ("Kommunens befolkning uppgick till 9 702 invånare den 31 december 2023. "
         "Befolkningen beräknas till 9 680 invånare 2025. "
         "I budgeten finns 12 nya platser i förskolan.")


def book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="0", meta=DocumentMeta(title="Budget 2025"), text=TABLE)
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="0", title="Budget 2025", doc_type="budget",
                                       date=None, tables=tuple(parse_tables(doc)), amounts=()),))


def counts(text: str = PROSE) -> tuple:
    chunk = Chunk(id="p#0", doc_path="p.txt", text=text, start=0, end=len(text), title="Budget 2025")
    return find_counts([chunk], lambda _: text)


def test_counts_are_whole_numbers_before_a_noun_with_the_years_of_their_sentence() -> None:
    found = counts()
    assert [(c.value, c.noun, c.years) for c in found] == [
        (Decimal(9702), "invånare", (2023,)), (Decimal(9680), "invånare", (2025,)), (Decimal(12), "nya", ())]
    assert [c.value for c in counts_of("invånare", found)] == [9702, 9680]
    # people counted in a sentence naming the population ("invånarantal om 15 600 personer") count it too
    people = counts("Budgeten bygger på ett oförändrat invånarantal om 15 600 personer den 1 november 2026.")
    assert [c.value for c in counts_of("invånare", people)] == [15600]


def test_the_count_of_a_year_is_its_own_else_the_latest_before_it() -> None:
    found = counts_of("invånare", counts())
    assert count_for(2023, found).value == 9702
    assert count_for(2025, found).value == 9680
    assert count_for(2027, found).value == 9680  # a later year: the latest count the budget builds on
    assert count_for(2021, found) is None


def test_a_year_said_right_after_the_counts_own_word_is_the_counts() -> None:
    question = "Vad kostar BUN per invånare 2025? räkna med folkmängden 31/12 2023"
    assert count_years_said(question, "invånare") == (2023,)
    assert count_years_said("Vad kostar BUN per invånare 2025?", "invånare") == ()


def test_a_figure_per_inhabitant_divides_by_the_count_the_text_states() -> None:
    answer = answer_figures("Vad kostar barn- och utbildningsnämnden per invånare 2025?", book(), counts=counts())
    assert answer is not None and answer.calculation is not None
    assert "27 004" in answer.text  # 261,4 mnkr / 9 680
    assert any("9 680 invånare" in s.quote for s in answer.sources)
    asked = "Vad kostar barn- och utbildningsnämnden per invånare 2025? räkna med folkmängden 31/12 2023"
    answer = answer_figures(asked, book(), counts=counts())
    assert "26 943" in answer.text and any("9 702 invånare" in s.quote for s in answer.sources)


def test_without_a_stated_count_the_whole_is_no_answer() -> None:
    """No row, column or sentence counts the invånare: the committee's whole is not what is asked per one of them
    (the prose may state the figure per inhabitant)."""
    assert answer_figures("Vad kostar barn- och utbildningsnämnden per invånare 2025?", book()) is None


def test_municipalities_compared_per_inhabitant_each_divide_by_their_own_stated_count() -> None:
    def doc(path: str, name: str, cost: str) -> DocumentFigures:
        text = f"Resultatbudget\n\n| Post (mnkr) | Budget 2025 |\n|---|---:|\n| Verksamhetens nettokostnad | {cost} |\n"
        loaded = LoadedDocument(path=path, sha256=path, meta=DocumentMeta(title="Budget 2025"), text=text)
        return DocumentFigures(doc_path=path, sha256=path, title="Budget 2025", doc_type="budget", date=None,
                               tables=tuple(parse_tables(loaded)), amounts=(), municipality=name)

    two = FigureBook((doc("a/b.md", "Ösby", "-650,0"), doc("v/b.md", "Västby", "-590,0")))
    said = {"Ösby": "Ösby hade 10 000 invånare den 31 december 2024.",
            "Västby": "Västby hade 8 000 invånare den 31 december 2024."}
    stated = tuple(c for name, text in said.items() for c in find_counts(
        [Chunk(id=name, doc_path=f"{name}.txt", text=text, start=0, end=len(text), title="Fakta",
               municipality=name)], lambda _, t=text: t))
    answer = answer_figures("Vilken kommun har högst verksamhetens nettokostnad per invånare 2025, Ösby eller Västby?", two,
                            counts=stated)
    assert answer is not None
    assert "65 000" in answer.text and "73 750" in answer.text  # 650 mnkr / 10 000, 590 mnkr / 8 000
    assert "(650,0 mnkr / 10 000)" in answer.text  # the division's operands beside its result
    assert "Mest har Västby" in answer.text  # higher per invånare, though lower in total


def test_a_clause_saying_which_count_to_divide_by_is_no_other_topic() -> None:
    people = counts("Budgeten bygger på ett oförändrat invånarantal om 9 000 personer den 1 november 2024.")
    asked = ("Vad blir barn- och utbildningsnämnden per invånare 2025 om man räknar med det invånarantal "
             "budgeten bygger på?")
    answer = answer_figures(asked, book(), counts=people)
    assert answer is not None and "29 044" in answer.text  # 261,4 mnkr / 9 000
    assert answer.calculation.inputs[1].label == "antal invånare 2024"


def test_the_word_asked_per_is_read_in_the_documents_words() -> None:
    from assistant.budget.stated_counts import per_word

    assert per_word("Vad kostar nämnden per invånare 2025?") == "invånare"
    assert per_word("How much does Habo budget per inhabitant for Kommunstyrelsen in 2025?") == "invånare"
    assert per_word("What is the cost per capita?") == "invånare"


def test_a_count_per_something_is_a_rate_not_a_count() -> None:
    found = counts("Budgeten bygger på en svag ökning med cirka 60 invånare per år. Kommunen hade 29 850 invånare 2024.")
    assert [c.value for c in counts_of("invånare", found)] == [29850]


def test_the_figures_own_document_states_the_count_it_is_divided_by() -> None:
    # an interim report states another count of the same year; the budget's own count is the one its figure is per
    interim = "Den 30 juni 2025 hade kommunen 9 650 invånare."
    budget = "Budgeten bygger på 9 680 invånare år 2025."
    found = (*find_counts([Chunk(id="i#0", doc_path="i.txt", text=interim, start=0, end=len(interim), title="Delår")],
                          lambda _: interim),
             *find_counts([Chunk(id="b#0", doc_path="b.md", text=budget, start=0, end=len(budget), title="Budget")],
                          lambda _: budget))
    answer = answer_figures("Vad kostar barn- och utbildningsnämnden per invånare 2025?", book(), counts=found)
    assert answer is not None and "27 004" in answer.text, answer.text  # 261,4 mnkr / 9 680
