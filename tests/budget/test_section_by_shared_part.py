"""A word that only one section's own rows share ("VA" of "VA-verksamhet (taxefinansierad)", its projects
"VA-ledningar, förnyelse" and its "Summa VA-verksamhet") names that section, though it tells none of its rows apart;
a label having the word only in a qualifier in parentheses ("Självfinansieringsgrad (exkl. VA)") is not named by it.
And a line opening with "(" under a row continues that row's label."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.execute import execute
from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.plan import Plan
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

GOALS = ("Tabell 1. Finansiella mål\n\n"
         "                                           Budget      Plan\n"
         "                                             2026      2027\n"
         " Självfinansieringsgrad av investeringar     71 %      74 %\n"
         " (exkl. VA)\n"
         " Soliditet                                 29,6 %    29,0 %\n\n\n")
INVESTMENTS = ("Tabell 7. Investeringsbudget per nämnd. Belopp i tkr\n"
               "tkr\tBudget 2026\tPlan 2027\n"
               "Tekniska nämnden\t\t\n"
               "Gator och vägar\t6 000\t6 000\n"
               "Summa tekniska nämnden\t6 000\t6 000\n"
               "VA-verksamhet (taxefinansierad)\t\t\n"
               "Vattenverk, etapp 2\t14 000\t18 000\n"
               "VA-ledningar, förnyelse\t8 000\t8 000\n"
               "Summa VA-verksamhet\t22 000\t26 000\n"
               "Summa investeringar\t28 000\t32 000\n")


def _tables() -> tuple:  # type: ignore[type-arg]
    text = GOALS + INVESTMENTS
    return tuple(parse_tables(LoadedDocument(path="b.pdf", text=text, sha256="0" * 64, meta=DocumentMeta(title="B"))))


def test_a_line_opening_with_a_parenthesis_continues_the_row_above() -> None:
    goals = next(t for t in _tables() if t.title.startswith("Tabell 1"))
    assert [r.label for r in goals.rows] == ["Självfinansieringsgrad av investeringar (exkl. VA)", "Soliditet"]
    assert all(not r.sections for r in goals.rows)


def test_a_part_only_one_sections_rows_share_names_the_section() -> None:
    lexicon = Lexicon.build(_tables())
    assert [m.label for m in match_rows("hur stor del är VA 2026", lexicon)] == ["VA-verksamhet (taxefinansierad)"]
    outcome = execute(Plan(operation="share", rows=("VA-verksamhet (taxefinansierad)",), years=(2026,)), _tables())
    assert outcome.result.quantize(Decimal("0.1")) == Decimal("78.6")  # 22 000 of 28 000


def test_a_part_of_rows_in_several_sections_names_none() -> None:
    text = INVESTMENTS.replace("Gator och vägar\t6 000", "VA-anslutning gator\t6 000")
    tables = tuple(parse_tables(LoadedDocument(path="b.pdf", text=text, sha256="0" * 64, meta=DocumentMeta(title="B"))))
    assert match_rows("hur stor del är VA 2026", Lexicon.build(tables)) == []


PROJECTS = ("Tabell 7. Investeringsbudget per projekt. Belopp i tkr\n"
            "tkr\tBudget 2026\tPlan 2027\tPlan 2028\tTotalt 2026–2028\n"
            "Förskola Värmlandsbro, nybyggnad\t32 000\t36 500\t0\t68 500\n"
            "Inventarier förskola Värmlandsbro\t0\t2 400\t0\t2 400\n"
            "Ny förskola Timmernabben\t24 000\t0\t0\t24 000\n"
            "Gång- och cykelväg Säffle–Värmlandsbro\t3 800\t4 200\t0\t8 000\n"
            "Summa investeringar\t59 800\t43 100\t0\t102 900\n")


def _projects() -> tuple:  # type: ignore[type-arg]
    doc = LoadedDocument(path="i.pdf", text=PROJECTS, sha256="0" * 64, meta=DocumentMeta(title="I"))
    return tuple(parse_tables(doc))


def test_words_each_shared_together_name_the_label_opening_with_the_first() -> None:
    """"förskola" and "Värmlandsbro" are each in three labels; together in two, and one of them opens with
    "förskola": the preschool itself, not its furniture."""
    found = match_rows("hur mycket får förskolan i Värmlandsbro 2026", Lexicon.build(_projects()))
    assert [m.label for m in found] == ["Förskola Värmlandsbro, nybyggnad"]


def test_a_lookup_over_the_years_of_a_span_column_reads_it() -> None:
    outcome = execute(Plan(operation="lookup", years=(2026, 2028), year_range=True), _projects())
    assert [c.value for c in outcome.cells] == [Decimal("102900")]
    assert outcome.cells[0].column.label == "Totalt 2026–2028"
    each = execute(Plan(operation="lookup", years=(2026, 2027)), _projects())
    assert [c.value for c in each.cells] == [Decimal("59800"), Decimal("43100")]
