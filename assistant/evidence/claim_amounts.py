"""A claim's amount against the amount the documents state about the claim's subject.

"Socialförvaltningen gick 16 miljoner back 2019" is checked against the retrieved sentence that is most about
the claim's subject (its concepts, its years) and states an amount of the same kind, wherever that sentence
ranks: a sentence that merely contains the claimed figure about something else ("4,7 miljoner på avdelning
vuxna") does not support the claim when another sentence speaks of the claim's subject with another figure.

Amounts are compared in kronor (money), percent or as counts, at the precision the claim wrote them with
(claim_figures.agrees); one the claim hedges ("nästan 4000", "cirka 5 miljoner", sentence_types.json
"approximators") within a tenth.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.evidence.claim_figures import (
    Figure, agrees, bound_before, claim_figures, figures_in, half_unit, hedged_before,
)
from assistant.evidence.claims import (
    YEAR_OTHER, ClaimCheck, _misattributed, _years_agree, bodies_in, check_subject, governing_bodies, roles,
    time_stems,
)
from assistant.evidence.amount_stretch import recipient_at
from assistant.evidence.claim_change import changed_to
from assistant.evidence.claim_whole import Whole, whole_of_part
from assistant.understand.query import YEAR, stems, word_stem
from core.years import years_in
from assistant.understand.subset import says_qualifier, subset_groups
from assistant.retrieval.retrieve import Sentence
from assistant.evidence.sentences import relative_years
from assistant.understand.words import municipality_names, sentence_types

SUBJECT_MARGIN = 0.15  # a sentence with the claimed figure may be this much less about the subject than the best
SUBJECT_FLOOR = 0.3  # least share of the claim's concepts a sentence needs to confirm or contradict its figure
YEAR_FIT = 0.2  # the sentence names the claim's year (or "förra året" in a document of the year after)
OTHER_YEARS_FIGURE = "siffran gäller ett annat år"
NO_RECIPIENT = "ingen siffra om det beloppet går till"
LATER_DOCUMENT = 2  # a document dated this many years after the claim's years speaks of another time
MONTH = re.compile(r"\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                   r"january|february|march|may|june|july|august|october)\b", re.I)


@dataclass(frozen=True, slots=True)
class ClaimedAmount:
    figure: Figure
    approximate: bool
    counted: str = ""  # the words after a count: what is counted ("4000 anställda", "två nya skolpsykologer")
    measure: str = ""  # the noun the amount is of: "vinst" in "en vinst på 80 miljoner"
    bound: int = 0  # +1 "över 1700 anställda", -1 "under 100 miljoner": a limit, not a figure (bound_before)
    recipient: str = ""  # what the amount goes to: "skolan" in "går 43 kr till skolan" (amount_stretch.recipient_at)


# "en vinst på 80 miljoner", "ett sparkrav om drygt 14 miljoner", "a surplus of 5 million": the noun before the
# preposition that joins it to the amount (a hedge may stand between; the year dating the noun too: "ett resultat
# 2021 på över 105 miljoner")
MEASURED = re.compile(r"(?<![\w-])([^\W\d_]{4,})\s+(?:(?:19|20)\d\d\s+)?(?:på|om|för|of|for)\s+(?:[^\W\d_]+\s+)?$",
                      re.IGNORECASE)


def _same_word(claimed: str, stated: str) -> bool:
    return bool(set(stems(claimed)) & set(stems(stated)))


@dataclass(frozen=True, slots=True)
class Subject:
    """How a sentence relates to the claim's subject: `about` scores the share of the claim's concepts it names;
    `same_thing` tells whether a word of the sentence names the same thing as a word of the claim (synonyms,
    compounds: "anställda" and "medarbetare")."""
    about: Callable[[Sentence, frozenset[str]], float]  # (sentence, claim stems to leave out) -> share
    same_thing: Callable[[str, str], bool] = _same_word
    # whether a sentence names the claim's most specific concept that the evidence names ("köksorganisationen");
    # None: no such concept. Another figure contradicts only where it is said of that concept.
    specific: Callable[[Sentence], bool] | None = None
    # whether a sentence says the claim's qualifiers ("bland chefer", "VA-taxan": understand/subset.py); a figure
    # said without them is about the broader thing and neither confirms nor contradicts the claim's
    qualified: Callable[[Sentence], bool] = lambda s: True
    # whether a word is in a large share of all passages ("kommunen": sentences.TermStats.background): it names
    # nothing a sentence must repeat ("20 miljoner om året till kommunen")
    background: Callable[[str], bool] = lambda word: False
    # whether the documents use a word (sentences.TermStats.known): a measure they never use ("stuff" in an English
    # claim) names no kind of amount of theirs
    known: Callable[[str], bool] = lambda word: True
    # `about` crediting only the claim's own words, no paraphrase of them ("individ- och familjeomsorgen", a part of
    # what the claimed "socialnämnd" does, names it only in other words); None: as `about`
    literal: Callable[[Sentence, frozenset[str]], float] | None = None


# "-tal" after a number makes a round count ("ett 30-tal anställda": about 30); what is counted follows it
ROUND_COUNT = "-tal"
# what a count counts: a word of three letters or more, or a two-letter word of its own ("70 år": an age, no count of
# "brukare"; not the "ja" of "15 ja-röster")
COUNTED = re.compile(r"(?:-tal)?\+?\s*([^\W\d_]{3,}|[^\W\d_]{2}(?![\w-]))(?:\s+([^\W\d_]{3,}))?")


def _counted(text: str, figure: Figure, start: int = 0) -> str:
    """The two words after a count (what is counted, perhaps after an adjective: "en extra skolpsykolog"); a
    preposition or other stop word counts nothing ("17 mot 4": what is counted is not said)."""
    from assistant.understand.query import stop_words

    at = figure.at if figure.at >= 0 else text.find(figure.written, start)
    m = COUNTED.match(text, at + len(figure.written)) if at >= 0 else None
    return " ".join(w for w in m.groups() if w and w.lower() not in stop_words()) if m else ""


def claimed_amounts(claim: str) -> list[ClaimedAmount]:
    """The claim's figures, each marked approximate when a hedge word stands right before it, and a bound when a
    comparison word does ("över 1700")."""
    out = []
    for figure in claim_figures(claim):
        at = figure.at if figure.at >= 0 else claim.find(figure.written)
        counted = _counted(claim, figure) if figure.kind == "count" else ""
        hedged = hedged_before(claim, at) or (
            figure.kind == "percent" and not any(ch.isdigit() for ch in figure.written)) or \
            claim.startswith(ROUND_COUNT, at + len(figure.written))
        measure = _measure(claim[:at]) or _measure_after(claim, at + len(figure.written))
        out.append(ClaimedAmount(figure, hedged, counted, measure,  # "en tredjedel" is rounded too
                                 bound_before(claim, at) if at >= 0 else 0,
                                 recipient_at(claim, at) if figure.kind == "money" else ""))
    return out


def _measure(before: str) -> str:
    """The noun an amount is of, from the text before it ("... gjorde en vinst på" -> "vinst"); "" when a verb
    or no noun joins it ("får 5 mnkr", "landar 4,7 miljoner på")."""
    from assistant.understand.query import stop_words

    m = MEASURED.search(before)
    word = m.group(1).lower() if m else ""
    return "" if not word or word in stop_words() or word in predicate_words(word) else word


# "22,1 miljoner i överskott", "5 million in surplus": the noun "i" joins to the amount after it
MEASURED_AFTER = re.compile(r"\s+(?:i|in)\s+([a-zåäö]{4,})(?![\w-])")


def _measure_after(text: str, end: int) -> str:
    """The noun an amount is of when it follows it ("gick med 22,1 miljoner i överskott" -> "överskott"); not a
    place ("i Tierp": capitalised), a time ("i år") or a kind of document ("i budgeten": where the amount is told)."""
    from assistant.understand.query import stop_words

    m = MEASURED_AFTER.match(text, end) if end >= 0 else None
    word = m.group(1) if m else ""
    return "" if not word or word in stop_words() or _names_document(word) else word


def _names_document(word: str) -> bool:
    """A word for a kind of document (budget, delårsrapport, protokoll: data/doc_type_words.json) in any form."""
    from assistant.understand.query import doc_words

    return any(word.startswith(w) for kind in doc_words()["doc_types"].values() for w in kind)


def without_hedges(text: str) -> str:
    """The text without the hedge words before its figures ("drygt 4 miljoner" -> "4 miljoner")."""
    words = "|".join(re.escape(w) for w in sentence_types()["approximators"])
    return re.sub(rf"(?<!\w)(?:{words})\.?\s+(?=[-\u2212]?\d)", "", text, flags=re.I)


def same_amount(claimed: ClaimedAmount, stated: Figure, text: str = "") -> bool:
    """The stated figure is the claimed one (a claimed bound: lies beyond it); a figure the text states as a
    limit itself ("över 1 700", in `text`) is compared as a figure."""
    a, b = claimed.figure, stated
    if a.kind != b.kind and "count" not in (a.kind, b.kind):
        return False
    bound = claimed.bound if not (text and b.at > 0 and bound_before(text, b.at)) else 0
    return agrees(a.value, b.value, half_unit(a), claimed.approximate, bound)


def _comparable(claimed: ClaimedAmount, stated: Figure, text: str, subject: Subject) -> bool:
    """A stated figure of the claimed one's kind; for a count, one that counts the same thing ("200 arbeten" for
    "200 jobb", not the "80" of "personer 80+")."""
    if stated.kind != claimed.figure.kind:
        return False
    if stated.kind == "money" and scales_apart(claimed.figure.value, stated.value):
        return False  # "22,51 kronor" (a rate) and "598 300 tkr" (a sum) measure different things
    return not claimed.counted or _same_counted(claimed.counted.split(), _counted(text, stated).split(), subject)


def _same_counted(claimed: list[str], stated: list[str], subject: Subject) -> bool:
    """Both counts count the same thing: a word of one names a word of the other, unless that word only
    qualifies a different noun after it in both ("25 nya undersköterskor" and "tolv nya platser": "nya" is said of
    two things); a verb after it ("20 tjänster försvinner") qualifies nothing."""
    for i, a in enumerate(claimed):
        for j, b in enumerate(stated):
            if (subject.same_thing(a, b) or _head_counts(a, b)) and not (_qualifies(claimed, i) and _qualifies(stated, j) and not any(
                    subject.same_thing(x, y) for x in claimed[i + 1:] for y in stated[j + 1:])):
                return True
    return False


def _head_counts(claimed: str, stated: str) -> bool:
    """A compound counts what its head names: "200 sommarjobb" are jobs, counted as "200 arbeten" by the head's
    synonym (synonyms_sv.json). A head query.split_compound does not know splits nothing."""
    from assistant.understand.query import split_compound, synonym_index

    parts = split_compound(word_stem(claimed))
    if not parts:
        return False
    head = parts[-1]
    said = set(stems(stated, drop_stopwords=False))
    return head in said or bool(said & {t for w in synonym_index().get(head, ()) for t in stems(w)})


def _qualifies(words: list[str], i: int) -> bool:
    """The word stands before another word of the counted phrase that is not a verb: it qualifies that noun."""
    from assistant.evidence.claims import is_finite_verb

    return i + 1 < len(words) and not is_finite_verb(words[i + 1].lower())


OTHER_FIGURE = "annan siffra om samma sak"  # the reason of a claimed figure contradicted by the sentence's own
UNIT_STEP = 1000  # kr, tkr, mnkr, mdkr: a figure misremembered in the neighbouring unit is off by this much


def scales_apart(a: Decimal, b: Decimal) -> bool:
    """Two sums of money further apart than one unit step: not the same quantity written wrong, another one."""
    a, b = abs(a), abs(b)
    if not a or not b:
        return False
    return max(a, b) / min(a, b) > UNIT_STEP


def _thing(claimed: ClaimedAmount, text: str, stated: Figure, subject: Subject) -> str:
    """The words after a stated count up to the one naming what the claim counts ("extra skolpsykolog")."""
    words = _counted(text, stated).split()
    named = [i for i, word in enumerate(words) if any(subject.same_thing(a, word) for a in claimed.counted.split())]
    if named:  # up to the noun: "tolv nya platser", not the adjective both share
        return " ".join(words[:named[-1] + 1])
    return words[0] if words else ""


def _doc_year(s: Sentence) -> int | None:
    return int(s.chunk.date[:4]) if s.chunk.date and s.chunk.date[:4].isdigit() else None


def _years_said(text: str, doc_year: int | None) -> set[int]:
    return {int(y) for y in YEAR.findall(text)} | relative_years(text, doc_year)


def time_fit(claim: str, years: set[int], s: Sentence) -> float:
    """Bonus when the sentence speaks of the claim's years (half when only its document is dated in one of them,
    half for the claim's month), penalty when it speaks of other years only or comes from a document written
    well after them."""
    months = {m.lower() for m in MONTH.findall(claim)}
    bonus = YEAR_FIT / 2 if months and months & {m.lower() for m in MONTH.findall(s.text)} else 0.0
    if not years:
        return bonus
    doc_year = _doc_year(s)
    said = _years_said(s.text, doc_year)
    if said & years:
        return bonus + YEAR_FIT
    if said or (doc_year and doc_year - max(years) >= LATER_DOCUMENT):
        return bonus - YEAR_FIT
    return bonus + (YEAR_FIT / 2 if doc_year in years else 0.0)


def _stated_figure(claimed: ClaimedAmount, s: Sentence, years: set[int], subject: Subject,
                   claim: str = "") -> Figure:
    """The sentence's figure that the claim is about: of the claim's kind, and when it holds several, the one
    whose stretch of text (up to the next figure) names the claim's year, else the one whose leading words (since
    the figure before) alone name words of the claim ("VA-taxan höjs med 6 procent och avfallstaxan med 5
    procent": 5 procent for "avfallstaxan höjs med 8 procent")."""
    figures = [f for f in figures_in(s.text) if _comparable(claimed, f, s.text, subject)]
    figures = [f for f in figures if not of_other_measure(claimed, s.text, f, subject)] or figures
    if len(figures) > 1 and years:
        spans = [f.at if f.at >= 0 else s.text.find(f.written) for f in figures] + [len(s.text)]
        for i, f in enumerate(figures):
            if _years_said(s.text[spans[i]:spans[i + 1]], _doc_year(s)) & years:
                return f
    if len(figures) > 1 and claim:
        return _led_by_claim(claim, s.text, figures) or figures[0]
    return figures[0]


def _led_by_claim(claim: str, text: str, figures: list[Figure]) -> Figure | None:
    """The one figure whose leading words (from the figure before it) name words of the claim that no other
    figure's leading words name; None when none or several do."""
    from assistant.evidence.claim_figures import strip_figures

    own = set(stems(strip_figures(claim))) - set(stems(" ".join(predicate_words(claim)), drop_stopwords=False))
    starts = [f.at if f.at >= 0 else text.find(f.written) for f in figures]
    ends = [0] + [a + len(f.written) for a, f in zip(starts, figures)][:-1]
    leads = [set(stems(text[b:a])) & own for b, a in zip(ends, starts)]
    alone = [lead - set().union(*(o for j, o in enumerate(leads) if j != i)) for i, lead in enumerate(leads)]
    named = [f for f, words in zip(figures, alone) if words]
    return named[0] if len(named) == 1 else None


def _stretch(text: str, figure: Figure) -> str:
    """The figure's stretch of the sentence (as _stated_figure reads it): the whole sentence when it states one
    amount, else from the figure up to the next amount."""
    starts = sorted({f.at for f in figures_in(text) if f.at >= 0 and f.kind != "count"} | {figure.at})
    if len(starts) == 1 or figure.at < 0:
        return text
    later = [a for a in starts if a > figure.at]
    return text[figure.at:later[0] if later else len(text)]


def check_amounts(claim: str, sentences: Sequence[Sentence], subject: Subject, *,
                  context_years: set[int] = frozenset()) -> ClaimCheck | None:
    """Verdict on the claim's amounts; None when it states none or no sentence states one of their kind. Each
    figure is judged on its own stretch of the claim; one contradicted figure contradicts the claim."""
    claimed = claimed_amounts(claim)
    if not claimed:
        return None
    years = {int(y) for y in YEAR.findall(claim)} - set(context_years)
    judged = [(c, _check_one(claim, c, others, sentences, subject, years, context_years))
              for c, others in zip(claimed, _other_stretches(claim, claimed))]
    verdicts = [v for _, v in judged if v is not None]
    contradicted = next((v for v in verdicts if v.verdict == "contradicted"), None)
    if contradicted is not None:
        return contradicted
    unstated = [c for c, v in judged if v is None and not _number_written(c.figure, sentences)]
    if verdicts and unstated and verdicts[0].verdict == "supported":
        # "paketet på 5,4 mille innebär att 20 tjänster försvinner": one figure stated, the other stated nowhere;
        # the claim as a whole is not confirmed
        return ClaimCheck("not_found", verdicts[0].evidence, reason=f"{unstated[0].figure.written} står inte")
    if len(verdicts) > 1 and all(v.verdict == "supported" for v in verdicts):
        # "höjer skatten med 30 öre till 23,19 kr": each figure confirmed by its own sentence; all of them are cited
        return replace(verdicts[0], evidence=tuple(dict.fromkeys(s for v in verdicts for s in v.evidence)))
    return verdicts[0] if verdicts else None


def _number_written(figure: Figure, sentences: Sequence[Sentence]) -> bool:
    """Some sentence writes the figure's number, whatever its unit ("-6,6" in "-6,6 miljoner kronor")."""
    digits = re.sub(r"[^\d,.]", "", figure.written).strip(",.")
    if not digits:
        return True  # a figure in words: only claim_figures' own comparison judges it
    pattern = re.compile(rf"(?<![\d,.]){re.escape(digits)}(?![\d]|[,.]\d)")
    return any(pattern.search(s.text) for s in sentences)


# where one clause of a claim ends and the next begins: a comma, a dash, a conjunction ("... och att låneskulden")
CLAUSE_BOUNDARY = re.compile(r",\s|;\s|\s–\s|\s(?:och|samt|men|medan|and|but)\s", re.I)


def _other_stretches(claim: str, claimed: list[ClaimedAmount]) -> list[frozenset[str]]:
    """For each figure, the word stems that only the other figures' stretches hold ("5,4 miljoner och 4,7
    miljoner till avdelning unga": "avdelning unga" is not what 5,4 is about). A stretch runs from the
    previous figure to the next; the text between two figures is split at its last clause boundary ("minst 4
    procent av skatteintäkter och generella statsbidrag | och att låneskulden inte ska gå över 4 miljarder"):
    what follows a figure in its clause qualifies it, the next clause leads to the next figure. Without a boundary
    the text between them is both figures'."""
    at = [c.figure.at if c.figure.at >= 0 else claim.find(c.figure.written) for c in claimed]
    ends_of = [a + len(c.figure.written) for a, c in zip(at, claimed)]
    splits = []
    for after, before in zip(ends_of, at[1:]):  # between each figure and the next
        boundaries = list(CLAUSE_BOUNDARY.finditer(claim, after, before))
        splits.append((boundaries[-1].start(),) * 2 if boundaries else (before, after))
    bounds = [0] + [b for _, b in splits]
    ends = [e for e, _ in splits] + [len(claim)]
    own = [set(stems(claim[b:e])) for b, e in zip(bounds, ends)]
    return [frozenset(set().union(*(o for j, o in enumerate(own) if j != i)) - own[i]) for i in range(len(own))]


def _check_one(claim: str, c: ClaimedAmount, others: frozenset[str], sentences: Sequence[Sentence],
               subject: Subject, years: set[int], context_years: set[int]) -> ClaimCheck | None:
    ranked = [(subject.about(s, others) + time_fit(claim, years, s), i, s) for i, s in enumerate(sentences)
              if any(_comparable(c, f, s.text, subject) for f in figures_in(s.text))]
    if not ranked:
        return None
    ranked.sort(key=lambda r: (-r[0], r[1]))
    best = ranked[0][0]
    stating = ranked  # every sentence, qualified or not, for where a contradicted figure comes from
    ranked = [r for r in ranked if subject.qualified(r[2])]
    if claims_outcome(claim, years):
        # "gick med 4,5 miljoner i överskott 2023" is judged by what the year came to, not by "Budgeten var ett
        # överskott på 4,5 miljoner kronor": a sentence stating only budgets or forecasts yields to one stating more
        ranked = [r for r in ranked if not _only_estimates(r[2])] or ranked
    if not ranked:
        return None
    best = ranked[0][0]
    matching = [r for r in ranked if _states_claimed(c, r[2].text, subject)]
    # "prognosen för 2024 pekar på -8,6 miljoner" does not confirm a budget for 2025 of 8,6 miljoner: a sentence
    # of the claim's year decides; failing one, the year the sentence states the figure for contradicts the claim's
    elsewhere_said = [r for r in matching if said_of_other_years(c, r[2], years)]
    # nor does "prognosen ... -8,6 miljoner" confirm what the claim calls the budget's 8,6 miljoner
    other_kind = [r for r in matching if r not in elsewhere_said and said_as_other_kind(claim, c, r[2])]
    matching = [r for r in matching if r not in elsewhere_said and r not in other_kind]
    other_year = next((_other_year(r[2], c, years) for r in elsewhere_said
                       if r[0] >= max(best - SUBJECT_MARGIN, SUBJECT_FLOOR)), None) or \
        next((ClaimCheck("contradicted", (r[2],), reason=OTHER_KIND) for r in other_kind
              if r[0] >= max(best - SUBJECT_MARGIN, SUBJECT_FLOOR)), None)
    if c.measure and any(subject.same_thing(c.measure, r[2].text) for r in ranked):
        # "ett omställningspaket på 4,7 miljoner" is not confirmed by "Av detta landar 4,7 miljoner på avdelning
        # vuxna" when a sentence about the package states its own figure (a sentence naming the opposite measure,
        # "underskott" for "överskott", is still read: _confirmed contradicts it)
        measures = (c.measure, *_opposites(c.measure))
        matching = [r for r in matching if any(subject.same_thing(m, r[2].text) for m in measures)]
    all_bodies = None  # the claimed figure said of all committees together: the claimed one's own figure decides
    if matching and matching[0][0] >= max(best - SUBJECT_MARGIN, SUBJECT_FLOOR):
        confirmed = _confirmed(claim, c, matching[0][2], sentences, context_years)
        if confirmed.reason != WHOLE_NOT_PART:
            return confirmed
        all_bodies = confirmed  # "Nämnderna prognostiserar sammantaget 26,3": omsorgsnämnden's own 18,4 contradicts
    if matching and matching[0][0] >= SUBJECT_FLOOR and subject.literal is not None and all_bodies is None:
        # the best-ranked sentence may rank higher only by naming the claim's subject in other words: a sentence
        # stating the claimed figure that names it in the claim's own words at least as well confirms it
        def literally(r: tuple[float, int, Sentence]) -> float:
            return subject.literal(r[2], others) + time_fit(claim, years, r[2])

        if literally(matching[0]) >= literally(ranked[0]):
            return _confirmed(claim, c, matching[0][2], sentences, context_years)
    # another figure contradicts only where the committee the claim names is named too (the sentence, the
    # passage before it or its document's title): "Socialförvaltningen ... -14,3 miljoner" says nothing of what
    # "socialnämnden" gets
    named = set(bodies_in(claim))
    ranked = [r for r in ranked if not named or named & governing_bodies(r[2], sentences)]
    if named:  # nor by "Nordanstigs kommun räknar med ett överskott på 11,3 miljoner" under a title naming it
        ranked = [r for r in ranked if not of_the_municipality(c, r[2], years, subject, claim)]
    if not named:  # "Munkedal gick med 18,5 miljoner i överskott" is not contradicted by a committee's surplus
        ranked = [r for r in ranked if not of_a_committee(claim, c, r[2], years, subject)]
    if years:  # nor a figure for 2025 by a sentence naming no year in a report on 2024
        ranked = [r for r in ranked if not of_other_years(r[2], years)]
    if c.measure:  # "en vinst på 80 miljoner" is not contradicted by an amount of a dividend
        ranked = [r for r in ranked if subject.same_thing(c.measure, r[2].text)]
    recipient = c.recipient if c.recipient and not subject.background(c.recipient) else ""
    if recipient:  # "43 kr går till skolan" is not contradicted by a tax rate said of no school
        ranked = [r for r in ranked if subject.same_thing(recipient, r[2].text)]
    if subject.specific is not None:  # "köksorganisationen ska spara 15 miljoner" is not contradicted by a deficit
        ranked = [r for r in ranked if subject.specific(r[2])]
    # "ett underskott på 14 miljoner" is not contradicted by "ett sparkrav på totalt 41 miljoner"
    ranked = [r for r in ranked if any(_comparable(c, f, r[2].text, subject) and not of_other_measure(
        c, r[2].text, f, subject) for f in figures_in(r[2].text))]
    if recipient and not (ranked and ranked[0][0] >= SUBJECT_FLOOR):
        # nor by another figure of the evidence (claims.check_figures): no sentence states what goes to it
        return ClaimCheck("not_found", (), reason=NO_RECIPIENT)
    ranked = _deed_first(claim, c, ranked, subject)
    if ranked and ranked[0][0] >= SUBJECT_FLOOR:
        s = ranked[0][2]
        if _states_claimed(c, s.text, subject) and not said_of_other_years(c, s, years) and \
                not said_as_other_kind(claim, c, s):
            # the best sentence about the claim's committee and measure states the claimed figure: a sentence
            # scoring higher about something else raised the bar, it does not make this one another figure
            return _confirmed(claim, c, s, sentences, context_years)
        stated = _stated_figure(c, s, years, subject, claim)
        if years and not _years_said(_stretch(s.text, stated), _doc_year(s)) & years and \
                _years_said(_stretch(s.text, stated), None):
            # "31,5 miljoner investerades under 2025" is another year's figure: it neither confirms nor
            # contradicts what the claim says of its year
            if _states_claimed(c, s.text, subject):  # the best sentence about the subject, of another year
                return _other_year(s, c, years)
            return other_year or ClaimCheck("not_found", (), reason=OTHER_YEARS_FIGURE)
        if _proposal_for_outcome(claim, years, s, stated):
            # "lämnade 12 mnkr i koncernbidrag 2023" against "föreslås ... koncernbidrag på 10 miljoner kronor
            # årligen": a proposal says nothing of what was paid that year
            return ClaimCheck("not_found", (s,), reason=ESTIMATE_FOR_OUTCOME)
        written = f"{stated.written} {_thing(c, s.text, stated, subject)}" if stated.kind == "count" else stated.written
        # the sentence stating the claimed figure of something else is cited beside it: where the claim's figure
        # comes from ("Av detta landar 4,7 miljoner på avdelning vuxna" beside the package's 5,4 miljoner)
        elsewhere = tuple(r[2] for r in _stating(c, stating, s, subject)[:1])
        return ClaimCheck("contradicted", (s, *elsewhere), " ".join(written.split()), OTHER_FIGURE)
    return other_year or all_bodies


def _deed_first(claim: str, c: ClaimedAmount, ranked: list[tuple[float, int, Sentence]],
                subject: Subject) -> list[tuple[float, int, Sentence]]:
    """The sentences about the claim's subject, the one stating its figure as the claim's deed first when it is about
    the subject nearly as much as the best ("måste spara 7,4 miljoner": "Socialnämnden ska minska kostnaderna med 4,7
    miljoner kronor" before "Nämndens ram ökar med 13,4 miljoner kronor, trots sparkravet": amount_deed)."""
    from assistant.evidence.amount_deed import claimed_deed, led_by_deed

    deed = claimed_deed(claim, c.figure.at if c.figure.at >= 0 else claim.find(c.figure.written))
    if not deed or len(ranked) < 2:
        return ranked
    near = [r for r in ranked if r[0] >= max(ranked[0][0] - SUBJECT_MARGIN, SUBJECT_FLOOR)]
    first = led_by_deed(deed, [(r, r[2].text) for r in near],
                        lambda text: [f for f in figures_in(text) if _comparable(c, f, text, subject)],
                        subject.same_thing)
    return ranked if first is None else [first, *(r for r in ranked if r is not first)]


def _spots(c: ClaimedAmount, s: Sentence) -> list[Figure]:
    """The figures of the sentence that state the claimed amount."""
    return [f for f in figures_in(s.text) if f.at >= 0 and same_amount(c, f, s.text)]


def _lead_of_kind(text: str, stated: Figure) -> str:
    """The text before the stated figure since the last figure of its kind (its lead: who or what it is of)."""
    before = [f.at + len(f.written) for f in figures_in(text) if 0 <= f.at < stated.at and f.kind == stated.kind]
    return text[max(before, default=0):stated.at]


def said_of_other_years(c: ClaimedAmount, s: Sentence, years: set[int]) -> bool:
    """The sentence states the claimed figure of other years than the claim's: every such figure's stretch names
    years, none of them the claim's ("prognosen för 2024 pekar på ett resultat på -8,6 miljoner", "(8,6 miljoner
    kronor 2023)"), or the sentence names no year and its document's title only others (of_other_years)."""
    spots = _spots(c, s)
    if not years or not spots:
        return False
    if of_other_years(s, years):
        return True
    said = [_years_said(_stretch(s.text, f), _doc_year(s)) for f in spots]
    return all(y and not y & years for y in said)


OTHER_KIND = "siffran är en annan sorts siffra"  # a forecast's figure for a claimed budget's, or the reverse
FIGURE_KINDS = {"Budget": "Budget", "Plan": "Budget", "Prognos": "Prognos", "Utfall": "Utfall"}


def _kinds_named(text: str) -> set[str]:
    """The kinds of figure the text's words name (columns: "budgeten", "prognosen", "utfallet"), a plan as a
    budget."""
    from assistant.budget.columns import family, kind_of_word

    return {FIGURE_KINDS[k] for w in re.findall(r"[^\W\d_]+", text) if (k := family(kind_of_word(w) or "")) in FIGURE_KINDS}


def said_as_other_kind(claim: str, c: ClaimedAmount, s: Sentence) -> bool:
    """The claim names one kind of figure ("budget för 2025 visar ...") and the sentence states the claimed figure as
    another in its lead (since the amount before: "pekar prognosen för 2024 på ett resultat på -8,6 miljoner")."""
    claimed = _kinds_named(claim)
    if len(claimed) != 1:
        return False
    spots = _spots(c, s)
    leads = []
    for f in spots:
        before = [g.at + len(g.written) for g in figures_in(s.text) if 0 <= g.at < f.at and g.kind != "count"]
        leads.append(_kinds_named(s.text[max(before, default=0):f.at]))
    return bool(spots) and all(kinds and not kinds & claimed for kinds in leads)


def _other_year(s: Sentence, c: ClaimedAmount, years: set[int]) -> ClaimCheck:
    """The claimed figure is said of another year: that year contradicts the claim's (as claims._years_agree)."""
    from assistant.compose.answer import title_period

    spots = _spots(c, s)
    said = set().union(*(_years_said(_stretch(s.text, f), _doc_year(s)) for f in spots)) - years or \
        (title_period(s.chunk.title or "") or set(years_in(s.chunk.title or ""))) - years
    return ClaimCheck("contradicted", (s,), str(min(said)) if said else "", YEAR_OTHER)


def of_other_years(s: Sentence, years: set[int]) -> bool:
    """The sentence names no year of its own and its document's title names years, none of them the claim's: a
    report on another year ("Helårsprognosen pekar på ett resultat om 3,8 miljoner kronor" in "Delårsrapport
    januari–augusti 2024" for a claim on 2025). A sentence naming its years is judged by the figure's own stretch
    (OTHER_YEARS_FIGURE); one of a title naming no year may be of any."""
    from assistant.compose.answer import title_period

    titled = title_period(s.chunk.title or "") or set(years_in(s.chunk.title or ""))
    return not _years_said(s.text, None) and bool(titled) and not titled & years


def of_a_committee(claim: str, c: ClaimedAmount, s: Sentence, years: set[int], subject: Subject) -> bool:
    """The sentence's figure for the claim is a committee's own: its lead (since the figure before) names a committee
    or board ("medan barn- och utbildningsnämnden redovisar ett överskott på 1,9 miljoner kronor"). A claim naming
    none is about the municipality as a whole; the assembly deciding ("Kommunfullmäktige fastställde ...") or an
    administration is no owner of the figure."""
    from assistant.understand.bodies import body_kind

    stated = _stated_figure(c, s, years, subject, claim)
    if stated.at < 0:
        return False
    # since the figure of its kind before ("ett överskott" counts nothing)
    lead = _lead_of_kind(s.text, stated)
    committees = [written for written in bodies_in(lead).values() if body_kind(written.split()[-1]) == "committee"]
    # "Nämnden redovisar ett överskott på 0,4 miljoner" names its committee by the body noun alone; "Norsjö Energi
    # AB redovisade ett resultat på 1,4 miljoner" is a company's (the word before its legal form names it)
    words = re.findall(r"[^\W\d_]+", lead)
    committees += [w for w in words if body_kind(w) == "committee"]
    committees += [words[i - 1] for i, w in enumerate(words) if i and w in roles()["company_forms"]]
    # a committee the claim names by its field ("äldreomsorgen" for "Vård- och omsorgsnämnden") is the claim's own
    said = re.findall(r"[^\W\d_]{5,}", claim.lower())
    return any(not any(subject.same_thing(w, written) for w in said) for written in committees)


MUNICIPALITY_WORDS = ("kommun", "kommunen", "kommunens", "municipality")  # the municipality as the owner


def of_the_municipality(c: ClaimedAmount, s: Sentence, years: set[int], subject: Subject, claim: str) -> bool:
    """The sentence's figure for the claim is the municipality's own: its lead (since the figure before) names the
    municipality ("Nordanstigs kommun räknar med ...", "Kommunen redovisar ...") and no committee, which a claim
    about a committee's figure is not about."""
    stated = _stated_figure(c, s, years, subject, claim)
    if stated.at < 0:
        return False
    lead = _lead_of_kind(s.text, stated)
    if bodies_in(lead):
        return False
    words = re.findall(r"[^\W\d_]+", lead.lower())
    return any(w in MUNICIPALITY_WORDS or w in municipality_names() or (w.endswith("s") and w[:-1] in
                                                                       municipality_names()) for w in words)


def of_other_measure(c: ClaimedAmount, text: str, stated: Figure, subject: Subject) -> bool:
    """The text states the figure as a measure of its own ("ett sparkrav på totalt 41 miljoner": `_measure`) where
    its lead (since the figure before) names neither the claim's measure ("underskott"), a word for the same thing,
    nor its opposite: a figure of another kind, which does not contradict the claimed one."""
    if not c.measure or stated.at <= 0 or not subject.known(c.measure):
        return False
    own = _measure(text[:stated.at])
    if not own:
        return False
    before = [f.at + len(f.written) for f in figures_in(text) if 0 <= f.at < stated.at]
    lead = text[max(before, default=0):stated.at]
    return not any(subject.same_thing(m, lead) for m in (c.measure, *_opposites(c.measure)))


def names_measures(claim: str, text: str, subject: Subject) -> bool:
    """The text names the measure of each claimed amount that has one ("en budget på 16 miljoner": budget), or its
    opposite: a figure of a text naming only another kind of amount ("underskott") says nothing of it."""
    return all(any(subject.same_thing(m, text) for m in (c.measure, *_opposites(c.measure)))
               for c in claimed_amounts(claim) if c.measure and subject.known(c.measure))


def worded_in_digits(claim: str, text: str, language: str = "sv") -> str:
    """The amounts of money the text writes in words ("en halv miljard kronor") and the claim states, said in
    digits ("500 miljoner kronor"): the figure that confirms the claim, as a figure; "" when there is none."""
    from assistant.budget.phrasing import human_amount
    from assistant.budget.units import Unit

    worded = [f for f in figures_in(text) if f.kind == "money" and not any(ch.isdigit() for ch in f.written)]
    said = [f for f in worded if any(same_amount(c, f, text) for c in claimed_amounts(claim))]
    return ", ".join(dict.fromkeys(human_amount(f.value, Unit.KR, language) for f in said))


def with_digits(figure: str, language: str = "sv") -> str:
    """A sum of money written in words said in digits too ("en halv miljard kronor" -> "en halv miljard kronor (500
    miljoner kronor)"), as worded_in_digits says a confirmed one: the figure a contradiction gives is read as one."""
    from assistant.budget.phrasing import human_amount
    from assistant.budget.units import Unit

    found = figures_in(figure)
    if len(found) != 1 or found[0].kind != "money" or any(ch.isdigit() for ch in found[0].written):
        return figure
    return f"{figure} ({human_amount(found[0].value, Unit.KR, language)})"


def _stating(c: ClaimedAmount, ranked: list[tuple[float, int, Sentence]], s: Sentence,
             subject: Subject) -> list[tuple[float, int, Sentence]]:
    """The sentences stating the claimed figure, besides `s` that contradicts it, in its document or about the
    claim's subject: what the figure the claim took is of (a bound is no figure taken from anywhere)."""
    if c.bound:
        return []
    return [r for r in ranked if r[2] is not s and (r[2].chunk.doc_path == s.chunk.doc_path or r[0] >= SUBJECT_FLOOR)
            and _states_claimed(c, r[2].text, subject)]


def _states_claimed(c: ClaimedAmount, text: str, subject: Subject) -> bool:
    """The text states the claimed figure (`same_amount`) of a comparable thing (`_comparable`)."""
    return any(same_amount(c, f, text) and _comparable(c, f, text, subject) for f in figures_in(text))


def _confirmed(claim: str, c: ClaimedAmount, s: Sentence, sentences: Sequence[Sentence],
               context_years: set[int]) -> ClaimCheck:
    """The claimed figure stands in a sentence about the claim's subject: supported, unless the figure belongs
    to another clause's subject, another committee or another year."""
    other = _misattributed(claim, s.text, c.figure)
    if other:
        return ClaimCheck("contradicted", (s,), other, "siffran gäller något annat")
    led = _led_elsewhere(claim, c, s.text)
    if led is not None:  # "begärde 4,5 miljoner" against "4 500 tkr i stället för de begärda 6 800 tkr"
        return ClaimCheck("contradicted", (s,), " ".join(led.written.split()), LED_ELSEWHERE)
    opposite = _opposite_measure(c, s.text)
    if opposite:  # "ett överskott på 18,4 mkr" against "ett underskott på 18,4 miljoner kronor"
        return ClaimCheck("contradicted", (s,), f"{opposite} på {c.figure.written}", "siffran gäller motsatsen")
    if _estimate_for_outcome(claim, c, s):
        return ClaimCheck("not_found", (s,), reason=ESTIMATE_FOR_OUTCOME)
    changed = changed_to(claim, _spots(c, s), s.text)
    if changed is not None:  # "borgen på 160 miljoner" against "höjs från 160 miljoner kronor till 185 miljoner kronor"
        return ClaimCheck("contradicted", (s,), " ".join(changed.written.split()), CHANGED_FROM)
    whole = _whole_for_part(claim, c, s, sentences)
    if whole is not None:  # "totalt 38,5 miljoner" against "..., varav 38,5 miljoner kronor till förskolan"
        return ClaimCheck("contradicted", (whole.sentence, s), " ".join(whole.figure.written.split()), PART_NOT_WHOLE)
    if _of_all_bodies(claim, c, s):  # "omsorgsnämnden ... 26,3 miljoner" against "Nämnderna ... sammantaget 26,3"
        return ClaimCheck("not_found", (s,), reason=WHOLE_NOT_PART)
    wrong = check_subject(claim, s, list(sentences)) or _years_agree(claim, s, set(context_years))
    if wrong is not None and wrong.reason == "annan nämnd" and len(s.text) <= 200:  # say whom the figure goes to
        wrong = ClaimCheck("contradicted", wrong.evidence, s.text.strip(" ."), wrong.reason)
    return wrong or ClaimCheck("supported", (s,), reason=FIGURE_SAME)


LED_ELSEWHERE = "siffran gäller något annat än påståendets ord"
def _lead_stems(text: str, at: int) -> set[str]:
    """The stem of the word right before `at` (a hedge or bound skipped: "cirka", "över"), when it is a content word:
    the verb or noun taking the figure itself ("begärde 4,5 miljoner", "de begärda 6 800 tkr"); a preposition
    between ("höjs till 295 kronor") ties it to no word."""
    kinds = sentence_types()
    hedges = {*kinds["approximators"], *kinds["bounds_above"], *kinds["bounds_below"]}
    said = [w for w in re.findall(r"[^\W\d_]+|\d", text[:at].lower()) if w not in hedges]
    return set(stems(said[-1])) if said and not said[-1].isdigit() else set()


def _led_elsewhere(claim: str, c: ClaimedAmount, text: str) -> Figure | None:
    """The claim's word taking its figure ("socialnämnden begärde 4,5 miljoner") takes another figure of its kind in
    the text ("ett tilläggsanslag om 4 500 tkr i stället för de begärda 6 800 tkr"), and not the figure stating
    the claimed amount: that figure is what the word says, the claimed one is another's. None otherwise."""
    if c.figure.at < 0:
        return None
    # the claim's measure ("ett underskott 14 miljoner") is what its figure is, whatever else the text says of it
    lead = _lead_stems(claim, c.figure.at) - set(stems(c.measure))
    if not lead:
        return None
    spots = [f for f in figures_in(text) if f.at >= 0 and f.kind == c.figure.kind]
    same = [f for f in spots if same_amount(c, f, text)]
    if not same or any(lead & _lead_stems(text, f.at) for f in same):
        return None
    return next((f for f in spots if f not in same and lead & _lead_stems(text, f.at)), None)


ESTIMATE_FOR_OUTCOME = "siffran är en budget eller prognos, inte ett utfall"
FIGURE_SAME = "siffran stämmer"  # the claimed figure stands in a sentence about the claim's subject
WHOLE_NOT_PART = "siffran gäller alla nämnder tillsammans, inte den nämnd påståendet gäller"
PLURAL_ENDINGS = ("erna", "arna", "er", "ar")  # "nämnderna", "styrelserna": all bodies of the kind, no one of them


def _of_all_bodies(claim: str, c: ClaimedAmount, s: Sentence) -> bool:
    """The claim gives the figure to one committee, the sentence to all of them together: its lead names the body
    noun in the plural ("Nämnderna prognostiserar sammantaget ett underskott på 26,3 miljoner kronor") and no
    committee of its own."""
    from assistant.understand.bodies import body_kind, body_nouns

    if not any(body_kind(written.split()[-1]) == "committee" for written in bodies_in(claim).values()):
        return False
    stated = next(iter(_spots(c, s)), None)
    if stated is None:
        return False
    lead = _lead_of_kind(s.text, stated)
    if bodies_in(lead):
        return False
    nouns = [n for n, kind in body_nouns().items() if kind == "committee"]
    return any(w.startswith(n) and w[len(n):] in PLURAL_ENDINGS for w in re.findall(r"[^\W\d_]+", lead.lower())
               for n in nouns)
CHANGED_FROM = "siffran är vad det var före ändringen"
PART_NOT_WHOLE = "siffran är en del, inte helheten"


def _whole_for_part(claim: str, c: ClaimedAmount, s: Sentence, sentences: Sequence[Sentence]) -> Whole | None:
    """The whole the sentence's document states, when the claim calls the figure the sentence states as a part
    the whole (claim_whole)."""
    spots = _spots(c, s)
    return next((w for f in spots if (w := whole_of_part(claim, c.figure, s, f, sentences,
                                                          lambda g, text: same_amount(c, g, text))) is not None), None)


def _only_estimates(s: Sentence) -> bool:
    return only_estimates(s.text, _doc_year(s))


def only_estimates(text: str, doc_year: int | None = None) -> bool:
    """Every amount the text states is a budget, plan or forecast in its own words (amount_stretch)."""
    from assistant.evidence.amount_stretch import stated_amounts

    amounts = stated_amounts(text, doc_year)
    return bool(amounts) and all(a.estimate for a in amounts)


def estimates_for_outcome(claim: str, texts: Sequence[str]) -> bool:
    """The claim says what a year came to (claims_outcome) and every text states only budgets or forecasts."""
    return bool(texts) and claims_outcome(claim, set(years_in(claim))) and all(only_estimates(t) for t in texts)


def _estimate_for_outcome(claim: str, c: ClaimedAmount, s: Sentence) -> bool:
    """The claim says what a figure came to ("blev", "gick med ... i överskott": claims_outcome) and the
    sentence states the claimed figure only as a budget, plan or forecast in its own words ("beräknas ge ett
    överskott på 58 miljoner": amount_stretch.stated_amounts), as the table check reads only outcome columns."""
    from assistant.budget.columns import ESTIMATE_KINDS, column_kind, family
    from assistant.evidence.amount_stretch import stated_amounts

    kind = column_kind(claim)  # "gick med överskott" names a deviation's word, no estimate: it may claim an outcome
    if kind is not None and family(kind) in ESTIMATE_KINDS or not claims_outcome(claim, set(years_in(claim))):
        return False
    spots = [f.at for f in _spots(c, s)]
    amounts = stated_amounts(s.text, _doc_year(s))
    said = [a for at in spots for a in amounts if abs(a.at - at) <= 1]
    return bool(said) and all(a.estimate for a in said)


PAST_ENDINGS = ("de", "te", "dde")  # the past tense of a weak verb: "lämnade", "betalade", "köpte", "hade"


def claims_outcome(claim: str, years: set[int]) -> bool:
    """The claim says what happened: an outcome in its own words (columns.claimed_kinds: "blev", "faktiska"), or
    a verb in the past tense ("lämnade", "betalade") of a year it names and no word of a budget, plan or proposal."""
    from assistant.budget.columns import ESTIMATE_KINDS, OUTCOME_KINDS, claimed_kinds

    kinds = claimed_kinds(claim)
    if kinds == OUTCOME_KINDS:
        return True
    strong = set(sentence_types()["strong_past"])
    return bool(years) and kinds != ESTIMATE_KINDS and any(
        (w.endswith(PAST_ENDINGS) and len(w) >= 5) or w in strong for w in predicate_words(claim) - _modals(claim))


def _modals(claim: str) -> set[str]:
    """The claim's auxiliaries when one governs an infinitive ("måste spara", "behövde bygga": words.governed_verbs):
    the deed is required, wanted or planned, not told as done, whatever the auxiliary's ending ("måste" is no past
    tense like "köpte"); with a supine ("hade sparat") or none ("hade ett underskott") an auxiliary keeps its tense."""
    from assistant.understand.words import governed_verbs

    if not any(v.endswith("a") for v in governed_verbs(claim)):
        return set()
    return set(sentence_types()["auxiliaries"])


def _proposal_for_outcome(claim: str, years: set[int], s: Sentence, stated: Figure) -> bool:
    """The claim says what happened in a year it names (claims_outcome) and the sentence states its figure only as
    a proposal, plan, target or forecast ("föreslås", "ska", "planerat"; a budget is a decided figure, and it does
    contradict): a figure no one has yet paid neither confirms nor contradicts what was."""
    from assistant.budget.columns import proposes
    from assistant.evidence.amount_stretch import stated_amounts

    if not years or not claims_outcome(claim, years):
        return False
    said = [a for a in stated_amounts(s.text, _doc_year(s)) if abs(a.at - stated.at) <= 1] if stated.at >= 0 else []
    return bool(said) and all(proposes(a.stretch) for a in said)


def _opposites(word: str) -> tuple[str, ...]:
    """The words `opposites` in data/roles_sv.json pairs with the word, in any form ("överskott": "underskott")."""
    from assistant.evidence.claims import roles

    stem = word_stem(word)
    return tuple(dict.fromkeys([b for a, b in roles()["opposites"] if word_stem(a) == stem and word_stem(b) != stem] +
                               [a for a, b in roles()["opposites"] if word_stem(b) == stem and word_stem(a) != stem]))


def _opposite_measure(c: ClaimedAmount, text: str) -> str:
    """The noun the text states the claimed figure as, when it is the opposite of the claim's own (`opposites` in
    data/roles_sv.json: "underskott på 18,4 miljoner" for a claimed "överskott på 18,4 mkr"); "" otherwise."""
    if not c.measure:
        return ""
    claimed = word_stem(c.measure)
    opposed = {word_stem(w) for w in _opposites(c.measure)}
    for f in figures_in(text):
        if f.at > 0 and same_amount(c, f, text):
            stated = _measure(text[:f.at])
            if stated and word_stem(stated) in opposed - {claimed}:
                return stated
    return ""


PREDICATE_WEIGHT = 0.5  # the claim's verb ("uppgår", "gick") says less about its subject than its nouns


def predicate_words(claim: str) -> set[str]:
    """The claim's finite verbs (claims.is_finite_verb): what the claim says of its subject, not the subject."""
    from assistant.evidence.claims import is_finite_verb

    return {word for word in re.findall(r"[^\W\d_]+", claim.lower()) if is_finite_verb(word)}


NEXT_SENTENCE = re.compile(r"[ \t]*(?P<s>[^\n]{1,400}?[.!?])(?=\s|$)")


def following(s: Sentence, text_of: Callable[[str], str] | None) -> str:
    """The sentence after `s` in its paragraph when it refers back to it and states no figure of its own: it
    tells what the amount is for ("... tilldelas 2,5 mnkr. Budgetberedningen möter med denna förstärkning de
    ökade kostnaderna ... för elever som läser mer än tre år på gymnasiet.")."""
    from assistant.budget.amounts import refers_back

    if text_of is None:
        return ""
    try:
        text = text_of(s.chunk.doc_path)
    except (KeyError, OSError):
        return ""
    m = NEXT_SENTENCE.match(text, s.end)
    if m is None or any(f.kind != "count" for f in figures_in(m.group("s"))):
        return ""
    return m.group("s") if refers_back(m.group("s"), s.text) else ""


def preceding(s: Sentence) -> list[Sentence]:
    """The sentence before `s` in its passage when `s` refers back to it ("därmed", "beloppet": budget.amounts),
    not to a part of it ("Av detta landar 4,7 miljoner på avdelning vuxna": part_words, the part's own subject)."""
    from assistant.budget.amounts import refers_back
    from assistant.compose.answer import sentences_before
    from assistant.evidence.claim_whole import names_part

    if names_part(s.text):
        return []
    before = sentences_before(s)[:1]
    return [b for b in before if refers_back(s.text, b.text)]


def _sign_words(claim: str) -> Callable[[str], frozenset[str]]:
    """A function giving, for a sentence, the stems of the claim's words for the sign of a result ("gick back")
    when the sentence says that sign in its own words ("ett underskott på 8,6 miljoner": claim_sign.says_sign)."""
    from assistant.evidence.claim_sign import says_sign

    from assistant.evidence.claim_figures import strip_figures

    bare = " ".join(strip_figures(claim).split())  # "gick 6,8 miljoner back": the phrase around the figure
    claimed = [sign for sign in ("positive", "negative") if says_sign(bare, sign)]
    if len(claimed) != 1:
        return lambda text: frozenset()
    own = frozenset(stems(claim, drop_stopwords=False)) & _sign_stems(claimed[0])
    return lambda text: own if says_sign(text, claimed[0]) else frozenset()


@lru_cache(maxsize=2)
def _sign_stems(sign: str) -> frozenset[str]:
    from assistant.evidence.claims import roles

    return frozenset(stems(" ".join(roles()["result_signs"][sign]), drop_stopwords=False))


def _people_named(claim: str, text_of: Callable[[str], str] | None) -> Callable[[str], frozenset[str]]:
    """A function giving, for a document, the stems of the claim's names of two or more capitalised words
    ("Karin Alvermalm") that the document writes in full anywhere."""
    from assistant.understand.query import NAME_PHRASE, name_phrase_stems

    phrases = [p for p in NAME_PHRASE.findall(claim) if name_phrase_stems(p)]
    found: dict[str, frozenset[str]] = {}

    def named(doc_path: str) -> frozenset[str]:
        if not phrases or text_of is None:
            return frozenset()
        if doc_path not in found:
            try:
                text = text_of(doc_path)
            except (KeyError, OSError):
                text = ""
            found[doc_path] = frozenset(s for p in phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text)
                                        for s in name_phrase_stems(p))
        return found[doc_path]

    return named


