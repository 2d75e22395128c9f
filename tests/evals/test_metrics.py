"""Metrics are pure functions: tested on hand-made passages, answers and numbers."""
from __future__ import annotations

from decimal import Decimal

import pytest

from evals import metrics
from evals.metrics import FoundNumber
from evals.questions import GoldNumber

P20 = "corpus/2020-05-18-pressmeddelande-socialtjanstens-ekonomi.txt"
QUOTE = "beslut om ytterligare ett omställningspaket för förvaltningen om 5,4 miljoner kronor"


def test_passage_match_tolerates_whitespace_and_tags_but_not_other_text() -> None:
    passage = "Därför fattade socialnämnden\n beslut om  ytterligare ett omställningspaket för <i>förvaltningen</i> om 5,4 miljoner kronor."
    assert metrics.passage_matches(passage, QUOTE)
    assert not metrics.passage_matches("Socialnämnden fattade beslut om ett paket.", QUOTE)


def test_a_quote_split_by_a_chunk_boundary_still_matches_when_most_of_it_is_there() -> None:
    assert metrics.coverage(QUOTE, "beslut om ytterligare ett omställningspaket för förvaltningen") == pytest.approx(61 / 84)
    assert metrics.passage_matches("beslut om ytterligare ett omställningspaket för förvaltningen", QUOTE)
    assert not metrics.passage_matches("om 5,4 miljoner kronor", QUOTE)  # too little of it


def test_first_hit_rank_requires_the_gold_document() -> None:
    passages = [("corpus/other.txt", QUOTE), (None, "nothing"), ("/abs/path/" + P20.split("/")[-1], QUOTE)]
    assert metrics.first_hit_rank(passages, [P20], [QUOTE]) == 3
    assert metrics.first_hit_rank(passages[:2], [P20], [QUOTE]) is None
    assert metrics.first_hit_rank([(None, QUOTE)], [P20], [QUOTE]) == 1  # doc unknown: text decides


@pytest.mark.parametrize("rank, hit1, hit5, rr", [(1, 1.0, 1.0, 1.0), (3, 0.0, 1.0, 1 / 3), (6, 0.0, 0.0, 1 / 6),
                                                  (None, 0.0, 0.0, 0.0)])
def test_hit_at_k_and_reciprocal_rank(rank, hit1, hit5, rr) -> None:
    assert metrics.hit_at(rank, 1) == hit1
    assert metrics.hit_at(rank, 5) == hit5
    assert metrics.reciprocal_rank(rank) == pytest.approx(rr)


@pytest.mark.parametrize("text, language, expected", [
    ("Paketet är på 5,4 miljoner kronor [1].", "sv", FoundNumber(Decimal("5.4"), "mnkr")),
    ("Socialnämnden får 205 172 tkr 2021.", "sv", FoundNumber(Decimal("205172"), "tkr")),
    ("700\u00a0000 kronor på avdelning unga", "sv", FoundNumber(Decimal("700000"), "kr")),
    ("underskott på \u221214,3 mnkr", "sv", FoundNumber(Decimal("14.3"), "mnkr")),
    ("minskas till +/-2 %", "sv", FoundNumber(Decimal("2"), "%")),
    ("ökar med 3,9 procent", "sv", FoundNumber(Decimal("3.9"), "%")),
    ("högst 4,0 mdkr", "sv", FoundNumber(Decimal("4.0"), "mdkr")),
    ("ungefär 30 miljoner", "sv", FoundNumber(Decimal("30"), "mnkr")),
    ("SEK 10 million per year", "en", FoundNumber(Decimal("10"), "mnkr")),
    ("SEK 4.0 billion", "en", FoundNumber(Decimal("4.0"), "mdkr")),
    ("2,421,049 tkr", "en", FoundNumber(Decimal("2421049"), "tkr")),
    ("SEK 300", "en", FoundNumber(Decimal("300"), "kr")),
    ("nästan 4000 medarbetare", "sv", FoundNumber(Decimal("4000"), None)),
    ("says: ”... om 5,4 miljoner kronor.”", "en", FoundNumber(Decimal("5.4"), "mnkr")),  # a Swedish quote
    ("2.421.049 tkr", "sv", FoundNumber(Decimal("2421049"), "tkr")),
    ("3.9 %", "sv", FoundNumber(Decimal("3.9"), "%")),
    ("SEK 2.9 billion (2,871.6 million SEK)", "en", FoundNumber(Decimal("2871.6"), "mnkr")),
    ("2.871,6 mnkr", "sv", FoundNumber(Decimal("2871.6"), "mnkr")),
])
def test_extract_numbers_reads_swedish_and_english_amounts(text, language, expected) -> None:
    assert expected in metrics.extract_numbers(text, language)


