"""The cited PDF page as an image: offline rendering, the quote boxed, the printed page number."""
from __future__ import annotations

import io

import pytest

from assistant.ui.pdfpage import merge_lines, printed_page_number, quote_ranges, render_page
from tests.conftest import FIXTURES
from tests.ui.scripted import BOOK, REPO

pytest.importorskip("pypdfium2")


def test_the_quoted_table_row_is_one_box_on_the_right_page():
    image = render_page(REPO / BOOK, 2, "Socialnämnden      205 172     209 559     213 162")
    assert image.page == 2 and image.pages == 2 and image.printed == "23"
    assert len(image.boxes) == 1  # four cells on one line: one band
    from PIL import Image

    picture = Image.open(io.BytesIO(image.png))
    left, top, right, bottom = image.boxes[0]
    assert 0 <= left < right <= picture.width and 0 <= top < bottom <= picture.height
    assert bottom - top < 40 and right - left > picture.width / 2
    assert image.crop is not None and Image.open(io.BytesIO(image.crop)).height < picture.height / 2


def test_a_quote_that_is_not_on_the_page_gives_no_box():
    image = render_page(REPO / BOOK, 1, "Socialnämnden 205 172 209 559 213 162")
    assert image.boxes == () and image.crop is None and image.printed == "22"


def test_a_page_that_does_not_exist_is_an_error():
    with pytest.raises(ValueError, match="2 pages"):
        render_page(REPO / BOOK, 3, "x")


def test_footer_numbers_are_found_and_running_text_is_not():
    assert render_page(FIXTURES / "headers_footers.pdf", 3, "").printed == "3"  # "Sida 3 av 4"
    assert render_page(FIXTURES / "two_pages.pdf", 2, "").printed is None  # "Sida 2." starts a paragraph
    assert printed_page_number("xii", "anything") == "xii"  # the PDF's own page label wins
    assert printed_page_number("", "Rubrik\ntext\n- 24 -") == "24"
    assert printed_page_number("", "Page 7 of 90\ntext") == "7"
    assert printed_page_number("", "Rubrik\nVi satsar 2024 miljoner\ntext") is None


def test_quote_ranges_ignore_whitespace_and_fall_back_to_lines():
    page = "Rubrik\r\nSocialnämnden 205 172\r\nannat"
    assert quote_ranges(page, "Socialnämnden   205 172") == [(8, 29)]
    assert quote_ranges(page, "Socialnämnden 205 172\nfinns inte på sidan alls") == [(8, 29)]
    assert quote_ranges(page, "saknas helt och hållet") == []


def test_boxes_on_one_line_merge():
    assert merge_lines([(10, 100, 50, 120), (60, 101, 90, 119), (10, 130, 40, 150)]) == \
        [(10, 100, 90, 120), (10, 130, 40, 150)]
