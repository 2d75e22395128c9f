"""One chat turn on screen: verdict badge, answer text, notes, calculation, chart, sources, feedback, link.

A turn is drawn in one language (conversation.turn_language). All document-derived text is escaped
(assistant.ui.safe); nothing here retrieves or computes figures.
"""
from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

import streamlit as st

from core.types import Answer
from assistant.ui import feedback as fb
from assistant.ui.conversation import Turn, turn_language
from assistant.ui.figures import altair_chart, chart_alt, chart_data, input_rows
from assistant.ui.links import link_query
from assistant.ui.present import describe_filters, source_groups, unique_notes, without_verdict
from assistant.ui.safe import escape_markdown, keep_numbers_together
from assistant.ui.sidebar import PENDING
from assistant.ui.sources import RenderContext, render_source, source_label
from assistant.ui.texts import text, verdict_badge

__all__ = ["RenderContext", "render_question", "render_reply", "render_turn", "source_label"]

NO_FILTERS = "ask_without_filters"  # session key: ask the pending question once without the filters
TABLE_BOX = "overflow-x:auto;max-width:100%;margin:0.2rem 0 0.6rem 0;"
INPUT_TABLE = "border-collapse:collapse;font-size:0.9rem;line-height:1.4;min-width:100%;"
CELL = "padding:4px 10px 4px 0;border-bottom:1px solid rgba(127,127,127,0.25);vertical-align:top;"


def render_turn(turn: Turn, ctx: RenderContext, questions: tuple[str, ...] = ()) -> None:
    render_question(turn.question)
    with st.chat_message("assistant"):
        render_reply(turn, ctx, questions)


def render_question(question: str) -> None:
    with st.chat_message("user"):
        st.markdown(escape_markdown(question))


def render_reply(turn: Turn, ctx: RenderContext, questions: tuple[str, ...] = ()) -> None:
    """The assistant's side of a turn, in the turn's language; call inside st.chat_message("assistant").
    `questions` are the conversation's questions up to and including this one (for its link)."""
    ctx = replace(ctx, lang=turn_language(turn, ctx.lang))
    if turn.answer is None:
        st.error(escape_markdown(turn.error or text(ctx.lang, "unexpected", kind="?")))
        return
    render_answer(turn.answer, turn.id, ctx)
    if turn.filtered_out:
        _render_filtered_out(turn, ctx)
    _render_feedback(turn.answer, turn.id, ctx)
    _render_footer(turn, ctx, questions or (turn.question,))


def render_answer(answer: Answer, turn_id: str, ctx: RenderContext) -> None:
    lang = ctx.lang
    if answer.verdict:
        label, colour, icon = verdict_badge(answer.verdict, lang)
        st.badge(label, color=colour, icon=icon)
    st.markdown(escape_markdown(keep_numbers_together(without_verdict(answer.answer, answer.verdict))))
    for note in unique_notes(answer):
        st.caption(escape_markdown(note))
    if answer.calculation is not None:
        _render_calculation(answer, lang)
    listed, heading, tag = ((answer.citations, "sources", "c") if answer.citations
                            else (answer.related, "related", "r"))
    if listed:
        st.markdown(f"**{text(lang, heading)}**")
        for group in source_groups(listed):
            render_source(group, f"{turn_id}-{tag}{group[0].n}", ctx)


def inputs_table_html(answer: Answer, lang: str) -> str:
    """The calculation's input cells as an HTML table that scrolls sideways inside its column on phones;
    one unit is said once, in the amount's heading, so the table stays narrow."""
    calc = answer.calculation
    assert calc is not None
    units = {item.unit for item in calc.inputs}
    keys = ["label", "column", "value", "unit", "source"]
    headers = {key: text(lang, f"col_{key}") for key in keys}
    if len(units) == 1:
        keys.remove("unit")
        headers["value"] += f" ({next(iter(units))})"
    rows = input_rows(calc, lang, {key: key for key in headers})
    align = {key: "right" if key == "value" else "left" for key in keys}
    nowrap = {"value", "source"}
    head = "".join(f'<th style="{CELL}text-align:{align[k]};font-weight:600">{html.escape(headers[k])}</th>'
                   for k in keys)
    body = "".join("<tr>" + "".join(
        f'<td style="{CELL}text-align:{align[k]};{"white-space:nowrap;" if k in nowrap else ""}">'
        f"{html.escape(str(row[k]))}</td>" for k in keys) + "</tr>" for row in rows)
    caption = html.escape(text(lang, "inputs"))
    return (f'<div style="{TABLE_BOX}"><table style="{INPUT_TABLE}" aria-label="{caption}">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


def _render_calculation(answer: Answer, lang: str) -> None:
    calc = answer.calculation
    assert calc is not None
    st.markdown(f"**{text(lang, 'calculation')}**")
    steps = "\n".join(part.strip() for part in calc.expression.split(";"))  # one step a line; figures never split
    st.code(keep_numbers_together(steps), language=None, wrap_lines=True)
    if calc.inputs:
        st.html(inputs_table_html(answer, lang))
    data = chart_data(calc)
    if data is not None:
        st.altair_chart(altair_chart(data, text(lang, "chart_y"), lang), width="stretch",
                        alt=chart_alt(data, lang))


def _ask_without_filters(question: str) -> None:
    st.session_state[PENDING] = question
    st.session_state[NO_FILTERS] = True


def _render_filtered_out(turn: Turn, ctx: RenderContext) -> None:
    titles = {path: record.meta.title for path, record in ctx.documents.items()}
    st.info(escape_markdown(text(ctx.lang, "filtered_out", filters=describe_filters(turn.filters, ctx.lang, titles))),
            icon=":material/filter_alt_off:")
    st.button(text(ctx.lang, "ask_without_filters"), key=f"nofilter-{turn.id}", on_click=_ask_without_filters,
              args=(turn.question,), icon=":material/search:")


def _render_footer(turn: Turn, ctx: RenderContext, questions: tuple[str, ...]) -> None:
    """The time it took and a link that asks the conversation's questions again."""
    href = link_query(questions, ctx.lang, turn.filters)
    parts = [f"[:material/link: {text(ctx.lang, 'link')}]({href})"]
    if turn.elapsed_s is not None:
        seconds = f"{turn.elapsed_s:.1f}".replace(".", "," if ctx.lang == "sv" else ".")
        parts.append(text(ctx.lang, "elapsed", seconds=seconds))
    st.caption(" · ".join(parts))


def _save_rating(answer: Answer, turn_id: str, data_dir: Path) -> None:
    rating = st.session_state.get(f"fb-{turn_id}")
    fb.append_feedback(data_dir, fb.feedback_record(turn_id, answer, rating))


def _save_comment(answer: Answer, turn_id: str, data_dir: Path) -> None:
    comment = st.session_state.get(f"fbc-{turn_id}", "")
    if comment.strip():
        rating = st.session_state.get(f"fb-{turn_id}")
        fb.append_feedback(data_dir, fb.feedback_record(turn_id, answer, rating, comment))
        st.session_state[f"fbsent-{turn_id}"] = True


def _render_feedback(answer: Answer, turn_id: str, ctx: RenderContext) -> None:
    rating = st.feedback("thumbs", key=f"fb-{turn_id}", on_change=_save_rating,
                         args=(answer, turn_id, ctx.data_dir))
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
