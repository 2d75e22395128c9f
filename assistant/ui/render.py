"""One chat turn on screen: verdict badge, answer text, calculation, chart, numbered sources, feedback.

All document-derived text is escaped (assistant.ui.safe); nothing here retrieves or computes figures.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from assistant.types import Answer, Citation, DocumentRecord
from assistant.ui import feedback as fb
from assistant.ui.conversation import Turn
from assistant.ui.figures import altair_chart, chart_alt, chart_data, input_rows
from assistant.ui.safe import document_html, escape_markdown, keep_numbers_together, locate_quote, passage_html
from assistant.ui.texts import doc_type_label, text, verdict_badge


@dataclass(frozen=True, slots=True)
class RenderContext:
    lang: str
    data_dir: Path
    documents: dict[str, DocumentRecord]  # by path, as citations name them
    text_for: Callable[[DocumentRecord], str | None]  # the document's normalised text, None if unknown


def source_label(citation: Citation, lang: str) -> str:
    """"[1] Title · 2020 · Budget · s. 24" (escaped for Markdown)."""
    parts = [citation.title, citation.date or text(lang, "undated"), doc_type_label(citation.doc_type, lang)]
    if citation.page:
        parts.append(f"{text(lang, 'page')} {citation.page}")
    return escape_markdown(f"[{citation.n}] " + " · ".join(parts))


def render_turn(turn: Turn, ctx: RenderContext) -> None:
    render_question(turn.question)
    with st.chat_message("assistant"):
        render_reply(turn, ctx)


def render_question(question: str) -> None:
    with st.chat_message("user"):
        st.markdown(escape_markdown(question))


def render_reply(turn: Turn, ctx: RenderContext) -> None:
    """The assistant's side of a turn; call inside st.chat_message("assistant")."""
    if turn.answer is None:
        st.error(escape_markdown(turn.error or text(ctx.lang, "unexpected", kind="?")))
        return
    render_answer(turn.answer, turn.id, ctx, elapsed_s=turn.elapsed_s)


def render_answer(answer: Answer, turn_id: str, ctx: RenderContext, elapsed_s: float | None = None) -> None:
    lang = ctx.lang
    if answer.verdict:
        label, colour, icon = verdict_badge(answer.verdict, lang)
        st.badge(label, color=colour, icon=icon)
    st.markdown(escape_markdown(keep_numbers_together(answer.answer)))
    if answer.calculation is not None:
        _render_calculation(answer, lang)
    for note in answer.notes:
        st.caption(escape_markdown(note))
    if answer.citations:
        st.markdown(f"**{text(lang, 'sources')}**")
        for citation in answer.citations:
            _render_source(citation, f"{turn_id}-c{citation.n}", ctx)
    elif answer.related:
        st.markdown(f"**{text(lang, 'related')}**")
        for citation in answer.related:
            _render_source(citation, f"{turn_id}-r{citation.n}", ctx)
    _render_feedback(answer, turn_id, ctx, elapsed_s)


def _render_calculation(answer: Answer, lang: str) -> None:
    calc = answer.calculation
    assert calc is not None
    st.markdown(f"**{text(lang, 'calculation')}**")
    st.code(calc.expression, language=None, wrap_lines=True)
    if calc.inputs:
        headers = {key: text(lang, f"col_{key}") for key in ("label", "column", "value", "unit", "source")}
        st.dataframe(input_rows(calc, lang, headers), hide_index=True, width="stretch",
                     column_config={headers["value"]: st.column_config.TextColumn(alignment="right")})
    for note in calc.notes:
        st.caption(escape_markdown(note))
    data = chart_data(calc)
    if data is not None:
        st.altair_chart(altair_chart(data, text(lang, "chart_y"), lang), width="stretch",
                        alt=chart_alt(data, lang))


def _render_source(citation: Citation, key: str, ctx: RenderContext) -> None:
    record = ctx.documents.get(citation.doc)
    doc_text = ctx.text_for(record) if record is not None else None
    with st.expander(source_label(citation, ctx.lang)):
        if doc_text is None:
            st.html(passage_html("", None, citation.quote))
            st.caption(text(ctx.lang, "text_missing"))
            return
        span = locate_quote(doc_text, citation.quote, citation.start, citation.end)
        st.html(passage_html(doc_text, span, citation.quote))
        st.caption(escape_markdown(citation.doc))
        if st.toggle(text(ctx.lang, "whole_document"), key=f"doc-{key}"):
            st.html(document_html(doc_text, span, anchor=f"q-{key}", jump_label=text(ctx.lang, "jump_to_quote"),
                                  pages=record.pages if record else (), page_label=text(ctx.lang, "page")))
            original = Path(citation.doc)
            if original.is_file():
                st.download_button(text(ctx.lang, "download_original"), data=original.read_bytes(),
                                   file_name=original.name, key=f"dl-{key}", on_click="ignore")


def _save_rating(answer: Answer, turn_id: str, data_dir: Path) -> None:
    rating = st.session_state.get(f"fb-{turn_id}")
    fb.append_feedback(data_dir, fb.feedback_record(turn_id, answer, rating))


def _save_comment(answer: Answer, turn_id: str, data_dir: Path) -> None:
    comment = st.session_state.get(f"fbc-{turn_id}", "")
    if comment.strip():
        rating = st.session_state.get(f"fb-{turn_id}")
        fb.append_feedback(data_dir, fb.feedback_record(turn_id, answer, rating, comment))
        st.session_state[f"fbsent-{turn_id}"] = True


def _render_feedback(answer: Answer, turn_id: str, ctx: RenderContext, elapsed_s: float | None) -> None:
    left, right = st.columns([3, 2], vertical_alignment="center")
    with left:
        rating = st.feedback("thumbs", key=f"fb-{turn_id}", on_change=_save_rating,
                             args=(answer, turn_id, ctx.data_dir))
    if elapsed_s is not None:
        seconds = f"{elapsed_s:.1f}".replace(".", "," if ctx.lang == "sv" else ".")
        right.caption(text(ctx.lang, "elapsed", seconds=seconds))
    if rating is None:
        return
    if st.session_state.get(f"fbsent-{turn_id}"):
        st.caption(text(ctx.lang, "comment_saved"))
        return
    st.caption(text(ctx.lang, "feedback_thanks"))
    with st.form(key=f"fbf-{turn_id}", border=False):
        st.text_input(text(ctx.lang, "comment"), key=f"fbc-{turn_id}")
        st.form_submit_button(text(ctx.lang, "send_comment"), on_click=_save_comment,
                              args=(answer, turn_id, ctx.data_dir))
