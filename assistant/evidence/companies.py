"""Companies: a question asking which company ("vilket företag", "vilken byggfirma", "vilket byggbolag") and a text
naming one by its name and legal form ("Bergslagens Bygg AB", "Katrineholms Fastighets AB (KFAB)"); the words are
roles_sv.json company_nouns and company_forms."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _company_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a company by name and legal form, the legal form and short name after a name), roles_sv.json company_forms."""
    from assistant.evidence.claims import roles

    forms = "|".join(map(re.escape, roles()["company_forms"]))
    return (re.compile(rf"\b[A-ZÅÄÖ][\wåäöé-]+(?:\s+[\wåäöé-]+){{0,3}}\s+(?:{forms})\b"),
            re.compile(rf"\s+(?:{forms})\b(?:\s+\([A-ZÅÄÖ]{{2,}}\))?"))


def with_company_form(text: str, name: re.Match) -> str:
    """The name with the company form and short name written after it: "Katrineholms Fastighets AB (KFAB)"."""
    after = _company_patterns()[1].match(text, name.end())
    return name.group() + after.group() if after else name.group()


@lru_cache(maxsize=256)
def asks_company(question: str) -> bool:
    """The question's asked noun names a company ("vilket företag", "vilken entreprenör", "vilket byggbolag"), by
    roles_sv.json company_nouns, the head of a compound too. Cached: asked of every sentence a question scores."""
    from assistant.understand.query import stems
    from assistant.understand.words import asked_noun

    noun = asked_noun(question)
    found = stems(noun, drop_stopwords=False) if noun else []
    return bool(found) and any(found[0].endswith(k) for k in _company_noun_stems())


@lru_cache(maxsize=1)
def _company_noun_stems() -> frozenset[str]:
    from assistant.evidence.claims import roles
    from assistant.understand.query import stems

    return frozenset(k for w in roles()["company_nouns"] for k in stems(w, drop_stopwords=False))


def names_company(text: str) -> bool:
    """A company by name and legal form ("byggs av Katrineholms Fastighets AB")."""
    return _company_patterns()[0].search(text) is not None
