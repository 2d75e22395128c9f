"""Markdown documents shown formatted (headings, bold, italics, lists, tables, rules), built from escaped
text: a document's own HTML stays text, its links show only their words, and the quoted span is marked.

The span is carried through the formatting as two private-use characters, so offsets into the raw
document still mark the right words after `**`, `#` and list markers are gone.
"""
from __future__ import annotations

import html
import re
from collections.abc import Sequence

from assistant.ui.safe import MARK_STYLE

_OPEN, _CLOSE = "\ue000", "\ue001"
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_ITEM = re.compile(r"^\s*([-*+]|\d{1,3}[.)])\s+(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # an image shows its alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # a link shows its words, never a live href
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"__(?=\S)(.+?)(?<=\S)__"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"<em>\1</em>"),
)
HEADING_STYLE = "margin:0.7rem 0 0.3rem 0;line-height:1.3;font-weight:600;"
HEADING_SIZES = {1: "1.25rem", 2: "1.1rem", 3: "1rem", 4: "0.95rem", 5: "0.92rem", 6: "0.92rem"}


def is_markdown(path: str | None) -> bool:
    return bool(path) and path.lower().endswith((".md", ".markdown"))


class _Span:
    """Carries the quoted span across fragments: a mark never crosses an element, so it is closed at the
    end of each piece of text it covers and reopened at the start of the next."""

    def __init__(self) -> None:
        self.inside = False

    def text(self, lead: str, text: str) -> str:
        out = html.escape(text, quote=False)
        for pattern, replacement in _INLINE:
            out = pattern.sub(replacement, out)
        return self.balance(lead + out)

    def balance(self, piece: str) -> str:
        if self.inside:
            piece = _OPEN + piece
        for char in piece:
            if char in _MARKS:
                self.inside = char == _OPEN
        return piece + _CLOSE if self.inside else piece


def _with_sentinels(text: str, spans: Sequence[tuple[int, int]]) -> str:
    inserts: list[tuple[int, str]] = []
    for start, end in spans:
        if not 0 <= start < end <= len(text):
            continue
        while start > 0 and text[start - 1] in "*_":  # keep a bold marker whole, on the outside of the mark
            start -= 1
        while end < len(text) and text[end] in "*_":
            end += 1
        inserts += [(start, _OPEN), (end, _CLOSE)]
    for position, mark in sorted(inserts, key=lambda item: (item[0], item[1] == _OPEN), reverse=True):
        text = text[:position] + mark + text[position:]
    return text


_MARKS = _OPEN + _CLOSE
_LEAD = re.compile(r"^[\s#>|*+\-\d.)" + _MARKS + r"]*")


def _lift(line: str) -> tuple[str, str]:
    """(marks, line): the span marks that sit among a line's leading markup, and the line without them,
    so `## Rubrik` with the mark before `#` still reads as a heading and the mark goes into its text."""
    lead = _LEAD.match(line).group()
    marks = "".join(c for c in lead if c in _MARKS)
    return marks, lead.replace(_OPEN, "").replace(_CLOSE, "") + line[len(lead):]


def _kind(line: str) -> str:
    if not line.strip():
        return "blank"
    if _HEADING.match(line):
        return "heading"
    if _RULE.match(line):
        return "rule"
    if _ITEM.match(line):
        return "list"
    if line.lstrip().startswith("|"):
        return "table"
    return "paragraph"


def _blocks(lines: list[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(kind, [(marks, line)]) per block: blank, heading, rule, list, table, paragraph."""
    blocks: list[tuple[str, list[tuple[str, str]]]] = []
    for raw in lines:
        marks, line = _lift(raw)
        kind = _kind(line)
        if kind == "paragraph" and blocks and blocks[-1][0] == "list" and line.startswith((" ", "\t")):
            kind = "list"  # a list item's continuation line
        if blocks and blocks[-1][0] == kind and kind in ("list", "table", "paragraph", "blank"):
            blocks[-1][1].append((marks, line))
        else:
            blocks.append((kind, [(marks, line)]))
    return blocks


def _block_html(kind: str, lines: list[tuple[str, str]], span: _Span) -> str:
    marks = "".join(m for m, _ in lines)
    if kind in ("blank", "rule"):
        span.balance(marks)  # only moves the state: no text to mark here
        return '<hr style="margin:0.6rem 0;border:none;border-top:1px solid #d0d7de">' if kind == "rule" else ""
    if kind == "heading":
        lead, line = lines[0]
        match = _HEADING.match(line)
        assert match is not None
        level = len(match.group(1))
        return (f'<div role="heading" aria-level="{level}" style="{HEADING_STYLE}'
                f'font-size:{HEADING_SIZES[level]}">{span.text(lead, match.group(2))}</div>')
    if kind == "list":
        items: list[str] = []
        ordered = lines[0][1].lstrip()[:1].isdigit()
        for lead, line in lines:
            match = _ITEM.match(line)
            if match and not line.startswith((" ", "\t")) or not items:
                items.append(span.text(lead, match.group(2) if match else line))
            else:
                items[-1] += "<br>" + span.text(lead, line.strip())
        tag = "ol" if ordered else "ul"
        return (f'<{tag} style="margin:0.2rem 0 0.6rem 1.2rem;padding:0">'
                + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>")
    if kind == "table":
        rows = [(lead, line) for lead, line in lines if not _TABLE_RULE.match(line.replace(_OPEN, "").replace(_CLOSE, ""))]
        body = "".join("<tr>" + "".join(
            f'<td style="padding:2px 8px;border-bottom:1px solid #e5e7eb">{span.text(lead if i == 0 else "", c.strip())}</td>'
            for i, c in enumerate(line.strip().strip("|").split("|"))) + "</tr>" for lead, line in rows)
        return f'<div style="overflow-x:auto"><table style="border-collapse:collapse;font-size:0.88rem">{body}</table></div>'
    parts = []
    for number, (lead, line) in enumerate(lines):
        hard = line.endswith("  ") or line.endswith("\\")
        parts.append(span.text(lead, line.rstrip(" \\")) + ("<br>" if hard and number < len(lines) - 1 else " "))
    return '<p style="margin:0 0 0.6rem 0">' + "".join(parts).rstrip() + "</p>"


def markdown_html(text: str, span: tuple[int, int] | None = None, anchor: str | None = None,
                  more: Sequence[tuple[int, int]] = ()) -> str:
    """`text` (Markdown) as formatted, escaped HTML; text[span] (and each span in `more`) marked, the first
    mark carrying id=`anchor`."""
    state = _Span()
    marked = _with_sentinels(text, [span, *more] if span is not None else list(more))
    body = "".join(_block_html(kind, lines, state) for kind, lines in _blocks(marked.split("\n")))
    if anchor and _OPEN in body:
        body = body.replace(_OPEN, f'<mark id="{html.escape(anchor)}" style="{MARK_STYLE}">', 1)
    body = body.replace(_OPEN, f'<mark style="{MARK_STYLE}">').replace(_CLOSE, "</mark>")
    return f'<div style="line-height:1.5">{body}</div>'


def markdown_passage(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """For safe.passage_html: an excerpt of a Markdown document, formatted, every span marked."""
    return markdown_html(text, None, None, more=spans)
