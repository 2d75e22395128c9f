"""Parts and wholes the calculator reads across tables: a row named by an inflected word ("grundskolans"), a name
fitting rows of several tables told apart by the kind of table asked, the committees as one part of a sum, and a
kind of table asked for years its own tables lack ("investerade 2021–2023")."""
from __future__ import annotations

from decimal import Decimal

from assistant.budget.answer import answer_figures
from assistant.budget.store import FigureBook
from core.types import DocumentMeta, LoadedDocument
from ingest.tables import extract_figures

BUDGET = """Budget 2025 Norrby kommun

Bildningsnämndens nettokostnad per verksamhet, tkr

| Verksamhet | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Förskola | 168 200 | 172 600 |
| Grundskola F–9 | 348 600 | 360 400 |
| Anpassad grundskola | 22 800 | 23 900 |
| Gymnasieskola | 118 900 | 121 800 |
| Summa bildningsnämnden | 658 500 | 678 700 |

Driftbudget, tkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Samhällsomvandling, drift | 4 000 | 4 500 |
| Kommunstyrelsen | 90 000 | 92 000 |
| Bildningsnämnden | 658 500 | 678 700 |
| Summa | 752 500 | 775 200 |

Investeringsbudget, tkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Nytt badhus | 40 000 | 20 000 | 0 |
| Ny förskola | 10 000 | 5 000 | 0 |
| Totalt investeringar | 50 000 | 25 000 | 0 |
| Varav samhällsomvandling | 30 000 | 15 000 | 0 |
"""

INTERIM = """Delårsrapport januari–augusti 2024 Norrby kommun

Nämndernas prognos för helåret, tkr

| Nämnd | Budget 2024 | Prognos 2024 | Avvikelse |
|---|---:|---:|---:|
| Kommunstyrelsen | 88 450 | 87 330 | 1 120 |
| Barn- och utbildningsnämnden | 186 200 | 185 300 | 900 |
| Socialnämnden | 201 700 | 205 500 | -3 800 |
| Summa nämnder | 476 350 | 478 130 | -1 780 |
| Finansförvaltningen | 15 530 | 17 930 | -2 400 |
"""

KEY_FIGURES = """Kommunens ekonomi Norrby kommun

Nyckeltal i sammandrag

| Nyckeltal | 2021 | 2022 | 2023 | Budget 2025 |
|---|---:|---:|---:|---:|
| Årets resultat, mnkr | 24,3 | 18,7 | 10,7 | 11,3 |
| Nettoinvesteringar, mnkr | 21,4 | 33,9 | 27,6 | 40,0 |
| Soliditet, % | 52,4 | 53,1 | 52,8 | 50,2 |
"""

INVESTMENTS = """Budget och plan 2025–2027 Norrby kommun

Investeringsbudget, mnkr

| Projekt | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Ny brandstation | 18,0 | 6,5 | 0,0 |
| Reningsverk | 9,5 | 14,0 | 4,0 |
| Summa investeringar | 27,5 | 20,5 | 4,0 |
"""


def _book(*texts: tuple[str, str]) -> FigureBook:
    return FigureBook(tuple(extract_figures(LoadedDocument(
        path=path, text=text, sha256=path, meta=DocumentMeta(title=path, date="2024-11-20", doc_type="budget")))
        for text, path in texts))


def _result(question: str, book: FigureBook) -> Decimal:
    answer = answer_figures(question, book)
    assert answer is not None and answer.calculation is not None, answer
    return answer.calculation.result


def test_a_genitive_names_the_plain_row_of_its_word() -> None:
    """"Grundskolans" is "Grundskola F–9" (the stemmer leaves "grundskolan"), not "Anpassad grundskola"."""
    share = _result("Grundskolans andel av bildningsnämndens budget 2025, i procent?", _book((BUDGET, "b.md")))
    assert round(share, 1) == Decimal("53.1")  # 360 400 / 678 700


