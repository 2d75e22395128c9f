"""A table over a page break reads the rows of its new page by the places of the header repeated there (a page may
set its columns further right), so a total whose committee cell is blank still finds its columns; the table's
title is the heading above the paragraph leading to it, not a line of that paragraph."""
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument, PageSpan

HEAD, FOOT = "Vara kommun Mål och budget 2025\n", "Sida {}\n"
HEADER_14 = ("Projekt                                          Nämnd            Budget             Plan            Plan"
             "            Totalt\n"
             "                                                                  2025            2026            2027"
             "       2025–2027\n")
HEADER_15 = ("Projekt                                              Nämnd            Budget             Plan"
             "            Plan            Totalt\n"
             "                                                                         2025            2026"
             "           2027       2025–2027\n")
PAGE_14 = HEAD + """Investeringsbudget

Investeringsbudgeten för 2025 uppgår till 106,0 miljoner kronor. Projekt som inte har påbörjats under
budgetåret kan ombudgeteras efter beslut i kommunstyrelsen.
Reinvesteringar i gator och belysning omfattar bland annat byte till LED-armaturer och
beläggningsarbeten. Övriga reinvesteringar avser inventarier, fordon och mindre
lokalanpassningar.
Belopp i mnkr
""" + HEADER_14 + """Förskola Vedum, ny                               BUN                32,5          18,0            0,0            50,5
Ombyggnad kök Alléskolan                         BUN                12,0           0,0            0,0            12,0

""" + FOOT.format(14)
PAGE_15 = HEAD + "\n" + HEADER_15 + """Konstgräsplan Vara sportcentrum                      KFN                    0,0            7,2             0,0               7,2
Övriga reinvesteringar och inventarier               Alla                   9,6            9,1             8,5              27,2
Summa investeringar                                                     54,1           34,3             8,5              96,9

BUN = barn- och utbildningsnämnden, KFN = kultur- och fritidsnämnden.
""" + FOOT.format(15)


def test_the_rows_of_a_new_page_stand_under_the_header_repeated_there() -> None:
    text, spans = "", []
    for number, page in enumerate([PAGE_14, PAGE_15], start=14):
        spans.append(PageSpan(number, len(text), len(text) + len(page)))
        text += page + "\n"
    tables = parse_tables(LoadedDocument(path="b.pdf", sha256="0", meta=DocumentMeta(title="Budget"), text=text,
                                         pages=tuple(spans)))
    table = next(t for t in tables if any("Alléskolan" in r.label for r in t.rows))
    assert table.title == "Investeringsbudget"
    total = next(r for r in table.rows if r.label == "Summa investeringar")
    assert [str(v) for v in total.values] == ["54.1", "34.3", "8.5", "96.9"] and total.is_total
