"""A sum over the rows whose labels share a word the question names (budget/row_groups.py)."""
from assistant.budget.plan import Plan
from assistant.budget.row_groups import group_of, grouped_rows
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

GRANTS = """Föreningsbidrag 2024

Förening\tBeviljat belopp (kr)
Norrby IK (Norrby, Aktivitetsstöd)\t41 300
Norrby IK (Norrby, Anläggningsbidrag)\t85 000
Södra FF (Söderby, Aktivitetsstöd)\t37 800
Norrby Hembygdsförening (Norrby, Kulturbidrag)\t25 000
Föreningen Söderby Blues (Söderby, Arrangemangsbidrag)\t35 000
Summa\t224 100

Investeringar, tkr

tkr\tBudget 2025
Norrby skola, tillbyggnad\t36 500
Konstgräsplan Norrby IP\t6 500
Parker\t2 800
"""


def _tables():
    doc = LoadedDocument(path="g.txt", sha256="0", meta=DocumentMeta(title="G"), text=GRANTS)
    return tuple(parse_tables(doc))


def test_a_sum_over_the_rows_naming_a_place_in_the_table_of_the_row_found():
    plan = Plan(operation="sum", rows=("Föreningen Söderby Blues (Söderby, Arrangemangsbidrag)",), said=("föreningarna",))
    grouped = grouped_rows("hur mycket fick föreningarna i Norrby sammanlagt 2024?", plan, _tables())
    assert set(grouped.rows) == {"Norrby IK (Norrby, Aktivitetsstöd)", "Norrby IK (Norrby, Anläggningsbidrag)",
                                 "Norrby Hembygdsförening (Norrby, Kulturbidrag)"}


def test_no_group_when_the_word_is_in_two_tables_and_no_row_tells_which():
    assert group_of("hur mycket sammanlagt i Norrby?", Plan(operation="sum"), _tables()) is None


def test_only_a_sum_is_grouped():
    plan = Plan(operation="lookup", rows=("Parker",))
    assert grouped_rows("hur mycket fick föreningarna i Norrby?", plan, _tables()) is plan


def test_a_sum_word_naming_a_total_row_in_another_form_asks_for_the_spans_sum():
    from assistant.budget.matching import _build_lexicon
    from assistant.budget.plan import plan_question

    lexicon = _build_lexicon(("Totala investeringar", "Parker"))
    assert plan_question("Hur mycket investerar vi totalt 2025-2027?", lexicon, ()).operation == "sum"
    assert plan_question("totala investeringar 2025-2027?", lexicon, ()).operation != "sum"


def test_a_word_naming_a_kind_of_table_is_no_group():
    # "investeringar sammanlagt": the investment budget's total, not the rows whose labels hold "investeringar"
    text = """Investeringsredovisning, mnkr

mnkr\tBudget 2024
IT-investeringar och digitalisering\t12,0
Övriga investeringar\t8,5
Ny förskola\t30,0
Summa investeringar\t50,5
"""
    doc = LoadedDocument(path="i.txt", sha256="1", meta=DocumentMeta(title="I"), text=text)
    tables = tuple(parse_tables(doc))
    assert group_of("vad blir investeringar sammanlagt 2024", Plan(operation="sum", table_kind="investering"),
                    tables) is None


INVESTMENTS = """Investeringsbudget 2026–2028

Belopp i tkr

| Projekt | Budget 2026 | Plan 2027 | Plan 2028 |
|---|---|---|---|
| Reinvestering gator och vägar | 12 500 | 12 500 | 13 000 |
| Gång- och cykelväg Vibjörnsbacken | 6 800 | 0 | 0 |
| Gång- och cykelväg Rejmyre–Skärblacka | 0 | 9 200 | 9 200 |
| Lekplatser och parker | 2 400 | 1 800 | 1 800 |
| Summa | 21 700 | 23 500 | 24 000 |
"""


def test_a_plural_names_the_rows_its_singular_heads():
    """"gång- och cykelvägar sammanlagt 2026–2028": every row "Gång- och cykelväg <place>", found by stem, both of
    the question's words naming that one group."""
    from decimal import Decimal

    from assistant.budget.answer import answer_figures
    from assistant.budget.store import DocumentFigures, FigureBook

    doc = LoadedDocument(path="inv.md", sha256="2", meta=DocumentMeta(title="Budget"), text=INVESTMENTS)
    book = FigureBook((DocumentFigures(doc_path="inv.md", sha256="2", title="Budget", doc_type="budget", date=None,
                                       tables=tuple(parse_tables(doc)), amounts=()),))
    answer = answer_figures("hur mycket ska vi lägga på gång- och cykelvägar sammanlagt 2026-2028?", book)
    assert answer is not None and not answer.refused and answer.calculation.result == Decimal(25200), answer


def test_rows_measuring_different_things_are_no_group():
    """"elever" names "Elever i åk 9 behöriga, %" and "Kostnad per elev, kr": a share and a cost are not summed."""
    text = """Nyckeltal skola

| Nyckeltal | 2025 |
|---|---|
| Elever i åk 9 behöriga till gymnasiet, % | 84 |
| Kostnad per elev i grundskolan, kr | 118 000 |
| Antal skolor | 9 |
"""
    doc = LoadedDocument(path="k.md", sha256="3", meta=DocumentMeta(title="K"), text=text)
    assert group_of("hur mycket för elever totalt 2025?", Plan(operation="sum"), tuple(parse_tables(doc))) is None


def test_the_committees_word_names_no_group():
    """"effektiviseringskravet för nämnderna totalt": "nämnderna" names the committees, not the rows whose labels say
    "(Samtliga nämnder)"."""
    text = """Indikatorer

| Indikator | 2025 |
|---|---|
| Sjukfrånvaro, % (Samtliga nämnder) | 7,1 |
| Andel heltid, % (Samtliga nämnder) | 81 |
| Andel behöriga elever, % | 84 |
"""
    doc = LoadedDocument(path="n.md", sha256="4", meta=DocumentMeta(title="N"), text=text)
    assert group_of("hur stort är kravet för nämnderna totalt?", Plan(operation="sum"), tuple(parse_tables(doc))) is None
