"""Which language a question is in: Swedish, English or something else (answered in Swedish).

A small function-word vote, no model: questions are short and the choice only decides the answer's
language and whether the English glossary expands the query.
"""
from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

SWEDISH = frozenset("""
och att det som en ett är på av för med till den har de inte om var jag vi ni hur mycket många vad vem
vilka vilken vilket när varför kommer ska skulle kan finns fanns också eller men från hos enligt stämmer
sant påståendet mellan under efter mot än år åren kronor miljoner procent nämnden kommunen sig sin sina
blir blev får fick ger gav säger sa i än detta dessa här där oss vår vårt våra deras dess
""".split())

ENGLISH = frozenset("""
the and of to is are was were what who which how much many does did do in for on with by from at
this that these those it its be been has have had will would can could should not true about according
much million committee council municipality why when where claim fact check is there any than
""".split())

OTHER = {
    "de": frozenset("der die das und ist nicht wie viel wieviel ein eine wer was warum gemeinde haushalt "
                    "stimmt es dass für mit den dem des von zu auf sich auch ich".split()),
    "fi": frozenset("ja on ei kuinka paljon mikä kuka miksi kunta kunnan vuonna oli että se ne mitä "
                    "talousarvio onko paljonko".split()),
    "no_da": frozenset("ikke hvor mye meget hvem hvad hva kommunens og det er jeg vi".split()),
}


# how an English question opens: none of these is a Swedish word, so an English question that names a Swedish
# committee or place ("What's the savings requirement for nämnden för arbete, kompetens och välfärd?") is English
# though the name's words outvote its own
ENGLISH_OPENERS = frozenset("what who whom whose which how when why where does did do is are was were can could "
                            "should would will has have".split())
ENGLISH_FRAME_MIN = 2  # the opener and one more English function word

OTHER_MIN = 2  # another language needs two of its function words: one ("von", "die") may be a name or a typo


def detect_language(text: str) -> str:
    """Return "sv", "en" or another short code ("de", "fi", ...); "sv" when nothing decides it."""
    # an acronym ("VON:s", "KS", "VA") is a name, not a function word: only words written in lower case (or with a
    # capital first letter) vote
    words = [w.lower() for w in WORD.findall(text) if not (len(w) > 1 and w.isupper())]
    if not words:
        return "sv"
    sv = sum(w in SWEDISH for w in words) + 0.5 * sum(any(c in w for c in "åäö") for w in words)
    en = sum(w in ENGLISH for w in words)
    scores = {"sv": sv, "en": en}
    for code, vocab in OTHER.items():
        scores[code] = sum(w in vocab for w in words) - 0.5 * sum(w in SWEDISH for w in words)
    if any(c in text for c in "ßü") and "de" in scores:
        scores["de"] += 1.5
    best = max(scores, key=lambda k: scores[k])
    if scores[best] <= 0:
        return "sv"
    if best not in ("sv", "en") and (scores[best] < max(scores["sv"], scores["en"]) + 1 or scores[best] < OTHER_MIN):
        best = "sv" if scores["sv"] >= scores["en"] else "en"
    if best == "en" and scores["en"] == scores["sv"]:
        return "sv"
    if best == "sv" and words[0] in ENGLISH_OPENERS \
            and scores["en"] + sum(map(english_term, words[1:])) >= ENGLISH_FRAME_MIN:
        return "en"  # "Who chairs nämnden för ...?": the opener and an English term of the glossary
    return "sv" if best == "no_da" else best


def english_term(word: str) -> bool:
    """An English word of the glossary, inflected or not ("chairs"), that no Swedish translation in it writes."""
    from assistant.understand.query import ENGLISH_ENDINGS, glossary

    table = glossary()
    ending = re.fullmatch(r"(\w+?)" + ENGLISH_ENDINGS, word)
    stem = ending.group(1) if ending else word
    return any(form in table and form not in _swedish_words() for form in (word, stem) if len(form) > 2)


@lru_cache(maxsize=1)
def _swedish_words() -> frozenset[str]:
    from assistant.understand.query import glossary

    return frozenset(w for swedish in glossary().values() for phrase in swedish for w in phrase.lower().split())


def answer_language(question_language: str) -> str:
    """Answers are Swedish or English; other languages get a Swedish answer (the documents' language)."""
    return "en" if question_language == "en" else "sv"
