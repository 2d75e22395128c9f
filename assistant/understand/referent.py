"""What an earlier answer named, carried into the conversation: a follow-up may point at the answer rather than
at the question ("vilket år har kommunstyrelsen störst investeringar?" ... "hur mycket mer än året innan är det?";
"Vem är ordförande i nämnden?" ... "vad sa han om sparkravet?"; "vilken nämnd får mest 2021?" ... "hur mycket ökar
den till 2023?"). The earlier question names no year, person or row; its answer does. The earlier turn is restated
with the answer's value in place of what it asked ("år 2023 har kommunstyrelsen störst investeringar", "Samuel
Carlén är ordförande i nämnden", "Barn- och ungdomsnämnden får mest 2021"), so the follow-up resolves against it as
against any turn that named them.

    needs_answer(followup, earlier) -> bool
    answered(earlier, answer) -> the earlier turn restated, or None
"""
from __future__ import annotations

import re

from assistant.budget.plan import BY_YEAR, GOAL
from assistant.understand.followup import PERSONAL, RELATIVE_YEAR, refers_back
from assistant.understand.query import WHEN, WHO, YEAR
from core.types import Answer


def _asked_year(question: str) -> re.Match | None:
    """The phrase asking for a year or a time ("vilket år", "när", "which year"), None when none is asked or the
    question names a year of its own."""
    if YEAR.search(question):
        return None
    return BY_YEAR.search(question) or WHEN.search(question)


def _asked_instance(question: str) -> re.Match | None:
    """The phrase asking which one of a kind ("vilken nämnd", "which committee"), None when none is asked or it asks
    for a year, a time or a person (words.asks_instance_by_noun)."""
    from assistant.understand.words import asked_noun, asks_instance_by_noun

    if not asks_instance_by_noun(question):
        return None
    noun = asked_noun(question)
    return re.search(rf"\b(?:vilken|vilket|vilka|which|what)\s+{re.escape(noun)}\b", question, re.I) if noun else None


def needs_answer(question: str, earlier: str) -> bool:
    """The follow-up points at what the answer to `earlier` named: a year said relative to it ("året innan",
    "det året") when `earlier` asked which year, a personal pronoun ("han", "she") when it asked who, a pronoun
    ("den", "det", "its") when it asked which one of a kind."""
    if _asked_year(earlier) and not YEAR.search(question) and any(p.search(question) for p, _ in RELATIVE_YEAR):
        return True
    pronoun = PERSONAL.search(question)
    if WHO.search(earlier) and pronoun and not _names_person(question[:pronoun.start()]):
        return True
    return _asked_instance(earlier) is not None and _asked_instance(question) is None and _points_back(question)


def _points_back(question: str) -> bool:
    """A pronoun pointing at an earlier turn: any that followup.refers_back knows, or "den"/"det"/"dom" as the
    object or subject right after a verb ("hur mycket ökar den till 2023?", "får det"), not as an article."""
    from assistant.understand.words import is_verb, words

    found = words(question)
    return refers_back(question) or any(
        b in ("den", "det", "de", "dom") and is_verb(a) for a, b in zip(found, found[1:]))


def _names_person(text: str) -> bool:
    """The text names a person or a role itself ("och vice ordf? vilket parti är hen från?"): the pronoun after it
    points at that, the nearer antecedent, not at the earlier answer's person."""
    from assistant.evidence.claims import roles
    from assistant.evidence.sentences import NAME
    from assistant.understand.abbreviations import expand

    text = expand(text)
    known = set(roles()["roles"])
    return bool(NAME.search(text)) or any(w in known for w in re.findall(r"[^\W\d_]+", text.lower()))


def answered(earlier: str, answer: Answer) -> str | None:
    """`earlier` with its asked phrase replaced by the value its answer named: a year ("år 2023", "in 2023") for
    "vilket år"/"när", a person's name for "vem"/"who"; None when the answer was refused or names no such value."""
    if answer.refused or not answer.citations or answer.verdict is not None:
        return None
    asked = _asked_year(earlier)
    if asked is not None:
        year = _answered_year(earlier, answer)
        if year is None:
            return None
        value = f"in {year}" if answer.language == "en" else f"år {year}"
        return f"{earlier[:asked.start()]}{value}{earlier[asked.end():]}"
    asked = WHO.search(earlier)
    if asked is not None:
        name = _answered_person(answer)
        if name is None:
            return None
        return f"{earlier[:asked.start()]}{name}{earlier[asked.end():]}"
    asked = _asked_instance(earlier)
    if asked is not None:
        row = _answered_row(answer)
        if row is None:
            return None
        return f"{earlier[:asked.start()]}{row}{earlier[asked.end():]}"
    return None


def _answered_row(answer: Answer) -> str | None:
    """The row the calculator named as the largest or smallest ("Störst 2021 är Barn- och ungdomsnämnden"): the
    input whose value is the result. None for any other answer (a quoted passage names no one row)."""
    calculation = answer.calculation
    if answer.composer != "calculator" or calculation is None or calculation.operation not in ("max", "min"):
        return None
    return next((i.label for i in calculation.inputs if i.value == calculation.result), None)


