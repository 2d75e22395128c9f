"""A quotation under a heading: the wording of the text the heading names.

"vad står det i kommunens vision 2040?" asks the vision's own words. A document that states them sets them as a
quotation right under a heading naming the text ("Vision 2040" over "“Alingsås är Västsveriges vackraste kulturstad
i en levande bygd. Genom nytänkande ... för alla.”"); a sentence naming the vision in passing ("I kommunens vision
för 2040 är Alingsås ...") paraphrases it. The quotation is quoted whole, each of its sentences.

    asks_wording(question) -> bool               # the question asks what a text says, not what it says of a topic
    quoted_under(s, covered) -> bool             # s opens a quotation under a heading naming the asked text
    quotation_rest(s) -> list[Sentence]          # the quotation's sentences after s, up to its closing mark
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from assistant.evidence.headings import is_heading, lines_above
from assistant.evidence.sentences import Sentence, split_sentences

# "vad står det i X", "hur lyder X", "what does X say" (not "vad säger X om Y": what X says of a topic)
WORDING = re.compile(r"\bvad står (?:det )?i\b|\b(?:hur|vad) lyder\b|\bwhat does\b(?!.*\babout\b).*\bsay\b", re.I)
OPENING = ("“", "\"", "”", "«", "„")  # Swedish typesetting opens with ” as often as with “
CLOSING = ("”", "\"", "»", "“")
MAX_REST = 4  # sentences of one quotation quoted after its first


def asks_wording(question: str) -> bool:
    return WORDING.search(question) is not None


def quoted_under(s: Sentence, covered: Callable[[str], set[int]], asked: set[int]) -> bool:
    """`s` opens a quotation on the line right under a heading that names some of the `asked` concepts (`covered`:
    the concepts a text names), the heading with its document's title naming all of them."""
    if not s.text.lstrip().startswith(OPENING):
        return False
    above = [line.strip() for line in lines_above(s) if line.strip()]
    if not above or not is_heading(above[0]):
        return False
    said = covered(above[0])
    return bool(said) and asked <= said | covered(s.chunk.title or "")


def _closes(text: str) -> bool:
    return text.rstrip().rstrip(".!?").endswith(CLOSING) or text.rstrip().endswith(CLOSING)


def quotation_rest(s: Sentence) -> list[Sentence]:
    """The sentences of the passage after `s` up to the one closing the quotation `s` opens; [] when `s` closes it
    itself or the passage ends before the quotation closes."""
    if _closes(s.text.lstrip()[1:]):
        return []
    text, at = s.chunk.text, s.chunk.start
    out = []
    for start, stop in split_sentences(s.chunk):
        if start < s.end:
            continue
        part = text[start - at:stop - at]
        out.append(replace(s, start=start, end=stop, text=part, similarity=None))
        if _closes(part):
            return out
        if len(out) == MAX_REST:
            break
    return []
