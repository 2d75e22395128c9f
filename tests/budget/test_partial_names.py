"""Rows named the way people name them: part of the name, an abbreviation in capitals, 'o' for 'och'."""
from __future__ import annotations

import pytest

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon, match_rows
from tests.budget.corpus_docs import corpus_book


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.build(corpus_book().tables)


@pytest.mark.parametrize("question, label", [
    ("hur mycket större är barn o ungdom i plan 2023 än i budget 2021", "Barn- och ungdomsnämnden"),
    ("andel till vård o omsorg 2021", "Vård- och omsorgsnämnden"),
    ("vad fick kultur 2022", "Kultur- och utbildningsnämnden"),
    ("KS investeringar alla fem åren ihop", "Kommunstyrelsen"),
])
def test_partial_names_find_their_row(lexicon: Lexicon, question: str, label: str) -> None:
    assert label in [m.label for m in match_rows(question, lexicon)]


@pytest.mark.parametrize("word, base, expected", [
    ("männen", "män", True), ("männens", "män", True), ("målen", "mål", True), ("ramarna", "ram", True),
    ("män", "män", False), ("mänsklig", "män", False), ("året", "år", True), ("kommunen", "kom", False),
])
def test_a_short_word_is_named_in_its_inflected_forms(word: str, base: str, expected: bool) -> None:
    from assistant.budget.matching import inflects

    assert inflects(word, base) is expected


def test_a_short_row_label_is_found_by_its_definite_plural() -> None:
    from assistant.budget.records import CellSource, Column, Row, Table

    source = CellSource(doc_path="a.pdf", title="A", quote="Män 4,6 4,2", start=0, end=10)
    rows = tuple(Row(label=label, values=(None,), is_total=False, source=source) for label in ("Kvinnor", "Män"))
    table = Table(id="a#1", title="Sjukfrånvaro", doc_path="a.pdf", stated_unit=None, unit=None,
                  columns=(Column(label="2025", year=2025, kind=""),), rows=rows)
    assert [m.label for m in match_rows("hur mycket sjönk den för männen?", Lexicon.build((table,)))] == ["Män"]


def test_lower_case_short_words_are_no_abbreviations(lexicon: Lexicon) -> None:
    assert "Årets resultat" not in [m.label for m in match_rows("hur mkt får äldreomsorgen nästa år", lexicon)]


def test_comparatives_compute_the_difference() -> None:
    answer = answer_figures("hur mycket större är barn o ungdom i plan 2023 än i budget 2021", corpus_book())
    assert answer is not None and not answer.refused and "32 630 tkr" in answer.text


def test_a_sum_asked_with_ihop() -> None:
    answer = answer_figures("KS investeringar alla fem åren ihop, vad blir det", corpus_book())
    assert answer is not None and "310 350 tkr" in answer.text


def test_a_compound_names_a_two_word_row() -> None:
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Finansiella kostnader", "Finansiella intäkter", "Kostnader för personal",
                              "Verksamhetens intäkter"))
    assert [m.label for m in match_rows("vad ligger finanskostnaderna på 2023?", lexicon)] == ["Finansiella kostnader"]
    assert [m.label for m in match_rows("hur stora är personalkostnaderna?", lexicon)] == ["Kostnader för personal"]
    assert match_rows("hur stora är lokalkostnaderna?", lexicon) == []


def test_a_compound_names_a_row_of_two_words_and_a_short_qualifier() -> None:
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Invånare 31 dec", "Barn i förskola", "Elever i grundskola F–9",
                              "Grundskola inkl. fritidshem"))
    assert [m.label for m in match_rows("hur många grundskoleelever fanns 2023?", lexicon)] == \
        ["Elever i grundskola F–9"]  # "F–9" says which pupils, it is no word the compound must hold


def test_a_column_said_with_its_year_and_a_linking_word_name_no_row() -> None:
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Socialnämnden", "Plan och bygg", "Tillbyggnad förskola Åbyggeby",
                              "1001 (Ny förskola, byggstart 2024, inflyttning hösten 2026)"))
    assert [m.label for m in match_rows("hur mycket har socialnämnden totalt i plan 2026?", lexicon)] == \
        ["Socialnämnden"]  # "plan 2026" is a column; the year is no part of the project's name
    assert [m.label for m in match_rows("hur mycket ökar socialnämnden från 2024 till 2025?", lexicon)] == \
        ["Socialnämnden"]  # "till" is no part of "Tillbyggnad"
    assert [m.label for m in match_rows("vad får plan och bygg 2026?", lexicon)] == ["Plan och bygg"]


