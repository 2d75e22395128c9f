"""core.years: one reading of years and periods for questions, claims and prose."""
from core.years import PERIOD, years_in


def test_a_year_followed_by_a_comma_is_a_year():
    assert years_in("Hur mycket fick socialnämnden 2021, enligt budgeten?") == (2021,)
    assert years_in("Under 2021, 2022 och 2023.") == (2021, 2022, 2023)


def test_decimals_longer_numbers_and_decades_are_not_years():
    assert years_in("ökningen var 1,2021 procent och 120210 kr") == ()
    assert years_in("på 2020-talet") == ()
    assert years_in("2021,5 mnkr") == ()


def test_each_year_once_in_order_of_mention():
    assert years_in("2023 jämfört med 2021 och 2023") == (2023, 2021)


def test_a_period_is_read_with_dashes_and_a_trailing_comma():
    found = PERIOD.search("Budget 2021–2023, Socialdemokraterna")
    assert found is not None and found.groups() == ("2021", "2023")


def test_a_dated_year_is_read_with_its_day_and_month():
    from core.years import DATED_YEAR

    for said in ("31 dec 2024", "den 31 december 2024", "per 2024-12-31", "December 31, 2024", "31 aug. 2024"):
        assert DATED_YEAR.sub("", f"invånare {said}?") == "invånare ?"
    # a month alone or a period of months is no date
    assert DATED_YEAR.sub("", "i maj 2020, jan–aug 2024, 3 kommuner 2024") == "i maj 2020, jan–aug 2024, 3 kommuner 2024"
