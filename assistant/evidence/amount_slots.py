"""What an amount must be to be the one asked, besides being about the asked topic: a near miss states the
topic and a figure, but not the figure the question asks for.

- the premise: an amount the question itself gives ("Hur stor del av sparkravet på 41 miljoner ligger på IFO?")
  is what the question starts from, not its answer; a sentence restating it ("ett sparkrav på totalt 41
  miljoner") answers nothing new.
- the denominator: "Vad kostar utbildningen per elev?" asks a figure per pupil. A total ("600 tkr tillskjuts ...
  för att erbjuda elever ...") answers it only with the number of pupils beside it (a count the calculator may
  divide by) or as a rate of its own ("12 000 kr per elev"). A time after "per" ("per år", "per månad") is a
  period, which the year and period checks judge.
- the period: "sjukfrånvaron för helåret 2024" is not what January to July came to ("Sjukfrånvaron för perioden
  januari–juli var 7,2 procent"); a figure of some months answers a question asking the whole year only when the
  sentence speaks of the whole year too. A count on a day ("den 31 december 2024") is not what it came to on
  another day of that year ("842 den 31 augusti 2024").

    new_amounts(q, text) -> list[str]          # the asked amounts of the text the question does not give itself
    denominator(question) -> str | None        # the stem of the noun after "per" (not a time)
    states_denominator(noun, text) -> bool     # the text gives a figure per that noun, or a count of it
    fills_amount_slots(q, text) -> bool        # both: a new amount, per what is asked
    restates_earlier(question, quote, earlier) -> bool  # a part asked of an earlier answer, its whole quoted again
    figure_fills_slots(q, values, quotes) -> bool  # the same of the calculator's amounts read from prose
    of_months_only(question, text, title) -> bool  # the question asks the whole year, the text (or its
                                               # interim report) states some months
    of_other_day(question, text) -> bool       # the question names a day, the text states its figure on another
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from assistant.understand.query import QueryAnalysis, stems
from core.years import MONTHS_EN, MONTHS_SV
from assistant.understand.words import sentence_types

# "per elev": a rate ("varje nämnd ska budgetera ..." distributes a rule over bodies, it asks no rate); lower case:
# "Per Ek" is a name
PER = re.compile(r"\bper\s+([^\W\d_]{3,})")
# a figure per a thing in the text: "per elev", "kr/elev", "för varje elev", "each pupil"
RATE = re.compile(r"(?:\b(?:per|varje|each|every)\s+|/\s*)([^\W\d_]{3,})", re.I)
# a number and the words after it, which say what it counts ("30 elever", "omkring 200 sommarjobb")
COUNT = re.compile(r"(?<![\w,.])\d[\d \u00a0]*(?:[.,]\d+)?((?:\s+[^\W\d_]+){1,3})")
# one of something named as what a figure is of ("en plats i förskolan kostar ...", "one place costs ...")
ONE_OF = re.compile(r"\b(?:en|ett|one|a|an)\s+([^\W\d_]{3,})", re.I)
SAME_STEM = 4  # stems this long match as a compound's head or first part ("elev" ~ "gymnasieelev")


def _value(number: str) -> Decimal | None:
    try:
        return Decimal(re.sub(r"[\s\u00a0]", "", number).replace("\u2212", "-").replace(",", "."))
    except InvalidOperation:
        return None


def premise_values(question: str) -> set[Decimal]:
    """The numbers the question itself writes (not years, not days of a month): its premises."""
    from assistant.evidence.sentences import amounts_in

    return {v for n in amounts_in(question) if (v := _value(n)) is not None and v != 0}


def new_amounts(q: QueryAnalysis, text: str, place: str | None = None) -> list[str]:
    """The asked amounts of the text (sentences.asked_amounts) that are not a number the question gives itself.
    A claim restates its figure to have it checked: all its amounts count."""
    from assistant.evidence.sentences import asked_amounts

    found = asked_amounts(q, text, place)
    given = premise_values(q.original) if not q.strict else set()
    return [a for a in found if _value(a) not in given] if given else found


# "vad kostar en timme hemtjänst", "what does one hour cost": the price of one unit (data/measures.json rate_units)
ONE_UNIT = re.compile(r"\b(?:kostar|kosta|kostade|costs?|cost)\s+(?:en|ett|a|an|one)\s+([^\W\d_]+(?:\s[^\W\d_]+)?)", re.I)


def _rate_unit(question: str) -> str | None:
    """The stem of the unit the question asks the price of one of ("vad kostar en timme hemtjänst" -> "timm")."""
    from assistant.evidence.near_miss import measures_data

    m = ONE_UNIT.search(question)
    if m is None:
        return None
    said = m.group(1).lower()
    unit = next((u for u in measures_data()["rate_units"] if said == u or said.startswith(f"{u} ")), None)
    found = stems(unit.split()[0], drop_stopwords=False) if unit else []
    return found[0] if found else None


def denominator(question: str) -> str | None:
    """The stem of what the asked figure is per ("per elev" -> "elev", "per invånare" -> "invån", "vad kostar en
    timme" -> "timm"); None when the question asks no such rate, or the rate is per a time ("per år", "per månad":
    a period)."""
    unit = _rate_unit(question)
    if unit:
        return unit
    times = {w for t in sentence_types()["time_nouns"] for w in stems(t, drop_stopwords=False)}
    for m in PER.finditer(question):
        found = stems(m.group(1), drop_stopwords=False)
        if not found:
            continue
        stem = found[0]
        if stem in times or any(stem.startswith(t) for t in times if len(t) >= 3):
            return None  # "per år", "per månad", "per kvartal": a period
        return stem
    return None


def _same(stem: str, word: str) -> bool:
    found = stems(word, drop_stopwords=False)
    if not found:
        return False
    w = found[0]
    return w == stem or len(stem) >= SAME_STEM and len(w) >= SAME_STEM and (w.endswith(stem) or w.startswith(stem)
                                                                              or stem.startswith(w))


def states_denominator(noun: str, text: str) -> bool:
    """The text gives a figure per the noun ("12 000 kr per elev", "kostnad/elev"), of one of it ("en plats kostar
    ...") or counts it ("30 elever"), so a figure per it is stated or can be computed."""
    if any(_same(noun, m.group(1)) for m in RATE.finditer(text)):
        return True
    if any(_same(noun, m.group(1)) for m in ONE_OF.finditer(text)):
        return True  # "en plats i förskolan kostar 143 600 kronor": the price of one, as the question asks it
    return any(any(_same(noun, w) for w in m.group(1).split()) for m in COUNT.finditer(text))


# a figure per a period: "per år", "om året", "i månaden", "per month", "a year" ("i år" is this year, no rate)
PER_PERIOD = re.compile(r"\b(?:per|each|every|a)\s+(år|månad|vecka|dag|kvartal|year|month|week|day|quarter)\b|"
                        r"\b(?:om|i)\s+(året|månaden|veckan|dagen|kvartalet)\b", re.I)
PERIODS = {"år": "year", "året": "year", "year": "year", "månad": "month", "månaden": "month", "month": "month",
           "vecka": "week", "veckan": "week", "week": "week", "dag": "day", "dagen": "day", "day": "day",
           "kvartal": "quarter", "kvartalet": "quarter", "quarter": "quarter"}


def periods_per(text: str) -> set[str]:
    """The periods the text gives a figure per ("80 kronor mer i skatt per månad" -> {"month"})."""
    return {PERIODS[next(g for g in m.groups() if g).lower()] for m in PER_PERIOD.finditer(text)}


def of_other_period(question: str, text: str) -> bool:
    """The question asks a figure per a period ("ge per år") and the text gives its figures per another period only
    ("cirka 80 kronor mer i skatt per månad"): a rate of another kind, not the one asked."""
    asked = periods_per(question)
    said = periods_per(text)
    return bool(asked) and bool(said) and not asked & said


def fills_amount_slots(q: QueryAnalysis, text: str, place: str | None = None) -> bool:
    """The text states an amount the question does not give itself and, when the question asks a figure per
    something, states it per that (or counts it), and per the asked period when it asks one. True for a question
    asking no amount. (A slot filled with another value, evidence/near_miss.py, is judged by the caller.)"""
    if not q.wants_amount:
        return True
    if not new_amounts(q, text, place) or of_other_period(q.original, text):
        return False
    per = denominator(q.original)
    return not per or states_denominator(per, text)


def _of_another(q: QueryAnalysis, values: list[Decimal], quote: str, place: str | None) -> bool:
    """The quote states the values only as another owner's amounts (or their total), none as the asked one's."""
    from assistant.evidence.sentences import asked_amounts

    kept = {_value(a) for a in asked_amounts(q, quote, place)}
    every = {_value(a) for a in asked_amounts(q, quote, place, anyones=True)}
    return not any(v in kept for v in values) and any(v in every - kept for v in values)


FORECAST = re.compile(r"\b(?:prognos\w*|prognostiser\w*|beräknas|väntas|förväntas|bedöms|forecast\w*|expected)\b", re.I)


def of_months_only(question: str, text: str, title: str = "") -> bool:
    """The question asks for the whole year ("helåret", "hela året") and the text states its figure for a period
    of months ("januari–juli", "till och med augusti"), not for the whole year; or its document's `title` names
    such a period ("Delårsrapport januari–augusti 2024") and the question asks no year but the report's: an interim
    report's "Sjukfrånvaron var 6,4 procent för perioden" is the months' (for "helåret 2023" it may state last year's),
    but not its forecast, which is of the whole year."""
    from assistant.budget.columns import UNTIL_MONTH, WHOLE_YEAR
    from assistant.budget.layout import MONTH_PERIOD
    from core.years import years_in

    if not WHOLE_YEAR.search(question) or WHOLE_YEAR.search(text):
        return False
    if MONTH_PERIOD.search(text) or UNTIL_MONTH.search(text):
        return True
    interim = bool(title) and bool(MONTH_PERIOD.search(title) or UNTIL_MONTH.search(title))
    # its forecast is of the whole year ("Resultatet för 2024 prognostiseras till 10,7 mnkr")
    forecast = FORECAST.search(question) or FORECAST.search(text)
    return interim and not forecast and set(years_in(question)) <= set(years_in(title))


def of_other_day(question: str, text: str) -> bool:
    """The question names a day of a month ("den 31 december 2024") and the text states its figure on days of
    months, none of them that day ("Antalet månadsanställda var 842 den 31 augusti 2024"): a figure of another
    day. A text naming no day says nothing against it."""
    asked, stated = days_of_months(question), days_of_months(text)
    return bool(asked) and bool(stated) and not asked & stated


_MONTH_NAMES = {name: n for months in (MONTHS_SV, MONTHS_EN) for n, name in enumerate(months, 1)}
_DAY_MONTH = re.compile(r"(?<![\w,.])(\d{1,2})(?:\s+([^\W\d_]{3,})\.?|/(\d{1,2})(?![/\d]))", re.IGNORECASE)


def days_of_months(text: str) -> frozenset[tuple[int, int]]:
    """The (month, day) pairs a text names ("31 december", "31 dec.", "31/12"), whatever way it writes them."""
    out = set()
    for m in _DAY_MONTH.finditer(text):
        day = int(m.group(1))
        if m.group(3):
            month = int(m.group(3))
        else:
            word = m.group(2).lower()
            month = next((n for name, n in _MONTH_NAMES.items() if name.startswith(word) or word.startswith(name)), 0)
        if 1 <= day <= 31 and 1 <= month <= 12:
            out.add((month, day))
    return frozenset(out)


UNIT_STEPS = (Decimal(1), Decimal(1000), Decimal(1000000), Decimal(1000000000))  # kr, tkr, mnkr, mdkr apart


def figure_fills_slots(q: QueryAnalysis, values: list[Decimal], quotes: list[str],
                       places: list[str | None] | None = None) -> bool:
    """The calculator's amounts read from prose (`values`, from the sentences `quotes`, of the municipalities
    `places`) fill the amount slots: not all of them are a number the question gives (in whatever unit: "41
    miljoner" is 41 000 tkr), nor each the figure of an owner the question does not ask ("Region Dalarnas
    skattesats på 11,81 kronor", amount_owner), and when the question asks a figure per something, each quote
    states it per that or counts it."""
    if not q.wants_amount:
        return True
    if quotes and all(_of_another(q, values, quote, place)
                      for quote, place in zip(quotes, places or [None] * len(quotes))):
        return False
    given = premise_values(q.original) if not q.strict else set()
    if given and values and all(any(v == p * step or p == v * step for p in given for step in UNIT_STEPS)
                                for v in values):
        return False
    per = denominator(q.original)
    return not per or all(states_denominator(per, quote) for quote in quotes)


# the pronouns by which a question's "av ..." points back to what an earlier turn answered ("hur mycket av det")
BACK_POINTING = "det|den|de|dem|detta|denna|dessa"
# a part asked of what an earlier turn answered: "hur mycket av det", "hur stor del av beloppet"
PART_OF_EARLIER = re.compile(rf"\bav\s+(?:{BACK_POINTING}|beloppet|summan|pengarna|medlen)\b"
                             r"|\bof\s+(?:it|that|this|them|these|the amount|the sum)\b", re.I)


def restates_earlier(question: str, quote: str, earlier: list[str]) -> bool:
    """The question asks a part of what the earlier answer stated ("Hur mycket av det ska sparas inom IFO?" after
    the saving of 41 miljoner) and the quote states only amounts the earlier answer's quotes (`earlier`) stated:
    "Vi har ett sparkrav på totalt 41 miljoner" is the whole again, no part of it, as a question's own premise is
    (restates_premise)."""
    from assistant.evidence.sentences import amounts_in

    if not earlier or not PART_OF_EARLIER.search(question):
        return False
    stated = {_value(n.split()[0]) for n in amounts_in(quote)}
    before = {_value(n.split()[0]) for q in earlier for n in amounts_in(q)}
    return bool(stated) and stated <= before


PREMISE_REACH = 3  # words either side of a number the question gives that name what the number is ("sparkravet på 41
# miljoner", "de 30 miljonerna i nämndbuffertar")


def beyond_premise(q: QueryAnalysis) -> tuple[tuple[str, ...], ...]:
    """The question's concept groups not said within PREMISE_REACH words of a number it gives itself: what it asks
    of its premise ("hur fördelas sparkravet på 41 miljoner mellan IFO och arbetsmarknaden": fördelas, IFO,
    arbetsmarknaden). Empty when the question gives no number."""
    from assistant.evidence.sentences import amounts_in

    from assistant.understand.query import stop_words

    if q.strict or not premise_values(q.original):
        return ()
    numbers = {n.split()[0] for n in amounts_in(q.original)}
    tokens = re.findall(r"[^\W_]+(?:[.,]\d+)?", q.original)
    near: set[str] = set()
    for i, token in enumerate(tokens):
        # a quantity: a number and what it counts or its unit ("41 miljoner"), not a designation ("Stärkelsen 3 av")
        if token in numbers and i + 1 < len(tokens) and tokens[i + 1].isalpha() \
                and tokens[i + 1].lower() not in stop_words():
            near |= set(stems(" ".join(tokens[max(0, i - PREMISE_REACH):i + PREMISE_REACH + 1])))
    return tuple(g for g in q.groups if not near & set(g)) if near else ()


def restates_premise(q: QueryAnalysis, texts: list[str], says) -> bool:
    """Each of `texts` stating amounts states only numbers the question gives itself, and none names a concept the
    question asks beyond them (`says(group, text)`): "Vi har ett sparkrav på totalt 41 miljoner" restates the
    premise of "hur fördelas sparkravet på 41 miljoner mellan IFO och arbetsmarknadsverksamheten?" and answers
    nothing of it."""
    from assistant.evidence.sentences import amounts_in

    beyond = beyond_premise(q)
    if not beyond:
        return False
    given = premise_values(q.original)
    stating = [t for t in texts if amounts_in(t)]
    return bool(stating) and all({_value(n.split()[0]) for n in amounts_in(t)} <= given for t in stating) \
        and not any(says(g, t) for t in stating for g in beyond)
