"""A PDF page laid out double-spaced (a blank line after every line) holds a table whose kinds and years sit on two
lines apart: read as the same table set single-spaced. Expected cells written by hand."""
from decimal import Decimal

from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

ROWS = [
    "Driftbudget per nämnd",
    "Nettokostnader, tkr",
    "Nämnd                    Bokslut        Budget        Budget          Plan          Plan",
    "                            2023          2024          2025          2026          2027",
    "Kommunstyrelsen           96 840       101 200       104 900       107 300       109 800",
    "Utbildningsnämnden       342 150       356 400       368 700       377 900       386 200",
    "Socialnämnden            298 600       311 800       327 500       338 100       348 900",
]


def _tables(spacing: str):
    doc = LoadedDocument(path="d.pdf", sha256="0", meta=DocumentMeta(title="Budget 2025"),
                         text="Inledande text om budgeten.\n\n" + spacing.join(ROWS) + "\n\n\nSida 7\n")
    return parse_tables(doc)


def test_a_double_spaced_table_reads_as_single_spaced() -> None:
    single, double = _tables("\n"), _tables("\n\n")
    assert [c.label for c in double[0].columns] == ["Bokslut 2023", "Budget 2024", "Budget 2025", "Plan 2026",
                                                   "Plan 2027"]
    assert [c.label for c in double[0].columns] == [c.label for c in single[0].columns]
    row = next(r for r in double[0].rows if r.label == "Utbildningsnämnden")
    assert row.values[2] == Decimal("368700")
    assert double[0].unit.value == "tkr"


def test_a_header_spaced_apart_above_rows_grouped_by_blank_lines() -> None:
    """Aneby's Resultatbudget: kinds, a blank line, the years; rows in groups with blank lines between them. The blank
    line between the header and its first row stays: it ends the header."""
    text = ("Resultatbudget\n\n"
            "                           Bokslut      Budget      Plan\n\n"
            "Belopp i mnkr              2023        2025      2026\n\n"
            "Verksamhetens intäkter     118,4       116,5     118,2\n"
            "Verksamhetens kostnader  – 612,7     – 655,8   – 671,4\n\n"
            "Skatteintäkter             389,2       421,7     436,0\n\n"
            "Årets resultat               8,8         8,9       9,2\n")
    doc = LoadedDocument(path="b.pdf", sha256="0", meta=DocumentMeta(title="Mål och budget 2025"), text=text)
    (table,) = parse_tables(doc)
    assert [c.label for c in table.columns] == ["Bokslut 2023", "Budget 2025", "Plan 2026"]
    assert [r.label for r in table.rows][0] == "Verksamhetens intäkter"
    assert next(r for r in table.rows if r.label == "Skatteintäkter").values[1] == Decimal("421.7")


def test_a_header_spaced_apart_above_a_sections_label() -> None:
    """Ljungby's Investeringsbudget: kinds, a blank line, the years, a blank line, a committee's label, then its
    projects: the label between the header and the rows does not end the stretch that makes the header one. A
    section's label right between two rows stays a section (only a blank line is spacing)."""
    text = ("Investeringsbudget 2025–2027\n\n"
            "Projekt                      Budget        Plan        Plan\n\n"
            "mnkr                           2025        2026        2027\n\n"
            "Kommunstyrelsen\n\n"
            "Bredband landsbygd              2,0         2,0         1,0\n\n"
            "IT och digitalisering           4,5         4,5         4,5\n\n"
            "Summa                           6,5         6,5         5,5\n"
            "Barn- och utbildningsnämnden\n"
            "Ny skola                       45,0        60,0        38,0\n"
            "Inventarier                     3,5         3,5         3,5\n"
            "Summa                          48,5        63,5        41,5\n\n"
            "Totalt                         55,0        70,0        47,0\n")
    doc = LoadedDocument(path="i.pdf", sha256="0", meta=DocumentMeta(title="Budget 2025"), text=text)
    (table,) = parse_tables(doc)
    assert table.title == "Investeringsbudget 2025–2027"
    assert [c.label for c in table.columns] == ["Budget 2025", "Plan 2026", "Plan 2027"]
    assert next(r for r in table.rows if r.label == "Ny skola").sections == ("Barn- och utbildningsnämnden",)
    assert next(r for r in table.rows if r.label == "Bredband landsbygd").sections == ("Kommunstyrelsen",)


def test_a_year_glued_to_the_next_columns_name_is_two_cells() -> None:
    """Surahammar's "Plan 2027Summa 2025–2027": the space lost in the PDF's text; four columns over four figures."""
    from assistant.budget.layout import split_line

    cells = split_line("Belopp i mnkr        Budget 2025      Plan 2026      Plan 2027Summa 2025–2027")
    assert cells.texts == ("Belopp i mnkr", "Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027")
    assert [cells.texts[k] == "Belopp i mnkr        Budget 2025      Plan 2026      Plan 2027Summa 2025–2027"[a:b]
            for k, (a, b) in enumerate(cells.spans)] == [True] * 5
    text = ("Investeringar per projekt\n"
            "Belopp i mnkr                  Budget 2025      Plan 2026      Plan 2027Summa 2025–2027\n"
            "Renovering av simhallen               22,0           16,0            0,0           38,0\n"
            "Ny förskola                           14,5            9,0            0,0           23,5\n"
            "Totalt                                36,5           25,0            0,0           61,5\n")
    doc = LoadedDocument(path="s.pdf", sha256="0", meta=DocumentMeta(title="Budget 2025"), text=text)
    (table,) = parse_tables(doc)
    assert [c.label for c in table.columns] == ["Budget 2025", "Plan 2026", "Plan 2027", "Summa 2025–2027"]
    assert table.rows[0].values[3] == Decimal("38.0")


def test_a_word_glued_to_the_next_columns_name_is_two_cells_over_their_own_columns() -> None:
    """Gällivare's "FörändringKr per invånare": the gap lost in the PDF's text moved the labels after it left, over
    "%"; each label heads the column it stood over: "Förändring" over "%", "Kr per invånare" over "2025"."""
    text = ("Nettokostnadsramar per nämnd (mnkr)\n"
            "                                               Budget       Budget    Förändring    FörändringKr per invånare\n"
            "Nämnd                                             2024        2025           mnkr              %             2025\n"
            "Kommunstyrelsen                                   212,4       221,8             9,4          4,4           12 858\n"
            "Socialnämnden                                     548,7       570,2            21,5          3,9           33 055\n")
    doc = LoadedDocument(path="g.pdf", sha256="0", meta=DocumentMeta(title="Budget och plan 2025–2027"), text=text)
    (table,) = parse_tables(doc)
    assert [c.label for c in table.columns] == ["Budget 2024", "Budget 2025", "Förändring mnkr", "Förändring %",
                                                "Kr per invånare 2025"]
    assert table.rows[0].values[-1] == Decimal("12858")
