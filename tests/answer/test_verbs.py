"""Finite verbs by their tense ending and the corpus's other forms of their verb (assistant/understand/verbs.py)."""
import pytest

from assistant.evidence.claim_amounts import predicate_words
from assistant.evidence.sentences import TermStats, _verb_stems
from assistant.understand.query import stems
from assistant.understand.verbs import in_corpus_paradigm, other_forms, reading
from assistant.understand.words import is_verb
from core.types import Chunk

# the word forms of a small municipal corpus: verbs in some of their forms, plural nouns, adjectives
CORPUS = frozenset("""gälla gällde föreslås öka ökade växa kostnads nämnds lokala senast område ska budgetår
svåra kommunen""".split())


@pytest.mark.parametrize("word, verb", [
    ("gäller", True), ("gällde", True), ("föreslår", True), ("ökar", True), ("växer", True),
    ("kostnader", False), ("nämnder", False), ("timmar", False), ("budgetår", False), ("område", False),
    ("senaste", False), ("sker", False), ("svår", False),
])
def test_a_tense_ending_is_a_verb_when_the_corpus_writes_its_other_forms(word: str, verb: bool) -> None:
    with reading(CORPUS.__contains__):
        assert in_corpus_paradigm(word) is verb


def test_without_a_corpus_only_the_closed_class_and_its_endings_are_verbs() -> None:
    assert not in_corpus_paradigm("föreslår") and not is_verb("gällde")
    assert is_verb("ökade") and is_verb("får")  # a verb ending, a finite verb of sentence_types.json
    with reading(CORPUS.__contains__):
        assert is_verb("gällde") and is_verb("föreslår") and not is_verb("kostnader")
    assert not is_verb("gällde")  # the corpus is read only inside the block


def test_other_forms_leave_out_what_a_noun_or_adjective_shares() -> None:
    assert "kostnads" not in other_forms("kostnader")  # a compound's linking -s, not a passive
    assert "svåra" not in other_forms("svår")
    assert other_forms("ökar") == ("öka", "ökade", "ökat", "ökas")
    assert other_forms("när") == () and other_forms("senaste") == ()


def test_a_claims_verb_found_by_the_corpus_is_its_predicate_not_its_subject() -> None:
    claim = "Handlingsplanen föreslår en utdelning på 20 miljoner som gällde 2023"
    assert "föreslår" not in predicate_words(claim)
    with reading(CORPUS.__contains__):
        assert {"föreslår", "gällde"} <= predicate_words(claim)
        assert set(stems("föreslår")) <= _verb_stems(claim)


def test_the_term_statistics_keep_the_documents_word_forms() -> None:
    text = "Nämnden föreslås få mer. Taxan gällde 2023."
    chunk = Chunk(id="a#0", doc_path="a.txt", text=text, start=0, end=len(text), title="Budget")
    stats = TermStats({chunk.id: chunk})
    assert {"föreslås", "gällde", "nämnden"} <= stats.forms


@pytest.mark.parametrize("word, verb", [
    ("lokaler", False),  # "lokal" and "lokala": a noun's plural, an adjective sharing its stem
    ("åtgärder", False),  # "åtgärd" and the verb "åtgärda"
    ("röster", False),  # "röst" and "rösta"
    ("använder", True),  # "använd" is written, but so is its past "använde"
    ("växer", True),  # no "väx": a verb's stem is no word of its own
    ("anläggningar", False),
    ("insatser", False),  # only "insatserna" and the verb "insatsa" of a typing error: the definite plural
])
def test_a_plural_noun_beside_its_singular_is_no_verb(word: str, verb: bool) -> None:
    corpus = frozenset("lokal lokala åtgärd åtgärda röst rösta använd använda använde växa insatserna insatsa".split())
    with reading(corpus.__contains__):
        assert in_corpus_paradigm(word) is verb
