"""Find the text amount a question is about, by the words around each amount (its topic).

"Hur stort är sparkravet?" -> "Vi har ett sparkrav på totalt 41 miljoner". Words near the amount in
its clause weigh most; words common to many amount sentences (the municipality's name) weigh nothing.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from assistant.budget.amounts import AMOUNT
from assistant.budget.matching import similar, stem, tokens
from assistant.budget.records import TextAmount
from assistant.budget.units import unit_in
from assistant.understand.words import illustrates, supposes

STOP = set("""hur mycket stort stor stora vad är var blir det den de en ett i på av för till från och som med om
vi har ska kommer kan man att sig sin sitt sina så än eller när där här vilken vilket vilka nu också
detta denna dessa the a an of in on for to from and is are was were how much what which does do did
it its by at be get gets got big large amount belopp beloppet kronor kr tkr mnkr miljoner miljon
procent summa totalt total får fick ges finns enligt kommun kommunen kommunens kommuner municipality
municipal går gå gör ligger blir vill vara många many""".split())
MIN_SCORE = 2.0


def content_stems(question: str, exclude: set[str] = frozenset()) -> list[tuple[str, str]]:
    """The question's topic words and their stems: no question or unit word ("hur många procent av paketet
    på 5,4 milj": "milj" says how much, not of what)."""
    out = []
    for word in tokens(question):
        if word in STOP or word in exclude or word.isdigit() or len(word) < 3 or unit_in(word) is not None:
            continue
        out.append((stem(word), word))
    return out


@dataclass(frozen=True, slots=True)
class _Indexed:
    amount: TextAmount
    positions: dict[str, int]  # stem -> nearest position in the amount's context
    words: dict[str, int]  # word as written (lower case) -> nearest position
    clause_len: int  # how many leading context words belong to the clause
    sentence: frozenset[str]  # stems of the whole sentence
    own_len: int = 0  # how many of the clause's words are its own (the rest come from the sentence it points back at)


@dataclass(frozen=True, slots=True)
class _WordMatch:
    """One question word and the document stems/words it matches, looked up once per question."""

    stem: str
    word: str
    fuzzy_stems: tuple[str, ...] = ()  # misspellings, inflections the stemmer missed
    fuzzy_words: tuple[str, ...] = ()
    compounds: tuple[str, ...] = ()  # long document words it begins or that begin it
    heads: tuple[str, ...] = ()  # document stems that end it: the compound's head ("reserven" for "resultatutjämningsreserv")


COMPOUND = 9  # a word this long may be the first part of a compound ("omstrukturerings" + "fonden")
HEAD = 5  # the shortest head of a compound that stands for it in a later sentence ("reserven")


