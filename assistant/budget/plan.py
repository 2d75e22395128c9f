"""Question -> plan, deterministic, Swedish and English. A plan is data; execute.py runs it.

Follow-ups ("Och 2023?", "Hur mycket är det i procent?", "Och för socialnämnden?") reuse the plan of
the earlier questions (oldest first) and replace what the new question states.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from assistant.budget.yearless import names_proposal
from assistant.budget.columns import (
    COMPARING, against_stems, asked_estimate, both_ends, column_kind, column_kinds, counts_down, expects, family,
    held_against, intends, kind_of_word, moved_by_verb, moving_verb, names_column_kind, names_months, period_kind,
    period_words, says_to_date, signs, time_words, when_words,
)
from assistant.budget.layout import KINDS, PERIOD_KINDS
from assistant.budget.net import net_rows
from assistant.budget.numbers import NUMBER_WORDS
from assistant.budget.units import Unit, measure_in
from assistant.budget.matching import (
    SUM_OF_NUMBER, TOTAL_WORDS, TOKEN, Lexicon, RowMatch, committee_mentions, group_stems, is_part_kind, match_rows,
    normalise, of_other_day, said_only_day, stem, stems, synonyms, table_kinds, table_words, tokens, unknown_committees,
)
from assistant.understand.gloss import documents_terms, without_glosses
from assistant.understand.language import answer_language, detect_language
from assistant.understand.sources import source_phrases, without_meeting_authors, without_source_phrases
from core.years import YEAR, years_in

OPERATIONS = ("lookup", "change", "percent_change", "difference", "sum", "mean", "mean_change", "share", "ratio", "per",
              "max", "min", "rank", "filter")

_R = lambda pattern: re.compile(pattern, re.IGNORECASE)  # noqa: E731
RANK = _R(r"\b(rangordn\w*|ranka\w*|rank\w*|sortera\w*|storleksordning|topp\s*\d+|top\s*\d+|"
          r"(second|third|fourth|fifth) (largest|biggest|highest|smallest|lowest)|"
          r"(andra|tredje|fjärde|femte) (störst\w*|minst\w*|högst\w*|lägst\w*)|"
          r"(de|the) (två|tre|fyra|fem|two|three|four|five) (största|minsta|largest|biggest|smallest))")
SHARE = _R(r"\b(andel\w*|hur stor del|vilken del|hur många procent av|procent av|share|proportion|"
           r"percentage of|per ?cent of|what percent)")
# a percent asked with no whole named: a share of it, unless the question says a change (then the change's percent)
WHAT_PERCENT = _R(r"what percent")
RATIO = _R(r"\b(gånger (så|mer|större|mindre)|hur många gånger|times (as|more|larger|bigger|the)|"
           r"how many times|ratio|kvot\w*|(?:delat|delad|delade|dividerat|dividerad)\s+med|divided\s+by)")
# "soliditeten, räknat som eget kapital delat med summa tillgångar": what is named before it is what the figures after
# it compute, no row to read
COMPUTED_AS = _R(r"\b(?:räknat|räknad|räknade|beräknat|beräknad|beräknade|calculated|computed)\s+(?:som|as)\b")
MEAN = _R(r"\b(genomsnitt\w*|i snitt|snitt\w*|medel(?:värde|tal)\w*|average|mean)\b")  # "medel" alone: funds
# "at most" / "at least" bound an amount ("may take up at most 12 mnkr"), they rank nothing
MAX = _R(r"\b(störst\w*|högst\w*|mest|flest|largest|biggest|highest|(?<!\bat )most)\b")
MIN = _R(r"\b(minst\w*|lägst\w*|smallest|lowest|(?<!\bat )least)\b")
CHANGE = _R(r"\b(ök(ar|ade|at|a|ning\w*)|minsk(ar|ade|at|a|ning\w*)|förändr\w*|växer|tillväxt|väx(?:a|te|t|ande)\b|"
            r"utveckl\w*|increase\w*|decrease\w*|chang\w*|grow\w*|growth|rise|rises|rising|fall|falls|"
            r"drop\w*|declin\w*|sjunk\w*|sjönk|stig\w*|steg|(?:gå|går|gick|gått)\s+(?:upp|ner|ned)|förbättr\w*|"
            r"försämr\w*|improv\w*|worsen\w*|tapp(?:ar|ade|at|a)\b|förlor(?:ar|ade|at|a)\b|lost|lose|loses|losing|"
            r"shrink\w*|shrank|krymp\w*|ändr(?:as|ades|ats|ing\w*)|"
            r"(?:up|down)\s+(?:from|on|by)\b|"  # "how much is that up from 2024": a change from that year
            r"(?:höj|sänk)(?:s|er|de|des|t|te|tes|ts)\b|rais(?:e|es|ed|ing)\b)")
# the comparatives of size asked "by how much" ("hur mycket mer", "how much less")
COMPARATIVES = r"mer|mindre|större|högre|lägre|more|less|larger|bigger|higher|lower|smaller|greater"
# any Swedish comparative in -are ("dyrare", "billigare"), asked by how much or said before its "än"
SV_COMPARATIVE = r"[^\W\d_]{3,}are"
# one thing set against another, without saying how ("jämfört med", "compared to", "versus")
# "hur förhåller sig A till B": one figure set against another, as "jämfört med" does
SETTING_AGAINST = r"jämfört (?:med|mot)|compared (?:to|with)|jämför\w*|compare\w*|versus|vs|" \
                  r"(?:förhåller|förhöll) sig (?:[^?.\s]+\s+){0,6}?till"
SET_AGAINST = _R(rf"\b(?:{SETTING_AGAINST})\b")
# a comparative and its "än"/"than" at most six words apart ("större är socialnämndens prognostiserade underskott än")
DIFFERENCE = _R(r"\b(skillnad\w*|skiljer|skilde|skiljde|minus(?!\s*\d)|(?:mer|mindre|större|högre|lägre|fler|färre|"
                + SV_COMPARATIVE + r") (?:[^?.\s]+\s+){0,6}?än|"
                r"differ\w*|(?:more|less|larger|bigger|higher|lower|smaller|greater) (?:[^?.\s]+\s+){0,6}?than|"
                rf"{SETTING_AGAINST})\b")
# whether one figure suffices for another ("räcker ramen till ...", "täcker anslaget ...", "is it enough to cover")
SUFFICE = _R(r"\b(?:räcker|räckte|räcka|täcker|täckte|täcka|suffic\w*|enough|cover|covers|covered)\b")
# "hur mycket mer ...?", "how much less ...?": a comparative asked by how much; in a follow-up its "than" is the other
# thing the conversation named
BY_HOW_MUCH = _R(rf"\b(?:hur mycket|how much)\s+(?:{COMPARATIVES}|{SV_COMPARATIVE})\b")
# ... and of worth ("hur mycket bättre blev resultatet?"): a difference asked too (follow-ups, a statement's figure
# held against the asked one); of one row between two years, its change, as "hur mycket mer" ("hur mycket bättre
# var resultatet jan-aug 2024 än samma period året innan")
WORTH_COMPARATIVES = r"bättre|sämre|better|worse"
# any comparative: of size, of worth, or a Swedish one in -are ("mer", "sämre", "dyrare")
ANY_COMPARATIVE = rf"(?:{COMPARATIVES}|{WORTH_COMPARATIVES}|{SV_COMPARATIVE})"
BY_HOW_MUCH_EITHER = _R(rf"\b(hur mycket|how much)\s+(?:{COMPARATIVES}|{WORTH_COMPARATIVES})\b")
# what names the other side of a comparison ("än socialnämndens", "than 2023", "jämfört med", "mellan A och B"): a
# comparative without it compares with what the conversation named
THAN = _R(r"\b(?:än|than|jämfört (?:med|mot)|compared (?:to|with)|versus|vs|mellan|between)\b")
# "tillsammans med", "ihop med", "together with" are a preposition ("driver räddningstjänsten tillsammans med Tranås"):
# with whom, not a sum
SUM = _R(r"\b(summa\w*|summer\w*|together(?!\s+with\b)|sammanlag(?:t|da?)|sammantaget|samlade?|samlat|"
         r"tillsammans(?!\s+med\b)|totalt|totala|totalen|total|sum|combined|altogether|in all|plus|ihop(?!\s+med\b)|"
         r"sammanräkn\w*)\b")
PERCENT = _R(r"(procent(?!enhet)|%|percent(?!age point)\w*)")  # "procentenheter": points, a change
WHICH = _R(r"^\s*(vilken|vilket|vilka|which)\b(?! år| year)")
# a comparative against a number, in digits or words ("mer än 3 år", "more than three years"): a condition on what
# is asked, not a difference; a year ending the clause is the other side of a difference ("hur många procent är det
# mer än 2024?"), a year-like number before a noun a count ("fler än 2000 invånare")
AGAINST_NUMBER = _R(r"\b(mer|mindre|fler|färre|längre|kortare|över|under|more|less|longer|fewer|shorter) (?:än|than) "
                    r"(?!(?:19|20)\d\d\s*(?:[?.!,;]|$|(?:och|för|i|då|enligt|samt|and|for|in)\b))"
                    r"(?:\d|(?:" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + r")\b)")
LESS = _R(r"(mindre|lägre|färre|less|lower|smaller|fewer)\b")
DECREASE = _R(r"\b(minsk\w*|sjunk\w*|sjönk|går ner|tapp(?:ar|ade|at|a)\b|förlor(?:ar|ade|at|a)\b|lost|lose|sänk(?:s|er|te|tes|t|ts)\b|decrease\w*|fall\w*|drop\w*|declin\w*|shrink\w*)")
# "hur många miljoner": a count of money units asks for money, as "hur mycket" does
MONEY_UNITS = r"(?:kronor|kr|tkr|mnkr|mkr|miljon\w*|miljard\w*|sek|million\w*|billion\w*)\b"
# a unit of money, written out or short ("hur många kr av varje hundralapp"), asks for a figure
FIGURE = _R(r"\b(hur mycket|hur stor\w*|hur hög\w*|hur låg\w*|vilket belopp|belopp\w*|får|fick|"
            r"tilldelas|kosta[rt]?|kostade|kostnad\w*|pengar|kronor|kr|tkr|mnkr|mkr|miljoner|procent|how much|"
            r"amount|how large|how big|gets?|receives?|spend\w*|allocat\w*)\b")
WEAK_FIGURE = _R(r"\b(vad (är|var|blir|har)|vilken är|vilket är|what is|what are|what was|what will be|budget\w*)\b")
NOT_FIGURES = _R(r"^\s*(vem|vilka personer|who|when|när|varför|why|hur många (?!procent|gånger|fler\b|färre\b|"
                 + MONEY_UNITS + r")|how many (?!times|" + MONEY_UNITS + r")|vad säger|what does|vad handlar|what is the (purpose|aim))")
# "för ökad busstrafik", "för att utöka kollektivtrafiken": what the money is for, not a change to compute
PURPOSE = _R(r"\b(?:för|for|i syfte att|to)\s+(?:att\s+)?(?:en\s+|ett\s+|an?\s+)?(?:ökad\w*|utökad\w*|minskad\w*|"
             r"öka|utöka|minska|increased?|reduced?|decreased?|more)\s+[a-zåäöé]")
RANGE = _R(r"\b((?:19|20)\d\d)\s*(?:-|–|—|till|to|t\.o\.m\.?|until|through)\s*((?:19|20)\d\d)\b")
BY_YEAR = _R(r"\b(vilket år|vilka år|which year|what year|in which year|när är|när blir)\b")
# "alla fem åren", "all three years": every year, counted
ALL_YEARS = _R(r"\b(under perioden|hela perioden|perioden|alla år\w*|samtliga år|varje år|per år|"
               r"planperioden|over the period|whole period|entire period|all years|each year|every year|"
               r"all the years|the period|(?:alla|samtliga|all|all the)\s+(?:\d|två|tre|fyra|fem|sex|two|three|four|"
               r"five|six)\s+(?:år|åren|years))\b")
# a mean per a part of the year ("i snitt per månad", "per kvartal", "monthly"): the months in each part
PER_PERIOD = _R(r"\b(?:per|i|varje|each|a|every)\s+(månad|månaden|kvartal|kvartalet|month|quarter)\b|"
                r"\b(månadsvis|kvartalsvis|monthly|quarterly)\b")
PARTS_OF_YEAR = {1: ("månad", "month"), 3: ("kvartal", "quarter")}  # a mean's part of the year, by its months
# the latest time a table states, said of a time noun ("vid senaste årsskiftet", "the latest year")
LATEST_TIME = r"senaste\s+(?:året|årsskiftet|bokslutet|utfallet|mätningen)|(?:the\s+)?(?:latest|most\s+recent)\s+year"
RELATIVE = _R(rf"\b(nästa år|kommande år|next year|i år|this year|förra året|last year|{LATEST_TIME})\b")
LATEST = _R(LATEST_TIME)


def relative_words(question: str) -> set[str]:
    """The words of the years a question names relative to now or to the tables ("nästa år", "vid senaste
    årsskiftet"): when, no topic."""
    return {w for m in RELATIVE.finditer(question) for w in tokens(m.group())}


GENERIC_COMMITTEE = _R(r"\b(nämnds?|nämndens?|nämnders?|nämndernas?|committees?|committee's|committees')(?!\w)")
# the noun of a table's single items ("vilket investeringsprojekt är störst?"): its rows, not the sections
# grouping them
ITEM_NOUN = _R(r"(?:projekt(?:et|en|s)?|projects?)(?!\w)")
# a year said relative to the year the conversation is about ("hur mycket mer än året innan?")
# a year dating the document a question names ("enligt budgeten för 2022", "i budget 2022 för 2023", "in the 2022
# budget"): which document, not which column, when the question asks another year too
DOCUMENT_YEAR = _R(r"\b(?:enligt|i|according to|in)\s+(?:[\w-]+:?s\s+)?(?:the\s+)?(?:mål och budget|budget(?:en|förslaget)?|"
                   r"årsredovisning(?:en)?|delårsrapport(?:en)?|annual report)\s+(?:för\s+|for\s+)?((?:19|20)\d\d)\b")
JOINED_YEAR = _R(r"(?:\boch|\band|\beller|\bor|\bsamt|\brespektive|,|[-–—]|\btill|\bto|\bmot|\bvs\.?|\bän|\bthan|"
                 r"\bjämfört med|\bcompared (?:to|with))\s*$")
YEAR_BEFORE = _R(r"\b(året innan|året före|föregående år(?:et)?|the year before|the previous year|the prior year)\b")
YEAR_AFTER = _R(r"\b(året efter|följande år(?:et)?|the year after|the following year)\b")
# every year from one on, to the table's last: "2022 och framåt", "from 2022 onwards", "åren efter 2021"; without a
# year ("och åren efter det?", "the following years") the years after the earlier turn's
ONWARD = _R(r"\b((?:19|20)\d\d)\s+(?:och|and)\s+(?:framåt|senare|later|beyond|onwards?)\b|"
            r"\b(?:from|starting(?:\s+in)?)\s+((?:19|20)\d\d)\s+on(?:wards?)?\b")
YEARS_AFTER = _R(r"\b(?:(?:de|the)\s+)?(?:åren|years)\s+(?:efter|after|following)(?:\s+((?:19|20)\d\d))?\b|"
                 r"\b(?:de\s+)?följande åren\b|\bthe following years\b")
TOP_N = _R(r"\b(?:topp|top|de|the)\s*(\d+|två|tre|fyra|fem|two|three|four|five)\b")
_NUM_WORDS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "two": 2, "three": 3, "four": 4, "five": 5}
@dataclass(frozen=True, slots=True)
class Plan:
    """What to compute. Empty fields mean "not stated" (a follow-up fills them from history)."""

    operation: str | None = None  # one of OPERATIONS; None when the question states none
    rows: tuple[str, ...] = ()  # row labels as in the tables, in question order
    spans: tuple[tuple[str, str], ...] = ()  # two rows said as the ends of a range ("juni-augusti"): every row between
    denominator: str | None = None  # for share/ratio: the row after "av"/"of"
    denominator_with: tuple[str, ...] = ()  # rows joined to it ("av skatteintäkter och generella statsbidrag"): a sum
    # for a share of such a sum: the row of it said again as the part ("... kommer från statsbidrag och utjämning")
    part: str | None = None
    years: tuple[int, ...] = ()
    year_range: bool = False  # "2021-2025", "mellan 2021 och 2023": every year in between
    all_years: bool = False  # "under perioden"
    relative_year: str | None = None  # "nästa år": resolved (and stated) at execution
    year_shift: int = 0  # "året innan" (-1), "året efter" (+1): relative to the previous turn's year
    onward: bool = False  # every year of the table from years[0] on ("2022 och framåt"; "åren efter det": year_shift 1)
    committees_only: bool = False  # "vilken nämnd ...": rank the committees, not every row ("Exploatering")
    items_only: bool = False  # "vilket projekt ...": rank a grouped table's items, not its groups' totals
    excluded: tuple[str, ...] = ()  # rows the question takes out ("förutom avgiftsfinansierad verksamhet")
    table_kind: str | None = None  # "drift", "investering", "resultat"
    measure: str = "value"  # for max/min/rank: "value" or "change" ("vilken nämnd ökar mest")
    percent: bool = False  # the question asks for percent ("i procent", "hur många procent")
    by_year: bool = False  # "vilket år ...": max/min over the years (of the total row when no row is named)
    threshold: Decimal | None = None  # "filter": "mer än 200 miljoner" (kronor; None unit: the table's unit)
    threshold_unit: str | None = None
    above: bool = True
    top_n: int | None = None
    unknown: tuple[str, ...] = ()  # committee names that match no row
    column_kind: str | None = None  # "Utfall", "Plan", "Avvikelse" ...: the kind of column asked for (columns.py)
    kinds: tuple[str, ...] = ()  # two kinds of column held against each other ("över budget enligt prognosen")
    expected: bool = False  # the verb says the figure is still expected ("väntas bli"): a forecast, when a year has one
    months: bool = False  # the question names months of a year ("jan–aug 2024", "efter augusti"): a part of a year
    per_months: int = 0  # a mean per part of the year: the months of the part ("per månad": 1, "per kvartal": 3)
    sign: int = 0  # -1 for figures named as deficits ("underskottet för nämnderna som gick back"), +1 surpluses
    of_sign: bool = False  # the committees are only those of that sign ("nämnderna som gick back", "nämnder med
    # underskott"); without it the sign names what their figure is ("nämndernas samlade underskott": their total)
    intent: bool = False  # the question clearly asks for a figure
    said: tuple[str, ...] = ()  # the words that named the rows
    against: bool = False  # the one row named is the other side of a comparison ("större än socialnämndens")
    language: str = "sv"
    goal: Decimal | None = None  # "minst 4 % av ...": a bound the computed percentage is held against
    goal_above: bool = True  # "minst" (at least) or "högst" (at most)
    net: bool = False  # a net no row holds (net.py): the first row less the second's size, signed
    within: str | None = None  # a table's own kind naming whose rows two other kinds are read of ("andel av budgeten
    # användes för de projekt som ombudgeteras": the table holding "Ombudgeteras till 2025"), its total row
    topic: tuple[str, ...] = ()  # stems of the words naming no row, year or operation ("antalet tillsvidareanställda
    # i socialnämnden": "tillsvidareanställd"), which a table's title may name

    @property
    def asks_change(self) -> bool:
        """A change between years is asked: the operation, or ranking by change ("vilken nämnd ökar mest")."""
        return self.measure == "change" or self.operation in ("change", "percent_change", "mean_change")


