"""A qualifier narrows a claim or question to a part of its subject ("bland chefer", "VA-taxan"): a figure said
without it is about the broader thing and neither confirms, contradicts nor answers."""
from __future__ import annotations

import pytest

from assistant.evidence.claim_amounts import Subject, check_amounts
from assistant.evidence.claims import check_figures
from assistant.understand.query import stems, stop_words
from assistant.understand.subset import subset_groups, subset_words
from assistant.retrieval.retrieve import Sentence
from core.types import Chunk


@pytest.mark.parametrize(("text", "qualifiers"), [
    ("Sjukfrånvaron bland chefer var 3,1 % 2025", ("chefer",)),
    ("Hur hög var sjukfrånvaron bland män i Katrineholms kommun 2024?", ("män",)),
    ("sjukfrånvaron bland kommunens medarbetare", ()),  # the holder's whole staff: no part of it
    ("sjukfrånvaron bland Boxholms kommuns anställda", ()),
    ("andelen bland de anställda", ("anställda",)),
    ("sick leave among managers", ("managers",)),
    ("Katrineholm höjer VA-taxan med 8 procent", ("va",)),
    ("IT-kostnaderna ökar", ("it",)),
    ("Det gäller bland annat skolan", ()),  # an adverb, no partitive
    ("budgeten 2021-2023 för barn- och ungdomsnämnden", ()),  # a span of years, a word cut before "och"
    ("S-budgeten", ()),  # a one-letter abbreviation names a party, not a kind
    ("Alingsås-budgeten", ()),  # a municipality is a scope, not a qualifier
    ("hur mycket får vård- och omsorgsnämnden i dals-ed 2025?", ()),  # nor is a municipality's hyphenated name
    ("Upplands-Bros VA-taxa", ("va",)),
    ("solceller på kommunens fastigheter i Dals-Ed", ()),  # a hyphenated municipality name is a scope too
    ("hur stor andel av Dals-Eds investeringar går till sporthallen?", ()),  # a hyphenated name, in its genitive
    ("Malung-Sälens IT-kostnader", ("it",)),
    ("Vilket resultat hade Dals-Ed efter januari–augusti 2024?", ()),  # a hyphenated municipality's name
    ("Dals-Eds budget och VA-taxan", ("va",)),  # its genitive too; another compound still qualifies
    ("Hur mycket får socialnämnden 2026?", ()),
    ("resultatet jan-aug 2025", ()),  # a span of months
])
def test_qualifiers_are_a_partitives_noun_and_a_hyphen_compounds_first_part(text: str,
                                                                            qualifiers: tuple[str, ...]) -> None:
    assert subset_words(text) == qualifiers


@pytest.mark.parametrize(("text", "qualifiers"), [
    ("hur stort var underskottet på avdelning vuxna 2019?", ("vuxna",)),  # a unit's name after its base form
    ("Hur stor var Avdelning Unga:s budget?", ("unga",)),
    ("vad kostar enheten för ekonomiskt bistånd?", ("ekonomiskt",)),  # any form, the name after "för"
    ("hur mycket fick avdelningen 2020?", ()),  # a definite unit and no name: the unit the context names
    ("avdelningens budget 2024", ()),  # its genitive names what it holds
    ("vilka avdelningar finns?", ()),
    ("vilket verksamhetsområde har störst underskott?", ()),
    ("hur många procentenheter ökade soliditeten?", ()),  # no unit noun opens the word
])
def test_a_unit_of_a_bodys_organisation_named_after_it_is_a_qualifier(text: str, qualifiers: tuple[str, ...]) -> None:
    """A figure of the whole administration ("Socialförvaltningens underskott") is no figure of one of its units."""
    assert subset_words(text) == qualifiers


def test_an_english_question_names_no_unit_after_it() -> None:
    assert subset_words("which verksamhetsområde has the largest deficit?", language="en") == ()


def test_english_hyphens_make_adjectives_not_compounds() -> None:
    assert subset_words("the full-year forecast", language="en") == ()
    assert subset_words("sick leave among managers", language="en") == ("managers",)


def test_a_qualifier_takes_its_group_from_the_analysis() -> None:
    groups = (("sjukfrånvaron",), ("chef", "ledare"))
    assert subset_groups("sjukfrånvaron bland chefer", groups) == (("chef", "ledare"),)
    assert subset_groups("höjer VA-taxan", (("taxan",),)) == (("va",),)
    assert subset_groups("ifo-kostnaderna", ()) == (("ifo", "familjeomsorg"),)  # also as written out


def test_partitive_prepositions_are_stop_words() -> None:
    assert "bland" in stop_words()
    assert stems("sjukfrånvaron bland chefer") == ["sjukfrånvaron", "chef"]


