"""Follow-up questions ("Och 2023?", "Vem sa det?", "Och för socialnämnden?") resolved against the earlier
questions of the conversation, without an LLM: the previous question's topic is merged with the new
question's slots (years, committee names, who/what/how much).
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from assistant.query import YEAR, analyse

LEAD = re.compile(r"^\s*(och|men|samt|än|också|and|but|also|what about|how about|vad gäller|hur är det med)\b[\s,]*",
                  re.I)
# pronouns that point back at an earlier turn; "den"/"de" only standing alone ("Vem leder den?"), not as articles
PRONOUN = re.compile(r"\b(?:det|detta|dessa|denna|dess|deras|dem|hen|han|hon|där|då|it|that|this|they|them|its|"
                     r"their|he|she|there|then)\b|\b(?:den|de)\b(?=\s*(?:[?.!,]|$))", re.I)
# "det"/"it" as a dummy subject refers to nothing: "kostar det att bygga", "finns det", "does it cost to build"
EXPLETIVE = re.compile(r"\b(?:finns|fanns|blir|krävs) det\b|\bdet (?:finns|fanns|krävs)\b|\bdet\b(?=[^?.!]*\b(?:att|som)\b)|"
                       r"\bit\b(?=[^?.!]*\b(?:to|that)\b)|\bthere (?:is|are|was|were)\b", re.I)
ENTITY = re.compile(r"\b(?:nämnden för [\wåäö ,]+?(?= och \w+\b(?!\s*välfärd)|[?.!]|$)|[\wåäö-]+nämnden?s?|"
                    r"kommunstyrelsen?s?|kommunfullmäktiges?|[\wåäö-]+förvaltningen?s?)", re.I)
INTENT = re.compile(r"\b(vem|vilka|vilken|vilket|vad|hur|när|varför|var|who|what|which|how|when|why|where)\b", re.I)
MAX_TOPIC_WITH_PRONOUN = 3  # "Varför anser man att bolagen klarar det?": a pronoun plus a narrow topic


@lru_cache(maxsize=1)
def slot_stems() -> frozenset[str]:
    data = json.loads(resources.files("assistant.data").joinpath("followup_words.json").read_text(encoding="utf-8"))
    return frozenset(data["slots"])


def own_topic(question: str) -> list[tuple[str, ...]]:
    """The question's own topic: its concepts minus slot words (who said, how much, share) and years."""
    slots = slot_stems()
    return [g for g in analyse(question).groups if g and g[0] not in slots and not YEAR.fullmatch(g[0])]


def refers_back(question: str) -> bool:
    """A pronoun that points at an earlier turn (a dummy "det ... att" / "it ... to" does not)."""
    return bool(PRONOUN.search(EXPLETIVE.sub(" ", question)))


def shares_topic(question: str, history: Sequence[str]) -> bool:
    """The question names something an earlier turn named ("hela paketet" after "omställningspaket")."""
    from assistant.sentences import text_stems

    said = text_stems(" ".join(h for h in history if h))
    return any(t in said for group in own_topic(question) for t in group if len(t) >= 4)


def is_followup(question: str, history: Sequence[str]) -> bool:
    """A question that leans on the previous turn because it lacks a topic of its own: elliptic ("Och 2023?",
    "Och för socialnämnden?"), only slot words ("Vem sa det?", "Hur mycket är det i procent?"), or a pronoun
    pointing back with at most a narrow topic ("Vilka busslinjer gäller det?"). A question that names its own
    topic ("Vad kostar en ny simhall i Alingsås?", "Vem är socialchef?") stands alone, whatever came before."""
    if not any(h and h.strip() for h in history) or not question.strip():
        return False
    if LEAD.match(question):
        return True
    topic = own_topic(question)
    if not topic:
        return True
    return refers_back(question) and len(topic) <= MAX_TOPIC_WITH_PRONOUN


def resolve(question: str, history: Sequence[str]) -> str:
    """The question made standalone for retrieval (the original is kept for display)."""
    history = [h for h in history if h and h.strip()]
    if not is_followup(question, history):
        return question
    previous = resolve(history[-1], history[:-1])
    new = LEAD.sub("", question).strip()
    base = previous
    new_years = YEAR.findall(new)
    if new_years:
        base = YEAR.sub("", base)
    new_entities = ENTITY.findall(new)
    if new_entities:
        base = ENTITY.sub("", base)
    if INTENT.search(new):  # the new question asks its own thing: keep the old topic, drop the old asking
        base = INTENT.sub("", base)
        base = re.sub(r"^\W*(är|var|mycket|stort|stor|många|ska|kan)\b", "", base.strip(), flags=re.I)
    base = re.sub(r"\s+", " ", base).strip(" ?.!,")
    return f"{new.rstrip('?.! ')} – {base}?" if base else new
