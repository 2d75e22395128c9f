"""`kommun ask`: one question for a person, one JSON object, or a JSONL batch (models loaded once).

    kommun ask "Hur stort är sparkravet för nämnden för arbete, kompetens och välfärd?"
    kommun ask --json "Vem är kommunstyrelsens ordförande?"
    kommun ask --json --batch questions.jsonl      # lines: {"id": ..., "question": ..., "history": [...]}
    kommun ask --check "Simon Waern (S) är kommunstyrelsens ordförande"
"""
from __future__ import annotations

import json
import logging
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from assistant.budget.numbers import format_number
from core.errors import KommunError
from core.settings import Settings
from core.types import Answer, Citation
from assistant.understand.userinput import safe_text

log = logging.getLogger(__name__)

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
    """The batch's rows in order. A line that is not a question object becomes a row with `error` (the
    batch goes on); only a file that cannot be read at all raises BatchFileError."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BatchFileError(f"Kan inte läsa {path} ({exc.strerror}). Ange en JSONL-fil med id och question.") from exc
    rows = []
    for number, data in enumerate(raw.splitlines(), start=1):
        if not data.strip():
            continue
        row, error = _batch_row(data, number)
        if error:
            rows.append({"id": row.get("id", str(number)), "error": f"{path} rad {number}: {error}"})
        else:
            rows.append(row)
    return rows


def _batch_row(data: bytes, number: int) -> tuple[dict[str, Any], str | None]:
    """(row, None) for a good line, ({"id": ...} when known, reason) for a bad one."""
    try:
        row = json.loads(data.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError:
        return {}, "raden är inte UTF-8-text."
    except (json.JSONDecodeError, RecursionError) as exc:
        return {}, f"raden är inte JSON ({getattr(exc, 'msg', 'för djupt nästlad')}). Varje rad ska vara " \
                   '{"id": "...", "question": "..."}'
    if not isinstance(row, dict):
        return {}, "raden ska vara ett JSON-objekt med id och question."
    known = {"id": safe_text(row["id"])} if "id" in row else {}
    if not isinstance(row.get("question"), str):
        return known, "fältet question (text) saknas."
    history = row.get("history") or []
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        return known, "history ska vara en lista med tidigare frågor (text)."
    return {"id": safe_text(row.get("id", number)), "question": row["question"], "history": history,
            "check": bool(row.get("check", False))}, None


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
    if args.question and safe_text(args.question) != args.question:
        print("Obs: frågan innehöll tecken som inte är giltig UTF-8; de ersattes med \ufffd.", file=sys.stderr)
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
    failed = 0
    for row in rows:
        error = row.get("error")
        if error is None:
            try:
                answer = assistant.ask(row["question"], history=tuple(row["history"]),
                                       check=bool(args.check or row["check"]), **_filters(args))
            except KommunError as exc:  # a backend failed for this line: say so, answer the next one
                error = str(exc)
            except Exception as exc:  # noqa: BLE001 - the batch is an edge: one line must not lose the rest
                log.exception("fråga %s", row["id"])
                error = f"internt fel ({type(exc).__name__}: {safe_text(str(exc))[:200]})"
        failed += error is not None
        if error is not None:
            if args.json:
                print(json.dumps({"id": row["id"], "error": error}, ensure_ascii=False), file=out, flush=True)
            else:
                print(f"## {row['id']}\nFel: {error}\n", file=out, flush=True)
        elif args.json:
            print(json.dumps(answer.to_json(id=row["id"]), ensure_ascii=False), file=out, flush=True)
        else:
            print(f"## {row['id']}: {safe_text(row['question'])}\n{format_answer(answer)}\n", file=out, flush=True)
    return 1 if failed else 0