def sentence(text: str, n: int = 0) -> Sentence:
    chunk = Chunk(id=f"c{n}", doc_path=f"corpus/d{n}.txt", text=text, start=0, end=len(text), title="Årsredovisning",
                  date="2026-04-01")
    return Sentence(chunk=chunk, start=0, end=len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


def subject(claim: str) -> Subject:
    """Word overlap for `about`; a sentence says a qualifier when it holds its stem."""
    own = set(stems(claim))
    qualifiers = subset_groups(claim, ())
    return Subject(lambda s, left_out: len((own - left_out) & set(stems(s.text))) / max(len(own - left_out), 1),
                   qualified=lambda s: all(set(g) & set(stems(s.text)) for g in qualifiers))


def test_the_total_figure_does_not_contradict_a_claim_about_a_part() -> None:
    claim = "sjukfrånvaron bland chefer var 3,1 procent 2025"
    total = sentence("Den totala sjukfrånvaron minskade till 7,4 procent 2025.")
    assert check_amounts(claim, [total], subject(claim)) is None
    assert check_figures(claim, [total], qualified=subject(claim).qualified).verdict == "not_found"


def test_the_parts_own_figure_still_decides() -> None:
    claim = "sjukfrånvaron bland chefer var 3,1 procent 2025"
    total = sentence("Den totala sjukfrånvaron minskade till 7,4 procent 2025.", n=1)
    part = sentence("Sjukfrånvaron bland chefer var 2,8 procent 2025.", n=2)
    result = check_amounts(claim, [total, part], subject(claim))
    assert result is not None and result.verdict == "contradicted" and result.evidence[0] is part
    same = sentence("Sjukfrånvaron bland chefer var 3,1 procent 2025.", n=3)
    result = check_amounts(claim, [total, same], subject(claim))
    assert result is not None and result.verdict == "supported"


def test_a_compounds_first_part_must_be_said() -> None:
    claim = "kommunen höjer VA-taxan med 8 procent 2026"
    other_tax = sentence("Avbokning senare än 14 dagar före debiteras med 50 procent av taxan 2026.")
    assert check_amounts(claim, [other_tax], subject(claim)) is None
    water = sentence("VA-taxan höjs med 5 procent 2026.", n=1)
    result = check_amounts(claim, [other_tax, water], subject(claim))
    assert result is not None and result.verdict == "contradicted" and result.evidence[0] is water


@pytest.mark.parametrize(("group", "text", "said"), [
    (("va",), "Taxan för vatten och avlopp höjs med 8 procent.", True),  # the initials of the words written out
    (("va",), "Avbokning debiteras med 50 procent av taxan.", False),
    (("vux",), "Av paketet landar 4,7 miljoner på avdelning vuxna.", True),  # inflected
    (("vux",), "Vuxenavdelningen får 4,7 miljoner.", True),  # the first part of a compound
    (("chef",), "Den totala sjukfrånvaron minskade till 7,4 procent.", False),
])
def test_a_qualifier_is_said_written_out_inflected_or_as_a_compounds_first_part(group: tuple[str, ...], text: str,
                                                                               said: bool) -> None:
    from assistant.understand.subset import says_qualifier

    assert says_qualifier(lambda g, t, title="": False, group, text) is said


def test_the_part_asked_of_a_whole_is_the_noun_after_the_clauses_verb() -> None:
    """"hur många av bostäderna ... blir hyresrätter?" asks the rented flats among the homes; a verb before its subject
    ("räknas kommunbidragen upp", "ska nämnderna budgetera") or a participle after a copula names no part."""
    from assistant.understand.subset import part_words

    assert part_words("hur många av bostäderna i västerhöjden etapp 3 blir hyresrätter?") == ("hyresrätter",)
    assert part_words("hur mycket av investeringen i reningsverket finansieras med statsbidrag?") == ("statsbidrag",)
    assert part_words("Hur mycket av socialnämndens budget går till den nya förskolan?") == ("förskolan",)
    assert part_words("hur stor del av prisindex räknas kommunbidragen upp med?") == ()
    assert part_words("hur stor andel av kommunbidraget ska nämnderna budgetera som buffert?") == ()
    assert part_words("hur stor andel av investeringarna är avgiftsfinansierad?") == ()
    assert part_words("hur mycket kostar bygget?") == ()


def test_a_part_asked_after_another_verb_than_till_is_a_facet_the_answer_must_state() -> None:
    """The facet of the parts (evidence/facets.py) asked by "blir hyresrätter" as by "går till köket": an answer
    stating only the whole ("120 bostäder") is a near miss naming the part."""
    from assistant.evidence.facets import PARTS, asked_facets

    facets = [f for f in asked_facets("hur många av bostäderna i västerhöjden etapp 3 blir hyresrätter?")
              if f.kind == PARTS]
    assert [f.said for f in facets] == ["hyresrätter"]
    assert any(t.startswith("hyresrät") for t in facets[0].parts[0])
