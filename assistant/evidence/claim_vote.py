"""Claims about a vote: "budgeten klubbades enhälligt i fullmäktige" is contradicted by a sentence stating a vote
with votes against ("Majoritetens förslag vann med 29 röster mot 18"), and a claimed tally ("klubbades med siffrorna
25–16") is confirmed or contradicted by the stated one ("omröstningen, som slutade 23–18"). The unanimity and vote
words are data (roles_sv.json `unanimity`, `vote_words`); the sentence (with the retrieved sentences just before it
in its passage, which name what was voted on) must name as much of the claim's subject as an answer must.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from assistant.evidence.claims import ClaimCheck, _passage, _years_agree, bodies_in, governing_bodies, roles
from assistant.evidence.sentences import Sentence
from assistant.understand.query import word_stem, word_stems

# "29 röster mot 18", "15 ja-röster mot 6 nej-röster", "17 mot 4", "by 29 votes to 18", "6 röster för ordförandens
# förslag mot 5" (what the votes were for between them)
SPLIT = re.compile(r"(?<![\d,.])(\d{1,3})\s+(?:[^\W\d_]+-)?(?:[^\W\d_]+\s+)?(?:(?:för|for)\s+(?:[^\W\d_]+\s+){1,3}?)?"
                   r"(?:mot|to|against)\s+(\d{1,3})(?!\d|[,.]\d)", re.IGNORECASE)
# "slutade 23–18", "25-16": a tally written with a dash (not a date's "11-24" nor a span's "2026–2028")
DASHED = re.compile(r"(?<![\d,.\-\u2013\u2212])(\d{1,3})\s*[-\u2013\u2212]\s*(\d{1,3})(?![\d\-\u2013]|[,.]\d)")
# "22 ja-röster och 15 nej-röster", "22 yes votes and 15 no votes": each side named by its own vote word, joined by
# any conjunction
YES_NO = re.compile(r"(?<![\d,.])(\d{1,3})\s+(?:ja-?röster|ja|yes\s+votes|votes\s+in\s+favou?r)\s*(?:,|och|mot|and|to|"
                    r"against)\s+(\d{1,3})\s+(?:nej-?röster|nej|no\s+votes|votes\s+against)(?![\w-])", re.IGNORECASE)
# "22 röster för avslag och 7 röster för bifall", "12 votes for the motion and 9 votes for rejection": each side its
# own count of votes and what they were for, joined by any conjunction
SIDES = re.compile(r"(?<![\d,.])(\d{1,3})\s+(?:[^\W\d_]+-)?(?:röster|votes)\s+(?:för|for|emot|against)\b[^\d.;]{0,60}?"
                   r"(?:\s*,|\s(?:och|mot|samt|and|to|against))\s+(\d{1,3})\s+(?:[^\W\d_]+-)?(?:röster|votes)\b", re.IGNORECASE)
# "22 ledamöter röstar för kommunstyrelsens förslag och 13 för Socialdemokraternas förslag", "12 members voted for the
# motion and 9 against": the members voting each way counted, each side what it voted for
VOTERS = re.compile(r"(?<![\d,.])(\d{1,3})\s+(?:[^\W\d_]+\s+)?(?:röstar|röstade|röstat|voted|vote)\s+(?:för|for|emot|against|mot)\b"
                    r"[^\d.;]{0,60}?(?:\s*,|\s(?:och|mot|samt|medan|and|to|while))\s+(\d{1,3})\s+(?:[^\W\d_]+\s+)?"
                    r"(?:(?:röstar|röstade|röstat|voted)\s+)?(?:för|for|emot|against|mot)\b", re.IGNORECASE)
# "Kommunstyrelsens förslag får 26 ja-röster och Moderaternas och Kristdemokraternas förslag 19 röster", "26 votes
# for the proposal and 19 for the motion": each side's count with its own vote word, what the votes were for between
# them
PROPOSALS = re.compile(r"(?<![\d,.])(\d{1,3})\s+(?:[^\W\d_]+-)?(?:röster|votes)\b[^\d.;]{0,80}?\s"
                       r"(?:och|mot|samt|and|to|against)\s[^\d.;]{0,80}?(?<![\d,.])(\d{1,3})\s+"
                       r"(?:[^\W\d_]+-)?(?:röster|votes)\b", re.IGNORECASE)
VOTES_AGAINST = "röster emot"


# the members who cast no vote either way: "2 ledamöter avstår", "3 avstod från att rösta", "2 members abstained"
ABSTAINED = re.compile(r"(?<![\d,.])\d{1,3}\s+(?:[^\W\d_]+\s+){0,2}(?:avstår|avstod|avstått|abstain\w*)\b", re.I)


def abstentions_after(s: Sentence) -> list[Sentence]:
    """The sentences right after a vote's tally on its line that count the members abstaining ("Kommunstyrelsens
    förslag får 26 ja-röster och ... 19 röster. 2 ledamöter avstår."): the rest of the vote. [] when s states no
    tally or none follows."""
    from dataclasses import replace

    from assistant.evidence.sentences import split_sentences

    if not split_vote(s.text):
        return []
    text, at = s.chunk.text, s.chunk.start
    out, end = [], s.end
    for start, stop in split_sentences(s.chunk):
        if start < end:
            continue
        if "\n" in text[end - at:start - at] or not ABSTAINED.search(text[start - at:stop - at]):
            break
        out.append(replace(s, start=start, end=stop, text=text[start - at:stop - at], similarity=None))
        end = stop
    return out


def says_unanimous(text: str) -> bool:
    """The text calls a decision unanimous (roles_sv.json `unanimity`, any form) and does not deny it."""
    words = word_stems(text)
    return bool(words & {word_stem(w) for w in roles()["unanimity"]}) and not re.search(
        r"\b(?:inte|ej|icke|not)\s+(?:\w+\s+)?(?:enh|enig|unanim)", text, re.IGNORECASE)


def split_vote(text: str) -> str:
    """The vote the sentence states with votes against ("29 röster mot 18"), as written; "" when it states none
    (a vote word must name it: "17 mot 4" alone may count anything)."""
    if not word_stems(text) & {word_stem(w) for w in roles()["vote_words"]}:
        return ""
    for m in [*SPLIT.finditer(text), *YES_NO.finditer(text), *SIDES.finditer(text), *VOTERS.finditer(text),
              *PROPOSALS.finditer(text), *DASHED.finditer(text)]:
        if int(m.group(2)) > 0 and int(m.group(1)) > 0 and (m.re is not DASHED or _tally(m)):
            return m.group(0)
    return ""


def _tally(m: re.Match[str]) -> bool:
    """A dashed pair is a tally when its winning side stands first ("23–18"); "25–30" is a span."""
    return int(m.group(1)) > int(m.group(2))


def claimed_tally(claim: str) -> tuple[int, int] | None:
    """The vote the claim states: a pair "25 mot 16", or "25–16" whose larger side stands first; a pair of figures
    with a unit ("25–16 procent", "16 mot 25 miljoner") is no tally."""
    m = _tally_match(claim)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _tally_match(claim: str) -> re.Match[str] | None:
    from assistant.evidence.claim_figures import figures_in

    measured = {f.at for f in figures_in(claim) if f.kind != "count"}
    for m in [*SPLIT.finditer(claim), *YES_NO.finditer(claim), *DASHED.finditer(claim)]:
        if (m.re is not DASHED or _tally(m)) and not measured & {m.start(1), m.start(2)}:
            return m
    return None


def _tally_words(claim: str) -> frozenset[str]:
    """The stems of what names the claimed tally rather than what was voted on: its numbers, the vote words and
    the word right before it ("med siffrorna 25–16", "med rösterna 25 mot 16")."""
    m = _tally_match(claim)
    if m is None:
        return frozenset()
    before = re.findall(r"[^\W\d_]+", claim[:m.start()])[-1:]
    return frozenset({m.group(1), m.group(2)} | vote_stems() | word_stems(" ".join(before)))


@lru_cache(maxsize=1)
def vote_stems() -> frozenset[str]:
    """The stems of the vote words (roles_sv.json `vote_words`): "röster", "omröstningen", "votes"."""
    return frozenset(word_stem(w) for w in roles()["vote_words"])


def in_vote_words(claim: str, known: Callable[[str], bool]) -> str:
    """A claim stating a tally searched by the vote nouns the documents use ("klubbades med siffrorna 25–16" ->
    "... omröstning"): the sentence stating the vote names it by them, not by the claim's verb."""
    from assistant.evidence.claims import is_finite_verb

    if claimed_tally(claim) is None:
        return claim
    nouns = [w for w in roles()["vote_words"] if not is_finite_verb(w) and known(word_stem(w))]
    return " ".join([claim, *nouns])


