"""A source entry under an answer: the cited passage (formatted for Markdown documents), the cited PDF
page as an image with the quote highlighted, and the whole document on request.

All document-derived text is escaped (assistant.ui.safe, assistant.ui.mdview).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from core.types import Citation, DocumentRecord
from assistant.ui.mdview import is_markdown, markdown_html, markdown_passage
from assistant.ui.safe import document_html, escape_markdown, locate_quote, passage_html
from assistant.ui.texts import doc_type_label, text


@dataclass(frozen=True, slots=True)
class RenderContext:
    lang: str
    data_dir: Path
    documents: dict[str, DocumentRecord]  # by path, as citations name them
    text_for: Callable[[DocumentRecord], str | None]  # the document's normalised text, None if unknown


def source_label(group: Sequence[Citation], lang: str, printed: str | None = None) -> str:
    """"[1] Title · 2020 · Budget · s. 24" (escaped for Markdown); "[1] [3] ..." when two numbers cite one
    passage; "s. 23 (PDF-sida 2)" when the page prints another number than its place in the file."""
    citation = group[0]
    parts = [citation.title, citation.date or text(lang, "undated"), doc_type_label(citation.doc_type, lang)]
    pages = list(dict.fromkeys(c.page for c in group if c.page))
    if printed and pages and printed != str(pages[0]):
        parts.append(f"{text(lang, 'page')} {printed} ({text(lang, 'pdf_page_short', page=pages[0])})")
    elif pages:
        parts.append(f"{text(lang, 'page')} " + ", ".join(str(p) for p in pages))
    numbers = " ".join(f"[{c.n}]" for c in group)
    return escape_markdown(f"{numbers} " + " · ".join(parts))


def _page_of(citation: Citation, record: DocumentRecord | None) -> int | None:
    if citation.page:
        return citation.page
    if record is not None and citation.start is not None:
        for span in record.pages:
            if span.start <= citation.start < span.end:
                return span.page
    return None


@st.cache_data(show_spinner=False, max_entries=64)
def _page_image(path: str, modified: float, page: int, quote: str):  # -> pdfpage.PageImage
    from assistant.ui.pdfpage import render_page

    return render_page(path, page, quote)


def _pdf_page(group: Sequence[Citation], record: DocumentRecord | None):  # -> PageImage | Exception | None
    """The cited page rendered (cached), the error that stopped it, or None for no PDF page to show."""
    citation = group[0]
    page = _page_of(citation, record)
    original = Path(citation.doc)
    if not citation.doc.lower().endswith(".pdf") or page is None or not original.is_file():
        return None
    quote = "\n".join(c.quote for c in group if _page_of(c, record) == page)
    try:
        return _page_image(str(original), original.stat().st_mtime, page, quote)
    except (OSError, ValueError, RuntimeError) as error:  # pypdfium2's PdfiumError is a RuntimeError
        return error


def _render_pdf_page(image, title: str, key: str, lang: str) -> None:
    """The cited page as an image, the quoted lines boxed in yellow, with its index and printed number."""
    if isinstance(image, Exception):
        st.caption(text(lang, "page_image_failed", kind=type(image).__name__))
        return
    printed = (text(lang, "printed_page", number=image.printed) if image.printed
               else text(lang, "no_printed_page"))
    where = f"{text(lang, 'pdf_page', page=image.page, pages=image.pages)} · {printed}"
    alt = text(lang, "page_alt", page=image.page, title=title)
    if image.crop is not None:
        st.image(image.crop, caption=where, width="stretch")
        if st.toggle(text(lang, "whole_page"), key=f"page-{key}"):
            st.image(image.png, caption=alt, width="stretch")
    else:
        st.image(image.png, caption=where, width="stretch")
        st.caption(text(lang, "quote_not_on_page"))


def render_source(group: Sequence[Citation], key: str, ctx: RenderContext) -> None:
    """One expander for one passage, however many numbers cite it."""
    citation = group[0]
    record = ctx.documents.get(citation.doc)
    doc_text = ctx.text_for(record) if record is not None else None
    image = _pdf_page(group, record)
    printed = getattr(image, "printed", None)
    with st.expander(source_label(group, ctx.lang, printed)):
        if image is not None:
            _render_pdf_page(image, citation.title, key, ctx.lang)
        if doc_text is None:
            st.html(passage_html("", None, "\n".join(c.quote for c in group)))
            st.caption(text(ctx.lang, "text_missing"))
            return
        spans = [s for s in (locate_quote(doc_text, c.quote, c.start, c.end) for c in group) if s is not None]
        markdown = is_markdown(citation.doc)
        st.html(passage_html(doc_text, spans[0] if spans else None, citation.quote, more=spans[1:],
                             render=markdown_passage if markdown else None))
        st.caption(escape_markdown(citation.doc))
        if st.toggle(text(ctx.lang, "whole_document"), key=f"doc-{key}"):
            st.html(document_html(doc_text, spans[0] if spans else None, anchor=f"q-{key}",
                                  jump_label=text(ctx.lang, "jump_to_quote"),
                                  pages=record.pages if record else (), page_label=text(ctx.lang, "page"),
                                  render=markdown_html if markdown else None))
            original = Path(citation.doc)
            if original.is_file():
                st.download_button(text(ctx.lang, "download_original"), data=original.read_bytes(),
                                   file_name=original.name, key=f"dl-{key}", on_click="ignore")
