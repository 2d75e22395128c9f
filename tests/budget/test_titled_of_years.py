"""The table a question names by a word of its title ("ombudgeteringsärendet" of "Ombudgetering av
investeringsmedel"): a compound opening with the title's word names it, of several tables so named the one of the
years asked is meant, and a kind of table named ("investeringsbudgeten 2024") is that table when it alone of its
kind holds the year (answer.titled_total)."""
from __future__ import annotations

from assistant.budget.answer import _names_title_word, titled_total
from assistant.budget.plan import Plan
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

BUDGET = """Mål och budget 2025–2027

Tabell 5. Investeringar per nämnd och projekt, belopp i tkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Ny förskola | 20 000 | 10 000 | 0 |
| Gator och vägar | 5 000 | 5 000 | 5 000 |
| Summa | 25 000 | 15 000 | 5 000 |
"""

MINUTES = """Protokoll kommunstyrelsen 2025-03-10

§ 46 Ombudgetering av investeringsmedel från 2024 till 2025

| Projekt | Budget 2024 | Utfall 2024 | Ombudgeteras till 2025 |
|---|---:|---:|---:|
| Ny förskola Nibble | 24 000 | 9 800 | 14 200 |
| Idrottshall | 18 000 | 16 900 | 1 100 |
| Summa | 42 000 | 26 700 | 15 300 |
"""


def _tables():  # type: ignore[no-untyped-def]
    out = []
    for path, text in (("b.md", BUDGET), ("ks.md", MINUTES)):
        out += parse_tables(LoadedDocument(path=path, text=text, sha256=path, meta=DocumentMeta(title=path)))
    return tuple(out)


def test_a_compound_opening_with_the_title_word_names_the_table() -> None:
    assert _names_title_word("ombudgeteringsärendet", ["ombudgetering", "av", "investeringsmedel"])
    assert not _names_title_word("ombudgeteringen", ["investeringar", "per", "nämnd"])
    assert not _names_title_word("skattesatsen", ["skatt"])  # a short title word opens too many compounds


def test_of_the_tables_named_the_one_of_the_year_asked() -> None:
    tables = _tables()
    plan = Plan(operation="share", years=(2024,), kinds=("Budget", "Utfall"), column_kind="Budget", intent=True)
    found = titled_total("hur stor del av budgeten 2024 för projekten i ombudgeteringsärendet hade förbrukats?",
                         plan, tables)
    assert found is not None and found[0].title.startswith("§ 46 Ombudgetering") and found[1] == "Summa"


def test_a_kind_named_is_its_table_of_the_year_the_others_lack() -> None:
    tables = _tables()
    plan = Plan(operation="share", years=(2024,), kinds=("Budget", "Utfall"), column_kind="Budget", intent=True,
                table_kind="investering")
    found = titled_total("hur stor andel av investeringsbudgeten 2024 för projekten i ombudgeteringsärendet "
                         "användes?", plan, tables)
    assert found is not None and found[0].title.startswith("§ 46 Ombudgetering")
    assert titled_total("hur stor andel av investeringsbudgeten 2025 för projekten i ombudgeteringsärendet "
                        "användes?", Plan(operation="share", years=(2025,), kinds=("Budget", "Utfall"),
                                          table_kind="investering", intent=True), tables) is None


def test_a_short_title_word_opening_a_compound_names_no_table() -> None:
    # "kommunstyrelsen" opens with "kommun", a word of "Vårgårda kommun – Investeringsbudget 2025–2029 (tkr)"
    assert not _names_title_word("kommunstyrelsen", ["vårgårda", "kommun", "investeringsbudget"])


def test_a_word_of_the_title_in_another_form_or_compounded_names_it() -> None:
    title = ["antal", "elever", "i", "grundskolan", "mätdatum", "oktober"]
    assert _names_title_word("grundskolor", title)  # plural and definite forms of "grundskola"
    assert _names_title_word("elevantalet", title)  # "elev" + "antal"
    assert not _names_title_word("förskolor", title)
