"""The upload panel: shown only when KOMMUN_ADMIN_TOKEN is set, usable only with the right token."""
from __future__ import annotations

import streamlit as st

from core.settings import Settings
from assistant.ui import resources
from assistant.ui.safe import escape_markdown
from assistant.ui.texts import text
from assistant.ui.uploads import ALLOWED_SUFFIXES, save_uploads, token_matches


def render_admin(settings: Settings, lang: str) -> None:
    if not settings.admin_token:
        return  # no token configured: no upload UI at all
    with st.sidebar.expander(text(lang, "admin"), icon=":material/upload_file:"):
        entered = st.text_input(text(lang, "admin_token"), type="password", key="admin_token")
        if not entered:
            return
        if not token_matches(settings.admin_token, entered):
            st.error(text(lang, "admin_wrong"))
            return
        files = st.file_uploader(text(lang, "upload", mb=f"{settings.max_file_mb:g}"),
                                 type=[s.lstrip(".") for s in ALLOWED_SUFFIXES],
                                 accept_multiple_files=True, key="uploads")
        if not files or not st.button(text(lang, "upload_button"), key="ingest_uploads"):
            return
    saved, skipped = save_uploads([(f.name, f.getvalue()) for f in files], settings.corpus_dir,
                                  settings.max_file_mb)
    if saved:
        with st.sidebar:
            report = resources.run_ingest(saved, settings, lang, label=text(lang, "uploading", count=len(saved)))
        st.sidebar.success(text(lang, "upload_done", files=report.files_ingested + report.files_unchanged,
                                chunks=report.chunks_total))
        if report.skipped:
            with st.sidebar:
                resources.show_skipped(report.skipped, lang)
    if skipped:
        st.sidebar.warning(f"**{text(lang, 'skipped')}**\n\n" + "\n".join(
            f"- {escape_markdown(s.name)}: {escape_markdown(s.reason)}" for s in skipped))
