"""Markdown documents render formatted, never as HTML from the document, with the quote marked."""
from __future__ import annotations

from assistant.ui.mdview import is_markdown, markdown_html
from assistant.ui.safe import document_html, passage_html
from assistant.ui.mdview import markdown_passage

DOC = ("# Ekonomisk handlingsplan\n\n## Nämndbuffertar\n\nText om *buffertar* och `kod`.\n\n"
       "**Ansvar:** Samtliga förvaltningschefer.\n\n- första <script>alert(1)</script>\n- andra [länk](javascript:alert(1))\n\n"
       "---\n\n| Nämnd | Belopp |\n|---|---|\n| Social | 5 |\n")


def test_headings_bold_lists_and_tables_are_formatted():
    out = markdown_html(DOC)
    assert 'aria-level="1"' in out and ">Ekonomisk handlingsplan</div>" in out and 'aria-level="2"' in out
    assert "<strong>Ansvar:</strong> Samtliga" in out and "<em>buffertar</em>" in out and "<code>kod</code>" in out
    assert "<ul" in out and out.count("<li>") == 2 and "<hr" in out
    assert "<td" in out and ">Social</td>" in out and "---" not in out
    assert "**" not in out and "##" not in out


def test_document_html_stays_text_and_links_are_not_live():
    out = markdown_html(DOC)
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "javascript" not in out and "länk" in out and "<a " not in out


def test_the_quote_is_marked_through_the_formatting():
    start = DOC.index("**Ansvar:**")
    end = DOC.index("chefer.") + len("chefer.")
    out = markdown_html(DOC, (start, end), anchor="q-1")
    assert '<mark id="q-1"' in out and "<strong>Ansvar:</strong> Samtliga förvaltningschefer.</mark>" in out
    heading = DOC.index("## Nämnd")
    out = markdown_html(DOC, (heading, heading + 20))
    assert '<mark style="' in out.split('aria-level="2"')[1].split("</div>")[0]  # the mark is inside the heading


def test_a_mark_never_crosses_an_element():
    start = DOC.index("Text om")
    end = DOC.index("Samtliga")
    out = markdown_html(DOC, (start, end))
    assert out.count("<mark") == out.count("</mark>") == 2  # closed at the paragraph's end, reopened in the next


def test_excerpts_and_whole_document_of_a_markdown_file():
    start = DOC.index("**Ansvar:**")
    span = (start, start + len("**Ansvar:** Samtliga förvaltningschefer."))
    excerpt = passage_html(DOC, span, "x", render=markdown_passage)
    assert "<strong>Ansvar:</strong>" in excerpt and "<mark" in excerpt and "**" not in excerpt
    whole = document_html(DOC, span, anchor="q-2", jump_label="Hoppa", render=markdown_html)
    assert '<a href="#q-2">Hoppa</a>' in whole and '<mark id="q-2"' in whole and "aria-level" in whole
    assert is_markdown("corpus/plan.md") and not is_markdown("corpus/budget.txt") and not is_markdown(None)
