"""A table marked continued ("Investeringsbudget (forts.)") on the page after the one where a table with the same
columns ends is the rest of that table, whatever title the first part got (here the heading of the prose above it):
one table, named by the mark. Without the next page, a table of another title stays apart."""
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument, PageSpan

HEAD, FOOT = "Orust kommun – Mål och budget 2025\n", "Orust kommun, Mål och budget 2025   Sida {}\n"
PAGE_12 = HEAD + """Investeringsbudget

Investeringsbudgeten omfattar projekt med en utgift över ett prisbasbelopp.

Kommentarer till större projekt

Ombyggnaden av skolan beräknas kosta 36,5 miljoner kronor.

Projekt, belopp i tkr          Budget 2025   Plan 2026   Plan 2027
Kommunstyrelsen
Ny förskola                         32 000      22 000           0
Gator och vägar                      7 800       7 800       8 000
Summa kommunstyrelsen               39 800      29 800       8 000
Vatten och avlopp
Reningsverk, etapp 2                15 500      32 000      48 000
""" + FOOT.format(12)
PAGE_13 = HEAD + """Investeringsbudget (forts.)

Projekt, belopp i tkr          Budget 2025   Plan 2026   Plan 2027
Reinvestering ledningsnät            8 000       8 000       8 500
Summa vatten och avlopp             23 500      40 000      56 500
Totalt investeringar                63 300      69 800      64 500
""" + FOOT.format(13)


PROSE = "Ord och begrepp\n\nNettokostnad är kostnader minus intäkter.\n"


def _tables(pages: bool):
    texts = [HEAD + PROSE + FOOT.format(11), PAGE_12, PAGE_13, HEAD + PROSE + FOOT.format(14)]
    text, spans = "", []
    for number, page in enumerate(texts, start=1):
        spans.append(PageSpan(number, len(text), len(text) + len(page)))
        text += page + "\n"
    return parse_tables(LoadedDocument(path="b.pdf", sha256="0", meta=DocumentMeta(title="Budget"), text=text,
                                       pages=tuple(spans) if pages else ()))


def test_the_continuation_on_the_next_page_joins_the_table_and_names_it() -> None:
    tables = _tables(pages=True)
    assert [t.title for t in tables] == ["Investeringsbudget"]
    labels = [r.label for r in tables[0].rows]
    assert labels[-3:] == ["Reinvestering ledningsnät", "Summa vatten och avlopp", "Totalt investeringar"]
    assert next(r for r in tables[0].rows if r.label == "Reinvestering ledningsnät").sections == ("Vatten och avlopp",)


def test_without_pages_a_table_of_another_title_stays_apart() -> None:
    assert len(_tables(pages=False)) == 2