def test_a_unit_word_names_no_row() -> None:
    """"i procent" asks how the answer is given; it is no part of "Årets resultat i procent av skatter"."""
    from assistant.budget.tables import parse_tables
    from core.types import DocumentMeta, LoadedDocument

    text = ("Nyckeltal, tkr\n\n| Verksamhet | 2021 | 2024 |\n| Individ- och familjeomsorg | 27 960 | 41 240 |\n"
            "| Årets resultat i procent av skatter och bidrag | 1,7 | 1,8 |\n")
    doc = LoadedDocument(path="d.md", sha256="0", meta=DocumentMeta(title="Budget"), text=text)
    lexicon = Lexicon.build(tuple(parse_tables(doc)))
    matches = match_rows("hur mycket har individ- och familjeomsorgen ökat i procent", lexicon)
    assert [m.label for m in matches] == ["Individ- och familjeomsorg"]


def test_a_part_other_labels_share_belongs_to_a_name_said_with_a_distinctive_part() -> None:
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Ledning och stöd", "Politisk ledning", "Summa politisk ledning", "VA-ledningar Ösby",
                              "Gator Ösby"))
    assert [m.label for m in match_rows("hur mycket har lagts på VA-ledningarna i Ösby?", lexicon)] == [
        "VA-ledningar Ösby"]
    assert match_rows("vad kostar ledningarna?", lexicon) == []  # a shared part alone names no row


def test_a_row_said_in_part_over_more_words_beats_a_shorter_whole_name_inside_it() -> None:
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Förskola", "Grundskola", "Ny förskola Västerby", "Gator och vägar"))
    assert [m.label for m in match_rows("hur mycket läggs på nya förskolan i västerby 2031?", lexicon)] == [
        "Ny förskola Västerby"]
    assert [m.label for m in match_rows("hur mycket kostar förskolan 2031?", lexicon)] == ["Förskola"]


def test_a_short_noun_said_in_its_definite_form_names_the_row_of_its_bare_form() -> None:
    from assistant.budget.matching import _build_lexicon

    # the stemmer leaves "skolan" whole but cuts "skola" to "skol": the noun's ending does not make it another word
    lexicon = _build_lexicon(("Ny skola Ösby, etapp 1", "Digitala verktyg i skolan", "Summa investeringar"))
    assert [m.label for m in match_rows("hur mycket går till nya skolan i ösby 2025?", lexicon)] == [
        "Ny skola Ösby, etapp 1"]


def test_or_links_the_words_of_a_name_as_and_does() -> None:
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("0–5 år", "6–15 år", "65–79 år", "80 år och äldre"))
    assert [(m.label, m.said) for m in match_rows("hur många var 80 år eller äldre 2030?", lexicon)] == [
        ("80 år och äldre", "80 år eller äldre")]


def test_only_a_proper_name_in_a_label_is_a_part_as_a_whole_word() -> None:
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Verksamhetens nettokostnad", "Vård- och omsorgsnämnden", "Ny förskola Västerby"))
    assert [m.label for m in match_rows("högst nettokostnad för vård- och omsorgsnämnden 2031?", lexicon)] == [
        "Vård- och omsorgsnämnden"]


def test_a_word_saying_how_the_figure_moves_ends_the_name() -> None:
    from assistant.budget.tables import parse_tables
    from core.types import DocumentMeta, LoadedDocument
    text = ("Nyckeltal\n\n| Nyckeltal | 2021 | 2024 |\n|---|---|---|\n| Beviljade hemtjänsttimmar per år | 96 400 | 115 800 |\n"
            "| Antal invånare | 5 200 | 5 187 |\n")
    doc = LoadedDocument(path="n.md", sha256="n", meta=DocumentMeta(title="Nyckeltal"), text=text)
    lexicon = Lexicon.build(tuple(parse_tables(doc)))
    labels = [m.label for m in match_rows("hur mycket har hemtjänsttimmarna ökat mellan 2021 och 2024", lexicon)]
    assert labels == ["Beviljade hemtjänsttimmar per år"]


