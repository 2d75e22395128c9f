"""One measure narrower than another: "Invånare 80 år och äldre (antal)" counts a part of what "Antal invånare
31 december" counts. Two places compared by a figure each must be compared by one measure; a figure whose name says
more than the other's (beyond its unit, the day it is counted on, a counting or total word, a genitive naming
whose it is, a conjunct, a source, and what the question itself says) is the figure of a part, and the comparison
of a part with a whole says nothing of either.

    narrower(label, other, question) -> bool   # `label` names a part of what `other` names
"""
from __future__ import annotations

import re

from assistant.budget.matching import (COUNT_OR_SHARE, FUNCTION_WORDS, MIN_PART, TOTAL_WORDS, _DAY_OF_MONTH,
                                       group_stems, stems, without_unit)
from assistant.understand.subset import GENITIVE
from core.years import YEAR

# words that add no part to a measure: totals, function words, "per" of a rate and the counting words ("Nettokostnad
# per antal invånare" is "Nettokostnad per invånare")
GENERIC = frozenset(stems(" ".join(sorted(TOTAL_WORDS | FUNCTION_WORDS | {"per", "antal", "number"}))))
CONJUNCTIONS = frozenset({"och", "samt", "inkl", "inkl.", "inklusive", "and", "including", "&"})
SOURCE = re.compile(r"\b(?:enligt|according to)\b.*$", re.I)


def said_beyond(label: str, question: str) -> frozenset[str]:
    """The stems of what the label names beyond the question's words: without its unit ("(antal)", ", kr"), a day of
    the year ("31 december"), a year, a counting word opening it ("Antal", "Andel") and total and function words; a
    stem the question says, in any form or compound ("invån" of "invånarna"), is no addition."""
    bare = COUNT_OR_SHARE.sub(" ", _DAY_OF_MONTH.sub(" ", YEAR.sub(" ", without_unit(label))))
    bare = SOURCE.sub(" ", bare)  # "Soliditet enligt balansräkningen": where it is read, not which part
    words = bare.split()
    # a genitive names whose the measure is ("Verksamhetens nettokostnader", "Kommunens"), all of it, no part; a
    # conjunct after a noun adds to it ("Grundskola och fritidshem" is more than "Grundskola"), while "80 år och
    # äldre" keeps the "80 år" it opens with
    kept = [w for i, w in enumerate(words) if not w.lower().endswith(GENITIVE)
            and not any(words[k].lower() in CONJUNCTIONS for k in range(i))]
    asked = set(stems(question))
    said = asked | {g for a in asked for g in group_stems(a)}  # "per Folkmängd" for "per invånare": its row word
    return frozenset(s for s in stems(" ".join(kept)) if s not in GENERIC and s not in said and not any(
        len(s) >= MIN_PART and len(a) >= MIN_PART and (s in a or a in s) for a in said))


def narrower(label: str, other: str, question: str) -> bool:
    """`label` names all `other` names beyond the question, and more: the figure of a part of what the other's
    counts ("Invånare 80 år och äldre (antal)" against "Antal invånare 31 december", "invånare" asked). Labels each
    saying something the other does not ("Folkmängd" and "Invånare totalt") are told apart by other checks."""
    own, others = said_beyond(label, question), said_beyond(other, question)
    return others < own
