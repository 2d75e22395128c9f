"""A follow-up that points back at what the earlier answer said ("Hur ska det finansieras?", "hur mycket av det
hamnade på vuxenavdelningen?") is answered in the passage that answer quoted: "det" is the earlier answer's
subject, and the passage goes on to say how it is paid for or divided.

    continuing(sentences, earlier, similarity) -> sentences, the continuation first
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.evidence.sentences import Sentence, is_statement
from core.types import Citation

LEAD = 1e-3  # how far the continuation is put ahead of the best-scored sentence


def continuing(sentences: list[Sentence], earlier: Sequence[Citation],
               similarity: Callable[[list[Sentence]], list[float]],
               about: Callable[[Sentence], bool] = lambda s: True, strict: bool = False,
               passage: Sequence[Sentence] = (), offered: frozenset[tuple[str, int]] = frozenset()) -> list[Sentence]:
    """The sentences with the one that continues the earlier answer's passage first: of the statements in the
    passages (chunks) the earlier answer cited, other than the ones it quoted, the one most similar to the
    follow-up's own words (`similarity`: the follow-up's cosine to each sentence). Unchanged when the earlier
    answer cited nothing among them. Those that say the follow-up's own topic (`about`: "äldreomsorgen" in "Vad sa
    hon om äldreomsorgen?") come first; a contact line of the same passage does not answer it. `strict`: only
    those continue it (a later part of one question may ask about something the passage does not say).
    `passage`: every sentence of the cited passages, when `sentences` (the best of the whole search) may have
    left out the one that continues it ("... finansieras genom en riktad besparing" after "600 tkr tillskjuts").
    `offered`: (doc, start) of the earlier answer's quotes it only offered under "Se även": not said, so one of them
    may continue it ("dels för X, dels för Y": the first part's answer offered the sentence about Y)."""
    passages = {c.chunk_id for c in earlier if c.chunk_id}
    quoted = {(c.doc, c.start) for c in earlier} - offered
    found = {(s.chunk.id, s.start) for s in sentences}
    pool = list(sentences) + [s for s in passage if (s.chunk.id, s.start) not in found]
    candidates = [s for s in pool if s.chunk.id in passages and (s.chunk.doc_path, s.start) not in quoted
                  and is_statement(s.text) and not _heading(s)]
    if not candidates:
        return sentences
    candidates = [s for s in candidates if about(s)] or ([] if strict else candidates)
    if not candidates:
        return sentences
    scores = similarity(candidates)
    best = candidates[max(range(len(candidates)), key=lambda i: (scores[i], -i))]
    top = max(s.score for s in sentences)
    return [replace(best, score=top + LEAD)] + [s for s in sentences if s is not best]


def _heading(s: Sentence) -> bool:
    """The sentence is its document's title or its passage's section heading repeated, or a line of the same kind
    (a page's running header, "Sandvikens kommun Delårsrapport augusti 2024"): no verb, no figure but a year, no
    closing stop. A heading says what the passage is about, not how it goes on."""
    text = s.text.strip(" .:#*").casefold()
    return any(text == (name or "").strip(" .:#*").casefold() for name in (s.chunk.title, s.chunk.section)) \
        or _verbless_line(s.text)


def _verbless_line(text: str) -> bool:
    """A line that states nothing: no finite verb, no figure other than a year, no sentence end; a table's row
    (cells apart by tabs) states its figures."""
    from assistant.understand.words import is_clear_verb, words
    from core.years import YEAR

    line = text.strip()
    return "\t" not in line and not re.search(r"[.!?]\W*$", line) and not re.search(r"\d", YEAR.sub(" ", line)) \
        and not any(is_clear_verb(w.lower()) for w in words(line))
