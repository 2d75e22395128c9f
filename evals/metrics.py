"""Pure metric functions: passage matching, ranks, numbers in answer text, citations, refusals, latency.

No I/O and no imports from the system under test: the evaluation must not share bugs with what it
measures (numbers are parsed here independently of assistant/budget/numbers.py).
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from difflib import SequenceMatcher
from pathlib import PurePosixPath

from evals.questions import GoldNumber, normalize_for_match

MIN_COVERAGE = 0.6  # share of a gold quote that must appear contiguously in a passage or citation
MIN_PARTIAL_CHARS = 25  # a partial match must share at least this many characters

SCALE = {"kr": Decimal(1), "tkr": Decimal(1000), "mnkr": Decimal(10) ** 6, "mdkr": Decimal(10) ** 9}


def doc_key(path: str | None) -> str:
    """Documents are compared by file name: citations may show paths relative to another directory."""
    return PurePosixPath(str(path).replace("\\", "/")).name if path else ""


def coverage(quote: str, text: str) -> float:
    """Share of `quote` (normalised) found as one contiguous run inside `text` (normalised), 0..1."""
    q, t = normalize_for_match(quote), normalize_for_match(text)
    if not q:
        return 0.0
    if q in t:
        return 1.0
    match = SequenceMatcher(None, t, q, autojunk=False).find_longest_match(0, len(t), 0, len(q))
    return match.size / len(q) if match.size >= MIN_PARTIAL_CHARS else 0.0


def passage_matches(text: str, quote: str, min_coverage: float = MIN_COVERAGE) -> bool:
    """True when the passage contains the quote, or most of it (a chunk boundary may split a quote)."""
    return coverage(quote, text) >= min_coverage


def first_hit_rank(passages: Sequence[tuple[str | None, str]], gold_docs: Iterable[str],
                   gold_quotes: Sequence[str]) -> int | None:
    """1-based rank of the first passage (doc, text) from a gold document holding any gold quote."""
    docs = {doc_key(d) for d in gold_docs}
    for rank, (doc, text) in enumerate(passages, start=1):
        if doc is not None and docs and doc_key(doc) not in docs:
            continue
        if any(passage_matches(text, quote) for quote in gold_quotes):
            return rank
    return None


def hit_at(rank: int | None, k: int) -> float:
    return 1.0 if rank is not None and rank <= k else 0.0


def reciprocal_rank(rank: int | None) -> float:
    return 1.0 / rank if rank else 0.0


# ---------------------------------------------------------------- numbers in answer text

@dataclass(frozen=True, slots=True)
class FoundNumber:
    value: Decimal  # as written, in `unit`
    unit: str | None  # kr, tkr, mnkr, mdkr, %, or None


_UNIT_WORDS: tuple[tuple[str, str], ...] = (
    (r"miljoner kronor|miljon kronor|million kronor|miljoner|miljon|millions?|mnkr|mkr|mn|msek|sek m", "mnkr"),
    (r"miljarder kronor|miljard kronor|miljarder|miljard|billions?|mdkr|mdr|md", "mdkr"),
    (r"tusen kronor|tusen|thousand|tkr", "tkr"),
    (r"kronor|kr|sek", "kr"),
    (r"%|procent|percent|per cent", "%"),
    (r"öre", "öre"),  # a hundredth of a krona: "höjs med 20 öre" states 0,20 kr
)
_ORE_PER_KRONA = Decimal(100)
_UNIT_RE = re.compile(r"\s*(" + "|".join(words for words, _ in _UNIT_WORDS) + r")(?![\wåäö])", re.IGNORECASE)
_GROUPED = re.compile(r"(?<![\d,.])[-\u2212\u2013]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d])")
_PLAIN = re.compile(r"(?<![\d,.])[-\u2212\u2013]?\d+(?:[.,]\d+)*(?![\d])")
_SEK_PREFIX = re.compile(r"sek\s*$", re.IGNORECASE)
_CITATION_MARK = re.compile(r"\[\d+\]")  # "[4]" points at a source; it states no figure
# small numbers written as words ("minst en procent", "två miljoner kronor") count when a unit follows them
_NUMBER_WORDS = {
    word: Decimal(value)
    for words, value in (("en ett one", 1), ("två two", 2), ("tre three", 3), ("fyra four", 4), ("fem five", 5),
                         ("sex six", 6), ("sju seven", 7), ("åtta eight", 8), ("nio nine", 9), ("tio ten", 10))
    for word in words.split()
}
_NUMBER_WORD = re.compile(r"(?<![\wåäö])(" + "|".join(_NUMBER_WORDS) + r")(?![\wåäö])", re.IGNORECASE)


def _unit_after(text: str, end: int) -> str | None:
    match = _UNIT_RE.match(text, end)
    if not match:
        return None
    word = match.group(1).lower()
    for words, unit in _UNIT_WORDS:
        if re.fullmatch(words, word, re.IGNORECASE):
            return unit
    return None


def _group_candidates(token: str, unit: str | None) -> list[FoundNumber]:
    """'205 172 209 559' could be one number or a run of table cells: every well-formed sub-run.

    Only sub-runs that end the token carry the unit written after it; none starts with a "0" group.
    """
    body, _, frac = token.lstrip("-\u2212\u2013").partition(",")
    groups = re.split(r"[ \u00a0\u202f]", body)
    found = []
    for i in range(len(groups)):
        if i > 0 and groups[i].startswith("0"):
            continue
        for j in range(i + 1, len(groups) + 1):
            at_end = j == len(groups)
            digits = "".join(groups[i:j]) + (f".{frac}" if frac and at_end else "")
            found.append(FoundNumber(Decimal(digits), unit if at_end else None))
    return found


def plain_number(token: str, language: str) -> Decimal | None:
    """'4,7' / '4.7' / '2,421,049' / '2.421.049' / '4000' -> Decimal; the answer's language breaks ties.

    English answers quote Swedish documents, so a comma is a decimal comma unless groups of exactly
    three digits follow it in an English answer ("2,421,049"); dots likewise for Swedish answers.
    A token with both marks groups by the one and ends on the other ("2,871.6", "2.871,6") in any language.
    """
    grouped = re.fullmatch(r"\d{1,3}(?:([.,])\d{3})+", token)
    if grouped and (grouped.group(1) == "," if language == "en" else grouped.group(1) == "."):
        return Decimal(re.sub(r"[.,]", "", token))
    mixed = re.fullmatch(r"\d{1,3}(?:([.,])\d{3})+([.,])(\d+)", token)
    if mixed and mixed.group(1) != mixed.group(2):
        whole = token[:mixed.start(2)].replace(mixed.group(1), "")
        return Decimal(f"{whole}.{mixed.group(3)}")
    parts = re.split(r"[.,]", token)
    if len(parts) > 2:
        return None  # "1.2.3": a date or a section number, not an amount
    return Decimal(".".join(parts))


def extract_numbers(text: str, language: str = "sv") -> list[FoundNumber]:
    """Every number in an answer with the unit written after it (tkr/mnkr/kr/miljoner/%/...).

    Signs are dropped (a deficit is often written "underskott på 14,3 miljoner"); English answers may
    use "14.3" and "2,421,049"; "SEK 10 million" reads as mnkr, "SEK 300" as kr, "30 öre" as 0,30 kr. Citation
    marks ("[4]") are no figures; a number word counts before a unit ("en procent").
    """
    text = _CITATION_MARK.sub(" ", normalize_for_match(text))
    found: list[FoundNumber] = []
    taken: list[tuple[int, int]] = []
    for match in _GROUPED.finditer(text):
        unit = _unit_after(text, match.end())
        found.extend(_group_candidates(match.group(), unit))
        taken.append(match.span())
    for match in _PLAIN.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        raw = plain_number(match.group().lstrip("-\u2212\u2013"), language)
        if raw is None:
            continue
        unit = _unit_after(text, match.end())
        if unit is None and _SEK_PREFIX.search(text[:match.start()]):
            unit = "kr"
        found.append(FoundNumber(raw, unit))
    for match in _NUMBER_WORD.finditer(text):
        unit = _unit_after(text, match.end())
        if unit is not None:
            found.append(FoundNumber(_NUMBER_WORDS[match.group(1).lower()], unit))
    return [FoundNumber(f.value / _ORE_PER_KRONA, "kr") if f.unit == "öre" else f for f in found]


def number_matches(gold: GoldNumber, found: FoundNumber, rel_tol: float = 0.005) -> bool:
    """Same magnitude within a relative tolerance, after converting money units to kronor."""
    tol = Decimal(str(rel_tol))
    target = abs(gold.value)
    if gold.unit in SCALE:
        if found.unit in SCALE:
            want, got = target * SCALE[gold.unit], found.value * SCALE[found.unit]
        elif found.unit is None:
            want, got = target, found.value  # a figure written without its unit, e.g. in a table row
        else:
            return False
    elif gold.unit == "%":
        if found.unit not in ("%", None):
            return False
        want, got = target, found.value
        if _rounds_to(got, target):
            return True
    else:  # "st": a count, whatever word follows it
        want, got = target, found.value
    if want == 0:
        return got == 0
    return abs(got - want) <= tol * want


def _places(value: Decimal) -> int:
    return max(0, -int(value.as_tuple().exponent))


def _rounds_to(found: Decimal, gold: Decimal) -> bool:
    """A share stated with other decimals than the gold is the gold's figure when the more precise of the two
    rounds to the other: "0,83 %" for "cirka 0,8 procent", and "3,7 %" for "cirka 3,68 %" (a share said with at
    least one decimal; "4 %" is no answer to 3,68)."""
    found, gold = abs(found), abs(gold)
    if _places(found) > _places(gold):
        precise, rounded = found, gold
    elif 1 <= _places(found) < _places(gold):
        precise, rounded = gold, found
    else:
        return False
    step = Decimal(1).scaleb(-_places(rounded))
    return precise.quantize(step, rounding=ROUND_HALF_UP) == rounded


def numbers_found(gold_numbers: Sequence[GoldNumber], answer_text: str, language: str = "sv",
                  rel_tol: float = 0.005) -> list[bool]:
    found = extract_numbers(answer_text, language)
    return [any(number_matches(g, f, rel_tol) for f in found) for g in gold_numbers]


# ---------------------------------------------------------------- citations

def text_of(doc: str, doc_texts: dict[str, str]) -> str | None:
    """The document's text by its own path, else by its file name."""
    return doc_texts.get(doc) or doc_texts.get(doc_key(doc))


