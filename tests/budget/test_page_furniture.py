"""Long PDFs: running heads and page numbers are never a table's title, a short unit sentence is a caption,
and a new table after a heading on the same page is not the continuation of the table above it."""
from __future__ import annotations

from assistant.budget.tables import page_furniture, parse_tables
from assistant.budget.units import Unit
from core.types import DocumentMeta, LoadedDocument, PageSpan

HEAD = "Testby kommun · Budget 2026"
PAGES = [
    f"""{HEAD}
Tabell 1. Balansbudget
Belopp i mnkr.
Mnkr                 Budget 2025     Budget 2026
Eget kapital             1 478,6         1 488,9
Skulder                  1 432,5         1 442,5

Tabell 2. Driftbudget per nämnd

4""",
    f"""{HEAD}
Nettokostnad i tusentals kronor (tkr).
Tkr                  Budget 2025     Budget 2026
Kommunstyrelsen       – 127 543       – 131 994
Socialnämnden         – 139 763       – 140 466

5""",
    f"""{HEAD}
Tabell 3. Investeringar
Utgifter i tkr.
Projekt              Budget 2025     Budget 2026
Ny skola                  12 000          18 000
Summa investeringar       12 000          18 000

6""",
]


def book() -> LoadedDocument:
    text, spans, offset = "", [], 0
    for number, page in enumerate(PAGES, start=1):
        if text:
            text += "\n\n"
            offset += 2
        spans.append(PageSpan(number, offset, offset + len(page)))
        text += page
        offset += len(page)
    return LoadedDocument(path="b.pdf", sha256="0", meta=DocumentMeta(title="B"), text=text, pages=tuple(spans))


def test_running_heads_and_page_numbers_are_furniture() -> None:
    furniture = page_furniture(book())
    assert "testby kommun · budget #" in furniture and "#" in furniture
    assert "tabell #. balansbudget" not in furniture


def test_tables_keep_their_titles_and_units_over_page_breaks() -> None:
    tables = parse_tables(book())
    assert [t.title for t in tables] == ["Tabell 1. Balansbudget", "Tabell 2. Driftbudget per nämnd",
                                         "Tabell 3. Investeringar"]
    assert [t.stated_unit for t in tables] == [Unit.MNKR, Unit.TKR, Unit.TKR]
    assert [r.label for r in tables[0].rows] == ["Eget kapital", "Skulder"]  # the next table is not glued on
    assert tables[1].rows[0].values[0] == -127543


def test_a_short_document_has_no_furniture() -> None:
    doc = LoadedDocument(path="a.md", sha256="0", meta=DocumentMeta(title="A"), text="x\n\ny", pages=())
    assert page_furniture(doc) == frozenset()


FOOT = "Testby kommun | Årsredovisning 2025"
REPORT = [
    f"""Tabell 1. Låneskuld
                               2024        2025
Låneskuld, mnkr             1 640,0     1 790,0
Genomsnittlig ränta, %         2,41        2,58

{FOOT}   1""",
    f"""Balanskravsutredning

Enligt  kommunallagen  ska  intäkterna  överstiga  kostnaderna.

Tabell 2. Balanskravsutredning, mnkr
                               2024        2025
Årets resultat                 21,6        58,4
Realisationsvinster            −1,2        −3,6

{FOOT}   2""",
    f"""Pensioner

Kommunen  redovisar  pensioner  enligt  blandmodellen.

Tabell 3. Pensionsförpliktelser, mnkr
                               2024        2025
Avsättning för pensioner      214,5       226,8

{FOOT}   3""",
]


def report() -> LoadedDocument:
    text, spans = "", []
    for number, page in enumerate(REPORT, start=1):
        if text:
            text += "\n\n"
        spans.append(PageSpan(number, len(text), len(text) + len(page)))
        text += page
    return LoadedDocument(path="r.pdf", sha256="0", meta=DocumentMeta(title="R"), text=text, pages=tuple(spans))


def test_a_page_foot_with_its_number_is_no_row_and_a_new_table_with_the_same_header_is_its_own() -> None:
    tables = parse_tables(report())
    assert [t.title for t in tables] == ["Tabell 1. Låneskuld", "Tabell 2. Balanskravsutredning, mnkr",
                                         "Tabell 3. Pensionsförpliktelser, mnkr"]
    assert [r.label for r in tables[0].rows] == ["Låneskuld, mnkr", "Genomsnittlig ränta, %"]
    assert all("Testby" not in r.label for t in tables for r in t.rows)


def test_a_header_line_of_a_year_alone_is_no_page_number_and_ends_the_table_above() -> None:
    page = """Tabell 11. Personal
Förvaltning                 2024          2025    Förändring
Socialförvaltningen          731           748            17
Totalt                     1 659         1 675            16

Tabell 12. Sjukfrånvaro
Procent
                                                    2025
Grupp                       2023          2024   jan–aug
Kvinnor                      7,9           7,6       7,4
Män                          4,1           4,0       3,9"""
    pages = [f"{HEAD}\n{body}\n\n{n}" for n, body in ((4, page), (5, "Personal\n\nText om personalen."),
                                                       (6, "Ekonomi\n\nText om ekonomin."))]
    text, spans = "", []
    for number, body in enumerate(pages, start=1):
        if text:
            text += "\n\n"
        spans.append(PageSpan(number, len(text), len(text) + len(body)))
        text += body
    doc = LoadedDocument(path="h.pdf", sha256="0", meta=DocumentMeta(title="H"), text=text, pages=tuple(spans))
    assert "#" in page_furniture(doc)
    first = parse_tables(doc)[0]
    assert [r.label for r in first.rows] == ["Socialförvaltningen", "Totalt"]
