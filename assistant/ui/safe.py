"""Document text is data, never markup: escape it for Markdown and HTML, then mark the quoted span.

Every string that came from a document (answers quote documents too) goes through `escape_markdown`
before `st.markdown`, or through `html.escape` before `st.html`. Only the <mark>, <div> and <a> tags
written here are HTML.
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence

from core.types import PageSpan

# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping them all turns
# emphasis, links, HTML, tables, lists, math ($) and Streamlit's :colour[...] directives into plain text.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=&\"'^%])")

_DIGIT_GROUP = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_BEFORE_UNIT = re.compile(r"(?<=\d) (?=(?:%|tkr|mnkr|mdkr|kr|kronor|miljoner|miljarder)(?!\w))")

PASSAGE_STYLE = ("white-space:break-spaces;overflow-wrap:anywhere;font-size:0.92rem;line-height:1.5;padding:0.6rem 0.8rem;"
                 "border-left:3px solid #d0d7de;background:rgba(127,127,127,0.06);border-radius:4px;")
DOCUMENT_STYLE = PASSAGE_STYLE + "max-height:60vh;overflow:auto;"
TABLE_ROWS_SHOWN = 40  # a quoted table this short is shown whole
_CELL_SPLIT = re.compile(r"\t+| {2,}")  # table rows keep columns as tabs or runs of spaces (PDF layout mode)
_NUMBERISH = re.compile(r"^[−\-–+]?[\d\s\u00a0,.]+%?$")
TABLE_STYLE = "border-collapse:collapse;font-size:0.88rem;line-height:1.45;"
ROW_MARK_STYLE = "background:#ffe58a;"
MARK_STYLE = "background:#ffe58a;color:inherit;padding:0 2px;border-radius:2px;"
PAGE_STYLE = "display:block;color:#6a737d;font-size:0.8rem;margin:0.6rem 0 0.2rem 0;"


def escape_markdown(text: str) -> str:
    """Text that `st.markdown` shows literally (newlines kept as line breaks)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    return escaped.replace("\n", "  \n")


def keep_numbers_together(text: str) -> str:
    """Non-breaking spaces inside Swedish numbers and before units/percent: "7 990 tkr" never wraps as "7 / 990"."""
    text = _DIGIT_GROUP.sub("\u00a0", text)
    return _BEFORE_UNIT.sub("\u00a0", text)


def locate_quote(doc_text: str, quote: str, start: int | None, end: int | None) -> tuple[int, int] | None:
    """The quote's offsets in `doc_text`: the given ones when they match, else the first occurrence."""
    if start is not None and end is not None and 0 <= start < end <= len(doc_text):
        if _squash(doc_text[start:end]) == _squash(quote) or not quote:
            return start, end
    if not quote:
        return None
    found = doc_text.find(quote)
    if found >= 0:
        return found, found + len(quote)
    pattern = r"\s+".join(re.escape(word) for word in quote.split())  # whitespace may be normalised
    match = re.search(pattern, doc_text) if pattern else None
    return (match.start(), match.end()) if match else None


def _squash(text: str) -> str:
    return " ".join(text.split())


def passage_window(doc_text: str, start: int, end: int, radius: int = 450) -> tuple[int, int]:
    """A window of about `radius` characters either side of [start, end), cut at paragraph or word edges."""
    lo = max(0, start - radius)
    hi = min(len(doc_text), end + radius)
    if lo > 0:
        para = doc_text.find("\n\n", lo, start)
        space = doc_text.find(" ", lo, start)
        lo = para + 2 if para >= 0 else (space + 1 if space >= 0 else lo)
    if hi < len(doc_text):
        para = doc_text.rfind("\n\n", end, hi)
        space = doc_text.rfind(" ", end, hi)
        hi = para if para >= 0 else (space if space >= 0 else hi)
    return lo, hi