def test_the_kind_of_table_asked_tells_rows_of_one_name_apart() -> None:
    share = _result("hur stor del av investeringarna 2025 är samhällsomvandlingen, i procent?", _book((BUDGET, "b.md")))
    assert share == Decimal(60)  # 30 000 / 50 000, not the operating row "Samhällsomvandling, drift"


def test_the_committees_are_one_part_of_a_sum_beside_another_row() -> None:
    total = _result("Hur stor blir den samlade avvikelsen för nämnderna och finansförvaltningen i prognosen 2024?",
                    _book((INTERIM, "d.md")))
    assert total == Decimal(-4180)  # Summa nämnder -1 780 + Finansförvaltningen -2 400


def test_a_deficit_of_the_committees_together_is_their_total() -> None:
    total = _result("hur stort underskott hade nämnderna sammanlagt enligt prognosen 2024?", _book((INTERIM, "d.md")))
    assert total == Decimal(-1780)


def test_the_committees_restricted_by_their_sign_are_those_of_that_sign() -> None:
    total = _result("hur stort är det samlade underskottet enligt prognosen 2024 för nämnderna som gick back?",
                    _book((INTERIM, "d.md")))
    assert total == Decimal(-3800)


def test_a_kind_of_table_beyond_its_years_is_read_in_the_row_naming_it() -> None:
    book = _book((INVESTMENTS, "budget.md"), (KEY_FIGURES, "ekonomi.md"))
    assert _result("Hur mycket investerade kommunen sammanlagt under 2021–2023?", book) == Decimal("82.9")
    # the investment budget's own years stay with the investment budget
    assert _result("Hur mycket investerar kommunen sammanlagt 2025–2027?", book) == Decimal("52.0")

    # the largest of the kind's rows are its projects, which the key figures do not hold
    answer = answer_figures("vilka var de största investeringsprojekten under 2023?", book)
    assert answer is None or answer.calculation is None or "Nettoinvesteringar" not in answer.text


MINUTES = """Protokoll kommunfullmäktige 2024-11-20 Norrby kommun

§ 96 Budget och plan 2025–2027

| Nämnd | Ram 2025 (tkr) | Varav besparing (tkr) |
|---|---:|---:|
| Kommunstyrelsen | 128 400 | 1 800 |
| Utbildningsnämnden | 372 600 | 4 100 |
| Summa nämnder | 501 000 | 5 900 |
"""


def test_a_verb_names_the_column_of_its_deed() -> None:
    """"spara" names the column "Varav besparing" (be- + spar + -ing), not the committee's whole frame."""
    from assistant.budget.plan import deed_of

    assert deed_of("spar", "besparing") and deed_of("effektiviser", "effektivisering")
    assert not deed_of("ram", "ramning") and not deed_of("bygg", "byggnad")
    assert _result("Hur mycket ska kommunstyrelsen spara 2025 enligt protokollet?", _book((MINUTES, "kf.md"))) == \
        Decimal(1800)


def test_a_plain_name_is_not_the_variant_including_more() -> None:
    from assistant.budget.matching import _build_lexicon, match_rows

    lexicon = _build_lexicon(("Soliditet enligt balansräkningen", "Soliditet inklusive pensionsförpliktelser"))
    assert [m.label for m in match_rows("hur hög var soliditeten 2023?", lexicon)] == [
        "Soliditet enligt balansräkningen"]
    assert [m.label for m in match_rows("soliditet inklusive pensionsförpliktelser 2023?", lexicon)] == [
        "Soliditet inklusive pensionsförpliktelser"]


TAX = """Så används din skatt Norrby kommun

Fördelning per verksamhet, budget 2025

| Verksamhet | Kronor av 100 | Mnkr 2025 |
|---|---:|---:|
| Förskola och skola | 45 | 459,0 |
| Vård och omsorg om äldre | 18 | 183,6 |
| Kultur och fritid | 4 | 40,8 |

Statistik

| Nyckeltal | 2023 | 2024 |
|---|---:|---:|
| Äldreomsorg | 17 900 | 18 400 |
| Skatteintäkter | 780 000 | 810 000 |
"""


