"""The conversation as the chat keeps it in st.session_state: a list of turns, oldest first."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from assistant.understand.language import ENGLISH, SWEDISH, WORD, answer_language, detect_language
from core.types import Answer


@dataclass(frozen=True, slots=True)
class Turn:
    """One question and what came back: an Answer, or a readable error message.

    `filters` are the ones the question was asked with; `filtered_out` is True when the answer was refused
    with them but the same question without them finds an answer."""

    id: str
    question: str
    answer: Answer | None = None
    error: str | None = None
    elapsed_s: float | None = None
    lang: str | None = None  # the language the turn is shown in; see turn_language
    filters: dict[str, Any] | None = None
    filtered_out: bool = False


def new_turn_id() -> str:
    return uuid.uuid4().hex[:12]


def history(turns: list[Turn]) -> tuple[str, ...]:
    """The earlier questions, oldest first, as `Assistant.ask(history=...)` expects them."""
    return tuple(turn.question for turn in turns)


def question_language(question: str, default: str) -> str:
    """The language a question is written in, "sv" or "en"; `default` (the switch) when its words do not
    tell ("Och 2023?" is Swedish, "2023?" is not decided)."""
    words = [w.lower() for w in WORD.findall(question)]
    if not any(w in SWEDISH or w in ENGLISH or any(c in w for c in "åäö") for w in words):
        return default  # no word tells: detect_language's "sv" would only be its fallback
    return answer_language(detect_language(question))


def turn_language(turn: Turn, default: str) -> str:
    """One language per turn: the answer's (it follows the question), else the question's, else the switch."""
    if turn.answer is not None and turn.answer.language in ("sv", "en"):
        return turn.answer.language
    return turn.lang or question_language(turn.question, default)


def conversation_language(turns: list[Turn], default: str, asking: str | None = None) -> str:
    """The language the conversation is in now (for the chat input): the question being asked, else the
    newest turn's, else the switch."""
    if asking:
        return question_language(asking, default)
    return turn_language(turns[-1], default) if turns else default
