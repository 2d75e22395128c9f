"""Thumbs up/down and comments, appended to KOMMUN_DATA_DIR/feedback.jsonl (one JSON object a line).

A comment is written as a new line for the same `message_id`; the last line for a message counts.
"""
from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from core.types import Answer

FEEDBACK_FILE = "feedback.jsonl"
RATINGS = {0: "down", 1: "up"}  # st.feedback("thumbs") returns 0 for down, 1 for up
_LOCK = threading.Lock()


def feedback_record(message_id: str, answer: Answer, rating: int | None, comment: str = "",
                    now: datetime | None = None) -> dict[str, Any]:
    stamp = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    return {
        "timestamp": stamp,
        "message_id": message_id,
        "question": answer.question,
        "answer": answer.answer,
        "refused": answer.refused,
        "verdict": answer.verdict,
        "citations": [c.to_json() for c in answer.citations],
        "rating": RATINGS.get(rating) if rating is not None else None,
        "comment": comment.strip(),
    }


def append_feedback(data_dir: Path, record: dict[str, Any]) -> Path:
    """Append one record; creates the data dir if needed. Returns the file written."""
    path = Path(data_dir) / FEEDBACK_FILE
    line = json.dumps(record, ensure_ascii=False)
    with _LOCK:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
    return path