def quote_is_verbatim(quote: str, doc_text: str | None) -> bool:
    return bool(doc_text) and bool(quote.strip()) and normalize_for_match(quote) in normalize_for_match(doc_text)


def citation_precision(citations: Sequence[tuple[str, str]], gold_docs: Iterable[str],
                       doc_texts: dict[str, str]) -> float | None:
    """Share of citations (doc, quote) whose quote stands verbatim in a gold document; None: no citations."""
    if not citations:
        return None
    docs = {doc_key(d) for d in gold_docs}
    good = sum(1 for doc, quote in citations
               if doc_key(doc) in docs and quote_is_verbatim(quote, text_of(doc, doc_texts)))
    return good / len(citations)


def evidence_recall(citations: Sequence[tuple[str, str]], gold_docs: Iterable[str],
                    gold_quotes: Sequence[str]) -> float | None:
    """Share of gold quotes covered (mostly) by a citation from a gold document; None: no gold quotes."""
    if not gold_quotes:
        return None
    docs = {doc_key(d) for d in gold_docs}
    quotes = [quote for doc, quote in citations if doc_key(doc) in docs]
    covered = sum(1 for gold in gold_quotes if any(coverage(gold, q) >= MIN_COVERAGE for q in quotes))
    return covered / len(gold_quotes)


# ---------------------------------------------------------------- refusals, verdicts, latency

def refusal_precision_recall(pairs: Iterable[tuple[bool, bool]]) -> tuple[float | None, float | None]:
    """(gold refused, answer refused) pairs -> (precision, recall) of refusing; None when undefined."""
    pairs = list(pairs)
    true_pos = sum(1 for gold, got in pairs if gold and got)
    predicted = sum(1 for _, got in pairs if got)
    actual = sum(1 for gold, _ in pairs if gold)
    return (true_pos / predicted if predicted else None, true_pos / actual if actual else None)


def accuracy(flags: Iterable[bool]) -> float | None:
    flags = list(flags)
    return sum(flags) / len(flags) if flags else None


def mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def percentile(values: Sequence[float], p: float) -> float | None:
    """Nearest-rank percentile (p in 0..100): deterministic, always one of the values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]
