"""Whose figure an amount is (evidence/amount_owner.py): a named body's genitive before the measure noun ("Region
Dalarnas skattesats") makes the amount that body's, and the total of such parts ("den totala skattesatsen") is no
part's; a question naming neither is answered by a sentence stating the asked owner's own figure."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from assistant.evidence.amount_slots import figure_fills_slots
from assistant.evidence.sentences import asked_amounts
from assistant.understand.query import analyse
from tests.fakes import assistant_over

PARTS = ("Tillsammans med Region Dalarnas skattesats på 11,81 kronor blir den totala skattesatsen i Älvdalen "
         "34,65 kronor år 2025.")


REGION_AFTER = ("Tillsammans med regionskatten till Region Dalarna på 11,64 kronor blir den totala skattesatsen "
                "34,40 kronor.")


def test_an_owner_named_after_its_measure_and_the_total_said_together_with_it_answer_no_question_naming_neither() -> None:
    # the region's tax is named by "till Region Dalarna" after the measure, not a genitive before it; "tillsammans
    # med" says the rate is the total of the parts
    q = analyse("Hur hög är skattesats 2025?")
    assert asked_amounts(q, REGION_AFTER, "Rättvik") == []
    assert asked_amounts(q, "Kommunalskatten i Rättvik är 22,76 kronor per hundralapp 2025.", "Rättvik") == ["22,76"]
    assert asked_amounts(q, REGION_AFTER, "Rättvik", anyones=True) == ["11,64", "34,40"]
    # a body's own name going on after a preposition names no other owner ("Länsstyrelsen i Jämtlands län")
    grant = ("Länsstyrelsen i Jämtlands län har dessutom beviljat 700 000 kronor till ett fiskevårdsprojekt som drivs "
             "tillsammans med de lokala fiskevårdsområdena.")
    assert asked_amounts(analyse("Hur stort bidrag gav länsstyrelsen till fiskevårdsprojektet?"), grant) == ["700 000"]


def test_a_named_bodys_figure_and_the_total_of_parts_answer_no_question_naming_neither() -> None:
    q = analyse("Hur hög är skattesatsen 2025?")
    assert asked_amounts(q, PARTS, "Älvdalen") == []
    assert asked_amounts(q, "Skattesatsen höjs till 22,84 kronor.", "Älvdalen") == ["22,84"]
    assert asked_amounts(q, PARTS, "Älvdalen", anyones=True) == ["11,81", "34,65"]


def test_the_owner_or_the_total_the_question_names_answers() -> None:
    assert asked_amounts(analyse("Hur hög är Region Dalarnas skattesats 2025?"), PARTS) == ["11,81"]
    assert asked_amounts(analyse("Hur hög är den totala skattesatsen i Älvdalen 2025?"), PARTS) == ["34,65"]


def test_an_amount_said_as_a_part_of_the_asked_thing_is_no_value_of_it() -> None:
    table = "Tabellen visar hur 100 kronor av din kommunalskatt fördelas mellan verksamheterna i budget 2025."
    assert asked_amounts(analyse("Hur hög är kommunalskatt 2025?"), table) == []
    assert asked_amounts(analyse("Hur hög är kommunalskatt 2025?"), "Den kommunala skattesatsen i Filipstad är 22,66 "
                         "kronor för 2025.") == ["22,66"]
    # a question asking a part, or a share, is answered by the part
    assert asked_amounts(analyse("Hur mycket av kommunalskatten går till skolan?"), "Av din kommunalskatt går 27 "
                         "kronor till skolan, 8 kronor av din kommunalskatt till vården.") == ["27", "8"]
    assert asked_amounts(analyse("Hur stor andel av budgeten går till skolan?"), "Skolan får 40 procent av budgeten."
                         ) == ["40"]
    assert asked_amounts(analyse("Hur stor är budgeten?"), "Skolan får 40 miljoner kronor av budgeten.") == []


@pytest.mark.parametrize("sentence, place, kept", [
    ("I år höjs Älvdalens skattesats till 22,84 kronor.", "Älvdalen", ["22,84"]),  # the document's own place
    ("Kommunens skattesats är 22,84 kronor.", None, ["22,84"]),  # a sentence's first word is capitalised anyway
    ("Den totala kostnaden för bygget är 40 miljoner kronor.", None, ["40"]),  # a total of no named parts
    ("Skatten till Region Dalarna är 11,81 kronor.", None, ["11,81"]),  # no genitive before the measure noun
])
def test_an_amount_of_no_other_owner_stays_asked(sentence: str, place: str | None, kept: list[str]) -> None:
    q = analyse("Hur hög är skattesatsen?" if "skatt" in sentence.lower() else "Vad kostar bygget?")
    assert asked_amounts(q, sentence, place) == kept


def test_a_figure_read_from_prose_as_another_owners_fills_no_slot() -> None:
    q = analyse("Hur hög är skattesatsen 2025?")
    assert not figure_fills_slots(q, [Decimal("11.81")], [PARTS], ["Älvdalen"])
    assert figure_fills_slots(q, [Decimal("22.84")], ["Skattesatsen höjs till 22,84 kronor."], ["Älvdalen"])


def test_the_asked_owners_own_sentence_answers(tmp_path: Path) -> None:
    folder = tmp_path / "Älvdalen"
    folder.mkdir()
    (folder / "budget.md").write_text(f"# Skattesats 2025\n\n{PARTS}\n\n# Övrigt\n\nSkattesatsen höjs till 22,84 kronor.\n",
                                      encoding="utf-8")
    answer = assistant_over(folder).ask("Hur hög är skattesatsen 2025?")
    assert not answer.refused and "anger 22,84 kronor" in answer.answer, answer.answer


COUNTY = ("Tillsammans med\nRegion Örebro läns skattesats på 12,30 kronor blir den totala skattesatsen i Lekeberg "
          "34,45\nkronor.")


def test_a_name_ending_in_a_common_nouns_genitive_owns_its_figure_and_the_place_is_no_measure_noun() -> None:
    # "Region Örebro läns": the name's last word is a lowercase common noun; the question naming the document's place
    # ("lekeberg") still asks the municipality's own rate, not the total said "i Lekeberg"
    q = analyse("vilken skattesats har lekeberg 2025?")
    assert asked_amounts(q, COUNTY, "Lekeberg") == []
    assert asked_amounts(analyse("vad är den totala skattesatsen i lekeberg?"), COUNTY, "Lekeberg") == ["34,45"]


def test_a_total_said_with_the_named_body_it_includes_answers_no_question_of_the_own_rate() -> None:
    s = "Den totala skattesatsen i Lekeberg, inklusive Region Örebro län, är 34,45 kronor 2025."
    assert asked_amounts(analyse("vilken skattesats har lekeberg 2025?"), s, "Lekeberg") == []
    assert asked_amounts(analyse("hur hög är den totala skattesatsen 2025?"), s, "Lekeberg") == ["34,45"]
    # a figure including no named body is the asked one
    assert asked_amounts(analyse("vad kostar bygget?"), "Bygget kostar 40 miljoner kronor inklusive moms.") == ["40"]


def test_a_total_said_as_the_sum_of_the_parts_before_it_answers_no_question_of_the_own_rate() -> None:
    s = "Den totala skattesatsen i Åmål blir därmed 33,89 kronor, exklusive begravningsavgift och eventuell kyrkoavgift."
    assert asked_amounts(analyse("vad är skattesatsen i åmål 2025?"), s, "Åmål") == []
    assert asked_amounts(analyse("vad är den totala skattesatsen i åmål?"), s, "Åmål") == ["33,89"]


def test_a_total_said_with_its_parts_answers_by_the_municipalitys_part() -> None:
    s = ("Den totala skattesatsen i Töreboda är 34,04 kronor per hundralapp, varav 22,56 kronor går till kommunen och "
         "11,48 kronor till Västra Götalandsregionen.")
    assert asked_amounts(analyse("Hur hög är kommunalskatten 2025?"), s, "Töreboda")[:1] == ["22,56"]


def test_the_municipal_tax_asked_is_no_total_of_owners_whose_parts_another_sentence_says() -> None:
    total = "Den totala skattesatsen i Tierps kommun är 33,95 kronor per hundra kronor av den beskattningsbara inkomsten."
    # "kommunalskatten" names the municipality's own part; the place's noun ("Tierps kommun") is no measure noun
    assert asked_amounts(analyse("Hur hög är kommunalskatten 2025?"), total, "Tierp") == []
    assert asked_amounts(analyse("Hur hög är den kommunala skattesatsen?"), "Den totala skattesatsen i Arvika är "
                         "33,56 kronor per hundralapp 2025.", "Arvika") == []
    # the total asked, or a tax asked without its owner, is the total still
    assert asked_amounts(analyse("Hur hög är den totala kommunalskatten 2025?"), total, "Tierp") == ["33,95"]
    assert asked_amounts(analyse("Hur hög är skatten 2025?"), total, "Tierp") == ["33,95"]
