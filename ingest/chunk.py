"""Chunking that respects Swedish municipal documents.

Sections come from headings (markdown #, ALL CAPS lines, short standalone title-like lines); paragraphs
and bullet lists are kept whole where possible; passages are roughly MIN_WORDS-MAX_WORDS words (long
paragraphs split at sentence ends, small blocks merged within a section). Table blocks (consecutive
lines with tabs or runs of 2+ spaces and numbers) become whole kind="table" chunks that include the
table's title line and column header line. Every chunk's text is exactly doc.text[start:end]; a chunk holding rows
of a table whose title or column header lies outside it (a section of a long table, a table continued on the next
page) carries them as its `context`, so "budget 2026" finds the row "Socialnämnden 451,9 463,0 478,9".
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from core.types import Chunk, LoadedDocument

if TYPE_CHECKING:
    from assistant.budget.records import Table

log = logging.getLogger(__name__)

CHUNKER_VERSION = 5  # bump when chunking changes: the next ingest re-chunks and re-embeds everything
MIN_WORDS = 60
MAX_WORDS = 200

_CELL_SPLIT = re.compile(r"\t+| {2,}")
_PIPE_ROW = re.compile(r"^\|.*\|$")  # a markdown table row: | Socialnämnden | 205 172 |
_PIPE_RULE = re.compile(r"^\|[\s:|-]+\|$")  # its header rule: |---|---:|
_NUMBER_CELL = re.compile(r"^[−\-+]?\d{1,3}(?:[ .]\d{3})*(?:,\d+)?\s*%?$|^[−\-+]?\d+(?:[,.]\d+)?\s*%?$")
_BULLET = re.compile(r"^\s*(?:[-*•–·▪]|\d{1,2}[.)])\s+\S")
_MD_HEADING = re.compile(r"^#{1,6}\s+\S")
_SENTENCE_END = re.compile(r"(?<=[.!?…:])\s+(?=[\"”'(]?[A-ZÅÄÖÉ0-9–-])")
_WORD = re.compile(r"\S+")
_TOC_TAIL = re.compile(r"(?:\.{2,}|…)?\s*\d{1,3}$")


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # "heading", "text", "bullets", "table", "noise" (page headers/footers only)
    start: int
    end: int
    words: int


def chunk_document(doc: LoadedDocument, tables: Sequence[Table] | None = None) -> list[Chunk]:
    """Split a loaded document into citable chunks with stable ids (text_key[:12]-position). `tables`: the document's
    tables when the caller has read them already (ingest/tables.extract_figures); read here otherwise."""
    blocks = parse_blocks(doc.text, page_edge_noise(doc))
    pieces: list[tuple[int, int, str, str | None]] = []  # start, end, kind, section
    section: str | None = None
    heading_start: int | None = None  # start of heading lines not yet attached to a chunk
    current: list[Block] = []

    def flush() -> None:
        nonlocal current, heading_start
        if current:
            start = heading_start if heading_start is not None else current[0].start
            pieces.append((start, current[-1].end, "text", section))
            heading_start = None
        current = []

    for block in blocks:
        if block.kind == "noise":
            if current:  # a page header inside a running passage stays in it (offsets are contiguous)
                current.append(block)
            continue  # otherwise it is not worth a chunk of its own
        if block.kind == "heading":
            flush()
            if heading_start is None:
                heading_start = block.start
            section = heading_label(doc.text[block.start:block.end])
            continue
        if block.kind == "table":
            flush()
            start = heading_start if heading_start is not None else block.start
            pieces.append((start, block.end, "table", section))
            heading_start = None
            continue
        if block.words > MAX_WORDS:
            flush()
            for s, e in split_long(doc.text, block.start, block.end):
                if heading_start is not None:
                    s, heading_start = heading_start, None
                pieces.append((s, e, "text", section))
            continue
        words = sum(b.words for b in current)
        if current and words + block.words > MAX_WORDS and words >= MIN_WORDS // 2:
            flush()
        current.append(block)
        if sum(b.words for b in current) >= MAX_WORDS:
            flush()
    flush()
    if heading_start is not None:  # a document that ends with a heading: keep its text findable
        pieces.append((heading_start, blocks[-1].end, "text", section))
    pieces = _merge_tiny(doc.text, pieces)
    if not pieces and doc.text.strip():  # only page furniture: still one chunk, never an unfindable document
        first = len(doc.text) - len(doc.text.lstrip())
        pieces = [(first, len(doc.text.rstrip()), "text", None)]

    meta = doc.meta
    key = doc.text_key
    chunks = []
    for position, (start, end, kind, sec) in enumerate(pieces):
        chunks.append(Chunk(
            id=f"{key[:12]}-{position:04d}", doc_path=doc.path, text=doc.text[start:end],
            start=start, end=end, title=meta.title, doc_type=meta.doc_type, date=meta.date,
            page=doc.page_at(start), section=sec, kind=kind, position=position,  # type: ignore[arg-type]
            municipality=meta.municipality))
    return with_table_context(chunks, _tables(doc) if tables is None else tables)


def _tables(doc: LoadedDocument) -> Sequence[Table]:
    """The document's tables as the calculator reads them (assistant.budget.tables); none when they cannot be read."""
    from assistant.budget.tables import parse_tables

    try:
        return parse_tables(doc)
    except Exception as error:  # noqa: BLE001 - the chunks stay findable by their own words
        log.warning("tabellerna i %s kunde inte läsas för sammanhanget: %r", doc.path, error)
        return ()


