"""Names typed in lower case ("daniel filipsson är sosse"): read as the documents write them, capitalised.

A question typed quickly writes a person's name in lower case; what reads a name (a claim about someone's party or
role) looks for capitals. A word the documents write capitalised inside a sentence and never in lower case
(sentences.TermStats.name_forms) is part of a name; two or more such words in a row (a first and a last name) are
capitalised. A single one is often a noun too ("berg", "region"). No word list: the documents' own writing decides.
"""
from __future__ import annotations

import re
from collections.abc import Container

LOWER_WORDS = re.compile(r"(?<![^\W\d_])[a-zåäöé][^\W\d_]{1,}(?:\s+[a-zåäöé][^\W\d_]{1,})+")
MIN_NAME_WORDS = 2


def capitalised_names(text: str, names: Container[str]) -> str:
    """`text` with each run of at least MIN_NAME_WORDS lower-case words the documents write only as names (`names`,
    lower case) capitalised."""
    def fixed(m: re.Match[str]) -> str:
        words = re.split(r"(\s+)", m.group())
        out, run = [], []
        for i in range(0, len(words), 2):
            word = words[i]
            if word in names:
                run.append(i)
            else:
                out.append(run)
                run = []
        out.append(run)
        for run in out:
            if len(run) >= MIN_NAME_WORDS:
                for i in run:
                    words[i] = words[i].capitalize()
        return "".join(words)

    return LOWER_WORDS.sub(fixed, text)
