"""A row's note: "Vilken not hänvisar raden Generella statsbidrag till?" is answered by the row's cell in the
table's "Not" column, cited by the row itself."""
from __future__ import annotations

from collections.abc import Sequence

from assistant.budget.compose import FigureAnswer
from assistant.budget.matching import tokens
from assistant.budget.records import Row, Table

NOTE_WORDS = {"sv": frozenset({"not", "noten", "noter", "notnummer", "notnumret", "nothänvisning", "nothänvisningen"}),
              "en": frozenset({"note", "notes", "footnote"})}


def asks_note(question: str, language: str) -> bool:
    """The question asks which note a row refers to (in English "not" is a negation, not a note)."""
    return bool(set(tokens(question)) & NOTE_WORDS["en" if language == "en" else "sv"])


def note_answer(question: str, rows: Sequence[str], tables: Sequence[Table], language: str) -> FigureAnswer | None:
    """The note of the one row the question names, from the first table whose row has one; None otherwise."""
    if len(rows) != 1 or not asks_note(question, language):
        return None
    found: list[tuple[Table, Row]] = [(t, r) for t in tables for r in t.rows if r.label == rows[0] and r.note]
    if not found:
        return None
    table, row = found[0]
    if language == "en":
        text = f"The row {row.label} in {table.title} refers to note {row.note} [1]."
    else:
        text = f"Raden {row.label} i {table.title} hänvisar till not {row.note} [1]."
    return FigureAnswer(text=text, sources=(row.source,), calculation=None, language=language)
