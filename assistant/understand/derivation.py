"""Derivation: the base a Swedish stem is derived from, so that words of one family meet ("kritiserade" and
"kritik", "budgeterat" and "budget", "finansiering" and "finansiera").

The stemmer strips inflection ("kritiserade" -> "kritiser"); derivation changes the word class and keeps the
stem's base: verbs in -era/-isera, their nouns in -ering/-ning, adjectives in -isk, nouns in -ik/-itet/-het.
Stripping one derivational ending from a stem gives its base; two stems with the same base are one family.
"""
from __future__ import annotations

# Derivational endings of stems, longest first (after the stemmer: "kritiserade" -> "kritiser", "kritik",
# "kritisk", "budgeter", "finansiering"). Only the first (longest) that leaves MIN_BASE letters is stripped.
DERIVATIONAL_ENDINGS = ("isering", "isation", "ering", "ation", "ning", "iser", "itet", "ing", "isk", "het", "era", "ik", "er")
MIN_BASE = 4  # a shorter base is shared by chance ("rik", "rik-tig", "rik-ta")
# A verb in -isera joins its noun with a linking "t" or "at" ("prognos-t-isera", "problem-at-isera"): the base without
# it is a second candidate for the family.
LINKED_ENDINGS = ("isering", "iser")
LINKS = ("at", "t")


def derivational_base(stem: str) -> str:
    """The stem without its derivational ending ("kritiser" -> "krit", "kritik" -> "krit", "budgeter" -> "budget");
    the stem itself when it has none or the rest would be shorter than MIN_BASE."""
    for ending in DERIVATIONAL_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_BASE:
            return stem[:-len(ending)]
    return stem



def derivational_bases(stem: str) -> tuple[str, ...]:
    """The candidate bases of the stem: its derivational base, and for a verb in -isera also that base without a
    linking "t" or "at" ("prognostiser" -> "prognost", "prognos"; "problematiser" -> "problemat", "problem"). A
    second candidate joins a family only when a word of the documents has it as its base."""
    base = derivational_base(stem)
    bases = [base]
    if base != stem and any(stem == base + ending for ending in LINKED_ENDINGS):
        bases += [base[:-len(link)] for link in LINKS if base.endswith(link) and len(base) - len(link) >= MIN_BASE][:1]
    return tuple(bases)
