"""A row label ending in a qualifier ("(KS)", ", Gnosjö") is named without it when that names one row; the same
row qualified more in another table is found by the less qualified label."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon, match_rows, without_qualifier
from assistant.budget.selection import find_row
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Investeringsbudget per projekt

Belopp i tkr

| Projekt | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Trygghetsboende Åbrinken, Gnosjö (SN) | 15000 | 18500 |
| Höjdfordon räddningstjänsten (KS) | 7800 | 0 |
| Ombyggnad skolan, etapp 1 | 4000 | 0 |
| Ombyggnad skolan, etapp 2 | 0 | 5000 |
| Summa investeringar | 26800 | 23500 |

Investeringar 2024

Belopp i tkr

| Projekt | Budget 2024 | Prognos 2024 |
|---|---:|---:|
| Trygghetsboende Åbrinken, Gnosjö | 3000 | 1400 |
| Summa | 3000 | 1400 |
"""


def book() -> FigureBook:
    doc = LoadedDocument(path="i.md", sha256="0", meta=DocumentMeta(title="Budget"), text=TEXT)
    return FigureBook((DocumentFigures(doc_path="i.md", sha256="0", title="Budget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))


def test_a_label_without_its_qualifier() -> None:
    assert without_qualifier("Höjdfordon räddningstjänsten (KS)") == "Höjdfordon räddningstjänsten"
    assert without_qualifier("Trygghetsboende Åbrinken, Gnosjö (SN)") == "Trygghetsboende Åbrinken"
    assert without_qualifier("Soliditet, %") == "Soliditet, %"
    assert without_qualifier("Skatter (netto)") == "Skatter (netto)"


def test_a_row_is_named_without_its_qualifier() -> None:
    lexicon = Lexicon.build(book().tables)
    assert [m.label for m in match_rows("Höjdfordon räddningstjänsten 2025?", lexicon)] == [
        "Höjdfordon räddningstjänsten (KS)"]
    assert [m.label for m in match_rows("trygghetsboendet Åbrinken 2025", lexicon)] == [
        "Trygghetsboende Åbrinken, Gnosjö"]
    assert "Ombyggnad skolan, etapp" not in {m.label for m in match_rows("ombyggnad skolan 2025", lexicon)}


def test_the_same_row_qualified_more_is_found() -> None:
    table = book().tables[0]
    row = find_row(table, "Trygghetsboende Åbrinken, Gnosjö")
    assert row is not None and row.label == "Trygghetsboende Åbrinken, Gnosjö (SN)"
    assert find_row(table, "Ombyggnad skolan") is None


def test_a_qualified_row_summed_over_the_years() -> None:
    answer = answer_figures("Vad kostar trygghetsboendet Åbrinken totalt 2025-2026 i investeringsbudgeten?", book())
    assert answer is not None and "33 500 tkr" in answer.text


def test_a_name_and_its_qualifier_said_apart_name_the_qualified_row() -> None:
    text = """Budget per verksamhet och kostnadsslag, tkr

| Verksamhet | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Verksamhet | 0 | 0 |
| Personalkostnader (Förskola) | 180 000 | 184 000 |
| Köpt verksamhet (Förskola) | 9 000 | 9 500 |
| Individ- och familjeomsorg | 90 000 | 95 000 |
| Personalkostnader (Individ- och familjeomsorg) | 30 000 | 31 000 |
| Köpt verksamhet (Individ- och familjeomsorg) | 55 403 | 58 746 |
"""
    doc = LoadedDocument(path="b.md", text=text, sha256="b", meta=DocumentMeta(title="Budget"))
    lexicon = Lexicon.build(tuple(parse_tables(doc)))
    found = match_rows("Vad är budgeten för köpt verksamhet 2025 under Individ- och familjeomsorg?", lexicon)
    assert [m.label for m in found] == ["Köpt verksamhet (Individ- och familjeomsorg)"]


def test_a_name_found_in_part_and_its_qualifier_join_into_the_qualified_row() -> None:
    from assistant.budget.matching import RowMatch, _build_lexicon, _qualified_apart, tokens

    lexicon = _build_lexicon(("Verksamhet", "Köpt verksamhet (Förskola)", "Köpt verksamhet (Individ- och familjeomsorg)",
                              "Individ- och familjeomsorg"))
    words = tokens("vad är budgeten för köpt verksamhet 2025 under individ- och familjeomsorg")
    found = [RowMatch("Verksamhet", 5, 6, "verksamhet"), RowMatch("Individ- och familjeomsorg", 8, 11, "individ och familjeomsorg")]
    assert [m.label for m in _qualified_apart(found, words, lexicon)] == ["Köpt verksamhet (Individ- och familjeomsorg)"]
    alone = tokens("vad är budgeten för verksamhet 2025 under individ- och familjeomsorg")  # "köpt" unsaid: both stay
    assert _qualified_apart(found, alone, lexicon) == found


REMARKED = """Driftbudget per nämnd 2025–2027

Belopp i tkr

| Nämnd | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Kommunstyrelsen (Inkl. räddningstjänst) | 172550 | 177210 |
| Omsorgsnämnden (Fler brukare i hemtjänsten) | 418160 | 434050 |
| Skatter (netto) | 9000 | 9100 |
| Summa nämnder | 599710 | 620360 |
"""


def test_a_committees_row_with_a_remark_folded_into_its_label_is_named_by_the_committee() -> None:
    doc = LoadedDocument(path="r.md", sha256="0", meta=DocumentMeta(title="Budget"), text=REMARKED)
    table = parse_tables(doc)[0]
    row = find_row(table, "Omsorgsnämnden")
    assert row is not None and row.values[-1] == 434050
    assert find_row(table, "Skatter") is None  # no committee: the parentheses may tell another row
