"""A row whose label a PDF sets on two lines around its figures ("Summa barn- och" / "39 500  41 600" /
"utbildningsnämnden"): the label line above is the row's label, not a section, and the table goes on after it
(here over a page break, under its header repeated), its sections and its grand total kept."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument, PageSpan

HEADER = ("                                   Budget        Plan      Totalt\n"
          " Projekt\n"
          "                                     2026        2027   2026–2027\n\n")
PAGE_ONE = ("Tabell 7. Investeringsbudget per nämnd. Belopp i tkr\n\n" + HEADER +
            " Kommunstyrelsen\n\n"
            " IT-infrastruktur                    3 500       3 000       6 500\n\n"
            " Summa kommunstyrelsen               3 500       3 000       6 500\n\n"
            " Barn- och utbildningsnämnden\n\n"
            " Förskola nybyggnad                 32 000      36 500      68 500\n\n"
            " Skolgårdar                          1 500       1 500       3 000\n\n"
            " Summa barn- och\n"
            "                                    33 500      38 000      71 500\n"
            " utbildningsnämnden\n\n"
            " Socialnämnden\n\n"
            " Ombyggnad äldreboende               6 500       8 000      14 500\n\n\n")
PAGE_TWO = (HEADER +
            " Välfärdsteknik                      1 800       1 500       3 300\n\n"
            " Summa socialnämnden                 8 300       9 500      17 800\n\n"
            " Summa investeringar                45 300      50 500      95 800\n")


def _tables() -> list:  # type: ignore[type-arg]
    text = PAGE_ONE + PAGE_TWO
    doc = LoadedDocument(path="budget.pdf", text=text, sha256="0" * 64, meta=DocumentMeta(title="Budget 2026"),
                         pages=(PageSpan(1, 0, len(PAGE_ONE)), PageSpan(2, len(PAGE_ONE), len(text))))
    return parse_tables(doc)


def test_a_label_around_its_figures_is_the_rows_label() -> None:
    [table] = _tables()
    total = next(r for r in table.rows if r.label == "Summa barn- och utbildningsnämnden")
    assert total.is_total and total.sections == ("Barn- och utbildningsnämnden",)
    assert total.values == (Decimal("33500"), Decimal("38000"), Decimal("71500"))
    assert not any(r.sections and r.sections[-1] == "Summa barn- och" for r in table.rows)


def test_the_table_goes_on_after_it_with_its_sections_and_grand_total() -> None:
    [table] = _tables()
    project = next(r for r in table.rows if r.label == "Ombyggnad äldreboende")
    assert project.sections == ("Socialnämnden",) and project.values[1] == Decimal("8000")
    assert next(r for r in table.rows if r.label == "Välfärdsteknik").sections == ("Socialnämnden",)
    grand = table.rows[-1]
    assert grand.label == "Summa investeringar" and grand.is_total and grand.sections == ()


def test_a_header_of_years_under_a_title_is_no_rows_figures() -> None:
    """"Not 3 Kostnader" over "2024  2025": the next table's title and header, not a row of the table above."""
    years = " " * 30 + "2024      2025\n"
    text = ("Not 2 Intäkter, mnkr\n" + years + "Taxor" + " " * 27 + "12,0      13,0\nBidrag" + " " * 27 +
            "4,0       5,0\nSumma" + " " * 27 + "16,0      18,0\n\nNot 3 Kostnader, mnkr\n" + years +
            "Löner" + " " * 26 + "-20,0     -21,0\nHyror" + " " * 27 + "-3,0      -4,0\n")
    doc = LoadedDocument(path="ar.pdf", text=text, sha256="0" * 64, meta=DocumentMeta(title="Årsredovisning"))
    titles = [t.title for t in parse_tables(doc)]
    assert titles == ["Not 2 Intäkter, mnkr", "Not 3 Kostnader, mnkr"]
