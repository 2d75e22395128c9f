"""Asking the Assistant for one turn, at the chat's edge: a failing question becomes a readable message,
and a refusal under filters is checked once without them (so the chat can say the filters caused it)."""
from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from core.errors import KommunError
from assistant.ui.conversation import Turn, history, new_turn_id, question_language
from assistant.ui.texts import text

log = logging.getLogger("kommun.ui")


def ask_turn(assistant: Any, question: str, turns: Sequence[Turn], filters: dict[str, Any] | None,
             default_lang: str) -> Turn:
    """A new Turn for `question` after `turns`; never raises for a failing question."""
    lang = question_language(question, default_lang)
    started = time.perf_counter()
    asked = history(list(turns))
    try:
        answer = assistant.ask(question, history=asked, filters=filters)
        filtered_out = False
        if answer.refused and filters:
            filtered_out = not assistant.ask(question, history=asked, filters=None).refused
        return Turn(new_turn_id(), question, answer=answer, elapsed_s=time.perf_counter() - started,
                    lang=lang, filters=filters, filtered_out=filtered_out)
    except KommunError as error:
        return Turn(new_turn_id(), question, error=str(error), lang=lang, filters=filters)
    except Exception as error:  # the edge: a failing question becomes a message, never a stack trace
        log.exception("question failed: %r", question)
        return Turn(new_turn_id(), question, error=text(lang, "unexpected", kind=type(error).__name__),
                    lang=lang, filters=filters)
