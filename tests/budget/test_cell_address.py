"""A question addresses a table cell by its row and by words of the column labels: a column kind even when
misspelt ("prognsen"), a word of a column's label ("helåret" of "Prognos helår"), or a table's own kind of
column ("sjukfrånvaron" of "Sjukfrånvaro jan–aug 2026"). Those words are no other topic, so the calculator
reads the cell, and a stated amount that only shares the column word does not win over it."""
from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.columns import column_kind, seen_as
from assistant.budget.plan import plan_question
from assistant.budget.records import TextAmount
from assistant.budget.amounts import find_amounts
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Delårsrapport augusti 2030

Resultatet för året bedöms bli svagt, då prognosen pekar på 0,9 procent av skatteintäkterna.

Tabell 1. Driftredovisning per nämnd

Belopp i mnkr                 Budget 2030     Utfall jan–aug     Prognos helår     Avvikelse
Tekniska nämnden                     40,0               27,1              41,5          –1,5
Kulturnämnden                        12,0                7,8              11,6           0,4

Tabell 2. Tekniska nämndens prognos per verksamhet

Belopp i mnkr                 Budget 2030     Prognos 2030      Avvikelse
Gata och park                        22,0             23,9          –1,9
Fastigheter                          18,0             17,6           0,4

Tabell 3. Personal per nämnd

                               Antal          Frånvaro            Frånvaro
Nämnd                      anställda     jan–aug 2030       jan–aug 2029
Tekniska nämnden                  61           5,2 %              5,9 %
Kulturnämnden                     19           3,1 %              3,4 %
"""


@pytest.fixture(scope="module")
def book() -> FigureBook:
    doc = LoadedDocument(path="r.txt", sha256="0", meta=DocumentMeta(title="Delårsrapport", date="2030-09-20"),
                         text=TEXT)
    return FigureBook((DocumentFigures(doc_path="r.txt", sha256="0", title="Delårsrapport", doc_type="interim_report",
                                       date="2030-09-20", tables=tuple(parse_tables(doc)),
                                       amounts=tuple(find_amounts(doc))),))


def test_a_misspelt_column_kind_is_still_that_kind() -> None:
    assert column_kind("vad är prognsen för tekniska nämnden?") == "Prognos"
    assert column_kind("vad är planen?") == "Plan"


def test_a_word_of_a_column_label_is_no_other_topic(book: FigureBook) -> None:
    plan = plan_question("vad är prognosen för tekniska nämnden för helåret 2030?", book.index.lexicon)
    assert plan.intent and plan.rows == ("Tekniska nämnden",) and plan.column_kind == "Prognos"
    answer = answer_figures("vad är prognosen för tekniska nämnden för helåret 2030?", book)
    assert answer is not None and "41,5" in answer.text


def test_a_stated_amount_sharing_only_the_column_word_does_not_beat_the_row(book: FigureBook) -> None:
    answer = answer_figures("vad är prognosen för gata och park?", book)
    assert answer is not None and "23,9" in answer.text and "0,9" not in answer.text


def test_a_tables_own_column_kind_is_asked_by_its_word(book: FigureBook) -> None:
    plan = plan_question("frånvaron i kulturnämnden jan-aug i år?", book.index.lexicon)
    assert plan.column_kind == "Frånvaro" and plan.intent
    answer = answer_figures("frånvaron i kulturnämnden jan-aug i år?", book)
    assert answer is not None and "3,1 %" in answer.text


def test_a_yearless_kind_of_a_one_year_table_is_that_years(book: FigureBook) -> None:
    table = next(t for t in book.tables if t.title.startswith("Tabell 2"))
    seen = seen_as(table, "Avvikelse", ())
    assert [(c.label, c.year) for c in seen.columns if c.kind == "Avvikelse"] == [("Avvikelse", 2030)]
    answer = answer_figures("hur stor är avvikelsen för gata och park mot budget?", book)
    assert answer is not None and "-1,9" in answer.text.replace("−", "-").replace("–", "-")


def test_a_column_kind_the_tables_hold_names_no_kind_of_document(book: FigureBook) -> None:
    from assistant.budget.columns import held_kind_words
    from assistant.understand.query import doc_types_in

    question = "hur stor är avvikelsen för gata och park mot budget?"
    words = held_kind_words(question, book.tables)
    assert "budget" in words and "avvikelsen" in words
    assert doc_types_in(question) and not doc_types_in(question.replace("budget", " "))
    assert held_kind_words("vad säger bokslutet?", [t for t in book.tables if t.title.startswith("Tabell 3")]) == []


def test_a_short_misspelt_kind_word_the_stemmer_cuts_is_still_its_kind() -> None:
    from assistant.budget.columns import kind_of_word

    assert kind_of_word("budgt") == "Budget" and kind_of_word("utfal") == "Utfall"
    assert kind_of_word("plats") is None and kind_of_word("ramen") is None and kind_of_word("bidet") is None


def test_the_verb_of_a_question_after_a_topic_said_first_names_no_other_topic(book: FigureBook) -> None:
    # "Kulturnämnden: vilken budget föreslår de för 2030?" asks the row's figure as the same words in question order do
    after = plan_question("vilket belopp föreslår de för kulturnämnden 2030?", book.index.lexicon)
    labelled = plan_question("Kulturnämnden: vilken ram föreslår de för 2030?", book.index.lexicon)
    assert after.intent and labelled.intent and labelled.rows == ("Kulturnämnden",)
    assert not plan_question("Kulturnämnden: vilken ram föreslår de för idrott?", book.index.lexicon).intent


def test_the_words_naming_where_a_figure_is_said_are_no_other_topic(book: FigureBook) -> None:
    from assistant.understand.sources import source_phrases

    question = "vad hade kulturnämnden i budget 2030 enligt kommunens sida om ekonomin?"
    assert [question[a:b] for a, b in source_phrases(question)] == ["enligt kommunens sida om ekonomin"]
    plan = plan_question(question, book.index.lexicon)
    assert plan.intent and plan.rows == ("Kulturnämnden",)
    answer = answer_figures(question, book)
    assert answer is not None and "12,0 miljoner kronor" in answer.text
