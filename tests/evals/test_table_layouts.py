"""The layout-robustness harness: the committed renderings of the known tables read by the real readers, and the
scoring itself on made-up tables."""
from decimal import Decimal

from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.units import Unit
from evals import table_layouts
from evals.layouts.make import LAYOUTS, number


def test_every_layout_is_read_cell_for_cell() -> None:
    scores = table_layouts.run()
    assert {s.layout for s in scores} == {layout.name for layout in LAYOUTS}
    for s in scores:
        assert s.error is None, s.layout
        assert s.ratios()["full"] == 1.0 and s.ratios()["precision"] == 1.0, (s.layout, s.missed[:3], s.stray[:3])


def test_numbers_are_written_the_layouts_way() -> None:
    by_name = {layout.name: layout for layout in LAYOUTS}
    assert number("-2045,3", by_name["md_minus_nbsp"]) == "−2\u00a0045,3"
    assert number("-26,1", by_name["md_paren"]) == "(26,1)"
    assert number("-1,8", by_name["pdf_spaced"]) == "- 1,8"
    assert number("112300", by_name["pdf_portrait"]) == "112 300"


def _table(rows: list[Row], unit: Unit = Unit.MNKR) -> Table:
    return Table(id="x#1", title="Resultaträkning", doc_path="x", stated_unit=unit, unit=unit,
                 columns=(Column("Bokslut 2023", 2023, "Bokslut"),), rows=tuple(rows))


def _row(label: str, value: str, sections: tuple[str, ...] = ()) -> Row:
    return Row(label, (Decimal(value),), False, CellSource("x", "X", label, 0, 1), sections)


def test_a_cell_counts_found_only_with_its_label_column_and_value_and_full_with_unit_and_section() -> None:
    score = table_layouts.score("fake", [_table([_row("Skatteintäkter", "1456.2"), _row("Avskrivningar", "-98"),
                                                 _row("Finansnetto", "-12.5", ("Netto",))])])
    assert score.found == 2 and score.read == 3 and score.read_right == 2
    assert score.full == 1  # Finansnetto sits in no section
    assert any("Avskrivningar" in s for s in score.stray)
    tkr = table_layouts.score("fake", [_table([_row("Skatteintäkter", "1456.2")], Unit.TKR)])
    assert tkr.found == 1 and tkr.unit == 0
