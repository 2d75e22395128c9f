"""A question whether one amount covers a gap ("Räcker tilläggsanslaget för att täcka underskottet?", "täcker
åtgärdsplanen det underskott som delårsrapporten prognostiserar?", "hur mycket av det täcker åtgärdsplanen?",
"hur stort underskott återstår efter det?"): the covering amount (a grant, a plan of savings) and the gap (a
deficit) usually stand in two documents, a decision and a report. Each is asked as a question of its own, so each
is answered and cited from its own document, and what remains of the gap is computed of both
(compose.followup_figures).

    covered(question, places)   # ["Hur stort är underskottet ...?", "Hur stort är tilläggsanslaget ...?"] or []
    names_gap(question)         # the question names the gap itself
    asks_coverage(question)     # the question asks whether, or how much, one amount covers a gap
"""
from __future__ import annotations

import re

from assistant.understand.followup import ENTITY
from assistant.understand.parts import statement_before
from core.years import YEAR

# the gap covered: a deficit or a negative deviation from the budget, in any form ("underskottet", "avvikelsen")
GAP = r"(?:budget)?(?:underskott|avvikelse|minusresultat)\w*|deficits?|shortfalls?|overspend\w*"
COVERS = r"täck(?:a|er|te|s|ts)?|cover(?:s|ed)?"
REMAINS = r"återstå(?:r|tt)?|kvarstå(?:r|tt)?|kvar|remains?|is\s+left"  # "har socialnämnden kvar"
POINTER = r"det|den|detta|denna|it|this|that"
# "Räcker det för att täcka", "does it cover", "is it enough to cover": the words between the measure and the gap
_LINK = rf"\s*(?:\b(?:för\s+att|till\s+att|till|enough\s+to|to)\s+)?\b(?:{COVERS})\b\s*"
GAP_PHRASE = re.compile(rf"(?:\b(?:det|den|ett|the|a|an)\s+)?\b(?:{GAP})\b[^?.!;,]*", re.I)
COVERAGE = re.compile(rf"\b(?:{COVERS}|{REMAINS})\b", re.I)
ASK_SIZE = {"sv": "Hur stort är {}?", "en": "How large is {}?"}
ASK_STATED = {"sv": "{} Hur stort var det?", "en": "{} How large was it?"}


def asks_coverage(question: str) -> bool:
    """The question asks whether, or how much, one amount covers a gap: a verb of covering or remaining and a
    gap (a deficit), or a covering verb whose gap is the earlier part's ("hur mycket av det täcker ...?")."""
    _, asked = statement_before(question)
    return bool(COVERAGE.search(asked)) and (bool(re.search(rf"\b(?:{GAP})\b", asked, re.I)) or _pointed_gap(asked))


def _pointed_gap(asked: str) -> bool:
    """"hur mycket av det täcker åtgärdsplanen?": the gap is what the earlier part asked about."""
    return bool(re.search(rf"\b(?:av|of)\s+(?:{POINTER})\s+(?:\w+\s+)?(?:{COVERS})\b", asked, re.I))


def _gap(asked: str) -> tuple[re.Match[str] | None, str]:
    """The gap phrase of the asked clause and the phrase without what follows it of the covering or remaining
    ("underskott återstår av prognosen efter det" -> "underskott")."""
    found = GAP_PHRASE.search(asked)
    if found is None:
        return None, ""
    phrase = found.group(0)
    cut = re.search(rf"\s+(?:\b(?:{REMAINS}|{COVERS})\b|\b(?:efter|after)\b)", phrase, re.I)
    return found, (phrase[:cut.start()] if cut else phrase).strip()


def _measure(asked: str, gap: re.Match[str] | None) -> str:
    """The covering amount's phrase: after "efter"/"after" ("... återstår efter tilläggsanslaget"), between the
    covering verb and the gap ("täcker tilläggsanslaget ... det underskott"; "räcker åtgärdsplanen för att täcka
    underskottet"), or after the covering verb when the gap comes first ("hur mycket av det täcker åtgärdsplanen").
    """
    after = re.search(r"\b(?:efter|after)\s+(?P<m>[^?.!;,]+)", asked, re.I)
    if after:
        return after.group("m").strip()
    # "... kvar om tilläggsanslaget beviljas": the measure of the condition, without its passive verb
    condition = re.search(rf"\b(?:{REMAINS})\s+(?:om|if|när|once)\s+(?P<m>[^?.!;,]+)", asked, re.I)
    if condition:
        return re.sub(r"\s+[^\W\d_]{4,}s$", "", condition.group("m").strip())
    opener = re.match(rf"\s*(?:räcker|räckte|täcker|täckte|does|did|is|was|will)\s+(?P<m>.+)", asked, re.I)
    if opener and gap is not None and gap.start() > opener.start("m"):
        between = asked[opener.start("m"):gap.start()]
        between = re.sub(rf"(?:{_LINK})$", "", between, flags=re.I)
        between = re.sub(r"\s+(?:enough|tillräckligt)\b.*$", "", between, flags=re.I)
        return between.strip(" ,")
    # "hur mycket av det täcker åtgärdsplanen", "hur mycket av underskottet täcks av anslaget" (the agent after "av")
    verb = re.search(rf"\b(?:{COVERS})\s+(?:(?:av|by)\s+)?(?P<m>[^?.!;,]+)", asked, re.I)
    return verb.group("m").strip() if verb else ""


