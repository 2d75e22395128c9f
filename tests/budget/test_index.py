"""The book's lookup structures are built once and a question scores only the amounts it can match."""
import pytest

from assistant.budget import bookindex, topics
from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from assistant.budget.topics import MIN_SCORE, best_amounts, content_stems, score_amount
from tests.budget.corpus_docs import corpus_book, corpus_document, corpus_names

QUESTIONS = ["Hur stort är sparkravet?", "Hur mycket får avdelning vuxna?", "Hur stor utdelning föreslås?",
             "Hur mycket tillskjuts samhällsbyggnadsnämnden för ökad busstrafik?",
             "Hur mycket kostar omstruktureringsfonden?", "Hur mycket får äldreomsorgen extra?",
             "Hur mycket ska vara budgeterat som interna buffertar?", "Hur stort är sparkrvaet?"]


def fresh_book() -> FigureBook:
    from ingest.tables import extract_figures

    return FigureBook(tuple(extract_figures(corpus_document(n)) for n in corpus_names()))


def test_the_index_is_built_once_per_book(monkeypatch):
    built = []
    original = bookindex.FigureIndex.__init__

    def counting(self, book):
        built.append(book)
        original(self, book)

    monkeypatch.setattr(bookindex.FigureIndex, "__init__", counting)
    book = fresh_book()
    for question in ("Hur mycket får socialnämnden 2022?", "Hur stort är sparkravet?", "Och 2023?"):
        answer_figures(question, book)
    assert len(built) == 1 and book.index is book.index
    other = fresh_book()
    answer_figures("Hur stort är sparkravet?", other)
    assert len(built) == 2  # a new book (a re-ingest) gets its own index


def test_a_question_scores_only_the_amounts_sharing_its_words(monkeypatch):
    book = corpus_book()
    calls = []
    original = topics.score_amount
    monkeypatch.setattr(topics, "score_amount", lambda *a, **k: calls.append(a[1]) or original(*a, **k))
    found = best_amounts("Hur stort är sparkravet?", book.index.amounts)
    assert found and "41 miljoner" in found[0][1].text
    assert 0 < len(calls) <= 3 < len(book.amounts)
    assert all("sparkrav" in " ".join(item.amount.context) for item in calls)


@pytest.mark.parametrize("question", QUESTIONS)
def test_indexed_search_equals_scoring_every_amount(question):
    index = corpus_book().index.amounts
    matches = [index.match(s, w) for s, w in content_stems(question)]
    every = [(score_amount(matches, item, index.df, len(index.items)), item.amount) for item in index.items]
    expected = sorted([(s, a) for s, a in every if s >= MIN_SCORE], key=lambda t: -t[0])
    assert best_amounts(question, index) == expected
