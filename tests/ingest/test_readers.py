"""HTML, Word and Excel readers, municipality metadata and the per-document ingest report, on the fixture corpus
(tests/fixtures/municipalities, made by its make_fixtures.py). Expected values written by hand."""
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.budget.units import Unit
from core.errors import CorruptFileError, DocumentError
from ingest.load import load_document
from ingest.municipality import guess_municipality, municipality_names
from ingest.report import file_reports
from ingest.tables import extract_figures

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "municipalities"


def figures(relative: str):
    doc = load_document(CORPUS / relative, sidecar={})
    return doc, {t.title: t for t in extract_figures(doc).tables}


def test_html_page_drops_chrome_and_reads_headline_date_municipality_and_the_table():
    doc, tables = figures("tranemo/budget-2025.html")
    assert doc.meta.title == "Så används skattepengarna i Tranemo 2025"  # the h1, not the <title> banner
    assert doc.meta.date == "2024-11-20" and doc.meta.municipality == "Tranemo"
    for chrome in ("kakor", "Hoppa till innehållet", "Huvudmeny", "Postadress", "Hittade du"):
        assert chrome not in doc.text
    table = tables["Nettokostnad per nämnd 2024–2025"]
    assert table.stated_unit is Unit.MNKR
    assert [c.label for c in table.columns][-1] == "Förändring, %" and table.columns[-1].unit is Unit.PERCENT
    rows = {r.label: r for r in table.rows}
    assert rows["Socialnämnden"].sections == ("Välfärd",)  # a rowspan row group is a section
    assert rows["Socialnämnden"].values[:2] == (Decimal("293.0"), Decimal("302.2"))
    assert rows["Summa nämnder"].sections == () and rows["Summa nämnder"].is_total
    assert all(c.stated == c.computed or c.is_rounding for c in table.checks)


def test_docx_headings_paragraphs_and_table():
    doc, tables = figures("tranemo/namndplan-2025-tekniska-namnden.docx")
    assert doc.meta.title == "Nämndplan 2025 för tekniska nämnden" and doc.meta.doc_type == "plan"
    table = tables["Tabell 1. Nettokostnad per verksamhet (tkr)"]
    assert table.unit is Unit.TKR
    assert {r.label: r.values for r in table.rows}["Lokalvård"] == (Decimal(2250), Decimal(2740), Decimal(490))


def test_docx_line_break_inside_a_paragraph_stays_a_line_break(tmp_path):
    import docx

    from ingest.readers import docx as docx_reader

    document = docx.Document()
    run = document.add_paragraph().add_run("Erik Strand (S), kommunstyrelsens ordförande, telefon 0297-555 10")
    run.add_break()
    run.add_text("Maria Öhman,   ekonomichef, telefon 0297-555 42")
    path = tmp_path / "kontakt.docx"
    document.save(path)
    text = docx_reader.read(path.read_bytes(), "kontakt.docx").text
    assert text.endswith("telefon 0297-555 10\nMaria Öhman, ekonomichef, telefon 0297-555 42")  # one person a line


def test_xlsx_sheet_with_a_committee_column_grouping_the_projects():
    doc, tables = figures("vargarda/investeringsbudget-2025-2029.xlsx")
    assert doc.meta.municipality == "Vårgårda"
    (table,) = tables.values()
    assert table.unit is Unit.TKR and [c.label for c in table.columns][0] == "Budget 2025"
    assert table.columns[-1].year is None  # "Totalt 2025–2029" is a period total, not a year
    rows = {r.label: r for r in table.rows}
    assert rows["VA-sanering Algutstorp"].path == "Tekniska nämnden › VA-sanering Algutstorp"
    assert rows["Ny förskola i Kesberg"].values[0] == Decimal(18500)
    assert rows["Summa investeringar"].values[0] == Decimal(49600) and rows["Summa investeringar"].sections == ()
    assert all(c.stated == c.computed for c in table.checks)


def test_pdf_table_over_a_page_break_with_committee_hierarchy():
    doc, tables = figures("tranemo/budget-2025-bilaga-2-driftbudget.pdf")
    table = tables["Tabell 1. Nettokostnad per nämnd och verksamhet, tkr"]
    rows = {r.label: r for r in table.rows}
    assert rows["Lokalvård"].source.page == 2 and rows["Lokalvård"].sections == ("Tekniska nämnden",)
    assert rows["Grundskola inkl. förskoleklass och fritidshem"].values[0] == Decimal(176300)
    assert [c.label for c in table.columns] == ["Utfall 2023", "Budget 2024", "Budget 2025", "Förändring %"]
    assert rows["Summa nämnder"].values[2] == Decimal(813230)
    assert all(c.stated == c.computed for c in table.checks)


