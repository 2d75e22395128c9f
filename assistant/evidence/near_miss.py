"""Near misses: evidence on the asked topic that states another value of a slot the question fills.

A question the documents do not answer is most often near one they do: it asks the operating cost of a new
preschool and the documents state its investment, the second stage of a project and they budget the first, what a
company turned over and its annual report states its result. The topic is there, so similarity and coverage pass;
what differs is one slot, and the evidence fills it with another value. Three slots are read here:

- the measure: what a sum of money is (data/measures.json: drift, investering, omsättning, resultat, besparing,
  intäkt, skuld, skattesats, avgift). The question names one or more; evidence naming measures, none of them
  the asked, states another measure ("Renoveringen kostar 30,5 miljoner kronor och är kommunens största
  investering" for "vad kostar simhallen i drift per år").
- the whole: "vad kostar förskolan totalt" is not answered by a part of a sum stated before ("Av det avser 6 500
  tkr byggstarten av den nya förskolan").
- the numbered part: "etapp 2", "fas 3", "steg 1", "kvartal 2" (a noun and a small number, not a year, not an
  amount): evidence naming the same noun with other numbers only ("Ny förskola Sjöängen, etapp 1") is about
  another part.

    measures(text) -> frozenset[str]              # the measure families the text names
    numbered_parts(text) -> set[tuple[str, str]]  # (noun stem, number) of each numbered part
    other_slot(question, evidence, also="") -> str | None   # "measure", "whole", "change", "part" or None; `also`: more of the
                                                            # evidence's own words (a title) that may name the asked
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

DEVIATION = "resultat"  # the measure family of results and deviations ("underskott", "avvikelse")
INSIDE = 5  # a root this long is found inside a word ("driftsbudgeten"); a shorter one only inflected ("sparade")
INFLECTION = 3  # letters an inflection adds to a short root ("spar-ade", "ram-en"; not "ram-beslut")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def measures_data() -> dict:
    """assistant/data/measures.json, read once per process (the measure families and the units of a rate)."""
    return json.loads(resources.files("assistant.data").joinpath("measures.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _families() -> dict[str, tuple[str, ...]]:
    return {name: tuple(root.lower() for root in roots) for name, roots in measures_data()["families"].items()}


def _names(root: str, words: list[str], text: str) -> bool:
    if " " in root:  # "running cost": the phrase as written
        return re.search(rf"(?<!\w){re.escape(root)}", text) is not None
    if len(root) >= INSIDE:
        return any(root in w for w in words)
    return any(w.startswith(root) and len(w) - len(root) <= INFLECTION for w in words)


def _heads(root: str, words: list[str]) -> bool:
    """A word the root ends, inflected ("kostnaderna", "minskas", "driftkostnader"): the root is the word's head.
    Inside a compound before its head ("nettokostnadsavvikelsen": a deviation, not a cost) it names a modifier."""
    return any(root in w and len(w) - w.rindex(root) - len(root) <= HEAD_INFLECTION for w in words)


HEAD_INFLECTION = 4  # letters an inflection adds to a compound's head ("kostnad-erna", "kostnad-er")


@lru_cache(maxsize=1)
def _combinations() -> dict[str, tuple[tuple[str, ...], ...]]:
    return {name: tuple(tuple(r.lower() for r in roots) for roots in each)
            for name, each in measures_data().get("combinations", {}).items()}


def measures(text: str) -> frozenset[str]:
    """The measure families the text names ("driftsbudgeten" -> {"drift"}, "resultat efter finansiella poster"
    -> {"resultat"}), by a root of their own or by roots that say it together, each as a word's head ("minska sina
    kostnader": a saving; "nettokostnadsavvikelsen ska minskas" reduces a deviation, it saves nothing)."""
    low = text.lower()
    words = _WORD.findall(low)
    return frozenset(name for name, roots in _families().items() if any(_names(r, words, low) for r in roots)) | \
        frozenset(name for name, each in _combinations().items()
                  if any(all(_heads(r, words) for r in roots) for roots in each))