def test_a_short_adjective_in_another_form_names_its_row() -> None:
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Ny förskola Hamnby, etapp 2", "Inventarier förskola och skola", "Antal barn i förskola",
                              "Ny idrottshall"))
    assert [m.label for m in match_rows("lägger de 24,5 miljoner på nya förskolan 2026?", lexicon)] == \
        ["Ny förskola Hamnby, etapp 2"]
    assert [m.label for m in match_rows("vad kostar ny förskola 2026?", lexicon)] == ["Ny förskola Hamnby, etapp 2"]
    # an ending that is no adjective's is another word
    assert "Ny förskola Hamnby, etapp 2" not in [m.label for m in match_rows("nyk förskolan 2026", lexicon)]


def test_one_body_keeps_the_committee_of_its_administration_and_total_row() -> None:
    from assistant.budget.matching import one_body

    assert one_body(["Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden",
                     "Summa barn- och utbildningsnämnden"]) == ["Barn- och utbildningsnämnden"]
    assert one_body(["Kultur- och fritidsnämnden", "Kulturskola"]) == ["Kultur- och fritidsnämnden", "Kulturskola"]


def _key_figures() -> Lexicon:
    from assistant.budget.records import CellSource, Column, Row, Table

    source = CellSource(doc_path="a.pdf", title="A", quote="x", start=0, end=1)
    rows = tuple(Row(label=label, values=(None,), is_total=False, source=source)
                 for label in ("Antal invånare 1 november", "Nettokostnad per invånare, kr", "Socialnämnden"))
    return Lexicon.build((Table(id="a#1", title="Nyckeltal", doc_path="a.pdf", stated_unit=None, unit=None,
                                columns=(Column(label="Budget 2027", year=2027, kind="Budget"),), rows=rows),))


@pytest.mark.parametrize("question, labels", [
    ("hur många invånare hade kommunen 2025?", ["Antal invånare 1 november"]),  # a count asked: the row that counts
    ("How many invånare does the budget assume for 2027?", ["Antal invånare 1 november"]),
    ("hur mycket per invånare 2027?", ["Nettokostnad per invånare, kr"]),
    ("vilken nämnd hade störst underskott?", []),  # the noun after "vilken" asks for a row, it names none
])
def test_a_name_said_in_part_ends_at_a_verb_and_a_count_asks_the_row_that_counts(question: str, labels: list) -> None:
    assert [m.label for m in match_rows(question, _key_figures())] == labels


def test_a_verb_framing_the_figure_as_expected_is_no_part_of_a_row_name() -> None:
    from assistant.budget.records import CellSource, Column, Row, Table

    source = CellSource(doc_path="a.pdf", title="A", quote="Väntetid till insats 12 14", start=0, end=10)
    rows = tuple(Row(label=label, values=(None,), is_total=False, source=source)
                 for label in ("Väntetid till insats, dagar", "80 år och äldre"))
    table = Table(id="a#1", title="Mått", doc_path="a.pdf", stated_unit=None, unit=None,
                  columns=(Column(label="2028", year=2028, kind=""),), rows=rows)
    lexicon = Lexicon.build((table,))
    assert match_rows("hur många väntas det bli 2028?", lexicon) == []  # "väntas" is the verb asking
    assert [m.label for m in match_rows("hur lång är väntetiden 2028?", lexicon)] == ["Väntetid till insats, dagar"]



def test_a_question_word_no_label_has_is_read_as_a_word_of_its_group_a_label_has(tmp_path) -> None:
    from assistant.budget.store import FigureBook
    from ingest.load import load_document
    from ingest.tables import extract_figures

    path = tmp_path / "prognos.txt"
    path.write_text("Befolkningsprognos (antal)\n\nÅr\t2025\t2029\nFolkmängd 31 dec\t2 954\t2 890\n"
                    "Varav 0–5 år\t146\t135\n", encoding="utf-8")
    lexicon = FigureBook((extract_figures(load_document(path, sidecar={})),)).index.lexicon
    found = match_rows("Hur många procent minskar befolkningen från 2025 till 2029?", lexicon)
    assert [(m.label, m.said) for m in found] == [("Folkmängd 31 dec", "befolkningen")]  # said as the question says
    assert not match_rows("Hur stort är underskottet 2025?", lexicon)
    path.write_text("Nyckeltal (antal)\n\nÅr\t2025\t2029\nMinskat matsvinn\t50\t40\nFolkmängd 31 dec\t2 954\t2 890\n",
                    encoding="utf-8")
    lexicon = FigureBook((extract_figures(load_document(path, sidecar={})),)).index.lexicon
    assert not match_rows("Vad minskar mellan 2025 och 2029?", lexicon)  # a verb of change names no row


