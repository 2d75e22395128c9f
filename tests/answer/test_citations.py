"""Citations: quotes verified verbatim, unverifiable ones dropped, markers renumbered or stripped."""
from __future__ import annotations

from assistant.compose.citations import finalize, locate, markers_in, verify
from core.types import Citation

DOC = "Första meningen här.  Vi har ett sparkrav på totalt\n41 miljoner. Sista meningen."
TEXTS = {"doc.txt": DOC}


def cite(n: int, quote: str, start: int | None = None, end: int | None = None, doc: str = "doc.txt") -> Citation:
    return Citation(n=n, doc=doc, title="Titel", quote=quote, chunk_id="c1", start=start, end=end)


def test_locate_exact_offsets_and_whitespace_normalised() -> None:
    start = DOC.index("Vi har")
    assert locate(DOC, DOC[start:start + 10], start, start + 10) == (start, start + 10)
    span = locate(DOC, "sparkrav på totalt 41 miljoner")  # newline in the source, space in the quote
    assert span is not None and DOC[span[0]:span[1]] == "sparkrav på totalt\n41 miljoner"
    assert locate(DOC, "sparkrav på 42 miljoner") is None
    assert locate(DOC, "   ") is None


def test_verify_repairs_wrong_offsets_and_rejects_unknown_documents() -> None:
    fixed = verify(cite(1, "Sista meningen.", 0, 5), TEXTS.__getitem__)
    assert fixed is not None and DOC[fixed.start:fixed.end] == "Sista meningen."
    assert verify(cite(1, "Sista meningen.", doc="saknas.txt"), TEXTS.__getitem__) is None


def test_finalize_drops_unverifiable_renumbers_and_strips_unknown_markers() -> None:
    text = "Svar [2]. Påhittat [1]. Okänt [7]. Båda [2, 3]."
    citations = [cite(1, "Detta står inte i dokumentet."), cite(2, "Sista meningen."), cite(3, "Första meningen här.")]
    out, kept, notes = finalize(text, citations, TEXTS.__getitem__)
    assert out == "Svar [1]. Påhittat. Okänt. Båda [1][2]."
    assert [c.n for c in kept] == [1, 2]
    assert [c.quote for c in kept] == ["Sista meningen.", "Första meningen här."]
    assert len(notes) == 1 and "ordagrant" in notes[0]
    assert markers_in(out) == [1, 1, 2]


def test_finalize_merges_citations_of_the_same_span() -> None:
    out, kept, _ = finalize("A [1]. B [2].", [cite(1, "Sista meningen."), cite(2, "Sista meningen.")],
                            TEXTS.__getitem__)
    assert out == "A [1]. B [1]." and len(kept) == 1
