"""Find table rows, table kinds and unknown committee names in a question (Swedish and English).

Inflections are handled by the Swedish Snowball stemmer ("socialnämndens" -> "socialnämnd"),
misspellings by a similarity ratio on stems, other names by the synonyms in
assistant/data/budget_synonyms.json.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from typing import Any

import Stemmer

from assistant.budget.hierarchy import BREAKDOWN, SUM_LABEL
from assistant.budget.records import Table
from assistant.understand.bodies import COMMITTEES, ENDINGS, head_pattern
from assistant.budget.units import PEOPLE, Unit, counts_people, measure_headed, measure_in, unit_in
from core.years import MONTHS_EN, MONTHS_SV, years_in

FUZZY_RATIO = 0.84
GENERIC_TOTALS = {"totalt", "total", "summa", "summa totalt", "totalsumma"}
COUNT_OR_SHARE = re.compile(r"^(antal|andel|number of|share of)\b", re.IGNORECASE)  # a measure's generic first word
_STEMMER = Stemmer.Stemmer("swedish")
TOKEN = re.compile(r"[0-9a-zåäöéüæø]+", re.IGNORECASE)


@lru_cache(maxsize=1)
def synonyms() -> dict:
    text = resources.files("assistant.data").joinpath("budget_synonyms.json").read_text(encoding="utf-8")
    return json.loads(text)


# a unit written with a superscript ("per m³", "kr/m²") is the unit written with the digit ("m3", "m2"): so
# its words ("kubik", "kvadratmeter", budget_synonyms.json) name it
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³", "123")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower().translate(_SUPERSCRIPT_DIGITS)  # "m³" is "m3"
    text = re.sub(r"(\w)- (och|eller|samt|and|or) ", r"\1 \2 ", text)  # "vård- och" -> "vård och"
    return text


def tokens(text: str) -> list[str]:
    return list(_tokens(text))


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    """The words of a text, kept per text: row labels are tokenised again for every question."""
    return tuple(TOKEN.findall(normalise(text)))


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in tokens(text))


# a question typed without Swedish letters ("aldreomsorg", "forskola") names the row with them: words are compared
# with å, ä, ö (and é, ü) read as the plain letters they are written with on other keyboards
_PLAIN_LETTERS = str.maketrans("åäöéü", "aaoeu")


def plain(word: str) -> str:
    """The word with its Swedish letters read plain ("äldreomsorg" -> "aldreomsorg")."""
    return word.translate(_PLAIN_LETTERS)


@lru_cache(maxsize=65536)
def similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) < 5 or len(b) < 5 or abs(len(a) - len(b)) > 2:
        return False
    if plain(a) == plain(b):  # the same word, typed without Swedish letters; a near miss is one only with them
        return True  # ("förändring" is no misspelling of "fordringar")
    return a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= FUZZY_RATIO


@dataclass(frozen=True, slots=True)
class RowMatch:
    label: str  # the row label as in the tables
    start: int  # token span in the question
    end: int
    said: str  # the words the question used


EACH = ("varje", "var", "en", "every", "each", "a")  # "av varje hundralapp", "of every 100 kronor"
# "av 100 kr", "of every 100 kronor": the sum a share is of; not a year ("av 2024 års budget")
SUM_OF_NUMBER = re.compile(rf"\b(?:av|of)\s+(?:(?:{'|'.join(EACH)})\s+)?(?!(?:19|20)\d\d\b)(\d+)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every row label of the book with its stemmed names (label + synonyms)."""

    phrases: tuple[tuple[tuple[tuple[str, str], ...], str], ...]  # ((stem, word)..., label), longest first
    columns: frozenset[str] = frozenset()  # stems of the column labels' words ("helår" of "Prognos helår")
    kinds: tuple[tuple[str, str], ...] = ()  # (stem, kind) of the tables' one-word column kinds ("Sjukfrånvaro")
    tables: tuple[frozenset[str], ...] = ()  # per table: its row labels and sections
    sections: frozenset[str] = frozenset()  # the labels that open a section of rows
    members: tuple[tuple[str, frozenset[str]], ...] = ()  # per section: the labels of its rows (its total too)
    titles: tuple[frozenset[str], ...] = ()  # per table (as `tables`): stems of its title's and its document's title's words
    column_words: tuple[frozenset[str], ...] = ()  # per table (as `tables`): its column labels' words and numbers
    label_words: frozenset[str] = frozenset()  # every word of the labels named by `phrases`
    table_kinds: tuple[str | None, ...] = ()  # per table (as `tables`): the kind of table (table_kind_of)
    years: tuple[frozenset[int], ...] = ()  # per table (as `tables`): the years of its columns
    moves: tuple[tuple[str, str], ...] = ()  # (the year said as moved "till 2025", kind) of columns moving money
    shares: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (label, names) of the municipality's part of a whole
    # split between bodies ("Kommunen" over "Total skattesats": "kommunal skattesats"; body_shares.py)
    counts: frozenset[str] = frozenset()  # labels whose figures are counts, by their own words or, every figure, by
    # what their tables say ("Elever gymnasieskola" under "Antal barn/elever; kostnad i kronor per elev")

    def counting(self, label: str) -> bool:
        """The label's figures are counts (`counts`; a lexicon built without tables asks the label's own words:
        "Antal elever", "Utförda hemtjänsttimmar")."""
        return label in self.counts or _counts_by_words(label)

    def neighbours(self, labels: "tuple[str, ...] | list[str]") -> frozenset[str]:
        """The labels that share a table with any of `labels` (the rows a conversation is about)."""
        return frozenset().union(*(t for t in self.tables if any(label in t for label in labels)))

    def with_columns(self, words: "set[str] | frozenset[str]") -> frozenset[str]:
        """The labels of the tables having a column labelled by any of `words` ("100" of "Kronor av 100"): a name said
        in part is sought there first. Empty when no table has one."""
        holding = [t for t, columns in zip(self.tables, self.column_words) if columns & set(words)]
        return frozenset().union(*holding)

    def with_column_kind(self, kind: str) -> frozenset[str]:
        """The labels of the tables having a column of this kind (every word of it in a column label: "av 100" of
        "Kronor av 100"). Empty when no table has one."""
        words = set(tokens(kind))
        return frozenset().union(*(t for t, columns in zip(self.tables, self.column_words) if words and words <= columns))

    def restricted(self, labels: frozenset[str]) -> "Lexicon":
        """The lexicon of these labels only (the rows of some tables), with the book's columns and kinds."""
        shares = tuple((label, names) for label, names in self.shares if label in labels)
        return replace(_build_lexicon(tuple(sorted(labels)), shares), shares=shares, columns=self.columns,
                       kinds=self.kinds,
                       moves=self.moves, counts=self.counts & labels,
                       tables=tuple(t for t in self.tables if t <= labels), sections=self.sections & labels,
                       members=tuple((s, rows) for s, rows in self.members if s in labels))

    def of_kinds(self, kinds: "list[str] | tuple[str, ...]") -> frozenset[str]:
        """The labels of the tables of any of these kinds ("investering"): where a name said in part that fits rows
        of several tables is sought when the question names the kind of table ("av investeringarna")."""
        return frozenset().union(*(t for t, kind in zip(self.tables, self.table_kinds) if kind in kinds))

    def with_years(self, years: "tuple[int, ...] | list[int]") -> frozenset[str]:
        """The labels of the tables having a column of any of these years: a name said in part that fits rows of
        several tables fits the one whose table holds the year asked ("ekbacken 2026": the investment budget's
        "Nytt äldreboende Ekbacken, 90 platser" with Plan 2026, not the 2023 outcome's "..., projektering")."""
        return frozenset().union(*(t for t, held in zip(self.tables, self.years) if held & set(years)))

    def titles_of(self, labels: "tuple[str, ...] | list[str]") -> frozenset[str]:
        """The title stems of the tables holding any of `labels`, and of their documents ("sjukfrånvaro" of
        "Sjukfrånvaro i procent av arbetstid", "delårsrapport" of "Delårsrapport januari–augusti 2025")."""
        return frozenset().union(*(t for t, rows in zip(self.titles, self.tables) if any(label in rows for label in labels)))

    @classmethod
    def build(cls, tables: tuple[Table, ...]) -> "Lexicon":
        labels = {r.label for t in tables for r in t.rows}
        sections = {s for t in tables for r in t.rows for s in r.sections}  # via their total or their parts
        columns = frozenset(stem(w) for t in tables for c in t.columns for w in tokens(c.label)
                            if len(w) > 2 and w.isalpha())
        kinds = tuple(sorted({(stem(c.kind.lower()), c.kind) for t in tables for i, c in enumerate(t.columns)
                              if c.kind and len(tokens(c.kind)) == 1 and len(c.kind) > 3
                              and any(r.values[i] is not None for r in t.rows)}  # a column of figures
                             | {(stem(word), c.kind) for t in tables for i, c in enumerate(t.columns)
                                if c.kind and len(tokens(c.kind)) > 1
                                and any(r.values[i] is not None for r in t.rows)  # "Ackumulerat utfall"
                                for word in _naming_words(c.kind, c.label)}
                             | _head_nouns(tables)))  # "Föreslagen ombudgetering"
        columns |= {s for s, _ in kinds}  # a column named by its proposer's initials ("M", "SD") is said by them
        grouped = tuple(frozenset({r.label for r in t.rows} | {s for r in t.rows for s in r.sections}) for t in tables)
        members = tuple(sorted((s, frozenset(r.label for t in tables for r in t.rows if s in r.sections))
                               for s in sections))
        titles = tuple(frozenset(stem(w) for text in (t.title, *{r.source.title for r in t.rows}) for w in tokens(text or "")
                                 if len(w) > 3 and w.isalpha()) for t in tables)
        # a title naming the sum its figures are of ("Fördelning av 100 kr kommunalskatt") names it for every column
        column_words = tuple(frozenset({w for c in t.columns for w in tokens(c.label)}
                                       | set(SUM_OF_NUMBER.findall(t.title or ""))) for t in tables)
        from assistant.budget.columns import moved_year, title_moves

        moves = tuple(sorted({(said, c.kind) for t in tables for c in t.columns
                              if c.kind and (said := moved_year(c.label))}
                             | {(said, c.kind) for t in tables for said in title_moves(t) for c in t.columns
                                if c.kind and not years_in(c.label)}))
        from assistant.budget.body_shares import body_share_names

        shares = tuple(sorted(body_share_names(tables).items()))
        return replace(_build_lexicon(tuple(sorted(labels | sections)), shares), columns=columns, kinds=kinds,
                       tables=grouped, shares=shares,
                       moves=moves, counts=_counts(tables, labels | sections),
                       sections=frozenset(sections), members=members, titles=titles, column_words=column_words,
                       table_kinds=tuple(table_kind_of(t) for t in tables),
                       years=tuple(frozenset(c.year for c in t.columns if c.year) for t in tables))


def _counts_by_words(label: str) -> bool:
    return (measure_in(label) or measure_headed(label)) is Unit.NUMBER


def _counts(tables: tuple[Table, ...], labels: set[str]) -> frozenset[str]:
    """The labels counting by their own words, and those whose every figure, in every table, is a count (Table.cell's
    unit: the row's own words, else the table's caption). Once per lexicon: Lexicon.counting is asked per row match."""
    units: dict[str, set[Unit]] = {}
    for table in tables:
        for row in table.rows:
            units.setdefault(row.label, set()).update(
                cell.unit for i in range(len(table.columns)) if (cell := table.cell(row, i)) is not None)
    return frozenset({label for label, held in units.items() if held == {Unit.NUMBER}}
                     | {label for label in labels if _counts_by_words(label)})


MAX_INITIALS = 4  # "M", "SD", "KS", "BUN": a name written by its initials


def _naming_words(kind: str, label: str) -> tuple[str, ...]:
    """The words a kind of several words is named by: its first ("Ackumulerat" of "Ackumulerat utfall"), and a
    body's initials when the first word is a body's name ("ks" of "Kommunstyrelsens förslag"); for a part of
    another column the word after "därav" ("personalkostnader" of "Därav personalkostnader"); after a short first
    word the initials the label writes in capitals, whose figures the column holds ("M", "SD" of "M och SD:s
    förslag"), else the number it is of ("100" of "av 100", the column "Kronor av 100 kr"). None without one."""
    words = tokens(kind)
    if BREAKDOWN.match(kind) or COUNT_OR_SHARE.match(kind):  # "Antal årsarbetare": what is counted names it
        return tuple(w for w in words[1:] if len(w) > 3)[:1]
    if len(words[0]) > 3:
        return (words[0],) + ((initials(words[0]),) if abbreviable(words[0]) else ())
    written = [w.removesuffix(":s").strip(",.:()") for w in label.split()]
    capitals = tuple(w.lower() for w in written if w.isalpha() and w.isupper() and len(w) <= MAX_INITIALS)
    if capitals and written[0].lower() == capitals[0]:
        return capitals
    return tuple(w for w in words[1:] if w.isdigit())[:1]


def _head_nouns(tables: tuple[Table, ...]) -> set[tuple[str, str]]:
    """(stem, kind) of the head nouns that name one kind of several words each (`_head_noun`); a head several kinds
    end in ("förslag" of "Kommunstyrelsens förslag" and "M och SD:s förslag") names none of them."""
    found = {(stem(head), c.kind) for t in tables for i, c in enumerate(t.columns)
             if c.kind and len(tokens(c.kind)) > 1 and (head := _head_noun(c.kind))
             and any(r.values[i] is not None for r in t.rows)}
    kinds_of: dict[str, set[str]] = {}
    for head, kind in found:
        kinds_of.setdefault(head, set()).add(kind)
    return {(head, kind) for head, kind in found if len(kinds_of[head]) == 1}


def _head_noun(kind: str) -> str | None:
    """The deed a kind of several words ends in, when no general kind names it ("ombudgetering" of "Föreslagen
    ombudgetering": a noun in -ing of what is done with the money; not "utfall" of "Ackumulerat utfall", which the
    general Utfall names, nor a thing counted, "tomter" of "Sålda tomter", which is the question's topic): it names
    the kind too."""
    from assistant.budget.columns import kind_of_word

    words = tokens(kind)
    head = words[-1]
    return head if len(head) >= 6 and head.isalpha() and head.endswith("ing") and kind_of_word(head) is None else None


def is_part_kind(kind: str) -> bool:
    """A column of a part of another column's figure ("Därav personalkostnader" beside "Besparing 2025")."""
    return bool(BREAKDOWN.match(kind))


