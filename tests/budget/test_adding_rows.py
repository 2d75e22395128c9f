"""Rows an adding operation names: a total beside its own part names the part's measure (execute._totals_of_parts);
a cost table's rows below zero grow by their size when the title names the cost (direction.change); a name said in
part that fits rows of two tables is the one beside the other rows named (matching.match_rows); a word asking to add
ends a name said in part (matching._adds)."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.direction import change
from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

NET_COSTS = """Tabell 5. Nettokostnad per nämnd 2027–2029

Belopp i mnkr

| Nämnd | Budget 2027 | Plan 2028 | Plan 2029 |
|---|---:|---:|---:|
| **Nämnder** | | | |
| Barn- och utbildningsnämnden | −543,1 | −556,0 | −569,4 |
| Socialnämnden | −537,8 | −552,1 | −567,2 |
| Kultur- och fritidsnämnden | −50,3 | −51,1 | −51,9 |
| Summa nämnder | −1 131,2 | −1 159,2 | −1 188,5 |
| Finansförvaltning | 14,3 | 12,1 | 9,8 |
| Summa verksamhetens nettokostnader | −1 116,9 | −1 147,1 | −1 178,7 |
"""

INVESTMENTS = """Tabell 4. Investeringsbudget 2025–2027

Belopp i mnkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Ny förskola Knäpplan | 18,5 | 22,0 | 4,5 |
| Gator och vägar, beläggning | 3,2 | 3,4 | 3,5 |
| VA-ledningar centrum | 12,6 | 9,8 | 7,0 |
| Summa investeringar | 34,3 | 35,2 | 15,0 |
"""

OPERATIONS = """Tabell 2. Driftbudget

Belopp i mnkr

| Verksamhet | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Gator, parker och trafik | −20,1 | −20,5 | −21,0 |
| Fritidsgårdar | −5,2 | −5,3 | −5,4 |
| Summa | −25,3 | −25,8 | −26,4 |
"""


def _book(*texts: str) -> FigureBook:
    docs = []
    for n, text in enumerate(texts):
        name = f"d{n}.md"
        doc = LoadedDocument(path=name, sha256=name, meta=DocumentMeta(title="Budget"), text=text)
        docs.append(DocumentFigures(doc_path=name, sha256=name, title="Budget", doc_type="budget", date=None,
                                    tables=tuple(parse_tables(doc)), amounts=()))
    return FigureBook(tuple(docs))


def test_a_total_named_beside_its_part_in_a_change_names_the_parts_measure() -> None:
    answer = answer_figures("Hur mycket ökar socialnämndens nettokostnad mellan budget 2027 och plan 2029?",
                            _book(NET_COSTS))
    assert answer is not None and not answer.refused
    assert [i.label for i in answer.calculation.inputs] == ["Socialnämnden", "Socialnämnden"]
    assert answer.calculation.result == Decimal("-29.4")
    assert "ökar" in answer.text  # a cost below zero grows by its size


def test_a_mean_over_years_of_a_part_named_with_its_tables_measure() -> None:
    answer = answer_figures("Vad är genomsnittlig nettokostnad per år för barn- och utbildningsnämnden under "
                            "2027-2029?", _book(NET_COSTS))
    assert answer is not None and answer.calculation.operation == "mean"
    assert {i.label for i in answer.calculation.inputs} == {"Barn- och utbildningsnämnden"}
    assert round(answer.calculation.result, 1) == Decimal("-556.2")


def test_a_share_of_the_total_keeps_the_total() -> None:
    answer = answer_figures("Hur stor andel av verksamhetens nettokostnader går till socialnämnden 2027?",
                            _book(NET_COSTS))
    assert answer is not None and answer.calculation.operation == "share"
    assert round(answer.calculation.result, 1) == Decimal("48.2")  # 537,8 / 1 116,9


def test_a_cost_below_zero_grows_by_its_size_when_its_tables_title_names_the_cost() -> None:
    assert change("Socialnämnden", Decimal("-537.8"), Decimal("-567.2"), "Nettokostnad per nämnd") == Decimal("29.4")
    assert change("Äldreomsorg", Decimal("-537.8"), Decimal("-567.2")) == Decimal("-29.4")
    assert change("Socialnämnden", Decimal("-5"), Decimal("3"), "Nettokostnad per nämnd") == Decimal("8")


def test_a_name_said_in_part_is_the_row_beside_the_other_rows_named() -> None:
    lexicon = Lexicon.build(_book(OPERATIONS, INVESTMENTS).tables)
    labels = [m.label for m in match_rows("hur mycket investeras i va-ledningar och gator sammanlagt 2025-2027?",
                                          lexicon)]
    assert {"VA-ledningar centrum", "Gator och vägar, beläggning"} <= set(labels)
    assert "Gator, parker och trafik" not in labels
    # alone, "gator" fits rows of two tables: nothing tells them apart
    assert match_rows("hur mycket går till gator 2025?", lexicon) == []


def test_the_sum_of_two_rows_said_in_part_over_a_span() -> None:
    answer = answer_figures("hur mycket ska vi investera i va-ledningar och gator sammanlagt 2025-2027?",
                            _book(OPERATIONS, INVESTMENTS))
    assert answer is not None and answer.calculation.operation == "sum"
    assert answer.calculation.result == Decimal("39.5")


def test_a_committees_figure_below_zero_is_its_net_cost() -> None:
    assert change("Socialnämnden", Decimal("-296.1"), Decimal("-316.7"), "Driftredovisning") == Decimal("20.6")
    assert change("Summa nämnder", Decimal("-10"), Decimal("-12"), "Driftredovisning") == Decimal("-2")


def test_a_word_asking_to_add_ends_only_a_name_of_whole_words() -> None:
    lexicon = Lexicon.build(_book(OPERATIONS, INVESTMENTS).tables)
    labels = [m.label for m in match_rows("hur mycket investeras totalt inom gator 2025?", lexicon)]
    assert "Summa investeringar" not in labels


SCHOOLS = """Tabell 3. Driftbudget per verksamhet

Belopp i tkr

| Verksamhet | Nettokostnad 2025 |
|---|---:|
| Förskola | 198 700 |
| Grundskola inkl. förskoleklass | 402 300 |
| Gymnasieskola | 150 100 |
| Summa | 751 100 |
"""


def test_two_names_joined_by_och_are_two_rows_not_one_said_in_part() -> None:
    # "förskola och grundskola" fits "Grundskola inkl. förskoleklass" word by word, but "Förskola" is a whole name
    # and the label joins nothing with "och": the question lists two rows
    lexicon = Lexicon.build(_book(SCHOOLS).tables)
    labels = [m.label for m in match_rows("vad blir nettokostnaden för förskola och grundskola tillsammans 2025?",
                                          lexicon)]
    assert labels[-2:] == ["Förskola", "Grundskola inkl. förskoleklass"]
    answer = answer_figures("Vad blir nettokostnaden för förskola och grundskola tillsammans 2025?", _book(SCHOOLS))
    assert answer is not None and answer.calculation.operation == "sum"
    assert answer.calculation.result == Decimal("601000")
