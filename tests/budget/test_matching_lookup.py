"""Row names found through indexes give what trying every token and every phrase gave."""
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.budget import matching
from assistant.budget.matching import _find, _matching, token_match, stem, tokens

WORDS = st.sampled_from(["kommunstyrelsen", "kommunstyrelse", "komunstyrelsen", "ks", "bun", "män", "männen",
                         "socialnämnden", "socialnämd", "barn", "och", "ungdom", "ungdomsnämnden", "kultur",
                         "kulturnämnden", "ram", "ramarna", "vård", "omsorg", "plan", "planerat", "underhåll"])


def _pairs(words: list[str]) -> list[tuple[str, str]]:
    return [(stem(w), w) for w in words]


def _scanned_find(q, phrases, vocabulary):
    """_find as a scan of every phrase at every place."""
    matched = [frozenset(v for v in vocabulary if token_match(w, v)) for w in q]
    out = []
    for p, key in enumerate(phrases):
        n = len(key)
        for i in range(len(q) - n + 1):
            if key[0] in matched[i] and all(key[k] in matched[i + k] for k in range(1, n)):
                out.append((p, i, i + n))
    return out


@settings(max_examples=150)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=3), min_size=1, max_size=8), st.lists(WORDS, max_size=8))
def test_find_agrees_with_the_scan(names: list[list[str]], question: list[str]) -> None:
    phrases = tuple(tuple(_pairs(name)) for name in names)
    vocabulary = matching._vocabulary(phrases)
    q = _pairs(question)
    assert _find(q, phrases, vocabulary) == _scanned_find(q, phrases, vocabulary)
    for word in q:
        assert _matching(word, vocabulary) == frozenset(v for v in vocabulary if token_match(word, v))


def test_a_misspelt_committee_and_an_inflected_short_word_are_found() -> None:
    phrases = (tuple(_pairs(tokens("Kommunstyrelsen"))), tuple(_pairs(["män"])), tuple(_pairs(["barn", "ungdom"])))
    vocabulary = matching._vocabulary(phrases)
    q = _pairs(["hur", "mycket", "får", "komunstyrelsen", "och", "männen", "barn", "ungdom"])
    assert _find(q, phrases, vocabulary) == [(0, 3, 4), (1, 5, 6), (2, 6, 8)]


def test_a_row_of_the_bodies_kind_does_not_name_a_body() -> None:
    from assistant.budget.matching import RowMatch, unknown_committees

    generic = [RowMatch("Nämnder", 4, 5, "nämnden")]
    assert unknown_committees("hur mycket får tekniska nämnden 2025?", generic) == ["tekniska nämnden"]
    own = [RowMatch("Tekniska nämnden", 3, 5, "tekniska nämnden")]
    assert unknown_committees("hur mycket får tekniska nämnden 2025?", own) == []
