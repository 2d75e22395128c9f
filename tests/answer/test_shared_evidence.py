"""Evidence two parts of one question found alike: the part whose own concepts it names none of gives it up."""
from __future__ import annotations

from assistant.evidence.shared import own_groups, quotes_of, same_text, verb_groups, yielding_part

RESULT = (("mönsterås",), ("resultat",), ("2025",))
YEAR = (("mönsterås",), ("helår",))
CHILDREN = (("förskol",), ("barn",), ("plats",))
READY = (("förskol",), ("klar",))


def _says(text: str):
    words = set(text.split())
    return lambda groups: sum(any(t in words for t in g) for g in groups) / len(groups)


def test_own_groups_leave_out_what_both_parts_name() -> None:
    assert own_groups(RESULT, YEAR) == (("resultat",), ("2025",))
    assert own_groups(YEAR, RESULT) == (("helår",),)


def test_the_part_the_quote_says_nothing_of_yields() -> None:
    assert yielding_part(RESULT, YEAR, _says("periodens resultat 2025")) == 1
    assert yielding_part(RESULT, YEAR, _says("för helår prognos")) == 0


def test_a_quote_naming_each_parts_own_concepts_answers_both() -> None:
    assert yielding_part(CHILDREN, READY, _says("plats för 100 barn och ska stå klar")) is None
    assert yielding_part(CHILDREN, READY, _says("inget av det")) is None


def test_the_part_whose_own_verb_the_quote_does_not_say_yields() -> None:
    applied = (("sökt",), ("hembygdsförening",), ("bidrag",))
    granted = (("bevilj",), ("kommunstyr",))
    verbs = ((("sökt",),), (("bevilj",),))
    quote = _says("kommunstyr beslutar att bevilj hembygdsförening ett bidrag på 120 000 kronor")
    assert yielding_part(applied, granted, quote, verbs) == 0  # the topic the second part leaves unsaid is shared
    assert yielding_part(granted, applied, quote, verbs[::-1]) == 1
    assert yielding_part(applied, granted, quote) is None  # without the verbs: some of each part's own is named
    # a later part saying no verb of its own leaves the first's verb unsaid ("och hur mycket på avdelning unga?")
    share = (("omställningspaket",), ("land",), ("vuxn",))
    assert yielding_part(share, (("ung",),), _says("av detta land 4,7 miljoner på vuxn och 700 000 på ung"),
                         ((("land",),), ())) is None


def test_a_finite_verb_is_found_where_it_stands() -> None:
    assert verb_groups("hur mycket beviljade kommunstyrelsen?", (("bevilj",), ("kommunstyr",))) == (("bevilj",),)
    assert verb_groups("hur mycket på avdelning unga?", (("avdelning",), ("ung",))) == ()


def test_a_part_without_own_concepts_is_not_judged() -> None:
    assert yielding_part(YEAR, YEAR, _says("helår")) is None


def test_quotes_compare_with_single_spaces() -> None:
    assert same_text("För\nhelåret  prognostiserar") == same_text("För helåret prognostiserar")
    assert quotes_of(["a  b", " ", "a b"]) == frozenset({"a b"})


def test_a_quote_without_its_sentences_end_mark_is_that_sentence() -> None:
    # the calculator quotes the clause stating its amount without the full stop the ranked sentence ends with
    assert quotes_of(["300 tkr tillskjuts socialnämnden för tjänsten personligt ombud"]) == \
        quotes_of(["300 tkr tillskjuts socialnämnden för tjänsten  personligt ombud."])