def test_the_noun_of_an_interrogative_names_no_row_even_before_a_linking_word() -> None:
    found = answer_figures("investeringsbudgeten, kommunstyrelsen år 2023 – vilken summa står där?", corpus_book())
    assert found is not None and found.calculation.result == 107000  # not the sum of "Summa kommunbidrag" too


def test_capitals_match_the_initials_of_a_body_or_of_paired_activities_only() -> None:
    from assistant.budget.records import CellSource, Column, Row, Table

    labels = ("Kommunstyrelsen", "Kortfristiga skulder", "Finansiella kostnader", "Vatten och avlopp", "Skattesats, kr")
    source = CellSource(doc_path="a.pdf", title="A", quote="x 1", start=0, end=3)
    rows = tuple(Row(label=label, values=(None,), is_total=False, source=source) for label in labels)
    table = Table(id="a#1", title="Mått", doc_path="a.pdf", stated_unit=None, unit=None,
                  columns=(Column(label="2025", year=2025, kind=""),), rows=rows)
    lexicon = Lexicon.build((table,))
    assert [m.label for m in match_rows("Vad får KS 2025?", lexicon)] == ["Kommunstyrelsen"]
    assert [m.label for m in match_rows("Hur mycket får VA 2025?", lexicon)] == ["Vatten och avlopp"]
    assert match_rows("Hur mycket får Hultsfreds FK 2025?", lexicon) == []  # a club's name, not "Finansiella kostnader"
    assert match_rows("Hur mycket får IFK och SK 2025?", lexicon) == []


def test_a_count_asked_of_a_word_many_labels_share_is_the_one_row_that_counts() -> None:
    from assistant.budget.records import CellSource, Column, Row, Table

    source = CellSource(doc_path="a.pdf", title="A", quote="x", start=0, end=1)
    labels = ("Antal invånare 31 december", "Andel förvärvsarbetande invånare 20–64 år, %",
              "Antal besök på biblioteken per invånare", "Nettokostnad per invånare", "Långfristig låneskuld per invånare")
    rows = tuple(Row(label=label, values=(None,), is_total=False, source=source) for label in labels)
    lexicon = Lexicon.build((Table(id="a#1", title="Nyckeltal", doc_path="a.pdf", stated_unit=None, unit=None,
                                   columns=(Column(label="2020", year=2020),), rows=rows),))
    assert [m.label for m in match_rows("hur många invånare 2020?", lexicon)] == ["Antal invånare 31 december"]
    assert [m.label for m in match_rows("vad var nettokostnaden per invånare 2020?", lexicon)] == [
        "Nettokostnad per invånare"]


def test_a_name_said_in_part_fits_the_plain_label_not_a_phase_of_it() -> None:
    """"sporthallen" fits "Ny sporthall i Ed" and "Ny sporthall i Ed, projektering": the first is the hall itself."""
    from assistant.budget.matching import _plainest

    labels = [("Ny sporthall i Ed", frozenset({"ny", "sporthall"}), frozenset({"ny", "sporthall", "ed"}), "nse"),
              ("Ny sporthall i Ed, projektering", frozenset({"ny", "sporthall", "projektering"}),
               frozenset({"ny", "sporthall", "ed", "projektering"}), "nsep"),
              ("Sporthall Nössemark", frozenset({"sporthall", "nössemark"}), frozenset({"sporthall", "nössemark"}), "sn")]
    assert _plainest(["Ny sporthall i Ed", "Ny sporthall i Ed, projektering"], labels) == ["Ny sporthall i Ed"]
    both = ["Ny sporthall i Ed", "Sporthall Nössemark"]
    assert _plainest(both, labels) == both  # two halls: neither is a part of the other


def test_a_rows_name_said_in_two_pieces_is_one_row() -> None:
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Höjdfordon räddningstjänsten (KS)", "Räddningstjänst", "Förskola", "Grundskola"))
    assert [m.label for m in match_rows("hur mycket är budgeterat för höjdfordonet till räddningstjänsten?",
                                        lexicon)] == ["Höjdfordon räddningstjänsten (KS)"]
    # two names joined by "och" are two rows
    assert [m.label for m in match_rows("vad kostar förskola och grundskola?", lexicon)] == ["Förskola", "Grundskola"]



