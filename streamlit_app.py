"""Fråga kommunen: the chat. Thin on purpose: the pieces live in assistant/ui/.

Run with `kommun serve` (or `streamlit run streamlit_app.py`). The first start ingests corpus/.
"""
from __future__ import annotations

import logging
import time

import streamlit as st

from assistant.errors import IndexEmptyError, KommunError
from assistant.settings import Settings, apply_offline_defaults
from assistant.ui import resources
from assistant.ui.admin import render_admin
from assistant.ui.conversation import Turn, history, new_turn_id
from assistant.ui.render import RenderContext, render_question, render_reply, render_turn
from assistant.ui.safe import escape_markdown
from assistant.ui.sidebar import (PENDING, TURNS, choose_language, render_empty_state, render_export,
                                  render_sidebar)
from assistant.ui.texts import text

apply_offline_defaults()
log = logging.getLogger("kommun.ui")

st.set_page_config(page_title=text(st.session_state.get("lang", "sv"), "page_title"),
                   page_icon=":material/account_balance:", layout="centered")
st.session_state.setdefault(TURNS, [])
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
filters = render_sidebar(documents, turns, lang)
render_admin(settings, lang)
ctx = RenderContext(lang=lang, data_dir=settings.data_dir, documents={d.path: d for d in documents},
                    text_for=lambda record: resources.document_text(assistant, record))

for turn in turns:
    render_turn(turn, ctx)

question = st.chat_input(text(lang, "chat_placeholder"), key="question") or st.session_state.pop(PENDING, None)
if not turns and not question:
    render_empty_state(lang)
if question:
    render_question(question)
    with st.chat_message("assistant"):
        started = time.perf_counter()
        with st.spinner(text(lang, "thinking")):
            try:
                answer = assistant.ask(question, history=history(turns), filters=filters)
                turn = Turn(new_turn_id(), question, answer=answer, elapsed_s=time.perf_counter() - started)
            except KommunError as error:
                turn = Turn(new_turn_id(), question, error=str(error))
            except Exception as error:  # the edge: a failing question becomes a message, never a stack trace
                log.exception("question failed: %r", question)
                turn = Turn(new_turn_id(), question, error=text(lang, "unexpected", kind=type(error).__name__))
        turns.append(turn)
        render_reply(turn, ctx)

render_export(turns, lang)
