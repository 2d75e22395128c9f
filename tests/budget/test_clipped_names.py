"""A body named by a clipped word with its ending after a colon ("soc:s budget") is the one body whose name
opens with it; a share "av soc:s budget" is of that body's total."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Driftbudget per nämnd och verksamhet

Belopp i mnkr

| Nämnd | Budget 2025 |
|---|---:|
| **Socialnämnden** | |
| Äldreomsorg | −156,3 |
| Individ- och familjeomsorg | −41,5 |
| Summa socialnämnden | −197,8 |
| **Kommunstyrelsen** | |
| Räddningstjänst | −15,6 |
| Social hållbarhet | −2,0 |
| Summa kommunstyrelsen | −17,6 |
| Summa nämnder | −215,4 |
"""


def book(text: str = TEXT) -> FigureBook:
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    return FigureBook((DocumentFigures(doc_path="d.md", sha256="0", title="Budget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_a_clipped_name_is_the_body_it_opens() -> None:
    lexicon = Lexicon.build(book().tables)
    assert [m.label for m in match_rows("Hur stor är soc:s budget 2025?", lexicon)] == ["Socialnämnden"]


def test_a_clipped_name_without_its_colon_is_the_one_body_it_opens() -> None:
    lexicon = Lexicon.build(book().tables)
    assert [m.label for m in match_rows("hur mkt har soc i budget 2025", lexicon)] == ["Socialnämnden"]
    # a short word opening no body's name, or a stop word, names none
    assert all(m.label != "Socialnämnden" for m in match_rows("hur mkt har sol i budget 2025", lexicon))
    assert all(m.label != "Kommunstyrelsen" for m in match_rows("hur mkt har man i budget 2025", lexicon))
    # a unit, clipped as it may be, names no body: "milj" is no "Miljönämnden"
    milj = Lexicon.build(book(TEXT.replace("Kommunstyrelsen", "Miljönämnden")).tables)
    assert all(m.label != "Miljönämnden" for m in match_rows("hur mkt av paketet på 5,4 milj går till soc", milj))


def test_a_share_of_a_clipped_body_is_of_its_total() -> None:
    answer = answer_figures("Hur stor del av soc:s budget 2025 är äldreomsorgen? i procent", book())
    assert answer is not None and answer.calculation is not None
    assert "79,0 %" in answer.text