# "minst 4 % av skatteintäkterna": a bound on a share, not the smallest of something
GOAL = _R(r"\b(?P<dir>minst|åtminstone|at least|högst|som mest|at most|mål(?:et)? (?:om|på)|goal of|target of)"
          r"\s+(?:minst\s+)?(?P<num>\d+(?:[.,]\d+)?)\s*(?:%|procent|percent)(?P<of>(?:\s+[^\W\d_]+){0,2}?\s+(?:av|of)\b)?")


# what a percentage is reckoned on, named apart from it ("räkna på skatteintäkter plus statsbidrag"): its base, as
# "av" names it ("4 procent av skatteintäkterna")
BASE = _R(r"\b(?:be)?räkn(?:a|ar|at|ad|ade)\s+på\b")


# an operation word joined to a row's word in one compound ("snittresultatet", "medelkostnaden")
OPERATION_COMPOUND = _R(r"\b(genomsnitts|snitt|medel)([^\W\d_]{4,})\b")


def _operation_compounds_split(question: str, lexicon: Lexicon) -> str:
    """A compound of an operation word and a word of a row label, written apart: "snittresultatet" is "snitt
    resultatet" (the mean of "Årets resultat"). A compound that is itself a label's word ("Medelålder") stays."""
    def split(m: re.Match[str]) -> str:
        if match_rows(m.group(), lexicon) or not match_rows(m.group(2), lexicon):
            return m.group()
        return f"{m.group(1)} {m.group(2)}"
    return OPERATION_COMPOUND.sub(split, question)


FIGURE_COMPOUND = _R(r"(?<![\w-])[^\W\d_]{8,}(?![\w-])")  # a long word, perhaps a compound of a row's word
MIN_FRONT = 4  # a compound's front naming a row: at least four letters ("badhus" of "badhusbudgeten")


@lru_cache(maxsize=1)
def _figure_heads() -> frozenset[str]:
    """Stems of the one-word names of a kind of table ("investeringarna", "ramen") or of a year's figure ("budgeten",
    "prognosen", "utfallet"). A figure derived from others ("avvikelsen", "förändringen") compounded with a row's
    word names a measure of its own ("nettokostnadsavvikelsen"), no row in a column."""
    from assistant.budget.columns import ESTIMATE_KINDS, OUTCOME_KINDS, _kind_stems, family
    from assistant.budget.matching import synonyms

    words = [w for spec in synonyms()["tables"].values() for w in spec["words"] if " " not in w]
    yearly = {s for s, kind in _kind_stems().items() if family(kind) in (*OUTCOME_KINDS, *ESTIMATE_KINDS)}
    return frozenset(yearly) | frozenset(stem(w) for w in words)


def names_figure_kind(question: str) -> bool:
    """A word of the question names a kind of table or of a year's figure ("vilken ram har ...", "budgeten"): it
    asks a figure whatever its question word."""
    heads = _figure_heads()
    return any(stem(w) in heads for w in tokens(question))


def _figure_compounds_split(question: str, lexicon: Lexicon) -> str:
    """A compound of a row's word and the name of a kind of figure, written apart: "badhusbudgeten" is "badhus
    budgeten" (the row "Nytt badhus" in a budget column), "skolinvesteringarna" "skol investeringarna". Only a
    compound no row is named by whose front names one (a linking s dropped) is split, never the name of a kind of
    table ("investeringsbudgeten", "resultatbudgeten"), nor a word of a table's or its document's title ("åtgärdsplan"
    of "Åtgärdsplan för ekonomi i balans 2025": the plan the figures are in, not "åtgärd" in a Plan column)."""
    heads = _figure_heads()
    titled = frozenset().union(*lexicon.titles)

    def split(m: re.Match[str]) -> str:
        word = m.group()
        if match_rows(word, lexicon) or table_kinds(word):  # "investeringsbudgeten" names a kind of table
            return word
        if stem(word.lower()) in titled:
            return word
        for i in range(MIN_FRONT, len(word) - 3):
            if stem(word[i:]) not in heads:
                continue
            front = word[:i]
            for named in (front, front[:-1] if front.endswith("s") else ""):
                if len(named) >= MIN_FRONT and match_rows(named, lexicon):
                    return f"{named} {word[i:]}"
        return word
    return FIGURE_COMPOUND.sub(split, question)


def said_as_when_or_how(match: RowMatch, question: str) -> bool:
    """A row named in part only by words the question says when ("efter augusti": not "Antal
    tillsvidareanställda 31 augusti") or what it computes with ("Grundskolans andel av ...": not "Andel
    heltidsanställda, %"). A row those words name whole ("Juni" of "juni-augusti") is named."""
    words = set(tokens(match.said))
    operation = {w for m in SHARE.finditer(question) for w in tokens(m.group())}
    every_year = {w for m in ALL_YEARS.finditer(normalise(question)) for w in tokens(m.group())}  # "under hela
    # perioden 2025-2027": every year, not "Periodens resultat"
    rest = {w for w in tokens(match.label) if not w.isdigit()} - words
    return bool(words) and bool(rest) and words <= period_words(question) | operation | every_year