def _answered_year(earlier: str, answer: Answer) -> int | None:
    """The first year the answer states that the question did not: the calculator writes its own sentence
    ("... är störst 2023: ..."); a quoted answer states it in the passage it quotes (the answer's own frame
    names the document's title and date, which are not the answer)."""
    texts = [answer.answer] if answer.composer == "calculator" else [c.quote for c in answer.citations]
    said = set(YEAR.findall(earlier))
    for text in texts:
        for year in YEAR.findall(text):
            if year not in said:
                return int(year)
    return None


def _answered_person(answer: Answer) -> str | None:
    """The first person the quoted passages name as a person: with a party ("Karin Ek (S)"), said to speak
    ("säger Karin Ek") or beside a role ("socialchef Karin Ek", "Karin Ek, ordförande"; roles_sv.json)."""
    from assistant.compose.answer import is_person
    from assistant.evidence.claims import roles
    from assistant.evidence.sentences import NAME

    titles = {r.lower() for r in roles()["roles"]} | {r.lower() for r in roles().get("job_titles", ())}

    def beside_role(text: str, m: re.Match) -> bool:
        before = re.findall(r"[\wåäöÅÄÖ-]+", text[max(0, m.start() - 40):m.start()])
        after = re.findall(r"[\wåäöÅÄÖ-]+", text[m.end():m.end() + 40])
        return bool((before[-1:] and before[-1].lower() in titles) or (after[:1] and after[0].lower() in titles))

    for text in [c.quote for c in answer.citations] + [answer.answer]:
        for m in NAME.finditer(text):
            if is_person(text, m) or beside_role(text, m):
                return re.sub(r"\s*\([^)]*\)$", "", m.group())
    return None


# "mer än så", "än det", "more than that": the other side of a comparison is what the earlier answer stated
AMOUNT_POINTED = re.compile(r"\b(?:än|than)\s+(så|det|detta|that|this)(?!\s+(?:som|which|that)\b)\b", re.I)


def with_answered_amount(question: str, answer: Answer) -> str | None:
    """The question with the pronoun its comparison is held against replaced by the amount the earlier answer
    stated ("fick nämnderna mer än så 2021?" after an answer of 50 %: "fick nämnderna mer än 50 % 2021?"); None when
    it holds nothing against a pronoun or the answer states no amount or percentage."""
    from assistant.evidence.claims import figures_in

    found = AMOUNT_POINTED.search(question)
    if found is None or answer.refused or not answer.citations or answer.verdict is not None:
        return None
    stated = [f for f in figures_in(answer.answer) if f.kind in ("money", "percent")]
    if not stated:
        return None
    return f"{question[:found.start(1)]}{stated[0].written}{question[found.end(1):]}"


# "klarar budgeten 2025 det?", "does the budget meet it?": a goal the earlier answer stated, tested
GOAL_TESTED = re.compile(r"\b(?:klarar|klarade|klara|når|nådde|nå|uppfyller|uppfyllde|uppfylla|meets?|met|"
                         r"reach(?:es|ed)?|achieves?|achieved)\b(?:\s+[\w-]+){0,3}?\s+(det|detta|it|that)\b", re.I)
ASKS_GOAL = re.compile(r"\b(?:mål\w*|goals?|targets?)\b", re.I)


def with_answered_goal(question: str, earlier: str, answer: Answer) -> str | None:
    """A later part testing the goal an earlier part asked for ("Vad är kommunens finansiella mål för resultatet,
    och klarar budgeten 2025 det?") with "det" replaced by the goal as the earlier answer quoted it, the fullest
    such quote ("klarar budgeten 2025 målet att årets resultat ska vara minst 1,0 procent av skatteintäkter och
    generella statsbidrag?"): what the calculator tests a share against. None when it tests no goal or the answer
    quotes none."""
    found = GOAL_TESTED.search(question)
    if found is None or not ASKS_GOAL.search(earlier) or answer.refused or answer.verdict is not None:
        return None
    goals = [" ".join(c.quote.split()).rstrip(" .") for c in answer.citations if GOAL.search(" ".join(c.quote.split()))]
    if not goals:
        return None
    goal = _goal_clause(max(goals, key=lambda q: len(q) - GOAL.search(q).end()))  # the fullest base
    said = "" if ASKS_GOAL.search(goal) else "the goal that " if found.group(1).lower() in ("it", "that") \
        else "målet att "
    return f"{question[:found.start(1)]}{said}{goal[0].lower()}{goal[1:]}{question[found.end(1):]}"


def _goal_clause(quote: str) -> str:
    """The clause of the quote that states the goal: after the last "att"/"that" before it ("Prognosen innebär att
    det finansiella målet om ett resultat på minst 1,0 procent ..." -> "det finansiella målet om ...")."""
    at = GOAL.search(quote).start()
    leads = list(re.finditer(r"\b(?:att|that)\s+", quote[:at], re.I))
    return quote[leads[-1].end():] if leads else quote
