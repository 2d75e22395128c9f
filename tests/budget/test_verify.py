"""Claims about table figures: supported, contradicted (with the right figure), not found."""
from decimal import Decimal

import pytest

from assistant.budget.verify import check_figure_claim, claimed_figures
from tests.budget.corpus_docs import corpus_book

CLAIMS = [
    ("Stämmer det att socialnämnden får 205 172 tkr 2021?", "supported", "205 172 tkr"),
    ("Stämmer det att socialnämnden får 215 172 tkr 2021?", "contradicted", "205 172 tkr"),
    ("Stämmer det att socialnämndens kommunbidrag ökar med 3,9 procent från 2021 till 2023?", "supported", "3,9 %"),
    ("Stämmer det att socialnämndens kommunbidrag ökar med 5 procent från 2021 till 2023?", "contradicted", "3,9 %"),
    ("Stämmer det att socialnämndens kommunbidrag ökar med 7 990 tkr mellan 2021 och 2023?", "supported", "7 990"),
    ("Stämmer det att socialnämndens kommunbidrag ökar med 8 miljoner kronor mellan 2021 och 2023?", "supported",
     "7 990 tkr"),  # 8 miljoner written with no decimals covers 7,5-8,5 miljoner
    ("Stämmer det att socialnämndens kommunbidrag ökar med 9 miljoner kronor mellan 2021 och 2023?", "contradicted",
     "7 990 tkr"),
    ("Stämmer det att skatteintäkterna är 2 020 214 mnkr 2021?", "contradicted", "2 020 214 tkr"),
    ("Stämmer det att skatteintäkterna är 2 020 214 tkr 2021?", "supported", "2 020 214 tkr"),
    ("Is it true that the executive board invests 107,000 thousand SEK in 2023?", "supported", "107,000 thousand SEK"),
    ("Is it true that the executive board invests SEK 117.5 million in 2023?", "contradicted", "107,000 thousand SEK"),
    ("Is it true that the savings requirement is 41 million?", "supported", "41 million SEK"),
    ("Stämmer det att investeringarna totalt är 249 721 tkr 2024?", "supported", "249 721 tkr"),
    ("Stämmer det att tekniska nämnden får 50 mnkr 2022?", "not_found", "ingen rad för tekniska nämnden"),
    ("Stämmer det att sparkravet är 41 miljoner?", "supported", "41 mnkr"),
    ("Is it true that about 30 million kronor should be budgeted as internal buffers by the end of the term?",
     "supported", "30 million SEK"),
    ("Stämmer det att socialnämnden beslutade om ett omställningspaket på 5,4 miljoner kronor i maj 2020?",
     "supported", "5,4 mnkr"),
    ("Stämmer det att 4,7 miljoner av omställningspaketet går till avdelning unga?", "contradicted", "700 000 kr"),
    ("Stämmer det att sparkravet är 44 miljoner?", "contradicted", "41 mnkr"),
]


@pytest.mark.parametrize(("claim", "verdict", "phrase"), CLAIMS, ids=[c[0][:50] for c in CLAIMS])
def test_claims(claim, verdict, phrase):
    result = check_figure_claim(claim, corpus_book())
    assert result is not None and result.verdict == verdict, result
    assert phrase in result.text


def test_claims_without_figures_are_left_to_text_checks():
    assert check_figure_claim("Stämmer det att Samuel Carlén är ordförande?", corpus_book()) is None


def test_claimed_figures_keep_their_precision():
    (a,) = claimed_figures("ökar med 3,9 procent")
    assert a.tolerance == Decimal("0.05")
    (b,) = claimed_figures("får 8 miljoner kronor")
    assert b.value == 8_000_000 and b.tolerance == 500_000
    (c,) = claimed_figures("får 205 172 år 2021")
    assert c.unit is None and c.value == 205172


@pytest.mark.parametrize("claim, verdict", [
    ("Stämmer det att socialnämnden får 205 miljoner 2021?", "supported"),  # 205 172 tkr, rounded
    ("Stämmer det att socialnämnden får 200 miljoner 2021?", "contradicted"),  # the last digit allows 5 miljoner
    ("Stämmer det att socialnämnden får drygt 200 miljoner 2021?", "supported"),  # hedged: within a tenth
    ("Stämmer det att summa kommunbidrag är 2,4 miljarder 2021?", "supported"),  # 2 384 696 tkr
])
def test_claimed_figures_agree_at_their_precision(claim: str, verdict: str) -> None:
    result = check_figure_claim(claim, corpus_book())
    assert result is not None and result.verdict == verdict, result and result.text


