"""Property: for any document built from Swedish-looking parts, chunks are exact, ordered and bounded."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.types import DocumentMeta, LoadedDocument, PageSpan
from ingest.chunk import MAX_WORDS, chunk_document, count_words
from ingest.normalize import normalize_text

WORDS = st.sampled_from("kommunen nämnden budget tkr ökar minskar år förslag socialnämnden beslut "
                        "Alingsås välfärd 2021 2023 205 172 − och i på för".split())
SENTENCE = st.lists(WORDS, min_size=1, max_size=40).map(lambda ws: " ".join(ws).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=30).map(" ".join)
HEADING = st.lists(WORDS, min_size=1, max_size=6).map(lambda ws: " ".join(ws).capitalize())
MD_HEADING = HEADING.map(lambda h: "## " + h)
BULLETS = st.lists(SENTENCE, min_size=1, max_size=6).map(lambda ss: "\n".join("- " + s for s in ss))
ROW = st.tuples(HEADING, st.integers(0, 999_999), st.integers(0, 999_999)).map(
    lambda r: f"{r[0]}\t{r[1]:,}\t{r[2]:,}".replace(",", " "))
TABLE = st.lists(ROW, min_size=2, max_size=12).map(lambda rows: "tkr\tBudget 2021\tPlan 2022\n" + "\n".join(rows))
NOISE = st.sampled_from(["", " ", "\t", "  \n", "\u00a0", "<i>x</i>", "\r\n"])
PART = st.one_of(PARAGRAPH, HEADING, MD_HEADING, BULLETS, TABLE, NOISE)


@settings(max_examples=150, deadline=None)
@given(st.lists(PART, min_size=1, max_size=25), st.booleans())
def test_chunks_are_exact_ordered_and_bounded(parts: list[str], paged: bool) -> None:
    text = normalize_text("\n\n".join(parts))
    if not text.strip():
        return
    pages: tuple[PageSpan, ...] = ()
    if paged:
        half = len(text) // 2
        pages = (PageSpan(1, 0, half), PageSpan(2, half, len(text)))
    doc = LoadedDocument(path="p.txt", text=text, sha256="0" * 64, meta=DocumentMeta(title="T"), pages=pages)
    chunks = chunk_document(doc)
    assert chunks
    for position, chunk in enumerate(chunks):
        assert chunk.text == text[chunk.start:chunk.end] and chunk.text.strip()
        assert chunk.position == position and chunk.id == f"{doc.text_key[:12]}-{position:04d}"
        if chunk.kind == "text":
            assert count_words(chunk.text) <= 2 * MAX_WORDS + 20
        if paged:
            assert chunk.page == (1 if chunk.start < len(text) // 2 else 2)
    assert all(a.end <= b.start for a, b in zip(chunks, chunks[1:]))
    assert chunk_document(doc) == chunks  # deterministic
