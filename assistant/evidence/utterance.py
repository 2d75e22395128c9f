"""A quoted person's whole utterance: a press release quotes a speaker in a paragraph opened by a dash and closed by
the reporting clause ("– Vi blir fler äldre i Tranemo och det måste synas i budgeten. Med de här pengarna kan vi korta
kön ..., säger Maria Lindqvist (C)."). The sentence naming the speaker is only the utterance's last sentence; asked
what the speaker said, the answer quotes all of it.

    whole_utterance(sentence, text) -> the sentence extended back to the dash opening its paragraph
    names_speaker(text) -> the text names whom it quotes ("..., säger Simon Waern (S), ...")
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.evidence.sentences import Sentence

# the clause closing a quotation: a reporting verb and the speaker's capitalised name ("..., säger Maria Lindqvist")
QUOTING = r"(?:säger|sa|sade|says|said)"  # the reporting verbs of a quotation's closing clause
CLOSING = re.compile(rf",\s+{QUOTING}\s+[A-ZÅÄÖ]")
OPENING = re.compile(r"[ \t]*[–—-][ \t]*")  # the dash opening a quoted paragraph
# a reporting verb before the speaker's capitalised name, a title or two between ("säger kommunalrådet Anna Berg")
SPEAKER = re.compile(rf"\b{QUOTING}\s+(?:[a-zåäö]+\s+){{0,3}}[A-ZÅÄÖ]")


def names_speaker(text: str) -> bool:
    """The text quotes someone and names them: "..., säger Simon Waern (S), kommunstyrelsens vice ordförande." names
    who is quoted; "Samuel Carlén (S) har inkommit med ett initiativ" names a person but quotes no one."""
    return SPEAKER.search(text) is not None


def whole_utterance(sentence: Sentence, text: str) -> Sentence:
    """`sentence` extended back to the start of the quotation it closes, within its passage: the paragraph it is
    in opens with a dash and the sentence ends with the reporting clause. Unchanged otherwise (a sentence opening
    its paragraph, a paragraph of prose, a sentence that names no speaker)."""
    if not CLOSING.search(sentence.text):
        return sentence
    start = max(text.rfind("\n", 0, sentence.start) + 1, sentence.chunk.start)
    opening = OPENING.match(text, start)
    if opening is None or opening.end() >= sentence.start:
        return sentence
    return replace(sentence, start=opening.end(), text=text[opening.end():sentence.end])
