"""Find the text amount a question is about, by the words around each amount (its topic).

"Hur stort är sparkravet?" -> "Vi har ett sparkrav på totalt 41 miljoner". Words near the amount in
its clause weigh most; words common to many amount sentences (the municipality's name) weigh nothing.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from assistant.budget.matching import similar, stem, tokens
from assistant.budget.records import TextAmount

STOP = set("""hur mycket stort stor stora vad är var blir det den de en ett i på av för till från och som med om
vi har ska kommer kan man att sig sin sitt sina så än eller när där här vilken vilket vilka nu också
detta denna dessa the a an of in on for to from and is are was were how much what which does do did
it its by at be get gets got big large amount belopp beloppet kronor kr tkr mnkr miljoner miljon
procent summa totalt total får fick ges finns enligt""".split())
MIN_SCORE = 2.0


def content_stems(question: str, exclude: set[str] = frozenset()) -> list[tuple[str, str]]:
    out = []
    for word in tokens(question):
        if word in STOP or word in exclude or word.isdigit() or len(word) < 3:
            continue
        out.append((stem(word), word))
    return out


@lru_cache(maxsize=4)
def _common(amounts: tuple[TextAmount, ...]) -> frozenset[str]:
    """Stems found in more than a third of the amount sentences (no topic value)."""
    counts: Counter[str] = Counter()
    for a in amounts:
        counts.update({stem(w) for w in a.context})
    limit = max(3, len(amounts) // 3)
    return frozenset(s for s, n in counts.items() if n > limit)


def score_amount(words: list[tuple[str, str]], amount: TextAmount, common: frozenset[str],
                 rows: tuple[str, ...] = ()) -> float:
    ctx = [stem(w) for w in amount.context]
    in_clause = set(tokens(amount.clause))
    clause_len = 0
    while clause_len < len(amount.context) and amount.context[clause_len] in in_clause:
        clause_len += 1
    score = 0.0
    for s, w in words:
        if s in common:
            continue
        for pos, c in enumerate(ctx):
            if similar(s, c) or (len(s) >= 6 and (c.startswith(s) or s.startswith(c) and len(c) >= 6)):
                weight = (2.0 if pos < 4 else 1.5 if pos < 8 else 1.0) if pos < clause_len else 0.5
                score += weight * (2 if len(w) >= 12 else 1)  # long compounds are distinctive
                break
    if score and rows:
        sentence = {stem(w) for w in tokens(amount.source.quote)}
        if any(all(stem(w) in sentence for w in tokens(row)) for row in rows):
            score += 1.0  # the amount's sentence names the row (committee) the question names
    return score


def translate(question: str) -> str:
    """Append Swedish glossary words for English topic words ("savings requirement" -> "sparkrav")."""
    low = question.lower()
    extra = [sv for en, sv in glossary().items() if en in low]
    return question + (" " + " ".join(extra) if extra else "")


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    from assistant.budget.matching import synonyms

    return synonyms().get("topics_en_sv", {})


def best_amounts(question: str, amounts: tuple[TextAmount, ...], exclude: set[str] = frozenset(),
                 rows: tuple[str, ...] = ()) -> list[tuple[float, TextAmount]]:
    """Amounts ranked by topic score (best first), only those at MIN_SCORE or above."""
    words = content_stems(translate(question), exclude)
    if not words or not amounts:
        return []
    common = _common(amounts)
    scored = [(score_amount(words, a, common, rows), a) for a in amounts]
    scored = [(s, a) for s, a in scored if s >= MIN_SCORE]
    scored.sort(key=lambda t: -t[0])
    return scored
