"""Two municipalities compared by a figure each states in its own documents (compose/place_comparison.py)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from assistant.compose.place_comparison import asked_thing, compare_places, place_question, stated_figure
from core.types import Answer, Calculation, CalculationInput, Citation

PLACES = ("Boxholm", "Malå")
SAID = {"Boxholm": "Skattesatsen för 2026 är 22,40 kronor per intjänad hundralapp.",
        "Malå": "Kommunens skattesats är oförändrad, 23,45 kronor per hundralapp."}


def _prose(place: str, quote: str, figure: str) -> Answer:
    citation = Citation(n=1, doc=f"{place}.pdf", title="Budget", quote=quote, chunk_id="c1")
    return Answer(question="q", answer=f"”Budget” anger {figure}: ”{quote}” [1]", citations=(citation,))


def _asker(answers: dict[str, Answer], asked: list[str]):
    def ask(question: str, place: str) -> Answer:
        asked.append(question)
        return answers[place]
    return ask


def test_the_thing_compared_and_the_question_each_place_is_asked() -> None:
    assert asked_thing("Vilken av kommunerna Boxholm och Malå har högst kommunalskatt?", PLACES) == \
        ("högst", "kommunalskatt")
    word, thing = asked_thing("hur många fler tillsvidareanställda har Boxholms kommun än Malås 2025?", PLACES)
    assert (word, thing) == ("fler", "tillsvidareanställda 2025")  # the thing ends at its verb; the year goes with it
    assert place_question(word, thing, "sv") == "Hur många tillsvidareanställda 2025?"
    assert place_question("högst", "kommunalskatt", "sv") == "Hur hög är kommunalskatt?"
    assert asked_thing("Vad säger Boxholm och Malå om skolan?", PLACES) is None  # no comparative: no comparison
    assert asked_thing("Hur mycket mer får Boxholm än Malå?", PLACES) is None  # a verb, no thing of its own
    assert asked_thing("Vilken kommun lägger mest på skolan, Boxholm eller Malå?", PLACES) is None  # a verb's object


def test_two_stated_figures_are_compared_each_cited() -> None:
    answers = {p: _prose(p, q, f) for (p, q), f in zip(SAID.items(), ("22,40 kronor", "23,45 kronor"))}
    asked: list[str] = []
    found = compare_places("Vilken av kommunerna Boxholm och Malå har högst kommunalskatt?", PLACES, "sv",
                           _asker(answers, asked))
    assert asked == ["Hur hög är kommunalskatt?"] * 2
    assert found is not None and found.calculation.result == Decimal("1.05")
    assert found.answer == ("Boxholm 22,40 kronor [1]; Malå 23,45 kronor [2]. Högst har Malå, 1,05 kronor högre "
                            "än Boxholm.")
    assert [c.doc for c in found.citations] == ["Boxholm.pdf", "Malå.pdf"]
    lowest = compare_places("Vilken av kommunerna Boxholm och Malå har lägst kommunalskatt?", PLACES, "sv",
                            _asker(answers, []))
    assert "Lägst har Boxholm" in lowest.answer


def test_a_place_stating_no_figure_leaves_the_question_to_the_other_paths() -> None:
    refused = Answer(question="q", answer="Jag hittar inget.", refused=True)
    answers = {"Boxholm": _prose("Boxholm", SAID["Boxholm"], "22,40 kronor"), "Malå": refused}
    assert compare_places("Vilken av kommunerna Boxholm och Malå har högst kommunalskatt?", PLACES, "sv",
                          _asker(answers, [])) is None
    percent = _prose("Malå", "Sjukfrånvaron var 6,6 procent.", "6,6 procent")
    answers = {"Boxholm": _prose("Boxholm", SAID["Boxholm"], "22,40 kronor"), "Malå": percent}
    assert compare_places("Vilken av kommunerna Boxholm och Malå har högst kommunalskatt?", PLACES, "sv",
                          _asker(answers, [])) is None  # a percentage is not held against kronor


def test_a_calculator_lookup_states_its_one_cell() -> None:
    citation = Citation(n=1, doc="a.pdf", title="t", quote="Total sjukfrånvaro 7,5 7,3 7,1", chunk_id="c")
    calc = Calculation(operation="lookup", expression="", result=Decimal("7.1"), unit="%",
                       inputs=(CalculationInput(label="Total sjukfrånvaro", column="2025", value=Decimal("7.1"),
                                                unit="%", citation=1),))
    answer = Answer(question="q", answer="Total sjukfrånvaro är 7,1 % 2025 [1].", citations=(citation,),
                    calculation=calc)
    figure, cited = stated_figure(answer)
    assert (figure.kind, figure.value, cited.doc) == ("percent", Decimal("7.1"), "a.pdf")


def test_a_thing_ending_like_a_verb_is_still_the_thing_compared() -> None:
    assert asked_thing("Vilken kommun har högst skattesats, Boxholm eller Malå, och hur stor är skillnaden?",
                       PLACES) == ("högst", "skattesats")


def _lookup(answer: str, columns: tuple[str, ...], value: str, unit: str = "kr") -> Answer:
    citation = Citation(n=1, doc="rapport.pdf", title="Delårsrapport", quote=f"Skattesats, kr   {value}   {value}",
                        chunk_id="c1")
    inputs = tuple(CalculationInput(label="Skattesats, kr", column=c, value=Decimal(value.replace(",", ".")),
                                    unit=unit, citation=1) for c in columns)
    return Answer(question="q", answer=answer, citations=(citation,),
                  calculation=Calculation(operation="lookup", expression="", result=inputs[-1].value, unit=unit,
                                          inputs=inputs))


def test_a_row_given_for_several_years_is_compared_by_its_latest_year() -> None:
    every_year = _lookup("Skattesats, kr är 22,89 kronor 2023 och 22,89 kronor 2024 [1].", ("Jan–aug 2023",
                                                                                          "Jan–aug 2024"), "22,89")
    latest = _lookup("Skattesats, kr är 22,89 kronor 2024 [1].", ("Jan–aug 2024",), "22,89")
    asked: list[str] = []

    def ask(question: str, place: str) -> Answer:
        asked.append(question)
        if place == "Malå":
            return latest if "2024" in question else every_year
        return _prose("Boxholm", SAID["Boxholm"], "22,40 kronor")

    found = compare_places("Vilken av kommunerna Boxholm och Malå har högst skattesats?", PLACES, "sv", ask)
    assert asked == ["Hur hög är skattesats?", "Hur hög är skattesats?", "Hur hög är skattesats 2024?"]
    assert found is not None and found.calculation.result == Decimal("0.49")


def test_a_lookups_figure_is_the_one_of_its_cells_kind_not_a_number_in_the_title() -> None:
    answer = _lookup("Enligt Antagen av kommunfullmäktige 2024-11-26, § 142: 22,15 kr [1]: ”22,15 kronor”.",
                     ("2025",), "22,15")
    figure, _ = stated_figure(answer)
    assert figure.kind == "money" and figure.value == Decimal("22.15")


def test_a_row_quoted_with_its_unit_in_the_label_states_its_figure() -> None:
    answer = _prose("Malå", "Skattesats (kr)      23,45      23,45", "23,45 kr")
    figure, _ = stated_figure(answer)
    assert figure.value == Decimal("23.45") and figure.kind == "money"


def test_a_rate_is_compared_with_a_rate_not_with_a_sum_in_billions() -> None:
    # one place's answer reads the revenue row for "skatt", the other's states its tax rate: the revenue's place is
    # asked for the rate, the measure the other place's sentence leads its figure with
    revenue = _lookup("Skatteintäkter är 1,3 miljarder kronor 2025 [1].", ("Budget 2025",), "1327,0", unit="mnkr")
    revenue = replace(revenue, calculation=replace(revenue.calculation, inputs=(replace(
        revenue.calculation.inputs[0], label="Skatteintäkter"),)))
    rate = _prose("Malå", "Skattesatsen lämnas oförändrad på 22,34 kronor.", "22,34 kronor")
    own_rate = _prose("Boxholm", "Skattesatsen föreslås vara oförändrad, 22,11 kronor per skattekrona.",
                      "22,11 kronor")
    asked: list[tuple[str, str]] = []

    def ask(question: str, place: str) -> Answer:
        asked.append((question, place))
        if place == "Malå":
            return rate if "skatt 2025" in question else Answer(question=question, answer="Inget.", refused=True)
        return own_rate if "skattesats" in question else revenue

    found = compare_places("Vilken kommun har högst skatt 2025, Boxholm eller Malå?", PLACES, "sv", ask)
    assert asked[-1] == ("Hur hög är skattesats 2025?", "Boxholm")
    assert found is not None and found.calculation.result == Decimal("0.23")
    assert found.answer.startswith("Boxholm 22,11 kronor [1]; Malå 22,34 kronor [2]. Högst har Malå")


def test_figures_a_unit_step_apart_are_not_compared_when_neither_place_states_the_others_measure() -> None:
    revenue = _lookup("Skatteintäkter är 1,3 miljarder kronor 2025 [1].", ("Budget 2025",), "1327,0", unit="mnkr")
    rate = _prose("Malå", "Skattesatsen lämnas oförändrad på 22,34 kronor.", "22,34 kronor")
    refused = Answer(question="q", answer="Inget.", refused=True)

    def ask(question: str, place: str) -> Answer:
        if "skatt 2025" not in question:
            return refused
        return rate if place == "Malå" else revenue

    assert compare_places("Vilken kommun har högst skatt 2025, Boxholm eller Malå?", PLACES, "sv", ask) is None


def test_a_verb_bidding_two_places_compared_asks_for_the_thing_after_it() -> None:
    word, thing = asked_thing("Jämför nettoinvesteringarna 2023 i Boxholm och Malå.", PLACES)
    assert (word, thing) == ("jämför", "nettoinvesteringarna 2023")
    assert place_question(word, thing, "sv") == "Hur stor är nettoinvesteringarna 2023?"
    assert asked_thing("Compare the net investments in Boxholm and Malå.", PLACES) == ("compare", "the net investments")


def test_a_lookups_figure_is_its_cells_value_not_an_amount_in_the_tables_title() -> None:
    # "Så fördelas 100 kronor i kommunalskatt": the title's "100 kronor" is no figure of the table's total
    answer = _lookup("Så fördelas 100 kronor i kommunalskatt är totalt 1,2 miljarder kronor 2025 (1 223,2 mnkr) [1].",
                     ("Nettokostnad 2025, mnkr",), "1223,2", unit="mnkr")
    figure, _ = stated_figure(answer)
    assert figure.value == Decimal("1223200000.0")


def test_a_measure_is_named_by_the_asked_compounds_head_and_a_total_measures_nothing() -> None:
    from assistant.compose.place_comparison import measure_of

    rate = _prose("Boxholm", "Kommunstyrelsen föreslår att skattesatsen för 2025 ska vara 23,95 kronor per skattekrona.",
                  "23,95 kronor")
    assert measure_of(rate, "kommunalskatt 2025") == "skattesats"  # "skatt", the end of "kommunalskatt", opens it
    total = _lookup("Så fördelas 100 kronor i kommunalskatt är totalt 1,2 miljarder kronor [1].", ("2025",), "1223,2",
                    unit="mnkr")
    total = replace(total, calculation=replace(total.calculation, inputs=(replace(
        total.calculation.inputs[0], label="Totalt"),)))
    assert measure_of(total, "kommunalskatt 2025") == ""


def test_a_share_asked_in_per_cent_is_compared_in_per_cent_not_in_kronor() -> None:
    share = _lookup("Resultat i % av skatter och bidrag är 2,7 % 2025 [1].", ("Budget 2025",), "2,7", unit="%")
    share = replace(share, calculation=replace(share.calculation, inputs=(replace(
        share.calculation.inputs[0], label="Resultat i % av skatter och bidrag"),)))
    kronor = _prose("Malå", "Årets resultat   -6,8   2,2   13,5", "13,5 miljoner kronor")
    both = _prose("Malå", "Resultatet för 2025 beräknas till 13,5 miljoner kronor, motsvarande 1,8 procent av "
                          "skatteintäkter och generella statsbidrag.", "13,5 miljoner kronor")
    asked: list[tuple[str, str]] = []

    def ask(question: str, place: str) -> Answer:
        asked.append((question, place))
        if place == "Boxholm":
            return share
        return both if "skatter" in question else kronor

    found = compare_places("vilken kommun budgeterar högst resultat 2025 i procent av skatter och statsbidrag, "
                           "Boxholm eller Malå?", PLACES, "sv", ask)
    assert asked[-1][1] == "Malå"  # the place stating kronor is asked for the other's measure
    assert found is not None and found.calculation.result == Decimal("0.9")
    assert "Malå 1,8 procent [2]" in found.answer and "procentenheter" in found.answer
    # without the per cent asked, the same kronor are a figure of their own
    assert asked_thing("vilken kommun budgeterar högst resultat 2025, Boxholm eller Malå?", PLACES) == \
        ("högst", "resultat 2025")


def test_the_noun_of_a_difference_asks_for_the_thing_its_preposition_leads() -> None:
    assert asked_thing("skillnad i kommunalskatt 2025 mellan Boxholm och Malå?", PLACES) == \
        ("skillnad", "kommunalskatt 2025")
    assert asked_thing("What is the difference in tax rate between Boxholm and Malå?", PLACES) == \
        ("difference", "tax rate")


def test_a_figure_said_with_a_justified_lines_spaces_is_one_figure() -> None:
    quote = "Den  31  december  2025  hade  Boxholms  kommun  15  638  invånare,  vilket  är  41  färre."
    figure, _ = stated_figure(_prose("Boxholm", quote, "15  638 invånare"))
    assert figure.value == Decimal("15638") and figure.kind == "count"


def test_a_place_whose_tables_answer_with_a_total_its_title_names_is_asked_of_its_prose() -> None:
    # Kramfors' tables answer "kommunalskatt" with the total of "Så fördelas 100 kronor i kommunalskatt" (1,2
    # miljarder), a measure of nothing the other place's 22,71 kronor could be held against; asked for the other's
    # measure again, the same tables would answer the same: its prose states its rate
    total = _lookup("Så fördelas 100 kronor i kommunalskatt är totalt 1,2 miljarder kronor 2025 [1].",
                    ("Nettokostnad 2025, mnkr",), "1223,2", unit="mnkr")
    total = replace(total, calculation=replace(total.calculation, inputs=(replace(
        total.calculation.inputs[0], label="Totalt"),)))
    rate = _prose("Malå", "Kommunalskatten höjs med 30 öre till 22,71 kronor per hundralapp.", "22,71 kronor")
    own_rate = _prose("Boxholm", "Kommunalskatten i Boxholm är 22,84 kronor per hundralapp 2025.", "22,84 kronor")
    asked: list[tuple[str, str, bool]] = []

    def ask(question: str, place: str, tables: bool = True) -> Answer:
        asked.append((question, place, tables))
        if place == "Malå":
            return rate
        return total if tables else own_rate

    found = compare_places("Vilken av kommunerna Boxholm och Malå har högst kommunalskatt 2025?", PLACES, "sv", ask)
    assert ("Boxholm", False) in [a[1:] for a in asked]
    assert found is not None and found.calculation.result == Decimal("0.13")
    assert found.answer.startswith("Boxholm 22,84 kronor [1]; Malå 22,71 kronor [2]. Högst har Boxholm")


def test_a_superlative_in_its_definite_form_is_the_comparative() -> None:
    assert asked_thing("Vilken kommun budgeterar det högsta resultatet 2025, Boxholm eller Malå?", PLACES) == \
        ("högst", "resultatet 2025")
    assert asked_thing("Vilken kommun har den lägsta skattesatsen, Boxholm eller Malå?", PLACES) == \
        ("lägst", "skattesatsen")


def test_a_headings_number_states_no_value_and_the_place_is_asked_in_its_prose() -> None:
    heading = replace(_lookup("Enligt Så används din skatt: 100 kr [1].", ("2025-01-14",), "100"),
                      citations=(Citation(n=1, doc="m.html", title="Skatt", quote="## Så fördelas 100 kronor i "
                                          "kommunalskatt", chunk_id="c1"),))
    assert stated_figure(heading) is None
    prose = {"Boxholm": _prose("Boxholm", SAID["Boxholm"], "22,40 kronor")}
    calls: list[tuple] = []

    def ask(question: str, place: str, tables: bool = True) -> Answer:
        calls.append((place, tables))
        if place == "Malå":
            return heading if tables else _prose("Malå", SAID["Malå"], "23,45 kronor")
        return prose[place]

    found = compare_places("Vilken av kommunerna Boxholm och Malå har högst kommunalskatt?", PLACES, "sv", ask)
    assert ("Malå", False) in calls
    assert found is not None and "Högst har Malå" in found.answer and "100" not in found.answer


def test_a_share_asked_in_per_cent_is_asked_with_its_measure_and_a_computed_share_states_its_result() -> None:
    computed = Answer(question="q", answer="Årets resultat står för 1,8 % av Skatteintäkter 2025: 11,6 mnkr [1] av "
                                           "638,3 mnkr [2].",
                      citations=(Citation(n=1, doc="b.pdf", title="Budget", quote="Årets resultat   11,6",
                                          chunk_id="c1"),),
                      calculation=Calculation(operation="share", expression="11.6 / 638.3 * 100",
                                              result=Decimal("1.8173"), unit="%", inputs=()))
    figure, citation = stated_figure(computed, "percent")
    assert figure.value == Decimal("1.8") and citation.n == 1
    kronor = _lookup("Årets resultat är 11,6 miljoner kronor 2025 [1].", ("Budget 2025",), "11,6", unit="mnkr")
    malå = _prose("Malå", "Resultatet motsvarar 0,8 procent av skatteintäkter och generella statsbidrag.",
                  "0,8 procent")
    asked: list[str] = []

    def ask(question: str, place: str, tables: bool = True) -> Answer:
        asked.append(question)
        if place == "Malå":
            return malå
        return computed if "procent" in question else kronor

    found = compare_places("Vilken kommun budgeterar det högsta resultatet i procent av skatter och generella "
                           "statsbidrag 2025, Boxholm eller Malå?", PLACES, "sv", ask)
    assert "Hur hög är budget resultatet i procent av skatter och generella statsbidrag 2025?" in asked
    assert found is not None and found.calculation.result == Decimal("1.0") and "Högst har Boxholm" in found.answer


def test_a_bare_number_of_a_row_whose_label_names_kronor_is_a_sum_of_money() -> None:
    answer = _prose("Malå", "| Skattesats, kronor | 22,86 | 22,86 |", "22,86")
    figure, _ = stated_figure(answer)
    assert (figure.kind, figure.value, figure.written) == ("money", Decimal("22.86"), "22,86 kronor")
    counted = _prose("Malå", "| Antal invånare | 9 186 | 9 150 |", "9 186")
    assert stated_figure(counted)[0].kind == "count"  # a label naming no unit of money leaves a count


def test_the_other_places_measure_given_for_each_year_is_read_in_its_latest() -> None:
    # Malå's prose states its rate as a bare table cell; Boxholm's answer to the asked thing is no rate, and asked
    # for Malå's measure its table gives the row for every year: the latest year's rate is compared
    rate = _prose("Malå", "| Skattesats, kronor | 22,86 | 22,86 |", "22,86")
    every_year = _lookup("Skattesats, kr är 21,84 kronor 2022 och 22,04 kronor 2023 [1].", ("2022", "2023"), "22,04")
    latest = _lookup("Skattesats, kr är 22,04 kronor 2023 [1].", ("2023",), "22,04")
    income = _prose("Boxholm", "Den som tjänar 30 000 kronor i månaden betalar 6 600 kronor i kommunalskatt.",
                    "30 000 kronor")
    asked: list[tuple[str, str]] = []

    def ask(question: str, place: str, tables: bool = True) -> Answer:
        asked.append((question, place))
        if place == "Malå":
            return rate
        return latest if "2023" in question else every_year if "skattesat" in question else income

    found = compare_places("Vilken av kommunerna Boxholm och Malå har högst kommunalskatt?", PLACES, "sv", ask)
    assert asked[-1] == ("Hur hög är skattesat 2023?", "Boxholm")
    assert found is not None and found.calculation.result == Decimal("0.82")
    assert found.answer.startswith("Boxholm 22,04 kronor [1]; Malå 22,86 kronor [2]. Högst har Malå")


def test_a_titled_total_close_in_size_to_the_others_figure_is_still_asked_of_the_prose() -> None:
    # Ovanåker's tables answer "kommunalskatt" with the total of "Fördelning av 100 kronor i kommunalskatt" (100
    # kronor), as near in size to Kinda's 22,15 kronor as a rate: the total measures the table's parts, the prose
    # states the rate
    total = _lookup("Fördelning av 100 kronor i kommunalskatt är totalt 100 kronor 2025 [1].", ("Kronor av 100 kr",),
                    "100")
    total = replace(total, calculation=replace(total.calculation, inputs=(replace(
        total.calculation.inputs[0], label="Totalt"),)))
    rate = _prose("Malå", "Skattesatsen är 22,15 kronor.", "22,15 kronor")
    own_rate = _prose("Boxholm", "År 2025 betalar du 22,64 kronor i kommunalskatt för varje hundralapp.",
                      "22,64 kronor")

    def ask(question: str, place: str, tables: bool = True) -> Answer:
        if place == "Malå":
            return rate
        return total if tables else own_rate

    found = compare_places("Vilken av kommunerna Boxholm och Malå har högst kommunalskatt 2025?", PLACES, "sv", ask)
    assert found is not None and found.calculation.result == Decimal("0.49")
    assert found.answer.startswith("Boxholm 22,64 kronor [1]; Malå 22,15 kronor [2]. Högst har Boxholm")
    # a prose answer quoting a row that names nothing asked ("| Kommunstyrelsen | 8,9 kr |") states no rate
    row = _prose("Boxholm", "| Kommunstyrelsen | 8,9 kr | 138,4 |", "8,9 kr")

    def ask_row(question: str, place: str, tables: bool = True) -> Answer:
        if place == "Malå":
            return rate
        return total if tables else row

    found = compare_places("Vilken av kommunerna Boxholm och Malå har högst kommunalskatt 2025?", PLACES, "sv",
                           ask_row)
    assert found is None or "8,9" not in found.answer


def test_an_amount_read_from_prose_is_measured_by_its_sentences_word_not_by_the_stretch_read() -> None:
    from assistant.compose.place_comparison import measure_of

    quote = "Från 1 januari 2025 höjs kommunalskatten med 30 öre till 22,41 kronor."
    read = _lookup("Enligt Ekonomi i korthet: 22,41 kr [1].", ("2024-12-02",), "22,41")
    read = replace(read, citations=(replace(read.citations[0], quote=quote),), calculation=replace(
        read.calculation, inputs=(replace(read.calculation.inputs[0],
                                          label="Från 1 januari 2025 höjs kommunalskatten med 30 öre till 22,"),)))
    # the other place is asked for "kommunalskat 2025", not for the sentence the amount was read from
    assert measure_of(read, "kommunalskatt 2025") == "kommunalskat"
    assert measure_of(_lookup("Skattesats, kr är 22,89 kronor [1].", ("2024",), "22,89"), "skatt") == "Skattesats, kr"


def test_each_place_is_asked_the_kind_of_figure_the_comparison_names() -> None:
    """"Vilken kommun budgeterar det högsta resultatet 2025 ...": each place's budget, not the first column of 2025
    (an interim report's outcome for January–August)."""
    answers = {p: _prose(p, q, f) for (p, q), f in zip(SAID.items(), ("22,40 kronor", "23,45 kronor"))}
    asked: list[str] = []
    compare_places("Vilken kommun budgeterar det högsta resultatet 2025, Boxholm eller Malå?", PLACES, "sv",
                   _asker(answers, asked))
    assert asked and all("budget resultatet 2025" in q for q in asked), asked


def _row(place: str, label: str, value: str, shown: str) -> Answer:
    quote = f"| {label} | {shown} |"
    citation = Citation(n=1, doc=f"{place}.xlsx", title="Nyckeltal", quote=quote, chunk_id="c")
    calc = Calculation(operation="lookup", expression="", result=Decimal(value), unit="st",
                       inputs=(CalculationInput(label=label, column="2023", value=Decimal(value), unit="st",
                                                citation=1),))
    return Answer(question="q", answer=f"{label} är {shown} år 2023 [1].", citations=(citation,), calculation=calc)


def test_a_row_of_a_part_is_not_compared_with_the_other_places_whole() -> None:
    # Malå's tables count only the inhabitants aged 80 or more; its prose states all of them
    tables = {"Boxholm": _row("Boxholm", "Antal invånare 31 december", "12134", "12 134"),
              "Malå": _row("Malå", "Invånare 80 år och äldre (antal)", "955", "955")}
    prose = _prose("Malå", "Befolkningen ökade med 62 personer till 16 912 invånare.", "16 912 invånare")
    asked: list[tuple[str, str, bool]] = []

    def ask(question: str, place: str, with_tables: bool = True) -> Answer:
        asked.append((question, place, with_tables))
        return tables[place] if with_tables else prose

    found = compare_places("vilken kommun hade flest invånare i slutet av 2023, Boxholm eller Malå?", PLACES, "sv",
                           ask)
    assert ("Hur många invånare 2023?", "Malå", False) in asked
    assert found is not None and found.calculation.result == Decimal(4778)
    assert "Högst har Malå" in found.answer


def test_the_thing_ends_at_the_time_it_is_asked_of() -> None:
    assert asked_thing("vilken av kommunerna Boxholm och Malå hade flest invånare vid årsskiftet 2023/2024", PLACES) \
        == ("flest", "invånare 2023 2024")


def test_a_place_whose_tables_lack_the_year_is_asked_of_its_prose() -> None:
    refused = Answer(question="q", answer="Tabellen omfattar 2019–2023; 2025 finns inte.", refused=True,
                     route={"path": "refusal", "reasons": {"by": "calculator", "why": "no year"}})
    prose = _prose("Malå", "Den kommunala skattesatsen 2025 är 22,85 kronor.", "22,85 kronor")

    def ask(question: str, place: str, with_tables: bool = True) -> Answer:
        if place == "Boxholm":
            return _prose("Boxholm", "Kommunalskatten för 2025 är oförändrad 22,15 kronor.", "22,15 kronor")
        return refused if with_tables else prose

    found = compare_places("vilken av kommunerna har högst kommunalskatt 2025, Boxholm eller Malå?", PLACES, "sv", ask)
    assert found is not None and found.calculation.result == Decimal("0.70")
