"""Column headers: kinds over their years paired in order when the two header lines do not line up; kind words cut
short ("Bu 2025", "Pl 2026") read as the kind they open; a grid's header cell a label however long. Cells by hand."""
from decimal import Decimal

from assistant.budget.layout import kind_named
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

BODY = [
    "Verksamhetens intäkter     145 300     150 200     152 000     154 100",
    "Verksamhetens kostnader   -1 245 300  -1 290 500  -1 320 000  -1 350 200",
    "Avskrivningar              -45 200     -48 000     -50 500     -52 000",
]


def _table(*header: str):
    text = "Inledande text om budgeten.\n\nResultatbudget, tkr\n" + "\n".join([*header, *BODY]) + "\n\nSlut.\n"
    tables = parse_tables(LoadedDocument(path="b.txt", sha256="0", meta=DocumentMeta(title="Budget"), text=text))
    assert len(tables) == 1
    return tables[0]


def test_kinds_over_years_that_do_not_line_up_are_paired_in_order() -> None:
    table = _table("                           Bokslut   Budget   Plan   Plan",
                   "                           2023   2024   2025   2026")
    assert [(c.kind, c.year) for c in table.columns] == [("Bokslut", 2023), ("Budget", 2024), ("Plan", 2025),
                                                        ("Plan", 2026)]
    assert table.unit.value == "tkr"
    assert table.rows[2].values[1] == Decimal("-48000")


def test_kind_words_cut_short_name_their_kind() -> None:
    table = _table("Resultatbudget, tkr        Utf 2023   Bu 2024   Pl 2025   Pl 2026")
    assert [(c.kind, c.year) for c in table.columns] == [("Utfall", 2023), ("Budget", 2024), ("Plan", 2025),
                                                        ("Plan", 2026)]


def test_a_letter_opening_two_kinds_names_none() -> None:
    assert kind_named("Progn.") == "Prognos"
    assert kind_named("bo") == "Bokslut"
    assert kind_named("B") is None and kind_named("P") is None  # Budget or Bokslut, Plan or Prognos
    assert kind_named("Resultat") is None


def test_a_grid_header_cell_is_a_label_however_long() -> None:
    text = ("§ 8 Fastställande av skolpeng 2025\n\n"
            "| Verksamhet | Grundbelopp 2025, kr per barn/elev och år | Grundbelopp 2024, kr |\n|---|---|---|\n"
            "| Förskola 1–3 år | 168 400 | 163 900 |\n| Fritidshem | 41 700 | 40 500 |\n\nBeslut: enligt tabellen.\n")
    tables = parse_tables(LoadedDocument(path="p.docx", sha256="0", meta=DocumentMeta(title="Protokoll"), text=text))
    assert [(c.kind, c.year) for c in tables[0].columns] == [("Grundbelopp", 2025), ("Grundbelopp", 2024)]
    assert tables[0].rows[0].label == "Förskola 1–3 år"
    assert tables[0].rows[0].values == (Decimal("168400"), Decimal("163900"))
    assert tables[0].unit.value == "kr"


def test_a_long_line_of_space_set_text_is_no_header() -> None:
    from assistant.budget.layout import parse_column

    assert parse_column("Grundbelopp 2025, kr per barn/elev och år") is None
    assert parse_column("Grundbelopp 2025, kr per barn/elev och år", cell=True) is not None