def highlighted_html(text: str, start: int | None, end: int | None, *, anchor: str | None = None) -> str:
    """`text` escaped, with text[start:end] wrapped in <mark> (carrying id=`anchor` when given)."""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return html.escape(text)
    anchor_attr = f' id="{html.escape(anchor)}"' if anchor else ""
    return (html.escape(text[:start]) + f'<mark{anchor_attr} style="{MARK_STYLE}">'
            + html.escape(text[start:end]) + "</mark>" + html.escape(text[end:]))


def marked_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` escaped with every span in `spans` (offsets into `text`) wrapped in <mark>."""
    out, cursor = [], 0
    for start, end in sorted(spans):
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        out += [html.escape(text[cursor:start]), f'<mark style="{MARK_STYLE}">', html.escape(text[start:end]), "</mark>"]
        cursor = end
    return "".join(out) + html.escape(text[cursor:])


def passage_html(doc_text: str, span: tuple[int, int] | None, quote: str,
                 more: Sequence[tuple[int, int]] = (), render=None) -> str:
    """A block showing the passage around the quote with the quote marked; the quote alone if unplaced.

    `more` are further quoted spans of the same passage (marked too); `render(text, spans)` draws a
    passage that is not a table (Markdown documents pass their formatter)."""
    if span is None:
        body = f'<mark style="{MARK_STYLE}">{html.escape(quote)}</mark>'
        return f'<div style="{PASSAGE_STYLE}">{body}</div>'
    spans = [span, *more]
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    lo, hi = passage_window(doc_text, first, last)
    block_lo = doc_text.rfind("\n\n", 0, first)
    block_lo = 0 if block_lo < 0 else block_lo + 2
    block_hi = doc_text.find("\n\n", last)
    block_hi = len(doc_text) if block_hi < 0 else block_hi
    if _is_table(doc_text[block_lo:block_hi]):  # a table reads as a table: cells in columns, quoted rows marked
        if doc_text.count("\n", block_lo, block_hi) < TABLE_ROWS_SHOWN:
            lo, hi = _with_title(doc_text, block_lo), block_hi  # the whole table, its title and heading row
        else:  # a long table: the rows around the quote, whole lines only
            lo = doc_text.rfind("\n", block_lo, max(block_lo, lo)) + 1 if lo > block_lo else block_lo
            hi = min(block_hi, hi)
            hi = doc_text.find("\n", hi) if doc_text.find("\n", hi, block_hi) >= 0 else block_hi
        local = [(a - lo, b - lo) for a, b in spans]
        return f'<div style="{PASSAGE_STYLE}white-space:normal;overflow-x:auto">' \
               f'{table_html(doc_text[lo:hi], local[0], spans=local)}</div>'
    local = [(a - lo, b - lo) for a, b in spans]
    if render is not None:
        body = render(doc_text[lo:hi], local)
        return f'<div style="{PASSAGE_STYLE}white-space:normal">{"… " if lo > 0 else ""}{body}</div>'
    body = marked_html(doc_text[lo:hi], local)
    body = ("… " if lo > 0 else "") + body + (" …" if hi < len(doc_text) else "")
    return f'<div style="{PASSAGE_STYLE}">{body}</div>'


def _with_title(doc_text: str, block_lo: int) -> int:
    """Where a table starting at `block_lo` begins with its title: a one-line paragraph right before it."""
    if block_lo < 2:
        return block_lo
    start = doc_text.rfind("\n\n", 0, block_lo - 2)
    start = 0 if start < 0 else start + 2
    title = doc_text[start:block_lo - 2].strip()
    return start if title and "\n" not in title and len(title) <= 120 else block_lo


def document_html(doc_text: str, span: tuple[int, int] | None, anchor: str, jump_label: str,
                  pages: Sequence[PageSpan] = (), page_label: str = "s.", render=None) -> str:
    """The whole document in a scroll box, quote marked, a link that jumps to it, page headings for PDFs.

    `render(text, span, anchor)` draws the document instead (Markdown documents pass their formatter)."""
    jump = f'<a href="#{html.escape(anchor)}">{html.escape(jump_label)}</a>' if span is not None else ""
    if render is not None:
        return f'<div>{jump}</div><div style="{DOCUMENT_STYLE}white-space:normal">{render(doc_text, span, anchor)}</div>'
    pieces: list[str] = []
    bounds = [(p.page, p.start, p.end) for p in sorted(pages, key=lambda p: p.start)] or [(None, 0, len(doc_text))]
    for page, lo, hi in bounds:
        if page is not None:
            pieces.append(f'<span style="{PAGE_STYLE}">— {html.escape(page_label)} {page} —</span>')
        local = (span[0] - lo, span[1] - lo) if span is not None and lo < span[1] and span[0] < hi else None
        pieces.append(_blocks_html(doc_text[lo:hi], local, anchor if span is not None and lo <= span[0] < hi else None))
    return f'<div>{jump}</div><div style="{DOCUMENT_STYLE}">{"".join(pieces)}</div>'


_BLOCK_GAP = re.compile(r"\n[ \t]*\n")


def _blocks_html(text: str, span: tuple[int, int] | None, anchor: str | None) -> str:
    """Paragraphs as escaped text and table-like blocks as tables; the span (clipped per block) marked."""
    out: list[str] = []
    cursor = 0
    gaps = list(_BLOCK_GAP.finditer(text)) + [None]
    for gap in gaps:
        end = gap.start() if gap else len(text)
        block = text[cursor:end]
        local = None
        if span is not None and cursor < span[1] and span[0] < end:
            local = (max(span[0], cursor) - cursor, min(span[1], end) - cursor)
        block_anchor = anchor if local is not None and span is not None and span[0] >= cursor else None
        if _is_table(block):
            out.append(table_html(block, local, anchor=block_anchor))
        elif local is not None:
            out.append(highlighted_html(block, local[0], local[1], anchor=block_anchor))
        else:
            out.append(html.escape(block))
        if gap:
            out.append(html.escape(gap.group()))
            cursor = gap.end()
    return "".join(out)


def _is_table(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    rows = [line for line in lines if len(_CELL_SPLIT.split(line.strip())) >= 2]
    return len(rows) >= 3 and len(rows) * 2 >= len(lines)


def table_html(text: str, span: tuple[int, int] | None, anchor: str | None = None,
               spans: Sequence[tuple[int, int]] = ()) -> str:
    """Tab- or space-separated rows as an HTML table (every cell escaped); rows the span touches are marked."""
    lines: list[tuple[list[str], bool]] = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.strip():
            hit = any(a < end and start < b for a, b in ([span] if span else []) + list(spans))
            lines.append((_CELL_SPLIT.split(line.strip()), hit))
    width = max((len(cells) for cells, _ in lines), default=1)
    rows = []
    for cells, hit in lines:
        style = f' style="{ROW_MARK_STYLE}"' if hit else ""
        if hit and anchor:
            style, anchor = f' id="{html.escape(anchor)}"{style}', None
        if len(cells) == 1:
            rows.append(f'<tr{style}><td colspan="{width}" style="padding:4px 8px 2px 0;font-weight:600">'
                        f"{_cell_text(cells[0], hit)}</td></tr>")
            continue
        tds = "".join(f'<td style="padding:1px 8px;white-space:nowrap;text-align:'
                      f'{"right" if _NUMBERISH.match(cell) else "left"}">{_cell_text(cell, hit and i == 0)}</td>'
                      for i, cell in enumerate(cells))
        rows.append(f"<tr{style}>{tds}</tr>")
    return f'<table style="{TABLE_STYLE}white-space:normal">{"".join(rows)}</table>'


def _cell_text(cell: str, marked: bool) -> str:
    escaped = html.escape(cell)
    return f'<mark style="{MARK_STYLE}">{escaped}</mark>' if marked else escaped
