"""Find the text amount a question is about, by the words around each amount (its topic).

"Hur stort är sparkravet?" -> "Vi har ett sparkrav på totalt 41 miljoner". Words near the amount in
its clause weigh most; words common to many amount sentences (the municipality's name) weigh nothing.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from assistant.budget.matching import similar, stem, tokens
from assistant.budget.records import TextAmount

STOP = set("""hur mycket stort stor stora vad är var blir det den de en ett i på av för till från och som med om
vi har ska kommer kan man att sig sin sitt sina så än eller när där här vilken vilket vilka nu också
detta denna dessa the a an of in on for to from and is are was were how much what which does do did
it its by at be get gets got big large amount belopp beloppet kronor kr tkr mnkr miljoner miljon
procent summa totalt total får fick ges finns enligt kommun kommunen kommunens kommuner municipality
municipal går gå gör ligger blir vill vara""".split())
MIN_SCORE = 2.0


def content_stems(question: str, exclude: set[str] = frozenset()) -> list[tuple[str, str]]:
    out = []
    for word in tokens(question):
        if word in STOP or word in exclude or word.isdigit() or len(word) < 3:
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


@lru_cache(maxsize=4)
def _index(amounts: tuple[TextAmount, ...]) -> tuple[tuple[_Indexed, ...], dict[str, int]]:
    """Per amount: its context stems by position; and in how many amounts each stem occurs."""
    out = []
    df: Counter[str] = Counter()
    for a in amounts:
        positions: dict[str, int] = {}
        words: dict[str, int] = {}
        for pos, word in enumerate(a.context):
            positions.setdefault(stem(word), pos)
            words.setdefault(word, pos)
        in_clause = set(tokens(a.clause))
        clause_len = 0
        while clause_len < len(a.context) and a.context[clause_len] in in_clause:
            clause_len += 1
        df.update({stem(w) for w in tokens(a.source.quote)})  # per sentence: paragraphs repeat words
        out.append(_Indexed(a, positions, words, clause_len, frozenset(stem(w) for w in tokens(a.source.quote))))
    return tuple(out), dict(df)


def _position(s: str, w: str, item: _Indexed) -> int | None:
    pos = item.positions.get(s)
    if pos is not None:
        return pos
    if len(s) < 5:
        return None
    best = None
    for table, key in ((item.positions, s), (item.words, w)):  # misspellings, inflections the stemmer missed
        for c, p in table.items():
            if c[:2] == key[:2] and abs(len(c) - len(key)) <= 2 and similar(key, c):
                best = p if best is None else min(best, p)
    if best is None and len(w) >= 9:  # a compound of a long document word: "omstrukturerings" + "fonden"
        for c, p in item.words.items():
            if len(c) >= 9 and (w.startswith(c) or c.startswith(w)):
                best = p if best is None else min(best, p)
    return best


MIN_COVERAGE = 0.4


def score_amount(words: list[tuple[str, str]], item: _Indexed, df: dict[str, int], n: int,
                 rows: tuple[str, ...] = ()) -> float:
    """Topic score; 0 unless half the question's topic words are found and one of them is distinctive
    (a second word, or a rare long compound): "sparar ... lokalförsörjningen" must not find "spara"."""
    score = 0.0
    counted = found = 0
    distinctive = False
    for s, w in words:
        freq = df.get(s, 0)
        if freq > max(3, n // 4):
            continue  # a word in many amount sentences (the municipality's name) says nothing
        counted += 1
        pos = _position(s, w, item)
        if pos is None:
            continue
        found += 1
        long_rare = len(w) >= 9 and freq <= 2
        distinctive = distinctive or long_rare or (len(s) >= 7 and freq <= 2) or found >= 2
        weight = (2.0 if pos < 4 else 1.5 if pos < 8 else 1.0) if pos < item.clause_len else 0.5
        score += weight * (2 if long_rare else 1)  # rare long compounds are distinctive
    names_row = bool(rows) and any(all(stem(w) in item.sentence for w in tokens(row)) for row in rows)
    if not found or not (distinctive or names_row) or found < MIN_COVERAGE * counted:
        return 0.0
    return score + (1.0 if names_row else 0.0)  # the amount's sentence names the row the question names


def translate(question: str) -> str:
    """English topic words replaced by their Swedish glossary words ("savings requirement" -> "sparkrav")."""
    text = question.lower()
    for en, sv in sorted(glossary().items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"\b{re.escape(en)}\b", f" {sv} ", text)
    return text


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    from assistant.budget.matching import synonyms

    return synonyms().get("topics_en_sv", {})


def best_amounts(question: str, amounts: tuple[TextAmount, ...], exclude: set[str] = frozenset(),
                 rows: tuple[str, ...] = (), money: bool | None = None, language: str = "sv"
                 ) -> list[tuple[float, TextAmount]]:
    """Amounts ranked by topic score (best first), only those at MIN_SCORE or above.

    `money=True`/`False` keeps only sums of money / only percentages (a claim's figure says which).
    """
    words = content_stems(translate(question), exclude)
    if language == "en":  # untranslated English words cannot occur in Swedish documents: not counted
        swedish = set(tokens(" ".join(glossary().values())))
        names = {w.lower() for w in re.findall(r"\b[A-ZÅÄÖ][\wåäö]+", question)[1:]}
        words = [(s, w) for s, w in words if w in swedish or w in names or re.search("[åäö]", w)]
    if not words or not amounts:
        return []
    indexed, df = _index(amounts)
    scored = [(score_amount(words, item, df, len(amounts), rows), item.amount) for item in indexed
              if money is None or item.amount.unit.is_money == money]
    scored = [(s, a) for s, a in scored if s >= MIN_SCORE]
    scored.sort(key=lambda t: -t[0])
    return scored
