"""A follow-up's definite noun heading a compound the earlier turn said points back at that compound."""
from __future__ import annotations

from assistant.understand.compound_heads import with_earlier_compounds


def test_a_definite_head_of_an_earlier_compound_is_read_as_that_compound() -> None:
    assert with_earlier_compounds("hur stor är den sammanlagda ramen 2025?", ["vilka bolag har borgensram i torsby?"]) \
        == "hur stor är den sammanlagda borgensramen 2025?"
    assert with_earlier_compounds("när blir hallen klar?", ["vad kostar nya idrottshallen i tibble?"]) \
        == "när blir idrottshallen klar?"


def test_words_heading_no_earlier_compound_stay() -> None:
    assert with_earlier_compounds("och kommunen?", ["vad är kommunens nettokostnad?"]) == "och kommunen?"
    assert with_earlier_compounds("hur stor är ramen?", []) == "hur stor är ramen?"
    # an indefinite noun names the general thing ("en ram"), and the compound said again stays as said
    assert with_earlier_compounds("finns det en ram för det?", ["vilka bolag har borgensram?"]) \
        == "finns det en ram för det?"
    assert with_earlier_compounds("och borgensramen 2025?", ["vilka bolag har borgensram?"]) \
        == "och borgensramen 2025?"


def test_a_noun_with_its_own_first_part_written_apart_stays() -> None:
    assert with_earlier_compounds("får de nåt mer utöver det i s förslaget?",
                                  ["vad får nämnden i budgetberedningens grundförslag?"]) \
        == "får de nåt mer utöver det i s förslaget?"
