"""Written abbreviations and informal spellings ("hur mkt", "enl resultatbudgeten", "ordf i KS") expanded before a
question is analysed (assistant/data/abbreviations_sv.json), and question words typed with one error ("hur mycke",
"varfö") read as the word meant (sentence_types.json "spelled_question_words"); the question shown keeps the
user's words."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from assistant.budget.matching import one_typing_error
from assistant.understand.words import sentence_types


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    data = json.loads(resources.files("assistant.data").joinpath("abbreviations_sv.json").read_text(encoding="utf-8"))
    table = {k.lower(): v for k, v in data.items() if not k.startswith("_")}
    forms = sorted(table, key=len, reverse=True)  # "vice ordf" before "ordf", "bl.a." before "bl a"
    pattern = re.compile(r"(?<![\w.-])(?P<form>" + "|".join(re.escape(f) for f in forms) + r")(?P<genitive>:s)?(?![\w])"
                         r"(?:\.(?=\s+(?-i:[a-zåäö\d])))?",  # "resp. för": the period marks the abbreviation
                         re.IGNORECASE)
    return pattern, table


def expansion(abbreviation: str) -> str:
    """What an abbreviation stands for ("ifo" -> "individ- och familjeomsorgen"); "" when it is none."""
    return _pattern()[1].get(abbreviation.lower(), "")


def _opens_question(rest: str) -> bool:
    """The words after a period open a question: a verb that opens one or an interrogative ("blev det ...",
    "hur mycket ...")."""
    kinds = sentence_types()
    first = re.match(r"\s*([^\W\d_]+)", rest)
    return first is not None and first.group(1).lower() in {*kinds["verbs_opening_questions"], *kinds["interrogatives"]}


# a period written short: "2021-23", or "21-23" after a word for what spans it ("budget 21-23", "planperioden 22-24")
SHORT_PERIOD = re.compile(r"(?P<lead>\b(?:budget|plan|period|mandatperiod|åren)\w*\s+)?(?<![\d,.])"
                          r"(?P<first>(?:19|20)?\d\d)\s*(?P<dash>[-–])\s*(?P<last>\d\d)(?![\d%]|[,.]\d|\s*(?:%|procent))",
                          re.IGNORECASE)


def _full_period(m: re.Match[str]) -> str:
    first, last = m.group("first"), m.group("last")
    if len(first) == 2 and not m.group("lead"):
        return m.group()  # "21-23" alone may be pages, ages or hours
    century = first[:2] if len(first) == 4 else "20"
    start, end = int(century + first[-2:]), int(century + last)
    if not 0 < end - start <= 10:
        return m.group()
    return f"{m.group('lead') or ''}{start}{m.group('dash')}{end}"


# an open age group written short: "80+", "65 +" is "80 år och äldre", as population tables label it
AGE_AND_OVER = re.compile(r"(?<![\w.,])(\d{1,3})\s*\+(?![\w+])(?!\s*\d)")


LETTERS = re.compile(r"(?<![\w-])[^\W\d_]{4,}(?![\w-])")
MIN_SPELLED = 5  # shorter question words have real words one error away ("hur" / "hus", "när" / "nät")


@lru_cache(maxsize=4096)
def _question_word(word: str) -> str | None:
    meant = [w for w in sentence_types()["spelled_question_words"]
             if len(w) >= MIN_SPELLED and one_typing_error(word, w)]
    return meant[0] if len(meant) == 1 and word not in meant else None


def respell_question_words(text: str) -> str:
    """Question words typed with one error written as meant ("hur mycke?" -> "hur mycket?")."""
    return LETTERS.sub(lambda m: _question_word(m.group().lower()) or m.group(), text)


def expand(text: str) -> str:
    """The text with abbreviations written out (the period marking one inside a sentence with them: "resp. för" ->
    "respektive för"); a genitive "KS:s" becomes "kommunstyrelsens"; a period written
    short ("budget 21-23", "2021-23") in full years; an age group "80+" as "80 år och äldre"; a question word
    typed with one error as meant."""
    text = AGE_AND_OVER.sub(r"\1 år och äldre", SHORT_PERIOD.sub(_full_period, text))
    pattern, table = _pattern()
    def written_out(m: re.Match[str]) -> str:
        if len(m.group("form")) == 1 and text[m.end():m.end() + 1] == "-":
            return m.group()  # "O-ringen": a letter opening a compound is no abbreviation; "IFO-kostnaderna" is
        ends = m.group().endswith(".") and _opens_question(text[m.end():])
        # "... till KS. blev det något uppdrag 2023?": the period before a question's opening word ends a sentence
        return table[m.group("form").lower()] + ("s" if m.group("genitive") else "") + ("." if ends else "")

    return respell_question_words(pattern.sub(written_out, text))
