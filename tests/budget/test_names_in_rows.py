"""A municipality's name said inside a row's own name ("IFK Katrineholm") stays in the question: it names the row."""
from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.municipal import in_row_names, scope
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

CLUBS = """Föreningsbidrag 2025 (kr)

| Förening | Totalt 2025 |
|---|---|
| IFK Åby | 261000 |
| Åby SK | 256200 |
| Åby kommun | 12000 |
"""
OTHER = """Driftbudget (tkr)

| Nämnd | Budget 2025 |
|---|---|
| Kommunstyrelsen | 41000 |
| Tekniska nämnden | 38000 |
"""


def _book() -> FigureBook:
    docs = [LoadedDocument(path=f"{name}.md", text=text, sha256=name,
                           meta=DocumentMeta(title=name, municipality=name))
            for name, text in (("Åby", CLUBS), ("Byn", OTHER))]
    return FigureBook(tuple(extract_figures(d) for d in docs))


def test_a_name_inside_row_names_stays_in_the_question() -> None:
    book = _book()
    question = "Hur mycket mer fick IFK Åby än Åby SK?"
    assert in_row_names(question, ["Åby"], book) == ["Åby"]
    names, alone, _ = scope(question, book, ())
    assert names == ["Åby"] and alone == question
    answer = answer_figures(question, book)
    assert answer.calculation.result == Decimal(4800)


def test_a_name_that_is_the_whole_row_is_the_municipality() -> None:
    book = _book()
    assert in_row_names("Hur mycket fick Åby kommun?", ["Åby"], book) == []
    assert scope("Hur mycket får kommunstyrelsen i Byn 2025?", book, ())[1] == "Hur mycket får kommunstyrelsen 2025?"


def test_a_name_that_alone_found_a_row_is_the_municipality() -> None:
    book = FigureBook((*_book().documents, extract_figures(LoadedDocument(
        path="c.md", text="Investeringar 2025 (tkr)\n\n| Projekt | Budget 2025 |\n|---|---|\n| Ny förskola Byn | 9000 |\n"
        "| Gator | 3000 |\n", sha256="c", meta=DocumentMeta(title="c", municipality="Byn")))))
    assert in_row_names("Hur mycket får kommunstyrelsen i Byn 2025?", ["Byn"], book) == []


def test_a_name_said_with_only_linking_and_time_words_names_no_row() -> None:
    from assistant.budget.municipal import _names_more

    assert not _names_more("per år i ")
    assert _names_more("IFK ")


PROJECTS = """Investeringar per projekt (tkr)

| Projekt | Budget 2025 | Plan 2026 |
|---|---|---|
| Gator och beläggning (Tekniska nämnden) | 6000 | 6200 |
| Gång- och cykelväg Åby–Vad (Tekniska nämnden) | 4300 | 2500 |
| IT-infrastruktur (Kommunstyrelsen) | 2100 | 1800 |
| Summa investeringar | 12400 | 10500 |
"""


def test_a_name_said_with_only_the_body_owning_the_row_is_the_municipality() -> None:
    """"tekniska nämnden i Åby" is the body in its municipality: the words beside the name match only the owner in the
    row's brackets ("Gång- och cykelväg Åby–Vad (Tekniska nämnden)"), so the name is the place, and the body's rows
    are summed."""
    doc = LoadedDocument(path="aby.md", text=f"{OTHER}\n{PROJECTS}", sha256="p",
                         meta=DocumentMeta(title="Budget", municipality="Åby"))
    book = FigureBook((extract_figures(doc), *_book().documents[1:]))
    question = "hur mycket ska tekniska nämnden i Åby investera totalt 2025?"
    assert in_row_names(question, ["Åby"], book) == []
    answer = answer_figures(question, book)
    assert answer is not None and answer.calculation is not None and answer.calculation.result == Decimal(10300)
