"""A net figure a question names by a compound of "netto" or "överskott" ("flyttnetto", "pendlingsnetto",
"nettoinflyttning", "födelseöverskott"): what comes in less what goes out, read from the two rows of one table
that name the same flow with "in" and "ut" ("Inflyttade" and "Utflyttade", "Inpendlare" and "Utpendlare") or
as a pair of `net_flows` in budget_synonyms.json ("Födda" and "Döda"), or the income and the cost of the same thing
("finansnetto": "Finansiella intäkter" and "Finansiella kostnader"). No table holds the net itself; the calculator
takes the inflow less the outflow's size (a cost may be written below zero), signed: a net may be negative."""
from __future__ import annotations

from functools import lru_cache

from assistant.budget.matching import Lexicon, stem, synonyms, tokens

NETS = ("netto", "överskott")  # the compound's head or opening that names a net
FLOWS = ("in", "ut")  # the prefixes of the inflow and the outflow
SIDES = ("intäkt", "kostnad")  # the words of a thing's income and cost rows ("Finansiella intäkter")
MIN_SHARED = 4  # letters the flow of the compound and of both rows share ("flytt", "pendl")
INFLECTIONS = ("", "t", "s", "ts", "n", "et", "ets")  # "flyttnettot", "födelseöverskottet"


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
    for net in NETS:
        at = word.rfind(net)
        if at >= MIN_SHARED and word[at + len(net):] in INFLECTIONS:
            return word[:at]
        if word.startswith(net) and len(word) >= len(net) + MIN_SHARED:
            flow = word[len(net):]
            return flow[2:] if flow.startswith(FLOWS) else flow
    return None


def _pair(flow: str, labels: frozenset[str]) -> tuple[str, str] | None:
    """The one inflow row and the one outflow row of a table naming `flow` ("Inflyttade", "Utflyttade")."""
    named = _named_pair(flow)
    if named is None and (sides := _sides(flow, labels)) is not None:
        return sides
    found = []
    for i, prefix in enumerate(FLOWS):
        rows = [label for label in labels if (_opens_with(label, named[i]) if named else _names_flow(label, prefix, flow))]
        if len(rows) != 1:
            return None
        found.append(rows[0])
    return found[0], found[1]


def _sides(flow: str, labels: frozenset[str]) -> tuple[str, str] | None:
    """The one income row and the one cost row of a table whose first word opens like the flow ("finans" of
    "finansnetto": "Finansiella intäkter", "Finansiella kostnader")."""
    found = []
    for side in SIDES:
        rows = [label for label in labels
                if len(words := tokens(label)) >= 2 and words[0][:MIN_SHARED + 1] == flow[:MIN_SHARED + 1]
                and any(w.startswith(side) for w in words[1:])]
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


def _opens_with(label: str, word: str) -> bool:
    words = tokens(label)
    return bool(words) and stem(words[0]) == stem(word)


@lru_cache(maxsize=256)
def _named_pair(flow: str) -> tuple[str, str] | None:
    """The pair of rows `net_flows` gives the flow ("födelse" -> ("födda", "döda")), by its opening letters."""
    for key, pair in synonyms().get("net_flows", {}).items():
        if flow[:len(key)] == key or (len(flow) >= MIN_SHARED and key.startswith(flow.rstrip("s"))):
            return pair[0], pair[1]
    return None