class AmountIndex:
    """The book's text amounts indexed once: context positions per amount, how many sentences hold each
    stem, and which amounts hold each stem or word, so a question scores only the amounts that share a
    word with it (the cost grows with the matches, not with the number of amounts)."""

    def __init__(self, amounts: tuple[TextAmount, ...]) -> None:
        items = []
        df: Counter[str] = Counter()
        by_stem: dict[str, list[int]] = {}
        by_word: dict[str, list[int]] = {}
        sentences: dict[str, frozenset[str]] = {}
        for i, a in enumerate(amounts):
            positions: dict[str, int] = {}
            words: dict[str, int] = {}
            for pos, word in enumerate(a.context):
                positions.setdefault(stem(word), pos)
                words.setdefault(word, pos)
            in_clause = set(tokens(a.clause))
            own_len = _leading(a.context, in_clause)
            if a.lead and not AMOUNT.search(a.lead):  # the sentence pointed back at names what the amount is for
                in_clause |= set(tokens(a.lead))
            # and so does a list's introduction ("effektiviseringar om totalt 8,6 miljoner kronor. Kravet fördelas så
            # här:") for each of its items
            in_clause |= set(tokens(a.introduction))
            clause_len = _leading(a.context, in_clause)
            sentence = sentences.get(a.source.quote)
            if sentence is None:  # several amounts share a sentence: stemmed and counted once
                sentence = sentences[a.source.quote] = frozenset(stem(w) for w in tokens(a.source.quote))
            df.update(sentence)  # per amount's sentence: paragraphs repeat words
            items.append(_Indexed(a, positions, words, clause_len, sentence, own_len))
            for key in positions:
                by_stem.setdefault(key, []).append(i)
            for key in words:
                by_word.setdefault(key, []).append(i)
        self.items = tuple(items)
        self.df = dict(df)
        self.by_stem = by_stem
        self.by_word = by_word
        self.stems_by_prefix = _buckets(by_stem, 2)
        self.words_by_prefix = _buckets(by_word, 2)
        self.long_words = _buckets({w: 0 for w in by_word if len(w) >= COMPOUND}, COMPOUND)

    def amounts(self) -> tuple[TextAmount, ...]:
        return tuple(item.amount for item in self.items)

    def match(self, s: str, w: str) -> _WordMatch:
        if len(s) < 5:
            return _WordMatch(s, w)
        fuzzy_stems = tuple(c for c in self.stems_by_prefix.get(s[:2], ()) if c != s and abs(len(c) - len(s)) <= 2
                            and similar(s, c))
        fuzzy_words = tuple(c for c in self.words_by_prefix.get(w[:2], ()) if abs(len(c) - len(w)) <= 2
                            and similar(w, c))
        # a word of the documents it opens or that opens it ("budgetramen", "budget"), or that its stem opens when the
        # question says a verb and the documents its noun ("effektivisera": "effektiviseringskrav")
        compounds = tuple(c for c in self.long_words.get(w[:COMPOUND], ()) if w.startswith(c) or c.startswith(w)
                          or (len(s) >= COMPOUND and c.startswith(s))) if len(w) >= COMPOUND else ()
        heads = tuple(s[-k:] for k in range(HEAD, len(s) - HEAD + 1) if s[-k:] in self.by_stem) \
            if len(w) >= COMPOUND else ()
        return _WordMatch(s, w, fuzzy_stems, fuzzy_words, compounds, heads)

    def holding(self, m: _WordMatch) -> set[int]:
        """The amounts whose context holds the word (as _position finds it)."""
        found = set(self.by_stem.get(m.stem, ()))
        for c in (*m.fuzzy_stems, *m.heads):
            found.update(self.by_stem.get(c, ()))
        for c in (*m.fuzzy_words, *m.compounds):
            found.update(self.by_word.get(c, ()))
        return found

    def candidates(self, telling: list[_WordMatch]) -> list[int]:
        """Amounts holding enough of the counted words to pass score_amount's coverage rule (the others
        score 0 anyway): with five topic words, only amounts that hold two of them are scored."""
        need = 1
        while need < MIN_COVERAGE * len(telling):
            need += 1
        counts: Counter[int] = Counter()
        for m in telling:
            counts.update(self.holding(m))
        return sorted(i for i, n in counts.items() if n >= need)


def _leading(context: tuple[str, ...], words: set[str]) -> int:
    n = 0
    while n < len(context) and context[n] in words:
        n += 1
    return n


def _buckets(keys: dict[str, object], n: int) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for key in keys:
        out.setdefault(key[:n], []).append(key)
    return {k: tuple(v) for k, v in out.items()}


def _position(m: _WordMatch, item: _Indexed) -> int | None:
    """The nearest position of the word in the amount's context: as written (or its compound's head, which
    a sentence uses for it once the compound is said: "... resultatutjämningsreserven. ... reserven"), else a
    misspelling, else a compound it begins."""
    # a head stands for the compound only in a sentence that points back at one saying it (amounts.refers_back)
    heads = m.heads if item.amount.lead and m.stem in item.positions else ()
    best = _nearest(item.positions, (m.stem, *heads))
    if best is not None:
        return best
    best = _nearest(item.positions, m.fuzzy_stems)
    fuzzy = _nearest(item.words, m.fuzzy_words)
    best = fuzzy if best is None else best if fuzzy is None else min(best, fuzzy)
    return best if best is not None else _nearest(item.words, m.compounds)


