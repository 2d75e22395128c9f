"""The sidebar: language, new conversation, example questions, filters, the indexed documents, export."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from core.types import DocumentRecord
from assistant.ui.conversation import Turn
from assistant.ui.export import conversation_markdown
from assistant.ui.safe import escape_markdown
from assistant.ui.texts import EXAMPLES, LANGUAGES, doc_type_label, text

PENDING = "pending_question"
TURNS = "turns"
TYPES = "filter_types"  # the chosen document types, whatever the language (widget keys add the language)
MUNICIPALITIES = "filter_municipalities"


def choose_language() -> str:
    return st.sidebar.radio(
        "Språk / Language", options=list(LANGUAGES), format_func=LANGUAGES.__getitem__,
        horizontal=True, key="lang",
    )


def _ask_example(question: str) -> None:
    st.session_state[PENDING] = question


def _new_conversation() -> None:
    st.session_state[TURNS] = []
    st.session_state.pop(PENDING, None)
    st.query_params.clear()  # the address no longer names the old conversation


def apply_link_filters(filters: dict[str, Any] | None, documents: Sequence[DocumentRecord]) -> None:
    """Set the filter widgets to the filters a link was made with (only values this index knows);
    call once, before render_sidebar draws the widgets."""
    if not filters:
        return
    types = {d.meta.doc_type for d in documents}
    paths = {d.path for d in documents}
    years = sorted({d.meta.year for d in documents if d.meta.year is not None})
    if filters.get("doc_type"):
        st.session_state[TYPES] = sorted(t for t in filters["doc_type"] if t in types)
    if filters.get("docs"):
        st.session_state["filter_docs"] = [d for d in filters["docs"] if d in paths]
    if filters.get("municipality"):
        st.session_state[MUNICIPALITIES] = [m for m in filters["municipality"] if m in municipalities_of(documents)]
    if len(years) >= 2 and filters.get("year_from") is not None and filters.get("year_to") is not None:
        low = min(max(filters["year_from"], years[0]), years[-1])
        high = min(max(filters["year_to"], low), years[-1])
        st.session_state["filter_years"] = (low, high)


def municipalities_of(documents: Sequence[DocumentRecord]) -> list[str]:
    """The municipalities the index holds documents of, by name."""
    return sorted({d.meta.municipality for d in documents if d.meta.municipality})


def build_filters(types: Sequence[str], all_types: Sequence[str], years: tuple[int, int] | None,
                  all_years: tuple[int, int] | None, docs: Sequence[str] = (),
                  municipalities: Sequence[str] = ()) -> dict[str, Any] | None:
    """The filters for Assistant.ask (see assistant.retrieval.retrieve.Filters.from_any): only what narrows the
    search; None when nothing does."""
    filters: dict[str, Any] = {}
    if docs:
        filters["docs"] = list(docs)
    if municipalities:
        filters["municipality"] = sorted(municipalities)
    if types and set(types) != set(all_types):
        filters["doc_type"] = sorted(types)
    if years and all_years and years != all_years:
        filters["year_from"], filters["year_to"] = years
    return filters or None


def _municipality_filter(documents: Sequence[DocumentRecord], lang: str) -> list[str]:
    """A choice of municipality, shown only when the index holds documents of more than one."""
    names = municipalities_of(documents)
    if len(names) < 2:
        st.session_state.pop(MUNICIPALITIES, None)
        return []
    return st.sidebar.multiselect(text(lang, "filter_municipalities"), options=names, key=MUNICIPALITIES,
                                  placeholder=text(lang, "all_municipalities"), select_all=False)


def render_sidebar(documents: Sequence[DocumentRecord], turns: list[Turn], lang: str) -> dict[str, Any] | None:
    """Draws the sidebar below the language switch; returns the filters chosen."""
    bar = st.sidebar
    bar.button(text(lang, "new_conversation"), icon=":material/add_comment:", on_click=_new_conversation,
               width="stretch", key="new_conversation")

    bar.subheader(text(lang, "examples"))
    for number, question in enumerate(EXAMPLES.get(lang, EXAMPLES["sv"])):
        bar.button(question, key=f"example-{number}", on_click=_ask_example, args=(question,),
                   type="tertiary", width="stretch")

    bar.subheader(text(lang, "filters"))
    chosen_municipalities = _municipality_filter(documents, lang)
    all_types = sorted({d.meta.doc_type for d in documents})
    # one widget per language: a chip keeps the label it was drawn with, so the English page gets its own
    # widget, started from the choice kept under TYPES
    types_key = f"{TYPES}_{lang}"
    if types_key not in st.session_state:
        st.session_state[types_key] = [t for t in st.session_state.get(TYPES, []) if t in all_types]
    types = bar.multiselect(text(lang, "filter_types"), options=all_types,
                            format_func=lambda t: doc_type_label(t, lang), key=types_key,
                            placeholder=text(lang, "all_types"), select_all=False)
    st.session_state[TYPES] = types
    known_years = sorted({d.meta.year for d in documents if d.meta.year is not None})
    all_years = (known_years[0], known_years[-1]) if len(known_years) >= 2 else None
    years = None
    if all_years:
        years = bar.slider(text(lang, "filter_years"), min_value=all_years[0], max_value=all_years[1],
                           value=all_years, step=1, key="filter_years")
    titles = {d.path: d.meta.title for d in documents}
    docs = bar.multiselect(text(lang, "filter_docs"), options=sorted(titles, key=titles.__getitem__),
                           format_func=titles.__getitem__, key="filter_docs", placeholder=text(lang, "all_docs"),
                           select_all=False)
    filters = build_filters(types, all_types, years, all_years, docs, chosen_municipalities)
    if filters:
        bar.caption(text(lang, "filter_active"))

    with bar.expander(text(lang, "documents", count=len(documents))):
        for record in sorted(documents, key=lambda d: (d.meta.date or "", d.meta.title), reverse=True):
            details = [record.meta.date or text(lang, "undated"), doc_type_label(record.meta.doc_type, lang),
                       text(lang, "passages", count=record.n_chunks)]
            if record.n_tables:
                details.append(text(lang, "tables", count=record.n_tables))
            st.markdown(f"**{escape_markdown(record.meta.title)}**  \n{escape_markdown(' · '.join(details))}")

    return filters


def render_export(turns: list[Turn], lang: str) -> None:
    """The Markdown download of the conversation; call after the newest turn was added."""
    if turns:
        st.sidebar.download_button(
            text(lang, "export"), data=conversation_markdown(turns, lang),
            file_name="samtal.md" if lang == "sv" else "conversation.md", mime="text/markdown",
            icon=":material/download:", key="export", on_click="ignore", width="stretch")


def render_empty_state(lang: str) -> None:
    """Example questions in the main area before the first question (the sidebar is hidden on phones)."""
    st.markdown(f"**{text(lang, 'try_asking')}**")
    for number, question in enumerate(EXAMPLES.get(lang, EXAMPLES["sv"])):
        st.button(question, key=f"start-example-{number}", on_click=_ask_example, args=(question,),
                  icon=":material/chat_bubble_outline:")
