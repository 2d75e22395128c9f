"""The cited PDF page as a picture: rendered offline with pypdfium2, the quoted span highlighted, with
the page's index in the file and the page number printed on it.

The quote is the index's normalised text (pypdf's extraction), so it is found on the page by its
characters with all whitespace ignored; when the whole quote is not there, each of its lines is tried.
Nothing here reads the network or writes a file.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

HIGHLIGHT_FILL = (255, 214, 10, 90)  # the same yellow as the text view's <mark>, see-through
HIGHLIGHT_EDGE = (214, 160, 0, 255)
_PRINTED = re.compile(r"^(?:(?:sida|sid|page|s\.|p\.)\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:av|of|/)\s*\d{1,4})?$",
                      re.IGNORECASE)
_MIN_LINE = 12  # lines shorter than this are not searched alone: they match too much


@dataclass(frozen=True, slots=True)
class PageImage:
    """A rendered page: PNG bytes, 1-based page index, page count, the printed page number if found,
    the highlight boxes in image pixels, and a PNG crop around them (None when the quote was not found)."""

    png: bytes
    page: int
    pages: int
    printed: str | None
    boxes: tuple[tuple[int, int, int, int], ...]
    crop: bytes | None


def printed_page_number(label: str, page_text: str) -> str | None:
    """The page's own number: the PDF's page label when it has one, else a page number alone on one of the
    first or last lines ("24", "- 24 -", "Sida 3 av 4", "Page 7"); None when the page prints none."""
    if label.strip():
        return label.strip()
    lines = [line.strip() for line in page_text.replace("\r", "\n").split("\n") if line.strip()]
    for line in lines[-3:][::-1] + lines[:3]:
        match = _PRINTED.match(line)
        if match:
            return match.group(1)
    return None


def _squashed(text: str) -> tuple[str, list[int]]:
    """`text` without whitespace, and for each kept character its index in `text`."""
    keep = [(i, c) for i, c in enumerate(text) if not c.isspace()]
    return "".join(c for _, c in keep), [i for i, _ in keep]


def quote_ranges(page_text: str, quote: str) -> list[tuple[int, int]]:
    """Character ranges [start, end) of `page_text` that hold the quote, whitespace ignored; the whole quote
    when it is there, else each of its lines that is."""
    flat, where = _squashed(page_text)
    folded = flat.casefold()
    ranges: list[tuple[int, int]] = []
    for piece in [quote] + [line for line in quote.split("\n") if len(line.strip()) >= _MIN_LINE]:
        needle = "".join(piece.split()).casefold()
        found = folded.find(needle) if needle else -1
        if found >= 0:
            ranges.append((where[found], where[found + len(needle) - 1] + 1))
            if piece is quote:
                break
    return ranges


def render_page(path: str | Path, page: int, quote: str, scale: float = 1.5) -> PageImage:
    """Page `page` (1-based) of the PDF at `path` as PNG with the quote's characters boxed in yellow.

    Raises OSError/ValueError when the file is missing or not a readable PDF (pypdfium2's PdfiumError is
    a RuntimeError: callers catch it too)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    pdf = pdfium.PdfDocument(str(path))
    try:
        count = len(pdf)
        if not 1 <= page <= count:
            raise ValueError(f"{path} has {count} pages, not page {page}")
        pdf_page = pdf[page - 1]
        textpage = pdf_page.get_textpage()
        text = textpage.get_text_range()
        height = pdf_page.get_height()
        boxes: list[tuple[int, int, int, int]] = []
        for start, end in quote_ranges(text, quote):
            for k in range(textpage.count_rects(start, end - start)):
                left, bottom, right, top = textpage.get_rect(k)
                boxes.append((int(left * scale) - 3, int((height - top) * scale) - 3,
                              int(right * scale) + 3, int((height - bottom) * scale) + 3))
        boxes = merge_lines(boxes)
        image = pdf_page.render(scale=scale).to_pil().convert("RGBA")
        label = pdf.get_page_label(page - 1) if hasattr(pdf, "get_page_label") else ""
    finally:
        pdf.close()
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for box in boxes:
        draw.rectangle(box, fill=HIGHLIGHT_FILL, outline=HIGHLIGHT_EDGE, width=2)
    picture = Image.alpha_composite(image, overlay).convert("RGB")
    crop = None
    if boxes:
        margin = int(40 * scale)
        top = max(0, min(b[1] for b in boxes) - margin)
        bottom = min(picture.height, max(b[3] for b in boxes) + margin)
        crop = _png(picture.crop((0, top, picture.width, bottom)))
    return PageImage(png=_png(picture), page=page, pages=count, printed=printed_page_number(label or "", text),
                     boxes=tuple(boxes), crop=crop)


def merge_lines(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Boxes on one line (vertical overlap of more than half) become one box: a quoted table row is one band."""
    merged: list[tuple[int, int, int, int]] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        if merged:
            last = merged[-1]
            overlap = min(last[3], box[3]) - max(last[1], box[1])
            if overlap * 2 > min(last[3] - last[1], box[3] - box[1]):
                merged[-1] = (min(last[0], box[0]), min(last[1], box[1]), max(last[2], box[2]), max(last[3], box[3]))
                continue
        merged.append(box)
    return merged


def _png(image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