def claim_subject(q: Any, stats: Any, claim: str = "", text_of: Callable[[str], str] | None = None,
                  specific: tuple[str, ...] | None = None) -> Subject:
    """The claim's subject as the index knows it: its concept groups (QueryAnalysis) scored with the corpus'
    term statistics (sentences.TermStats) over the sentence, the sentence after it that refers back to it
    (`text_of` gives a document's text) and its document's title; hedges left out, the claim's verbs at
    PREDICATE_WEIGHT. `specific`: the claim's most specific concept the evidence names (TermStats.specific_concept).
    """
    from assistant.retrieval.retrieve import place_stems
    from assistant.evidence.sentences import text_stems, title_stems

    hedges = set(stems(" ".join(sentence_types()["approximators"]), drop_stopwords=False))
    verbs = set(stems(" ".join(predicate_words(claim)), drop_stopwords=False))
    weights = tuple((q.weights[i] if i < len(q.weights) else 1.0) * (PREDICATE_WEIGHT if g[0] in verbs else 1.0)
                    for i, g in enumerate(q.groups))
    full = tuple(q.full[i] if i < len(q.full) else len(g) for i, g in enumerate(q.groups))

    people = _people_named(claim, text_of)
    signs = _sign_words(claim)

    def scored(s: Sentence, left_out: frozenset[str], paraphrases: bool) -> float:
        # the document's municipality counts as said ("Tingsryd höjer skatten" by Tingsryd's budget), and so does
        # a person the claim names whom the document names (the speaker of a press release)
        present = text_stems(f"{s.text} {following(s, text_of)}") | title_stems(s.chunk.title) | \
            place_stems(s.chunk) | people(s.chunk.doc_path) | signs(s.text)
        # a hedge ("runt 4000") counts only where the sentence hedges the same way: its absence says nothing
        kept = [i for i, g in enumerate(q.groups) if (g[0] not in hedges or g[0] in present) and g[0] not in left_out]
        groups = tuple(q.groups[i] if paraphrases else q.groups[i][:max(full[i], 1)] for i in kept)
        return stats.coverage(groups, present, tuple(weights[i] for i in kept), tuple(full[i] for i in kept))

    def about(s: Sentence, left_out: frozenset[str] = frozenset()) -> float:
        return scored(s, left_out, True)

    def literal(s: Sentence, left_out: frozenset[str] = frozenset()) -> float:
        return scored(s, left_out, False)

    def same_thing(claimed: str, stated: str) -> bool:
        own = frozenset(stems(claimed))
        said = text_stems(stated)
        same = [g for g in q.groups if any(t in own or stats.present(t, own) for t in g)] or [tuple(own)]
        # a time word of a synonym phrase ("året" of "årets resultat" for "överskott") names no thing of its own:
        # "vid årets slut" is not said of a surplus
        return any(t in said or stats.present(t, said) for g in same for t in g if t in own or t not in time_stems())

    def names_specific(s: Sentence) -> bool:
        # the sentence itself (a title naming the concept covers every sentence of a press release); a
        # municipality's name counts as said by its documents ("Strömsunds socialnämnd"); and the sentence before
        # it that it refers back to ("... en utökad sommarjobbssatsning. Sammantagen budgetpost för sommarjobb uppgår
        # därmed till 2 mnkr ...")
        return stats.says(specific, f"{s.text} {following(s, text_of)}") or bool(set(specific) & place_stems(s.chunk)) \
            or any(stats.says(specific, b.text) for b in preceding(s))

    qualifiers = subset_groups(claim, tuple(q.groups), getattr(q, "language", "sv"))

    def qualified(s: Sentence) -> bool:
        return all(says_qualifier(stats.says, g, f"{s.text} {following(s, text_of)}", s.chunk.title)
                   for g in qualifiers)

    return Subject(about, same_thing, names_specific if specific else None, qualified,
                   lambda word: stats.background(word_stem(word)),
                   lambda word: stats.known(tuple(stems(word, drop_stopwords=False))), literal)