# a noun and a small number after it that labels a part: "etapp 2", "fas 3 av bygget"; not an amount or a count
# ("41 miljoner", "16 förskolor": a word follows the number), not a year, not a date ("den 2 maj")
# a function word a part's number may stand before ("etapp 2 av förskolan", "fas 3 och 4"); a table's row label
# ends at a tab or a run of spaces ("etapp 1\t28 500")
AFTER_PART = r"(?:av|och|i|för|till|som|om|eller|of|and|in|for|or)"
NUMBERED = re.compile(rf"(?<![\w-])([^\W\d_]{{3,}})\s+(\d{{1,2}})(?=\s*$|\s*[^\w\s%§,.:]|[,.](?!\d)|\t| {{2}}|\s+{AFTER_PART}\b)",
                      re.IGNORECASE)


def numbered_parts(text: str) -> set[tuple[str, str]]:
    """Each (noun stem, number) of a numbered part the text names ("etapp 2 av sjöängens förskola" ->
    {("etapp", "2")}). A noun written before a date or a paragraph ("den 2", "§ 14") is none, nor is a property's
    designation ("Ytterby 4:12", "fastigheten Stärkelsen 3": a capitalised name inside a sentence)."""
    from assistant.understand.query import stems, stop_words

    found = set()
    for m in NUMBERED.finditer(text):
        word = m.group(1).lower()
        if word in stop_words() or m.group(1)[0].isupper() and text[:m.start()].strip(" |\t*#-"):
            continue  # a name with a number inside a sentence is a property or a place ("Stärkelsen 3")
        own = stems(word, drop_stopwords=False)
        if own:
            found.add((own[0], m.group(2)))
    return found


def stated_as_parts(text: str) -> bool:
    """The text states its sums as parts of one stated before: it opens with a part word ("Av det avser 6 500 tkr
    byggstarten ...", "Därav ...": sentence_types.json part_words), or each sum's clause does ("..., varav 38,5
    miljoner kronor till förskolan")."""
    from assistant.evidence.claim_figures import figures_in
    from assistant.evidence.claim_whole import _lead, _words

    parts = _words("part_words")
    if parts.match(text.strip()):
        return True
    figures = [f for f in figures_in(text) if f.at >= 0]
    return bool(figures) and all(parts.match(re.split(r"[,;]", _lead(text, f))[-1].strip()) for f in figures)


# a figure said as a difference: a comparative right after it ("56 fler platser", "2 miljoner kronor mer"), or a
# verb of change and "med" right before it ("ökar med 12 procent")
COMPARATIVE_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:fler|färre|mer|mindre|more|fewer|less)\b", re.I)
CHANGE_BEFORE = re.compile(r"\b(?:ök\w*|minsk\w*|höj\w*|sänk\w*|increase\w*|decrease\w*|rise\w*|rose|fell|fall\w*)"
                           r"\s+(?:med|by)\s*$", re.I)
COMPARATIVE = re.compile(r"\b(?:fler|färre|mer|mindre|more|fewer|less)\b", re.I)  # "hur många fler platser"


def asks_change(question: str) -> bool:
    """The question asks a difference or a change: the planner's words of change and comparison (budget/plan.py
    CHANGE, DIFFERENCE, THAN: "hur mycket ökar", "skillnaden", "jämfört med") or a comparative ("hur många fler")."""
    from assistant.budget.plan import CHANGE, DIFFERENCE, THAN

    return any(p.search(question) for p in (CHANGE, DIFFERENCE, THAN, COMPARATIVE))


def stated_as_changes(text: str) -> bool:
    """Every figure the text states is a difference ("Med det nya boendet får vi 56 fler platser än i dag"): a level
    ("hur många platser blir det") is not among them."""
    from assistant.evidence.claim_figures import figures_in

    figures = [f for f in figures_in(text) if f.at >= 0]
    return bool(figures) and all(
        COMPARATIVE_AFTER.match(text, f.at + len(f.written)) or CHANGE_BEFORE.search(text[max(0, f.at - 25):f.at])
        for f in figures)


def asks_whole(question: str) -> bool:
    """The question asks a whole sum ("kosta totalt", "sammanlagt", "in total"); a share of the whole ("hur stor
    andel av hela paketet") asks a part of it."""
    from assistant.evidence.claim_whole import _words

    return any(not re.search(r"(?<!\w)(?:av|of)\s+$", question[:m.start()], re.I)
               for m in _words("whole_words").finditer(question))