def with_table_context(chunks: list[Chunk], tables: Sequence[Table]) -> list[Chunk]:
    """Each chunk holding rows of a table, with the table's title and column labels that its text lacks as its
    `context`."""
    out = []
    for chunk in chunks:
        lowered = " ".join(chunk.text.lower().split())
        parts: list[str] = []
        for table in tables:
            if not any(chunk.start <= row.source.start < chunk.end for row in table.rows):
                continue
            title = " ".join(table.title.split())
            if title and title.lower() not in lowered:
                parts.append(title)
            labels = [" ".join(c.label.split()) for c in table.columns]
            if labels and not all(label.lower() in lowered for label in labels):
                parts.append(" · ".join(labels))
        context = " – ".join(dict.fromkeys(parts))
        out.append(replace(chunk, context=context) if context else chunk)
    return out


def _merge_tiny(text: str, pieces: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int, str, str | None]]:
    """Merge a text piece under MIN_WORDS/3 words into the next text piece of the same section."""
    out: list[tuple[int, int, str, str | None]] = []
    i = 0
    while i < len(pieces):
        start, end, kind, sec = pieces[i]
        while (kind == "text" and i + 1 < len(pieces) and pieces[i + 1][2] == "text"
               and pieces[i + 1][3] == sec and count_words(text[start:end]) < MIN_WORDS // 3
               and count_words(text[start:pieces[i + 1][1]]) <= MAX_WORDS):
            i += 1
            end = pieces[i][1]
        out.append((start, end, kind, sec))
        i += 1
    return out


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def heading_label(line: str) -> str:
    label = line.strip().lstrip("#").strip().strip("*").strip()
    return re.sub(r"\s+", " ", label)


# --- lines and blocks ---------------------------------------------------------------------------

def parse_blocks(text: str, noise_starts: frozenset[int] = frozenset()) -> list[Block]:
    """Group lines into headings, paragraphs, bullet lists and tables, with exact offsets.

    `noise_starts`: offsets of lines known to be page headers/footers (see page_edge_noise)."""
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    repeated = _running_headers(lines)
    kinds: list[str] = []
    for i in range(len(lines)):
        if lines[i][0] in noise_starts and lines[i][2].strip():
            kinds.append("noise")
        else:
            kinds.append(_line_kind(i, lines, repeated, after_break=i == 0 or kinds[i - 1] in ("blank", "noise")))
    _mark_tables(lines, kinds)

    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        kind = kinds[i]
        if kind == "blank":
            i += 1
            continue
        j = i
        if kind == "table":
            while j + 1 < len(lines) and (kinds[j + 1] == "table" or (
                    kinds[j + 1] == "blank" and j + 2 < len(lines) and kinds[j + 2] == "table")):
                j += 1
        elif kind == "heading":
            pass
        else:  # text or bullet lines until a blank line, heading or table; bullets group together
            while j + 1 < len(lines) and kinds[j + 1] in ("text", "bullet", "noise"):
                j += 1
            if kind == "bullet":
                kind = "bullets"
        start, end = lines[i][0] + len(lines[i][2]) - len(lines[i][2].lstrip()), lines[j][1]
        if kind in ("noise", "bullet", "text"):
            all_noise = all(kinds[k] in ("noise", "blank") for k in range(i, j + 1))
            block_kind = "noise" if all_noise else "text"
        else:
            block_kind = kind
        blocks.append(Block(block_kind, start, end, count_words(text[start:end])))
        i = j + 1
    return blocks


