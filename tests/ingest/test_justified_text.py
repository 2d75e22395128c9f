"""Figures in the justified prose of a PDF, where every word gap of a line is widened alike, the one inside a
number too ("hade  1  675  anställda"): read as the writer wrote them. Table rows keep their gaps."""
from decimal import Decimal

from assistant.budget.numbers import unjustified
from assistant.evidence.claim_figures import figures_in, half_unit
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

JUSTIFIED = "Hultsfreds  kommun  hade  1  675  tillsvidareanställda  medarbetare  i  september  2025,  vilket  gör\n" \
            "kommunen till en av de största arbetsgivarna."


def test_a_justified_line_has_single_gaps_in_its_view_mapped_back_to_the_text():
    view, where = unjustified(JUSTIFIED)
    assert view.startswith("Hultsfreds kommun hade 1 675 tillsvidareanställda medarbetare i september 2025, vilket gör\n")
    assert view.endswith("kommunen till en av de största arbetsgivarna.")
    assert len(where) == len(view) and all(JUSTIFIED[where[i]] == view[i] for i in range(len(view)) if view[i] != " ")


def test_table_rows_and_plain_prose_are_left_as_they_are():
    for text in ("Socialnämnden                     318,4        224,7        -14,3",
                 "Socialnämnden  318  224  12", "Kommunen har 1 200 anställda och  två  mål."):
        assert unjustified(text)[0] == text


def test_a_count_in_a_justified_line_is_one_number():
    (count,) = [f for f in figures_in(JUSTIFIED) if f.kind == "count" and f.written[:1].isdigit()]
    assert count.value == Decimal(1675)
    assert JUSTIFIED[count.at:count.at + len(count.written)] == count.written == "1  675"
    assert half_unit(count) == Decimal("0.5")


def test_amounts_of_justified_prose_are_found_with_offsets_in_the_document():
    text = ("Resultatet   för   2025   budgeteras   till   29,1   miljoner   kronor,   vilket   motsvarar   1,5   "
            "procent   av\nskatteintäkter  och  generella  statsbidrag.\n")
    doc = LoadedDocument(path="x.pdf", sha256="0", meta=DocumentMeta(title="X"), text=text, pages=())
    amounts = extract_figures(doc).amounts
    assert [(a.value, a.text) for a in amounts] == [(Decimal("29100000.0"), "29,1 miljoner kronor"),
                                                   (Decimal("1.5"), "1,5 procent")]
    assert text[amounts[0].amount_start:amounts[0].amount_end] == "29,1   miljoner   kronor"
    assert "budgeteras" in amounts[0].context


def test_a_justified_paragraph_on_a_tables_page_is_read_as_words_and_the_heading_above_titles_the_table(tmp_path):
    """pypdf's layout text widens every word gap of a justified line ("omfattar  42  050  tkr."): on a page read for
    its table, such a line is prose, with single spaces, not a row of cells between the heading and the table."""
    from fpdf import FPDF

    from ingest.load import load_document

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", fname="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=10)
    pdf.add_page()
    pdf.cell(0, 8, "Investeringsbudget")
    pdf.ln(10)
    pdf.multi_cell(0, 6, "Investeringsbudgeten för 2025 omfattar 42 050 tkr. Sporthallen finansieras delvis med nya "
                         "lån och kommunstyrelsen får därför nyupplåna högst 20 miljoner kronor under året.", align="J")
    pdf.ln(4)
    for cells in (("Belopp i tkr", "", "", ""), ("Projekt", "Budget 2025", "Plan 2026", "Plan 2027"),
                  ("Ny sporthall", "24 500", "8 000", "0"), ("Välfärdsteknik", "850", "600", "600"),
                  ("Totalt", "25 350", "8 600", "600")):
        pdf.cell(70, 7, cells[0])
        for cell in cells[1:]:
            pdf.cell(35, 7, cell, align="R")
        pdf.ln(7)
    pdf.output(str(tmp_path / "investeringar.pdf"))
    doc = load_document(tmp_path / "investeringar.pdf", sidecar={})
    assert "Investeringsbudgeten för 2025 omfattar 42 050 tkr." in doc.text
    (table,) = extract_figures(doc).tables
    assert table.title == "Investeringsbudget"
    assert [r.values for r in table.rows if r.label == "Totalt"] == [(Decimal(25350), Decimal(8600), Decimal(600))]
