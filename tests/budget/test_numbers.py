"""Swedish numbers and amounts: table-driven parsing and formatting, and round-trip properties."""
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.budget.numbers import format_number, format_value, parse_number, parse_number_en, parse_quantity
from assistant.budget.units import Amount, Unit, convert, unit_in

PARSE = [
    ("2 421 049", "2421049"),
    ("-2 421 049", "-2421049"),
    ("\u22125 443", "-5443"),  # U+2212 minus
    ("-5 443", "-5443"),
    ("-14,3", "-14.3"),
    ("2\u00a0421\u00a0049", "2421049"),  # NBSP
    ("2\u202f421\u202f049", "2421049"),  # narrow NBSP
    ("<i>-5 443</i>", "-5443"),
    ("0", "0"),
    ("407", "407"),
    ("4,0", "4.0"),
    ("+3", "3"),
    ("1 000 000", "1000000"),
]


@pytest.mark.parametrize(("text", "expected"), PARSE)
def test_parse_number(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "2 42 049", "1,2,3", "12-3", "2021-2023"])
def test_parse_number_rejects(text):
    with pytest.raises(ValueError):
        parse_number(text)


def test_parse_number_english():
    assert parse_number_en("2,421,049") == Decimal("2421049")
    assert parse_number_en("3.9") == Decimal("3.9")


QUANTITIES = [
    ("4,7 miljoner", "4700000", Unit.MNKR),
    ("700 000 kronor", "700000", Unit.KR),
    ("5,4 miljoner kronor", "5400000", Unit.MNKR),
    ("18 mnkr", "18000000", Unit.MNKR),
    ("600 tkr", "600000", Unit.TKR),
    ("-14,3 miljoner kronor", "-14300000", Unit.MNKR),
    ("en halv miljard", "500000000", Unit.MDKR),
    ("en halv miljard kronor", "500000000", Unit.MDKR),
    ("41 miljoner", "41000000", Unit.MNKR),
    ("4,0 mdkr", "4000000000", Unit.MDKR),
    ("50 procent", "50", Unit.PERCENT),
    ("+/-2 %", "2", Unit.PERCENT),
    ("75%", "75", Unit.PERCENT),
    ("2,5 mnkr", "2500000", Unit.MNKR),
    ("10\u00a0miljoner kronor", "10000000", Unit.MNKR),
]


@pytest.mark.parametrize(("text", "kronor", "unit"), QUANTITIES)
def test_parse_quantity(text, kronor, unit):
    quantity = parse_quantity(text)
    assert quantity.value == Decimal(kronor)
    assert quantity.unit is unit


FORMAT = [
    (Decimal("7990"), Unit.TKR, "sv", "7 990 tkr"),
    (Decimal("3.894"), Unit.PERCENT, "sv", "3,9 %"),
    (Decimal("-5443"), Unit.TKR, "sv", "-5 443 tkr"),
    (Decimal("2384696"), Unit.TKR, "sv", "2 384 696 tkr"),
    (Decimal("209297.666"), Unit.TKR, "sv", "209 297,7 tkr"),
    (Decimal("7990"), Unit.TKR, "en", "7,990 thousand SEK"),
    (Decimal("3.894"), Unit.PERCENT, "en", "3.9%"),
    (Decimal("0.05"), Unit.PERCENT, "sv", "0,05 %"),
    (Decimal("-0.01"), Unit.TKR, "sv", "-0,01 tkr"),
    (Decimal("0.0004"), Unit.TKR, "sv", "0,00 tkr"),
]


@pytest.mark.parametrize(("value", "unit", "language", "expected"), FORMAT)
def test_format_value(value, unit, language, expected):
    assert format_value(value, unit, language) == expected


def test_rounding_is_half_up_once():
    assert format_number(Decimal("2.45"), 1) == "2,5"
    assert format_number(Decimal("-2.45"), 1) == "-2,5"
    assert format_number(Decimal("0.4"), 0) == "0"


@pytest.mark.parametrize(("text", "unit"), [("tkr", Unit.TKR), ("mnkr", Unit.MNKR), ("Belopp i mnkr", Unit.MNKR),
                                            ("(miljoner kronor)", Unit.MNKR), ("kr", Unit.KR), ("%", Unit.PERCENT),
                                            ("Budget 2021", None)])
def test_unit_in(text, unit):
    assert unit_in(text) is unit


decimals = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2, allow_nan=False,
                       allow_infinity=False)


@given(decimals, st.sampled_from(["sv", "en"]))
def test_format_then_parse_round_trip(value, language):
    text = format_number(value, 2, language)
    parsed = parse_number(text) if language == "sv" else parse_number_en(text)
    assert parsed == value


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_integers_round_trip_with_groups(value):
    assert parse_number(format_number(Decimal(value))) == value


@given(decimals, st.sampled_from(list(Unit)[:4]), st.sampled_from(list(Unit)[:4]))
def test_unit_round_trip(value, a, b):
    assert convert(convert(value, a, b), b, a) == value
    assert Amount.of(value, a).in_unit(a) == value


@pytest.mark.parametrize("value, shown", [
    ("3.894", "3,9 %"),  # one decimal is within half a percent of it
    ("53.846", "53,8 %"),
    ("3.46", "3,46 %"),  # 3,5 would be 1,2 % off
    ("4.7459", "4,746 %"),  # 4,75 would round on to 4,8, not the 4,7 one decimal gives
    ("0.83", "0,83 %"),
    ("2.0", "2,0 %"),
    ("-3.12", "-3,12 %"),
])
def test_a_percent_is_said_as_precisely_as_keeps_it_close(value, shown):
    assert format_value(Decimal(value), Unit.PERCENT) == shown


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1000"), places=6))
def test_a_percent_said_is_close_to_itself_or_has_three_decimals(value):
    from assistant.budget.numbers import percent_decimals, round_to

    places, least = percent_decimals(value), 1 if value >= 1 else 2
    assert places == 3 or abs(round_to(value, places) - value) <= Decimal("0.005") * value
    assert places == 3 or round_to(round_to(value, places), least) == round_to(value, least)