def test_tab_separated_result_and_balance_budgets_with_not_column():
    doc, tables = figures("lerum/resultat-och-balansbudget-2025.txt")
    result = tables["RESULTATBUDGET"]
    assert result.stated_unit is Unit.MNKR
    rows = {r.label: r for r in result.rows}
    assert rows["Finansiella kostnader"].values[0] == Decimal("-26.1") and rows["Finansiella kostnader"].note == "7"
    balance = tables["BALANSBUDGET"]
    assert {r.label: r for r in balance.rows}["Kassa och bank"].sections == ("TILLGÅNGAR",)
    assert all(c.stated == c.computed for c in balance.checks)


def test_municipality_from_publisher_text_or_folder():
    assert len(municipality_names()) == 290
    assert guess_municipality("Lerums kommun\nBudget", Path("x.txt")) == "Lerum"
    assert guess_municipality("Budget", Path("corpus/vargarda/b.md")) == "Vårgårda"
    assert guess_municipality("Budget", Path("b.md"), publisher="Tranemo kommun") == "Tranemo"
    assert guess_municipality("Budget", Path("b.md")) is None


def test_the_municipality_of_the_letterhead_is_the_documents_in_any_case():
    # the sender on the first line, in capitals, outweighs another municipality the text names more often
    text = ("VÄNNÄS KOMMUN\n\nSammanträdesprotokoll\n\nUpphandlingen genomförs tillsammans med Bjurholms kommun. "
            "Bjurholms kommun står för en tredjedel.")
    assert guess_municipality(text, Path("protokoll.docx")) == "Vännäs"
    assert guess_municipality("Protokoll\n\nBjurholms kommun och Vännäs kommun", Path("p.docx")) == "Bjurholm"


def test_broken_office_files_are_named_with_a_swedish_reason(tmp_path):
    for name in ("trasig.docx", "trasig.xlsx"):
        path = tmp_path / name
        path.write_bytes(b"PK\x03\x04 inte en zip")
        with pytest.raises(CorruptFileError, match=f"{name}.*trasig"):
            load_document(path, display_path=name, sidecar={})
    html = tmp_path / "tom.html"
    html.write_text("<html><body><nav>Meny</nav></body></html>", encoding="utf-8")
    with pytest.raises(DocumentError, match="tom.html"):
        load_document(html, display_path="tom.html", sidecar={})


def test_file_reports_follow_the_contract():
    documents = {"a.pdf": {"meta": {"municipality": "Lerum", "doc_type": "budget", "date": "2024-11-21",
                                    "title": "Budget"}, "pages": [[1, 0, 5], [2, 7, 9]], "table_titles": ["Drift"]}}
    files = file_reports(["a.pdf", "b.docx"], [("b.docx", "b.docx: Word-filen är trasig.")], documents)
    assert files == (
        {"doc": "a.pdf", "format": "pdf", "pages": 2, "municipality": "Lerum", "type": "budget", "date": "2024-11-21",
         "title": "Budget", "tables": ["Drift"], "skipped": None},
        {"doc": "b.docx", "format": "docx", "pages": None, "municipality": None, "type": None, "date": None,
         "title": None, "tables": [], "skipped": "Word-filen är trasig."},
    )


def test_kommun_ingest_json_reports_every_file(tmp_path, capsys):
    import json
    import shutil

    from core.settings import Settings
    from ingest.cli import run

    corpus = tmp_path / "corpus" / "lerum"
    corpus.mkdir(parents=True)
    shutil.copy(CORPUS / "lerum" / "budget-2025-drift-och-investeringar.xlsx", corpus)
    (corpus / "trasig.docx").write_bytes(b"PK\x03\x04 inte en zip")
    code = run([str(tmp_path / "corpus")], Settings(data_dir=tmp_path / "data"), as_json=True)
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert report["documents"] == 1 and report["tables"] == 2
    by_name = {Path(f["doc"]).name: f for f in report["files"]}
    xlsx = by_name["budget-2025-drift-och-investeringar.xlsx"]
    assert (xlsx["format"], xlsx["municipality"], xlsx["type"], xlsx["date"]) == ("xlsx", "Lerum", "budget", "2024-11-21")
    assert len(xlsx["tables"]) == 2 and xlsx["skipped"] is None
    assert "trasig" in by_name["trasig.docx"]["skipped"]


