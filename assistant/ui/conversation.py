"""The conversation as the chat keeps it in st.session_state: a list of turns, oldest first."""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from assistant.types import Answer


@dataclass(frozen=True, slots=True)
class Turn:
    """One question and what came back: an Answer, or a readable error message."""

    id: str
    question: str
    answer: Answer | None = None
    error: str | None = None
    elapsed_s: float | None = None


def new_turn_id() -> str:
    return uuid.uuid4().hex[:12]


def history(turns: list[Turn]) -> tuple[str, ...]:
    """The earlier questions, oldest first, as `Assistant.ask(history=...)` expects them."""
    return tuple(turn.question for turn in turns)
