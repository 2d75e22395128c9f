"""The conversation as a Markdown file with its sources, for st.download_button."""
from __future__ import annotations

from datetime import datetime, timezone

from core.types import Citation
from assistant.ui.conversation import Turn, turn_language
from assistant.ui.figures import format_number
from assistant.ui.present import unique_notes, without_verdict
from assistant.ui.texts import doc_type_label, text, verdict_badge


def _source_line(citation: Citation, lang: str) -> str:
    parts = [citation.title, citation.date or text(lang, "undated"), doc_type_label(citation.doc_type, lang)]
    if citation.page:
        parts.append(f"{text(lang, 'page')} {citation.page}")
    quote = " ".join(citation.quote.split())
    return f"[{citation.n}] {', '.join(parts)} ({citation.doc})\n   > {quote}"


def conversation_markdown(turns: list[Turn], lang: str = "sv", now: datetime | None = None) -> str:
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"# {text(lang, 'export_title')}", "", f"_{text(lang, 'exported')} {stamp}_", ""]
    page_lang = lang
    for number, turn in enumerate(turns, start=1):
        lang = turn_language(turn, page_lang)  # each turn in its own language, as on screen
        lines += [f"## {text(lang, 'export_question')} {number}", "", turn.question, ""]
        lines += [f"### {text(lang, 'export_answer')}", ""]
        if turn.answer is None:
            lines += [turn.error or "", ""]
            continue
        answer = turn.answer
        if answer.verdict:
            lines += [f"**{verdict_badge(answer.verdict, lang)[0]}**", ""]
        lines += [without_verdict(answer.answer, answer.verdict), ""]
        lines += [f"_{note}_" for note in unique_notes(answer)] + ([""] if unique_notes(answer) else [])
        calc = answer.calculation
        if calc is not None:
            lines += [f"{text(lang, 'calculation')}: `{calc.expression}`", ""]
            for item in calc.inputs:
                source = f" [{item.citation}]" if item.citation is not None else ""
                lines.append(f"- {item.label}, {item.column}: {format_number(item.value, lang)} {item.unit}{source}")
            lines.append("")
        listed = answer.citations or answer.related
        if listed:
            heading = text(lang, "sources") if answer.citations else text(lang, "related")
            lines += [f"**{heading}**", ""]
            lines += [_source_line(c, lang) for c in listed]
            lines.append("")
    return "\n".join(lines)