def check_tally(claim: str, sentences: Sequence[Sentence],
                about: Callable[[Sentence, frozenset[str]], float]) -> ClaimCheck | None:
    """The claimed tally against the vote stated by the sentence most about the claim's subject: supported when
    both sides agree, contradicted otherwise; None when the claim states no tally or no sentence about its subject
    states a vote."""
    tally = claimed_tally(claim)
    if tally is None:
        return None
    found = _best_vote(claim, sentences, about, _tally_words(claim))
    if found is None:
        return None
    s, vote = found
    stated = tuple(int(n) for n in re.findall(r"\d{1,3}", vote)[:2])
    if stated == tally:
        return ClaimCheck("supported", (s,), reason="röstsiffrorna stämmer")
    return ClaimCheck("contradicted", (s,), vote, "andra röstsiffror")


def check_vote(claim: str, sentences: Sequence[Sentence],
               about: Callable[[Sentence, frozenset[str]], float]) -> ClaimCheck | None:
    """Contradicted when the claim calls a decision unanimous and the sentence most about its subject that states a
    vote has votes against; None otherwise."""
    if not says_unanimous(claim):
        return None
    found = _best_vote(claim, sentences, about, frozenset(word_stem(w) for w in roles()["unanimity"]))
    return None if found is None else ClaimCheck("contradicted", (found[0],), found[1], VOTES_AGAINST)


