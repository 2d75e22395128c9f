"""Space-aligned headers wrapped over two lines as pypdf lays out a PDF, and pages whose captions recur: the columns
a label belongs to, and which repeated lines are page furniture. Texts written by hand; expected values literal."""
from decimal import Decimal

from assistant.budget.tables import page_furniture
from core.types import DocumentMeta, LoadedDocument, PageSpan
from ingest.tables import extract_figures


def tables(text: str, pages: tuple[PageSpan, ...] = ()):
    doc = LoadedDocument(path="x.pdf", sha256="0", meta=DocumentMeta(title="X"), text=text, pages=pages)
    return extract_figures(doc).tables


RIGHT_ALIGNED = """Driftsredovisning per nämnd

Belopp i mnkr

                                           Utfall jan–aug          Budget        Prognos
Nämnd                                   Not           2024           2024            2024      Avvikelse
Kommunledning                              1           45,3            70,0           68,2             1,8
Samhällsbyggnad                            2          120,4          175,5           181,6            –6,1
"""


def test_a_wrapped_label_reaching_over_the_note_column_labels_the_year_below_it_only() -> None:
    (table,) = tables(RIGHT_ALIGNED)
    assert [(c.kind, c.year) for c in table.columns] == [("Utfall", 2024), ("Budget", 2024), ("Prognos", 2024),
                                                         ("Avvikelse", None)]
    assert table.rows[0].note == "1" and table.rows[0].values[0] == Decimal("45.3")


OWN_COLUMN = """Driftsredovisning per nämnd

Belopp i mnkr

                                 2024             2024             2024         Avvikelse      Förändring
Nämnd                     Utfall jan–aug          Budget          Prognos                                %
Kommunledning                      45,3             70,0             68,2              1,8              2,1
Samhällsbyggnad                   120,4            175,5            181,6             –6,1             –3,4
"""


def test_a_label_on_the_upper_line_over_no_lower_cell_heads_a_column_of_its_own() -> None:
    (table,) = tables(OWN_COLUMN)
    assert [(c.kind, c.year) for c in table.columns] == [("Utfall", 2024), ("Budget", 2024), ("Prognos", 2024),
                                                         ("Avvikelse", None), ("Förändring", None)]
    assert table.rows[1].values == (Decimal("120.4"), Decimal("175.5"), Decimal("181.6"), Decimal("-6.1"),
                                    Decimal("-3.4"))


def _pages(bodies: list[str]) -> tuple[str, tuple[PageSpan, ...]]:
    text, spans, offset = "", [], 0
    for number, body in enumerate(bodies, start=1):
        if text:
            text += "\n\n"
            offset += 2
        spans.append(PageSpan(page=number, start=offset, end=offset + len(body)))
        text += body
        offset += len(body)
    return text, tuple(spans)


def test_a_caption_inside_most_pages_is_no_furniture_but_a_running_foot_is() -> None:
    body = "Inledning\nText om året.\nMer text.\n{title}\nBelopp i mnkr\nMnkr   2023   2024\nA   1,0   2,0\nSlut.\n" \
           "Testby kommun · Sida {n}"
    text, pages = _pages([body.format(title=t, n=n) for n, t in enumerate(["Intäkter", "Kostnader", "Netto"], 1)])
    furniture = page_furniture(LoadedDocument(path="x.pdf", sha256="0", meta=DocumentMeta(title="X"), text=text,
                                              pages=pages))
    assert "belopp i mnkr" not in furniture
    assert "testby kommun · sida #" in furniture
    assert all(t.stated_unit is not None and t.stated_unit.value == "mnkr" for t in tables(text, pages))


NOTE_OVER_A_GAP = """Resultatbudget (belopp i mnkr)
                                              Not      Bokslut       Budget        Budget            Plan          Plan
Mnkr                                                      2023          2024          2025          2026          2027
Verksamhetens intäkter                           1        168,4         160,2         165,8         168,1         170,5
Verksamhetens kostnader                          2       -842,7        -861,5        -889,3        -912,6        -935,0
Verksamhetens nettokostnader                             -705,5       -735,3        -760,3        -784,0        -805,7
Årets resultat                                             15,3          11,4          16,4          15,3          17,0
"""


def test_a_note_label_over_a_gap_of_the_line_of_years_is_the_note_column() -> None:
    # "Not" stands over no year of "Mnkr  2023 ...": its own column, not a part of "Bokslut 2023"'s label
    (table,) = tables(NOTE_OVER_A_GAP)
    assert [(c.kind, c.year) for c in table.columns] == [("Bokslut", 2023), ("Budget", 2024), ("Budget", 2025),
                                                         ("Plan", 2026), ("Plan", 2027)]
    assert table.rows[1].note == "2" and table.rows[1].values[0] == Decimal("-842.7")
    assert table.rows[2].label == "Verksamhetens nettokostnader" and table.rows[2].values[4] == Decimal("-805.7")


SQUEEZED_TAIL = """Investeringsbudget 2025–2027
Projekt                                             Budget 2025          Plan 2026         Plan 2027           Summa
(mnkr) 2025–2027
Ny skola                                                       72,0             55,0              10,0            137,0
Förskola Hallen                                                24,0              6,0               0,0             30,0
Totalt                                                         96,0             61,0              10,0            167,0
"""


def test_a_tail_squeezed_left_gives_the_stub_its_unit_and_the_yearless_column_its_period() -> None:
    (table,) = tables(SQUEEZED_TAIL)
    assert [c.label for c in table.columns] == ["Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]
    assert table.stated_unit is not None and table.stated_unit.value == "mnkr"
    assert table.rows[0].label == "Ny skola" and table.rows[0].values[0] == Decimal("72.0")
