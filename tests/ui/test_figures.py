"""Input tables and charts come from Calculation.inputs only."""
from __future__ import annotations

from decimal import Decimal

from core.types import Calculation, CalculationInput
from assistant.ui.figures import altair_chart, chart_alt, chart_data, format_number, input_rows


def _calc(*inputs: tuple[str, str, str, str]) -> Calculation:
    return Calculation(operation="x", expression="", result=Decimal("0"), unit="tkr",
                       inputs=tuple(CalculationInput(label, column, Decimal(value), unit, 1)
                                    for label, column, value, unit in inputs))


def test_format_number_swedish_and_english():
    assert format_number(Decimal("205172")) == "205 172"
    assert format_number(Decimal("2421049")) == "2 421 049"
    assert format_number(Decimal("-14.3")) == "-14,3"
    assert format_number(Decimal("7990"), "en") == "7,990"
    assert format_number(Decimal("0")) == "0"
    assert format_number(Decimal("999")) == "999"


def test_input_rows_show_values_as_written_with_source():
    calc = _calc(("Socialnämnden", "Budget 2021", "205172", "tkr"))
    headers = {"label": "Post", "column": "Kolumn", "value": "Belopp", "unit": "Enhet", "source": "Källa"}
    assert input_rows(calc, "sv", headers) == [
        {"Post": "Socialnämnden", "Kolumn": "Budget 2021", "Belopp": "205 172", "Enhet": "tkr", "Källa": "[1]"}]


def test_row_across_years_charts_by_column():
    data = chart_data(_calc(("Socialnämnden", "Budget 2021", "205172", "tkr"),
                            ("Socialnämnden", "Plan 2022", "209559", "tkr"),
                            ("Socialnämnden", "Plan 2023", "213162", "tkr")))
    assert data is not None and data.x_title == "Socialnämnden" and data.unit == "tkr"
    assert [p[0] for p in data.points] == ["Budget 2021", "Plan 2022", "Plan 2023"]


def test_several_committees_chart_by_label():
    data = chart_data(_calc(("Socialnämnden", "Budget 2021", "205172", "tkr"),
                            ("Kommunstyrelsen", "Budget 2021", "2421049", "tkr")))
    assert data is not None and [p[0] for p in data.points] == ["Socialnämnden", "Kommunstyrelsen"]


def test_grid_of_committees_and_years_gets_series():
    data = chart_data(_calc(("A", "2021", "1", "tkr"), ("A", "2022", "2", "tkr"),
                            ("B", "2021", "3", "tkr"), ("B", "2022", "4", "tkr")))
    assert data is not None and {p[1] for p in data.points} == {"A", "B"} and data.kind == "grid"
    spec = altair_chart(data, "Belopp").to_dict()
    assert spec["layer"][0]["encoding"]["color"]["field"] == "serie"
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["line", "point"]  # no value labels to collide


def test_chart_labels_are_written_the_swedish_way():
    data = chart_data(_calc(("A", "2021", "205172", "tkr"), ("A", "2022", "2421049", "tkr")))
    spec = altair_chart(data, "Belopp", "sv").to_dict()
    values = spec["datasets"][spec["data"]["name"]]
    assert [v["etikett"] for v in values] == ["205 172", "2 421 049"]
    assert "regexp(',', 'g')" in spec["layer"][0]["encoding"]["y"]["axis"]["labelExpr"]


def test_no_chart_for_one_cell_or_mixed_units():
    assert chart_data(None) is None
    assert chart_data(_calc(("A", "2021", "1", "tkr"))) is None
    assert chart_data(_calc(("A", "2021", "1", "tkr"), ("B", "2021", "1", "%"))) is None
    assert chart_data(_calc(("A", "2021", "1", "tkr"), ("A", "2021", "1", "tkr"))) is None


def test_chart_has_a_text_equivalent():
    data = chart_data(_calc(("Socialnämnden", "Budget 2021", "205172", "tkr"),
                            ("Socialnämnden", "Plan 2023", "213162", "tkr")))
    assert chart_alt(data) == "Linjediagram (Socialnämnden): Budget 2021: 205 172 tkr; Plan 2023: 213 162 tkr"


def test_a_change_is_drawn_on_an_axis_fitted_to_it_and_says_so():
    calc = _calc(("Socialnämnden", "Budget 2021", "205172", "tkr"), ("Socialnämnden", "Plan 2023", "213162", "tkr"))
    data = chart_data(calc)
    assert data is not None and data.kind == "change"
    spec = altair_chart(data, "Belopp", "sv").to_dict()
    assert spec["layer"][0]["encoding"]["y"]["scale"]["zero"] is False  # 3,9 % shows as a slope, not a sliver
    assert "inte vid 0" in spec["title"]["text"]
    english = altair_chart(data, "Amount", "en").to_dict()
    assert "does not start at 0" in english["title"]["text"]


def test_a_difference_between_two_items_is_a_change_too():
    calc = Calculation(operation="difference", expression="", result=Decimal("0"), unit="tkr", inputs=(
        CalculationInput("Socialnämnden", "Budget 2021", Decimal("205172"), "tkr", 1),
        CalculationInput("Kultur- och utbildningsnämnden", "Budget 2021", Decimal("298987"), "tkr", 1)))
    assert chart_data(calc).kind == "change"


def test_items_compared_are_horizontal_bars_from_zero_with_names_beside_them():
    data = chart_data(_calc(("Barn- och ungdomsnämnden", "Budget 2021", "400000", "tkr"),
                            ("Vård- och omsorgsnämnden", "Budget 2021", "818729", "tkr"),
                            ("Socialnämnden", "Budget 2021", "205172", "tkr")))
    assert data.kind == "compare"
    spec = altair_chart(data, "Belopp", "sv").to_dict()
    bars, names, values = spec["layer"]
    assert bars["encoding"]["x"]["scale"]["domain"][0] == 0  # amounts compared from 0
    assert names["mark"]["type"] == "text" and names["encoding"]["text"]["field"] == "x"  # each name on its own row
    assert values["mark"]["align"] == "left"  # values after the bar ends, inside the padded domain
    assert spec["title"]["text"] == "Budget 2021"