def _table(labels: tuple[str, ...]):
    from assistant.budget.records import CellSource, Column, Row, Table

    source = CellSource(doc_path="a.pdf", title="A", quote="x", start=0, end=1)
    rows = tuple(Row(label=label, values=(None,), is_total=False, source=source) for label in labels)
    return Table(id="a#1", title="Nyckeltal", doc_path="a.pdf", stated_unit=None, unit=None,
                 columns=(Column(label="2025", year=2025, kind=""),), rows=rows)


def test_a_count_asked_as_the_form_of_the_answer_names_no_row() -> None:
    lexicon = Lexicon.build((_table(("Folkmängd 31 dec", "Antal tillsvidareanställda")),))
    labels = [m.label for m in match_rows("hur mycket har befolkningen minskat, i antal och procent?", lexicon)]
    assert labels == ["Folkmängd 31 dec"]


def test_a_share_word_ends_the_name_before_it() -> None:
    lexicon = Lexicon.build((_table(("Grundskola", "Gymnasium", "Bildningsnämnden")),))
    labels = [m.label for m in match_rows("grundskolans andel av bildningsnämndens budget", lexicon)]
    assert labels == ["Grundskola", "Bildningsnämnden"]


@pytest.mark.parametrize("question, label, said, dropped", [
    ("hur mycket hade nämnden förbrukat efter augusti 2024?", "Antal anställda 31 augusti", "augusti", True),
    ("Grundskolans andel av nämndens budget", "Andel heltidsanställda, %", "andel", True),
    ("hur stor andel av gästnätterna var under juni-augusti?", "Augusti", "augusti", False),  # named whole
    ("hur stor är andelen heltidsanställda?", "Andel heltidsanställda, %", "andelen heltidsanställda", False),
    ("hur mycket investerar vi totalt under hela perioden 2025-2027?", "Periodens resultat", "perioden", True),
    ("vad blev periodens resultat jan-aug?", "Periodens resultat", "periodens resultat", False),
])
def test_a_row_named_only_by_when_or_how_is_no_row(question: str, label: str, said: str, dropped: bool) -> None:
    from assistant.budget.matching import RowMatch
    from assistant.budget.plan import said_as_when_or_how

    assert said_as_when_or_how(RowMatch(label, 0, 1, said), question) is dropped


def test_a_name_said_in_part_goes_on_past_a_verb_with_the_rest_of_its_words() -> None:
    # "personer hade hemtjänst": one row, "Personer med hemtjänst"; "hemtjänst" is not "hemtjänstgrupper"
    from tests.budget.test_table_reading_more import COUNTS_AND_KRONOR, doc
    from assistant.budget.tables import parse_tables

    tables = parse_tables(doc(COUNTS_AND_KRONOR + """

Åtgärdsplan, tkr

| Åtgärd | Besparing 2025 | Besparing 2026 |
|---|---|---|
| Samordning av hemtjänstgrupper Storuman–Stensele | 650 | 1400 |
| Minskad övertid | 350 | 700 |
""", "x.md"))
    found = match_rows("hur många personer hade hemtjänst i genomsnitt 2020-2022?", Lexicon.build(tables))
    assert [m.label for m in found] == ["Personer med hemtjänst"]


def test_a_compound_fitting_a_count_and_a_cost_is_the_one_the_question_asks() -> None:
    # "vad kostar en grundskoleelev" asks the cost row, "hur många grundskoleelever" the count row, of two rows the
    # compound fits alike ("Elever i grundskola" in a table of counts, "Grundskola, kr per elev" in a table of costs)
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Elever i grundskola", "Barn i förskola", "Grundskola, kr per elev",
                              "Förskola, kr per inskrivet barn"))
    assert [m.label for m in match_rows("vad kostar en grundskoleelev 2023?", lexicon)] == ["Grundskola, kr per elev"]
    assert [m.label for m in match_rows("hur mkt dyrare är en grundskoleelev än i riket?", lexicon)] == \
        ["Grundskola, kr per elev"]
    assert [m.label for m in match_rows("hur många grundskoleelever fanns 2023?", lexicon)] == ["Elever i grundskola"]
    assert match_rows("hur går det för grundskoleeleverna?", lexicon) == []  # nothing asked tells the two apart


