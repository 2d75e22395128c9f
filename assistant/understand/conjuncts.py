"""A claim said of two subjects at once: "Vill både S i sin budget och kommunstyrelsen 2023 centralisera
lokalförsörjningen till kommunstyrelsen?" holds when it holds of each, and each subject (often a document or its
author) says it in its own words. It is cut into one claim per subject ("Vill S i sin budget centralisera ...",
"Vill kommunstyrelsen 2023 centralisera ..."), to be checked and cited one by one.

    each_subject(claim)  # [the claim of the first subject, of the second], or [] when it names no two so
"""
from __future__ import annotations

import re

from assistant.understand.words import GOVERNED_ENDINGS, INFINITIVE_MARKERS, is_verb, sentence_types

WORD = re.compile(r"[^\W_][\w-]*")
SUBJECT_REACH = 6  # words the second subject may have ("kommunstyrelsens uppdrag från februari 2023")
INFINITIVE_LENGTH = 4  # shorter words ending as an infinitive does are no verbs ("sina", "nya")


def each_subject(claim: str) -> list[str]:
    """The claim said of each of the two subjects an inclusive conjunction coordinates ("både A och B", "both A
    and B"; sentence_types.json `inclusive_conjunctions`): the words before the pair and after the second subject
    said with each. The first subject ends at the joining conjunction (not one closing a compound: "vård- och
    omsorgsnämnden"), the second at the claim's verb or infinitive marker ("att"), or at its end; [] when the
    claim coordinates no two subjects so or the second runs on past SUBJECT_REACH words."""
    for opener, joiner in sentence_types()["inclusive_conjunctions"].items():
        pair = re.search(rf"(?<![\w-]){opener}\s+(?P<first>\S.*?)(?<!-)\s+{joiner}\s+", claim, re.I)
        if pair is None:
            continue
        first = pair.group("first")
        end = _second_end(claim, pair.end(), _auxiliary_before(claim[:pair.start()]), _prepositional(first))
        if end is None:
            return []
        head, tail = claim[:pair.start()], claim[end:].strip()
        second = claim[pair.end():end].strip()
        return [" ".join(p for p in (head.strip(), subject, tail) if p) for subject in (first, second)]
    return []


def _prepositional(first: str) -> str | None:
    """The preposition opening the first subject ("i S-budgeten"): a second opened by it may end the claim."""
    opening = WORD.match(first)
    word = opening.group().lower() if opening else ""
    return word if word in sentence_types()["prepositions"] else None


def _auxiliary_before(head: str) -> bool:
    """The words before the pair hold an auxiliary ("Vill både ..."): an infinitive after the subjects is their verb."""
    auxiliaries = set(sentence_types()["auxiliaries"])
    return any(w.lower() in auxiliaries for w in WORD.findall(head))


def _second_end(claim: str, start: int, governed: bool, preposition: str | None) -> int | None:
    """Where the second subject ends: before the first word after its first that is a finite verb, an infinitive
    marker or (`governed`, an auxiliary before the pair) an infinitive; when it has none, the claim's end if both
    subjects open with one `preposition` ("både i S-budgeten och i handlingsplanen"), else None: what follows a
    subject said with no verb after it ("både A och B mer pengar") cannot be told from the subject."""
    found = list(WORD.finditer(claim, start))
    for i, word in enumerate(found):
        if i > SUBJECT_REACH:
            return None
        low = word.group().lower()
        ends_subject = low in INFINITIVE_MARKERS or is_verb(low) or (
            governed and word.group()[0].islower() and len(low) >= INFINITIVE_LENGTH
            and low.endswith(GOVERNED_ENDINGS))
        if i and ends_subject:
            return word.start()
    parallel = bool(found) and preposition is not None and found[0].group().lower() == preposition
    return len(claim.rstrip(" ?.!")) if parallel and len(found) <= SUBJECT_REACH else None
