"""Loaders: encodings, normalisation, PDFs (pages, tables, bad files), metadata from sidecar or guessed."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import (CorruptFileError, EmptyDocumentError, EncryptedPdfError, FileTooLargeError,
                              NoTextLayerError, UnsupportedFileError)
from core.settings import Settings
from ingest.load import guess_meta, load_document
from ingest.normalize import normalize_text
from tests.conftest import CORPUS, FIXTURES

SWEDISH = "Socialnämnden får 205 172 tkr – en ökning för äldreomsorgen.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_text_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str) -> None:
    text = SWEDISH if encoding not in ("latin-1",) else SWEDISH.replace("–", "-")
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    doc = load_document(path, sidecar={})
    assert doc.text == text.strip()


def test_normalisation() -> None:
    raw = "Rad ett\r\nRad\u00a0två\u2009och\u202fmer   \r\n\r\n\r\n\r\n<i>Finansnetto</i>\t<b>\u22125 443</b>\u200b"
    assert normalize_text(raw) == "Rad ett\nRad två och mer\n\nFinansnetto\t\u22125 443"
    assert normalize_text("Ångström".replace("Å", "A\u030a")) == "Ångström"  # NFC


def test_budget_txt_inline_tags_are_stripped() -> None:
    doc = load_document(CORPUS / "budget-2021-2023-socialdemokraterna.txt")
    assert "<i>" not in doc.text and "</i>" not in doc.text
    assert "Finansnetto\t-5 443\t-3 323\t-13 000" in doc.text


def test_sidecar_metadata_is_used() -> None:
    doc = load_document(CORPUS / "ekonomisk-handlingsplan-valfardens-finansiering.md")
    assert doc.meta.doc_type == "action_plan"
    assert doc.meta.date is None
    assert doc.meta.guessed is False
    assert doc.meta.title.startswith("Ekonomisk handlingsplan: kommunkoncernövergripande")


@pytest.mark.parametrize("name, title, date, doc_type", [
    ("2023-02-08-pressmeddelande-kommunstyrelsens-uppdrag.txt", "Alingsås säkerställer 2020-talets välfärd",
     "2023-02-08", "press_release"),
    ("2024-01-31-namnden-arbete-kompetens-valfard-i-korthet.txt",
     "Nämnden för arbete, kompetens och välfärd i korthet – januari 2024", "2024-01-31", "committee_summary"),
    ("budget-2021-2023-socialdemokraterna.txt", "BUDGET FÖR ALINGSÅS KOMMUN 2021-2023", None, "budget"),
    ("ekonomisk-handlingsplan-valfardens-finansiering.md", "Ekonomisk handlingsplan", None, "action_plan"),
])
def test_metadata_guessed_without_sidecar(name: str, title: str, date: str | None, doc_type: str) -> None:
    doc = load_document(CORPUS / name, sidecar={})
    assert doc.meta.guessed is True
    assert (doc.meta.title, doc.meta.date, doc.meta.doc_type) == (title, date, doc_type)


def test_guess_meta_swedish_date_and_minutes(tmp_path: Path) -> None:
    text = "Protokoll\n\nKommunfullmäktige sammanträdde den 3 mars 2022 i Rådhuset.\n"
    meta = guess_meta(text, tmp_path / "kf.txt")
    assert (meta.date, meta.doc_type, meta.title) == ("2022-03-03", "minutes", "Kommunfullmäktige sammanträdde den 3 mars 2022 i Rådhuset")


def test_guess_meta_never_fails_on_odd_text(tmp_path: Path) -> None:
    meta = guess_meta("123\n\n456", tmp_path / "2021-05-04_underlag.md")
    assert meta.title == "123" and meta.date == "2021-05-04" and meta.guessed


def test_pdf_pages_and_table_columns() -> None:
    doc = load_document(FIXTURES / "budget_table.pdf", sidecar={})
    assert [p.page for p in doc.pages] == [1]
    assert doc.text.startswith("Driftsbudget för Testkommun 2021–2023")
    row = next(line for line in doc.text.split("\n") if line.startswith("Socialnämnden"))
    import re
    assert re.split(r"\s{2,}", row) == ["Socialnämnden", "205 172", "209 559", "213 162"]


def test_pdf_page_spans_cover_each_page() -> None:
    doc = load_document(FIXTURES / "two_pages.pdf", sidecar={})
    assert [p.page for p in doc.pages] == [1, 2]
    first, second = doc.pages
    assert doc.text[first.start:first.end].startswith("Förskolan i Testkommun")
    assert doc.text[second.start:second.end].startswith("Äldreomsorgen i Testkommun")
    assert doc.page_at(second.start + 5) == 2
    assert "  " not in doc.text  # justified text: runs of spaces collapsed


@pytest.mark.parametrize("name, error, words", [
    ("encrypted.pdf", EncryptedPdfError, "lösenordsskyddad"),
    ("scan_no_text.pdf", NoTextLayerError, "inget textlager"),
    ("truncated.pdf", CorruptFileError, "trasig"),
])
def test_bad_pdfs(name: str, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        load_document(FIXTURES / name, sidecar={})


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "tom.txt").write_bytes(b"")
    with pytest.raises(EmptyDocumentError, match="tom.txt: filen är tom"):
        load_document(tmp_path / "tom.txt", sidecar={})
    (tmp_path / "tom.pdf").write_bytes(b"  \n")
    with pytest.raises(EmptyDocumentError):
        load_document(tmp_path / "tom.pdf", sidecar={})


def test_binary_named_txt(tmp_path: Path) -> None:
    (tmp_path / "bild.txt").write_bytes(bytes(range(256)) * 8)
    with pytest.raises(CorruptFileError, match="binärdata"):
        load_document(tmp_path / "bild.txt", sidecar={})


def test_unsupported_extension_and_too_large(tmp_path: Path) -> None:
    (tmp_path / "tabell.odt").write_bytes(b"PK\x03\x04")
    with pytest.raises(UnsupportedFileError, match=r"\.odt stöds inte"):
        load_document(tmp_path / "tabell.odt", sidecar={})
    (tmp_path / "stor.txt").write_text("ord " * 400_000, encoding="utf-8")
    with pytest.raises(FileTooLargeError, match="KOMMUN_MAX_FILE_MB"):
        load_document(tmp_path / "stor.txt", settings=Settings(max_file_mb=1), sidecar={})


def test_markdown_front_matter_wins(tmp_path: Path) -> None:
    text = "---\ntitle: Årsredovisning 2023\ndate: 2024-03-15\ntype: budget\npublisher: Testkommun\n---\n\n# Annat\n\nText."
    (tmp_path / "ar.md").write_text(text, encoding="utf-8")
    meta = load_document(tmp_path / "ar.md", sidecar={}).meta
    assert (meta.title, meta.date, meta.doc_type, meta.publisher, meta.guessed) == (
        "Årsredovisning 2023", "2024-03-15", "budget", "Testkommun", True)
    assert guess_meta("---\ntitle: X\ndate: okänt\n---\nPressmeddelande 2022-01-02", tmp_path / "x.md").date == "2022-01-02"


def test_unreadable_file(tmp_path: Path) -> None:
    import os
    from core.errors import UnreadableFileError
    path = tmp_path / "låst.txt"
    path.write_text("hemligt", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # root reads anything: use a file that vanished instead
            path.unlink()
        with pytest.raises(UnreadableFileError, match="låst.txt: filen kunde inte läsas"):
            load_document(path, sidecar={})
    finally:
        if path.exists():
            path.chmod(0o644)


def test_pdf_reports_each_page_as_it_is_read() -> None:
    events: list[tuple[int, int]] = []
    load_document(FIXTURES / "two_pages.pdf", sidecar={}, progress=lambda done, total: events.append((done, total)))
    assert events == [(1, 2), (2, 2)]


def test_negative_table_rows_keep_their_column_gaps(tmp_path: Path) -> None:
    """Rows whose figures are all negatives ("– 127 543") are table rows: layout text, not joined words."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    for label, a, b in (("Kommunstyrelsen", "– 127 543", "– 131 994"), ("Socialnämnden", "– 139 763", "– 140 466"),
                        ("Tekniska nämnden", "(4 200)", "(4 350)")):
        pdf.cell(80, 7, label)
        pdf.cell(35, 7, a, align="R")
        pdf.cell(35, 7, b, align="R")
        pdf.ln(7)
    pdf.output(str(tmp_path / "negatives.pdf"))
    doc = load_document(tmp_path / "negatives.pdf", sidecar={})
    import re
    row = next(line for line in doc.text.split("\n") if line.startswith("Socialnämnden"))
    assert re.split(r"\s{2,}", row) == ["Socialnämnden", "– 139 763", "– 140 466"]