@pytest.mark.parametrize(("relative", "title", "doc_type", "date"), [
    ("lerum/pressmeddelande-2024-12-03-ny-skola-grabo.txt", "Klart för ny F–6-skola i Gråbo", "press_release", "2024-12-03"),
    ("vargarda/pressmeddelande-2024-10-16.txt", "Extra satsning på elevhälsa och sommarlovsaktiviteter", "press_release",
     "2024-10-16"),
    # the first date its opening text writes ("fastställde den 18 november 2024", justified prose read as words)
    ("tranemo/budget-2025-bilaga-2-driftbudget.pdf", "Bilaga 2. Driftbudget per verksamhet och noter", "budget",
     "2024-11-18"),
])
def test_titles_are_headlines_not_kickers_or_running_heads(relative, title, doc_type, date):
    meta = load_document(CORPUS / relative, sidecar={}).meta
    assert (meta.title, meta.doc_type, meta.date) == (title, doc_type, date)


def test_html_without_main_keeps_a_headline_inside_a_header_class_and_expands_spans(tmp_path):
    page = tmp_path / "sida.html"
    page.write_text(
        "<html><head><title>Ekonomi | Exempelby kommun</title></head><body>"
        "<div class='cookie-consent'>Vi använder kakor</div><nav><a href='/'>Start</a></nav>"
        "<div class='article-header'><h1>Budget per nämnd</h1><p>Senast uppdaterad 12 mars 2025</p></div>"
        "<table><tr><th>tkr</th><th colspan='2'>Budget</th></tr><tr><th></th><th>2024</th><th>2025</th></tr>"
        "<tr><td>Kommunstyrelsen</td><td>1 200</td><td>1 300</td></tr>"
        "<tr><td>Summa</td><td>1 200</td><td>1 300</td></tr></table>"
        "<footer>© Exempelby kommun</footer></body></html>", encoding="utf-8")
    doc = load_document(page, display_path="sida.html", sidecar={})
    assert doc.meta.title == "Budget per nämnd" and doc.meta.date == "2025-03-12"
    assert "kakor" not in doc.text and "Start" not in doc.text
    (table,) = extract_figures(doc).tables
    assert [c.label for c in table.columns] == ["Budget 2024", "Budget 2025"] and table.unit is Unit.TKR
    assert table.rows[0].values == (Decimal(1200), Decimal(1300))


def test_an_index_from_before_municipalities_reads_its_files_again(tmp_path):
    import json
    import shutil

    from core.settings import Settings
    from ingest.pipeline import ingest_paths
    from tests.fakes import HashEmbedder

    folder = tmp_path / "lerum"
    folder.mkdir()
    shutil.copy(CORPUS / "lerum" / "kf-2024-11-21-sammanfattning.md", folder)
    settings = Settings(data_dir=tmp_path / "data")
    ingest_paths([folder], settings, embedder=HashEmbedder())
    manifest_path = tmp_path / "data" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for entry in manifest["documents"].values():
        del entry["meta"]["municipality"]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    report = ingest_paths([folder], settings, embedder=HashEmbedder())
    assert report.files_ingested == 1
    (entry,) = json.loads(manifest_path.read_text(encoding="utf-8"))["documents"].values()
    assert entry["meta"]["municipality"] == "Lerum"
    assert ingest_paths([folder], settings, embedder=HashEmbedder()).files_unchanged == 1


