"""Words and stems are kept per text (row labels and sentences are read again for every question): a caller that
changes the list it got never changes what the next caller gets."""
from assistant.budget.matching import tokens
from assistant.understand.query import stems


def test_a_changed_word_list_is_the_callers_own() -> None:
    words = tokens("Barn- och utbildningsnämnden")
    words.append("extra")
    assert tokens("Barn- och utbildningsnämnden") == ["barn", "och", "utbildningsnämnden"]


def test_a_changed_stem_list_is_the_callers_own() -> None:
    first = stems("Förskolorna byggs ut")
    first.clear()
    assert stems("Förskolorna byggs ut") == stems("förskolorna byggs ut") != []
