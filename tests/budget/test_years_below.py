"""A line of years alone below a header ("Budget" over "2024") belongs to it, even when the header's one other year
already dated that column: the table's rows follow the two lines."""
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

TEXT = """Tabell 5. Investeringsredovisning per projekt 2024 (tkr)
Projekt                                   Budget      Utfall 2024       Avvikelse
                                             2024
VA-ledningar, etapp 3                        9 800           8 950             850
Reningsverk, ombyggnad                       6 500           7 340            (840)
Summa investeringar                         16 300          16 290              10
"""


def test_the_years_below_the_header_are_its_own() -> None:
    doc = LoadedDocument(path="x.txt", text=TEXT, sha256="x", meta=DocumentMeta(title="Årsredovisning 2024"))
    (table,) = extract_figures(doc).tables
    assert [(c.kind, c.year) for c in table.columns] == [("Budget", 2024), ("Utfall", 2024), ("Avvikelse", None)]
    assert [r.label for r in table.rows] == ["VA-ledningar, etapp 3", "Reningsverk, ombyggnad", "Summa investeringar"]
