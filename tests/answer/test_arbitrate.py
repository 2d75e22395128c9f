"""Which source answers when the calculator refuses: its precise refusal, or prose that states what was asked."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.arbitrate import refusal_stands, says_named_rows
from assistant.understand.query import analyse
from tests.budget.corpus_docs import corpus_book


def test_an_amount_belongs_to_the_row_named_nearest_before_it() -> None:
    book = corpus_book()
    question = "hur mycket får socialnämnden 2024?"
    other = ("Barn- och ungdomsnämnden tilldelas 3 mnkr permanent kommunbidrag för att i samverkan med "
             "socialnämnden reducera antalet orosanmälningar.")
    own = "Därför fattade socialnämnden den 14 maj beslut om ett omställningspaket om 5,4 miljoner kronor."
    assert not says_named_rows(book, question, other, "3 mnkr")
    assert says_named_rows(book, question, own, "5,4 miljoner kronor")
    assert says_named_rows(book, "hur stort var sparpaketet?", other, "3 mnkr")  # names no row: nothing to check


def test_a_sentence_naming_no_row_is_about_what_its_documents_title_names() -> None:
    book = corpus_book()
    question = "hur mycket får socialnämnden 2024?"
    bare = "Beslutet innebär att 5,4 miljoner kronor sparas i verksamheten."
    assert not says_named_rows(book, question, bare, "5,4 miljoner kronor")
    assert says_named_rows(book, question, bare, "5,4 miljoner kronor", title="Socialnämnden sparar")
    assert not says_named_rows(book, question, bare, "5,4 miljoner kronor", title="Nytt vattenverk i Ingared")


def test_the_calculators_refusal_yields_to_prose_that_answers_and_stands_otherwise() -> None:
    book = corpus_book()

    class Index:  # a press release dated May 2020: "i maj 2020" names it, not a budget year the tables lack
        documents = {"p.txt": SimpleNamespace(meta=SimpleNamespace(date="2020-05-18"))}

    question = "hur stort var sparpaketet som socialnämnden klubbade i maj 2020"
    q = analyse(question)
    assert refusal_stands(book, Index(), question, q, [], prose=lambda: False)
    assert not refusal_stands(book, Index(), question, q, [], prose=lambda: True)


def test_an_unknown_committees_refusal_yields_to_prose_that_names_the_committee() -> None:
    from assistant.arbitrate import names_unknown_committee

    book = corpus_book()
    question = "Vad är ramen för nämnden för arbete, kompetens och välfärd 2025?"
    assert names_unknown_committee(book, question)  # no prose: the tables have no such row
    assert names_unknown_committee(book, question, said=lambda: "Socialnämnden får 3 mnkr mer.")
    assert not names_unknown_committee(
        book, question, said=lambda: "Ramen är 120 miljoner. Nämnden för arbete, kompetens och välfärd i korthet")


def test_prose_answers_a_table_kinds_missing_year_only_writing_that_year_itself() -> None:
    from assistant.arbitrate import text_is_strong
    from assistant.evidence.sentences import Sentence
    from core.types import Chunk

    def sentence(text: str, title: str = "Internbudget 2026") -> Sentence:
        chunk = Chunk(id="d-0", doc_path="d.txt", title=title, text=text, start=0, end=len(text), date="2026-01-20")
        return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)

    q = analyse("vilken ram har samhällsbyggnadsnämnden 2026?")
    own = sentence("Samhällsbyggnadsnämnden har en nettoram på 63,3 miljoner kronor för 2026.")
    row = sentence("Samhällsbyggnadsnämnden\t63 300\t61 000")
    undated = sentence("Samhällsbyggnadsnämnden har en nettoram på 63,3 miljoner kronor.")
    assert text_is_strong(q, [own], own_figure=True, own_year=True)
    assert not text_is_strong(q, [row], own_figure=True, own_year=True)
    assert not text_is_strong(q, [undated], own_figure=True, own_year=True)  # dated by its document only
    assert text_is_strong(q, [undated], own_figure=True)  # without a table named, its date says the year
    assert not text_is_strong(q, [row, own], own_figure=True, own_year=True)  # the row would be quoted


def test_the_year_a_report_is_about_is_written_as_under_aret() -> None:
    from assistant.arbitrate import text_is_strong
    from assistant.evidence.sentences import Sentence
    from core.types import Chunk

    def sentence(text: str, title: str) -> Sentence:
        chunk = Chunk(id="d-0", doc_path="d.pdf", title=title, text=text, start=0, end=len(text), date="2024-04-10")
        return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)

    q = analyse("vilka var de största investeringsprojekten under 2023?")
    text = "Största projekt under året var förskolan i Figeholm (38,4 miljoner kronor)."
    assert text_is_strong(q, [sentence(text, "Årsredovisning 2023")], own_figure=True, own_year=True)
    # a budget for three years: "the year" is none of them in particular
    assert not text_is_strong(q, [sentence(text, "Budget 2025–2027")], own_figure=True, own_year=True)
    assert not text_is_strong(q, [sentence(text, "Årsredovisning 2022")], own_figure=True, own_year=True)


def test_prose_answers_a_table_kinds_year_said_only_of_the_document() -> None:
    from assistant.arbitrate import text_is_strong
    from assistant.evidence.sentences import Sentence
    from core.types import Chunk

    def sentence(text: str) -> Sentence:
        chunk = Chunk(id="b-0", doc_path="b.pdf", title="Budget och ekonomisk plan", text=text, start=0,
                      end=len(text), date="2024-11-14")
        return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)

    # "budget 2025" names the document and its year: the tables lack 2025, the sentence writes it
    q = analyse("karlshamns budget 2025 – hur stor är investeringsbudgeten?")
    assert 2025 in q.doc_years
    assert text_is_strong(q, [sentence("Investeringsbudgeten för 2025 uppgår till 236,0 miljoner kronor.")],
                          own_figure=True, own_year=True)
    assert not text_is_strong(q, [sentence("Investeringsbudgeten uppgår till 236,0 miljoner kronor.")],
                              own_figure=True, own_year=True)



def test_a_list_item_writes_its_year_in_the_line_introducing_its_list() -> None:
    from assistant.arbitrate import text_is_strong
    from assistant.evidence.headings import lead_in
    from assistant.evidence.sentences import Sentence
    from core.types import Chunk

    passage = ("## § 72 Budgetramar 2027\n\nFullmäktige fastställde följande nettokostnadsramar för 2027:\n\n"
               "- Kommunstyrelsen: 118,9 miljoner kronor\n- Socialnämnden: 240,5 miljoner kronor\n\n"
               "Detaljbudgeten behandlas i december.\n")

    def sentence(text: str) -> Sentence:
        chunk = Chunk(id="d-0", doc_path="d.md", title="Kommunfullmäktiges beslut", text=passage, start=0,
                      end=len(passage), date="2026-10-26")
        at = passage.index(text)
        return Sentence(chunk=chunk, start=at, end=at + len(text), text=text, score=1.0, coverage=1.0,
                        chunk_score=1.0)

    item = sentence("Socialnämnden: 240,5 miljoner kronor")
    assert lead_in(item) == "Fullmäktige fastställde följande nettokostnadsramar för 2027:"
    assert lead_in(sentence("Detaljbudgeten behandlas i december.")) == ""  # no list item
    q = analyse("Hur stort är socialnämndens ram för 2027?")
    assert text_is_strong(q, [item], own_figure=True, own_year=True)
    assert not text_is_strong(analyse("Hur stort är socialnämndens ram för 2028?"), [item], own_figure=True,
                              own_year=True)


def test_a_count_asked_the_tables_lack_for_the_year_is_answered_by_prose_counting_it() -> None:
    from assistant.arbitrate import text_is_strong
    from assistant.evidence.sentences import Sentence
    from core.types import Chunk

    def sentence(text: str) -> Sentence:
        chunk = Chunk(id="d-0", doc_path="d.txt", title="Budget och plan 2025–2027", text=text, start=0,
                      end=len(text), date="2024-11-19")
        return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=1.0, chunk_score=1.0)

    q = analyse("hur många invånare bygger budgeten för 2025 på?")
    assert text_is_strong(q, [sentence("Budgeten för 2025 bygger på 11 480 invånare.")], own_figure=True)
    assert not text_is_strong(q, [sentence("Budgeten för 2025 bygger på befolkningsprognosen.")], own_figure=True)


def test_a_year_said_after_a_kind_of_document_names_a_document_of_that_kind_only(monkeypatch) -> None:
    from types import SimpleNamespace

    from assistant import arbitrate
    from assistant.arbitrate import table_owns
    from assistant.understand.query import analyse

    def doc(kind: str, date: str) -> SimpleNamespace:
        return SimpleNamespace(meta=SimpleNamespace(doc_type=kind, date=date))

    table = SimpleNamespace(title="Driftsbudget", years=(2021, 2022, 2023), rows=())
    figures = SimpleNamespace(tables=[table])
    monkeypatch.setattr(arbitrate, "named_tables", lambda figures, question: figures.tables)
    question = "hur mkt får socialnämnden i driftsbudget 2024?"
    q = analyse(question)
    assert q.doc_years == (2024,) and "budget" in q.doc_types
    # only a committee's summary is dated 2024: "driftsbudget 2024" names no budget, the year is asked of the table
    summary = SimpleNamespace(documents={"a": doc("budget", "2020"), "b": doc("committee_summary", "2024-01-31")})
    assert table_owns(figures, summary, question, q)
    # a budget dated 2024 is the document the year names
    budget = SimpleNamespace(documents={"a": doc("budget", "2024-11-25")})
    assert not table_owns(figures, budget, question, q)