def test_an_amount_in_ore_is_read_in_kronor() -> None:
    found = metrics.extract_numbers("Skattesatsen höjs med 30 öre till 22,95 kronor.", "sv")
    assert FoundNumber(Decimal("0.3"), "kr") in found
    assert FoundNumber(Decimal("30"), "öre") not in found
    assert metrics.numbers_found([GoldNumber(Decimal("0.30"), "kr")], "höjs med 30 öre", "sv") == [True]


def test_a_thousands_group_is_not_read_as_a_separate_amount_with_the_unit() -> None:
    found = metrics.extract_numbers("700 000 kronor", "sv")
    assert FoundNumber(Decimal("700"), "kr") not in found
    assert FoundNumber(Decimal("0"), "kr") not in found


def test_dates_and_section_numbers_are_not_amounts() -> None:
    assert metrics.extract_numbers("den 1.2.3", "sv") == []


def test_a_run_of_table_cells_yields_each_cell() -> None:
    found = {f.value for f in metrics.extract_numbers("Socialnämnden 205 172 209 559 213 162", "sv")}
    assert {Decimal(205172), Decimal(209559), Decimal(213162)} <= found


@pytest.mark.parametrize("gold, text, language, ok", [
    (GoldNumber(Decimal("5.4"), "mnkr"), "5 400 tkr", "sv", True),
    (GoldNumber(Decimal("5.4"), "mnkr"), "5,4 miljoner kronor", "sv", True),
    (GoldNumber(Decimal("5.4"), "mnkr"), "5 400 000 kronor", "sv", True),
    (GoldNumber(Decimal("5.4"), "mnkr"), "7,4 miljoner kronor", "sv", False),
    (GoldNumber(Decimal("5.4"), "mnkr"), "5,4 %", "sv", False),
    (GoldNumber(Decimal("5.4"), "mnkr"), "SEK 5.4 million", "en", True),
    (GoldNumber(Decimal("700000"), "kr"), "700 tkr", "sv", True),
    (GoldNumber(Decimal("0.7"), "mnkr"), "700 000 kronor", "sv", True),
    (GoldNumber(Decimal("14.3"), "mnkr"), "-14,3 miljoner kronor", "sv", True),
    (GoldNumber(Decimal("3.9"), "%"), "3,9 %", "sv", True),
    (GoldNumber(Decimal("3.9"), "%"), "3,9 tkr", "sv", False),
    (GoldNumber(Decimal("200"), "st"), "omkring 200 arbeten", "sv", True),
    (GoldNumber(Decimal("7990"), "tkr"), "7 991 tkr", "sv", True),  # within 0.5 %
    (GoldNumber(Decimal("7990"), "tkr"), "8 100 tkr", "sv", False),
    (GoldNumber(Decimal("205172"), "tkr"), "Socialnämnden 205 172 209 559", "sv", True),  # unit-less table cell
    (GoldNumber(Decimal("0.8"), "%"), "ökar med 0,83 % från 2025", "sv", True),  # rounds to the gold's decimals
    (GoldNumber(Decimal("1.0"), "%"), "minskar med 0,99 %", "sv", True),
    (GoldNumber(Decimal("0.8"), "%"), "ökar med 0,86 %", "sv", False),
    (GoldNumber(Decimal("47"), "%"), "47,4 %", "sv", True),
    (GoldNumber(Decimal("47.3"), "%"), "47 %", "sv", False),  # a share said without decimals: the tolerance decides
    (GoldNumber(Decimal("3.68"), "%"), "ökar med 3,7 % från 2021", "sv", True),  # the gold rounded to one decimal
    (GoldNumber(Decimal("3.68"), "%"), "ökar med 3,6 %", "sv", False),
])
def test_numeric_matching_converts_units_with_a_small_tolerance(gold, text, language, ok) -> None:
    assert metrics.numbers_found([gold], text, language) == [ok]


