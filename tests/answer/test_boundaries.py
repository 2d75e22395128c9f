"""Whole-word matching: the same answers as the boundary regex, a pattern compiled once per phrase."""
import re

from hypothesis import given
from hypothesis import strategies as st

from assistant.understand.boundaries import has_word, word_pattern


def test_a_phrase_matches_only_as_whole_words() -> None:
    assert has_word("vad tycker moderaterna?", "moderaterna")
    assert not has_word("vad tycker moderaterna?", "moderat")
    assert has_word("vad tycker moderaterna?", "moderat", trailing=False)
    assert has_word("sossarnas budget", "sossarna", "s?")
    assert not has_word("kommunstyrelsen", "styrelsen")


def test_a_pattern_is_compiled_once_per_phrase() -> None:
    assert word_pattern("net cost", "(?:s|es|d|ed)?") is word_pattern("net cost", "(?:s|es|d|ed)?")
    assert word_pattern("net cost", "(?:s|es|d|ed)?").sub(" ", "the net costs rose") == "the   rose"


@given(st.text(alphabet="ab .å", max_size=12), st.text(alphabet="ab .(", min_size=1, max_size=4))
def test_has_word_agrees_with_the_boundary_regex(text: str, phrase: str) -> None:
    expected = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None
    assert has_word(text, phrase) is expected