def test_one_word_before_a_past_verb_is_its_subject_two_words_a_name() -> None:
    # "hur många barn föddes": "barn" is the verb's subject, "föddes" names "Födda", no committee of children;
    # "LSS-boendet flyttades": a name of two words ends at a verb beyond doubt
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Barn- och ungdomsnämnden", "Födda", "Döda", "Nytt LSS-boende, Skinnskatteberg",
                              "Nytt LSS-boende"))
    assert [m.label for m in match_rows("hur många barn föddes 2021?", lexicon)] == ["Födda"]
    assert [m.label for m in match_rows("hur mycket för LSS-boendet flyttades över från 2024?", lexicon)] == \
        ["Nytt LSS-boende"]


def test_people_counted_after_i_are_the_topic_a_unit_after_i_is_how_it_is_given() -> None:
    # "ökat i befolkning": the population is what grew ("Folkmängd 31 dec"); "i antal": the count is how to answer
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Folkmängd 31 dec", "Födda", "Antal tillsvidareanställda"))
    assert [m.label for m in match_rows("hur mycket har kommunen ökat i befolkning från 2018 till 2024", lexicon)] == \
        ["Folkmängd 31 dec"]
    assert match_rows("hur många är det i antal?", lexicon) == []


def test_a_compound_names_a_row_whose_word_alone_the_stemmer_cuts_further() -> None:
    from assistant.budget.matching import _build_lexicon, compound_rows

    # "Ombyggnad" alone stems to "ombyggn", the compound "simhallsombyggnaden" to "...ombyggnad": the head still fits
    lexicon = _build_lexicon(("Ombyggnad Bengtsfors simhall", "Ny räddningsstation Billingsfors",
                              "Summa investeringar"))
    found = compound_rows(["simhallsombyggnaden"], lexicon, [False])
    assert [m.label for m in found] == ["Ombyggnad Bengtsfors simhall"]


def test_a_count_labelled_with_and_without_its_counting_word_is_one_row() -> None:
    # "Antal invånare 31 dec" (a five-year summary) and "Invånare 31 dec" (a sheet of key figures) count one thing:
    # "hur många invånare" names it, though "Invånare 1 nov föregående år" counts on another day in other years
    from assistant.budget.matching import _build_lexicon, one_measure

    assert one_measure(["Antal invånare 31 dec", "Invånare 31 dec"]) == ["Antal invånare 31 dec"]
    assert one_measure(["Antal", "Invånare"]) == ["Antal", "Invånare"]
    lexicon = _build_lexicon(("Antal invånare 31 dec", "Invånare 31 dec", "Nettokostnad, kr per invånare",
                              "Invånare 1 nov föregående år"))
    dated = frozenset({"Antal invånare 31 dec", "Invånare 31 dec", "Nettokostnad, kr per invånare"})
    assert [m.label for m in match_rows("hur många invånare hade kommunen 2019?", lexicon, dated=dated)] == \
        ["Antal invånare 31 dec"]


def test_a_name_said_with_its_place_after_pa_is_one_row() -> None:
    # "förskolan på Ekedalen" is "Ny förskola Ekedalen", as "förskolan i Gimo" is "Ny förskola i Gimo": "på" links
    # the place, though "Ekedalen" alone fits "Ekedalsvägen" too and "förskolan" alone any preschool
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Ny förskola Ekedalen", "Ombyggnad förskola Villan", "Gång- och cykelväg Ekedalsvägen",
                              "Förskola och skola Norr"))
    assert [m.label for m in match_rows("vad kostar förskolan på Ekedalen och cykelvägen längs Ekedalsvägen "
                                        "tillsammans 2025-2027?", lexicon)] == \
        ["Ny förskola Ekedalen", "Gång- och cykelväg Ekedalsvägen"]


def test_a_compound_in_the_definite_form_the_stemmer_leaves_names_its_label() -> None:
    # "trygghetsboendet i österbybruk": the stemmer leaves the definite compound whole, its indefinite form is the
    # label's word, whose parts ("trygg", "boend") are what a name said in part is compared with
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Trygghetsboende Österbybruk", "Förskola Österbybruk", "Skola Österbybruk",
                              "Äldreboende Gimo"))
    for question in ("investeringsbudget 2025 för trygghetsboendet i österbybruk?",
                     "investeringsbudget 2025 för trygghetsboende österbybruk?"):
        assert [m.label for m in match_rows(question, lexicon)] == ["Trygghetsboende Österbybruk"]


