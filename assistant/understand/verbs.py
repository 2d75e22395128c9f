"""Finite verbs by Swedish verb morphology, confirmed by the word forms of the corpus a question is asked of.

A Swedish finite verb ends in its tense: the present in a vowel and -r ("ökar", "växer", "föreslår", "utgör"),
the past in -de, -te, -dde or -ade ("gällde", "växte", "ökade"). Plural nouns end the same way ("kostnader",
"timmar", "budgetår", "område"), so an ending alone is no verb: a word is one when the documents also write
another form of its verb ("gäller": "gälla", "gällde"; "kostnader": none of "kostnada", "kostnadde",
"kostnadte"). Without a corpus only the closed class of sentence_types.json and its unambiguous endings count
(`understand.words.is_verb`).

    reading(forms)          # context manager: the corpus's word forms (a membership test) while a question
                            # is answered (Assistant.ask: TermStats.forms)
    in_corpus_paradigm(w)   # the word is a finite verb by its ending and the corpus's other forms of its verb
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_FORMS: ContextVar[Callable[[str], bool] | None] = ContextVar("corpus_word_forms", default=None)

PARADIGM = 1  # other forms of the verb the corpus must write (a municipality's few documents write few of them)
MIN_VERB = 4  # shorter words ending in -r or -de are mostly function words ("där", "när", "varde")
MIN_BASE = 3  # "sker" is no form of "ska"


@contextmanager
def reading(forms: Callable[[str], bool] | None) -> Iterator[None]:
    """Finite verbs are confirmed by these word forms (lower case) until the block ends."""
    token = _FORMS.set(forms)
    try:
        yield
    finally:
        _FORMS.reset(token)


def other_forms(word: str) -> tuple[str, ...]:
    """The forms a verb with this finite form would also have (infinitive, past, supine, passive) that no noun or
    adjective ending the same way shares; () when the word has no finite ending. Left out: -s beside -er (a noun's
    genitive or compound form: "kostnads", "nämnds"), -a beside -år (an adjective: "svåra"), and a past in -ste
    (a superlative: "senaste")."""
    if len(word) < MIN_VERB or not word.isalpha():
        return ()
    if word.endswith("ar"):  # ökar: öka, ökade, ökat, ökas
        base = word[:-1]
        return base, base + "de", base + "t", base + "s"
    if word.endswith("er"):  # växer: växa, växte; gäller: gälla, gällde
        base = word[:-2]
        return (base + "a", base + "de", base + "te") if len(base) >= MIN_BASE else ()
    if word[-2:] in ("år", "ör"):  # föreslår: föreslå, föreslås; utgör: utgöra, utgörs; not svår: svåra
        base = word[:-1]
        return base, base + "s", word + "s", base + "dde", base + "tt", *((word + "a",) if word.endswith("ör") else ())
    if word.endswith(("de", "te")) and not word.endswith(("nde", "ste")):  # gällde: gäller, gälla; ökade: ökar
        base = word[:-3] if word.endswith(("dde", "tte")) else word[:-2]
        return (base + "er", base + "r", base + "a", base + "s", base + "t") if len(base) >= MIN_BASE else ()
    return ()


def in_corpus_paradigm(word: str) -> bool:
    """The word has a finite verb's ending and the corpus being read writes PARADIGM of its verb's other forms;
    False when no corpus is being read."""
    forms = _FORMS.get()
    if forms is None:
        return False
    if _plural_noun(word, forms):
        return False
    candidates = set(other_forms(word)) - {word}
    return sum(1 for form in candidates if forms(form)) >= PARADIGM


def _plural_noun(word: str, forms: Callable[[str], bool]) -> bool:
    """A word in -er that the corpus writes in the definite plural ("lokalerna", "åtgärderna"), or whose stem it
    writes as a word of its own and never in the past tense: a noun's plural beside its singular ("lokaler":
    "lokal", "åtgärder": "åtgärd", "röster": "röst"), whatever verb or adjective shares the stem ("åtgärda",
    "rösta", "lokala"); "gäller" has no "gäll", "använder" its "använde"."""
    if not word.endswith("er") or word.endswith(("är", "ör")) or len(word) < MIN_VERB:
        return False
    if forms(word + "na"):
        return True
    stem = word[:-2]
    past = (stem + "de", stem + "te", *((stem + "e",) if stem.endswith(("d", "t")) else ()))
    return len(stem) >= MIN_BASE and forms(stem) and not any(forms(p) for p in past)