def test_a_page_holding_a_tables_header_and_its_last_row_keeps_its_columns(tmp_path: Path) -> None:
    """A page break leaves one row under the repeated header ("Projekt  Budget 2026  Plan 2027 ..." over
    "Summa investeringar ..."): the page is read as a table page, so the row keeps its column gaps."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Tekniska nämnden avsätter 7 700 tkr under 2026 för hemtjänsten. Ökningen motsvarar "
                         "5,8 procent jämfört med budget 2025 och följs upp två gånger per år.", align="J")
    pdf.ln(4)
    for cells in (("Projekt", "Budget 2026", "Plan 2027", "Plan 2028"),
                  ("Summa investeringar", "96 500", "82 500", "82 500")):
        pdf.cell(70, 7, cells[0])
        for cell in cells[1:]:
            pdf.cell(35, 7, cell, align="R")
        pdf.ln(7)
    pdf.output(str(tmp_path / "tail.pdf"))
    doc = load_document(tmp_path / "tail.pdf", sidecar={})
    import re
    row = next(line for line in doc.text.split("\n") if line.startswith("Summa investeringar"))
    assert re.split(r"\s{2,}", row) == ["Summa investeringar", "96 500", "82 500", "82 500"]


@pytest.mark.parametrize("text, name, title, doc_type", [
    ("TINGSRYDS KOMMUN\nBudget 2025 och verksamhetsplan\n2026–2027\nAntagen av kommunfullmäktige 2024-11-25\n",
     "budget-2025-verksamhetsplan-2026-2027.txt", "Budget 2025 och verksamhetsplan 2026–2027", "budget"),
    ("KOMMUNEN\nBudget 2025 med plan för\n2026–2027\nBeslutad av kommunfullmäktige\n", "b.txt",
     "Budget 2025 med plan för 2026–2027", "budget"),
    ("Verksamhetsplan 2025 med budget för tekniska nämnden\n\nText.\n", "vp.txt",
     "Verksamhetsplan 2025 med budget för tekniska nämnden", "plan"),
    ("Budget 2025 antagen – skatten höjs\n\nText.\n", "pressmeddelande-budget.txt",
     "Budget 2025 antagen – skatten höjs", "press_release"),
])
def test_a_wrapped_headline_is_joined_and_the_planning_kind_named_first_wins(
        tmp_path: Path, text: str, name: str, title: str, doc_type: str) -> None:
    meta = guess_meta(text, tmp_path / name)
    assert (meta.title, meta.doc_type) == (title, doc_type)


def test_a_short_line_naming_the_documents_kind_and_year_is_its_title_not_the_approval_under_it() -> None:
    from ingest.load import guess_title

    text = ("Årsredovisning 2024\nÅsele kommun\nGodkänd av kommunfullmäktige den 28 april 2025, § 34.\n\n"
            "Kommunstyrelsens ordförande har ordet\n")
    assert guess_title(text) == "Årsredovisning 2024"
    assert guess_title("Till innehållet\n\nNämnden för arbete i korthet – januari 2024\n\nHandlingsplan Utredningen\n") \
        == "Nämnden för arbete i korthet – januari 2024"


def test_a_kind_line_over_its_period_is_the_title_not_the_subtitle_below() -> None:
    from ingest.load import guess_title

    assert guess_title("Delårsrapport\njanuari–augusti 2030\nÖsby kommun\nMed prognos för helåret 2030\n") == \
        "Delårsrapport januari–augusti 2030"
    assert guess_title("Årsredovisning\n2029\nGodkänd av kommunfullmäktige den 28 april 2030\n") == "Årsredovisning 2029"
    # a publication date under a label is no period: the headline stays the title
    assert guess_title("Pressmeddelande\n2030-12-03\nKommunen sänker skatten med 20 öre\n") == \
        "Kommunen sänker skatten med 20 öre"


def test_a_running_head_is_a_whole_line_repeated_not_a_sentence_ending_in_the_title() -> None:
    from ingest.load import guess_title

    text = ("Mål och budget 2030\nmed plan för 2031–2032\nÖsby kommun\nAntagen av kommunfullmäktige 2029-11-26, § 142\n\n"
            "Inledning\nKommunfullmäktige beslutade den 26 november 2029 att fastställa Mål och budget 2030\n"
            "med plan för 2031–2032.\n")
    assert guess_title(text) == "Mål och budget 2030"
    banner = "Ösby kommun | Budget 2030 och plan\n"
    assert guess_title(f"{banner}Budgeten för nästa år antagen\n{banner}Mer text om budgeten här.\n") == \
        "Budgeten för nästa år antagen"


def test_a_table_row_with_no_break_space_thousands_keeps_its_column_gaps() -> None:
    from ingest.load import _LAYOUT_ROW

    assert _LAYOUT_ROW.search("Skolkök Centrum                 6\u00a0800")  # one figure, its thousands set apart by NBSP
    assert _LAYOUT_ROW.search("Försäljning av mark            (3\u00a0500)      (1\u00a0200)")
    assert not _LAYOUT_ROW.search("Kommunen har 6\u00a0800 invånare")
