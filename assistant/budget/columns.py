"""Which kind of column a question asks for, and a table seen through that kind.

Municipal tables hold a year in several columns of different kinds: "Budget 2023", "Utfall 2023" and
"Avvikelse 2023" side by side. A question says which it means ("planen för 2026", "bokslutet 2023",
"utfallet", "budgetavvikelsen", "underskottet"); the words are data (`column_kinds` in
budget_synonyms.json), matched on stems. `seen_as(table, kind, years)` keeps, for each year, the column of
that kind, so the calculator's year lookup picks it; a column of that kind without a year of its own
("Avvikelse") stands for the question's year.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from assistant.budget.layout import KINDS, MONTH_PERIOD
from assistant.budget.matching import one_typing_error, stem, stems, synonyms, tokens
from assistant.budget.records import Column, Table
from assistant.budget.units import measure_in
from assistant.understand.words import names_municipality
from core.years import YEAR

# Kinds that name the same figure: a year's outcome is its "Utfall" or its "Bokslut"; a committee's budget for a
# year is its "Budget" or its "Ram" (the frame the council gives it); a "Budgetavvikelse" is a deviation.
SAME_KIND = {"Bokslut": "Utfall", "Ram": "Budget", "Budgetavvikelse": "Avvikelse"}
# A time up to a month of the year ("efter augusti", "till och med juni", "t.o.m. 31 augusti", "through August"):
# the months passed so far, the period's outcome
MONTH_NAME = (r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|"
              r"february|march|june|july|august|october|jan|feb|apr|jun|jul|aug|sept?|okt|oct|nov|dec)\.?")
UNTIL_MONTH = re.compile(r"(?<!\w)(?:efter|till och med|t\.\s?o\.\s?m\.?|tom|fram till|through|until|by)\s+"
                         r"(?:(?:den|the end of|the|slutet av|utgången av)\s+)?(?:\d{1,2}\s+)?" + MONTH_NAME + r"(?!\w)",
                         re.IGNORECASE)
# The whole year a forecast or an outcome covers ("helåret", "hela året", "the full year", as an English compound
# adjective "full-year"): when, not what
WHOLE_YEAR = re.compile(r"(?<!\w)(?:helår(?:et|s)?|hela året|(?:full|whole)[-\s]year)(?!\w)", re.IGNORECASE)
# The period named before, said again of another year ("jan-aug 2024 jämfört med samma period 2023", "the same period
# last year"): when, not what ("Periodens resultat" is no row it names)
SAME_PERIOD = re.compile(r"(?<!\w)(?:samma|motsvarande|(?:the\s+)?same|(?:the\s+)?corresponding)\s+period(?:en)?(?!\w)",
                         re.IGNORECASE)
# The end of a year or month ("i slutet av 2020", "at the end of the year", "vid utgången av året", "vid årets slut",
# "i slutet av augusti 2024"): a balance at year end is the year's figure, when, not what ("slutet" is no other topic)
YEAR_END = re.compile(r"(?<!\w)(?:(?:i|vid|at|by)\s+)?(?:(?:slutet|utgången|(?:the\s+)?end)\s+(?:av|of)\s+"
                      r"(?:(?:året|the year)(?!\w)|(?=(?:19|20)\d\d(?!\d))|(?=" + MONTH_NAME + r"(?!\w)))"
                      r"|årets\s+slut(?!\w))", re.IGNORECASE)
PERIODS = (MONTH_PERIOD, UNTIL_MONTH, WHOLE_YEAR, SAME_PERIOD)  # the periods of a year a question names
# a year after a month's name is a date, when something was said or done ("pressmeddelandet från februari 2023"),
# not a year whose figure is asked
DATED_YEAR = re.compile(r"(?<!\w)(?:\d{1,2}\s+)?" + MONTH_NAME + r"\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# Kinds that compare other kinds: named together with them ("underskott mot budget"), they are what is asked.
COMPARING = ("Avvikelse",)
# a year a column label moves money into or out of ("Ombudgeteras till 2025", "Överfört från 2024"): the figure is a
# movement, not the year's own
MOVED_YEAR = re.compile(r"(?<!\w)(?:till|från|to|from|into)\s+(?:år\s+)?(?:19|20)\d\d(?!\d)", re.IGNORECASE)


def family(kind: str) -> str:
    return SAME_KIND.get(kind, kind)


@lru_cache(maxsize=1)
def _kind_stems() -> dict[str, str]:
    return {stem(word): kind for kind, words in synonyms()["column_kinds"].items() if not kind.startswith("_")
            for word in words}


@lru_cache(maxsize=2)
def _sign_stems(key: str) -> frozenset[str]:
    return frozenset(stem(word) for word in synonyms()["column_kinds"][key])


def frame_kind(word: str) -> str | None:
    """"Budget" for a word naming a committee's frame ("ramen", "budgetram": `_frame` in column_kinds), else None.
    Said beside a year held against another year's figure of another kind, the frame is that year's budget."""
    return "Budget" if stem(word) in _sign_stems("_frame") else None


def against_stems() -> frozenset[str]:
    """The stems of the words that hold a figure against a kind of column said right after them ("över", "än")."""
    return _sign_stems("_against")


def signs(question: str) -> set[int]:
    """-1 for a word naming a negative figure ("underskott", "deficit"), +1 for its opposite ("överskott")."""
    found = {stem(w) for w in tokens(question)}
    return ({-1} if found & _sign_stems("_negative") else set()) | ({1} if found & _sign_stems("_positive") else set())


def counts_down(question: str) -> bool:
    """The question names its figure by a word for a negative value only: the largest deficit is the
    smallest deviation."""
    return signs(question) == {-1}


def both_ends(question: str) -> bool:
    """The question asks for the figure at each end ("störst underskott ... störst överskott")."""
    return signs(question) == {-1, 1}


def names_column_kind(word: str) -> bool:
    return _kind_of_word(word) is not None


def kind_of_word(word: str) -> str | None:
    """The column kind one word names ("Prognos", "bokslutet"), None when it names none."""
    return _kind_of_word(word)


@lru_cache(maxsize=8192)
def _kind_of_word(word: str) -> str | None:
    """The column kind a word names, by stem or, for a longer word, by one typing error ("prognsen")."""
    known = _kind_stems()
    found = stem(word)
    if found in known:
        return known[found]
    if len(word) < 5:  # "budgt" is "budget"; shorter words have too many neighbours
        return None
    if names_municipality(word):
        return None  # "Arvika" is a municipality, no "avvika" misspelt
    near = {kind for s, kind in known.items()  # the word too: the stemmer cuts a misspelt one short ("budgt": "budg")
            if len(s) > 4 and (one_typing_error(found, s) or one_typing_error(word.lower(), s))}
    if len(near) == 1:
        return near.pop()
    return _compound_head(found, known)


def _compound_head(found: str, known: dict[str, str]) -> str | None:
    """A compound whose last part names a kind names that kind: the head of a Swedish compound says what it is
    ("investeringsbudgeten", "årsbudgeten": a budget; "helårsprognosen": a forecast). Short kind words ("plan")
    end too many other words ("detaljplan") to count."""
    heads = {kind for s, kind in known.items() if len(s) >= 5 and found.endswith(s) and len(found) - len(s) >= 2}
    return heads.pop() if len(heads) == 1 else None


def kind_words(question: str) -> list[str]:
    """The question's words that name a kind of column by their own stem ("budgeterat", "prognosen"); a compound
    whose head names one ("investeringsbudgeten") names a table, a topic of its own."""
    known = _kind_stems()
    return [w for w in tokens(question) if stem(w) in known]


def stated_kinds(text: str) -> frozenset[str]:
    """The families of the kinds of figure a stretch of running text names for its amount ("det budgeterade
    resultatet": Budget; "prognostiserar vi ett resultat": Prognos, a verb formed on the kind's word), a deviation
    left out and so is a kind the figure is held against ("underskott mot budget")."""
    known = {s: kind for s, kind in _kind_stems().items() if len(s) >= 6}
    against = _sign_stems("_against")  # "underskott mot budget": the budget is what the figure is held against
    found = set()
    words = tokens(text)
    for i, word in enumerate(words):
        kind = _kind_of_word(word) or next((k for s, k in known.items() if stem(word).startswith(s)), None)
        if kind is not None and family(kind) not in COMPARING and not (i and stem(words[i - 1]) in against):
            found.add(family(kind))
    return frozenset(found)


def held_kind_words(question: str, tables: "Sequence[Table]") -> list[str]:
    """The question's words naming a kind of column one of the tables holds ("mot budget" beside a Budget column):
    they address the tables' cells, so they do not name a kind of document. A table's own kind of column holds the
    kind its label's words name too ("Nettobudget 2025" is a budget: "omsorgsnämndens budget" addresses it), and a
    column of a proposer's proposal holds their budget ("M och SD:s förslag": "M och SD i sin budget")."""
    from assistant.budget.yearless import names_proposal

    held = {family(k) for t in tables for c in t.columns if c.kind
            for k in (c.kind, *(_kind_of_word(w) for w in tokens(c.kind)),
                      "Budget" if names_proposal(c.label) else None) if k}
    return [w for w in tokens(question) if (kind := _kind_of_word(w)) is not None and family(kind) in held]


def column_kind(question: str) -> str | None:
    """The one column kind the question's words name ("Utfall", "Plan", "Avvikelse", ...), or None when
    it names none or several ("från budget 2024 till plan 2026": the years choose the columns)."""
    words = tokens(question)
    said = [(kind, i) for i, w in enumerate(words) if (kind := _kind_of_word(w)) is not None and not intends(words, i)]
    denied = {kind for kind, i in said if _negated(words, i)}  # "budgeten, inte bokslutet": not that column
    kinds = {kind for kind, _ in said if kind not in denied} or {kind for kind, _ in said}
    comparing = [k for k in COMPARING if k in kinds]
    if comparing:
        return comparing[0]
    if not kinds and says_to_date(question):
        return "Utfall"  # "hur mycket har gått åt hittills": the outcome so far
    return kinds.pop() if len(kinds) == 1 else None


def period_kind(question: str) -> str | None:
    """"Utfall" when the question names a period of months ("nettokostnaden januari–augusti", "January–August"):
    the outcome so far, the months that have passed (a column "Utfall jan–aug 2024"); asked when it names no
    other kind of column."""
    return "Utfall" if MONTH_PERIOD.search(question) else None


def column_kinds(question: str) -> tuple[str, ...]:
    """The two kinds of column a question holds against each other ("procent över budget enligt prognosen":
    Budget and Prognos), in the order said; () when it names fewer or more, or names a deviation (a column
    of its own)."""
    words = tokens(question)
    said = [family(kind) for i, w in enumerate(words)
            if (kind := _kind_of_word(w)) is not None and not _negated(words, i) and not intends(words, i)]
    kinds = tuple(dict.fromkeys(said))
    if len(kinds) == 1 and kinds[0] in ESTIMATE_KINDS and says_to_date(question):
        kinds = (kinds[0], "Utfall")  # "hur stor del av budgeten har använts": the outcome so far against it
    return kinds if len(kinds) == 2 and not any(k in COMPARING for k in kinds) else ()


def expects(question: str) -> bool:
    """The question's verb says its figure is still expected ("väntas bli", "beräknas", "is expected to"): of a year
    that has both an outcome so far and a forecast, the forecast is asked (`_expected` in column_kinds). The forms
    themselves, not their stems: "beräkna" bids the reader compute, "bedömer" says who judges."""
    return bool(set(tokens(question)) & expected_forms())


@lru_cache(maxsize=1)
def expected_forms() -> frozenset[str]:
    """The verb forms saying a figure is still expected ("väntas", "beräknas", "is expected")."""
    return frozenset(synonyms()["column_kinds"]["_expected"])


def asked_estimate(question: str) -> str:
    """The kind of column the figure a question holds against another kind is read from: a forecast when its verb
    expects it ("hur många procent lägre än budget väntas investeringarna bli"), else the outcome."""
    return "Prognos" if expects(question) else "Utfall"


def says_to_date(question: str) -> bool:
    """The question speaks of what has been used so far ("har använts", "förbrukat", "hittills", also misspelt
    by one letter: "hittils"), or of the months up to one ("efter augusti", "till och med juni")."""
    words = tokens(question)
    return any(to_date_word(w) for w in words) or bool(UNTIL_MONTH.search(question)) or any(
        f" {phrase} " in f" {' '.join(words)} " for phrase in _to_date_phrases())


@lru_cache(maxsize=1)
def _to_date_phrases() -> tuple[str, ...]:
    """The `_to_date` entries of several words ("gjort av med", "gått åt"), as tokens joined by one space."""
    return tuple(" ".join(tokens(p)) for p in synonyms()["column_kinds"]["_to_date"] if len(tokens(p)) > 1)


def names_months(question: str) -> bool:
    """The question names months of a year: a period ("jan–aug 2024") or the months up to one ("fram till augusti
    2024", "efter juni"); a column of a whole year ("Prognos 2024") does not state them."""
    return bool(MONTH_PERIOD.search(question) or UNTIL_MONTH.search(question))


def asks_part_of_year(question: str) -> bool:
    """The question asks a figure of the months passed of a year ("jan-aug 2024", "hittills i år", "through
    August"), which an interim report states, not a table of whole years."""
    return bool(MONTH_PERIOD.search(question) or UNTIL_MONTH.search(question)) or says_to_date(question)


def period_words(question: str) -> set[str]:
    """The words of the question's periods ("jan-aug", "efter augusti", "helåret"): they say when, they name no topic."""
    return {w for pattern in PERIODS for m in pattern.finditer(question) for w in tokens(m.group())}


# a clause telling when, after what is asked ("..., när fullmäktige ändrade investeringsbudgeten"): up to its end
WHEN_CLAUSE = re.compile(r"(?<=[\w,])\s+(?:när|when)\s+[^?.!,;:]+", re.IGNORECASE)


def when_words(question: str) -> set[str]:
    """The words of a clause after what is asked that tell when a body did something ("vad blev den reviderade
    budgeten ... när fullmäktige ändrade investeringsbudgeten"): its "när", the body and its verb, which the subject
    of a Swedish subordinate clause stands right before; what the body did stays a topic ("när KS delade ut
    uppdrag": "uppdrag"), unless it is a table's word."""
    from assistant.understand.bodies import body_kind

    found: set[str] = set()
    for m in WHEN_CLAUSE.finditer(question):
        words = tokens(m.group())
        found.add(words[0])
        if len(words) >= 3 and body_kind(words[1]) is not None:
            found.update(words[1:3])
    return found


def time_words(question: str) -> set[str]:
    """`period_words` and the words of a year's end ("i slutet av 2020"): no other topic beside a row. (A row may
    be named by them: "Likvida medel vid årets slut" is said "vid slutet av 2025" too, so they stay row words.)"""
    return period_words(question) | {w for m in YEAR_END.finditer(question) for w in tokens(m.group())}


@lru_cache(maxsize=4096)
def to_date_word(word: str) -> bool:
    found, known = stem(word), _sign_stems("_to_date")
    return found in known or (len(word) >= 6 and any(len(s) > 4 and one_typing_error(found, s) for s in known))


NEGATIONS = frozenset({"inte", "ej", "icke", "not", "no"})


def _negated(words: list[str], i: int) -> bool:
    """The word at i is denied: "inte" or "not" one or two words before it ("inte i bokslutet", "not the outcome")."""
    return any(w in NEGATIONS for w in words[max(0, i - 2):i])


INFINITIVE_MARKERS = frozenset({"to", "att"})


def intends(words: list[str], i: int) -> bool:
    """The word at i is a verb of intent governing an infinitive ("Hällefors plan to invest", "planning to invest",
    sentence_types.json infinitive_verbs): what someone means to do, no kind of column. "forecast to exceed" says
    the figure is a forecast."""
    from assistant.understand.words import sentence_types

    return i + 1 < len(words) and words[i + 1] in INFINITIVE_MARKERS and words[i] in sentence_types()["infinitive_verbs"]


def moves_year(column: Column) -> bool:
    """The column's year is one money moves into or out of ("Ombudgeteras till 2025"), not the year of its figure
    ("Budget 2025", "2025", a place's "Riket 2023")."""
    return bool(MOVED_YEAR.search(column.label))


def moved_year(text: str) -> str:
    """The year money moves into or out of as `text` says it, its preposition and year in lower case ("till 2025" of
    "Ombudgeteras till 2025 (tkr)"); "" when it says none."""
    found = MOVED_YEAR.search(text)
    return " ".join(w for w in found.group(0).lower().split() if w != "år") if found else ""


# a title moving money from one year into another ("Ombudgetering av investeringsmedel från 2024 till 2025")
TITLE_MOVE = re.compile(r"(?<!\w)(?:från|from)\s+((?:19|20)\d\d)\s+(?:till|to|into)\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def title_moves(table: "Table") -> tuple[str, ...]:
    """The years a table's title moves its money out of and into, as a question's verb says them ("från 2024", "till
    2025" of "Ombudgetering ... från 2024 till 2025"), when no column names a move of its own and every column is of a
    kind of its own ("Begärt, tkr", "Förslag, tkr"), no year's outcome or budget: each column is a movement. () when
    the title moves none, or a column says the move ("Ombudgeteras till 2025" beside "Budget 2024", "Utfall jan–aug":
    those are the years' own figures)."""
    found = TITLE_MOVE.search(table.title or "")
    if found is None or any(moves_year(c) or _of_every_year(c.kind or "") for c in table.columns):
        return ()
    return f"från {found.group(1)}", f"till {found.group(2)}"


def _of_every_year(kind: str) -> bool:
    """A kind every year's columns take ("Budget", "Bokslut", "Utfall jan–aug"), not a table's own ("Förslag")."""
    words = kind.lower().split()
    return bool(words) and words[0] in KINDS


# a verb, a particle perhaps, then the year money moves into or out of: "flyttas över till 2025", "förs från 2024"
MOVED_BY_VERB = re.compile(r"(?<!\w)([^\W\d_]+)\s+(?:(?:över|fram|upp|tillbaka|vidare)\s+)?"
                           r"((?:till|från)\s+(?:år\s+)?(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def moved_by_verb(question: str, mover: "Callable[[str], bool] | None" = None) -> str:
    """The year a question's verb moves money into or out of ("hur mycket flyttas över till 2025": "till 2025");
    "" when none does. A verb of change ("ökar från 2024 till 2025") moves no money: it compares two years; nor does a
    question counting ("hur många flyttade från [Tierp] 2024": people moving, the place left out of the question).
    `mover`: whether a word names a column moving money ("ombudgeteringen" of "Ombudgeteras till 2025"): its noun
    moves money as its verb does ("ombudgeteringen från 2024")."""
    found = _moving(question, mover)
    return moved_year(found.group(2)) if found is not None else ""


def moving_verb(question: str) -> str:
    """The verb moving money into or out of a year as `moved_by_verb` finds it ("flyttades" of "hur mycket flyttades
    från 2024 till 2025"), in lower case; "" when none does."""
    found = _moving(question)
    return found.group(1).lower() if found is not None else ""


def _moving(question: str, mover: "Callable[[str], bool] | None" = None) -> "re.Match[str] | None":
    from assistant.budget.plan import CHANGE, DECREASE
    from assistant.understand.query import COUNT
    from assistant.understand.words import is_verb

    if COUNT.search(question):
        return None
    for found in MOVED_BY_VERB.finditer(question):
        verb = found.group(1).lower()
        if (is_verb(verb) or mover is not None and mover(verb)) and not CHANGE.fullmatch(verb) \
                and not DECREASE.fullmatch(verb):
            return found
    return None


def _kind_of(column: Column) -> str:
    return family(column.kind) if column.kind else ""


def holds(table: Table, kind: str, years: tuple[int, ...]) -> bool:
    """The table has a column of this kind for the years, or one without a year of its own in a table of those years
    (a yearless "Nettokostnad" beside "Budget 2024" in "Driftredovisning ..., bokslut 2024" is 2024's, no column of
    2020)."""
    kinded = [c for c in table.columns if _kind_of(c) == family(kind)]
    if not kinded or not years or all(any(c.year == y for c in kinded) for y in years):
        return bool(kinded)
    if not any(c.year is None for c in kinded):
        return False
    dated = {c.year for c in table.columns if c.year is not None} | {int(y) for y in YEAR.findall(table.title or "")}
    return not dated or all(y in dated for y in years)


def seen_as(table: Table, kind: str | None, years: tuple[int, ...]) -> Table:
    """The table with, for every year that has a column of `kind`, only that column; a column of `kind`
    without a year takes the question's year (when it names one) and the others of that year go."""
    if not kind or not holds(table, kind, ()):
        return table
    want = family(kind)
    columns = list(table.columns)
    for i, c in enumerate(columns):  # "Avvikelse 2023": a period column of one named year is that year's, when asked
        named = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", c.label)}
        if c.year is None and _kind_of(c) == want and len(named) == 1:
            columns[i] = replace(c, year=named.pop())
    yearless = [i for i, c in enumerate(columns) if c.year is None and _kind_of(c) == want]
    # no year asked: a table of one year ("Budget 2026, Prognos 2026, Avvikelse") is about that year
    table_years = {c.year for c in columns if c.year is not None}
    year = years[0] if len(years) == 1 else next(iter(table_years)) if not years and len(table_years) == 1 else None
    if year is None and not years and table_years and len(yearless) == 1 and not any(
            c.year is not None and _kind_of(c) == want for c in columns):
        # the kind's one column has no year ("Sjukfrånvaro, %" beside "Antal 2024", "Antal 2025") and none is asked:
        # it is the table's latest figure, and the figure asked: the other columns go
        year = max(table_years)
        i = yearless[0]
        column = replace(columns[i], year=year, unit=columns[i].unit or measure_in(columns[i].label))
        rows = tuple(replace(r, values=(r.values[i],)) for r in table.rows)
        return replace(table, columns=(column,), rows=rows)
    if yearless and year is not None and len(table_years) == 1 and year not in table_years:
        # "Budget 2023 | Utfall 2023 | Avvikelse": the deviation is of the table's one year, not of the year asked
        year = next(iter(table_years))
    if yearless and year is not None and not any(c.year == year and _kind_of(c) == want for c in columns):
        i = yearless[0]
        columns[i] = replace(columns[i], year=year)
    kinded_years = {c.year for c in columns if c.year is not None and _kind_of(c) == want}
    keep = [i for i, c in enumerate(columns) if c.year not in kinded_years or _kind_of(c) == want]
    if len(keep) == len(columns) and not yearless and columns == list(table.columns):
        return table
    rows = tuple(replace(r, values=tuple(r.values[i] for i in keep)) for r in table.rows)
    return replace(table, columns=tuple(columns[i] for i in keep), rows=rows)


NET_WORD = re.compile(r"^net(?:to)?", re.I)  # "Nettokostnad", "Nettobudget", "Netto", "Net cost"


def net_of_years(table: Table, kind: str | None, topic: tuple[str, ...] = ()) -> Table:
    """The table with, for each year that has several columns of their own kinds and one net column ("Intäkter |
    Kostnader | Nettokostnad", all 2025), only the net one, when the question asks no kind the table holds: what a
    row gets or costs ("vad kostar hemtjänsten?", "hur mycket går till hemtjänsten?") is its net; a kind asked
    ("intäkterna", or a column's word among the question's `topic` stems: "vilka intäkter räknar de med ...?")
    keeps its own column. Only columns in the table's own unit split a year: "Nettokostnad per invånare kr 2025"
    beside "Budget 2025 mnkr" measures something else, it is no net of the year's budget."""
    if kind and holds(table, kind, ()):
        return table
    # a kind the topic names ("nettokostnaden", "intäkterna") is the year's column read, else its net
    said = {i for i, c in enumerate(table.columns) if set(topic) & set(stems(c.kind or ""))}
    years: dict[int, list[int]] = {}
    for i, c in enumerate(table.columns):
        if c.year is not None and (c.unit is None or c.unit is table.unit):
            years.setdefault(c.year, []).append(i)
    drop: set[int] = set()
    for found in years.values():
        nets = [i for i in found if i in said] if said else \
            [i for i in found if any(NET_WORD.match(w) for w in tokens(table.columns[i].kind or ""))]
        if len(found) >= 2 and len(nets) == 1:
            drop |= set(found) - set(nets)
    if not drop:
        return table
    keep = [i for i in range(len(table.columns)) if i not in drop]
    rows = tuple(replace(r, values=tuple(r.values[i] for i in keep)) for r in table.rows)
    return replace(table, columns=tuple(table.columns[i] for i in keep), rows=rows)


def like_kind(table: Table) -> str | None:
    """The one kind of column every year of the table has, when a year has columns of several kinds ("Budget
    helår 2026", "Utfall jan–aug 2026", "Utfall jan–aug 2025": Utfall): a change between years compares like
    with like. None when no year has two kinds, or no single kind spans the years."""
    years = table.years
    by_year = {y: {_kind_of(c) for c in table.columns if c.year == y} for y in years}
    if len(years) < 2 or all(len(k) < 2 for k in by_year.values()):
        return None
    common = set.intersection(*by_year.values()) - {""}
    return common.pop() if len(common) == 1 else None


def compares_like(table: Table, years: tuple[int, ...]) -> bool:
    """Every year asked has a column of one kind the others have too ("Utfall 2024" beside "Utfall 2023"): a change
    between the years read in the table compares like with like, not a year's budget with another's outcome
    ("Bokslut 2023 | Budget 2024"). True when fewer than two years are asked."""
    if len(set(years)) < 2:
        return True
    kinds = [{_kind_of(c) for c in table.columns if c.year == y} for y in set(years)]
    return bool(set.intersection(*kinds) - {""})


def whole_year_outcome(table: Table, years: tuple[int, ...]) -> str | None:
    """"Utfall" when a year asked (any year, when none is) has columns of several kinds and one of them is the whole
    year's outcome ("Utfall 2025" beside "Budget 2025" in an annual report): what the year's figure was, rather than
    what was planned. None when no such year has one; a part of a year ("Utfall jan–aug 2026") is no year's outcome."""
    asked = years or table.years
    for year in asked:
        kinds = {_kind_of(c) for c in table.columns if c.year == year}
        if len(kinds) >= 2 and any(c.year == year and _kind_of(c) == "Utfall" and _only_kind_and_year(c)
                                   for c in table.columns):
            return "Utfall"
    return None


def _only_kind_and_year(column: Column) -> bool:
    """The label says just its kind and year ("Utfall 2025", "Bokslut 2024"), no part of the year."""
    return len([w for w in tokens(column.label) if not w.isdigit()]) == 1


# A figure in running text is an outcome (what happened) or an estimate (a budget, plan, forecast or target).
OUTCOME_KINDS = ("Utfall",)
ESTIMATE_KINDS = ("Budget", "Plan", "Prognos")


# a listed word stands for the words sharing its stem when the stemmer cut no more than an inflection ending off it
# ("utfallet", "faktiska"); a longer cut is a derivation whose stem is another word ("slutade" -> "slut" is the
# noun of "i slutet av 2025", "landade" -> "land", "verkliga" -> "verk"): such a word matches only as written
INFLECTION_LETTERS = 2


def _key(word: str) -> str:
    """How a listed word is matched: its stem, or the word as written when its stem is another word's."""
    cut = stem(word)
    return cut if len(word) - len(cut) <= INFLECTION_LETTERS else word.lower()


def _keys_of(text: str) -> set[str]:
    """What listed words a text says can be matched on: its words' stems and its words as written."""
    return set(stems(text)) | {w.lower() for w in tokens(text)}


@lru_cache(maxsize=1)
def _figure_stems() -> tuple[frozenset[str], frozenset[str]]:
    kinds = synonyms()["column_kinds"]
    outcome = [w for k in OUTCOME_KINDS for w in kinds[k]] + kinds["_outcome"]
    estimate = [w for k in ESTIMATE_KINDS for w in kinds[k]] + kinds["_estimate"]
    return frozenset(_key(w) for w in outcome), frozenset(_key(w) for w in estimate)


def asks_outcome(question: str) -> bool:
    """The question asks what actually happened ("faktiska resultat", "i bokslutet", "hur slutade ...")."""
    return bool(_keys_of(question) & _figure_stems()[0])


def asks_only_outcome(question: str) -> bool:
    """The question asks what actually happened and names no budget, plan, forecast or proposal, alone or as the
    head of a compound: "hur mycket landade handlingsplanen på" asks for the plan's proposal, "budgeten, inte
    bokslutet" for the budget."""
    found = _keys_of(question)
    outcome, estimate = _figure_stems()
    heads = [e for e in estimate if len(e) >= 4]
    return bool(found & outcome) and not any(w in estimate or any(w.endswith(e) for e in heads) for w in found)


@lru_cache(maxsize=1)
def _came_to_stems() -> frozenset[str]:
    return frozenset(_key(w) for w in synonyms()["column_kinds"]["_came_to"])


def asks_whole_year_outcome(question: str) -> bool:
    """The question asks what a whole year came to: a verb saying what a figure came to and no estimate
    ("prognosen"), with the whole year named ("vad blev resultatet för helåret 2024"), or a year and no part of one
    ("vad blev årets resultat 2024"; not "januari–augusti 2024", "efter augusti") with the verb in the past tense as
    written ("kostade", not "kostar": what a year's figure is going to be is its budget)."""
    found = _keys_of(question)
    if found & _figure_stems()[1]:
        return False
    if WHOLE_YEAR.search(question):
        return bool(found & _came_to_stems())
    if not YEAR.search(DATED_YEAR.sub(" ", question)) or MONTH_PERIOD.search(question) or UNTIL_MONTH.search(question):
        return False  # no year asked: none, or only dates ("i februari 2023")
    return says_came_to(question)


def says_came_to(text: str) -> bool:
    """The text says in the past tense what a figure came to ("som 2023 uppgick till 14,3 miljoner kronor",
    "resultatet blev 4,2 miljoner"): an outcome, whatever kind of column its document's tables hold."""
    return any(w.lower() in _came_to_forms() for w in tokens(text))


@lru_cache(maxsize=1)
def _came_to_forms() -> frozenset[str]:
    """The _came_to verbs as written (past tense: "blev", "kostade"), not stemmed: "kostar" is no outcome."""
    return frozenset(w.lower() for w in synonyms()["column_kinds"]["_came_to"])


def claimed_kinds(claim: str) -> tuple[str, ...]:
    """The families of value columns a claim about a figure can speak of when it names no kind of column: an
    outcome when it says what a figure came to or ended at ("blev", "landade på", "utfallet", "faktiska"), an
    estimate when it says one ("ska", "beräknas", "föreslås"), else any (a budget "får" its figure as an outcome
    does). A year's budget does not confirm what the year's outcome became."""
    found = _keys_of(claim)
    outcome, estimate = _figure_stems()
    if asks_only_outcome(claim) or (found & _came_to_stems() and not found & estimate):
        return OUTCOME_KINDS
    if found & estimate and not found & outcome:
        return ESTIMATE_KINDS
    return OUTCOME_KINDS + ESTIMATE_KINDS


def states_outcome(sentence: str) -> bool:
    """The sentence states an outcome, or at least no budget, plan, forecast or target."""
    found = _keys_of(sentence)
    outcome, estimate = _figure_stems()
    return bool(found & outcome) or not found & estimate


def column_states_outcome(column: str) -> bool:
    """A table's column holds outcomes: by its kind's family when its first word is a kind only tables use ("Ram
    2024" is a budget's frame: SAME_KIND), else by its words (states_outcome)."""
    first = column.split()[0] if column.split() else ""
    if family(first) != first:
        return family(first) in OUTCOME_KINDS
    return states_outcome(column)


def proposes(text: str) -> bool:
    """The text states a figure as a plan, proposal, target or forecast ("föreslås", "ska", "planerat"), and no
    outcome: not yet decided or done. A budget is a decided figure and does not count."""
    found = _keys_of(text)
    outcome, estimate = _figure_stems()
    budget = {stem(w) for w in synonyms()["column_kinds"]["Budget"]}
    return bool(found & (estimate - budget)) and not found & outcome


def span_column(table: Table, years: tuple[int, ...]) -> int | None:
    """The index of a column without a year of its own whose label spans exactly the years asked ("Totalt
    2026–2028" for 2026-2028): the table's own figure for the period."""
    if len(years) < 2:
        return None
    want = {min(years), max(years)}
    for i, c in enumerate(table.columns):
        named = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", c.label)}
        if c.year is None and named == want:
            return i
    return None


ARTICLES = frozenset({"med", "den", "det", "de", "till", "sin", "sitt", "sina", "the", "to", "with", "a", "its", "their"})  # "än i budget": than elsewhere, in the budget
# of ARTICLES, the prepositions linking a verb to what it is held against ("jämför med budgeten")
LINKS = frozenset({"med", "till", "with", "to"})


def held_against(question: str) -> str | None:
    """The kind of column a figure is held against ("hur mycket över budget", "bättre än budgeterat", "mot
    budgeten", "compared with the budget"): a budget, plan or forecast named right after a word of comparison
    (`_against` in column_kinds), with at most a preposition or article between. What is asked is the outcome's
    deviation from it; None when the question holds nothing against a kind."""
    words = tokens(question)
    against, known = _sign_stems("_against"), _kind_stems()
    for i, word in enumerate(words):
        kind = known.get(stem(word))  # by its own stem: "budgetåret" is a year, not the budget
        if kind is None or family(kind) not in ESTIMATE_KINDS or _negated(words, i):
            continue
        before = words[max(0, i - 3):i]
        linked = False  # a preposition between: "jämför med budgeten"
        while before and before[-1] in ARTICLES:
            linked = linked or before.pop() in LINKS
        if before and (stem(before[-1]) in against and not _bids_compare(before[-1])
                       or linked and _bids_compare(before[-1])):
            return family(kind)
    return None


def _bids_compare(word: str) -> bool:
    """A verb bidding the reader compare ("jämför", "compare"; `_compare` in column_kinds): its object is what is
    compared ("jämför det budgeterade resultatet i A och B"), held against only through a preposition. The noun
    of the same stem ("i jämförelse med") is a word of `_against` as written."""
    written = synonyms()["column_kinds"]["_against"]
    return stem(word) in _sign_stems("_compare") and word not in written