@lru_cache(maxsize=16)
def _build_lexicon(labels: tuple[str, ...], shares: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> Lexicon:
    """The lexicon of `labels`: each named by itself, its synonyms and, for a body's part of a split whole, the
    names of that part (`shares`, body_shares.py)."""
    rows = synonyms()["rows"]
    lowered = {k.lower(): v for k, v in rows.items()}
    phrases: set[tuple[tuple[tuple[str, str], ...], str]] = set()
    qualified = _unqualified_names(labels)
    for label in labels:
        names = [*lowered.get(label.lower(), [])]
        if label.lower() not in GENERIC_TOTALS:  # "Totalt" alone is reached through sum questions
            names.insert(0, label)
            bare = without_unit(label)
            if bare != label:  # "Låneskuld (mnkr)" is asked for as "låneskulden", "Årets resultat, mnkr" as
                names.insert(1, bare)  # "resultatet": the names of the row without its unit
                names += [n for n in lowered.get(bare.lower(), []) if n not in names]
            named = without_total_word(label)
            if named != label:  # "Summa skatter och bidrag" is asked for as "skatter och bidrag"
                names.append(named)
            if label in qualified:  # "Höjdfordon räddningstjänsten (KS)" is asked for as "höjdfordon räddningstjänsten"
                names.append(qualified[label])
            for alternative in alternatives(label):  # "Periodens/årets resultat" is asked for as "resultatet"
                if alternative.lower() in lowered:
                    names += [alternative, *lowered[alternative.lower()]]
            joined = tokens(label)
            if len(joined) == 3 and joined[1] in ("och", "and"):  # "Grundskola och fritidshem" is asked for as
                names.append(f"{joined[0]} {joined[2]}")  # "grundskola/fritidshem": a slash joins the two
        names += dict(shares).get(label, ())
        for name in names:
            for words in {tuple(tokens(name)), _variant_written_out(tokens(name))}:
                key = tuple((stem(w), w) for w in words)
                if key:
                    phrases.add((key, label))
    ordered = sorted(phrases, key=lambda p: (-sum(len(s[1]) for s in p[0]), p[1]))
    return Lexicon(tuple(ordered), label_words=frozenset(w for _, label in ordered for w in tokens(label)))


# a qualifier after a row's name: in parentheses ("(KS)", "(industrimark)") or after a comma ("Åbrinken, Gnosjö")
_QUALIFIER = re.compile(r"\s*(?:\([^()]*\)|,[^,()]*)\s*$")


def without_qualifier(label: str) -> str:
    """A row label without the qualifier that ends it, when what is left names it on its own (two content words
    or more): "Trygghetsboende Åbrinken, Gnosjö" -> "Trygghetsboende Åbrinken", "Höjdfordon räddningstjänsten (KS)"
    -> "Höjdfordon räddningstjänsten"; "Soliditet, %" and "Skatter (netto)" stay."""
    bare = label
    while (tail := _QUALIFIER.search(bare)) is not None and tail.start() > 0:
        bare = bare[:tail.start()]
    rest = [w for w in tokens(bare) if w not in FUNCTION_WORDS]
    return bare if bare != label and len(rest) >= 2 else label


def _unqualified_names(labels: tuple[str, ...]) -> dict[str, str]:
    """Each label's name without its qualifier, where that names one thing: no other label is that name, and the
    labels sharing it are one row qualified more or less ("Åbrinken, Gnosjö" and "Åbrinken, Gnosjö (SN)": the
    shortest label owns the name); "Ombyggnad X, etapp 1" and "..., etapp 2" keep theirs."""
    own = {label.lower() for label in labels}
    groups: dict[str, list[str]] = {}
    for label in labels:
        bare = _without_attribute(label)
        if bare != label and bare.lower() not in own:
            groups.setdefault(bare.lower(), []).append(label)
    out = {}
    for group in groups.values():
        first = min(group, key=len)
        if all(label.startswith(first) for label in group):
            out[first] = _without_attribute(first)
    return out


PERIOD_OWN = frozenset({"årets", "periodens"})  # the figure of the period a table covers ("Årets kassaflöde")


def _the_periods_own(labels: list[str], said: str) -> list[str]:
    """Of the labels one word fits, the one naming nothing but that word as the period's figure: "kassaflödet" is
    "Årets kassaflöde", not its parts "Kassaflöde från investeringsverksamheten"; [] when not exactly one does."""
    own = [label for label in labels if all(w in PERIOD_OWN or _same_word(said, stem(w)) for w in tokens(label))]
    return own if len(own) == 1 else []


def one_row(labels: list[str]) -> list[str]:
    """Labels a name fits that are one row qualified more or less, in tables of their own ("Ny förskola Kallinge" of
    the investment budget, "Ny förskola Kallinge (Utbildningsnämnden)" of the minutes carrying its money over): the
    shortest, which names the row in every table (selection.find_row finds it qualified more). The labels as they
    are otherwise."""
    if len(labels) < 2:
        return labels
    first = min(labels, key=len)
    if all(label == first or owned_by_body(label, first) for label in labels):
        return [first]
    return labels


OWNER = re.compile(r"\s*\(([^()]*)\)\s*")  # a parenthesis after a name


def owned_by_body(label: str, name: str) -> bool:
    """The label is the name with the committee answering for it in parentheses after it ("Ny förskola Kallinge
    (Utbildningsnämnden)"), or with its municipality after a comma ("Nytt LSS-boende, Skinnskatteberg"): the same
    thing; a part in parentheses ("Vård- och omsorgsnämnden (Hemtjänst)") or a place within it is not."""
    if not label.startswith(name) or label == name:
        return False
    from assistant.understand.words import municipality_names

    rest = label[len(name):]
    found = OWNER.fullmatch(rest)
    if found is not None and bool(committee_mentions(found.group(1))):
        return True
    placed = re.fullmatch(r",\s*([^,()]+?)\s*", rest)
    return placed is not None and placed.group(1).lower() in municipality_names()


_ATTRIBUTE = re.compile(r"\s*\([^()]*\)\s*$")
MAX_BODY_WORDS = 5  # a committee's name is short: "Vård- och omsorgsnämnden", "Teknik- och fastighetsnämnden"
# a committee's row naming what its figure is for in parentheses: "Vård- och omsorgsnämnden (Välfärdsteknik)"
_COMMITTEE_ITEM = re.compile(r"(?P<body>[^()]+?)\s*\((?P<item>[^()]*[^\W\d_]{4}[^()]*)\)\s*")


def committee_item(label: str) -> str | None:
    """What a committee's row is for, said in parentheses after the committee's name ("Välfärdsteknik" of "Vård- och
    omsorgsnämnden (Välfärdsteknik)", a table of each committee's projects carried over): a name of that row too.
    None when the label is no committee's, or the parentheses hold a unit or an abbreviation."""
    found = _COMMITTEE_ITEM.fullmatch(label)
    if found is None or unit_in(found.group("item")) is not None:
        return None
    body = normalise(found.group("body")).strip()
    mentions = committee_mentions(body)  # the committee's name ends the words before ("Vård- och omsorgsnämnden")
    return found.group("item").strip() if mentions and mentions[-1][2] == len(body) and \
        len(tokens(body)) <= MAX_BODY_WORDS else None


def _without_attribute(label: str) -> str:
    """`without_qualifier`, and a name of one word before an attribute in parentheses ("Räddningstjänst (Nerikes
    brandkår)" -> "Räddningstjänst"): the parentheses mark what follows as no part of the name."""
    bare = without_qualifier(label)
    if bare != label:
        return bare
    attribute = _ATTRIBUTE.search(label)
    if attribute is None or not attribute.start():
        return label
    rest = [w for w in tokens(label[:attribute.start()]) if w not in FUNCTION_WORDS]
    return label[:attribute.start()] if rest else label


_SLASHED = re.compile(r"([^\W\d_]+)/([^\W\d_]+)")


def alternatives(label: str) -> list[str]:
    """A label naming two things by words joined by a slash names each of them: "Periodens/årets resultat" ->
    "Periodens resultat", "årets resultat"; [] without a slash."""
    m = _SLASHED.search(label)
    if m is None:
        return []
    return [f"{label[:m.start()]}{word}{label[m.end():]}" for word in m.groups()]


def without_unit(label: str) -> str:
    """A row label without the unit it writes for its figures: "Låneskuld (mnkr)" -> "Låneskuld",
    "Soliditet, %" -> "Soliditet"; the label itself when it names no unit."""
    from assistant.budget.units import _LABEL_UNIT, measure_in

    tail = _LABEL_UNIT.search(label)
    if tail is None or measure_in(label) is None or tail.start() == 0:
        return label
    return label[:tail.start()].rstrip(" ,(")


def without_total_word(label: str) -> str:
    """A total row's label without the total word it opens with, when what is left names it on its own (two
    content words or more): "Summa skatter och bidrag" -> "skatter och bidrag"; "Summa nämnder" stays (one word
    names many rows), as does a label without a total word."""
    words = tokens(label)
    if not words or words[0] not in TOTAL_WORDS:
        return label
    rest = [w for w in words[1:] if w not in FUNCTION_WORDS]
    return " ".join(words[1:]) if len(rest) >= 2 else label


def _vocabulary(phrases: tuple[tuple[tuple[str, str], ...], ...]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted({tok for key in phrases for tok in key}))


@lru_cache(maxsize=32768)
def _matching(word: tuple[str, str], vocabulary: tuple[tuple[str, str], ...]) -> frozenset[tuple[str, str]]:
    """The vocabulary tokens a question token matches (computed once per token and vocabulary). Only tokens that
    can match are tried (`_candidates`): the same set as trying every token."""
    return frozenset(v for v in _candidates(word, vocabulary) if token_match(word, v))


# (id of a vocabulary or phrase tuple, the grouping) -> (the tuple, what it is grouped into)
_SHAPES: dict[tuple[int, Any], tuple[Any, Any]] = {}


def _grouped(items: tuple, group: Callable[[tuple], Any]) -> Any:
    """`group(items)`, computed once per tuple object and grouping (kept with the tuple, so its id is not reused; at
    most 32 kept). One tuple may be grouped two ways: the empty tuple is one object for every empty vocabulary."""
    key = (id(items), group)
    kept = _SHAPES.get(key)
    if kept is None or kept[0] is not items:
        if len(_SHAPES) >= 32:
            _SHAPES.clear()
        kept = _SHAPES[key] = (items, group(items))
    return kept[1]


def _by_initials(vocabulary: tuple[tuple[str, str], ...]) -> tuple[dict[str, list], dict[str, list], list]:
    """The vocabulary's tokens by the initial of their stem, by the initial of their word, and the short words."""
    by_stem: dict[str, list] = {}
    by_word: dict[str, list] = {}
    short = []
    for v in vocabulary:
        if len(v[1]) <= 3:
            short.append(v)
        else:
            by_stem.setdefault(plain(v[0][:1]), []).append(v)
            by_word.setdefault(plain(v[1][:1]), []).append(v)
    return by_stem, by_word, short


def _candidates(word: tuple[str, str], vocabulary: tuple[tuple[str, str], ...]) -> set[tuple[str, str]]:
    """The tokens `token_match` can accept: a short word matches only itself or its inflections (which start with
    it), a longer one a similar stem or word, which begins with the same letter (`similar`)."""
    by_stem, by_word, short = _grouped(vocabulary, _by_initials)
    return {*by_stem.get(plain(word[0][:1]), ()), *by_word.get(plain(word[1][:1]), ()), *short}


def one_typing_error(a: str, b: str) -> bool:
    """At most one edit apart: a letter added, dropped or changed, or two neighbours swapped ("dirftsbudget").
    Linear: the words are compared past their common start, not with a full edit-distance table."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    return swapped or a[i + 1:] == b[i + 1:]


@lru_cache(maxsize=32768)
def _matching_strictly(word: tuple[str, str], vocabulary: tuple[tuple[str, str], ...]) -> frozenset[tuple[str, str]]:
    """Vocabulary tokens a question token matches by stem or by one typing error. For everyday words (the
    words that name a kind of table), whose near neighbours are other words: "budgeterar" is not "budgetram"."""
    return frozenset(v for v in vocabulary if word[0] == v[0] or word[1] == v[1] or (
        len(v[1]) > 4 and len(word[1]) > 4 and min(len(word[0]), len(v[0])) > 3  # "rad" is no typo of "ram"
        and (one_typing_error(word[0], v[0]) or one_typing_error(word[1], v[1]))))


def _find(q: list[tuple[str, str]], phrases: tuple[tuple[tuple[str, str], ...], ...],
          vocabulary: tuple[tuple[str, str], ...], strict: bool = False) -> list[tuple[int, int, int]]:
    """(phrase index, start, end) of every phrase occurrence, phrases in the given order; `strict`: one
    typing error at most (`_matching_strictly`)."""
    matched = [(_matching_strictly if strict else _matching)(w, vocabulary) for w in q]
    starting = _grouped(phrases, _by_first_token)
    out = []
    for i, tokens_here in enumerate(matched):  # only the phrases whose first token the word matches
        for token in tokens_here:
            for p in starting.get(token, ()):
                key = phrases[p]
                n = len(key)
                if i + n <= len(q) and all(key[k] in matched[i + k] for k in range(1, n)):
                    out.append((p, i, i + n))
    out.sort()  # phrases in the given order, each at its places from the left
    return out


def _by_first_token(phrases: tuple[tuple[tuple[str, str], ...], ...]) -> dict[tuple[str, str], list[int]]:
    """Indices of the phrases by their first token."""
    starting: dict[tuple[str, str], list[int]] = {}
    for p, key in enumerate(phrases):
        if key:
            starting.setdefault(key[0], []).append(p)
    return starting


@lru_cache(maxsize=16)
def _lexicon_parts(lexicon: Lexicon) -> tuple[tuple[tuple[tuple[str, str], ...], ...], tuple[tuple[str, str], ...]]:
    keys = tuple(key for key, _ in lexicon.phrases)
    return keys, _vocabulary(keys)


def _sum_phrase(words: list[str]) -> list[int]:
    """Positions of the words naming the sum a share is of: "av"/"of", its number (perhaps after "varje"/"every")
    and the words after it up to the clause's verb ("hur många kronor av 100 kr i skatt går till ...": "av 100 kr i
    skatt"; "of every 100 kronor of municipal tax")."""
    from assistant.evidence.claims import is_finite_verb

    out: list[int] = []
    for k in range(len(words) - 1):
        at = k + 2 if words[k + 1] in EACH and k + 2 < len(words) else k + 1
        if words[k] in ("av", "of") and words[at].isdigit() and not YEAR.fullmatch(words[at]):
            end = at + 1
            while end < len(words) and not is_finite_verb(words[end]) and words[end] not in ("till", "to", "for"):
                end += 1
            out += range(k, end)
    return out


def _names_body(label: str) -> bool:
    """The label names a body ("Barn- och utbildningsnämnden", "Kommunstyrelsen")."""
    from assistant.understand.bodies import body_kind

    return bool(label.split()) and body_kind(label.split()[-1].lower()) is not None


def _headed_holding(said: list[str], headed: frozenset[str]) -> str | None:
    """The one label of `headed` whose words hold every word said (by stem), None when none or several do."""
    wanted = {stem(w) for w in said if w not in FUNCTION_WORDS}
    holding = [label for label in headed if wanted and wanted <= set(stems(label))]
    return holding[0] if len(holding) == 1 else None


@lru_cache(maxsize=16)
def _own_names(lexicon: Lexicon) -> tuple[bool, ...]:
    """Per phrase: is it the row's own label (not a synonym)?"""
    return tuple(tuple(s for s, _ in key) == stems(label) for key, label in lexicon.phrases)


def says_phrase(text: str, key: tuple[tuple[str, str], ...]) -> bool:
    """The words of `text` are the lexicon phrase `key`, word by word as a question's words match it ("resultat"
    is the synonym key "resultatet", whose stem is not the question word's)."""
    words = [(stem(w), w) for w in tokens(text)]
    return len(words) == len(key) and all(token_match(w, k) for w, k in zip(words, key))


def match_rows(question: str, lexicon: Lexicon, near: frozenset[str] = frozenset(),
               headed: frozenset[str] = frozenset(), kinded: frozenset[str] = frozenset(),
               dated: frozenset[str] = frozenset()) -> list[RowMatch]:
    """Rows named in the question, in question order, longest names first, no overlaps. `near`: the labels of the
    tables the conversation is about, which a name said in part that fits rows of several tables prefers; `headed`:
    the labels of the tables of a column the question names (Lexicon.with_columns), where a word said alone may be
    the head of a label's compound ("skolan" of "Förskola, grundskola och gymnasium"); `kinded`: the labels of the
    tables of the kind the question names (Lexicon.of_kinds), which a name fitting rows of several tables prefers;
    `dated`: the labels of the tables holding a year the question names (Lexicon.with_years), preferred next."""
    said = tokens(question)
    words = in_row_words(said, lexicon)
    q = [(stem(w), w) for w in words]
    keys, vocabulary = _lexicon_parts(lexicon)
    taken = [False] * len(q)
    for k in (*year_references(words), *per_year(words)):  # "det året": a year, not "Årets resultat"
        taken[k] = True
    for k in answer_forms(words):  # "både antal och procent": how the figure is given, not "Antal invånare"
        taken[k] = True
    for k in _sum_phrase(words) if headed else ():  # "av 100 kr i skatt": the sum the column is of, no row
        taken[k] = True
    found: list[RowMatch] = []
    own = _own_names(lexicon)
    # more question words first ("net result" before a fuzzy one-word "resultatet"), then a row's own name
    # before a synonym that points to another row (a table with its own row for an activity answers for
    # it rather than the committee the synonym names), then longer names
    for p, i, j in sorted(_find(q, keys, vocabulary), key=lambda f: (f[1] - f[2], not own[f[0]], f[0])):
        if any(taken[i:j]):
            continue
        for k in range(i, j):
            taken[k] = True
        label = lexicon.phrases[p][1]
        if headed and not own[p] and label not in headed:
            # "hur många kronor av 100 kr går till äldreomsorgen": the row of the column the question names by its
            # sum ("Äldreomsorg och stöd till ..." of "Kronor av 100 kr") holding the words, not the committee a
            # synonym of them names; or the words of the row the synonym names ("gymnasiet": "Gymnasieskola och
            # vuxenutbildning" there, not the "Gymnasieskola" of another table)
            label = _headed_holding(words[i:j], headed) or _headed_holding(tokens(label), headed) or label
        found.append(RowMatch(label, i, j, " ".join(words[i:j])))
    from assistant.understand.query import COUNT, PRICED

    if PRICED.search(question) and not COUNT.search(question) and found != (
            found := [priced_beside(m, lexicon) for m in found]):
        for k, w in enumerate(words):  # the verb asking the price is said by the priced row's name
            taken[k] = taken[k] or bool(PRICED.fullmatch(w))
    for k in column_words(words):  # "plan 2026", "bokslutet för 2024": a column, not part of a row's name
        taken[k] = True
    from assistant.budget.plan import ITEM_NOUN

    for k, w in enumerate(words):  # "lägger man ihop projekten": the table's items, said in part of no row's name
        taken[k] = taken[k] or bool(ITEM_NOUN.fullmatch(w))  # ("..., projektering"); "övriga projekt" is named whole
    from assistant.understand.query import framing_stems
    from assistant.understand.words import finite_verb_at

    # "hur många väntas det bli": a verb framing the figure as expected is the question's verb, no part of
    # "Väntetid ..."; a verb naming the topic ("hur mycket amorterar ...": "Amortering") is
    verb = finite_verb_at(words)
    if verb is not None and stem(words[verb]) in framing_stems():
        taken[verb] = True
    found = _widened(found, words, lexicon, taken)
    found += clipped_rows(question, words, lexicon, taken)
    pricing = bool(PRICED.search(question))
    abbreviations = written_initials(question, words, lexicon)
    before = list(taken)
    stops = comma_ends(question)  # `words` keeps `said`'s positions (in_row_words replaces word for word)
    parts = partial_rows(words, lexicon, taken, abbreviations=abbreviations, near=near or headed,
                         counting=bool(COUNT.search(question)), pricing=pricing, headed=headed, kinded=kinded,
                         dated=dated, stops=stops)
    # "en förskoleplats per barn": what a rate is per counts things, no body said in part ("Barn- och
    # utbildningsnämnden"); a count's row ("per invånare": "Antal invånare") is its divisor
    parts = [m for m in parts if not (m.start and words[m.start - 1] == "per" and _names_body(m.label))]
    if not near and (found or parts):
        # a name said in part that fits rows of several tables fits the one beside the other rows the question names
        # ("va-ledningar och gator": "Gator och vägar" of the investments, not "Gator, parker och trafik")
        again = list(before)
        beside = partial_rows(words, lexicon, again, abbreviations=abbreviations,
                              near=lexicon.neighbours([m.label for m in (*found, *parts)]),
                              counting=bool(COUNT.search(question)), pricing=pricing, kinded=kinded,
                              dated=dated, stops=stops)
        every = {label: every for label, _, every, _ in _label_parts(lexicon)}
        first = {m.label for m in parts}
        # told apart only by its neighbours, a name is said in whole words of the label ("gator" of "Gator och
        # vägar"), not by a verb sharing a stem ("kostade" of "Verksamhetens nettokostnad")
        kept = [m for m in beside if m.label in first or all(
            stem(w) in every.get(m.label, ()) for w in m.said.split() if w not in FUNCTION_WORDS)]
        if len(kept) > len(parts) and first <= {m.label for m in kept}:
            parts = kept
            taken[:] = before
            for m in kept:
                for k in range(m.start, m.end):
                    taken[k] = True
    found += parts
    found += compound_rows(words, lexicon, taken, pricing=pricing, counting=bool(COUNT.search(question)))
    found = _one_entity_alone(found)
    found.sort(key=lambda m: m.start)
    found = _name_said_apart(found, words)
    found = _compound_said_apart(found, words)
    if COUNT.search(question):
        found = _counted_where(found, words, lexicon)
    found = _whole_said_of_part(found, words, lexicon)
    found = _measure_of_owner(found, words, lexicon)
    found = _rates_of_no_body(found, words, lexicon)
    found = _ratio_said_apart(found)
    found = _columns_named_as_rows(found, lexicon)
    unique: list[RowMatch] = []
    for m in _qualified_apart(found, words, lexicon):
        if all(u.label != m.label for u in unique) and not _named_by_deed_verbs(m, words):
            unique.append(replace(m, said=" ".join(said[m.start:m.end])))  # the question's own words
    return unique


def _columns_named_as_rows(found: list[RowMatch], lexicon: Lexicon) -> list[RowMatch]:
    """A row whose label is only a column's name ("Budget 2025" of a press release's fact box) is that column of
    another row the question names, when a table holding that row has the column ("socialnämnden i budget 2025":
    the committee's Budget 2025, not the fact box's row)."""
    from assistant.budget.columns import names_column_kind

    def column_like(label: str) -> list[str]:
        words = tokens(label)
        return words if len(words) == 2 and names_column_kind(words[0]) and YEAR.fullmatch(words[1]) else []

    def held_as_column(words: list[str]) -> bool:
        return any(other.label in rows and {stem(words[0]), words[1]} <= {stem(w) for w in heads} | set(heads)
                   for other in found if not column_like(other.label)
                   for rows, heads in zip(lexicon.tables, lexicon.column_words))

    return [m for m in found if not (column_like(m.label) and held_as_column(column_like(m.label)))]


def _ratio_said_apart(found: list[RowMatch]) -> list[RowMatch]:
    """A row said as "per" one thing right after the row its label has before "per" ("net cost" + "per inhabitant":
    "Nettokostnad per invånare", which the words name together; "Verksamhetens nettokostnader" named the first half
    only): the one ratio row over both spans."""
    out: list[RowMatch] = []
    for m in found:
        before = out[-1] if out else None
        head, per, _ = m.label.lower().partition(" per ")
        if before is not None and per and before.end == m.start and m.said.split()[:1] == ["per"] and \
                any(a.startswith(b) or b.startswith(a) for a in stems(head) for b in stems(before.label)
                    if min(len(a), len(b)) >= MIN_PART):
            out[-1] = RowMatch(m.label, before.start, m.end, f"{before.said} {m.said}")
            continue
        out.append(m)
    return out


def priced_beside(match: RowMatch, lexicon: Lexicon) -> RowMatch:
    """Asked what something costs, a count's row named in full ("vad kostade en elev i grundskolan": "Elever i
    grundskola") gives way to the row of its own table stating that thing's price in money and naming every word
    of it ("Kostnad per elev grundskola, kr"); the match itself when the label is no count, is said in part, or no
    one such row is beside it."""
    if not lexicon.counting(match.label):
        return match
    said = [stem(w) for w in tokens(match.said) if w not in FUNCTION_WORDS]
    if not all(any(similar(own, w) for w in said) for own in stems(match.label) if own not in FUNCTION_WORDS):
        return match  # "eleverna" of "Elever i grundskola F–9": a name said in part may be of anything priced
    priced = sorted(label for label in lexicon.neighbours([match.label])
                    if label != match.label and (unit := measure_in(label)) is not None and unit.is_money
                    and all(any(similar(w, own) for own in stems(label)) for w in said))
    return replace(match, label=priced[0]) if len(priced) == 1 else match


def _named_by_deed_verbs(match: RowMatch, words: list[str]) -> bool:
    """The row is named only by verbs of a deed its label names as the head of a compound ("effektivisera" of
    "Energieffektivisering kommunala lokaler"): what someone does, not the thing the row is ("hur mycket ska
    nämnderna effektivisera 2025?" asks the savings the committees make, no project). A label whose word is the deed
    itself is named by its verb ("amorterar" of "Amortering av lån", "renovera" of "Renovering skola")."""
    said = [stem(w) for w in words[match.start:match.end] if w not in FUNCTION_WORDS]
    label = stems(match.label)
    return bool(said) and all(w not in label and not any(ls.startswith(w) for ls in label)
                              and any(ls.endswith(w + "ing") for ls in label) for w in said)


def _qualified_apart(found: list[RowMatch], words: list[str], lexicon: Lexicon) -> list[RowMatch]:
    """A row's name and its qualifier said apart ("köpt verksamhet 2025 under individ- och familjeomsorg"): the one
    label "Köpt verksamhet (Individ- och familjeomsorg)" whose name holds the words a match found ("verksamhet"),
    every word of that name said, qualified by the row another match found, instead of the two."""
    if len(found) < 2:
        return found
    said = {stem(w) for w in words}
    labels = {label for _, label in lexicon.phrases}
    for qualifier in found:
        for named in found:
            if named is qualifier:
                continue
            if named.label.endswith(f"({qualifier.label})"):  # found qualified already: the qualifier is its own
                return [m for m in found if m is not qualifier]
            # "kostnad per elev i grundskolan": the row "Grundskola" says the words of "Kostnad per elev grundskola,
            # kr" that the match of "kostnad per elev" left unsaid; it is the rest of that name, no row of its own
            unsaid = set(stems(without_unit(named.label))) - set(stems(named.said))
            own = set(stems(without_unit(qualifier.label)))
            words_said = [w for w in tokens(qualifier.said) if w not in FUNCTION_WORDS]
            if own and words_said and own <= unsaid and all(
                    any(stem(w) == u or (len(u) >= 4 and w.startswith(u)) for u in unsaid) for w in words_said):
                return [m for m in found if m is not qualifier]
            fits = [label for label in labels if label.endswith(f"({qualifier.label})")
                    and (bare := without_qualifier(label)) != label and set(stems(bare)) <= said
                    and set(stems(named.label)) <= set(stems(bare))]
            if len(fits) == 1:
                joined = RowMatch(fits[0], min(named.start, qualifier.start), max(named.end, qualifier.end), named.said)
                return sorted([joined, *(m for m in found if m is not named and m is not qualifier)],
                              key=lambda m: m.start)
    return found


GENITIVE_CAPITALS = re.compile(r"\b([A-ZÅÄÖ]{2,4})s?\b")
MIN_LOWER_INITIALS = 3  # "ks", "kf" are expanded as abbreviations; two lower-case letters are too often a word


def written_initials(question: str, words: list[str], lexicon: Lexicon) -> frozenset[str]:
    """The question's words that are a body's initials, in capitals: written in capitals ("KS", "BUN", the
    genitive "BUNs"), or in lower case ("bun", "buns") when the letters are the initials of a body ("Barn- och
    utbildningsnämnden") whose table is read and no word the question's words are known as (a stop word)."""
    from assistant.understand.query import stop_words

    out = set(GENITIVE_CAPITALS.findall(question))
    bodies = {initials(label) for _, label in lexicon.phrases if abbreviable(label)}
    closed = stop_words()
    for word in words:
        if word in FUNCTION_WORDS or word in closed or not word.isalpha():
            continue
        for bare in _with_genitive_off(word):
            if len(bare) >= MIN_LOWER_INITIALS and bare in bodies:
                out.add(bare.upper())
    return frozenset(out)


def _with_genitive_off(word: str) -> tuple[str, ...]:
    """The word as written and, when it ends in a genitive "s", without it ("buns": "buns", "bun")."""
    return (word, word[:-1]) if word.endswith("s") and len(word) > 1 else (word,)


def abbreviated(word: str, abbreviations: frozenset[str]) -> str:
    """The initials a question word writes ("buns" -> "bun" when "BUN" is one of `abbreviations`); "" if none."""
    return next((bare for bare in _with_genitive_off(word) if bare.upper() in abbreviations), "")


def in_row_words(words: list[str], lexicon: Lexicon) -> list[str]:
    """The question's words, each one that no row label has read as a word of its group in `row_words`
    (budget_synonyms.json) that a label has: "befolkningen" is "folkmängd" where the row is "Folkmängd 31 dec"."""
    every = _label_stems(lexicon)
    rates = _rate_stems(lexicon)
    out = list(words)
    verb = ""  # the last particle verb read as its compound: "in" in "flyttade ut än in" is its other particle
    for i, word in enumerate(words):
        joined = _with_particle(words, i, every)
        if joined is not None:  # "flyttade in": "Inflyttade", as nouns and participles write a particle verb
            out[i], verb = joined, words[i]
            continue
        if (other := _elided_verb(words, i, verb, every)) is not None:
            out[i] = other
            continue
        group = _row_word_groups().get(stem(word))
        if group is None:
            continue
        # a word the labels hold only as what a rate is per ("Nettokostnad per invånare, kr") names no row said
        # on its own ("hur många invånare"): it is its group's word a label counts by ("Folkmängd")
        if stem(word) in every and not (stem(word) in rates and (i == 0 or words[i - 1] != "per")):
            # nor does a word the labels hold only in the name of a part ("Invånare 80 år och äldre"): its group's
            # word that a label is named by alone ("Folkmängd 31 december") is the row of the whole
            said = " ".join(words)
            whole = None if _names_whole(stem(word), said, lexicon) else next(
                (w for w in group if stem(w) in every and stem(w) not in rates
                 and _names_whole(stem(w), f"{said} {w}", lexicon)), None)
            out[i] = whole or word
            continue
        out[i] = next((w for w in group if stem(w) in every and stem(w) not in rates), word)
    return out


def _names_whole(word: str, question: str, lexicon: Lexicon) -> bool:
    """Some label holding the stem says nothing beyond the question but its unit, a day and counting words
    ("Folkmängd 31 december" for "folkmäng"); not one holding it in the name of a part the question does not say
    ("Invånare 80 år och äldre" for "hur många invånare", but for "hur många invånare 80 år och äldre")."""
    from assistant.budget.narrower import said_beyond

    return any(not said_beyond(label, question) for label in _labels_by_stem(lexicon).get(word, ()))


@lru_cache(maxsize=16)
def _labels_by_stem(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Each stem of a row label's words -> the labels holding it."""
    out: dict[str, dict[str, None]] = {}
    for _, label in lexicon.phrases:
        for s in stems(label):
            out.setdefault(s, {})[label] = None
    return {s: tuple(labels) for s, labels in out.items()}


def _with_particle(words: list[str], i: int, every: frozenset[str]) -> str | None:
    """The word joined to the particle after it ("flyttade in" -> "inflyttade") when the labels write that compound
    and not the word alone; a direction word after it stands for its particle ("flyttade därifrån" -> "utflyttade");
    None otherwise."""
    from assistant.understand.query import direction_particles, particles

    if i + 1 >= len(words) or not words[i].isalpha() or len(words[i]) < 4:
        return None
    particle = words[i + 1] if words[i + 1] in particles() else direction_particles().get(words[i + 1])
    if particle is None:
        return None
    joined = particle + words[i]
    if stem(words[i]) in every:
        return None
    return joined if stem(joined) in every else _as_action_noun(stem(joined), every)


ACTION_NOUN = ("ing", "ning")  # the noun of a verb's action: "upplåna" -> "upplåning", "inflytta" -> "inflyttning"
MIN_FRONT = 2  # a compound's front before the noun ("ny" of "Nyupplåning")


def _as_action_noun(verb: str, every: frozenset[str]) -> str | None:
    """The labels' word naming the action of the particle verb whose stem is `verb`, alone or at the end of a
    compound ("låna upp": "upplåning", "Nyupplåning"); None when no label or several different words write it."""
    found = {s for s in every for ending in ACTION_NOUN
             if s.endswith(verb + ending) and (len(s) == len(verb + ending) or len(s) - len(verb + ending) >= MIN_FRONT)}
    return found.pop() if len(found) == 1 else None


def _elided_verb(words: list[str], i: int, verb: str, every: frozenset[str]) -> str | None:
    """A particle alone after "än" whose verb the comparison leaves out ("fler flyttade ut än in"): that verb
    joined to it ("inflyttade") when the labels write that compound; None otherwise."""
    from assistant.understand.query import particles

    if not verb or i == 0 or words[i - 1] not in ("än", "than") or words[i] not in particles():
        return None
    joined = words[i] + verb
    return joined if stem(joined) in every else None


@lru_cache(maxsize=16)
def _rate_stems(lexicon: Lexicon) -> frozenset[str]:
    """The stems that every label holding them holds right after "per" or after a unit's slash (the "invånare" of
    "Kostnad per invånare", the "m3" of "Avgift per kubikmeter, kr/m³")."""
    after_per: set[str] = set()
    elsewhere: set[str] = set()
    for _, label in lexicon.phrases:
        words = tokens(label)
        slashed = {len(TOKEN.findall(normalise(label)[:m.start(1)])) for m in PER_SLASH.finditer(normalise(label))}
        for k, w in enumerate(words):
            (after_per if (k and words[k - 1] == "per") or k in slashed else elsewhere).add(stem(w))
    return frozenset(after_per - elsewhere)


PER_SLASH = re.compile(r"(?<=\w)/\s*([a-zåäöéüæø][0-9a-zåäöéüæø]*)")  # "kr/m³", "kr/inv": the unit a price is per


@lru_cache(maxsize=1)
def _row_word_groups() -> dict[str, tuple[str, ...]]:
    """Each row word's stem -> the words of its group."""
    return {stem(w): tuple(group) for group in synonyms()["row_words"] for w in group}


def group_stems(word: str) -> frozenset[str]:
    """The stems of the words of the word's group in `row_words` ("bor": "befolkning", "folkmängd", ...); its own
    stem alone when it has none."""
    return frozenset(stem(w) for w in _row_word_groups().get(stem(word), ())) | {stem(word)}


def names_same_thing(label: str, other: str) -> bool:
    """The other row label holds a word of the group of one of this label's words ("Folkmängd 31 december" for
    "Invånare totalt, antal": row_words in budget_synonyms.json), or that word itself."""
    groups = _row_word_groups()
    mine = {stem(w) for s in stems(label) for w in groups.get(s, ())}
    return bool(mine & set(stems(other)))


@lru_cache(maxsize=16)
def _label_stems(lexicon: Lexicon) -> frozenset[str]:
    """The stems of every word of every row label."""
    return frozenset(s for _, label in lexicon.phrases for s in stems(label))


def _whole_or_genitive(word: str, lexicon: Lexicon) -> bool:
    """The word is a whole word of a row label, or a label word's genitive, which ends the name said (what follows is
    what it has: "grundskolans andel" names "Grundskola F–9", whose "grundskol" the stemmer left as "grundskolan", a
    noun's ending on it)."""
    every = _label_stems(lexicon)
    if stem(word) in every:
        return True
    if not word.endswith("s") or len(word) <= MIN_PART:
        return False
    base = stem(word[:-1])
    return base in every or any(base.endswith(e) and base[:-len(e)] in every for e in NOUN_ENDINGS if e)


def _definite_before_time(words: list[str], j: int, lexicon: Lexicon) -> bool:
    """The word before `j` is a label word's definite form the stemmer leaves whole ("grundskolan" of "Grundskola och
    förskoleklass", "vattenverket" of "Nytt vattenverk, etapp 1") and what follows it, past one linking word, names a
    time or a column or adds the figures ("grundskolan mellan budget 2025 och 2026", "vattenverket totalt"): the
    name ends there. A group after it ("sjukfrånvaron bland chefer") restricts it: no end."""
    from assistant.budget.columns import names_column_kind
    from assistant.understand.query import stop_words
    from core.years import YEAR

    every = _label_stems(lexicon)
    word = stem(words[j - 1])
    if not any(word.endswith(e) and word[:-len(e)] in every for e in DEFINITE_ENDINGS):
        return False
    rest = words[j:j + 2]
    if rest and _adds(rest[0]):  # "vattenverket totalt"
        return True
    if rest and (rest[0] in FUNCTION_WORDS or rest[0] in stop_words()):
        rest = rest[1:]  # one linking word: "mellan", "för", "i"
    return bool(rest) and (names_column_kind(rest[0]) or bool(YEAR.fullmatch(rest[0])))


def _widened(found: list[RowMatch], words: list[str], lexicon: Lexicon, taken: list[bool]) -> list[RowMatch]:
    """A row said in part over more words replaces a whole name it contains: "nya förskolan i Knäpplan" is the
    row "Ny förskola Knäpplan", not the row "Förskola" that "förskolan" names alone."""
    if not found:
        return found
    free = [False] * len(words)
    for m in found:  # only the words of the whole names may be taken again
        for k in range(m.start, m.end):
            free[k] = True
    blocked = [taken[k] and not free[k] for k in range(len(words))]
    out = list(found)
    for wide in partial_rows(words, lexicon, blocked):
        if _joins_names(wide, words):
            continue  # "förskola och grundskola": the row "Förskola" and another, not "Grundskola inkl. förskoleklass"
        inside = [m for m in out if wide.start <= m.start and m.end <= wide.end]
        crossing = [m for m in out if m not in inside and m.start < wide.end and wide.start < m.end]
        if inside and not crossing and wide.end - wide.start > max(m.end - m.start for m in inside) and \
                all(m.label != wide.label for m in inside):
            out = [m for m in out if m not in inside] + [wide]
            for k in range(wide.start, wide.end):
                taken[k] = True
    return out


def _joins_names(match: RowMatch, words: list[str]) -> bool:
    """The words said for a row joined by a word the row's name has none of ("förskola och grundskola" of
    "Grundskola inkl. förskoleklass"): two names listed, not one ("barn o ungdom" of "Barn- och ungdomsnämnden")."""
    own = set(tokens(match.label))
    return any(w in JOINING for w in words[match.start:match.end]) and not own & JOINING


YEAR = re.compile(r"(?:19|20)\d{2}")
YEAR_WORDS = frozenset({"år", "året", "year"})
YEAR_POINTERS = frozenset({"det", "detta", "samma", "förra", "nästa", "kommande", "föregående", "i", "that", "same",
                           "this", "last", "next"})


# the forms a figure may be given in: a count, a share, a sum of money
ANSWER_FORMS = frozenset({"antal", "procent", "andel", "kronor", "kr", "tkr", "mnkr", "number", "numbers", "percent",
                          "percentage", "share", "sek"})
FORM_JOINS = frozenset({"och", "eller", "samt", "and", "or"})


def answer_forms(words: list[str]) -> list[int]:
    """Positions of words naming the forms the answer is asked in, two of them joined ("både antal och procent",
    "i kronor och procent", "in numbers and percent"): how the figure is to be given, no row's name ("Antal
    invånare")."""
    return [k for k, w in enumerate(words) if w in ANSWER_FORMS and any(
        0 <= k + 2 * d < len(words) and words[k + d] in FORM_JOINS and words[k + 2 * d] in ANSWER_FORMS
        for d in (-1, 1))]


def year_references(words: list[str]) -> list[int]:
    """Positions of words that point at a year ("det året", "samma år", "förra året", "that year"): a time, never
    the first word of a row's name."""
    return [i for i, w in enumerate(words) if w in YEAR_WORDS and i and words[i - 1] in YEAR_POINTERS]


def per_year(words: list[str]) -> list[int]:
    """Positions of "per år" ("genomsnittliga resultat per år", "per year"): the period a figure is given for, no
    row's "per" ("Årets resultat, kr per invånare") nor its "år" ("Invånare 80 år och äldre")."""
    return [k for i, w in enumerate(words) if w in YEAR_WORDS and i and words[i - 1] == "per" for k in (i - 1, i)]


def column_words(words: list[str]) -> list[int]:
    """Positions of the words that name a column: a year, and a column kind said with its year ("plan 2026",
    "budget 2025", "bokslutet för 2024")."""
    from assistant.budget.columns import names_column_kind

    out = []
    for i, word in enumerate(words):
        if YEAR.fullmatch(word):
            out.append(i)
            continue
        after = words[i + 1:i + 3]
        if names_column_kind(word) and after and (YEAR.fullmatch(after[0]) or (
                len(after) == 2 and after[0] in ("för", "for", "i", "in") and YEAR.fullmatch(after[1]))):
            out.append(i)
    return out


FUNCTION_WORDS = frozenset({"och", "o", "&", "samt", "eller", "and", "or", "of", "för", "for", "the", "i", "in", "av", "på"})
MIN_PART = 4  # a question word or a name part shorter than this never matches by prefix


@lru_cache(maxsize=16)
def _label_parts(lexicon: Lexicon) -> tuple[tuple[str, frozenset[str], frozenset[str], str], ...]:
    """(label, its distinctive parts, all its parts, its initials) for every label: the stems of its words and of
    their compound parts ("Barn- och ungdomsnämnden" -> barn, ungdom; initials "bun"). A part that more than two
    labels share ("nämnd", "styrelse", "verksamhet") distinguishes nothing: it is not distinctive."""
    from assistant.understand.query import split_compound

    raw: list[tuple[str, set[str], str]] = []
    for label in sorted({label for _, label in lexicon.phrases}):
        parts: set[str] = set()
        names = {w.lower() for w in re.findall(r"(?<=\s)[A-ZÅÄÖ][a-zåäö]{3,}", label)}  # capitalised inside
        for word in tokens(label):
            if word in FUNCTION_WORDS:
                continue
            pieces = split_compound(stem(word)) or (stem(word),)
            parts.update(p for p in pieces if len(p) >= 2)
            if word in names:  # a proper name is no compound: "knäpplan" of "Ny förskola Knäpplan", not only "knäp"
                parts.add(stem(word))
        raw.append((label, parts, initials(label)))
    shared: dict[str, int] = {}
    bodies: dict[str, set[str]] = {}  # the labels of one body (committee, administration, total) count once
    for label, parts, _ in raw:
        for p in parts:
            bodies.setdefault(p, set()).add(body_of(label))
    for p, named in bodies.items():
        shared[p] = len(named)
    return tuple((label, frozenset(p for p in parts if shared[p] <= 2), frozenset(parts), initials)
                 for label, parts, initials in raw)


@lru_cache(maxsize=4096)
def initials(label: str) -> str:
    """The initials of a name's words and of their compound parts: "Barn- och utbildningsnämnden" -> "bun",
    "Kommunstyrelsen" -> "ks" (how such names are abbreviated)."""
    from assistant.understand.query import split_compound

    out = ""
    for word in tokens(label):
        if word not in FUNCTION_WORDS:
            out += "".join(p[0] for p in (split_compound(stem(word)) or (stem(word),)))
    return out


def owned_by(label: str, name: str) -> bool:
    """A row label lists `name` among its attributes, in full or abbreviated: "1001 (Ny förskola, BUN, 2024)"
    and "K101 (Gator, Kommunstyrelsen, Reinvestering)" are rows of Barn- och utbildningsnämnden and of
    Kommunstyrelsen."""
    inner = re.search(r"\(([^()]*)\)", label)
    if inner is None:
        return False
    short = initials(name).upper()
    key = stems(name)
    return any(stems(part) == key or (len(short) >= 2 and part.strip() == short)
               for part in inner.group(1).split(","))


# the endings a Swedish adjective takes that the stemmer leaves on a short word: "nya"/"nytt" of "ny"
ADJECTIVE_ENDINGS = ("a", "e", "t", "tt")


@lru_cache(maxsize=65536)
def _part_match(word: str, part: str) -> bool:
    if len(word) < MIN_PART or len(part) < MIN_PART:
        # "nya förskolan" names "Ny förskola Knäpplan": a short part in another form of its adjective
        return word == part or (len(part) >= 2 and word[:len(part)] == part and word[len(part):] in ADJECTIVE_ENDINGS)
    # "ungdom" for "ungdoms"; "skolan" for the "skol" of "Ny skola Grebo" (a noun's ending the stemmer left)
    return word == part or similar(word, part) or part.startswith(word) or _same_word(word, part) or \
        _front_of(word, part)


DEFINITE_LEFT = ("et", "en")  # a definite ending the stemmer leaves after a vowel or "-nd" ("gymnasiet", "boendet")


def _front_of(word: str, part: str) -> bool:
    """A noun said in its definite form names the compound it is the front of, in the compound's linking form:
    "gymnasiet" the "gymnasieskol" of "Gymnasieskola", "boendet" the "boendeplats" of "Boendeplatser"."""
    base = next((word[:-len(e)] for e in DEFINITE_LEFT if word.endswith(e)), "")
    return len(base) >= MIN_PART + 1 and part.startswith(base) and len(part) - len(base) >= MIN_PART


TOTAL_WORDS = frozenset({"summa", "totalt", "total", "sum"})
# the head of a body's name: the committee and the administration that serves it are one body by its first part
# ("Kommunstyrelsen" and "Kommunkontoret"; understand/bodies.py: any noun of a committee or administration)
BODY_HEAD = re.compile(f"({head_pattern(('committee', 'administration'))})$")
COMMITTEE_HEAD = re.compile(f"({head_pattern(COMMITTEES)})$")


@lru_cache(maxsize=16384)
def _core(label: str) -> str:
    """The label without the total word it opens with: "Summa barn- och utbildningsnämnden" -> its name."""
    words = tokens(label)
    while words and words[0] in TOTAL_WORDS:
        words = words[1:]
    return " ".join(words)


def body_of(label: str) -> str:
    """The body a label names, whatever its head: the committee, its administration and its total row are one."""
    return BODY_HEAD.sub("", _core(label))


def one_body(labels: list[str]) -> list[str]:
    """Labels a name said in part fits that are one body: its total row ("Summa barn- och utbildningsnämnden")
    and its administration ("Barn- och utbildningsförvaltningen") beside the committee itself: the committee,
    which holds the budget. Other labels are left as they are (the name stays ambiguous)."""
    cores = {label: _core(label) for label in labels}
    kept = [label for label in labels if not (tokens(label)[:1] and tokens(label)[0] in TOTAL_WORDS
                                              and any(cores[o] == cores[label] for o in labels if o != label))]
    bodies = {BODY_HEAD.sub("", cores[label]) for label in kept}
    committees = [label for label in kept if COMMITTEE_HEAD.search(cores[label])]
    if len(kept) > 1 and len(bodies) == 1 and all(BODY_HEAD.search(cores[lb]) for lb in kept) and len(committees) == 1:
        return committees
    return kept


ABBREVIATED_HEAD = re.compile(f"({head_pattern()}|bolag(?:{'|'.join(ENDINGS)})?)$")


# a word cut short, its ending after a colon ("soc:s", "kom:en"): Swedish writes a clipped name so
_CLIPPED = re.compile(r"(?<![\w:])([^\W\d_]{2,8}):[^\W\d_]{1,3}(?!\w)")


def clipped_rows(question: str, words: list[str], lexicon: Lexicon, taken: list[bool]) -> list[RowMatch]:
    """Bodies named by a clipped word ("soc:s budget": "Socialnämnden"): the one body whose name opens with it
    (`abbreviable`: a committee, board, administration; its total row and administration count as the body)."""
    out = []
    for clip in _CLIPPED.finditer(question):
        i = len(tokens(question[:clip.start()]))
        if i + 1 >= len(words) or any(taken[i:i + 2]) or words[i] != clip.group(1).lower():
            continue
        fits = one_body(sorted({label for _, label in lexicon.phrases if abbreviable(label) and any(
            w.startswith(words[i]) and len(w) > len(words[i]) for w in tokens(label)[:1])}))
        fits = _section_for_its_total(fits, lexicon.sections) if len(fits) > 1 else fits
        if len(fits) == 1:
            taken[i] = taken[i + 1] = True
            out.append(RowMatch(fits[0], i, i + 2, " ".join(words[i:i + 2])))
    return out + bare_clipped_rows(words, lexicon, taken)


BARE_CLIP = (3, 5)  # the letters of a clipped name written without its colon ("soc", "kult"): short, not a word
CLIPPED_OFF = 4  # at least this many letters cut off: "soc" of "socialnämnden", not "skola" of "skolan"


def bare_clipped_rows(words: list[str], lexicon: Lexicon, taken: list[bool]) -> list[RowMatch]:
    """Bodies named by a clipped word without its colon ("hur mkt har soc i plan 2027": "Socialnämnden"): a short
    question word, no stop word, unit ("milj") nor a word of any row's name, that opens the first word of one body's
    name only."""
    from assistant.understand.query import stop_words

    out = []
    for i, word in enumerate(words):
        if taken[i] or not BARE_CLIP[0] <= len(word) <= BARE_CLIP[1] or not word.isalpha() \
                or word in stop_words() or word in lexicon.label_words or unit_in(word) is not None \
                or (i > 0 and any(ch.isdigit() for ch in words[i - 1])):
            continue  # "5,4 milj": a unit after a figure, clipped as it may be, names no body
        fits = one_body(sorted({label for _, label in lexicon.phrases if abbreviable(label) and any(
            w.startswith(word) and len(w) - len(word) >= CLIPPED_OFF for w in tokens(label)[:1])}))
        fits = _section_for_its_total(fits, lexicon.sections) if len(fits) > 1 else fits
        if len(fits) == 1:
            taken[i] = True
            out.append(RowMatch(fits[0], i, i + 1, word))
    return out


@lru_cache(maxsize=16384)
def abbreviable(label: str) -> bool:
    """A name written by its initials: a body's ("KS", "BUN", "VON": a committee, board, administration, company)
    or a pair of activities joined by "och" ("VA": "Vatten och avlopp"). A figure's description is not
    ("Finansiella kostnader", "Kortfristiga skulder", "Skattesats, kr", "Antal bygglovsärenden"): capitals in a
    question that match its initials are another name ("Hultsfreds FK", "AB")."""
    core = _core(label)
    return bool(ABBREVIATED_HEAD.search(core)) or "och" in core.split()


def _section_for_its_total(labels: list[str], sections: frozenset[str]) -> list[str]:
    """A section ("Taxefinansierade investeringar") and a total row named by the section's first words ("Summa
    taxefinansierade") are one thing: the section, which the calculator reads through its total."""
    heads = [label for label in labels if label in sections]
    def closes(total: str) -> bool:
        core = stems(_core(total))
        return bool(core) and core != stems(total) and any(stems(h)[:len(core)] == core for h in heads)
    kept = [label for label in labels if not closes(label)]
    return kept or labels


def _opening_with(labels: list[str], first: str) -> list[str]:
    """Of labels a name fits equally, the one opening with its first word: "förskolan i Värmlandsbro" is "Förskola
    Värmlandsbro, nybyggnad", not "Inventarier förskola Värmlandsbro" (a label's first word is what it is; the
    words after it say whose). All labels when none or several open so."""
    opening = _opening(labels, first)
    return opening if len(opening) == 1 else labels


def _opening(labels: list[str], first: str) -> list[str]:
    """The labels whose first word is `first` (a stem): the whole word, not a compound it begins ("kommunen" does not
    open "Kommunstyrelsen"). A word framing the thing ("Nytt LSS-boende Västerhöjden": ny, planerad; synonyms_sv.json
    framing) comes before what it is, so the word after it opens the label."""
    from assistant.understand.query import framing_stems

    framing = framing_stems()
    return [label for label in labels if (own := [w for w in tokens(label) if w not in FUNCTION_WORDS])
            and _same_word(first, stem(next((w for w in own if stem(w) not in framing), own[0])))]


NOUN_ENDINGS = ("", "a", "an", "en", "et", "n", "t", "na", "ne", "er", "ar", "or", "arna", "erna", "orna")
DEFINITE_ENDINGS = ("an", "en", "et", "n")  # a definite noun's ending the stemmer may leave on it


def _same_word(a: str, b: str) -> bool:
    """Two stems of one word, one perhaps with a noun's ending the stemmer left ("förskolan" and "förskol")."""
    long, short = (a, b) if len(a) >= len(b) else (b, a)
    return long.startswith(short) and long[len(short):] in NOUN_ENDINGS


def _one_section(labels: list[str], lexicon: Lexicon, said: list[str]) -> list[str]:
    """The one section that every label a name fits belongs to or is ("VA" of "VA-verksamhet (taxefinansierad)", its
    projects "VA-ledningar, förnyelse" and its "Summa VA-verksamhet"): a part that only a section's own rows share
    names the section, though it is no distinctive part of any one label. A label that has the name only in a
    qualifier in parentheses ("Självfinansieringsgrad (exkl. VA)") is not named by it. [] when the labels are of
    several sections."""
    named = [label for label in labels if all(s in _named_stems(label) for s in said)]
    if len(named) < 2:
        return []
    found = [section for section, rows in lexicon.members
             if section in named and all(label == section or label in rows for label in named)]
    return found if len(found) == 1 else []


def _named_stems(label: str) -> frozenset[str]:
    """The stems of a label's whole words outside parentheses (its name, not its qualifiers): "VA" of "VA-verksamhet"
    is one, "kommun" of "Kommunstyrelsen" a compound's part only."""
    return frozenset(stem(w) for w in tokens(re.sub(r"\([^()]*\)", _gloss_kept, label)))


def _gloss_kept(bracket: re.Match[str]) -> str:
    """A parenthesis holding one word in capitals ("Avgiftsfinansierat (VA)") glosses the label: another name of it,
    kept; any other ("(exkl. VA)", "(taxefinansierad)") qualifies it: dropped."""
    inner = bracket.group(0)[1:-1].strip()
    return f" {inner} " if re.fullmatch(r"[A-ZÅÄÖ]{2,}", inner) else " "


def _counting(labels: list[str]) -> list[str]:
    """The one label of `labels` that counts by its own words (a number, not a rate "per ..."); [] when none or
    several do. (What a table's caption says its rows count decides no word said in part: "kommunen" is no row of a
    table of employees per administration.)"""
    counted = one_measure(sorted({label for label in labels if (measure_in(label) or measure_headed(label))
                                  is Unit.NUMBER and "per" not in tokens(label)}))
    return counted if len(counted) == 1 else []


def _priced(labels: "set[str] | list[str]", lexicon: Lexicon) -> set[str]:
    """What a question asking a cost names of `labels`: the labels stating their figures in money themselves
    ("Grundskola, kr per elev" beside "Elever i grundskola"); else those that are no count (Lexicon.counting)."""
    money = {label for label in labels if (unit := measure_in(label)) is not None and unit.is_money}
    return money or {label for label in labels if not lexicon.counting(label)}


def _counted(labels: "set[str] | list[str]", lexicon: Lexicon) -> set[str]:
    """What a question asking how many names of `labels`: the labels counting (Lexicon.counting: "Antal elever");
    else those stating no unit of their own and no rate ("Elever i grundskola" beside "Grundskola, kr per elev")."""
    counts = {label for label in labels if lexicon.counting(label)}
    return counts or {label for label in labels if measure_in(label) is None and "per" not in tokens(label)}


def _plainest(fits: list[str], labels: list[tuple[str, frozenset[str], frozenset[str], str]]) -> list[str]:
    """Of labels a name said in part fits, the one whose words each of the others has too: the thing itself, the others
    a part or a phase of it ("Ny sporthall i Ed" beside "Ny sporthall i Ed, projektering"); all when none is."""
    every = {label: words for label, _, words, _ in labels}
    plain = [f for f in fits if all(every.get(f, frozenset()) < every.get(g, frozenset()) for g in fits if g != f)]
    return plain if len(plain) == 1 else fits


# the words that make a measure a variant of the plain one by what it adds or leaves out ("Soliditet inklusive
# pensionsförpliktelser", "Resultat exkl. jämförelsestörande poster")
VARIANT_WORDS = frozenset({"inkl", "inklusive", "exkl", "exklusive", "including", "excluding", "incl", "excl"})


def _variant_written_out(words: list[str]) -> tuple[str, ...]:
    """A label's words with the word making it a variant written out as a question has it (abbreviations_sv.json):
    "Soliditet inkl. pensionsåtagande" is asked for as "soliditet inklusive pensionsåtagande"."""
    from assistant.understand.abbreviations import expansion

    return tuple((expansion(w) or w) if w in VARIANT_WORDS else w for w in words)


def _without_variants(fits: list[str]) -> list[str]:
    """Of labels a name said in part fits, the one that is no variant of the measure: a label adding or leaving out
    something it names ("inklusive pensionsförpliktelser") is not what the plain name asks, unless the question says
    it ("soliditet inklusive pensionsförpliktelser" matches that row whole). All labels when none or several are plain."""
    plain = [f for f in fits if not VARIANT_WORDS & set(tokens(f))]
    return plain if len(plain) == 1 else fits


def comma_ends(text: str) -> frozenset[int]:
    """Positions of the words (as `tokens` counts them) a comma or semicolon follows: "förskola, grundskola,
    gymnasieskola och vuxenutbildning" lists names, each ending at its comma."""
    low = normalise(text)
    return frozenset(k for k, m in enumerate(TOKEN.finditer(low)) if re.match(r"\s*[,;]", low[m.end():]))


# the municipality itself, the whole every unit is part of: no row is named by it in part, though its word fronts
# the names of some units ("Kommunstyrelsen", "Kommunledningsförvaltningen")
WHOLE_MUNICIPALITY = frozenset({"kommun", "kommunen", "kommunens", "municipality"})


def partial_rows(words: list[str], lexicon: Lexicon, taken: list[bool],
                 abbreviations: frozenset[str] = frozenset(), near: frozenset[str] = frozenset(),
                 counting: bool = False, pricing: bool = False, headed: frozenset[str] = frozenset(),
                 kinded: frozenset[str] = frozenset(), dated: frozenset[str] = frozenset(),
                 stops: frozenset[int] = frozenset()) -> list[RowMatch]:
    """Rows named by part of their name, an abbreviation or a sloppy spelling: "barn o ungdom", "kultur",
    "vård o omsorg", "KS", "BUN". A run of question words matches a label when every word is a distinctive
    part of it (or a function word between two such), and it names no other label equally well; a single
    word written in capitals (`abbreviations`: "KS", "BUN") matches the initials of exactly one label's parts.
    A name that fits several labels fits the one of the tables in `near` (the conversation's), if one; asked for a
    count (`counting`: "hur många invånare"), the one row that counts ("Antal invånare", not "Nettokostnad per
    invånare, kr"); asked a cost (`pricing`: "vad kostar en elev i grundskolan"), the rows that are no count; else
    the one of the tables of the kind the question names (`kinded`: "samhällsomvandlingen" of
    "investeringarna" is the investment budget's "Varav samhällsomvandling", not an operating cost of that name)."""
    from assistant.budget.columns import names_column_kind
    from assistant.understand.query import stop_words
    from assistant.understand.words import is_clear_verb

    labels = _label_parts(lexicon)
    wholes = _whole_parts(labels)
    infinitive = governed_infinitive(words, lexicon)
    named = tuple(taken)  # the words of whole row names and columns, before any name said in part
    closed = stop_words()  # "till", "från", "mot": words that link, never part of a name said in part
    out: list[RowMatch] = []
    i = 0
    while i < len(words):
        if taken[i] or words[i] in FUNCTION_WORDS or words[i] in closed:
            i += 1
            continue
        best: tuple[int, str | list[str]] | None = None
        ambiguous = False
        for j in range(min(len(words), i + 4), i, -1):
            span = [w for w in words[i:j] if w not in FUNCTION_WORDS]
            if any(taken[i:j]) or words[j - 1] in FUNCTION_WORDS or not span or any(k in stops for k in range(i, j - 1)):
                continue  # a name said in part ends at a comma
            after = words[j] if j < len(words) else ""
            # a name of two words, or one word that is a whole word of a label ("folkmängd från 2025"; not a word
            # for a year: "året efter" is a time; not a verb of change: "minskar mellan"; not the noun of an
            # interrogative: "vilken summa står där"), ends at a linking word
            whole = len(span) >= 2 or (_whole_or_genitive(span[0], lexicon) and span[0] not in YEAR_WORDS
                                       and not _moves(span[0]) and not (i and _asks_which(words[i - 1]))) or \
                _definite_before_time(words, j, lexicon)
            # a name of two words ends at a verb beyond doubt ("LSS-boendet flyttades"); one word before a past
            # ("barn föddes") may be the verb's subject, no row ("Födda" is)
            ends = (j - 1) in stops or (whole and (after in closed or names_column_kind(after) or _adds(after))) or \
                _moves(after) or \
                _ends_any_name(after, words[i - 1] if i else "") or j in infinitive or \
                (len(span) >= 2 and is_clear_verb(after))
            if len(after) >= 4 and after.isalpha() and after not in FUNCTION_WORDS and not ends and \
                    not (len(span) == 1 and abbreviated(span[0], abbreviations)):
                continue  # "social services department": the name goes on in words the label does not have
                # (after a name of two words, a linking word or a column's kind ends it: "barn o utbildning enligt
                # prognosen", "VA-ledningarna i Malexander, utfall jan-aug"; "året" before "efter" is no name)
            stems_ = [stem(w) for w in span]
            # a word naming a column ("plan", "budget") names no row alone, and is part of a longer name only as
            # a whole part: "plan o bygg" is "Plan och bygg", "plan" is not the start of "Planerat underhåll"
            exact = [names_column_kind(w) for w in span]
            if all(exact):
                continue  # "plan" alone names the column
            if all(unit_in(w) is not None for w in span):
                continue  # "i procent", "i tkr": how the answer is given, not "Årets resultat i procent av ..."
            if all(w in WHOLE_MUNICIPALITY for w in span):
                continue  # "totalt i kommunen": the municipality as a whole, not "Kommunledningsförvaltningen"
            if i and words[i - 1] in ("i", "in") and all(unit_in(w) is not None or (
                    measure_in(w) is Unit.NUMBER and not counts_people(w)) for w in span):
                continue  # "i antal och procent": the answer as a count, not the row "Antal tillsvidareanställda"
                # ("ökat i befolkning": the people counted are the topic, "Folkmängd 31 dec")
            if counting and len(span) == 1 and span[0] in PEOPLE and any(
                    w != span[0] and (counts_people(w) or counts_people(stem(w))) for w in words):
                continue  # "med hur många personer växte befolkningen": people are what the count is given in, the
                # group counted is named by its own word, not "Andel personer 80+ ..." nor "Stöd till personer ..."
            if all(_totals(w) for w in span):
                continue  # "nämndernas totala ram": the total asked, not "Total avvikelse mot budget"
            # every word a part of the label, at least one of them a distinctive part ("va ledningarna i
            # malexander": "ledning" is in other labels too, "va" and "malexander" are this one's)
            fits = [label for label, parts, every, initials in labels
                    if (all(any(p == s if whole else _part_match(s, p) for p in every) or
                            (not whole and len(span) >= 2 and _compound_of_parts(s, every))
                            for s, whole in zip(stems_, exact)) and
                        any(any(p == s if whole else _part_match(s, p) for p in parts) or
                            (not whole and len(span) >= 2 and _compound_of_parts(s, every, parts))
                            for s, whole in zip(stems_, exact)) and
                        (sum(len(s) for s in stems_) >= MIN_PART or _whole_words(span, stems_, every)))
                    or (len(span) == 1 and abbreviated(span[0], abbreviations) == initials
                        and abbreviable(label))]
            # "barn och unga": the label goes on "och utbildningsnämnden", the question "och unga", another name
            fits = [f for f in fits if not _goes_on_otherwise(stems_[-1], words[j:j + 2], f, labels, lexicon)]
            if fits and all(_front_only(stems_, every, wholes) for label, _, every, _ in labels if label in fits):
                fits = []  # "förskola" is a word of its own in the tables, not the front of "förskoleklass"
            if not fits:  # a short word ("VA") only as a whole part of each label
                short = sum(len(s) for s in stems_) < MIN_PART
                loose = [label for label, _, every, _ in labels if all(
                    any(p == s if whole or short else _part_match(s, p) for p in every)
                    for s, whole in zip(stems_, exact))]
                of_the_day = [f for f in loose if not of_other_day(f, " ".join(words))]
                dated_by_day = 0 < len(of_the_day) < len(loose)
                if dated_by_day:  # "invånare vid årsskiftet": the labels counting on 31 December ("Invånare 31/12",
                    loose = one_measure(of_the_day)  # "Antal invånare 31/12"), one measure, not the count of 30 June
                fits = loose if dated_by_day and len(loose) == 1 else _one_section(loose, lexicon, stems_)
                if not fits and counting and not short:
                    # "hur många invånare": a word many labels share names the one row that counts it ("Antal
                    # invånare 31 december"), not the rates per it nor the shares of it; of the rows of the tables
                    # holding the year asked when another counts on another day ("Invånare 1 nov föregående år")
                    fits = _counting(loose) or _counting([f for f in loose if f in dated])
                loose = one_row(loose)
                if not fits and len(span) == 1 and not short and len(loose) > 1:
                    # a word many labels share names the period's own figure of that name ("kassaflödet": "Årets
                    # kassaflöde", not "Kassaflöde från investeringsverksamheten")
                    fits = _the_periods_own(loose, stems_[0])
                if not fits and len(loose) == 1 and len(span) >= 2 and not short:
                    fits = loose  # "förskolan i Kallinge": one project, in the minutes with its committee after it
                if not fits and len(span) >= 2 and not short and len(loose) <= 2:
                    # words each shared by many labels, together by one ("förskolan i Gimo": "Ny förskola i Gimo")
                    # or two ("förskolan i Värmlandsbro"): of two, the one opening with the first of them
                    opening = loose if len(loose) == 1 else _opening(loose, stems_[0])
                    fits = opening if len(opening) == 1 else []
            if headed and not any(f in headed for f in fits) and len(span) == 1 and len(stems_[0]) >= MIN_PART:
                # the tables of a column the question names ("av varje hundralapp": "Kronor av 100") hold the row:
                # the one there holding the word whole ("förskola" of "Förskola och fritidshem", though other tables'
                # rows hold it too), else the one whose compound it heads ("skolan" of "Förskola, grundskola och
                # gymnasium")
                own = [label for label, _, every, _ in labels if label in headed and stems_[0] in every]
                head = {stems_[0][:k] for k in range(max(MIN_PART, len(stems_[0]) - 2), len(stems_[0]) + 1)}
                heads = [label for label, _, every, _ in labels if label in headed and  # ("skolan": "skol")
                         any(p.endswith(h) and p != h for p in every for h in head)]
                fits = own if len(own) == 1 else heads if len(heads) == 1 else fits
            if len(fits) > 1:
                fits = _section_for_its_total(one_body(one_row(fits)), lexicon.sections)
            if len(fits) > 1 and near:
                fits = [f for f in fits if f in near] or fits
            if len(fits) > 1 and headed and all(f in headed for f in fits):
                # in the tables of the column named, a row holding the word whole is the one it names, not one it
                # opens a compound of ("förskola" is "Förskola och fritidshem", not "Grundskola och förskoleklass",
                # of "Kronor av 100")
                fits = [label for label, _, every, _ in labels if label in fits
                        and not _front_only(stems_, every, wholes)] or fits
            if len(fits) > 1 and kinded:  # said in whole words of the label, not a compound's part ("kommunen" of
                # "Kommunstyrelsen" names no row of the investments)
                fits = [f for f in fits if f in kinded and all(
                    any(_same_word(s, w) for w in stems(f)) for s in stems_)] or fits
            if len(fits) > 1 and dated and not all(f in dated for f in fits):
                # the rows of the tables holding the year asked, said in whole words of the label as by the kind
                # ("kommunen" of "Kommunstyrelsen" is no row of 2024's)
                fits = [f for f in fits if f in dated and all(
                    any(_same_word(s, w) for w in stems(f)) for s in stems_)] or fits
            if len(fits) > 1 and counting:
                fits = [f for f in fits if (measure_in(f) or measure_headed(f)) is Unit.NUMBER] or fits
            if len(fits) > 1 and pricing:  # "vad kostar en elev i grundskolan": "Grundskola, kr per elev", no count
                fits = [f for f in fits if f in _priced(fits, lexicon)] or fits
            if len(fits) > 1:
                # by the words no whole row name took ("kommunstyrelsen" names its own row, it tells no other apart)
                fits = told_apart(fits, [w for k, w in enumerate(words) if not named[k] and not i <= k < j])
            if len(fits) > 1 and len(span) >= 2:  # a name of one word alone stays ambiguous (the conversation decides)
                fits = _opening_with(fits, stems_[0])
            if i and words[i - 1] == "per" and len(fits) != 1:
                # "per invånare": the count a figure is divided by; a word many labels share ("invånare" of the
                # rates "... per invånare") names the one row that counts it and is no rate itself
                fits = [label for label, _, every, _ in labels
                        if all(any(_part_match(s, p) for p in every) for s in stems_)
                        and measure_in(label) is Unit.NUMBER and "per" not in tokens(label)]
            if len(fits) > 1 and not (i and words[i - 1] == "per"):
                # "folkmängden" read as "invånare": the row it names ("Invånare 31 december"), not a rate it is what
                # the figures are per of ("Nettokostnad per invånare (kr)")
                fits = [f for f in fits if not _only_per(f, stems_)] or fits
            if len(fits) > 1:  # "invånare vid årsskiftet": the count of 31 December, not the one of 30 June
                fits = [f for f in fits if not of_other_day(f, " ".join(words))] or fits
            if len(fits) > 1:
                fits = one_measure(fits)
            if len(fits) > 1:
                fits = _plainest(fits, labels)
            if len(fits) > 1:
                fits = _without_variants(fits)
            if len(fits) == 1:
                best = (j, fits[0])
                break
            if len(fits) > 1 and one_entity(fits):
                best = (j, fits)
                break
            if len(fits) > 1:
                ambiguous = True
                break
        if best and not ambiguous:
            j, found = best
            if isinstance(found, str):
                j = _name_goes_on(words, i, j, next(every for label, _, every, _ in labels if label == found),
                                  taken, _label_stems(lexicon))
            for k in range(i, j):
                taken[k] = True
            out.extend(RowMatch(label, i, j, " ".join(words[i:j])) for label in ([found] if isinstance(found, str) else found))
            i = j
        else:
            i += 1
    return out


def _whole_parts(labels: tuple[tuple[str, frozenset[str], frozenset[str], str], ...]) -> frozenset[str]:
    """Every part of every label: the words the tables write whole."""
    return frozenset(p for _, _, every, _ in labels for p in every)


# how many letters a longer part goes on past a question word for it to be another word, not the word with a linking
# letter or an ending ("förskoleklass" past "förskol"; "ungdoms" past "ungdom" is the same word)
OTHER_WORD_BEYOND = 3


def _front_only(said: list[str], every: frozenset[str], wholes: frozenset[str]) -> bool:
    """A label fits the question's stems only as the front of a longer compound of its, some stem being a word the
    tables write on its own (`wholes`): "förskola" fits "Grundskola och förskoleklass" by "förskoleklass" only, and
    "Förskola och fritidshem" writes it whole, so it names no part of the first."""
    def longer(s: str, p: str) -> bool:
        return p.startswith(s) and len(p) - len(s) >= OTHER_WORD_BEYOND

    return any(s in wholes and any(longer(s, p) for p in every) and
               not any(_part_match(s, p) and not longer(s, p) for p in every) for s in said)


def _name_goes_on(words: list[str], i: int, j: int, every: frozenset[str], taken: list[bool],
                  label_stems: frozenset[str]) -> int:
    """The end of a name said in part that goes on past one word naming no row (a linking word, a verb) with the
    rest of its label's words ("personer hade hemtjänst" of "Personer med hemtjänst"): each further word a whole
    word of the label not said yet. The name's end `j` itself when no such word follows."""
    said = {stem(w) for w in words[i:j]}
    k = j + 1 if j < len(words) and not taken[j] and stem(words[j]) not in label_stems else j
    end = j
    while k < len(words) and not taken[k] and _made_of(stem(words[k]), every) and stem(words[k]) not in said and \
            words[k] not in FUNCTION_WORDS and unit_in(words[k]) is None:  # "kr": how it is measured, no name
        said.add(stem(words[k]))
        k += 1
        end = k
    return end


def _compound_of_parts(word: str, every: frozenset[str], distinctive: frozenset[str] | None = None) -> bool:
    """The question's stem is a compound in the definite form the stemmer left ("trygghetsboendet", whose stem keeps
    its "et"), of the label's parts ("Trygghetsboende Österbybruk": "trygg", "boend"), as its indefinite form is; with
    `distinctive`, one of its parts is among those. Said beside another word of the label only: a label's common word
    alone ("nettokostnad" of "Verksamhetens nettokostnad") names no row by part."""
    pieces = _definite_compound_pieces(word)
    return len(pieces) >= 2 and all(p in every for p in pieces) and (
        distinctive is None or any(p in distinctive for p in pieces))


def _goes_on_otherwise(last: str, after: list[str], label: str,
                       labels: tuple[tuple[str, frozenset[str], frozenset[str], str], ...], lexicon: Lexicon) -> bool:
    """The words after a name said in part join another word to it ("barn och unga") where the label joins a word of
    its own after the same word ("Barn- och utbildningsnämnden"): the question names another thing, in words the
    label shares only in part. A joined word naming a row of its own ("förskola och äldreomsorg") lists two rows."""
    if len(after) < 2 or after[0] not in JOINING:
        return False
    joined = stem(after[1])
    if joined in _label_stems(lexicon) or any(any(_part_match(joined, p) for p in every) for _, _, every, _ in labels):
        return False
    own = tokens(label)
    at = next((k for k, w in enumerate(own) if _part_match(last, stem(w)) or stem(w) == last), None)
    if at is None or at + 2 >= len(own) or own[at + 1] not in JOINING:
        return False
    following = stem(own[at + 2])
    return not (_part_match(joined, following) or following.startswith(joined) or joined.startswith(following))


@lru_cache(maxsize=4096)
def _definite_compound_pieces(word: str) -> tuple[str, ...]:
    """The parts of the indefinite form of a definite compound the stemmer left whole ("trygghetsboendet": "trygg",
    "boend"); () for any other word. Once per word: partial_rows asks it of every label."""
    from assistant.understand.query import split_compound

    base = next((word[:-len(e)] for e in DEFINITE_LEFT if word.endswith(e) and len(word) - len(e) > MIN_PART), "")
    return tuple(split_compound(stem(base))) if base and not split_compound(word) else ()


def _made_of(word: str, parts: frozenset[str]) -> bool:
    """The stem is a part of the label or its parts joined ("hemtjänst" of the parts "hem", "tjänst")."""
    return word in parts or any(word.startswith(p) and _made_of(word[len(p):], parts)
                                for p in parts if len(p) >= 3 and len(word) > len(p))


def governed_infinitive(words: list[str], lexicon: Lexicon) -> frozenset[int]:
    """Where the infinitive stands that the question's auxiliary governs across its subject ("hur mycket ska
    simhallen kosta 2026": "kosta"): the first word after the subject with an infinitive's ending that no row label
    has ("förskola" of "Ny förskola" is a name). A row's name said in part ends before it."""
    from assistant.understand.words import finite_verb_at, sentence_types

    at = finite_verb_at(words)
    if at is None or words[at] not in sentence_types()["auxiliaries"]:
        return frozenset()
    named = _label_stems(lexicon)
    for k in range(at + 2, len(words)):
        word = words[k]
        if word.isalpha() and len(word) >= 4 and word.endswith("a") and word not in FUNCTION_WORDS \
                and stem(word) not in named:
            return frozenset({k})
    return frozenset()


def _totals(word: str) -> bool:
    """A total word in any form ("totala", "summan"): it asks for a sum; said alone it names no row."""
    return any(stem(word) == stem(t) or stem(word).startswith(stem(t)) and len(word) - len(t) <= 2
               for t in TOTAL_WORDS if len(t) >= 4)


def _only_per(label: str, said: list[str]) -> bool:
    """Each stem said stands in the label only right after "per" ("invånare" of "Kostnad per invånare")."""
    words = tokens(label)
    return all(any(_part_match(s, stem(w)) for k, w in enumerate(words) if k and words[k - 1] == "per") and
               not any(_part_match(s, stem(w)) for k, w in enumerate(words) if not (k and words[k - 1] == "per"))
               for s in said)


def _whole_words(span: list[str], stems_: list[str], parts: Any) -> bool:
    """Words of a name said in part whose stems are short ("gator": "gat") but are said whole, each a whole part
    of the label ("Gator och vägar"): no prefix guess, the same word."""
    return sum(len(w) for w in span) >= MIN_PART and all(
        len(s) >= 3 and w not in YEAR_WORDS and s in parts for w, s in zip(span, stems_))


ATTRIBUTES = re.compile(r"^(?P<entity>[^()]+?)\s*\((?P<attributes>[^()]+)\)$")


def told_apart(labels: list[str], others: list[str]) -> list[str]:
    """The labels a name fits, told apart by another word of the question (`others`) that is a whole word of some of
    them only: "aktivitetsstöd" picks "Mantorps IF (Mantorp, Aktivitetsstöd)", not "Mantorps IF (Mantorp,
    Anläggningsbidrag)"; "nyinvesteringar" picks a committee's projects of that kind. A compound's part is no such
    word ("bidrag" tells no "Anläggningsbidrag" from an "Aktivitetsstöd"); all labels when none or each has it."""
    said = [stem(w) for w in others if w.isalpha() and len(w) >= MIN_PART and w not in FUNCTION_WORDS]
    # a word that is a label's whole name ("kommunbidrag" of "Summa kommunbidrag") names that row by itself: the
    # name said in part ("kommun") is then of another thing, not this row told apart
    named = [label for label in labels
             if any(_part_match(s, w) or inflects(s, w) for s in said if (s,) != stems(_core(without_unit(label)))
                    for w in stems(label) if len(w) >= MIN_PART)]
    return named if 0 < len(named) < len(labels) else labels


@lru_cache(maxsize=65536)
def measure_name(label: str) -> tuple[str, ...]:
    """The stems of what a row label measures, without a unit written after the name ("Årets resultat, mnkr",
    "Antal invånare 31 december (st)"): labels that differ only by that unit name one measure. A unit word alone is
    dropped ("(st)", ", kr"); "Resultat i % av skatter" is a measure of its own, not "Resultat" in %."""
    bare = without_unit(label)
    return stems(_dated_alike(bare if len(re.findall(r"[^\W_]+|%", label[len(bare):])) == 1 else label))


# a day of a month in a label ("31 dec", "31 december", "31/12"): the month is known by its first three letters
_DAY_OF_MONTH = re.compile(r"\b(\d{1,2})(?:\s+([^\W\d_]{3,})\.?|/(\d{1,2}))(?!\w)")
_MONTH_NUMBER = {m[:3]: n for months in (MONTHS_SV, MONTHS_EN) for n, m in enumerate(months, 1)}


def _dated_alike(label: str) -> str:
    """The label with each day of a month written one way ("Folkmängd 31 dec", "Folkmängd 31 december" and
    "Folkmängd 31/12" are all "Folkmängd 31 12"): one measure counted on one day, however the day is written."""
    def day(m: re.Match[str]) -> str:
        if m.group(3):
            return f"{m.group(1)} {int(m.group(3))}"
        month = _MONTH_NUMBER.get(m.group(2).lower()[:3])
        known = month is not None and any(full.startswith(m.group(2).lower()) for full in (*MONTHS_SV, *MONTHS_EN))
        return f"{m.group(1)} {month}" if known else m.group(0)
    return _DAY_OF_MONTH.sub(day, label)


# the year's end said in words: the day a count "31 december" is of ("vid senaste årsskiftet", "at year-end")
YEAR_END = re.compile(r"\b(?:årsskifte(?:t|n)?|årsskiftet|vid\s+årets\s+slut|year[- ]end|end\s+of\s+the\s+year)\b",
                      re.IGNORECASE)


def days_named(text: str) -> set[tuple[int, int]]:
    """The days of a month a text names, as (day, month): "31 dec", "30 juni", "31/12", the year's end said in words
    ("vid årsskiftet", "at the end of the year": 31 December); a number before a word that is no month ("6 personer")
    is none."""
    found: set[tuple[int, int]] = {(31, 12)} if YEAR_END.search(text) else set()
    for m in _DAY_OF_MONTH.finditer(text):
        if m.group(3):
            month: int | None = int(m.group(3))
        else:
            word = m.group(2).lower()
            known = any(full.startswith(word) for full in (*MONTHS_SV, *MONTHS_EN))
            month = _MONTH_NUMBER.get(word[:3]) if known else None
        if month is not None and 1 <= month <= 12:
            found.add((int(m.group(1)), month))
    return found


def of_other_day(label: str, question: str) -> bool:
    """The row counts on a day of the year ("Invånare 31 dec") and the question asks of another day ("hur många
    invånare hade kommunen 30 juni 2024?"): the row does not hold what is asked."""
    own, asked = days_named(label), days_named(question)
    return bool(own) and bool(asked) and own.isdisjoint(asked)


def said_only_day(said: str) -> bool:
    """The words that named a row are only a day of a month ("31 december" of "Folkmängd 31 december" in "eget
    kapital 31 december 2023"): they say when, not which row."""
    return bool(days_named(said)) and not _DAY_OF_MONTH.sub(" ", said).strip()


def one_measure(labels: list[str]) -> list[str]:
    """Labels that differ only by the unit they write after the name ("Antal invånare 31 december" in the five-year
    summary, "Antal invånare 31 december (st)" in a sheet with a unit column), or by a word saying that they count
    ("Antal invånare 31 dec" beside "Invånare 31 dec"), name one measure: the first of them stands for it. Any other
    labels are returned as they are."""
    return labels[:1] if len({_uncounted(measure_name(label)) for label in labels}) == 1 else labels


COUNTING = frozenset({"antal", "numb"})  # stems of the word opening what a label counts ("Antal invånare")


def _uncounted(measure: tuple[str, ...]) -> tuple[str, ...]:
    """The measure without a word opening it that says it counts ("antal invånare" is "invånare"; "antal" alone
    stays); "Number of ..." drops its "of" too."""
    if len(measure) < 2 or measure[0] not in COUNTING:
        return measure
    rest = measure[1:]
    return rest[1:] if rest[0] == "of" and len(rest) > 1 else rest


def one_entity(labels: list[str]) -> bool:
    """The labels are one entity's rows, one per kind: the same name before the attributes in parentheses
    ("Skänninge IK (Skänninge, Aktivitetsstöd)", "Skänninge IK (Skänninge, Anläggningsbidrag)")."""
    entities = {stems(m.group("entity")) if (m := ATTRIBUTES.match(label.strip())) else None for label in labels}
    return len(entities) == 1 and None not in entities


JOINING = frozenset({"och", "o", "&", "samt", "eller", "and", "or"})  # two names joined are two rows


def _name_said_apart(found: list[RowMatch], words: list[str]) -> list[RowMatch]:
    """A row's name said in two pieces around a preposition ("höjdfordonet till räddningstjänsten" of "Höjdfordon
    räddningstjänsten (KS)"), or next to each other ("räddningstjänstens höjdfordon"): the piece matching another,
    shorter row ("Räddningstjänst") is part of the first row's name, no second row. Names joined by "och" stay two."""
    from assistant.understand.query import stop_words

    closed = stop_words()
    out = []
    for m in found:
        said = {stem(w) for w in words[m.start:m.end] if w not in FUNCTION_WORDS}
        whole = next((o for o in found if o is not m and said and said <= set(stems(o.label))
                      and len(set(stems(o.label))) > len(set(stems(m.label)))
                      and _apart_by_a_preposition(words, m, o, closed)), None)
        if whole is None:
            out.append(m)
    return out


def _compound_said_apart(found: list[RowMatch], words: list[str]) -> list[RowMatch]:
    """A compound of another row's name said as its two words apart ("LED-belysning på gatorna" of "Gatubelysning,
    byte till LED"): the word matching a row of its own ("gatorna": "Gator och vägar, beläggning") is the compound's
    front, whose head the question says outside every other row's words; no second row."""
    def spans(but: RowMatch) -> set[int]:
        return {k for o in found if o is not but for k in range(o.start, o.end)}

    out = []
    for m in found:
        said = [w for w in words[m.start:m.end] if w not in FUNCTION_WORDS]
        elsewhere = {stem(w) for k, w in enumerate(words) if k not in spans(m) | set(range(m.start, m.end))}
        if len(said) == 1 and any(_compound_of_said(word, said[0], elsewhere)
                                  for o in found if o is not m for word in tokens(o.label)):
            continue
        out.append(m)
    return out


def compound_parts_said(labels: "tuple[str, ...] | list[str]", words: list[str]) -> set[str]:
    """The words said as the two parts of a compound word of one of `labels` ("belysning", "gatorna" of
    "Gatubelysning"): they name the row, no topic of their own."""
    said = {stem(w): w for w in words}
    out: set[str] = set()
    for word in {w for label in labels for w in tokens(label)}:
        for front in words:
            for head, k in _compound_heads(word).items():
                if len(front) >= MIN_PART and _front_said(word[:k], front) and (
                        (hit := said.get(head) or said.get(stem(head))) is not None) and hit != front:
                    out |= {front, hit}
    return out


def _compound_of_said(word: str, front: str, heads_said: set[str]) -> bool:
    """The label's word is a compound whose front begins as `front` does ("gatu" of "gatorna") and whose head is one
    of the stems said (`heads_said`: "belysning" of "Gatubelysning")."""
    return any(_front_said(word[:k], front) and (head in heads_said or stem(head) in heads_said)
               for head, k in _compound_heads(word).items())


def _front_said(front: str, said: str) -> bool:
    """The word said is the compound's front alone ("gatorna" of "gatu-"), not the compound itself nor a longer one
    ("socialnämndens" opens "social-" too)."""
    return _starts(front, stem(said)) and len(stem(said)) <= len(front) + 1


def _whole_said_of_part(found: list[RowMatch], words: list[str], lexicon: Lexicon) -> list[RowMatch]:
    """A row said with the whole it is part of ("räddningstjänst under kommunstyrelsen", "förskola inom
    utbildningsnämnden", "socialnämndens äldreomsorg"): the whole, a section over the row or the section its table's
    total sums, says where the row is; it is no second row asked."""
    if len(found) < 2:
        return found
    from assistant.understand.words import sentence_types

    within = frozenset(sentence_types()["within_prepositions"])
    members = dict(lexicon.members)
    wholes = {id(m): part for m in found for part in found
              if part is not m and _placed_in(words, part, m, within) and _holds(m.label, part.label, lexicon, members)}
    # the part's name spans the whole's too: its words are said of the part, no other topic nor an unknown body
    return [replace(m, start=min(m.start, whole.start), end=max(m.end, whole.end))
            if (whole := next((w for w in found if wholes.get(id(w)) is m), None)) else m
            for m in found if id(m) not in wholes]


def _measure_of_owner(found: list[RowMatch], words: list[str], lexicon: Lexicon) -> list[RowMatch]:
    """A body's genitive before a noun naming a measure ("omsorgsnämndens nettokostnad"), which names a row of a
    table the body is a row of too ("Verksamhetens nettokostnader" summing the committees): what the body's row
    measures, no second row asked. The body's match takes the noun's words."""
    from assistant.evidence.near_miss import measures

    out: list[RowMatch] = []
    for m in found:
        owner = out[-1] if out else None
        if owner is not None and owner.end == m.start and words[owner.end - 1].endswith("s") and \
                committee_mentions(owner.label) and not committee_mentions(m.label) and measures(m.said) and \
                any(owner.label in labels and m.label in labels for labels in lexicon.tables):
            out[-1] = replace(owner, end=m.end)
            continue
        out.append(m)
    return out


def _rates_of_no_body(found: list[RowMatch], words: list[str], lexicon: Lexicon) -> list[RowMatch]:
    """A rate's row ("Nettokostnad per invånare, kr") named without what it is per ("hur mycket beräknas
    omsorgsnämnden kosta netto 2024?") beside a body no table of the rate holds: the body's own figure is asked, its
    cost said in the rate's words; the rate is no row asked."""
    bodies = [m for m in found if committee_mentions(m.label)]
    if not bodies:
        return found

    def rate_apart(m: RowMatch) -> bool:
        label = tokens(m.label)
        if "per" not in label or "per" in words or m in bodies:
            return False
        per = {stem(w) for w in label[label.index("per") + 1:]}
        return not per & {stem(w) for w in words} and not any(
            m.label in labels and any(b.label in labels for b in bodies) for labels in lexicon.tables)
    return [m for m in found if not rate_apart(m)]


def _placed_in(words: list[str], part: RowMatch, whole: RowMatch, within: frozenset[str]) -> bool:
    """The whole said right after the part and a preposition placing it inside ("förskola inom nämnden"), or
    right before it (a genitive: "nämndens förskola")."""
    if whole.end == part.start:  # a genitive names its owner ("nämndens förskola"); a list does not
        return words[whole.end - 1].endswith("s")  # ("bildningsnämnden, socialnämnden och ...")
    return whole.start == part.end + 1 and words[part.end] in within


def _holds(whole: str, part: str, lexicon: Lexicon, members: dict[str, frozenset[str]]) -> bool:
    """The row `whole` names a whole `part` is in: a section over it, or the section a total of its table sums
    ("Summa Utbildningsnämnden"). (A table titled by the whole is found by the whole's name: `selection.titled_by`.)"""
    if part in members.get(whole, frozenset()):
        return True
    key = set(stems(whole))
    return bool(key) and any(part in labels and any(
        (named := SUM_LABEL.match(label)) and set(stems(label[named.end():])) == key for label in labels)
        for labels in lexicon.tables)


def _counted_where(found: list[RowMatch], words: list[str], lexicon: Lexicon) -> list[RowMatch]:
    """Asked how many, a row whose figures are money named with the thing the question counts ("hur många elever gick
    på gymnasiet": "Gymnasieskola" in tkr, "elever" said apart): the one count row whose name is both ("Elever
    gymnasieskola"), each of its words said in the question, by the money row's match or by words no whole name took
    (a word a partial name took, "elever" of "Elever grundskola F–9", goes to the count row, and that match with it)."""
    said = [(k, stem(w)) for k, w in enumerate(words) if w not in FUNCTION_WORDS and len(w) >= MIN_PART]
    whole = {k for m in found for k in range(m.start, m.end) if set(stems(m.label)) <= {stem(w) for w in words[m.start:m.end]}}
    counting = sorted(lexicon.counts)
    out, dropped = [], set()
    for m in found:
        if lexicon.counting(m.label) or id(m) in dropped:
            out.append(m)
            continue
        own = set(stems(m.label))
        fits = []
        for label in counting:
            parts = [p for p in stems(without_unit(label)) if any(ch.isalpha() for ch in p)]
            if len(parts) < 2 or not any(p in own or any(_part_match(s, p) for k, s in said if m.start <= k < m.end)
                                         for p in parts):
                continue
            # every word of the count row said: the money row's by its match, the rest by words of no whole name
            used = [next((k for k, s in said if (k not in whole or m.start <= k < m.end) and _part_match(s, p)), None)
                    for p in parts]
            if all(k is not None for k in used):
                fits.append((label, used))
        if len(fits) != 1:
            out.append(m)
            continue
        label, used = fits[0]
        dropped |= {id(o) for o in found if o is not m and any(o.start <= k < o.end for k in used)}
        out.append(replace(m, label=label))
    return [m for m in out if id(m) not in dropped]


def _apart_by_a_preposition(words: list[str], a: RowMatch, b: RowMatch, closed: frozenset[str]) -> bool:
    """The two spans are next to each other or one preposition apart (not a joining "och")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = words[first.end:second.start]
    return len(gap) <= 1 and not any(w in JOINING or w not in closed and w not in FUNCTION_WORDS for w in gap)


def _one_entity_alone(found: list[RowMatch]) -> list[RowMatch]:
    """One name said for an entity's several rows (`one_entity`: "Mantorps IF" of its grants of each kind) stands
    for them all only when the question names no other row: "hur mycket mer fick Skänninge IK än Mantorps IF"
    compares two entities' totals, which no pair of their rows is."""
    spans = {(m.start, m.end) for m in found}
    if len(spans) == 1:
        return found
    return [m for m in found if sum(1 for o in found if (o.start, o.end) == (m.start, m.end)) == 1]


def _ends_any_name(word: str, before: str) -> bool:
    """A word no row name goes on with: a finite verb ("invånare hade", sentence_types.json; a present passive:
    "resecentrum flyttas") or an English function word left in a question read in Swedish ("invånare does"). Not
    after an interrogative determiner: "vilken nämnd hade ..." asks for a row, the noun names none."""
    from bm25s.stopwords import STOPWORDS_EN_PLUS

    from assistant.understand.words import sentence_types

    kinds = sentence_types()
    return (word in kinds["finite_verbs"] or word in STOPWORDS_EN_PLUS or _passive(word)) and \
        before not in kinds["determiner_interrogatives"]


def _passive(word: str) -> bool:
    """An s-passive of a verb in -a ("flyttas", "ombudgeteras", "byggs" is too short to tell): after a row's name it
    is the question's verb; a noun's genitive in -as ("skolas") names no row there, and "-nas" is a plural's."""
    return len(word) >= 6 and word.isalpha() and word.endswith("as") and not word.endswith("nas")


def _asks_which(word: str) -> bool:
    """An interrogative determiner ("vilken", "vilket", "which"): the noun after it asks, it names no row."""
    from assistant.understand.words import sentence_types

    return word in sentence_types()["determiner_interrogatives"]


def _moves(word: str) -> bool:
    """A word saying how a figure moves ("ökat", "sjönk", "minskade"): the name before it has ended
    ("hemtjänsttimmarna ökat" names "Beviljade hemtjänsttimmar per år")."""
    from assistant.budget.plan import CHANGE, DECREASE

    return bool(word) and bool(CHANGE.fullmatch(word) or DECREASE.fullmatch(word))


def _adds(word: str) -> bool:
    """A word saying the figures are added, averaged or held as a share ("sammanlagt", "tillsammans", "i snitt",
    "andel"): the name before it has ended ("va-ledningar och gator sammanlagt" names "Gator och vägar,
    beläggning"; "grundskolans andel av ..." names "Grundskola")."""
    from assistant.budget.plan import MEAN, SHARE, SUM

    return bool(word) and bool(SUM.fullmatch(word) or MEAN.fullmatch(word) or SHARE.fullmatch(word))


def compound_rows(words: list[str], lexicon: Lexicon, taken: list[bool], pricing: bool = False,
                  counting: bool = False) -> list[RowMatch]:
    """Rows named by one compound of two of their words ("finanskostnaderna" for "Finansiella kostnader",
    "personalkostnader" for "Kostnader för personal", "grundskoleelever" for "Elever i grundskola F–9": a short
    qualifier is no word of the name; "äldreomsorgen" for "Vård och omsorg om äldre"): the compound ends in one word's
    stem and starts with the beginning of another's (at least four letters). Only a compound that fits exactly one
    row matches; asked what something costs (`pricing`), of several the one row that is no count ("grundskoleelev" of
    "Grundskola, kr per elev", not "Elever i grundskola"); asked how many (`counting`), the one that is no sum of money
    nor rate."""
    out: list[RowMatch] = []
    pairs = _word_pairs(((label, label) for label in sorted({label for _, label in lexicon.phrases})))
    # a body's part of a split whole is named by its names' words ("Kommunen": "kommunal skattesats"), when no
    # label's own words fit
    given = _word_pairs((label, name) for label, names in lexicon.shares for name in names)
    for i, word in enumerate(words):
        if taken[i] or len(word) < 8 or not word.isalpha():
            continue
        whole = stem(word)
        heads = _compound_heads(whole)
        fits = _compound_fits(whole, heads, pairs) or _compound_fits(whole, heads, given)
        if pricing:  # a cost asked names no count, even the only one ("gymnasieelev" of "Elever gymnasieskola")
            fits = _priced(fits, lexicon) if len(fits) > 1 else {f for f in fits if not lexicon.counting(f)}
        if len(fits) > 1 and counting:
            fits = _counted(fits, lexicon) or fits
        if len(fits) == 1:
            taken[i] = True
            out.append(RowMatch(fits.pop(), i, i + 1, word))
    return out


def _word_pairs(names: "Iterable[tuple[str, str]]") -> list[tuple[str, str, str]]:
    """(label, a, b) for each two content words of each (label, name): its words, less a short qualifier ("F–9" of
    "Elever i grundskola F–9": "grundskoleelever")."""
    pairs = []
    for label, name in names:
        content = [c for w in tokens(name) if w not in FUNCTION_WORDS and len(c := stem(w)) >= 4
                   and any(ch.isalpha() for ch in w)]
        pairs += [(label, a, b) for k, a in enumerate(content) for b in content[k + 1:]]
    return pairs


def _compound_fits(whole: str, heads: dict[str, int], pairs: list[tuple[str, str, str]]) -> set[str]:
    """The labels of `pairs` the compound `whole` (heads: _compound_heads) is made of two words of."""
    fits = {label for label, a, b in pairs for head, modifier in ((b, a), (a, b))
            if head in heads and _starts(whole[: heads[head]], modifier)}
    if not fits:  # the compound's head the front of a word that is a compound itself: "kommunalskatten" of
        # "Kommunal skattesats" ("skatt" opens "skattesats")
        fits = {label for label, a, b in pairs for head, modifier in ((b, a), (a, b))
                for front, k in heads.items() if _compound_of(head, front) and _starts(whole[:k], modifier)}
    return fits


COMPOUND_REST = 3  # the least a compound's own head adds to its front ("sats" of "skattesats")


def _compound_of(word: str, front: str) -> bool:
    """The label's word is a compound that `front` (a compound's head of at least four letters) opens: "skattesat" of
    "skat(t)"."""
    return len(front) >= MIN_PART and word.startswith(front) and len(word) - len(front) >= COMPOUND_REST


def _compound_heads(whole: str) -> dict[str, int]:
    """Where each possible head of the compound `whole` (a stem) begins, by the head as written and by its own stem:
    the stemmer cuts a word alone further than at the end of a compound ("Ombyggnad" is "ombyggn", the compound
    "simhallsombyggnaden" ends in "ombyggnad")."""
    heads: dict[str, int] = {}
    for k in range(len(whole) - MIN_PART, MIN_PART - 1, -1):
        for form in (whole[k:], stem(whole[k:])):
            heads.setdefault(form, k)
    return heads


def _starts(front: str, word: str) -> bool:
    """The front of a compound is the beginning of `word` ("finans" of "finansiell"; a linking s dropped)."""
    front = front[:-1] if front.endswith("s") and len(front) > 4 else front
    return len(front) >= MIN_PART and (word.startswith(front) or front.startswith(word))


def token_match(word: tuple[str, str], key: tuple[str, str]) -> bool:
    """(stem, word) pairs: equal stems, or similar stems or words (misspellings)."""
    if len(key[1]) <= 3:  # abbreviations (KS, BUN) and short words must match exactly, or in an inflected form
        return word[1] == key[1] or inflects(word[1], key[1])
    return similar(word[0], key[0]) or similar(word[1], key[1])


# Swedish noun endings a short word takes (definite, plural, genitive), which the stemmer leaves on a short word
SHORT_WORD_ENDINGS = ("arnas", "ernas", "ornas", "arna", "erna", "orna", "ens", "ets", "nas", "en", "et", "er",
                      "ar", "or", "na", "s")


def inflects(word: str, base: str) -> bool:
    """`word` is an inflected form of the short word `base`: its ending after the base, or after the base's last
    consonant doubled as Swedish spells a short vowel before an ending ("männen", "målen", "ramarna" of "män",
    "mål", "ram")."""
    if not base.isalpha() or not word.startswith(base):
        return False
    rest = word[len(base):]
    if rest[:1] == base[-1:] and base[-1] not in "aeiouyåäö":
        rest = rest[1:] if rest[1:] in SHORT_WORD_ENDINGS else rest
    return rest in SHORT_WORD_ENDINGS


@lru_cache(maxsize=1)
def _kind_parts() -> tuple[tuple[str, ...], tuple[tuple[tuple[str, str], ...], ...], tuple[tuple[str, str], ...]]:
    kinds, keys = [], []
    for kind, spec in synonyms()["tables"].items():
        for word in spec["words"]:
            key = tuple((stem(w), w) for w in tokens(word))
            if key:
                kinds.append(kind)
                keys.append(key)
    return tuple(kinds), tuple(keys), _vocabulary(tuple(keys))


def table_kinds(question: str, known: frozenset[str] = frozenset()) -> list[str]:
    """Kinds of table ("drift", "investering", "resultat") the question's words point to. A word of `known` (the
    words of the book's row labels, spelled as the documents spell them) is no typing error of a kind's word: "eget
    kapital" is the row, not the English "capital" of the investments."""
    q = [(stem(w), w) for w in tokens(question)]
    kinds, keys, vocabulary = _kind_parts()
    found = []
    for p, i, j in _find(q, keys, vocabulary, strict=True):
        if any(q[k][1] in known and q[k][0] != keys[p][k - i][0] and q[k][1] != keys[p][k - i][1]
               for k in range(i, j)):
            continue
        if kinds[p] not in found:
            found.append(kinds[p])
    if not found:
        found = _compound_kinds([w for _, w in q], kinds, keys)
    return [k for k in dict.fromkeys(kinds) if k in found]


def _compound_kinds(words: list[str], kinds: tuple[str, ...], keys: tuple[tuple[tuple[str, str], ...], ...]
                    ) -> list[str]:
    """The kind a compound names by its first part, a one-word kind word of five letters or more with a linking
    s or none ("investeringsram", "investeringsnivån", "driftskostnaderna"): the one kind such words name."""
    found = {kind for word in words for kind, key in zip(kinds, keys)
             if len(key) == 1 and len(front := key[0][1]) >= 5 and word.startswith(front)
             and len(rest := word[len(front):].removeprefix("s")) >= 3 and rest.isalpha()}
    return list(found) if len(found) == 1 else []


@lru_cache(maxsize=1)
def table_words() -> frozenset[str]:
    """Every word that names a kind of table (not a topic of a text amount)."""
    return frozenset(w for spec in synonyms()["tables"].values() for p in spec["words"] for w in tokens(p))


def table_kind_of(table: Table) -> str | None:
    """The kind its title names; else a table stating its figures in money whose rows are committees is their
    operating budget ("Var går pengarna?" over Socialnämnden, Kommunstyrelsen ...); a table that states no unit
    (staff and sick leave per committee) is not."""
    kind = _kind_of_title(table.title)
    if kind is None and table.stated_unit is not None and table.stated_unit.is_money and lists_committees(table):
        return "drift"
    return kind


def lists_committees(table: Table) -> bool:
    """Most of the table's rows (two at least, totals aside) name a committee."""
    rows = [r for r in table.rows if not r.is_total]
    named = sum(1 for r in rows if committee_mentions(r.label))
    return named >= 2 and 2 * named > len(rows)


def kind_of_name(name: str) -> str | None:
    """The kind of table a title or a row's label names by its words ("Nettoinvesteringar, mnkr": "investering")."""
    return _kind_of_title(name)


_PARENTHESIS = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=4096)
def _kind_of_title(title: str) -> str | None:
    """The kind of table the title's words name. A parenthesis after its name says what the figures measure
    ("Verksamhetsstatistik 2019–2023 (Antal personer; nettokostnad i kronor per invånare)"), not the kind of table:
    the words outside it name that, when there are any."""
    name = _PARENTHESIS.sub(" ", title)
    title = normalise(name if re.search(r"[^\W\d_]", name) else title)
    for kind, spec in synonyms()["tables"].items():
        if any(word in title for word in spec["title"]):
            return kind
    return None


# "tekniska nämnden", "nämnden för arbete, kompetens och välfärd", "byggnadsnämndens", "technical committee"
SUPERLATIVE = re.compile(r"(?:[a-zåäö]+(?:ast|st)[ae]|största|minsta|högsta|lägsta|bästa|sämsta|"
                         r"[a-z]+est|largest|smallest|biggest|highest|lowest)", re.IGNORECASE)
_COMMITTEE = re.compile(
    rf"\b(?:(?P<adj>[a-zåäö]+(?:a|s))\s+(?P<n1>{head_pattern(COMMITTEES)})\b"
    rf"|(?P<comp>[a-zåäö]{{3,}}{head_pattern(COMMITTEES)})\b"
    r"|(?P<n2>nämnden) för (?P<for>[a-zåäö]+(?:(?:, | och )[a-zåäö]+){0,4})"
    r"|(?P<en>[a-z]+(?: and [a-z]+)?) (?:committee|board)\b)"
)


def committee_mentions(question: str) -> list[tuple[str, int, int]]:
    """Committee-like names in the question, as (name, char start, char end) of the normalised text."""
    text = normalise(question)
    out = []
    for m in _COMMITTEE.finditer(text):
        if m.group("en") and m.group("en").split()[0] in ("the", "a", "an", "this", "that", "which", "each"):
            continue  # "the committee (for work, ...)": no name given here
        out.append((m.group(0).strip(), m.start(), m.end()))
    return out


BODY_KINDS = frozenset({"nämnden", "nämnd", "nämnder", "nämnderna", "styrelsen", "styrelse", "board", "committee"})


def unknown_committees(question: str, matches: list[RowMatch]) -> list[str]:
    """Committee names that match no row (their words overlap no row match)."""
    matched_words = {w for m in matches for w in m.said.split()}
    label_words = {w for m in matches for w in tokens(m.label)}
    unknown = []
    for name, _, _ in committee_mentions(question):
        words = TOKEN.findall(name)
        # a body's own words, not its kind: "tekniska nämnden" is not named by a row "Nämnder" matching "nämnden"
        if any(w in matched_words for w in words if w not in BODY_KINDS or len(words) == 1):
            continue
        if words and all(w in label_words for w in words):
            continue  # "vård o omsorgsnämnden": the matched row "Vård- och omsorgsnämnden" says its last part
        if any(stems(name) == stems(m.label) for m in matches):
            continue  # the matched row named again in another form ("socialnämndens ... än socialnämnd")
        if words and words[-1] in ("nämnden", "nämnd", "styrelsen", "board", "committee") and len(words) == 1:
            continue  # bare "nämnden" refers back, it names nothing
        if len(words) == 2 and SUPERLATIVE.fullmatch(words[0]):
            continue  # "den minsta nämnden", "the largest committee": which one is what is asked
        unknown.append(name)
    return unknown
