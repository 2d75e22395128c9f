"""A net figure a question names by a compound of "netto" ("flyttnetto", "pendlingsnetto", "nettoinflyttning"):
what comes in minus what goes out, read from the two rows of one table that name the same flow with "in" and
"ut" ("Inflyttade" and "Utflyttade", "Inpendlare" and "Utpendlare"). No table holds the net itself; the
calculator takes the difference of the two rows, the inflow first."""
from __future__ import annotations

from assistant.budget.matching import Lexicon, tokens

NET = "netto"
FLOWS = ("in", "ut")  # the prefixes of the inflow and the outflow
MIN_SHARED = 4
INFLECTIONS = ("", "t", "s", "ts", "n")  # "flyttnettot", "flyttnettots"  # letters the flow of the compound and of both rows share ("flytt", "pendl")


def net_rows(question: str, lexicon: Lexicon) -> tuple[str, tuple[str, str]] | None:
    """(the word naming the net, (inflow row, outflow row)) of one table of the lexicon; None when the question
    names no net or no table (or more than one pair) holds its two flows."""
    for word in tokens(question):
        flow = _flow_of(word)
        if flow is None:
            continue
        pairs = {pair for labels in lexicon.tables if (pair := _pair(flow, labels)) is not None}
        if len(pairs) == 1:
            return word, pairs.pop()
    return None


def _flow_of(word: str) -> str | None:
    """"flytt" of "flyttnetto(t)" and "nettoinflyttning", "pendlings" of "pendlingsnetto"; None for another word."""
    at = word.rfind(NET)
    if at >= MIN_SHARED and word[at + len(NET):] in INFLECTIONS:
        flow = word[:at]
    elif word.startswith(NET) and len(word) > len(NET) + 2:
        flow = word[len(NET):]
        flow = flow[2:] if flow.startswith(FLOWS) else flow
    else:
        return None
    return flow if len(flow) >= MIN_SHARED else None


def _pair(flow: str, labels: frozenset[str]) -> tuple[str, str] | None:
    """The one inflow row and the one outflow row of a table naming `flow` ("Inflyttade", "Utflyttade")."""
    found = []
    for prefix in FLOWS:
        rows = [label for label in labels if _names_flow(label, prefix, flow)]
        if len(rows) != 1:
            return None
        found.append(rows[0])
    return found[0], found[1]


def _names_flow(label: str, prefix: str, flow: str) -> bool:
    words = tokens(label)
    if not words or not words[0].startswith(prefix):
        return False
    rest = words[0][len(prefix):]
    return len(rest) >= MIN_SHARED and rest[:MIN_SHARED] == flow[:MIN_SHARED]