SCOPE_WORDS = {"sv": ("för", "i"), "en": ("for", "in")}


def _scope(text: str, gap: str, places: tuple[str, ...]) -> tuple[str, str]:
    """The committee and place the measure or the statement names and the gap does not: the deficit is the one of
    the committee that received the measure (the last named: "som ks gav socialnämnden"), in that place; "" for
    either not named."""
    bodies = ENTITY.findall(text)
    body = re.sub(r"s$", "", bodies[-1].lower()) if bodies and not ENTITY.search(gap) else ""
    place = next((p for p in places if re.search(rf"(?<!\w){re.escape(p)}s?(?!\w)", text, re.I)), None)
    return body, place if place and not re.search(rf"(?<!\w){re.escape(place)}", gap, re.I) else ""


# a relative clause telling which document states the gap ("det underskott som delårsrapporten prognostiserar"): the
# document is the gap's source, said as "enligt" says one
TOLD_BY = re.compile(r"\s+som\s+(?P<doc>(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)\s+(?P<verb>[^\W\d_]+)\s*$", re.I)
GAP_NOUN = re.compile(rf"^(?:(?:det|den|ett)\s+)?(?P<noun>(?:budget)?(?:underskott|avvikelse|minusresultat))"
                      r"(?:et|en|n)?\b", re.I)


def _owned_gap(gap: str, body: str) -> str | None:
    """The gap said as the committee's own, its noun in the genitive's bare form ("socialnämndens underskott"), and
    a relative clause naming the document that states it as that document's source ("... enligt delårsrapporten");
    None for a gap phrase of no Swedish gap noun. A deficit "för socialnämnden" reads as the deficit of anything
    done for it; the committee's genitive owns its figure as its tables' rows and the reports' sentences say."""
    from assistant.understand.query import doc_types_in

    noun = GAP_NOUN.match(gap)
    if noun is None:
        return None
    rest = gap[noun.end():].strip()
    told = TOLD_BY.fullmatch(f" {rest}") if rest else None
    if told is not None and doc_types_in(told.group("doc")):
        rest = f"enligt {told.group('doc')}"
    owner = f"{body}{'' if body.endswith(('s', 'x', 'z')) else 's'} " if body else ""
    return f"{owner}{noun.group('noun').lower()} {rest}".strip()


def _with_year(part: str, years: list[str]) -> str:
    """The part with the one year the question names, when it names none ("åtgärdsplanen" of 2025)."""
    if len(set(years)) != 1 or YEAR.search(part):
        return part
    return f"{part.rstrip('?.! ')} {years[0]}?"


def covered(question: str, places: tuple[str, ...] = (), language: str = "sv") -> list[str]:
    """The gap and the covering amount asked as one question each: [gap, measure] ([measure, gap] when the measure
    is asked of the statement before the question); [measure] when the gap is what
    the earlier part asked about ("..., och hur mycket av det täcker åtgärdsplanen?"); [] for any other question
    or when either cannot be told apart."""
    if not asks_coverage(question):
        return []
    lang = "en" if language == "en" else "sv"
    preamble, asked = statement_before(question)
    found, gap = _gap(asked)
    measure = _measure(asked, found)
    pointed = re.fullmatch(rf"(?:{POINTER})", measure, re.I) is not None
    if pointed and not preamble.strip():
        return []
    if not pointed and (not re.search(r"[^\W\d_]{3,}", measure) or names_gap(measure)):
        return []  # no measure of its own ("sålt bolaget för att täcka underskottet": the deficit is its purpose)
    years = YEAR.findall(asked)
    measure_q = ASK_STATED[lang].format(preamble.strip()) if pointed else ASK_SIZE[lang].format(measure)
    measure_q = _with_year(measure_q, years)
    if found is None:
        return [measure_q] if _pointed_gap(asked) else []
    # "hur stort underskott har socialnämnden kvar ...": the gap's owner is the subject after its verb
    held = re.match(r"(?P<gap>\S+)\s+(?:har|hade|has|had)\s+(?P<owner>.+)$", gap, re.I)
    owner, gap = (held.group("owner"), held.group("gap")) if held else ("", gap)
    body, place = _scope(f"{preamble} {owner} {measure}", gap, places)
    of, within = SCOPE_WORDS[lang]
    owned = _owned_gap(gap, body) if lang == "sv" and body else None
    said = owned if owned is not None else f"{gap} {of} {body}".strip() if body else gap
    gap_q = _with_year(ASK_SIZE[lang].format(f"{said} {within} {place}".strip() if place else said), years)
    # a measure asked of the statement ("... fick ett tilläggsanslag. Hur stort var det?") goes first: its "det" is
    # the statement's, not the gap's
    return [measure_q, gap_q] if pointed else [gap_q, measure_q]


def names_gap(question: str) -> bool:
    """The question names a gap (a deficit) itself."""
    return bool(re.search(rf"\b(?:{GAP})\b", question, re.I))
