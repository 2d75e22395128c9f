"""Fit `understand/cognates.COGNATE_SIMILARITY` for an embedder: the glossary's one-word English entries, each read
as the best cognate the index's vocabulary offers, against the glossary's own translation.

    KOMMUN_DATA_DIR=... python -m evals.cognate_sweep [PRECISION]

Prints every entry with its best candidate's cosine and whether it is the glossary's word, then the lowest cosine
above which the share of right ones stays at least PRECISION (0.95). Uses no evaluation question.
"""
from __future__ import annotations

import sys

from assistant.evidence.sentences import TermStats
from assistant.storage.index import open_index
from assistant.understand.cognates import Cognates, candidates
from assistant.understand.query import glossary, stems
from core.settings import Settings


def is_translation(stem: str, swedish: list[str]) -> bool:
    """The candidate is one of the glossary's words, or a form or compound of one."""
    gold = {s for w in swedish for s in stems(w, drop_stopwords=False)}
    return any(stem.startswith(g) or g.startswith(stem) for g in gold if len(g) >= 4)


def threshold(rows: list[tuple[float, bool]], precision: float) -> float | None:
    """The lowest cosine at which the right share of all entries at or above it is still `precision`."""
    best, right = None, 0
    for n, (similarity, ok) in enumerate(sorted(rows, reverse=True), 1):
        right += ok
        if right / n >= precision:
            best = similarity
    return best


def main(argv: list[str]) -> int:
    precision = float(argv[0]) if argv else 0.95
    index = open_index(Settings.from_env())
    stats = TermStats(index.chunks)
    reader = Cognates(stats.lookup, index.embedder.embed_documents, threshold=-1.0)
    rows = []
    for english, swedish in sorted(glossary().items()):
        if " " in english or english in stats.vocab or not candidates(english, stats.lookup):
            continue
        found = reader.of(english)
        vector, found_vector = reader._vector([english, found])
        similarity = float(sum(a * b for a, b in zip(vector, found_vector)))
        ok = is_translation(found, swedish)
        rows.append((similarity, ok))
        print(f"{similarity:.3f} {'+' if ok else '-'} {english} -> {found} ({swedish[0]})")
    print(f"{index.model_id}: {threshold(rows, precision)} ({len(rows)} entries, precision {precision})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
