"""Several municipalities in one index: a question naming one is answered from its tables only; naming two
compares them with cited cells and aligned units. Figures from tests/fixtures/municipalities, by hand."""
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.municipal import municipalities_named, scope, without_names
from assistant.budget.store import FigureBook
from ingest.load import load_document
from ingest.tables import extract_figures

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "municipalities"
FILES = ("vargarda/budget-2025.md", "tranemo/budget-2025-bilaga-2-driftbudget.pdf",
         "lerum/budget-2025-drift-och-investeringar.xlsx", "lerum/resultat-och-balansbudget-2025.txt")


@pytest.fixture(scope="module")
def book() -> FigureBook:
    return FigureBook(tuple(extract_figures(load_document(CORPUS / f, sidecar={})) for f in FILES))


def test_names_come_from_the_documents_metadata(book):
    assert book.municipalities == ("Lerum", "Tranemo", "Vårgårda")
    assert municipalities_named("Vilken kommun lägger mest, Vårgårda eller Tranemos?", book) == ["Vårgårda", "Tranemo"]
    assert without_names("Hur mycket får kommunstyrelsen i Vårgårda i budget 2025?", ["Vårgårda"]) == \
        "Hur mycket får kommunstyrelsen i budget 2025?"
    assert without_names("What is the total for 2026 in Vårgårda's Budget 2026?", ["Vårgårda"]) == \
        "What is the total for 2026 in Budget 2026?"  # an English genitive keeps its noun's preposition
    names, question, history = scope("Och 2027?", book, ["Vad budgeterar Lerums kommun för skatteintäkter 2025?"])
    assert names == ["Lerum"] and question == "Och 2027?" and history == ("Vad budgeterar för skatteintäkter 2025?",)


def test_the_one_municipality_of_a_book_is_its_scope_not_a_topic(book):
    """A book of one municipality's documents (the source a question names: "according to the minutes") holds
    its name as no row: the name said is dropped as for a book of several."""
    alone = book.of_municipalities(["Vårgårda"])
    names, question, _ = scope("Hur mycket får Vårgårdas kommunstyrelse i budget 2025?", alone, ())
    assert names == ["Vårgårda"] and "Vårgårda" not in question
    answer = answer_figures("What does Vårgårda's kommunstyrelse get in budget 2025?", alone, language="en")
    assert answer is not None and answer.calculation is not None and answer.calculation.result == Decimal("103.0")


def test_a_named_municipality_is_answered_from_its_own_tables(book):
    answer = answer_figures("Hur mycket får kommunstyrelsen i Vårgårda i budget 2025?", book)
    assert answer.calculation.result == Decimal("103.0") and answer.calculation.unit == "mnkr"
    assert all("vargarda" in s.doc_path for s in answer.sources)
    answer = answer_figures("Hur mycket får kommunstyrelsen i Lerum i budget 2025?", book)
    assert answer.calculation.result == Decimal(286300) and answer.calculation.unit == "tkr"


def test_two_municipalities_are_compared_with_units_aligned(book):
    answer = answer_figures("Vilken kommun lägger mest på tekniska nämnden 2025, Vårgårda eller Tranemo?", book)
    assert answer.calculation.operation == "compare" and answer.calculation.unit == "mnkr"
    assert answer.calculation.result == Decimal("44.8")
    assert [(i.value, i.unit) for i in answer.calculation.inputs] == [(Decimal("44.8"), "mnkr"), (Decimal(38760), "tkr")]
    assert "Mest har Vårgårda" in answer.text and "38 760 tkr" in answer.text and "6,0 mnkr mer än Tranemo" in answer.text
    assert {Path(s.doc_path).parent.name for s in answer.sources} == {"vargarda", "tranemo"}


def test_a_comparison_naming_no_year_is_made_in_the_latest_year_both_tables_have(book):
    # Vårgårda's table runs to Plan 2027, Tranemo's to Budget 2025: both in 2025, not each its first or last year
    answer = answer_figures("Vilken kommun lägger mest på tekniska nämnden, Vårgårda eller Tranemo?", book)
    assert [(i.value, i.column) for i in answer.calculation.inputs] == [(Decimal("44.8"), "Budget 2025"),
                                                                          (Decimal(38760), "Budget 2025")]
    answer = answer_figures("Vilken kommun lägger mest på kommunstyrelsen, Vårgårda eller Lerum?", book)
    assert [i.value for i in answer.calculation.inputs] == [Decimal("103.0"), Decimal(286300)]


def test_committees_of_a_table_with_sections_are_its_top_rows(book):
    answer = answer_figures("Vilken nämnd i Vårgårda har störst budget 2025?", book)
    assert answer.calculation.result == Decimal("465.8")  # Summa familjenämnd, not Grundskola 228,4
    answer = answer_figures("Vilken verksamhet inom Tranemos socialnämnden är störst 2025?", book)
    assert answer.calculation.result == Decimal(181400)  # Äldreomsorg, a part of Socialnämnden


def test_a_section_is_named_by_its_total_row_and_ranks_its_parts(book):
    answer = answer_figures("Hur mycket får familjenämnden i Vårgårda 2025?", book)
    assert answer.calculation.result == Decimal("465.8")  # "Summa familjenämnd" stands for the section
    answer = answer_figures("Vilken verksamhet inom familjenämnden i Vårgårda är störst 2025?", book)
    assert answer.calculation.result == Decimal("228.4")  # Grundskola


def test_a_section_without_a_row_of_its_own_is_the_sum_of_its_parts():
    doc = load_document(CORPUS / "vargarda/investeringsbudget-2025-2029.xlsx", sidecar={})
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("Hur mycket investerar tekniska nämnden totalt 2025?", book)
    assert answer.calculation.operation == "sum" and answer.calculation.result == Decimal(18700)  # 6 000 + 9 500 + 3 200
    assert len(answer.sources) == 3


def test_a_follow_up_naming_only_another_municipality_asks_the_same_there(book):
    answer = answer_figures("Och i Tranemo?", book, history=("Hur mycket får kommunstyrelsen i Vårgårda 2025?",))
    assert answer.calculation.result == Decimal(112450) and answer.calculation.unit == "tkr"
    assert all("tranemo" in s.doc_path for s in answer.sources)