_PAGE_NUMBER = re.compile(r"^(?:(?:sida|sid\.?|s\.|page)\s*)?[-–(]?\s*\d{1,4}\s*(?:(?:av|/|of)\s*\d{1,4})?\s*[-–)]?$",
                          re.IGNORECASE)


def page_edge_noise(doc: LoadedDocument) -> frozenset[int]:
    """Offsets of PDF page headers/footers: the first/last two lines of a page when, with digits masked,
    they recur on at least half of the pages (3+), or are a bare page number ("12", "Sida 3 av 20")."""
    if not doc.pages:
        return frozenset()
    edges: list[tuple[int, str]] = []
    for span in doc.pages:
        page_lines: list[tuple[int, str]] = []
        pos = span.start
        for raw in doc.text[span.start:span.end].split("\n"):
            if raw.strip():
                page_lines.append((pos, raw.strip()))
            pos += len(raw) + 1
        picked = page_lines[:2] + page_lines[-2:] if len(page_lines) > 4 else page_lines[:1] + page_lines[-1:]
        edges.extend(dict.fromkeys(picked))
    masked = Counter(re.sub(r"\d+", "#", line) for _, line in set(edges))
    needed = max(3, (len(doc.pages) + 1) // 2)
    return frozenset(start for start, line in edges
                     if (masked[re.sub(r"\d+", "#", line)] >= needed and len(line) <= 120 and not _is_table_row(line))
                     or _PAGE_NUMBER.match(line))


def _running_headers(lines: list[tuple[int, int, str]]) -> set[str]:
    """Short lines repeated 3+ times (page headers and footers) are noise, never section titles."""
    counts = Counter(line.strip() for _, _, line in lines if 0 < len(line.strip()) <= 100)
    return {line for line, n in counts.items() if n >= 3 and not _is_table_row(line)}


def _line_kind(i: int, lines: list[tuple[int, int, str]], repeated: set[str], after_break: bool) -> str:
    line = lines[i][2]
    stripped = line.strip()
    if not stripped:
        return "blank"
    if stripped in repeated:
        return "noise"
    if _is_table_row(line):
        return "row"
    if _MD_HEADING.match(stripped):
        return "heading"
    if _BULLET.match(line):
        return "bullet"
    next_line = lines[i + 1][2].strip() if i + 1 < len(lines) else ""
    if after_break and _title_like(stripped) and (
            not next_line or (len(stripped) <= 60 and len(next_line) >= 2 * len(stripped)
                              and not _BULLET.match(lines[i + 1][2]) and not _is_table_row(next_line))):
        return "heading"  # a standalone short line, or a short line on top of a wide paragraph (PDF text)
    return "text"


def _title_like(line: str) -> bool:
    if len(line) > 100 or line.endswith((".", ",", ";", ":", "!", "?", "…")) or line.startswith(("-", "–", "*")):
        return False
    words = line.split()
    if len(words) > 16 or not (line[0].isupper() or line[0].isdigit()):
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2


def _cells(line: str) -> list[str]:
    """Cells of a table-like line: markdown pipes, tabs, or runs of 2+ spaces."""
    stripped = line.strip()
    if _PIPE_ROW.match(stripped):
        return [c.strip() for c in stripped.strip("|").split("|") if c.strip()]
    return [c.strip() for c in _CELL_SPLIT.split(stripped) if c.strip()]


def _is_table_row(line: str) -> bool:
    stripped = line.strip()
    cells = _cells(line)
    if _PIPE_ROW.match(stripped):
        return len(cells) >= 2 or bool(_PIPE_RULE.match(stripped))
    if len(cells) < 2:
        return False
    if "\t" in stripped:
        return True
    return any(_NUMBER_CELL.match(c) for c in cells[1:])


def _mark_tables(lines: list[tuple[int, int, str]], kinds: list[str]) -> None:
    """Runs of 2+ row lines with at least one numeric row become "table"; a TOC (text + page number) does not."""
    i = 0
    while i < len(kinds):
        if kinds[i] != "row":
            i += 1
            continue
        j = i
        while j + 1 < len(kinds) and (kinds[j + 1] == "row" or (
                kinds[j + 1] == "blank" and j + 2 < len(kinds) and kinds[j + 2] == "row")):
            j += 1
        rows = [lines[k][2] for k in range(i, j + 1) if kinds[k] == "row"]
        is_table = len(rows) >= 2 and not all(_is_toc_row(r) for r in rows) and any(
            sum(bool(_NUMBER_CELL.match(c)) for c in _cells(r)[1:]) >= 1 for r in rows)
        for k in range(i, j + 1):
            if kinds[k] == "row":
                kinds[k] = "table" if is_table else "text"
        if is_table:
            _mark_header_and_title(lines, kinds, i)
        i = j + 1


def _mark_header_and_title(lines: list[tuple[int, int, str]], kinds: list[str], first: int) -> None:
    """A column header line just above a table (e.g. "tkr  Budget 2021  Plan 2022") joins the table, and
    a short title-like line just above that becomes a heading, so the table chunk carries both."""
    k = first - 1
    if k >= 0 and kinds[k] == "blank":
        k -= 1
    if k >= 0 and kinds[k] in ("text", "heading") and not _BULLET.match(lines[k][2]):
        cells = _cells(lines[k][2])
        if len(cells) >= 3 or ("\t" in lines[k][2] and len(cells) >= 2):
            kinds[k] = "table"
            if k + 1 < first:
                kinds[k + 1] = "table"  # the blank line between header and rows stays inside the table
            k -= 1
            if k >= 0 and kinds[k] == "blank":
                k -= 1
    if k >= 0 and kinds[k] == "text" and _title_like(lines[k][2].strip()):
        kinds[k] = "heading"


def _is_toc_row(line: str) -> bool:
    cells = _cells(line)
    return len(cells) == 2 and bool(re.fullmatch(r"\d{1,3}", cells[1])) and not _NUMBER_CELL.match(cells[0]) \
        or bool(len(cells) == 1 and _TOC_TAIL.search(line))


# --- long paragraphs ----------------------------------------------------------------------------

def split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] at sentence ends into pieces of at most MAX_WORDS words (hard split if needed)."""
    bounds = [start] + [start + m.end() for m in _SENTENCE_END.finditer(text[start:end])] + [end]
    sentences = [(bounds[k], _rstrip_end(text, bounds[k], bounds[k + 1])) for k in range(len(bounds) - 1)]
    total = count_words(text[start:end])
    n_pieces = -(-total // MAX_WORDS)  # ceil: balanced pieces instead of a full one and a scrap
    target = max(MIN_WORDS, min(MAX_WORDS, -(-total // n_pieces) + 10))
    pieces: list[tuple[int, int]] = []
    cur_start, cur_end, cur_words = None, None, 0
    for s, e in sentences:
        w = count_words(text[s:e])
        if cur_start is not None and (cur_words + w > MAX_WORDS
                                      or (cur_words + w > target and cur_words >= MIN_WORDS // 2)):
            pieces.append((cur_start, cur_end))  # type: ignore[arg-type]
            cur_start, cur_words = None, 0
        if w > MAX_WORDS:
            if cur_start is not None:
                pieces.append((cur_start, cur_end))  # type: ignore[arg-type]
                cur_start, cur_words = None, 0
            pieces.extend(_hard_split(text, s, e))
            continue
        if cur_start is None:
            cur_start = s
        cur_end, cur_words = e, cur_words + w
    if cur_start is not None:
        pieces.append((cur_start, cur_end))  # type: ignore[arg-type]
    return pieces


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _hard_split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    words = list(_WORD.finditer(text, start, end))
    out = []
    for k in range(0, len(words), MAX_WORDS):
        group = words[k:k + MAX_WORDS]
        out.append((group[0].start(), group[-1].end()))
    return out