def test_citation_precision_needs_a_gold_document_and_a_verbatim_quote() -> None:
    texts = {"a.txt": "Alfa beta gamma. Delta epsilon.", "b.txt": "Zeta eta."}
    citations = [("corpus/a.txt", "beta gamma"), ("corpus/a.txt", "beta  delta"), ("corpus/b.txt", "Zeta eta.")]
    assert metrics.citation_precision(citations, ["corpus/a.txt"], texts) == pytest.approx(1 / 3)
    assert metrics.citation_precision([], ["corpus/a.txt"], texts) is None
    assert metrics.quote_is_verbatim("Delta\n epsilon", texts["a.txt"])
    assert not metrics.quote_is_verbatim("Delta", None)


def test_evidence_recall_counts_gold_quotes_covered_by_citations() -> None:
    gold = ["Vi har ett sparkrav på totalt 41 miljoner", "ungdomar ska kunna erbjudas feriearbeten under sommaren"]
    citations = [("x/n.txt", "- Vi har ett sparkrav på totalt 41 miljoner och det är den summan vi behöver klara")]
    assert metrics.evidence_recall(citations, ["corpus/n.txt"], gold) == 0.5
    assert metrics.evidence_recall(citations, ["corpus/other.txt"], gold) == 0.0
    assert metrics.evidence_recall(citations, ["corpus/n.txt"], []) is None


def test_refusal_precision_and_recall() -> None:
    pairs = [(True, True), (True, False), (False, True), (False, False), (True, True)]
    assert metrics.refusal_precision_recall(pairs) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert metrics.refusal_precision_recall([(False, False)]) == (None, None)
    assert metrics.refusal_precision_recall([(True, False)]) == (None, 0.0)


def test_accuracy_mean_and_percentile() -> None:
    assert metrics.accuracy([True, False, True, True]) == 0.75
    assert metrics.accuracy([]) is None
    assert metrics.mean([1.0, None, 0.0]) == 0.5
    values = [float(v) for v in range(1, 101)]
    assert metrics.percentile(values, 50) == 50.0
    assert metrics.percentile(values, 95) == 95.0
    assert metrics.percentile([7.0], 95) == 7.0
    assert metrics.percentile([], 50) is None


def test_doc_key_compares_file_names() -> None:
    assert metrics.doc_key("corpus/a.txt") == metrics.doc_key("/tmp/x/a.txt") == metrics.doc_key("a.txt") == "a.txt"
    assert metrics.doc_key(None) == ""


def test_two_documents_with_one_file_name_are_told_apart_by_their_paths() -> None:
    from evals.metrics import text_of

    texts = {"a/budget.xlsx": "Lerum 100", "budget.xlsx": "Lerum 100", "b/budget.xlsx": "Tranemo 200"}
    assert text_of("b/budget.xlsx", texts) == "Tranemo 200"
    assert text_of("other/budget.xlsx", texts) == "Lerum 100"  # an unknown path: by file name


def test_a_citation_mark_is_no_figure() -> None:
    found = {f.value for f in metrics.extract_numbers("Målet är minst en procent [4].", "sv")}
    assert Decimal(4) not in found
    assert metrics.numbers_found([GoldNumber(Decimal(4), "%")], "Se källa [4].", "sv") == [False]
    assert metrics.numbers_found([GoldNumber(Decimal(4), "%")], "minst 4 % [1]", "sv") == [True]


@pytest.mark.parametrize("text, expected, ok", [
    ("budgetera minst en procent av kommunbidraget", GoldNumber(Decimal(1), "%"), True),
    ("två miljoner kronor till feriejobb", GoldNumber(Decimal(2), "mnkr"), True),
    ("one percent of the grant", GoldNumber(Decimal(1), "%"), True),
    ("en ny förskola", GoldNumber(Decimal(1), "st"), False),  # an article before a noun is no count
    ("ett par miljoner", GoldNumber(Decimal(1), "mnkr"), False),
])
def test_a_number_word_before_a_unit_is_a_figure(text, expected, ok) -> None:
    assert metrics.numbers_found([expected], text, "sv") == [ok]