def _nearest(table: dict[str, int], keys: tuple[str, ...]) -> int | None:
    found = [p for c in keys if (p := table.get(c)) is not None]
    return min(found) if found else None


MIN_COVERAGE = 0.4


# a phrase the question negates, up to its clause's end ("inte budgetberedningens grundförslag", "not the forecast")
NEGATED = re.compile(r"\b(?:inte|ej|icke|not)\s+[^,.;:!?()]+", re.IGNORECASE)
ROW_PART = 4  # the shortest row word that names a compound it opens
ROW_ABSENT = 0.5  # an amount naming no row the question names, beside one that does, scores this much less


def names_a_row(item: _Indexed, row_stems: tuple[tuple[str, ...], ...]) -> bool:
    """The amount's sentence names one of the rows (`says_row`)."""
    return any(says_row(row, item.sentence) for row in row_stems)


def says_row(row: Sequence[str], sentence: frozenset[str] | set[str]) -> bool:
    """The sentence's stems say every stem of the row's name, each as a word of the sentence or the front of a
    compound of one ("fritid" of "fritidsnämnden" names "Kultur och fritid")."""
    return bool(row) and all(s in sentence or (len(s) >= ROW_PART and any(w.startswith(s) for w in sentence))
                             for s in row)


def score_amount(words: list[_WordMatch], item: _Indexed, df: dict[str, int], n: int,
                 names_row: bool = False) -> float:
    """Topic score; 0 unless half the question's topic words are found and one of them is distinctive
    (a second word, or a rare long compound): "sparar ... lokalförsörjningen" must not find "spara". `names_row`: the
    amount's sentence names a row the question names (names_a_row), which counts as distinctive and adds to it."""
    score = 0.0
    counted = found = 0
    distinctive = False
    clause_len = item.clause_len
    if clause_len > item.own_len:  # a clause that names its topic itself does not lean on the sentence before
        own = sum(1 for m in words if (p := _position(m, item)) is not None and p < item.own_len)
        clause_len = item.own_len if own >= 2 else clause_len
    for m in words:
        s, w = m.stem, m.word
        freq = df.get(s, 0)
        if freq > max(3, n // 4):
            continue  # a word in many amount sentences (the municipality's name) says nothing
        counted += 1
        pos = _position(m, item)
        if pos is None:
            continue
        found += 1
        long_rare = len(w) >= 9 and freq <= 2
        distinctive = distinctive or long_rare or (len(s) >= 7 and freq <= 2) or found >= 2
        weight = (2.0 if pos < 4 else 1.5 if pos < 8 else 1.0) if pos < clause_len else 0.5
        score += weight * (2 if long_rare else 1)  # rare long compounds are distinctive
    if not found or not (distinctive or names_row) or found < MIN_COVERAGE * counted:
        return 0.0
    return score + (1.0 if names_row else 0.0)  # the amount's sentence names the row the question names


# a figure written with a decimal comma or in digit groups ("-14,3", "2 421 049"): a stated amount, not a year
_QUOTED = re.compile(r"(?<![\w,])[-\u2212\u2013]?(\d{1,3}(?:[ \u00a0]\d{3})+|\d+,\d+)(?![\w,])")


def quoted_figures(question: str) -> frozenset[Decimal]:
    """The sizes of the figures a question quotes with a decimal comma or digit groups ("från -14,3 till -6,6")."""
    return frozenset(abs(Decimal(re.sub(r"[ \u00a0]", "", m.group(1)).replace(",", "."))) for m in _QUOTED.finditer(question))


def translate(question: str) -> str:
    """English topic words replaced by their Swedish glossary words ("savings requirement" -> "sparkrav")."""
    text = question.lower()
    for en, pattern, sv in _glossary_patterns():
        if en in text:  # the pattern matches only where the phrase stands as written
            text = pattern.sub(sv, text)
    return text


@lru_cache(maxsize=1)
def _glossary_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(English phrase, its whole-word pattern, " Swedish ") longest first, compiled once (the glossary has more
    phrases than the re module caches)."""
    return tuple((en, re.compile(rf"\b{re.escape(en)}\b"), f" {sv} ")
                 for en, sv in sorted(glossary().items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    from assistant.budget.matching import synonyms

    return synonyms().get("topics_en_sv", {})


def names_no_topic(question: str, exclude: set[str] = frozenset()) -> bool:
    """The question has no word an amount's sentence could be found by ("hur stor förbättring är det?"): only
    words of asking, operations and units."""
    return not content_stems(translate(question), exclude)


def topic_words(question: str, exclude: set[str] = frozenset()) -> list[tuple[str, str]]:
    """(stem, word) of the question's topic words, English in Swedish; what the question says it does not ask ("(alltså
    inte budgetberedningens grundförslag)") names no topic."""
    return content_stems(translate(NEGATED.sub(" ", question)), exclude)


