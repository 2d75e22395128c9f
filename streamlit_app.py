"""Fråga kommunen: the chat. Thin on purpose: the pieces live in assistant/ui/.

Run with `kommun serve` (or `streamlit run streamlit_app.py`). The first start ingests corpus/.
A link with ?q=...&q=... (made by "Länk till svaret") asks those questions again on opening.
"""
from __future__ import annotations

import logging

import streamlit as st

from core.errors import IndexEmptyError, KommunError
from core.settings import Settings, apply_offline_defaults
from assistant.ui import resources
from assistant.ui.admin import render_admin
from assistant.ui.asking import ask_turn
from assistant.ui.conversation import Turn, conversation_language, history, question_language
from assistant.ui.links import link_params, read_link
from assistant.ui.render import NO_FILTERS, RenderContext, render_question, render_reply, render_turn
from assistant.ui.safe import escape_markdown
from assistant.ui.sidebar import (PENDING, TURNS, apply_link_filters, choose_language, render_empty_state,
                                  render_export, render_sidebar)
from assistant.ui.texts import text

apply_offline_defaults()
log = logging.getLogger("kommun.ui")
OPENED = "opened_link"  # session key: the link in the address was read (once per session)

st.set_page_config(page_title=text(st.session_state.get("lang", "sv"), "page_title"),
                   page_icon=":material/account_balance:", layout="centered")
st.session_state.setdefault(TURNS, [])
link = None
if OPENED not in st.session_state:
    st.session_state[OPENED] = True
    link = read_link(st.query_params, st.query_params.get_all)
    if link and link.lang and "lang" not in st.session_state:
        st.session_state["lang"] = link.lang
lang = choose_language()
st.title(text(lang, "title"))
st.caption(text(lang, "intro"))

try:
    settings = Settings.from_env()
    assistant = resources.get_assistant(settings, lang)
    documents = assistant.documents()
except IndexEmptyError:
    st.error(escape_markdown(text(lang, "no_corpus", folder=settings.corpus_dir)))
    st.stop()
except KommunError as error:
    st.error(f"{escape_markdown(str(error))}\n\n{text(lang, 'error_next')}")
    st.stop()
except Exception as error:  # the edge: an unexpected failure is logged, the page says what to do
    log.exception("the assistant could not be opened")
    st.error(text(lang, "start_failed", kind=type(error).__name__))
    st.stop()

turns: list[Turn] = st.session_state[TURNS]
if link:
    apply_link_filters(link.filters, documents)
filters = render_sidebar(documents, turns, lang)
render_admin(settings, lang)
ctx = RenderContext(lang=lang, data_dir=settings.data_dir, documents={d.path: d for d in documents},
                    text_for=lambda record: resources.document_text(assistant, record))

# An element of the last run that this run has not drawn again yet shows greyed (stale) until the run gets
# there; while an answer is computed that is everything below it. So the chat input is drawn before the answer
# is computed, and the example questions are one element that the first question replaces whole. The spinner
# is transient: it takes no place, so a new turn sits where the next run draws it.
if link and not turns:  # opening a link: ask its questions again, in order, as the conversation went
    with st.spinner(text(lang, "thinking")):
        for asked in link.questions:
            turns.append(ask_turn(assistant, asked, turns, filters, lang))

for number, turn in enumerate(turns, start=1):
    render_turn(turn, ctx, history(turns[:number]))
input_lang = conversation_language(turns, lang, st.session_state.get(PENDING))
question = st.chat_input(text(input_lang, "chat_placeholder"), key="question") or st.session_state.pop(PENDING, None)
if not turns and not question:
    with st.container():
        render_empty_state(lang)
if question:
    asked_filters = None if st.session_state.pop(NO_FILTERS, False) else filters
    render_question(question)
    with st.chat_message("assistant"):
        with st.spinner(text(question_language(question, lang), "thinking")):  # transient: takes no place
            turn = ask_turn(assistant, question, turns, asked_filters, lang)
        turns.append(turn)
        render_reply(turn, ctx, history(turns))
if turns:  # the address always names the conversation, so copying it shares the answers
    st.query_params.from_dict(link_params(history(turns), lang, turns[-1].filters))
render_export(turns, lang)  # after the newest turn (in the sidebar: greyed only while an answer is computed)
if conversation_language(turns, lang) != input_lang:
    st.rerun()  # the conversation changed language with this turn: the input says so at once (one more run)