INVENTORY = {  # every table of the fixture corpus: (title, effective unit, rows, has sections), written by hand
    "lerum/budget-2025-drift-och-investeringar.xlsx": [
        ("Lerums kommun – Driftbudget 2025, nettokostnad per nämnd (tkr)", "tkr", 12, False),
        ("Lerums kommun – Investeringsbudget 2025–2029 (tkr)", "tkr", 13, True)],
    "lerum/kf-2024-11-21-sammanfattning.md": [("§ 143 Mål och budget 2025 med plan för 2026–2027", "kr", 2, False)],
    "lerum/resultat-och-balansbudget-2025.txt": [
        ("RESULTATBUDGET", "mnkr", 12, False), ("BALANSBUDGET", "mnkr", 13, True), ("KASSAFLÖDESBUDGET", "mnkr", 10, True)],
    "tranemo/budget-2025-bilaga-2-driftbudget.pdf": [
        ("Tabell 1. Nettokostnad per nämnd och verksamhet, tkr", "tkr", 25, True),
        ("Tabell 2. Driftredovisning 2023, budgetavvikelse per nämnd, tkr", "tkr", 7, False)],
    "tranemo/budget-2025.html": [("Nettokostnad per nämnd 2024–2025", "mnkr", 7, True)],
    "tranemo/namndplan-2025-tekniska-namnden.docx": [
        ("Tabell 1. Nettokostnad per verksamhet (tkr)", "tkr", 5, False), ("Mål och indikatorer 2025", "antal", 4, False)],  # gram, %, kWh: not kronor
    "vargarda/budget-2025.md": [("Driftbudget per nämnd", "mnkr", 14, True), ("Resultatbudget", "mnkr", 11, False)],
    "vargarda/investeringsbudget-2025-2029.xlsx": [
        ("Vårgårda kommun – Investeringsbudget 2025–2029 (tkr)", "tkr", 10, True)],
}


@pytest.mark.parametrize("relative", sorted(INVENTORY))
def test_every_table_of_the_fixture_corpus_is_found_and_its_totals_add_up(relative):
    doc = load_document(CORPUS / relative, sidecar={})
    tables = extract_figures(doc).tables
    assert [(t.title, t.unit.value, len(t.rows), any(r.sections for r in t.rows)) for t in tables] == INVENTORY[relative]
    for table in tables:
        assert all(c.stated == c.computed or c.is_rounding for c in table.checks), table.title
        assert all(doc.text[r.source.start:r.source.end] == r.source.quote for r in table.rows)


GRIDS = """<html><body><main><h1>Nyckeltal</h1>
<h2>Ekonomi i korthet, mnkr</h2>
<div class="kpi-grid">
 <div class="kpi-row"><span>Nyckeltal</span><span>2024</span><span>2025</span></div>
 <div class="kpi-row"><span>Årets resultat</span><span>12,4</span><span>15,0</span></div>
 <div class="kpi-row"><span>Nettoinvesteringar</span><span>88,0</span><span>95,5</span></div>
</div>
<div role="table" aria-label="Skatt och invånare">
 <div role="rowgroup"><div role="row"><span role="columnheader">Post</span><span role="columnheader">Budget 2025</span></div></div>
 <div role="rowgroup"><div role="row"><span role="cell">Kommunalskatt, kr</span><span role="cell">22,15</span></div>
 <div role="row"><span role="cell">Invånare</span><span role="cell">28 950</span></div></div>
</div>
<dl><dt>Skattesats 2025</dt><dd>22,15 kronor</dd><dt>Antal invånare</dt><dd>28 950</dd></dl>
<div><p>Kommunen <strong>växer</strong> och satsar 12 miljoner.</p><p>Budget <b>2025</b> <i>antogs</i> 3 mars.</p></div>
</main></body></html>"""


def test_html_grids_of_div_or_aria_rows_are_tables_and_a_description_list_keeps_its_terms(tmp_path):
    page = tmp_path / "nyckeltal.html"
    page.write_text(GRIDS, encoding="utf-8")
    doc = load_document(page, display_path="nyckeltal.html", sidecar={})
    tables = {t.title: t for t in extract_figures(doc).tables}
    economy = tables["Ekonomi i korthet, mnkr"]
    assert economy.unit is Unit.MNKR and [c.year for c in economy.columns] == [2024, 2025]
    assert [(r.label, r.values) for r in economy.rows] == [
        ("Årets resultat", (Decimal("12.4"), Decimal("15.0"))), ("Nettoinvesteringar", (Decimal("88.0"), Decimal("95.5")))]
    tax = tables["Skatt och invånare"]
    assert [(c.kind, c.year) for c in tax.columns] == [("Budget", 2025)]
    assert tax.rows[1].values == (Decimal(28950),)
    assert "Skattesats 2025: 22,15 kronor" in doc.text.splitlines()
    # paragraphs with inline markup stay prose
    assert "Kommunen växer och satsar 12 miljoner." in doc.text.splitlines()