def _years_above(claim: str, s: Sentence) -> bool:
    """The claim's years stand in the sentence's passage above it, or in its section's title where the passage opens
    below it: a protocol's vote decides the matter its paragraph describes ("§ 139 Mål och budget 2025 ..." over "Med
    8 ja-röster mot 5 nej-röster beslutar ...")."""
    from assistant.evidence.claims import YEAR
    from assistant.evidence.headings import headings_above, lines_above

    claimed = set(YEAR.findall(claim))
    above = [*lines_above(s), *([] if headings_above(s) else [s.chunk.section or ""])]
    return bool(claimed) and claimed <= set(YEAR.findall("\n".join(above)))


def _under_heading(s: Sentence) -> list[Sentence]:
    """The vote read with the nearest heading above it in its passage, which names the matter voted on (a protocol's
    "§ 34 Simhall – förstudie" over "Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen ..."), or, when the
    passage opens below that heading, with its section's title (the chunker's section: "§ 98 VA-taxa 2027" over a
    passage cut after the fee table); [] without either."""
    from dataclasses import replace

    from assistant.evidence.headings import headings_above

    heading = next(iter(headings_above(s)), None) or (s.chunk.section or "").strip() or None
    return [replace(s, text=f"{heading.lstrip('#').strip()}: {s.text}")] if heading else []


def _best_vote(claim: str, sentences: Sequence[Sentence], about: Callable[[Sentence, frozenset[str]], float],
               checked: frozenset[str]) -> tuple[Sentence, str] | None:
    """The sentence stating a vote with votes against whose passage is most about the claim's subject (`checked`:
    the claim's stems it need not name), with the vote as written; None below the answer threshold."""
    from assistant.compose.answer import REFUSE_BELOW

    named = set(bodies_in(claim))
    best: tuple[float, Sentence, str] | None = None
    for s in sentences:
        vote = split_vote(s.text)
        if not vote or says_unanimous(s.text):
            continue
        if named and not named & governing_bodies(s, sentences):
            continue  # another body's vote
        passage = _passage(s, list(sentences))
        if _years_agree(claim, s, set()) is not None and not _years_above(claim, s):
            continue  # a vote of another year
        score = max(about(p, checked) for p in (*passage, *_under_heading(s)))
        if best is None or score > best[0]:
            best = (score, s, vote)
    if best is None or best[0] < REFUSE_BELOW:
        return None
    return best[1], best[2]