def parse_question(question: str, lexicon: Lexicon, near: frozenset[str] = frozenset(),
                   headed: frozenset[str] = frozenset(), figure_named: bool = False) -> Plan:
    """The plan one question states on its own (no history); `near` and `headed` as match_rows takes them;
    `figure_named`: the conversation before it named a figure's row (a follow-up's "per invånare" divides it)."""
    question = re.sub(r"(?<=\w)\s*\+\s*(?=\w)", " plus ", question)  # "skatteintäkter + statsbidrag": a word joins them
    question = _figure_compounds_split(_operation_compounds_split(question, lexicon), lexicon)
    question = without_meeting_authors(question)
    text = normalise(question)
    # "Invånare 31 dec" does not count what "den 30 juni" asks
    kinds = table_kinds(question, lexicon.label_words)
    said_years = years_in(text)
    matches = [m for m in match_rows(question, lexicon, near, headed, lexicon.of_kinds(kinds) if kinds else frozenset(),
                                     lexicon.with_years(said_years) if said_years else frozenset())
               if not of_other_day(m.label, question) and not _asking_word_as_row(m) and not said_only_day(m.said)]
    matches = [m for m in matches if not said_as_when_or_how(m, question)]
    named_kind = _column_named(question, lexicon)
    if column_kind(question) is None:  # the column named is the one read ("i budget 2025" names another)
        matches = _rows_beside_column(question, matches, named_kind, lexicon)
    matches = _tables_not_rows(matches, kinds, lexicon)
    matches = _rows_of_named_kind(matches, kinds, lexicon)
    matches = _rates_as_division(matches, kinds, lexicon, figure_named)
    matches = _titles_not_rows(question, matches, lexicon)
    matches = _with_shared_modifier(question, matches, lexicon)
    matches = _glossed_names(question, matches)
    matches = _clause_subjects_not_rows(question, matches)
    matches = _movers_not_rows(question, matches, lexicon)
    matches = _open_band(question, matches, lexicon)
    years, year_range = _years(text)
    years = _moved_into(question, lexicon, named_kind, years)
    if year_range and len(set(years)) == 1:  # "flyttas över från 2024 till 2025": the one year money moves into
        years, year_range = years[:1], False
    start = _onward_start(text)
    if start is not None:
        years, year_range = (start,), False
    shifted = YEAR_BEFORE.search(text) or YEAR_AFTER.search(text)
    if shifted and len(years) == 1:  # "mer 2023 än året innan": the year beside the one the question names
        other = years[0] + (-1 if YEAR_BEFORE.search(text) else 1)
        text = text[:shifted.start()] + str(other) + text[shifted.end():]
        years, year_range = _years(text)
    goal = GOAL.search(text)
    if goal is not None:  # "klarar de målet om minst 4 % av A och B?": the share of A and B, held against 4 %
        # ("mål om 4 procents resultat? räkna på A plus B": the base named apart)
        text = ("andel " if goal.group("of") or BASE.search(text) else "") + text[:goal.start()] + text[
            goal.start("of") if goal.group("of") else goal.end():]
    # a compound of an operation word left whole names a figure of its own ("snitträntan": no row is "räntan", so the
    # documents state it; _operation_compounds_split parts those naming a row), not an operation on another row
    stated = OPERATION_COMPOUND.sub(" ", PURPOSE.sub(" ", text))
    said_op, _ = _operation(stated, matches, years, year_range)  # a row's own word asks too
    op, measure = _operation(OPERATION_COMPOUND.sub(" ", PURPOSE.sub(" ", without_names(text, matches))), matches,
                             years, year_range)
    if op in (None, "lookup") and said_op == "sum" and year_range and len(set(years)) >= 2 and (any(
            SUM.fullmatch(w) and w not in tokens(m.label) for m in matches for w in m.said.split())
            or _whole_period(text)):
        op = "sum"  # "investerar totalt 2025-2027": a word naming "Totala investeringar" in another form asks for the
        # span's sum too ("totala investeringar 2025-2027" is the row's own name: each year), and so does the row's
        # own name said of the whole period ("totalt under hela perioden 2025–2027")
    if op in (None, "lookup"):  # "ramen i budget 2022 för 2023": the year of the document is no column's
        years = _without_document_year(text, years, year_range)
    if measure == "change":  # "mindre 2023 än 2022": a change runs from the earlier year to the later
        years = tuple(sorted(years))
    threshold = _threshold(text)
    if threshold is not None and len(matches) != 1:
        op, measure = "filter", "value"
    intent = bool(FIGURE.search(text) or said_op not in (None, "lookup")) and not NOT_FIGURES.search(text)
    # "socialnämnden gick back 2023. hur mycket högre är deras budget 2025 än vad de gjorde av med 2023?": the statement
    # before the question tells what happened; the columns and the sign are those of what is asked, when it names one
    asked = asked_after_statement(question)
    kind = column_kind(asked)
    if kind is None or (named_kind and any(stem(kind.lower()) in s for s in stems(named_kind))) or (
            named_kind and _proposal_asked(named_kind, question, lexicon)):
        # "vilken ram föreslog M och SD i sin budget": the column of their proposal, not a Budget column
        # "ackumulerat" of "Ackumulerat utfall": the table's own kind of outcome; "ombudgeterar" of "Ombudgeteras
        # till 2025": the table's own kind, a compound of the general one ("budget")
        kind = named_kind or kind
    if kind is not None and kind == named_kind and period_kind(question) and _names_row_too(named_kind, matches, lexicon):
        kind = None  # "nettokostnader jan-aug 2024": the row "Verksamhetens nettokostnader" in the months' outcome,
        # not a column "Nettokostnad" of another table
    kind = kind or period_kind(question)
    if kind and len(matches) >= 2:
        matches = _columns_not_rows(matches, kind, lexicon)
    compared = column_kinds(asked) or _own_kinds_compared(without_source_phrases(question), lexicon, op) or \
        _own_kind_held_against(question, lexicon, op, kind) or _kind_as_whole(question, op, kind, lexicon, matches)
    if kind is not None and len(compared) == 2 and kind not in compared and column_kind(without_source_phrases(question)) is None:
        kind = None  # "... täcks av intäkter enligt budgeten per verksamhet": the two kinds held against each other,
        # the source's "budget" no column of its own
    op, kind, compared = _against_kind(question, text, op, kind, compared)
    said_columns: list[RowMatch] = []  # rows' names said of a column: "jämfört med ks förslag", the board's proposal
    if len(compared) == 2 and len(matches) >= 2:
        for other in compared:
            rows = _columns_not_rows(matches, other, lexicon)
            said_columns += [m for m in matches if m not in rows]
            matches = rows
    if op in (None, "lookup") and "Utfall" in compared and says_to_date(question) and held_against(question) is None:
        if PERCENT.search(text):
            op = "share"  # "hur mycket har förbrukats av budgeten, i procent": the outcome so far, a share of the other
        else:
            kind, compared = "Utfall", ()  # "hur mycket av budgeten har gått åt": the outcome so far itself
    if op in ("max", "min") and counts_down(question):
        op = "min" if op == "max" else "max"  # "störst underskott": the most negative figure
    if op in ("max", "min") and len(matches) != 1 and not BY_YEAR.search(text) and (
            both_ends(question) or (MAX.search(text) and MIN.search(text))):
        op = "rank"  # "vilken är störst och vilken minst": the whole order answers both
    if op in ("max", "min", "rank"):  # "vilket projekt är störst": the items ranked, not a row named by their noun
        matches = [m for m in matches if not ITEM_NOUN.fullmatch(normalise(m.said))]  # ("Övriga projekt")
    if not intent and (matches or years) and not NOT_FIGURES.search(text):
        # "Vad är finansnettot 2023?", "Socialnämnden 2022?" but not "Vad är socialnämndens uppdrag?"
        rest = _leftover(question, matches, lexicon.columns | lexicon.titles_of([m.label for m in matches]))
        rest = [w for w in rest if not _head_of_a_sibling(w, [m.label for m in matches], lexicon)]
        # "What is the capital budget for 2023?": a table named with a year and nothing else asks for its figure
        named = bool(matches) or (bool(kinds) and bool(years))
        # words of closed classes are gone from `rest`: a content word left is another topic ("uppdrag")
        dated = bool(years) or bool(RELATIVE.search(text))  # "i år", "förra året" name a year too
        weak = WEAK_FIGURE.search(text) or _asks_which_figure(text)
        intent = (not rest and named) if weak else (not rest and bool(matches) and dated)
        if intent and op is None:
            op = "lookup"
    from assistant.budget.quantity import stated_quantity

    if not intent and not NOT_FIGURES.search(text) and any(stated_quantity(question, m.label) for m in matches):
        op, intent = op or "lookup", True  # "vad betalar man för 150 kubikmeter": the price per kubikmeter times 150
    per_months = _per_months(text, matches)
    if per_months and op in (None, "lookup") and matches:
        op, intent = "mean", True  # "vad har nämnden gjort av med per månad": the mean of a month
    per = per_row(question, matches, by_kind=bool(kinds))
    if per is not None and (op in (None, "lookup") or (op in ("difference", "max", "min") and
                                                       len(matches) == (1 if kinds else 2))):
        # "nettokostnad per invånare": one figure divided by a count ("hur mycket högre ... än", "vilken har högst
        # ...": of two places; the largest of a cost and a count is no question)
        op, intent = "per", True
    top = TOP_N.search(text) if op == "rank" else None
    top_n = None
    if top:
        raw = top.group(1)
        top_n = int(raw) if raw.isdigit() and int(raw) < 100 else _NUM_WORDS.get(raw)
    excluded = excluded_rows(question, matches) if op in ("max", "min", "rank", "sum", "mean", None, "lookup") else ()
    if excluded and op in (None, "lookup"):
        if all(m.label in excluded or _names_total(m.label) for m in matches):
            # "hur mycket investerar kommunen 2025 om man räknar bort simhallen": a row taken out of the table's
            # whole asks its other rows summed; the total row said ("totalt investeringar") is that whole
            op, intent = "sum", True
            matches = [m for m in matches if not _names_total(m.label)]
        else:
            excluded = ()  # "resultatet utan reavinster": a row of its own asked, as it reads
    matches = [m for m in matches if m.label not in excluded]
    op, matches = _computed_as(question, op, matches)
    plan = Plan(
        operation=op, rows=tuple(m.label for m in matches), spans=row_spans(question, matches),
        denominator=per if op == "per" else _denominator(question, matches),
        denominator_with=_joined_to_denominator(question, matches),
        part=_part_of_whole(question, matches, lexicon) if op == "share" else None,
        years=years, year_range=year_range, all_years=bool(ALL_YEARS.search(text)),
        relative_year=(m.group(1) if (m := RELATIVE.search(text)) else None),
        year_shift=-1 if YEAR_BEFORE.search(text) else 1 if YEAR_AFTER.search(text) or (
            start is None and YEARS_AFTER.search(text)) else 0,
        onward=start is not None or bool(YEARS_AFTER.search(text)),
        committees_only=bool(GENERIC_COMMITTEE.search(text)), excluded=excluded,
        items_only=bool(ITEM_NOUN.search(text)) and not GENERIC_COMMITTEE.search(text),
        table_kind=kinds[0] if len(kinds) == 1 else (_prefer_kind(kinds) if kinds else None),
        measure=measure, percent=bool(PERCENT.search(text)), top_n=top_n, by_year=bool(BY_YEAR.search(text)),
        threshold=threshold[0] if threshold else None, threshold_unit=threshold[1] if threshold else None,
        above=threshold[2] if threshold else True,
        unknown=tuple(name for name in unknown_committees(without_glosses(question), matches + said_columns)
                      if not _clause_subject_name(name, question)), intent=intent,
        column_kind=kind, kinds=compared,
        expected=expects(question), months=names_months(question),
        per_months=per_months if op == "mean" else 0,
        sign=next(iter(named_signs)) if len(named_signs := signs(asked)) == 1 else 0,
        of_sign=_committees_of_sign(text),
        said=tuple(m.said for m in matches), language=answer_language(detect_language(question)),
        against=len(matches) == 1 and said_after_than(question, matches[0].said),
        goal=Decimal(goal.group("num").replace(",", ".")) if goal and op == "share" else None,
        goal_above=not goal or goal.group("dir").lower() not in ("högst", "som mest", "at most"),
        topic=topic_words(question, matches),
        within=_restricting_kind(question, lexicon, compared) if not matches else None,
    )
    return _net_asked(question, text, _stated_share(_part_unnamed(question, plan, matches), lexicon), lexicon)


def _stated_share(plan: Plan, lexicon: Lexicon) -> Plan:
    """A share of one row in another that a row of the tables states ("resultatet i procent av skatter och bidrag":
    "Årets resultat i % av skatter och statsbidrag"): that row read, not the division of the two rows found, which
    may be other rows than the stated share is of ("Skatteintäkter" alone). Its label holds a per cent sign or word
    and the words both rows were named by; of several, the one of a table holding the years asked. The plan as it
    was when no one such row is."""
    if not (plan.operation == "share" or plan.percent) or len(plan.rows) != 2 or plan.denominator is None \
            or len(plan.said) != 2:
        return plan
    said = [set(stems(s)) for s in plan.said]
    if not all(said):
        return plan

    def holds(words: set[str], label: str) -> bool:  # "resultatet" is stemmed "resultat", "Resultat" "result"
        own = stems(label)
        return all(any(w == o or (min(len(w), len(o)) >= 4 and (w.startswith(o) or o.startswith(w))) for o in own)
                   for w in words)

    labels = {label for _, label in lexicon.phrases
              if ("%" in label or "procent" in label.lower()) and all(holds(s, label) for s in said)}
    if len(labels) > 1 and plan.years:
        labels = labels & lexicon.with_years(plan.years) or labels
    if len(labels) != 1:
        return plan
    label = labels.pop()  # "vilken kommun budgeterar det högsta resultatet i procent av ...": the highest of it
    return replace(plan, operation="lookup" if plan.operation == "share" else plan.operation, rows=(label,),
                   said=(label,), denominator=None, denominator_with=(), percent=False)


def _part_unnamed(question: str, plan: Plan, matches: list[RowMatch]) -> Plan:
    """A share of the one row said right after "av" ("hur stor del av vård- och omsorgsnämndens budget går till
    hemtjänsten?"): that row is the whole, and the part is what the question names after it in words no row has
    ("hemtjänsten"), which no table states: unknown, so the figures refuse rather than give the row's share of the
    total. The plan as it was when no such words follow the whole."""
    if not _whole_named(question, plan) or len(matches) != 1 or plan.kinds:
        return plan
    words = tokens(question)
    # the part is the object of a preposition after the whole ("går till hemtjänsten", "läggs på personal"), not a
    # verb ("har förbrukats": the outcome so far against the budget)
    part = [w for k, w in enumerate(words) if k > matches[0].end and words[k - 1] in PART_PREPOSITIONS
            and len(w) > 3 and w.isalpha() and stem(w) in plan.topic]
    return replace(plan, unknown=(*plan.unknown, part[0])) if part else plan


PART_PREPOSITIONS = frozenset({"till", "på", "åt", "för", "to", "on", "for"})


# what restricts a group to some of its members: a relative clause or a preposition right after the group's noun
RESTRICTING = frozenset({"som", "med", "that", "which", "with"})


def _committees_of_sign(text: str) -> bool:
    """The committees named in general are restricted by a clause naming a sign right after them ("nämnderna som
    gick back", "nämnder med underskott", "committees that overspent"): only those of that sign are meant."""
    for m in GENERIC_COMMITTEE.finditer(text):
        after = tokens(text[m.end():])[:7]
        if after[:1] in (["i"], ["in"]) and len(after) > 2 and after[2] in RESTRICTING:
            after = after[2:]  # "nämnder i Kungsör som ...": the place they are in comes before the clause
        after = after[:5]
        if after and after[0] in RESTRICTING and (signs(" ".join(after)) or _beyond_budget(after)):
            return True
    return False


def _beyond_budget(words: list[str]) -> bool:
    """The words say a figure went over or under its budget ("som gick över budget", "that went over budget"): a
    committee's costs beyond its frame, a sign of its own."""
    return any(w in ("över", "under", "over") and kind_of_word(n) == "Budget" for w, n in zip(words, words[1:]))


_OPERATION_WORDS = (SUM, CHANGE, DIFFERENCE, MAX, MIN, MEAN, SHARE, RANK, RATIO, PERCENT, DECREASE)


def topic_words(question: str, matches: list[RowMatch]) -> tuple[str, ...]:
    """The stems of the question's content words that name no row, year, kind of table or column, operation or
    filler ("hur mycket ökade antalet tillsvidareanställda i socialnämnden": "tillsvidareanställd", "antal")."""
    words = tokens(question)
    named = {i for m in matches for i in range(m.start, m.end)}
    per_period = {w for m in PER_PERIOD.finditer(question) for w in tokens(m.group())}  # "per månad": when, not what
    per_period |= relative_words(question)  # "vid senaste årsskiftet"
    generic = table_words() | closed_words() | _FILLER | per_period
    # the named row's own words said again ("the result (årets resultat)": the row glossed) are no other topic
    own = {s for m in matches for s in stems(m.label)}
    return tuple(dict.fromkeys(
        stem(w) for i, w in enumerate(words)
        if i not in named and len(w) > 3 and w.isalpha() and w not in generic and not names_column_kind(w)
        and stem(w) not in own
        and not any(p.fullmatch(w) for p in _OPERATION_WORDS)))


def _net_asked(question: str, text: str, plan: Plan, lexicon: Lexicon) -> Plan:
    """A net the question names and no row holds ("flyttnetto 2020–2024", net.py): the inflow row less the outflow
    row, of a year or summed over the span."""
    if plan.rows or plan.operation not in (None, "lookup", "sum", "difference"):
        return plan
    net = net_rows(question, lexicon)
    if net is None:
        return plan
    word, rows = net
    asks = plan.intent or bool(plan.years or WEAK_FIGURE.search(text)) and not NOT_FIGURES.search(text)
    return replace(plan, operation="difference", rows=rows, said=(word, word), intent=asks, unknown=(), net=True)


