"""Document text is shown literally; the quote is marked; windows cut at sensible edges."""
from __future__ import annotations

from core.types import PageSpan
from assistant.ui.safe import (ROW_MARK_STYLE, document_html, escape_markdown, highlighted_html, keep_numbers_together, locate_quote,
                               passage_html, passage_window)


def test_escape_markdown_neutralises_markup():
    raw = "**fet** <script>x</script> [länk](javascript:alert(1)) $x$ :red[röd] # rubrik"
    escaped = escape_markdown(raw)
    assert "\\*\\*fet\\*\\*" in escaped and "\\<script\\>" in escaped
    assert "\\[länk\\]\\(javascript\\:alert\\(1\\)\\)" in escaped
    assert "\\$x\\$" in escaped and "\\:red\\[röd\\]" in escaped and "\\# rubrik" in escaped


def test_escape_markdown_keeps_numbers_readable_and_lines():
    assert escape_markdown("7 990 tkr eller 3,9 %") == "7 990 tkr eller 3,9 \\%"
    assert escape_markdown("a\nb") == "a  \nb"


def test_highlight_escapes_before_marking():
    text = "före <b>citat & mer</b> efter"
    out = highlighted_html(text, 5, 23)
    assert out.startswith("före <mark")
    assert "&lt;b&gt;citat &amp; mer&lt;/b&gt;</mark> efter" in out
    assert "<b>" not in out


def test_highlight_ignores_offsets_outside_the_text():
    assert highlighted_html("<i>x</i>", 3, 99) == "&lt;i&gt;x&lt;/i&gt;"


def test_locate_quote_trusts_matching_offsets_and_searches_otherwise():
    doc = "Inledning.\nSocialnämnden  205 172\n209 559 213 162\nSlut."
    quote = "Socialnämnden 205 172 209 559 213 162"
    start = doc.index("Social")
    assert locate_quote(doc, quote, start, doc.index("\nSlut")) == (start, doc.index("\nSlut"))
    assert locate_quote(doc, quote, 0, 5) == (start, doc.index("\nSlut"))  # wrong offsets: found by text
    assert locate_quote(doc, "finns inte", None, None) is None


def test_passage_window_cuts_at_paragraphs_then_words():
    doc = "Första stycket här.\n\n" + "ord " * 20 + "CITAT" + " ord" * 20 + "\n\nSista stycket här."
    start = doc.index("CITAT")
    lo, hi = passage_window(doc, start, start + 5, radius=95)
    assert doc[lo:hi] == ("ord " * 20 + "CITAT" + " ord" * 20)  # paragraph edges inside the radius
    lo, hi = passage_window(doc, start, start + 5, radius=30)
    assert doc[lo:hi].startswith("ord ") and doc[lo:hi].endswith(" ord") and len(doc[lo:hi]) <= 65


def test_passage_html_marks_unplaced_quote_alone():
    out = passage_html("", None, "<x>")
    assert "<mark" in out and "&lt;x&gt;</mark>" in out


def test_document_html_has_page_headings_anchor_and_jump_link():
    doc = "Sida ett text.Sida två <script> CITAT här."
    pages = (PageSpan(1, 0, 14), PageSpan(2, 14, len(doc)))
    start = doc.index("CITAT")
    out = document_html(doc, (start, start + 5), anchor="q-1", jump_label="Hoppa", pages=pages, page_label="s.")
    assert '<a href="#q-1">Hoppa</a>' in out and '<mark id="q-1"' in out
    assert "— s. 1 —" in out and "— s. 2 —" in out
    assert "&lt;script&gt;" in out and "<script>" not in out


def test_numbers_and_units_do_not_wrap():
    out = keep_numbers_together("från 2 421 049 kr till 7 990 tkr, 3,9 % och åren 2021 2022")
    assert out == "från 2\u00a0421\u00a0049\u00a0kr till 7\u00a0990\u00a0tkr, 3,9\u00a0% och åren 2021 2022"


def test_table_passages_become_tables_with_the_quoted_row_marked():
    doc = ("Driftsbudget\n\ntkr\tBudget 2021\tPlan 2022\n<b>Social</b>nämnden\t205 172\t209 559\n"
           "Kultur  och fritid  298 987  310 305\nSumma\t2 384 696\t2 442 036\n")
    start = doc.index("<b>Social")
    out = passage_html(doc, (start, doc.index("\nKultur")), "x")
    assert out.count("<tr") == 5 and out.count(f'<tr style="{ROW_MARK_STYLE}">') == 1
    assert "&lt;b&gt;Social&lt;/b&gt;nämnden</mark>" in out and "<b>" not in out
    assert '<td style="padding:1px 8px;white-space:nowrap;text-align:right">205 172</td>' in out
    assert ">Kultur</td>" in out and ">och fritid</td>" in out  # runs of 2+ spaces split cells too
    assert 'colspan="4"' in out  # a heading line spans the widest row


def test_prose_passages_stay_prose():
    prose = "Socialnämnden fattade beslut om ett omställningspaket. Det gäller 2020.\tSlut."
    out = passage_html(prose, (0, 13), "Socialnämnden")
    assert "<table" not in out and "Socialnämnden</mark>" in out


def test_whole_document_renders_tables_and_anchors_the_quoted_row():
    doc = "Inledning om <i>budgeten</i>.\n\nNämnd\tBudget\tPlan\nA\t1\t2\nSocialnämnden\t205 172\t209 559\nB\t3\t4\n\nSlut."
    start = doc.index("Socialnämnden")
    out = document_html(doc, (start, start + len("Socialnämnden\t205 172\t209 559")), anchor="q-9", jump_label="Hoppa")
    assert "&lt;i&gt;budgeten&lt;/i&gt;" in out and "<table" in out
    assert f'<tr id="q-9" style="{ROW_MARK_STYLE}">' in out and out.count("<tr") == 4
    assert out.index("Inledning") < out.index("<table") < out.index("Slut.")


def test_table_passage_stops_at_the_table_end():
    doc = ("Driftsbudget\n\ntkr\tBudget 2021\tPlan 2022\nSocialnämnden\t205 172\t209 559\n"
           "Summa\t2 384 696\t2 442 036\n\nInvesteringsbudget\n\ntkr\t2021\t2022\n")
    start = doc.index("Socialnämnden")
    out = passage_html(doc, (start, doc.index("\nSumma")), "Socialnämnden\t205 172\t209 559")
    assert "Driftsbudget" in out and "Summa" in out
    assert "Investeringsbudget" not in out  # the next table's title belongs to the next table
