"""`kommun ask`: one question for a person, one JSON object, or a JSONL batch (models loaded once).

    kommun ask "Hur stort är sparkravet för nämnden för arbete, kompetens och välfärd?"
    kommun ask --json "Vem är kommunstyrelsens ordförande?"
    kommun ask --json --batch questions.jsonl      # lines: {"id": ..., "question": ..., "history": [...]}
    kommun ask --check "Simon Waern (S) är kommunstyrelsens ordförande"
"""
from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from assistant.budget.numbers import format_number
from assistant.errors import KommunError
from assistant.settings import Settings
from assistant.types import Answer, Citation

VERDICT_LABELS = {"supported": "stöds av dokumenten", "contradicted": "motsägs av dokumenten",
                  "not_found": "finns inte i dokumenten"}
LABELS = {
    "sv": {"verdict": "Bedömning", "sources": "Källor", "calculation": "Uträkning", "note": "Obs",
           "related": "Närliggande avsnitt (inte källor)", "page": "s."},
    "en": {"verdict": "Verdict", "sources": "Sources", "calculation": "Calculation", "note": "Note",
           "related": "Related passages (not sources)", "page": "p."},
}


class BatchFileError(KommunError):
    """A --batch file is missing or has a line that is not a question object."""


def format_citation(c: Citation, lang: str = "sv") -> str:
    where = [c.title]
    if c.date:
        where.append(c.date)
    if c.page:
        where.append(f"{LABELS[lang]['page']} {c.page}")
    return f"[{c.n}] {', '.join(where)} ({c.doc})\n    ”{c.quote}”"


def _decimals(value: Decimal) -> int:
    """As many decimals as the document gave (a cell is "205 172", an amount may be "4,7")."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def format_answer(answer: Answer) -> str:
    """The answer as a person reads it: text, verdict, numbered sources, calculation, related passages."""
    lang = "en" if answer.language == "en" else "sv"
    label = LABELS[lang]
    lines = [answer.answer]
    if answer.verdict:
        meaning = f" ({VERDICT_LABELS.get(answer.verdict, '')})" if lang == "sv" else ""
        lines.append(f"\n{label['verdict']}: {answer.verdict}{meaning}")
    if answer.citations:
        lines.append(f"\n{label['sources']}:")
        lines.extend(format_citation(c, lang) for c in answer.citations)
    calc = answer.calculation
    if calc is not None:
        lines.append(f"\n{label['calculation']}:")
        lines.append(f"  {calc.expression}")
        for item in calc.inputs:
            ref = f" [{item.citation}]" if item.citation else ""
            value = format_number(item.value, decimals=_decimals(item.value), language=lang)
            lines.append(f"  {item.label}, {item.column}: {value} {item.unit}{ref}")
        lines.extend(f"  {label['note']}: {note}" for note in calc.notes)
    if answer.refused and answer.related:
        lines.append(f"\n{label['related']}:")
        lines.extend(format_citation(c, lang) for c in answer.related)
    return "\n".join(lines)


def read_batch(path: Path) -> list[dict[str, Any]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BatchFileError(f"Kan inte läsa {path} ({exc.strerror}). Ange en JSONL-fil med id och question.") from exc
    rows = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BatchFileError(f"{path} rad {number} är inte JSON ({exc.msg}). Varje rad ska vara "
                                 '{"id": "...", "question": "..."}') from exc
        if not isinstance(row, dict) or not isinstance(row.get("question"), str):
            raise BatchFileError(f"{path} rad {number} saknar fältet question (text).")
        history = row.get("history") or []
        if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
            raise BatchFileError(f"{path} rad {number}: history ska vara en lista med tidigare frågor (text).")
        rows.append({"id": str(row.get("id", number)), "question": row["question"], "history": history,
                     "check": bool(row.get("check", False))})
    return rows


def _filters(args: Any) -> dict[str, Any]:
    """`--municipality Lerum` narrows retrieval and the calculator to that municipality's documents."""
    names = [m for m in (getattr(args, "municipality", None) or []) if isinstance(m, str) and m.strip()]
    return {"filters": {"municipality": names}} if names else {}


def run(args: Any, settings: Settings, *, out: TextIO | None = None, assistant: Any = None) -> int:
    """The CLI's `ask` subcommand. args: question, json, batch, check, history."""
    out = out or sys.stdout
    if args.batch is None and not (args.question or "").strip():
        print("Fel: ange en fråga, t.ex. kommun ask \"Hur stort är sparkravet?\", eller --batch FIL.jsonl",
              file=sys.stderr)
        return 2
    rows = read_batch(Path(args.batch)) if args.batch is not None else None
    if assistant is None:
        from assistant.build import open_assistant

        assistant = open_assistant(settings)
    if rows is None:
        answer = assistant.ask(args.question, history=tuple(args.history or ()), check=bool(args.check),
                               **_filters(args))
        if args.json:
            print(json.dumps(answer.to_json(), ensure_ascii=False), file=out)
        else:
            print(format_answer(answer), file=out)
        return 0
    for row in rows:
        answer = assistant.ask(row["question"], history=tuple(row["history"]), check=bool(args.check or row["check"]),
                               **_filters(args))
        if args.json:
            print(json.dumps(answer.to_json(id=row["id"]), ensure_ascii=False), file=out, flush=True)
        else:
            print(f"## {row['id']}: {row['question']}\n{format_answer(answer)}\n", file=out, flush=True)
    return 0