def _against_kind(question: str, text: str, op: str | None, kind: str | None, compared: tuple[str, ...]
                  ) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(operation, column kind, kinds compared) for a figure held against one kind of column ("hur mycket över
    budget blev det?", "bättre än budget", columns.held_against): the deviation from it, or in percent the outcome
    against it ("hur många procent över budget?": Utfall against Budget). A question naming two kinds keeps them."""
    against = held_against(question)
    if against is None or compared or kind not in (against, "Avvikelse") or op not in (None, "lookup", "difference"):
        return op, kind, compared
    if PERCENT.search(text):
        return op, kind, (against, asked_estimate(question))
    if against != "Budget" and asked_estimate(question) != against:
        # "bättre än prognosen": a table's deviation column is of its budget; the figure less the forecast asked
        return "difference", None, (against, asked_estimate(question))
    return "lookup", "Avvikelse", compared


def without_names(text: str, matches: list[RowMatch]) -> str:
    """The text without the words that name its rows: a word of a row's name ("Genomsnittlig ränta", "Andel lån
    med förfall", "Förändring av avsättningar") says which row, not what to compute."""
    for m in matches:
        if len(m.said.split()) >= 2:
            text = re.sub(rf"(?<!\w){re.escape(m.said)}(?!\w)", " ", text)
        for run in _label_runs(m.label):  # "likvida medel ... vid årets slut": the label's words said apart
            text = re.sub(rf"(?<!\w){run}(?!\w)", " ", text, flags=re.IGNORECASE)
    return text


def _label_runs(label: str) -> list[str]:
    """Patterns for each two neighbouring words of a row's label, as the label writes them: two of its words said
    together name the row wherever the question says them ("Likvida medel vid årets slut" said as "likvida medel
    ... vid årets slut")."""
    words = re.findall(r"[^\W\d_]+", label)
    return [rf"{re.escape(a)}\s+{re.escape(b)}" for a, b in zip(words, words[1:]) if min(len(a), len(b)) >= 3]


def _names_total(label: str) -> bool:
    """A total row's label: opening with a total word ("Totalt investeringar", "Summa nämnder")."""
    words = tokens(label)
    return bool(words) and words[0] in TOTAL_WORDS


def excluded_rows(question: str, matches: list[RowMatch]) -> tuple[str, ...]:
    """Rows named right after an exclusion marker (budget_synonyms.json exclusion_markers: "förutom", "om man
    struntar i den ...", "excluding"): a ranking or a sum over the other rows."""
    words = tokens(question)
    markers = [tokens(m) for m in synonyms().get("exclusion_markers", [])]
    out = []
    for m in matches:
        before = words[max(0, m.start - 6):m.start]
        for marker in markers:
            n = len(marker)
            spots = [i for i in range(len(before) - n + 1) if before[i:i + n] == marker]
            # the marker, then at most an article or two before the row's name
            if spots and len(before) - (spots[-1] + n) <= 2:
                out.append(m.label)
                break
    return tuple(out)


_FILLER = set("""vad är var blir vilken vilket vilka what is are was will be the a an of in for to och i för alltså
till av det den de dom om år året year och and enligt according har hade budget budgeten budgets s
over period whole entire each every all next this last coming""".split())


def _asking_word_as_row(match: RowMatch) -> bool:
    """A word asking for the figure ("kostar", "får") read as a row sharing its stem ("Kosta", a place;
    "Kostnadsutjämning"): the word asks, it names no row; a row so named says the word itself ("Kostar"). The
    infinitive asks as its present does ("vad den beräknas kosta": "kostar")."""
    from assistant.evidence.claims import is_finite_verb

    said = match.said.lower()
    if " " in said or said in tokens(match.label):
        return False
    return any(bool(FIGURE.fullmatch(form)) and is_finite_verb(form) for form in (said, f"{said}r"))


def _rows_beside_column(question: str, matches: list[RowMatch], kind: str | None, lexicon: Lexicon
                        ) -> list[RowMatch]:
    """A column only some tables have, named by the question ("kronor av varje hundralapp": "Kronor av 100"), holds
    the figures asked: the rows are sought among those tables' rows when a row found elsewhere is no row of them
    ("äldreomsorgen" is "Vård och omsorg om äldre" there, not another table's "Äldreomsorg"; "i skatt" says what the
    hundred kronor are, no row "Skatteintäkter"). The matches as they were when those tables name no row of it."""
    if kind is None or not matches:
        return matches
    holding = lexicon.with_column_kind(kind)
    if not holding or all(m.label in holding for m in matches):
        return matches
    own = [m for m in match_rows(question, lexicon.restricted(holding)) if not _asking_word_as_row(m)
           and not said_as_when_or_how(m, question)]
    return own or matches


def _tables_not_rows(matches: list[RowMatch], kinds: list[str], lexicon: Lexicon) -> list[RowMatch]:
    """A word naming the kind of table asked ("resultaträkning: verksamhetens kostnader") that fits only a part of a
    longer row's name ("Årets resultat enligt resultaträkningen") is the table, when the question names another row
    to read in it, or when that row stands in no table of the kind ("genomsnittliga investeringar per år": the
    investment budget, not the cash flow's "Investeringsverksamheten")."""
    if not kinds:
        return matches
    kinded = lexicon.of_kinds(kinds)
    rows = [m for m in matches if not (table_kinds(m.said) and (
        len(tokens(m.label)) > len(tokens(m.said)) and len(matches) >= 2
        or not _said_whole(m) and kinded and m.label not in kinded
        or _inside_compound_only(m)))]
    return rows if rows or len(matches) == 1 else matches


def _inside_compound_only(match: RowMatch) -> bool:
    """The words said are no word of the row's label, only the first part of a compound in it ("investerar" of
    "Fastighetsunderhåll, investeringsdel"): the kind of table the word names, not that row."""
    label = set(stems(match.label))
    return not set(stems(match.said)) & label


def _rows_of_named_kind(matches: list[RowMatch], kinds: list[str], lexicon: Lexicon) -> list[RowMatch]:
    """The kind of table the question names ("enligt balansbudgeten") is where its rows are read: a row said whole
    in a table of that kind ("Kassa och bank") leaves out the rows of other tables the question names only in part
    ("slutet" of "Likvida medel vid årets slut", "Kungsörs kommun" of "Kommunalskatt Kungsör")."""
    kinded = lexicon.of_kinds(kinds) if kinds else frozenset()
    if not any(m.label in kinded and _said_whole(m) for m in matches):
        return matches
    return [m for m in matches if m.label in kinded or _said_whole(m)]


def _rates_as_division(matches: list[RowMatch], kinds: list[str], lexicon: Lexicon,
                       figure_named: bool = False) -> list[RowMatch]:
    """A rate's row named only by what it is per ("per invånare" of "Nettokostnad per invånare, kr") where the question
    names its figure otherwise (a kind of table, "investerar per invånare"; a row before it; the row an earlier turn
    named, `figure_named`: "hur mycket är det per invånare?"): "per" divides, and the row of the count it divides by
    is named by the words after it ("Invånare 31 december"); none when no row counts."""
    out = []
    for m in matches:
        said = m.said.split()
        if said[0] != "per" or len(said) < 2 or not (kinds or figure_named
                                                      or any(o.end <= m.start for o in matches if o is not m)):
            out.append(m)
            continue
        counted = [c for c in match_rows(" ".join(said[1:]), lexicon) if "per" not in tokens(c.label)]
        out += [RowMatch(c.label, m.start + 1, m.end, " ".join(said[1:])) for c in counted[:1]]
    return out


def _titles_not_rows(question: str, matches: list[RowMatch], lexicon: Lexicon) -> list[RowMatch]:
    """A row said in part only by words of its table's title ("vatten" of "Pris per kubikmeter vatten" in "vatten och
    avlopp" for "Taxa för vatten och avlopp") names the table, when the question names another row of that table:
    that row is what is read."""
    if len(matches) < 2:
        return matches
    words = tokens(question)
    named = {i for m in matches for i in range(m.start, m.end)}

    def titled(m: RowMatch) -> bool:  # another word of the title said beside it: the title's phrase
        title = lexicon.titles_of([m.label])
        return set(stems(m.said)) <= title and any(
            i not in named and stem(words[i]) in title for i in range(max(0, m.start - 2), min(len(words), m.end + 2)))

    kept = [m for m in matches if _said_whole(m) or not titled(m)
            or committee_mentions(m.said)  # a committee the title names owns the rows: the owner, elsewhere
            or not any(o is not m and m.label in lexicon.neighbours([o.label]) for o in matches)]
    return kept or matches


def _with_shared_modifier(question: str, matches: list[RowMatch], lexicon: Lexicon) -> list[RowMatch]:
    """A noun coordinated with a row's last word shares the words before it ("finansiella intäkter och kostnader":
    "Finansiella intäkter" and "Finansiella kostnader"), when a row is so named."""
    words = tokens(question)
    taken = {i for m in matches for i in range(m.start, m.end)}
    added = []
    for m in matches:
        label = tokens(m.label)
        k = m.end + 1
        if len(label) < 2 or not _said_whole(m) or k >= len(words) or words[m.end] not in JOINING or k in taken:
            continue
        phrase = " ".join([*label[:-1], words[k]])
        whole = [o for o in match_rows(phrase, lexicon) if len(tokens(o.label)) == len(label) and _said_whole(o)
                 and o.label != m.label]
        if whole:
            added.append(RowMatch(whole[0].label, k, k + 1, words[k]))
            taken.add(k)
    return sorted([*matches, *added], key=lambda m: m.start) if added else matches


SUBORDINATORS = frozenset({"som", "which", "that"})
SUBJECT_REACH = 4  # words from the subordinator to the body's noun ("som ljusdals kommunstyrelsen behandlade")


def clause_subjects(words: list[str]) -> set[int]:
    """Positions of a body named as the subject of a relative clause telling which document ("delårsrapporten som
    kommunstyrelsen behandlade i oktober"): the words from the subordinator to the body's noun, which a finite verb
    follows, the clause following a word naming a document. Not a clause of when ("när ks ombudgeterade": the body
    whose minutes hold the figure) nor a comparison ("lika mycket som socialnämnden fick")."""
    from assistant.evidence.claims import is_finite_verb
    from assistant.understand.bodies import body_kind
    from assistant.understand.query import body_abbreviations

    abbreviations = body_abbreviations()
    found: set[int] = set()
    for k in range(1, len(words) - 1):
        if (body_kind(words[k]) is None and words[k] not in abbreviations) or not is_finite_verb(words[k + 1]):
            continue
        for j in range(k - 1, max(-1, k - 1 - SUBJECT_REACH), -1):
            if words[j] in SUBORDINATORS:
                if j and names_document(words[j - 1]):
                    found.update(range(j + 1, k + 1))
                break
            if is_finite_verb(words[j]):
                break
    return found


def _clause_subject_name(name: str, question: str) -> bool:
    """The committee name is said only as the subject of a clause telling which document or occasion
    (`clause_subjects`): no row the question asks, so no row missing either."""
    words = tokens(question)
    said = {words[i] for i in clause_subjects(words)}
    return bool(tokens(name)) and set(tokens(name)) <= said


def _clause_subjects_not_rows(question: str, matches: list[RowMatch]) -> list[RowMatch]:
    """The rows less one named only as the subject of a clause telling which document or occasion (`clause_subjects`:
    "jämfört med prognosen i delårsrapporten som KS behandlade i oktober"), when another row is named: the body says
    when or in which document, not whose figure."""
    subjects = clause_subjects(tokens(question))
    kept = [m for m in matches if not set(range(m.start, m.end)) <= subjects]
    return kept if kept else matches


def _movers_not_rows(question: str, matches: list[RowMatch], lexicon: Lexicon) -> list[RowMatch]:
    """The verb moving money into or out of a year ("hur mycket flyttades från 2024 till 2025") names no row ("Utflyttade"
    of people moving out) where the tables hold money moved."""
    verb = moving_verb(question) if lexicon.moves else ""
    return [m for m in matches if not verb or normalise(m.said) != verb]


# "skolan totalt, alltså förskola, grundskola och gymnasiet": what follows restates the name before the comma
RESTATING = re.compile(r",\s*(?:alltså|dvs\.?|d\.v\.s\.?|det vill säga|i\.e\.|that is|namely)\s+([^?.;!]*)",
                       re.IGNORECASE)


def _glossed_names(question: str, matches: list[RowMatch]) -> list[RowMatch]:
    """A name the question glosses by two or more rows stands for those rows: it is no row of its own. The gloss is
    in parentheses right after the name ("välfärden (BUN + soc)", "skolan (förskola och grundskola)") or restates it
    after a comma ("skolan totalt, alltså förskola, grundskola och gymnasiet": the nearest row named before it)."""
    glossed = set()
    for paren in re.finditer(r"\(([^()]*)\)", question):
        opens, closes = len(tokens(question[:paren.start()])), len(tokens(question[:paren.end()]))
        inside = [m for m in matches if opens <= m.start and m.end <= closes]
        if len(inside) >= 2:
            glossed |= {id(m) for m in matches if m.end == opens}
    for restated in RESTATING.finditer(question):
        opens, closes = len(tokens(question[:restated.start()])), len(tokens(question[:restated.end()]))
        inside = [m for m in matches if opens <= m.start and m.end <= closes]
        before = [m for m in matches if m.end <= opens]
        if len(inside) >= 2 and before:
            nearest = max(m.end for m in before)
            glossed |= {id(m) for m in before if m.end == nearest}
    return [m for m in matches if id(m) not in glossed]


def _said_whole(match: RowMatch) -> bool:
    """Every word of the row's label is said (by stem)."""
    return set(stems(match.label)) <= set(stems(match.said))


def _columns_not_rows(matches: list[RowMatch], kind: str, lexicon: Lexicon) -> list[RowMatch]:
    """A word naming both a row of one table and the asked column of another ("sjukfrånvaron" beside
    "vård- och omsorgsnämnden", whose table has the columns "Sjukfrånvaro 2024, %" and "... 2023, %") is the
    column when the question names another row too: the rows are what is read, the column is where."""
    kinds = frozenset(s for s, k in lexicon.kinds if k == kind)
    rows = [m for m in matches if not all(in_columns(w, kinds) for w in tokens(m.said))]
    return rows if rows else matches


def _column_named(question: str, lexicon: Lexicon) -> str | None:
    """The one kind of the tables' own columns the question names ("sjukfrånvaron" for the columns
    "Sjukfrånvaro jan–aug 2026" and "... 2025"), when it names no common kind (budget, utfall, prognos)."""
    said = tokens(question)
    words = [w for i, w in enumerate(said)  # "totalt", "förändringen" ask for a calculation, not for a column
             if not any(p.fullmatch(w) for p in (SUM, CHANGE, DIFFERENCE, MAX, MIN, MEAN, SHARE, RANK, RATIO))
             and not intends(said, i)]  # "plan to invest": a verb of intent
    words += [n for w in words if (n := sum_named(w))]  # "av varje hundralapp": the column "Kronor av 100 kr"
    named = {kind for s, kind in _said_kinds(question, lexicon)
             if any(in_columns(w, frozenset({s})) or deed_of(stem(w), s) for w in words)}
    parts = {kind for kind in named if is_part_kind(kind)}
    if len(parts) == 1:  # "hur mycket av besparingen är personalkostnader": the part named with its whole is asked
        return parts.pop()
    if any(proposes(w) for w in words):  # "föreslogs": the column a noun of proposing names ("Förslag, tkr")
        named |= {kind for _, kind in _said_kinds(question, lexicon) if _proposal_noun_kind(kind, lexicon)}
    proposed = {kind for kind in named if names_proposal(kind) or _proposal_noun_kind(kind, lexicon)
                and any(proposes(w) for w in words)}
    if len(proposed) == 1:  # "vad föreslog M och SD i sin budget": their proposal's column, not a Budget column;
        return proposed.pop()  # "hur mycket föreslogs": the column "Förslag", not "Begärd ombudgetering" said as a topic
    if not named and lexicon.moves and (moved := moved_by_verb(question)):
        # "hur mycket flyttas över till 2025": the column moving money into that year ("Ombudgeteras till 2025")
        # "flyttades över från 2024": the one kind of column moving money, whichever end of the move it names
        named = {kind for said, kind in lexicon.moves if said == moved} or {kind for _, kind in lexicon.moves}
    return named.pop() if len(named) == 1 else None


def _moved_into(question: str, lexicon: Lexicon, kind: str | None, years: tuple[int, ...]) -> tuple[int, ...]:
    """The year the money the question moves goes into, when it names where it comes from: "hur mycket flyttades över
    från 2024" reads the one column moving money into a year ("Ombudgeteras till 2025") at that year; a year it goes
    into that no column of the kind names is no year to read; the years as they are otherwise."""
    columns = frozenset(s for s, _ in lexicon.kinds)
    went = moved_by_verb(question, lambda word: in_columns(word, columns)) if len(set(years)) >= 2 else ""
    if went.startswith("till") and not any(said == went for said, _ in lexicon.moves):
        # "hur stor del av budgeten 2024 ombudgeteras till 2025": where the money of a column of no year of its own
        # ("Ombudgeteras (tkr)") goes, no year of the table to read
        return tuple(y for y in years if y != int(went.split()[-1]))
    movers = frozenset(s for s, k in lexicon.kinds if k == kind)
    moved = moved_by_verb(question, lambda word: in_columns(word, movers)) if kind and lexicon.moves else ""
    if not moved.startswith("från"):
        return years
    into = {int(said.split()[-1]) for said, k in lexicon.moves if k == kind and said.startswith("till")}
    came = int(moved.split()[-1])
    if len(into) != 1 or (into_year := into.pop()) <= came:
        return years
    return tuple(into_year if y == came else y for y in years)


# a band of ages said in the question and in a row label: open ("över 80", "80 år och äldre", "80+" for a label
# opening "80 år och äldre", "80+", "80 år-") or closed ("1–3-åringar", "1-3 år" for a label holding "1–3 år")
BAND_SAID = _R(r"\b(?:över|äldre än|over|older than|aged)\s+(\d{1,3})(?!\s*(?:[\d%]|kr\b|tkr|mnkr|procent|miljon))"
               r"|\b(\d{1,3})\s*(?:år\s+)?(?:och|eller|and|or)\s+(?:äldre|över|uppåt|older|over)\b|\b(\d{1,3})\s*\+")
BAND_LABEL = re.compile(r"^(\d{1,3})\s*(?:år\s*)?(?:(?:och|eller)\s+(?:äldre|över|uppåt)\b|\+|[-–]\s*(?:år)?\s*$)",
                        re.IGNORECASE)
RANGE_SAID = _R(r"\b(\d{1,2})\s*[-–]\s*(\d{1,2})\s*-?\s*(?:åringar\w*|åring\w*|år\b|years?\b|year-olds?)")
RANGE_LABEL = r"(?<![\d–-]){}\s*[-–]\s*{}\s*år\b"


def _open_band(question: str, matches: list[RowMatch], lexicon: Lexicon) -> list[RowMatch]:
    """"hur många över 80 bodde ...": the one row label holding that band of ages ("80 år och äldre"), in place of
    the rows named only by a word of a group of row words ("bodde": "Folkmängd"), of which the band is a part; of
    several labels holding a closed band ("förskolepengen för 1–3-åringar"), the one whose first word the question
    says ("Förskola 1–3 år", not "Dagbarnvårdare 1–3 år")."""
    said = BAND_SAID.search(question)
    ranged = RANGE_SAID.search(question) if said is None else None
    if said is not None:
        bound = next(g for g in said.groups() if g)
        labels = {label for _, label in lexicon.phrases if (m := BAND_LABEL.match(label)) and m.group(1) == bound}
    elif ranged is not None:
        within = re.compile(RANGE_LABEL.format(*ranged.groups()), re.IGNORECASE)
        labels = {label for _, label in lexicon.phrases if within.search(label)}
        words = [stem(w) for w in tokens(question)]
        if len(labels) > 1:
            labels = {label for label in labels if (first := next(iter(stems(label)), "")) and not first.isdigit()
                      and any(w.startswith(first) for w in words)}
        said = ranged
    else:
        return matches
    if len(labels) != 1:
        return matches
    start, end = len(tokens(question[:said.start()])), len(tokens(question[:said.end()]))
    kept = [m for m in matches if m.end <= start or m.start >= end]
    kept = [m for m in kept if not all(len(group_stems(w)) > 1 for w in tokens(m.said))]
    return [RowMatch(labels.pop(), start, end, said.group(0)), *kept]


def _names_row_too(kind: str, matches: list[RowMatch], lexicon: Lexicon) -> bool:
    """The word naming the tables' own kind of column names a row the question names too."""
    own = frozenset(s for s, k in lexicon.kinds if k == kind)
    return any(in_columns(w, own) for m in matches for w in tokens(m.said))


def _own_kinds_compared(question: str, lexicon: Lexicon, op: str | None) -> tuple[str, ...]:
    """Two kinds of the tables' own columns a share or difference holds against each other ("hur stor andel av det
    sökta beloppet beviljades": "Sökt belopp" and "Beviljat belopp"), in the order said; () otherwise."""
    if op not in ("share", "difference", "change", "percent_change"):
        return ()
    said: list[str] = []
    words = tokens(question)
    against = against_stems()
    held = False  # the second kind said right after "än", "mot", "jämfört med": the reference the first is held
    # against ("dyrare i Dorotea än i riket": Riket, then Dorotea)
    for i, word in enumerate(words):
        if any(p.fullmatch(word) for p in (SUM, CHANGE, DIFFERENCE, MAX, MIN, MEAN, SHARE, RANK, RATIO)):
            continue
        named = {kind for s, kind in _said_kinds(question, lexicon) if in_columns(word, frozenset({s}))}
        if len(named) == 1 and (kind := named.pop()) not in said:
            said.append(kind)
            held = len(said) == 2 and _said_against(words, i, against)
    if len(said) != 2:
        return ()
    return (said[1], said[0]) if held and op != "share" else tuple(said)


def _own_kind_held_against(question: str, lexicon: Lexicon, op: str | None, kind: str | None) -> tuple[str, ...]:
    """The one kind of the tables' own columns a difference or share holds the figure against ("hur många procent
    högre än riket": the columns "2024" and "Riket 2024"), said right after a word of comparison ("än", "mot",
    "jämfört med"): that kind is the reference, the table's plain column of the year the figure; () otherwise."""
    if kind is None or op not in ("difference", "change", "percent_change", "share") or \
            kind in KINDS.values() or kind in PERIOD_KINDS:  # "lägre än budget": columns.held_against
        return ()
    own = frozenset(s for s, k in lexicon.kinds if k == kind)
    if not own:
        return ()
    words = tokens(question)
    against = against_stems()
    for i, word in enumerate(words):
        if not in_columns(word, own):
            continue
        if _said_against(words, i, against):
            return kind, ""
    return ()


# "jämfört med det", "än i riket"; "än vad de begärde": a clause's "vad" and its subject pronoun
def _restricting_kind(question: str, lexicon: Lexicon, compared: tuple[str, ...]) -> str | None:
    """The one table's own kind of column the question names beside two kinds held against each other, none of them
    ("hur stor andel av budgeten 2024 användes för de projekt som ombudgeteras": "Ombudgeteras till 2025" beside
    Budget and Utfall): the rows of the table holding it are the ones meant. None otherwise."""
    if len(compared) != 2 or "" in compared:
        return None
    words = tokens(question)
    own = {kind for s, kind in lexicon.kinds if kind not in KINDS.values() and kind not in compared
           and family(kind) not in compared and any(in_columns(w, frozenset({s})) for w in words)}
    return own.pop() if len(own) == 1 else None


def _kind_as_whole(question: str, op: str | None, kind: str | None, lexicon: Lexicon | None = None,
                   matches: Sequence[RowMatch] = ()) -> tuple[str, ...]:
    """A share of one kind of column in another of the same row, the whole said after "av"/"of" ("hur många procent
    av budgeten var underskottet": the deviation over the budget): (whole, part); () otherwise. A deviation named
    with another kind is otherwise the kind asked (columns.column_kinds). A table's own kind said as the whole and no
    other kind named ("hur stor andel av det sökta beloppet fick föreningarna": "Sökt belopp") is held against the
    table's other kind of column, "" (execute.kinds_compared reads it: "Beviljat belopp"), unless the question names
    a row of a table holding that kind: the row is the part ("hur stor del av nettokostnaden var äldreomsorg")."""
    if op != "share" or kind is None:
        return ()
    words = tokens(question)
    own = frozenset(s for s, k in lexicon.kinds if k == kind) if lexicon and kind not in KINDS.values() else frozenset()
    if own and lexicon and any(m.label in lexicon.with_column_kind(kind) for m in matches):
        own = frozenset()
    for i, word in enumerate(words[:-1]):
        if word not in ("av", "of"):
            continue
        k = i + 1
        while k < len(words) - 1 and words[k] in WHOLE_ARTICLES:
            k += 1
        whole = kind_of_word(words[k])
        if whole is not None and family(whole) != family(kind):
            return family(whole), family(kind)
        if whole is None and own and in_columns(words[k], own):
            return kind, ""
    return ()


AGAINST_FILLERS = frozenset({"med", "with", "the", "det", "den", "i", "in", "vad", "de", "dom", "han", "hon", "vi",
                             "ni", "man", "what", "they", "he", "she", "we", "you"})


def _said_against(words: list[str], i: int, against: frozenset[str]) -> bool:
    """The word at `i` is said right after a word of comparison ("än", "mot", "jämfört med"), a preposition or an
    article between: what it names is the reference."""
    before = [w for w in words[max(0, i - 3):i] if w not in AGAINST_FILLERS]
    return bool(before) and stem(before[-1]) in against


# a topic said before the question, a colon or a comma and a space after it ("skatteintäkterna i plan 2027, vad ...")
TOPIC_LABEL = re.compile(r"^[^:,?]+[:,]\s")


def _leftover(question: str, matches: list[RowMatch], columns: frozenset[str] = frozenset()) -> list[str]:
    """Words that are neither row names, years, table words, words of the tables' column labels ("helåret" of
    "Prognos helår": with a row they address its cell; the caller adds the title words of the rows' tables and
    documents, "sjukfrånvaron på socialförvaltningen", "delårsrapporten") nor filler: what else the question is about."""
    from assistant.understand.words import bare_verb_at, finite_verb_at, opens_question

    words = tokens(question)
    named = {i for m in matches for i in range(m.start, m.end)}
    # "vad räknar S med i skatteintäkter", "what does the budget show for 2022": the verb asks, it names no topic;
    # after a topic said first ("Socialnämnden: vilket kommunbidrag föreslår S för 2021?") in the question it heads
    label = TOPIC_LABEL.match(question)
    start = len(tokens(label.group(0))) if label and opens_question(question[label.end():]) else 0
    named |= {start + at for at in (finite_verb_at(words[start:]), bare_verb_at(words[start:])) if at is not None}
    for term in documents_terms(question):  # "the election committee (Valnämnd)": the gloss names the term's row
        named |= set(range(len(tokens(question[:term.gloss[0]])), len(tokens(question[:term.gloss[1]]))))
    for start, end in source_phrases(question):  # "enligt kommunens sida om ekonomin": where it is said, not what
        named |= set(range(len(tokens(question[:start])), len(tokens(question[:end]))))
    label_stems = {s for m in matches for s in stems(m.label)}  # the row named twice: "net result (årets resultat)"
    named |= {i for i, w in enumerate(words) if stem(w) in label_stems and w not in _FILLER}
    # "per invånare" (and "räkna med folkmängden 2023"): what a figure is divided by, a count of the row words'
    # group (budget_synonyms.json), is no other topic
    for k in range(1, len(words)):
        if words[k - 1] == "per" and len(group := group_stems(words[k])) > 1:
            named |= {k - 1, k} | _count_clauses(question, group, k)
    kinds = table_words()
    closed = closed_words()
    # a column's kind with a row and a year is a cell's address ("planen för förskolan 2026"), not a topic
    publishers = publisher_words()
    # a noun right after a publisher names its document ("i S förslag", "M:s förslag"), not another topic
    owned = {i for i in range(1, len(words)) if words[i - 1] in publishers or words[i - 1].removesuffix("s") in publishers}
    named |= _deciders(words)  # "vilket kommunbidrag beslutade fullmäktige": who decided the figure, no topic
    period = time_words(question)  # "helåret", "efter augusti", "i slutet av 2020": when, not what
    period |= when_words(question)  # "när fullmäktige ändrade investeringsbudgeten"
    # "per month": the part of the year a figure is per (a mean of it, or a row's own "per månad"), not a topic
    period |= {w for m in PER_PERIOD.finditer(question) for w in tokens(m.group())}
    period |= relative_words(question)  # "nästa år", "i fjol": a year
    return [w for i, w in enumerate(words) if i not in named and i not in owned and not w.isdigit() and w not in period
            and w not in _FILLER and w not in kinds and not names_document(w)
            and w not in closed and not names_column_kind(w) and not _of_table_words(w, kinds)
            and not in_columns(w, columns) and not proposes_column(w, columns)]


def _deciders(words: list[str]) -> set[int]:
    """The positions of the words naming a body right before or after a verb of adopting ("beslutade fullmäktige",
    "kommunfullmäktige fastställde"): the body that decided the figure asked, no topic of the question."""
    from assistant.understand.bodies import body_kind
    from assistant.understand.words import sentence_types

    verbs = set(sentence_types()["decision_words"])
    return {i for i, w in enumerate(words) if body_kind(w) is not None and any(
        0 <= j < len(words) and words[j] in verbs for j in (i - 1, i + 1))}


def _said_kinds(question: str, lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """The tables' own kinds of column a question's words may name: a proposer's column ("Kommunstyrelsens
    förslag") only when the question speaks of a proposal ("föreslog", "ks förslag"); else "kommunstyrelsen" names
    the row, and the figure is the decided one."""
    from assistant.understand.words import sentence_types

    kinds = sentence_types()
    said = set(tokens(question))
    proposing = bool(said & set(kinds["proposal_words"])) or bool(
        {stem(w) for w in said} & {stem(n) for n in kinds["proposal_nouns"]})
    return tuple((s, k) for s, k in lexicon.kinds if proposing or not names_proposal(k) or not _names_row(s, lexicon))


def _names_row(word: str, lexicon: Lexicon) -> bool:
    """The stem alone names a row of the tables: a one-word label or one of its names ("kommunstyr" of
    "Kommunstyrelsen", its initials "ks"). A proposer named by no row ("M", "KD" of "M och KD förslag") is said as
    its column."""
    return any(len(names) == 1 and names[0][0] == word for names, _ in lexicon.phrases)


def proposes(word: str) -> bool:
    """A verb of proposing in any of its listed forms, or their s-passive ("föreslogs", "yrkades")."""
    from assistant.understand.words import sentence_types

    verbs = sentence_types()["proposal_words"]
    return word in verbs or word.endswith("s") and word[:-1] in verbs


def _proposal_noun_kind(kind: str, lexicon: Lexicon) -> bool:
    """The tables' own kind of column is named by a noun of proposing ("Förslag, tkr")."""
    from assistant.understand.words import sentence_types

    nouns = {stem(n) for n in sentence_types()["proposal_nouns"]}
    return any(s in nouns for s, k in lexicon.kinds if k == kind)


def _proposal_asked(kind: str, question: str, lexicon: Lexicon) -> bool:
    """The kind is a proposal's column, named by its proposer ("M och SD:s förslag") or asked by a verb of proposing
    ("hur mycket föreslogs": "Förslag, tkr"): what is asked, over a general kind another word names ("ombudgeterade":
    Budget)."""
    return names_proposal(kind) or (_proposal_noun_kind(kind, lexicon) and any(proposes(w) for w in tokens(question)))


def proposes_column(word: str, columns: frozenset[str]) -> bool:
    """A verb of proposing ("föreslog", "yrkade") where the tables have columns of proposals ("M och SD:s
    förslag"): it asks for a proposal's figure, as the column's noun would, and names no other topic."""
    from assistant.understand.words import sentence_types

    kinds = sentence_types()
    return proposes(word) and any(stem(n) in columns for n in kinds["proposal_nouns"])


CLAUSE_OPENERS = frozenset({"om", "if"})  # "..., om man räknar med det invånarantal budgeten bygger på"


def _count_clauses(question: str, group: frozenset[str], per_at: int) -> set[int]:
    """The word positions of the clauses, other than the one asking "per" a count, that name the count again
    ("räkna med folkmängden 31/12 2023", "om man räknar med det invånarantal budgeten bygger på"): they say which
    count to divide by, not another topic. Clauses end at punctuation and open at a conditional "om"."""
    text = normalise(question)
    found = list(TOKEN.finditer(text))
    words = [m.group() for m in found]
    clauses: list[list[int]] = [[]]
    previous_end = 0
    for i, m in enumerate(found):
        if (re.search(r"[?.!;:,]", text[previous_end:m.start()]) and clauses[-1]) or m.group() in CLAUSE_OPENERS:
            clauses.append([])
        clauses[-1].append(i)
        previous_end = m.end()
    return {i for clause in clauses if per_at not in clause and any(stem(words[j]) in group for j in clause)
            for i in clause}


def sum_named(word: str) -> str | None:
    """The number a word names a sum of money by ("100" of "hundralappen"; budget_synonyms.json sum_words)."""
    return next((n for w, n in synonyms()["sum_words"].items() if word.startswith(w)), None)


def sum_words_said(text: str) -> str:
    """The words that name a sum the text measures by ("hundralapp" of a column "Kronor av 100"): a number said after
    "av"/"of" that budget_synonyms.json sum_words names, joined by spaces ("" when none)."""
    numbers = set(SUM_OF_NUMBER.findall(text))
    return " ".join(w for w, n in synonyms()["sum_words"].items() if n in numbers)


# how Swedish makes a noun of the deed of a verb: its stem with -ing or -ning, perhaps after be- ("spara": "besparing",
# "effektivisera": "effektivisering")
DEED_NOUN = re.compile(r"(?:be)?(?P<verb>[^\W\d_]{3,}?)n?ing")


def deed_of(verb: str, noun: str) -> bool:
    """The stem `noun` names the deed of the verb whose stem is `verb` ("hur mycket ska kommunstyrelsen spara": the
    column "Varav besparing"). A verb the stemmer leaves shorter than four letters names none."""
    m = DEED_NOUN.fullmatch(noun)
    return len(verb) >= 4 and m is not None and m.group("verb") == verb


def asked_after_statement(question: str) -> str:
    """What is asked after a statement before it, when it names a kind of column itself; else the whole question."""
    from assistant.understand.parts import statement_before

    preamble, asked = statement_before(question)
    return asked if preamble and column_kind(asked) is not None else question


# an interrogative determiner and the noun it asks of: "vilken helårsprognos har ...", "which forecast does ..."
WHICH_NOUN = _R(r"\b(?:vilken|vilket|vilka|which|what)\s+([^\W\d_]+)")


def _asks_which_figure(text: str) -> bool:
    """The question asks which figure of a kind a row has ("vilken helårsprognos har socialnämnden?", "vilket utfall
    hade ..."): the interrogative's noun names a kind of column, as "vad är prognosen" asks it."""
    from assistant.budget.columns import names_column_kind

    return any(names_column_kind(m.group(1)) for m in WHICH_NOUN.finditer(text))


def _head_of_a_sibling(word: str, labels: list[str], lexicon: Lexicon) -> bool:
    """The word heads a compound in a label of the tables holding the rows ("anställda" of "Tillsvidareanställda"
    beside "Sjukfrånvaro %"): whom the table's figures are of, said in the question ("sjukfrånvaron bland
    kommunens anställda"), no topic the table lacks."""
    found = stem(word)
    return len(found) >= MIN_HEAD and any(
        len(s) > len(found) and s.endswith(found) for label in lexicon.neighbours(labels) for s in stems(label))


MIN_HEAD = 5  # letters of the shortest compound head taken for the same word ("anställd")


def in_columns(word: str, columns: frozenset[str]) -> bool:
    """The word is a column label's word, perhaps inflected ("sjukfrånvaron" of "Sjukfrånvaro jan–aug 2026"), or a
    verb's past said of its participle ("begärde" of "Begärt belopp": the stems differ in a final d or t)."""
    found = stem(word)
    if len(found) >= 5 and found[-1] in "dt" and found[:-1] + ("t" if found[-1] == "d" else "d") in columns:
        return True
    return found in columns or any(found[:k] in columns for k in range(max(6, len(found) - 3), len(found)))


def _of_table_words(word: str, kinds: frozenset[str]) -> bool:
    """A compound of two table words, perhaps joined by a linking s ("driftsram" = "drift" + "ram")."""
    for i in range(3, len(word) - 2):
        head, tail = word[:i], word[i:]
        if tail in kinds and (head in kinds or head.endswith("s") and head[:-1] in kinds):
            return True
    return False


@lru_cache(maxsize=1)
def closed_words() -> frozenset[str]:
    """Words of closed classes that ask or link but name nothing: stop words, interrogatives and the common
    finite verbs ("vad ligger det på", "vad landar det på")."""
    from assistant.understand.query import ENGLISH_STOP, stop_words
    from assistant.understand.words import sentence_types

    kinds = sentence_types()
    # English ones too: "how did kommunstyrelsen do against its budget" names no topic but the row
    return stop_words() | ENGLISH_STOP | frozenset(kinds["interrogatives"]) | frozenset(kinds["finite_verbs"]) | \
        frozenset(kinds["verbs_opening_questions"])


@lru_cache(maxsize=1)
def document_words() -> frozenset[str]:
    """Words that say which document ("sossarnas", "pressmeddelandet"), not which figure."""
    from assistant.understand.query import doc_words

    data = doc_words()
    phrases = [w for ws in data["publishers"].values() for w in ws] + [w for ws in data["doc_types"].values() for w in ws]
    return frozenset(t for p in phrases for t in tokens(p) if len(t) > 2)


def names_document(word: str) -> bool:
    """The word says which document ("pressmeddelandet", "budgetens", "sossarnas"): where a figure is written, no
    topic of its own."""
    documents = document_words()
    return word in documents or word.removesuffix("s") in documents


@lru_cache(maxsize=1)
def publisher_words() -> frozenset[str]:
    """Words naming a document's publisher, short ones too ("S", "M", "sossarnas")."""
    from assistant.understand.query import doc_words

    return frozenset(w for ws in doc_words()["publishers"].values() for w in ws if len(tokens(w)) == 1)


FILTER = _R(r"\b(?P<dir>mer än|större än|högre än|över|more than|greater than|larger than|above|over|"
            r"mindre än|lägre än|under|less than|smaller than|below)\s+(?P<amount>[^?.!]+)")
ABOVE_WORDS = ("mer", "större", "högre", "över", "more", "greater", "larger", "above", "over")


def _threshold(text: str) -> tuple[Decimal, str | None, bool] | None:
    """"mer än 200 miljoner" -> (200 000 000, "kr", True); "under 5 000 tkr"; a bare "över 100 000"."""
    from assistant.budget.amounts import AMOUNT, quantity_of
    from assistant.budget.numbers import parse_number

    match = FILTER.search(text)
    if not match:
        return None
    above = match.group("dir").split()[0] in ABOVE_WORDS
    amount = AMOUNT.match(match.group("amount"))
    if amount:
        q = quantity_of(amount)
        return (q.value, "kr", above) if q is not None and q.unit.is_money else None
    bare = re.match(r"\d{1,3}(?: \d{3})+|\d{4,}(?!\d)", match.group("amount"))
    if bare and not YEAR.fullmatch(bare.group(0)):
        return parse_number(bare.group(0)), None, above
    return None


def _prefer_kind(kinds: list[str]) -> str:
    for kind in ("investering", "resultat", "drift"):
        if kind in kinds:
            return kind
    return kinds[0]


def _onward_start(text: str) -> int | None:
    """The first year of an open span the question states ("2022 och framåt": 2022; "åren efter 2021": 2022)."""
    onward = ONWARD.search(text)
    if onward:
        return int(onward.group(1) or onward.group(2))
    after = YEARS_AFTER.search(text)
    return int(after.group(1)) + 1 if after and after.group(1) else None


# the turn of one year into the next ("vid årsskiftet 2023/2024", "årsskiftet 23/24"): the end of the first year
TURN_OF_YEAR = _R(r"\b(?:års|year)(?:skiftet|skifte|-?end)\s+((?:19|20)?\d\d)\s*[/–-]\s*(?:(?:19|20)?\d\d)\b")


# a span of years in the name of the document a question reads ("in Vingåker's Budget och plan 2026–2028")
DOCUMENT_SPAN = _R(r"\b(?:enligt|i|according to|in)\s+(?:[\w-]+(?:'|’|:)?s\s+)?(?:the\s+)?(?:mål och budget|"
                   r"budget och (?:verksamhets)?plan|budget(?:en|förslaget)?|verksamhetsplan(?:en)?|"
                   r"flerårsplan(?:en)?|ekonomisk plan|budget and plan)\s+(?:för\s+|for\s+)?"
                   r"(?P<span>(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d)\b")


def _years(text: str) -> tuple[tuple[int, ...], bool]:
    document = DOCUMENT_SPAN.search(text)
    if document and years_in(text[:document.start("span")] + text[document.end():]):
        # "investment budget for 2026 in Budget och plan 2026–2028": the span names the document, the year on its
        # own is asked
        text = text[:document.start("span")] + text[document.end():]
    turn = TURN_OF_YEAR.search(text)
    if turn:
        first = int(turn.group(1))
        others = years_in(text[:turn.start()] + text[turn.end():])
        return tuple(sorted({first if first >= 1900 else 2000 + first, *others})), False
    between = re.search(r"\b(?:mellan|between|från|from)\s+((?:19|20)\d\d)\s+(?:och|and|till|to|until|fram till)\s+"
                        r"((?:19|20)\d\d)\b", text)
    match = between or RANGE.search(text)
    if match:
        a, b = int(match.group(1)), int(match.group(2))
        if a < b:
            return _joined_to_range(text, match, a, b), True
    years = years_in(text)
    return years, False


# what joins a year to a span beside it: a conjunction and at most two words naming the span's columns
_JOINING_SPAN = r"\s*(?:,|och|and|samt|\+)\s*(?:[^\W\d]+\s+){0,2}"
JOINED_TO_SPAN = _R(_JOINING_SPAN)
SPAN_THEN_YEAR = _R(_JOINING_SPAN + r"((?:19|20)\d\d)\b")


def _joined_to_range(text: str, match: re.Match[str], a: int, b: int) -> tuple[int, int]:
    """The span widened by a year joined to it that borders it ("budget 2025 och planåren 2026-2027": 2025–2027;
    "2023–2024 och 2025")."""
    before = [m for m in re.finditer(r"\b((?:19|20)\d\d)", text[:match.start()])]
    if before and int(before[-1].group(1)) == a - 1 and JOINED_TO_SPAN.fullmatch(text[before[-1].end():match.start()]):
        a -= 1
    after = SPAN_THEN_YEAR.match(text, match.end())
    if after and int(after.group(1)) == b + 1:
        b += 1
    return a, b


EACH_YEAR = _R(r"\b(varje år|per år|each year|every year)\b")


def _whole_period(text: str) -> bool:
    """The question speaks of the period as one ("under hela perioden", "alla tre åren"), not of each of its years
    ("varje år", "per år")."""
    return bool(ALL_YEARS.search(text)) and not EACH_YEAR.search(text)


def _without_document_year(text: str, years: tuple[int, ...], year_range: bool) -> tuple[int, ...]:
    """The years a figure is asked for, without the year that dates the document the question names when it asks
    one other year on its own: "kommunstyrelsens ram i budget 2022 för 2023" asks 2023 of the 2022 budget, not both
    years and their change. Years joined to it ("i budget 2024 och 2025", "mellan budget 2024 och budget 2025")
    are all asked."""
    if len(years) != 2 or year_range:
        return years
    named = [m for m in DOCUMENT_YEAR.finditer(text)]
    if len(named) != 1:
        return years
    year = int(named[0].group(1))
    others = [m for m in YEAR.finditer(text) if int(m.group()) != year]
    if len(others) != 1 or JOINED_YEAR.search(text[:others[0].start()]) or \
            names_column_kind(_word_before(text, others[0].start())):
        return years
    return tuple(y for y in years if y != year)


def _word_before(text: str, at: int) -> str:
    words = text[:at].split()
    return words[-1] if words else ""


def _operation(text: str, matches: list[RowMatch], years: tuple[int, ...], year_range: bool
               ) -> tuple[str | None, str]:
    n_rows = len(matches)
    changed = bool(CHANGE.search(text))
    if RANK.search(text):
        return "rank", "change" if changed else "value"
    if any(not (changed and WHAT_PERCENT.fullmatch(m.group())) for m in SHARE.finditer(text)):
        return "share", "value"  # "by what percentage does X increase": the change's percent, naming no whole
    if RATIO.search(text):
        return "ratio", "value"
    if MEAN.search(text):  # "växer i snitt per år": the mean yearly change, not the mean level
        return ("mean_change" if changed and n_rows <= 1 else "mean"), "value"
    if (MAX.search(text) or MIN.search(text)) and (n_rows != 1 or not changed):
        if n_rows >= 2 and DIFFERENCE.search(text):
            return "difference", "value"
        op = "max" if MAX.search(text) and not MIN.search(text) else "min"
        if MAX.search(text) and MIN.search(text):
            op = "max" if MAX.search(text).start() < MIN.search(text).start() else "min"  # type: ignore[union-attr]
        return op, "change" if changed else "value"
    compared = DIFFERENCE.search(text) if len(years) >= 2 else None
    if (changed or compared) and WHICH.search(text) and n_rows <= 1:
        # "vilken verksamhet inom X minskar": the part (or row) whose change is lowest; "ökar": highest;
        # "vilken nämnd får mindre 2023 än 2022": the row whose change between the two years is lowest
        lower = DECREASE.search(text) or (compared and LESS.match(compared.group()))
        return ("min" if lower else "max"), "change"
    if changed:
        if n_rows >= 2 and len(years) <= 1 and DIFFERENCE.search(text):
            return "difference", "value"
        return ("percent_change" if PERCENT.search(text) else "change"), "value"
    # rows said together ("A och B tillsammans 2025 jämfört med 2024") are one side: two years are compared, the
    # change of their sum, not one row against the other (over a span of years, "sammanlagt 2023–2025", the rows' sums
    # are the sides)
    one_side = n_rows <= 1 or (bool(SUM.search(text)) and not year_range)
    if BY_HOW_MUCH_EITHER.search(text) and one_side and len(years) >= 2:
        # "kostade en viss summa 2023 ..., hur mycket mer får den i budget 2025?": by how much one year's figure
        # exceeds the other's (a "summa" named is the figure compared, not a sum asked); "hur mycket bättre": too
        return ("percent_change" if PERCENT.search(text) else "change"), "value"
    if DIFFERENCE.search(text) and not (n_rows <= 1 and len(years) < 2 and AGAINST_NUMBER.search(text)):
        # "gymnasieelever som går mer än 3 år": a comparison with a number is a condition, not a difference
        if one_side and len(years) >= 2:
            return ("percent_change" if PERCENT.search(text) else "change"), "value"
        return "difference", "value"
    if SUFFICE.search(text) and n_rows <= 1 and len(years) >= 2:
        # "räcker ramen 2025 till prognosen för 2024?": one year's figure held against the other's, their change
        return "change", "value"
    if SUM.search(text):
        return "sum", "value"
    if FIGURE.search(text) or matches:
        return "lookup", "value"
    return None, "value"


# a range between two names: a dash ("juni-augusti", "jan – mars"), not a hyphen inside a word's compound
_RANGE_DASH = r"\s*[-\u2013\u2014]\s*"


def row_spans(question: str, matches: list[RowMatch]) -> tuple[tuple[str, str], ...]:
    """Pairs of rows named one after the other with a dash between them: the ends of a range of rows, every row
    between them in the table's order is meant ("gästnätterna juni-augusti": June, July and August)."""
    text = question.lower()
    spans = []
    for a, b in zip(matches, matches[1:]):
        if a.end != b.start or a.label == b.label:
            continue
        first = r"\W+".join(map(re.escape, a.said.split()))
        last = r"\W+".join(map(re.escape, b.said.split()))
        if re.search(rf"(?<!\w){first}{_RANGE_DASH}{last}(?!\w)", text):
            spans.append((a.label, b.label))
    return tuple(spans)


def _per_months(text: str, matches: list[RowMatch]) -> int:
    """The months of the part of a year a mean is asked per ("i snitt per månad": 1, "per kvartal": 3), when no row
    named is itself a figure per that part, said in either language ("Avgift per månad" for "per month"); 0 when none
    is asked."""
    found = PER_PERIOD.search(text)
    if found is None:
        return 0
    word = (found.group(1) or found.group(2)).lower()
    # "månadsvis", "monthly", "kvartalet": the part whose Swedish or English word it opens like
    months, names = next((months, names) for months, names in PARTS_OF_YEAR.items()
                         if any(word[:3] == n[:3] for n in names))
    # a row already per that part, in either language ("per month" of "Maxtaxa ... per månad"): no mean to take
    if any(n[:4] in m.label.lower() for m in matches for n in names):
        return 0
    return months


def per_row(question: str, matches: list[RowMatch], by_kind: bool = False) -> str | None:
    """The row said right after "per" when another row is named before it ("nettokostnad per invånare" with the
    rows "Verksamhetens nettokostnader" and "Antal invånare"), or a kind of table is (`by_kind`: "investerar mest
    per invånare", the investments' total): the figure is divided by that row's."""
    words = tokens(question)
    for m in matches:
        if m.start >= 1 and words[m.start - 1] == "per" and (
                by_kind or any(o.end <= m.start - 1 for o in matches if o is not m)):
            return m.label
    return None


def _denominator(question: str, matches: list[RowMatch]) -> str | None:
    """The row after "av"/"of" in a share or a ratio, or after "delat med"/"divided by"; a single row is the part (its
    whole is the total)."""
    if len(matches) < 2:
        return None
    words = tokens(question)
    articles = {"de", "den", "det", "the", "all", "alla", "hela", "samtliga"}
    for m in matches:
        i = m.start - 1
        while i >= 0 and words[i] in articles:
            i -= 1
        if i >= 0 and (words[i] in ("av", "of", "i", "in") or BASE.fullmatch(" ".join(words[max(0, i - 1):i + 1]))
                       or RATIO.fullmatch(" ".join(words[max(0, i - 1):i + 1]))):
            return m.label
    return None


def _computed_as(question: str, op: str | None, matches: list[RowMatch]) -> tuple[str | None, list[RowMatch]]:
    """A figure named and then said how it is computed ("soliditeten 2027, räknat som eget kapital delat med summa
    tillgångar"): the rows after it are the operands, the ones named before it the result's name (no row to read); a
    name that is a percentage ("Soliditet, %") asks the quotient in per cent, a share."""
    computed = COMPUTED_AS.search(question)
    if computed is None or op not in ("ratio", "share", "per", "sum", "difference"):
        return op, matches
    at = len(tokens(question[:computed.start()]))
    named = [m for m in matches if m.end <= at]
    operands = [m for m in matches if m.start >= at]
    if not named or len(operands) < 2:
        return op, matches
    if op == "ratio" and any(measure_in(m.label) is Unit.PERCENT for m in named):
        op = "share"
    return op, operands


JOINING = {"och", "samt", "plus", "and"}
MODIFIERS_LEFT = 1  # words of a joined row's name its match may leave out ("general" of "general state grants")


def _joined_to_denominator(question: str, matches: list[RowMatch]) -> tuple[str, ...]:
    """Rows that follow the denominator joined by "och"/"and" ("i procent av skatteintäkter och generella
    statsbidrag"): the whole is their sum."""
    name = _denominator(question, matches)
    if name is None:
        return ()
    words = tokens(question)
    ordered = sorted(matches, key=lambda m: m.start)
    i = next(k for k, m in enumerate(ordered) if m.label == name)
    joined: list[str] = []
    for before, after in zip(ordered[i:], ordered[i + 1:]):
        between = words[before.end:after.start]
        # "and general state grants": a word of the next name the match left out may stand after the joining word
        if not between or between[0] not in JOINING or len(between) > 1 + MODIFIERS_LEFT or any(
                not w.isalpha() or w in JOINING for w in between[1:]):
            break
        joined.append(after.label)
    return tuple(joined)


def _part_of_whole(question: str, matches: list[RowMatch], lexicon: Lexicon) -> str | None:
    """The row of a sum taken as the whole that the question names again after it as the part: "hur stor andel av
    skatteintäkter och generella statsbidrag kommer från statsbidrag och utjämning?" asks the share of "Generella
    statsbidrag och utjämning" in the sum of both (a row's name is matched once, so its second mention is sought in
    the words after the whole). None when a row outside the whole is the part, or none or several are named again."""
    name = _denominator(question, matches)
    whole = {name, *_joined_to_denominator(question, matches)} if name is not None else set()
    if len(whole) < 2 or any(m.label not in whole for m in matches):
        return None
    end = max(m.end for m in matches)
    again = {m.label for m in match_rows(" ".join(tokens(question)[end:]), lexicon)} & whole
    return again.pop() if len(again) == 1 else None


def one_sided(plan: Plan) -> bool:
    """A comparison naming one side only ("hur mycket större var det än socialnämndens?", "hur många gånger större
    är VON:s bidrag?"): the other side is what the earlier turn was about."""
    return plan.operation in ("difference", "ratio") and len(plan.rows) == 1 and not plan.unknown


def said_after_than(question: str, said: str) -> bool:
    """The row named by `said` is the comparison's other side: said after "än"/"than"/"jämfört med" ("större än
    socialnämndens"), not its subject ("hur många gånger större är VON:s bidrag?")."""
    text = normalise(question)  # rows are said in the normalised question ("vård och omsorgsnämndens")
    found = re.search(rf"(?<!\w){re.escape(said)}", text, re.I)
    return found is not None and THAN.search(text[:found.start()]) is not None


def merge(previous: Plan, current: Plan) -> Plan:
    """`current` (a follow-up) on top of `previous`: what the follow-up states replaces the rest."""
    rows = current.rows or (() if current.unknown else previous.rows)
    said = current.said if current.rows else previous.said
    if one_sided(current) and previous.rows and previous.rows[0] != current.rows[0]:
        rows = (previous.rows[0], current.rows[0])  # "... större än socialnämndens": the earlier row against it
        said = previous.said[:1] + current.said
        if not current.against:  # "hur många gånger större är VON:s bidrag?": it against the earlier row
            rows, said = rows[::-1], said[::-1]
    elif current.denominator and set(current.rows) <= {current.denominator, *current.denominator_with}:
        # "hur stor andel av skatteintäkter och statsbidrag är det?": the earlier turn's row is the part
        rows, said = (*[r for r in previous.rows if r not in current.rows], *current.rows), ()
    years, year_range, all_years = previous.years, previous.year_range, previous.all_years
    if current.years:
        years, year_range, all_years = current.years, current.year_range, False
        if (previous.operation in ("change", "percent_change") and len(current.years) == 1 and not current.onward
                and len(previous.years) >= 1 and not current.year_range and current.operation in (None, "lookup")
                and previous.years[0] < current.years[0]):
            years = (previous.years[0], current.years[0])
        elif (_compares_years(current, rows) and len(current.years) == 1
              and len(previous.years) == 1 and previous.years[0] != current.years[0]):
            years = tuple(sorted((previous.years[0], current.years[0])))  # "hur mycket ökar den jämfört med 2024?"
    elif current.all_years:
        years, year_range, all_years = (), False, True
    elif current.by_year:  # "vilket år är den som lägst?": the year is what is asked, not the earlier turn's
        years, year_range, all_years = (), False, False
    operation = previous.operation
    if current.year_shift and previous.years and not current.years:
        base = previous.years[-1]
        other = base + current.year_shift
        if current.onward:  # "och åren efter det?": every year after the earlier turn's
            years, year_range, all_years = (other,), False, False
        elif current.operation not in (None, "lookup"):  # "hur mycket mer än året innan": the change between them
            years, year_range, all_years = tuple(sorted((base, other))), False, False
            current = replace(current, operation="percent_change" if current.percent else "change")
        else:
            years, year_range, all_years = (other,), False, False
    if current.operation not in (None, "lookup"):
        operation = current.operation
        if previous.operation == "per" and operation != "per" and not current.rows and previous.denominator:
            # "och hur mycket ökar den i procent?" after "hur mycket är det per invånare?": the figure that was
            # divided changes, not it and the count together
            divisor = {previous.denominator, *previous.denominator_with}
            if len(said) == len(rows):
                said = tuple(s for r, s in zip(rows, said) if r not in divisor)
            rows = tuple(r for r in rows if r not in divisor)
            previous = replace(previous, denominator=None, denominator_with=())
    elif current.percent and current.operation in (None, "lookup") and len(current.kinds) == 2:
        operation = "percent_change"  # "hur många procent över budget är det?": one kind held against the other
    elif current.percent and current.operation in (None, "lookup"):
        operation = {"change": "percent_change", "percent_change": "percent_change", "lookup": "share",
                     "difference": "ratio"}.get(previous.operation or "", previous.operation)
    elif current.operation == "lookup" and (previous.operation is None or (
            previous.operation in ("max", "min") and len(rows) == 1 and not previous.by_year)):
        operation = "lookup"  # "hur mycket får den 2022?" after the largest was named: that row's figure
    if operation == "difference" and len(rows) <= 1 and (
            (current.relative_year and len(years) == 1) or (len(current.years) == 1 and len(years) == 2)):
        # "hur mycket är det i procent jämfört med i år?" after a question about 2027, "... jämfört med 2024?"
        # after one about 2025: one row, two years
        operation = "percent_change" if current.percent or previous.percent else "change"
    onward = current.onward if (current.years or current.year_shift) else previous.onward and years == previous.years
    merged = replace(
        previous, operation=operation, rows=rows, said=said, years=years, year_range=year_range, onward=onward,
        spans=tuple(s for s in current.spans + previous.spans if set(s) <= set(rows)),
        all_years=all_years, unknown=current.unknown, table_kind=current.table_kind or previous.table_kind,
        denominator=current.denominator or (previous.denominator if not current.rows else None),
        denominator_with=current.denominator_with if current.denominator else (
            previous.denominator_with if not current.rows else ()),
        part=current.part if current.denominator else (previous.part if not current.rows else None),
        relative_year=current.relative_year or (None if current.years else previous.relative_year),
        measure=current.measure if current.operation not in (None, "lookup") else previous.measure,
        percent=current.percent or previous.percent, top_n=current.top_n or previous.top_n,
        threshold=current.threshold if current.threshold is not None else previous.threshold,
        threshold_unit=current.threshold_unit if current.threshold is not None else previous.threshold_unit,
        above=current.above if current.threshold is not None else previous.above,
        intent=previous.intent or current.intent, language=current.language,
        column_kind=current.column_kind or (previous.column_kind if _kind_carries(previous, current) else None),
        kinds=current.kinds or previous.kinds,
        by_year=current.by_year or (previous.by_year and not current.years),
        items_only=current.items_only or (previous.items_only and not current.committees_only),
    )
    kinds = _against_earlier_kind(previous, current, operation) or _earlier_kind_held_against(previous, current)
    return replace(merged, column_kind=kinds[0], kinds=kinds) if kinds else merged


def _earlier_kind_held_against(previous: Plan, current: Plan) -> tuple[str, ...]:
    """A follow-up holding a figure against a kind of column without naming the figure's own kind ("hur många procent
    över budget är det?": the outcome or a forecast assumed) after a turn that named it ("... för prognos för 2025?"):
    the earlier turn's kind against the one named, not the assumed one; () otherwise."""
    if len(current.kinds) != 2 or not previous.column_kind or current.kinds[1] not in ESTIMATES:
        return ()
    against, earlier = current.kinds[0], previous.column_kind
    if earlier in current.kinds or family(earlier) == family(against) or earlier in COMPARING:
        return ()
    return against, earlier


ESTIMATES = ("Utfall", "Prognos")  # the kinds a figure held against a budget is assumed to be (columns.asked_estimate)


def _kind_carries(previous: Plan, current: Plan) -> bool:
    """The earlier turn's kind of column holds for a follow-up naming none, unless it is a kind of the tables' own
    the earlier topic named ("Sålda jan–okt" of "hur många tomter sålde ...") and the follow-up names a topic of
    its own not naming it: "vad kostar tomtmarken där per kvm?" asks another column of the row ("Pris kr/kvm")."""
    from assistant.budget.columns import _kind_stems

    kind = previous.column_kind
    if kind is None or kind in set(_kind_stems().values()) or kind in PERIOD_KINDS or not current.topic:
        return True
    labels = frozenset(stem(w) for w in tokens(kind))
    return any(in_columns(t, labels) for t in current.topic)


def _compares_years(current: Plan, rows: tuple[str, ...]) -> bool:
    """The follow-up holds one row's figure against another year: a change, or a difference with no second row to
    be the other side ("och hur mycket är det i procent jämfört med 2024?" after "... budget 2025?")."""
    return current.operation in ("change", "percent_change") or (current.operation == "difference" and len(rows) <= 1)


def _against_earlier_kind(previous: Plan, current: Plan, operation: str | None) -> tuple[str, ...]:
    """The two kinds of column a follow-up holds against each other when it names one and the earlier turn the
    other ("hur stor andel av den hade använts t.o.m. augusti?" after "... investeringsbudget 2025?": the outcome
    so far against the budget, as "hur stor andel av budgeten har använts" asks it in one question); () otherwise."""
    if operation not in ("share", "difference") or current.kinds or not current.column_kind \
            or not previous.column_kind or family(previous.column_kind) == family(current.column_kind):
        return ()
    if any(k in COMPARING for k in (previous.column_kind, current.column_kind)):
        return ()
    return previous.column_kind, current.column_kind


def with_rows(plan: Plan, rows: tuple[str, ...]) -> Plan:
    """The plan reading `rows` for its rows, one for one: the whole a share is of, the rows joined to it and the part
    named again are renamed with them ("Generella statsbidrag" read as the budget's "Generella statsbidrag och
    utjämning" stays joined to the whole)."""
    renamed = dict(zip(plan.rows, rows))
    return replace(plan, rows=rows, denominator=renamed.get(plan.denominator or "", plan.denominator),
                   denominator_with=tuple(renamed.get(r, r) for r in plan.denominator_with),
                   part=renamed.get(plan.part or "", plan.part))


def plan_question(question: str, lexicon: Lexicon, history: Sequence[str] = ()) -> Plan:
    """The plan for `question`, completed from the earlier questions of the conversation. The caller passes a
    history only for a follow-up (assistant.understand.followup.is_followup decides it once, for every path), so
    the question itself is always merged into the earlier turns' plan; each earlier turn is merged when it reads
    as one here."""
    from assistant.budget.place_whole import names_whole_place
    from assistant.understand.followup import SAME_YEAR, is_followup

    state: Plan | None = None
    mentioned: list[int] = []  # the years the conversation has named, in order
    named: list[str] = []  # the rows the conversation has named, in order
    turns = (*history, question)
    for i, earlier in enumerate(turns):
        leans = i == len(turns) - 1 or is_followup(earlier, turns[:i])
        # a row said in part that fits rows of several tables is the one in the table the conversation is about, or
        # in the kind of table it is about ("och hur mycket av det är samhällsomvandlingen?" after the total
        # investments: "Varav samhällsomvandling")
        near = frozenset()
        if state is not None and leans:
            near = lexicon.neighbours(state.rows) if state.rows else \
                lexicon.of_kinds((state.table_kind,)) if state.table_kind else frozenset()
            # of those, the tables of the years the conversation is about ("och hur mycket av det går till förskolan i
            # Strömsnäsbruk?" after the investments of 2025: the project of the 2025 budget, not of the 2024 report)
            near = (near & lexicon.with_years(state.years) if state.years else frozenset()) or near
        # a word said alone may head a compound of the rows of a column the turn names by a sum ("av varje
        # hundralapp": "Kronor av 100"; "skolan" of "Förskola, grundskola och gymnasium")
        headed = lexicon.with_columns({n for w in tokens(earlier) if (n := sum_named(w))}
                                      | set(SUM_OF_NUMBER.findall(earlier)))  # "av 100 kr": "Kronor av 100 kr"
        plan = parse_question(earlier, lexicon, near, headed,
                              figure_named=state is not None and leans and bool(state.rows))
        if state is not None and leans and (state.rows or state.table_kind):
            states_something = bool(plan.intent or plan.years or plan.rows or plan.percent or plan.table_kind
                                    or plan.unknown or plan.all_years or plan.year_shift or plan.column_kind
                                    or plan.operation not in (None, "lookup"))
            if state.rows and _counted_by(earlier, plan):
                # "hur mkt blir det per invånare?": the earlier turn's row per that count, not the count itself
                plan = replace(plan, operation="per", rows=(state.rows[0], plan.rows[0]), said=(),
                               denominator=plan.rows[0], intent=True)
            if state.rows and _whole_named(earlier, plan) and plan.rows[0] not in state.rows:
                # "hur stor andel av omsorgsnämndens budget är det?" after "vad kostar hemtjänsten?": the row said
                # after "av" is the whole, the earlier turn's row the part
                plan = replace(plan, denominator=plan.rows[0], denominator_with=())
            if states_something:
                looked_up = state.operation in (None, "lookup")
                state = merge(_without_rows_of_other_kind(state, plan, lexicon), plan)
                if looked_up and _whole_of_one_row(plan, state, named) and not names_whole_place(earlier):
                    # "och totalt för hela projektet?" after one project's figure of a year: that row over all its
                    # years, read in its table's column of wholes where it has one ("Totalt 2027–31"), whatever kind
                    # of column the earlier year was read in
                    state = replace(state, years=(), year_range=False, all_years=True, column_kind=None, kinds=())
                if _counts_own_row(earlier, plan) and state.operation in ("change", "percent_change"):
                    # "hur många barn föddes det året?" after "hur mycket minskade folkmängden 2023?": its own row's
                    # count that year, not the earlier turn's change
                    state = replace(state, operation="lookup")
                if len(state.years) > 1 and state.operation == "lookup" and not plan.years and SAME_YEAR.search(earlier):
                    # "hur många föddes det året?" after "... 2024?" and "fler eller färre än 2023?": one year, the
                    # one the change came to, not both sides of it
                    state = replace(state, years=(max(state.years),), year_range=False, all_years=False)
            elif i == len(turns) - 1:  # "vem sa det?": nothing the tables answer
                state = replace(plan, intent=False)
            else:  # "vad är det för projekt?" asked of the earlier turn's row: the rows stay for the turns after it
                continue
            state = _between_named(state, plan, earlier, named, mentioned)
            if (state.operation in ("change", "percent_change") and not plan.years and not plan.year_shift
                    and len(state.years) == 1 and len(set(mentioned)) >= 2):
                # "hur mycket minskar det mellan dom åren?" after "... 2021?" and "och 2025?": the two years named
                last_two = list(dict.fromkeys(reversed(mentioned)))[:2]
                state = replace(state, years=tuple(sorted(last_two)), year_range=False, all_years=False)
        else:
            if state is not None and leans and state.years and not plan.years and not plan.year_shift:
                if SAME_YEAR.search(earlier):  # "how many babies were born that year?" after a turn of 2024 whose
                    # words named no row here ("how many people lived in 2024?"): that turn's year
                    plan = replace(plan, years=(max(state.years),))
            state = plan
            mentioned.clear()
            named.clear()
        mentioned.extend(plan.years)
        named.extend(plan.rows)
    assert state is not None
    return state if history else _comparative_of_its_year(question, state)


def _comparative_of_its_year(question: str, plan: Plan) -> Plan:
    """"hur mycket mer får socialnämnden 2026?" asked of its own, naming one row, one year, no other side and nothing
    else: by how much the year's figure exceeds the year before's, as "hur mycket ökar ..." asks (a follow-up's
    comparative is held against what the conversation named: `_between_named`). A comparison of worth ("hur mycket
    bättre blev resultatet") is held against an expectation, and one naming a thing beyond the row ("hur mycket mer
    skatteintäkter ger skattehöjningen") against that thing's absence: neither is the year before."""
    text = normalise(question)
    if plan.operation not in (None, "lookup") or len(plan.rows) > 1 or len(plan.years) != 1 or plan.year_range \
            or not BY_HOW_MUCH.search(text) or THAN.search(text) or plan.threshold is not None or plan.topic:
        return plan
    return replace(plan, operation="percent_change" if plan.percent else "change")


def without_count_alone(question: str, plan: Plan) -> Plan:
    """A question of its own whose one row is a count said only after "per" ("kostnaden per invånare för
    gymnasieskolan"): the count is what the figure asked is per, no figure asked; the figure itself is named by no
    row, so the plan names none."""
    if not _counted_by(question, plan):
        return plan
    return replace(plan, rows=(), said=(), spans=(), denominator=None, denominator_with=())


def _whole_of_one_row(plan: Plan, state: Plan, named: list[str]) -> bool:
    """A follow-up asking a total and naming no row, year or kind of its own after a conversation that named one row
    for one year: the row's whole, not the sum of rows (several named: "lägg ihop dom" sums them, "och totalt?"
    after the committees' frames sums those of their year)."""
    return plan.operation == "sum" and not plan.rows and not plan.years and not plan.year_shift \
        and not plan.column_kind and len(state.rows) == 1 and set(named) <= set(state.rows) and len(state.years) == 1


def _without_rows_of_other_kind(state: Plan, plan: Plan, lexicon: Lexicon) -> Plan:
    """The earlier turn's rows are not carried into a follow-up naming, with no row of its own, a kind of table none
    of them is in ("hur stor är investeringsbudgeten samma år?" after "vad blir resultatet 2025?": the investment
    budget's total, not "Årets resultat" read in it)."""
    if plan.rows or not plan.table_kind or plan.table_kind == state.table_kind or not state.rows:
        return state
    if any(row in lexicon.of_kinds((plan.table_kind,)) for row in state.rows):
        return state
    return replace(state, rows=(), said=(), spans=(), denominator=None, denominator_with=())


def _counts_own_row(question: str, plan: Plan) -> bool:
    """The follow-up asks how many of a row of its own, with no word of change, share or difference: a count to
    look up ("och hur många flyttade därifrån?", "how many babies were born that year?")."""
    from assistant.understand.query import COUNT

    return bool(plan.rows) and bool(COUNT.search(question)) and plan.operation in (None, "lookup") \
        and not plan.percent and not plan.year_shift


def _counted_by(question: str, plan: Plan) -> bool:
    """The question's one row is said right after "per" and nothing else is named: a follow-up asking the earlier
    figure per that count ("och per invånare?")."""
    if len(plan.rows) != 1 or len(plan.said) != 1 or plan.operation not in (None, "lookup"):
        return False
    words, said = tokens(question), tokens(plan.said[0])
    return any(words[k - 1] == "per" and words[k:k + len(said)] == said for k in range(1, len(words)))


# words between "av" and the whole it names: articles, quantifiers and possessives ("av deras budget", "of its budget")
WHOLE_ARTICLES = frozenset({"de", "den", "det", "the", "all", "alla", "hela", "samtliga", "deras", "dess", "sin", "sitt",
                            "sina", "hans", "hennes", "its", "their", "his", "her"})


def _whole_named(question: str, plan: Plan) -> bool:
    """The question asks a share of its one row, said right after "av"/"of" ("hur stor andel av omsorgsnämndens
    budget är det?"): that row is the whole the share is of, not the part."""
    if plan.operation != "share" or len(plan.rows) != 1 or len(plan.said) != 1:
        return False
    words, said = tokens(question), tokens(plan.said[0])
    for k in range(1, len(words)):
        if words[k:k + len(said)] != said:
            continue
        i = k - 1
        while i >= 0 and words[i] in WHOLE_ARTICLES:
            i -= 1
        if i >= 0 and words[i] in ("av", "of"):
            return True
    return False


def _between_named(state: Plan, plan: Plan, question: str, named: Sequence[str], years: Sequence[int]) -> Plan:
    """A follow-up comparing without naming both sides ("hur stor är skillnaden?", "hur mycket mer får kultur och
    utbildning?", "lägg ihop dom") after turns that named two rows: the difference or sum of the last two rows named,
    the follow-up's own row first. A comparative asked by how much of one row is its change between the years named."""
    comparative = bool(BY_HOW_MUCH.search(normalise(question))) and plan.operation in (None, "lookup")
    if not comparative and state.operation not in ("difference", "sum"):
        return state
    rows = list(dict.fromkeys([*plan.rows, *reversed(named)]))
    if len(state.rows) >= 2 or len(rows) < 2:  # "hur mycket mer i procent?" after two years of one row
        change = "percent_change" if plan.percent else "change"
        # "hur mycket mer blir det 2023?" after a turn about 2022: the year it names against the one named before
        last_two = list(dict.fromkeys(reversed([*years, *plan.years])))[:2]
        if not comparative or len(last_two) < 2:
            return state
        return replace(state, operation=change, years=tuple(sorted(last_two)), year_range=False, all_years=False)
    if comparative and plan.percent:
        return state  # how many per cent more one row is than another: no operation says it
    return replace(state, rows=tuple(rows[:2]), said=(), operation="difference" if comparative else state.operation)

