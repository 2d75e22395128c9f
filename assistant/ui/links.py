"""A link to an answer: the conversation's questions (and the language and filters they were asked with)
in the URL's query, so opening the link asks them again and shows the same answer.

`?q=Hur+mycket+får+Socialnämnden+2021%3F&q=Och+2023%3F&lang=sv&f={"doc_type":["budget"]}`
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

MAX_QUESTIONS = 20  # a link replays at most this many questions
MAX_QUESTION_CHARS = 1000


@dataclass(frozen=True, slots=True)
class Link:
    questions: tuple[str, ...]
    lang: str | None = None
    filters: dict[str, Any] | None = None


def link_params(questions: Sequence[str], lang: str, filters: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """For st.query_params.from_dict: the questions (repeated "q"), the language and the filters."""
    params: dict[str, Any] = {"q": list(questions)[-MAX_QUESTIONS:], "lang": lang}
    if filters:
        params["f"] = json.dumps(dict(filters), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return params


def link_query(questions: Sequence[str], lang: str, filters: Mapping[str, Any] | None = None) -> str:
    """The query string (with its "?") that reproduces the last of `questions` after the ones before it."""
    params = link_params(questions, lang, filters)
    pairs = [("q", q) for q in params.pop("q")] + list(params.items())
    return "?" + urlencode(pairs)


def _filters(raw: str | None) -> dict[str, Any] | None:
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    kept: dict[str, Any] = {}
    for key in ("doc_type", "docs", "municipality"):
        if isinstance(value.get(key), list) and all(isinstance(v, str) for v in value[key]):
            kept[key] = list(value[key])
    for key in ("year_from", "year_to"):
        if isinstance(value.get(key), int):
            kept[key] = value[key]
    return kept or None


def read_link(params: Mapping[str, Any], get_all: Any) -> Link | None:
    """The Link in st.query_params (`get_all` is its get_all), None when it holds no question.
    Anything malformed is dropped, never raised: a link is user input."""
    questions = tuple(q.strip()[:MAX_QUESTION_CHARS] for q in get_all("q") if q and q.strip())[:MAX_QUESTIONS]
    if not questions:
        return None
    lang = params.get("lang")
    return Link(questions=questions, lang=lang if lang in ("sv", "en") else None, filters=_filters(params.get("f")))