def test_the_rows_of_a_column_asked_are_sought_beside_it() -> None:
    """"av varje hundralapp" names the column "Kronor av 100": "äldreomsorgen" is its row "Vård och omsorg om
    äldre" (a compound of two of its words), not the statistics' "Äldreomsorg", and "i skatt" names no row."""
    answer = answer_figures("hur många kronor av varje hundralapp i skatt går till äldreomsorgen?", _book((TAX, "s.md")))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(18)


def test_an_inflected_word_goes_on_into_a_restricting_phrase() -> None:
    """"sjukfrånvaron bland chefer" is no name of "Total sjukfrånvaro" ended at "bland": only a genitive ends it."""
    from assistant.budget.matching import _build_lexicon, match_rows

    lexicon = _build_lexicon(("Total sjukfrånvaro", "Kommunstyrelsen"))
    assert match_rows("sjukfrånvaron bland chefer 2025?", lexicon) == []


SHARED_OUT = """Så fördelas 100 kronor i skatt

| Verksamhet | Kronor av 100 kr |
|---|---:|
| Förskola, grundskola och gymnasium | 38 |
| Äldreomsorg och stöd till personer med funktionsnedsättning | 36 |
| Kultur och fritid | 4 |

Driftbudget per nämnd, mnkr

| Nämnd | Budget 2024 | Budget 2025 |
|---|---:|---:|
| Vård- och omsorgsnämnden | 512,0 | 530,4 |
| Kommunstyrelsen | 120,0 | 124,5 |

Fem år i sammandrag

| Nyckeltal | 2024 | 2025 |
|---|---:|---:|
| Kommunal skattesats, kr | 22,34 | 22,34 |
"""


def test_the_number_after_av_names_the_column_and_its_row_outranks_a_synonyms_committee() -> None:
    """"av 100 kr i skatt" names the column "Kronor av 100 kr" and no row ("Kommunal skattesats, kr"); "äldreomsorgen"
    is that column's row holding the word, not the committee "äldreomsorg" is a synonym of."""
    answer = answer_figures("hur många kronor av 100 kr i skatt går till äldreomsorgen?", _book((SHARED_OUT, "s.md")))
    assert answer is not None and answer.calculation is not None
    assert answer.calculation.result == Decimal(36)
    from assistant.budget.matching import _sum_phrase
    from assistant.budget.plan import SUM_OF_NUMBER

    # a year after "av" is no sum: "av 2024 års budget för förskolan Örnen" names the row
    assert _sum_phrase("hur stor andel av 2024 års budget för förskolan användes".split()) == []
    assert SUM_OF_NUMBER.findall("hur stor andel av 2024 års budget") == []


def test_the_word_a_rate_is_per_names_no_row_in_part() -> None:
    """"kostnad per barn": "barn" is what the cost is per, not a part of "Barn- och utbildningsnämnden"'s name."""
    from assistant.budget.matching import _build_lexicon, match_rows

    lexicon = _build_lexicon(("Barn- och utbildningsnämnden", "Socialnämnden"))
    assert match_rows("hur mkt kostar en förskoleplats per barn?", lexicon) == []
    assert [m.label for m in match_rows("hur mycket får barn och utbildning?", lexicon)] == [
        "Barn- och utbildningsnämnden"]


def test_a_name_said_in_part_ends_at_its_comma() -> None:
    """"förskola, grundskola, gymnasieskola och vuxenutbildning": "grundskola" names "Grundskola inkl. förskoleklass"
    though another name follows it, after its comma."""
    from assistant.budget.matching import _build_lexicon, match_rows

    lexicon = _build_lexicon(("Förskola", "Grundskola inkl. förskoleklass", "Gymnasieskola", "Vuxenutbildning"))
    assert [m.label for m in match_rows("summan för förskola, grundskola, gymnasieskola och vuxenutbildning 2025",
                                        lexicon)] == ["Förskola", "Grundskola inkl. förskoleklass", "Gymnasieskola",
                                                      "Vuxenutbildning"]
