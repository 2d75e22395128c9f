"""Extra allocations told in prose: "Hur mycket pengar får äldreomsorgen extra i budgeten?"

The tables hold each committee's whole frame; a sum given on top of it ("Vård- och omsorgsnämnden
tilldelas 18 mnkr permanent kommunbidrag ...", "900 tkr tillskjuts samhällsbyggnadsnämnden ...") is
only in the text. A question that asks for such a sum (extra, tillskott, förstärkning, satsning,
tilldelas, tillskjuts ...: words as data in budget_synonyms.json) is answered from the text amounts
that give one to the question's subject, when there are any; otherwise the tables answer as before.
"""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.budget.matching import stem, synonyms, tokens
from assistant.budget.records import TextAmount
from assistant.budget.topics import STOP, AmountIndex, _Indexed, translate

GENERIC = re.compile(r"nämnd\w*|styrelse\w*|committee\w*|boards?|kommun\w*|municipal\w*|budget\w*")
MIN_COMPOUND = 6  # "äldreomsorg" begins "äldreomsorgssatsning": the same subject
NOT_TOPIC = {"pengar", "money", "budget", "budgeten", "budgets", "kommunbidrag", "kommunbidraget", "permanent",
             "permanenta", "årligen", "många", "kronor"}


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    spec = synonyms().get("allocation", {})
    return tuple(spec.get("question", ())), tuple(spec.get("text", ()))


def _has(words: list[str], text: str, cues: tuple[str, ...]) -> bool:
    return any((" " in c and c in text) or any(w.startswith(c) for w in words) for c in cues)


def asks_allocation(question: str) -> bool:
    """The question asks for an extra sum: "extra", "tillskottet", "förstärkningen", "satsas", "additional"."""
    words = tokens(question)
    return _has(words, " ".join(words), _words()[0])


@lru_cache(maxsize=1)
def _giving() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in _words()[1]) + ")", re.IGNORECASE)


def _gives(item: _Indexed) -> bool:
    """The amount's clause (or sentence) gives money: "tilldelas", "tillskjuts", "förstärkning" ..."""
    return bool(_giving().search(item.amount.clause) or _giving().search(item.amount.source.quote))


def _compounds(s: str, index: AmountIndex) -> tuple[str, ...]:
    """Document words a subject stem begins: "äldreomsorg" -> "äldreomsorgssatsning" (looked up once)."""
    if len(s) < MIN_COMPOUND:
        return ()
    return tuple(w for w in index.words_by_prefix.get(s[:2], ()) if w.startswith(s))


def _holding(s: str, index: AmountIndex) -> set[int]:
    found = set(index.by_stem.get(s, ()))
    for w in _compounds(s, index):
        found.update(index.by_word.get(w, ()))
    return found


def _found(s: str, item: _Indexed, compounds: tuple[str, ...]) -> float:
    """Near the amount in its clause 2, further 1.5 or 1, elsewhere in its context 0.5; absent 0."""
    pos = item.positions.get(s)
    if pos is None:
        pos = min((p for w in compounds if (p := item.words.get(w)) is not None), default=None)
    if pos is None:
        return 0.0
    return (2.0 if pos < 4 else 1.5 if pos < 8 else 1.0) if pos < item.clause_len else 0.5  # nearest weighs most


def allocation_amounts(question: str, rows: tuple[str, ...], said: tuple[str, ...], index: AmountIndex
                       ) -> list[tuple[float, TextAmount]]:
    """Sums of money the text gives to the question's subject, best first (empty: none).

    The subject is the row the question names (its label in the sentence, or the word the question used
    for it: "äldreomsorgen" in "äldreomsorgssatsning") and at least half of its other topic words
    ("för ökad busstrafik" -> the heading "Ökad busstrafik till Sollebrunn och Ingared").
    """
    cue_words = _words()[0]
    said_words = {w for s in said for w in tokens(s)}
    words = [w for w in tokens(translate(question))
             if w not in STOP and w not in NOT_TOPIC and not w.isdigit() and len(w) >= 3
             and not any(w.startswith(c) for c in cue_words if " " not in c) and not GENERIC.fullmatch(w)]
    topic = [stem(w) for w in words if w not in said_words]
    subjects = [(tuple(stem(w) for w in tokens(r)), tuple(stem(w) for w in tokens(s)), _is_name(r, s))
                for r, s in zip(rows, said)] if len(rows) == len(said) else []
    compounds = {x: _compounds(x, index) for x in {*topic, *(x for _, w, _ in subjects for x in w)}}
    candidates: set[int] | None = None
    for label, used, is_name in subjects:  # every subject must be there: intersect
        holding: set[int] = set()
        for x in used:
            holding |= _holding(x, index)
        if is_name and label:
            holding |= set.intersection(*(set(index.by_stem.get(x, ())) for x in label))
        candidates = holding if candidates is None else candidates & holding
    if candidates is None:
        candidates = set()
        for x in topic:
            candidates |= _holding(x, index)
    scored = []
    for i in sorted(candidates):
        item = index.items[i]
        if not item.amount.unit.is_money or not _gives(item):
            continue
        score = 0.0
        for label, used, is_name in subjects:
            names_row = all(x in item.sentence for x in label)
            used_found = max((_found(x, item, compounds[x]) for x in used), default=0.0)
            if not (used_found or (names_row and is_name)):
                break  # about another committee or another subject
            score += max(used_found, 1.0 if names_row else 0.0) + (1.0 if names_row else 0.0)
        else:
            found = [_found(x, item, compounds[x]) for x in topic]
            if sum(1 for f in found if f) * 2 >= len(found) and score + sum(found) >= 1.0:
                scored.append((score + sum(found), item.amount))
    scored.sort(key=lambda t: -t[0])
    return scored