def other_slot(question: str, evidence: str, also: str = "") -> str | None:
    """The slot the evidence fills with another value than the question does: "measure" when the question names
    measures and the evidence names others only (`also`, e.g. its document's title, may name the asked one);
    "whole" when the question asks a whole sum and the evidence states parts of one ("Av det avser 6 500 tkr
    byggstarten"); "part" when the question names a numbered part and the evidence names that noun with other
    numbers only.
    None when no slot differs (or the evidence leaves it open)."""
    asked = measures(question)
    if asked:
        said = measures(evidence)
        if said and not asked & said and not asked & measures(also):
            return "measure"
    if asks_whole(question) and stated_as_parts(evidence):
        return "whole"
    if not asks_change(question) and stated_as_changes(evidence):
        return "change"
    for noun, number in numbered_parts(question):
        numbers = numbers_of(noun, f"{evidence} {also}")
        if numbers and number not in numbers:
            return "part"
    return None


# a question asking a deviation in words of no measure: "över budget", "gick (socialnämnden) back", "minus",
# "overspend"
ASKS_DEVIATION = re.compile(r"\b(?:(?:över|under|over)\s+budget\b|överskr\w*|överdrag\w*|back\b|plus\b|minus\w*|"
                            r"overspen\w*)", re.I)


def deviation_for_level(question: str, sentence: str) -> bool:
    """The sentence states only a result or a deviation ("ett underskott på 14,3 miljoner") and the question names no
    measure nor asks a deviation in other words ("över budget", "gick back"): it asks a level ("hur mycket
    budgeterar de för hemtjänsten?"), which a deviation does not answer. For prose; a table's kind
    ("Resultatbudget") holds levels."""
    return not measures(question) and not ASKS_DEVIATION.search(question) and measures(sentence) == {DEVIATION}


def numbers_of(noun: str, text: str) -> set[str]:
    """The numbers the text writes after the noun (its stem, in any form: "Etapp 2 kostar", "etapp 1\t28 500")."""
    return {m.group(1) for m in re.finditer(rf"(?<![\w-]){re.escape(noun)}\w*\s+(\d{{1,2}})(?![\d,.]\d)", text, re.I)}


def names_asked(question: str, evidence: str, also: str = "") -> bool:
    """The evidence (or `also`) names what the question asks of each slot it fills: one of its measures, each of
    its numbered parts (a whole needs no word of its own: "ett omställningspaket om 5,4 miljoner kronor"). Asked of other evidence once the best was a near miss: the documents state the topic with
    another measure, so an amount that names none ("Kommunen avsätter 250 000 kronor för bussresor") is no answer
    either."""
    text = f"{evidence} {also}"
    asked = measures(question)
    if asked and not asked & measures(text):
        return False
    return all(number in numbers_of(noun, text) for noun, number in numbered_parts(question))


TOTAL_UNITS = frozenset({"tkr", "mnkr", "mdkr"})  # units of a sum of money, never of a rate per krona


def total_for_rate(question: str, units: Sequence[str], inputs: Sequence[Any] = ()) -> bool:
    """The question asks only measures that are rates (data/measures.json "rates": "kommunalskatt" asks a tax rate,
    22,41 kronor per hundred) and every amount answering it is a sum in thousands, millions or billions of kronor
    (the 918,5 mnkr the tax pays for, "Kommunbidragen totalt 1 549,6 mnkr"), or the sum its column divides (`inputs`:
    the "Totalt 100" of "Kronor av 100" in "Fördelning av 100 kronor i kommunalskatt"): a total does not answer a
    rate."""
    asked = measures(question)
    rates = frozenset(measures_data().get("rates", ()))
    if not asked or not asked <= rates:
        return False
    return (bool(units) and all(u.lower() in TOTAL_UNITS for u in units)) or (
        bool(inputs) and all(_the_sum_divided(i) for i in inputs))


# the sum a column divides: "Kronor av 100", "per 100 kr", "of 100"
DIVIDED_SUM = re.compile(r"\b(?:av|per|of)\s+(\d+)\b", re.IGNORECASE)


def _the_sum_divided(item: Any) -> bool:
    """A looked-up figure that is the very sum its column divides ("Totalt" 100 in "Kronor av 100")."""
    return any(Decimal(n) == item.value for n in DIVIDED_SUM.findall(item.column or ""))