@pytest.mark.parametrize("claim, verdict", [
    # Miljöskyddsnämndens investeringar: 200 tkr 2021, then 100 tkr; Socialnämnden 1 200 tkr every year
    ("Miljöskyddsnämnden investerar 200 tkr varje år", "contradicted"),
    ("Socialnämnden investerar 1,2 miljoner varje år", "supported"),
    # a comparison word before the figure makes it a bound: Investeringar totalt 2021-2025 1 316 048 tkr
    ("De totala investeringarna 2021-2025 är över 1 miljard", "supported"),
    ("De totala investeringarna 2021-2025 är under 1 miljard", "contradicted"),
    ("Socialnämnden får mindre än 200 miljoner 2022", "contradicted"),  # 209 559 tkr
])
def test_every_year_and_bounds(claim: str, verdict: str) -> None:
    result = check_figure_claim(claim, corpus_book())
    assert result is not None and result.verdict == verdict, result and result.text


@pytest.mark.parametrize("claim, verdict", [
    # Avgiftsfinansierad verksamhet 152 631 of 268 356 tkr investments 2021 (56,9 %); BUN 886 672 of 2 384 696 tkr
    ("Avgiftsfinansierad verksamhet står för mer än hälften av investeringarna 2021", "supported"),
    ("Barn- och ungdomsnämnden får mer än en tredjedel av kommunbidragen 2021", "supported"),
    ("Barn- och ungdomsnämnden får hälften av kommunbidragen 2021", "contradicted"),
])
def test_shares_in_words_are_checked_as_shares(claim: str, verdict: str) -> None:
    result = check_figure_claim(claim, corpus_book())
    assert result is not None and result.verdict == verdict, result and result.text


def test_a_bound_against_a_limit_a_text_states_compares_the_figures() -> None:
    # "Kommunens externa låneskuld ska över tid inte överstiga 4,0 mdkr" (a goal in the budget's prose)
    result = check_figure_claim("S har som mål att kommunens externa låneskuld inte ska gå över 3 miljarder",
                                corpus_book())
    assert result is not None and result.verdict == "contradicted", result and result.text


@pytest.mark.parametrize("claim", [
    "Stämmer det att socialnämnden får 7 miljoner mer 2021 än året innan?",
    "Stämmer det att socialnämnden får 7 miljoner kronor mindre 2021?",
])
def test_a_claimed_change_is_not_judged_by_a_level(claim: str) -> None:
    # "7 miljoner mer" is a change: the row's level (205 172 tkr) neither confirms nor contradicts it
    result = check_figure_claim(claim, corpus_book())
    assert result is None or result.verdict == "not_found" or \
        result.answer.calculation.operation in ("change", "difference", "percent_change")


def test_a_claimed_sum_is_judged_only_by_values_of_its_kind() -> None:
    # "förskolan kostar 45 miljoner" against a count of children: the row measures something else, so the tables
    # neither confirm nor contradict the sum
    from assistant.budget.answer import FigureValue
    from assistant.budget.verify import _same_kind

    (money,) = claimed_figures("förskolan kostar 45 miljoner kronor")
    (percent,) = claimed_figures("skatten höjs med 8 procent")
    (bare,) = claimed_figures("kommunen har 1 675 anställda")
    children, sum_, share = FigureValue(Decimal(238), "antal"), FigureValue(Decimal(38500), "tkr"), \
        FigureValue(Decimal(8), "%")
    assert not _same_kind(money, children) and _same_kind(money, sum_) and not _same_kind(money, share)
    assert _same_kind(percent, share) and not _same_kind(percent, sum_)
    assert _same_kind(bare, children)


def test_a_claimed_sum_a_unit_step_and_more_from_the_rows_is_another_quantity():
    # a rate in kronor against a row of billions: the tables hold no such figure (the text check reads it)
    assert check_figure_claim("Stämmer det att skatteintäkterna är 22 kr 2021?", corpus_book()) is None
    # a unit step off is the same quantity written in the wrong unit: contradicted
    result = check_figure_claim("Stämmer det att skatteintäkterna är 2 020 214 mnkr 2021?", corpus_book())
    assert result is not None and result.verdict == "contradicted"