def _is_name(label: str, said: str) -> bool:
    """The question used the row's own name or an abbreviation ("BUN"), not a topic ("äldreomsorgen")."""
    label_stems = {stem(w) for w in tokens(label)}
    return len(said) <= 4 or all(stem(w) in label_stems for w in tokens(said))


def gives_on_top(text: str) -> bool:
    """The text gives a sum on top of a frame: "tilldelas", "tillskjuts", "förstärkning" (budget_synonyms.json)."""
    return bool(_giving().search(text))


def going_to(question: str, index: AmountIndex) -> list[tuple[float, TextAmount]]:
    """Sums of money the text says go to what the question asks them going to ("Hur mycket av satsningen går till
    elevhälsan?": "Av beloppet går 2,35 miljoner kronor till elevhälsan"), those whose sentence names most of the
    question first; empty when the question names no recipient or no amount goes to it."""
    from assistant.evidence.amount_stretch import asked_recipient

    recipient = asked_recipient(question)
    listed = _listed_after(question, question.find(recipient) + len(recipient)) if recipient in question else []
    wanted = [stem(w) for w in tokens(" ".join((recipient, *listed))) if w not in STOP and len(w) >= 3]
    if not wanted:
        return []
    asked = {stem(w) for w in tokens(translate(question)) if w not in STOP}
    held = set.intersection(*(_holding(x, index) for x in wanted))
    scored = []
    for i in sorted(held):
        item = index.items[i]
        towards = _recipient_of(item.amount)
        if item.amount.unit.is_money and towards and all(any(_joins(x, t) for t in towards) for x in wanted) \
                and not _listed_with_others(item.amount, wanted):
            scored.append((float(len(item.sentence & asked)), item.amount))
    scored.sort(key=lambda t: -t[0])
    return scored


def _recipient_at(amount: TextAmount) -> tuple[int, int] | None:
    """Where in its sentence is what the amount goes to (amount_stretch.recipient_spans); None when it says nothing."""
    from assistant.evidence.amount_stretch import recipient_spans
    from assistant.evidence.sentences import amount_matches

    quote = amount.source.quote
    at = quote.find(amount.text)
    if at < 0:
        return None
    for m, span in zip(amount_matches(quote), recipient_spans(quote)):
        if at <= m.start() < at + len(amount.text):
            return span or None
    return None


def _recipient_of(amount: TextAmount) -> set[str]:
    """The stems of what the amount goes to in its sentence, each recipient of a list it opens."""
    span = _recipient_at(amount)
    if span is None:
        return set()
    quote = amount.source.quote
    return {stem(w) for w in tokens(" ".join((quote[span[0]:span[1]], *_listed_after(quote, span[1]))))}


# the rest of a list a recipient opens up to its clause's end: ", skola, äldreomsorg och stöd och omsorg." after
# "till förskola"; not a clause said after it (", där fler kuratorer och en psykolog ska anställas")
LISTED = re.compile(r"((?:\s*,\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)+)\s+(?:och|and)\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)"
                    r"\s*(?:[.;:!?]|$)")


def _listed_after(text: str, end: int) -> list[str]:
    """The other items of a list whose first item ends at `end` ("skola", "äldreomsorg", "stöd"); [] when none."""
    listed = LISTED.match(text, end)
    return [item.strip() for item in (*listed.group(1).split(","), listed.group(2)) if item.strip()] if listed else []


def _listed_with_others(amount: TextAmount, wanted: list[str]) -> bool:
    """The amount goes to a list of recipients one of which the question does not ask of ("80 kronor ... till
    förskola, skola, äldreomsorg och stöd och omsorg" for "förskola och skola"): it is theirs together."""
    span = _recipient_at(amount)
    items = [tokens(item) for item in _listed_after(amount.source.quote, span[1])] if span else []
    return any(not any(_joins(x, stem(w)) for x in wanted for w in item if w not in STOP) for item in items if item)


def _joins(wanted: str, word: str) -> bool:
    """The same word, or one a compound of the other ("elevhäls" in "elevhälsoteam")."""
    return wanted == word or (min(len(wanted), len(word)) >= MIN_COMPOUND and
                              (word.startswith(wanted) or wanted.startswith(word)))
