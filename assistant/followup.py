"""Follow-up questions ("Och 2023?", "Vem sa det?", "Och för socialnämnden?") resolved against the earlier
questions of the conversation, without an LLM: the previous question's topic is merged with the new
question's slots (years, committee names, who/what/how much).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.query import YEAR, analyse

LEAD = re.compile(r"^\s*(och|men|samt|än|också|and|but|also|what about|how about|vad gäller|hur är det med)\b[\s,]*",
                  re.I)
PRONOUN = re.compile(r"\b(det|den|dem|detta|dessa|denna|dess|deras|hen|han|hon|de|där|då|it|that|this|they|them|"
                     r"its|their|he|she|there|then)\b", re.I)
ENTITY = re.compile(r"\b(?:nämnden för [\wåäö ,]+?(?= och \w+\b(?!\s*välfärd)|[?.!]|$)|[\wåäö-]+nämnden?s?|"
                    r"kommunstyrelsen?s?|kommunfullmäktiges?|[\wåäö-]+förvaltningen?s?)", re.I)
INTENT = re.compile(r"\b(vem|vilka|vilken|vilket|vad|hur|när|varför|var|who|what|which|how|when|why|where)\b", re.I)


def is_followup(question: str, history: Sequence[str]) -> bool:
    """A question that leans on the previous turn: starts with "Och"/"And", or has a pronoun and few
    concepts of its own, or hardly any concepts at all."""
    if not history or not question.strip():
        return False
    q = analyse(question)
    concepts = len(q.groups)
    if LEAD.match(question):
        return True
    if concepts <= 1 and not (q.doc_types or q.publishers):
        return True
    return bool(PRONOUN.search(question)) and concepts <= 3 and not (q.doc_types or q.publishers)


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