def best_amounts(question: str, amounts: AmountIndex, exclude: set[str] = frozenset(),
                 rows: tuple[str, ...] = (), money: bool | None = None, language: str = "sv"
                 ) -> list[tuple[float, TextAmount]]:
    """Amounts ranked by topic score (best first), only those at MIN_SCORE or above.

    `money=True`/`False` keeps only sums of money / only percentages (a claim's figure says which).
    """
    from assistant.evidence.amount_slots import of_other_period

    words = topic_words(question, exclude)
    if language == "en":  # untranslated English words cannot occur in Swedish documents: not counted
        swedish = set(tokens(" ".join(glossary().values())))
        names = {w.lower() for w in re.findall(r"\b[A-ZÅÄÖ][\wåäö]+", question)[1:]}
        words = [(s, w) for s, w in words if w in swedish or w in names or re.search("[åäö]", w)]
    if not words or not amounts.items:
        return []
    n = len(amounts.items)
    limit = max(3, n // 4)
    matches = [amounts.match(s, w) for s, w in words]
    telling = [m for m in matches if amounts.df.get(m.stem, 0) <= limit]  # the others never count
    row_stems = tuple(tuple(stem(w) for w in tokens(row)) for row in rows)
    quoted = quoted_figures(question)
    scored = []
    for i in amounts.candidates(telling):
        item = amounts.items[i]
        if money is not None and item.amount.unit.is_money != money:
            continue
        if of_other_period(question, item.amount.source.quote or item.amount.clause):
            continue  # "ge per år" is not answered by "80 kronor mer i skatt per månad"
        row = names_a_row(item, row_stems)
        score = score_amount(matches, item, amounts.df, n, row)
        if score and abs(item.amount.stated) in quoted:
            score += MIN_SCORE  # "gick från -14,3 till -6,6 milj.": the figures the question quotes are the ones meant
        if score >= MIN_SCORE:
            scored.append((score, item.amount, row))
    if not supposes(question):
        # a worked example ("Den som tjänar 30 000 kronor i månaden betalar ungefär 6 660 kronor i kommunalskatt")
        # illustrates the thing, it states none of its figures; a question supposing a case asks for it
        scored = [t for t in scored if not illustrates(t[1].source.quote)]
    # an amount naming the row asked before one its words score as well ("• kultur- och fritidsnämnden 600 000 kronor"
    # under "effektiviseringar om totalt 8,6 miljoner kronor. Kravet fördelas så här:"): the sum of every committee is
    # another figure
    named = any(t[2] for t in scored)
    ranked = [(score if row or not named else score - ROW_ABSENT, amount) for score, amount, row in scored]
    ranked.sort(key=lambda t: -t[0])
    return ranked