def test_a_cost_asked_of_a_count_named_in_full_is_the_row_beside_it_pricing_it() -> None:
    # "vad kostade en elev i grundskolan": "elev i grundskolan" names the count "Elever i grundskola" in full, but the
    # question asks a price, which the row of the same table stating kronor per pupil gives
    from tests.budget.test_table_reading_more import doc
    from assistant.budget.tables import parse_tables

    tables = parse_tables(doc("""Förskola och grundskola (antal)

| År | Inskrivna barn i förskola | Elever i grundskola | Kostnad per elev grundskola, kr |
|---|---|---|---|
| 2023 | 1298 | 2861 | 126800 |
| 2024 | 1315 | 2912 | 131500 |
""", "x.md"))
    lexicon = Lexicon.build(tables)
    assert [m.label for m in match_rows("vad kostade en elev i grundskolan 2024", lexicon)] == \
        ["Kostnad per elev grundskola, kr"]
    assert [m.label for m in match_rows("hur många elever i grundskolan fanns 2024", lexicon)] == ["Elever i grundskola"]


def test_the_word_for_the_tables_items_names_no_row_in_part() -> None:
    # "om man lägger ihop projekten": the investment budget's items, not "Ny grundskola Främby, projektering"
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Omsorgsnämnden", "Ny grundskola Främby, projektering", "Välfärdsteknik"))
    found = match_rows("hur mycket investerar omsorgsnämnden totalt 2025 om man lägger ihop projekten?", lexicon)
    assert [m.label for m in found] == ["Omsorgsnämnden"]
    assert [m.label for m in match_rows("vad kostar projekteringen av grundskolan i Främby?", lexicon)] == \
        ["Ny grundskola Främby, projektering"]


def test_a_bodys_genitive_before_a_measure_names_the_bodys_row_alone() -> None:
    """"omsorgsnämndens nettokostnad": the committee's row of a table whose total is "Verksamhetens nettokostnader", not
    the two rows; a rate ("Nettokostnad per invånare, kr") named without what it is per beside a committee no table of
    it holds is the committee's cost said in the rate's words."""
    from assistant.budget.records import CellSource, Column, Row, Table

    def table(tid: str, title: str, labels: tuple[str, ...]) -> Table:
        source = CellSource(doc_path=f"{tid}.md", title=title, quote="x", start=0, end=1)
        return Table(id=tid, title=title, doc_path=f"{tid}.md", stated_unit=None, unit=None,
                     columns=(Column("Budget 2024", 2024, "Budget"),),
                     rows=tuple(Row(label=label, values=(None,), is_total=False, source=source) for label in labels))

    lexicon = Lexicon.build((table("a", "Driftbudget", ("Kommunstyrelsen", "Omsorgsnämnden",
                                                         "Verksamhetens nettokostnader")),
                             table("b", "Nyckeltal", ("Nettokostnad per invånare, kr", "Antal invånare"))))
    assert [m.label for m in match_rows("vad är omsorgsnämndens nettokostnad 2024?", lexicon)] == ["Omsorgsnämnden"]
    assert [m.label for m in match_rows("hur mycket beräknas omsorgsnämnden kosta netto 2024?", lexicon)] == \
        ["Omsorgsnämnden"]
    assert "Nettokostnad per invånare, kr" in [m.label for m in match_rows("vad är nettokostnaden per invånare 2024?",
                                                                           lexicon)]


def test_a_name_said_in_part_that_goes_on_otherwise_than_the_label_names_another_thing() -> None:
    """"placeringar av barn och unga": the label "Barn- och utbildningsnämnden" goes on "och utbildning", the question
    "och unga": children and young people, no committee; "barn o utbildning" and "barn" alone still name it."""
    from assistant.budget.matching import _build_lexicon

    lexicon = _build_lexicon(("Barn- och utbildningsnämnden", "Omsorgsnämnden", "Kommunstyrelsen"))
    assert match_rows("hur mycket har kostnaderna för placeringar av barn och unga ökat?", lexicon) == []
    assert [m.label for m in match_rows("vad får barn o utbildning 2025?", lexicon)] == ["Barn- och utbildningsnämnden"]
    assert [m.label for m in match_rows("hur mycket får barn 2025", lexicon)] == ["Barn- och utbildningsnämnden"]
