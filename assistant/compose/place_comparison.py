"""Two municipalities compared by a figure their tables do not hold ("Vilken av kommunerna Boxholm och Malå har högst
kommunalskatt?", "hur många fler tillsvidareanställda har Hultsfred än Strömsund?"): each municipality's figure is
asked of its own documents as a question of its own ("Hur hög är kommunalskatt?"), and the two stated figures, each
cited with the sentence or row that states it, are compared here: which is higher and by how much, never a figure
taken from a text. The calculator compares municipalities whose tables hold the figure (budget/municipal.compare);
this is for the figures stated in prose, or in a table only one side has.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from assistant.budget.municipal import without_names
from assistant.budget.narrower import narrower
from assistant.budget.numbers import format_number
from assistant.evidence.claim_amounts import scales_apart
from assistant.evidence.claim_figures import Figure, figures_in
from core.types import Answer, Calculation, CalculationInput, Citation
from core.years import YEAR

# the comparative that asks which place has more (or the verb bidding them compared: "Jämför nettoinvesteringarna
# 2023 i A och B", the larger first; or the noun with the preposition leading the thing: "skillnad i kommunalskatt
# mellan A och B"), and the question that asks one place for its figure
# a superlative in its definite form too ("det högsta resultatet", "den lägsta skattesatsen": SUPERLATIVE_DEFINITE)
COMPARATIVE = re.compile(r"\b(?P<word>(?:högst|lägst|störst|minst|flest)a?|högre|lägre|större|mindre|mest|mer|fler|färre|"
                         r"highest|lowest|higher|lower|largest|smallest|larger|smaller|most|least|more|fewer|less|"
                         r"jämför|jämföra|compare|skillnad(?:en)?\s+(?:i|på)|difference\s+in)\s+"
                         r"(?P<thing>[^?.!,;]+)", re.I)
LOW = {"lägst", "lägre", "minst", "mindre", "färre", "lowest", "lower", "smallest", "smaller", "least", "fewer", "less"}
ASK = {"sv": (("flest", "fler", "färre"), "Hur många {}?", ("högst", "lägst", "högre", "lägre"), "Hur hög är {}?",
              "Hur stor är {}?"),
       "en": (("most", "more", "fewer"), "How many {}?", ("highest", "lowest", "higher", "lower"), "How high is {}?",
              "How large is {}?")}
SUPERLATIVE_DEFINITE = re.compile(r"(?<=st)a$")  # "högsta" is "högst" said of a definite noun
ENDS = re.compile(r"\s+(?:än|och|eller|samt|mellan|than|and|or|between|i|in|hos|för|for|enligt|according|vid|at)\b.*$",
                  re.I)


HEADING = re.compile(r"\s*#{1,6}\s")  # a heading line of a document's text (ingest writes them as markdown)
KINDS = {"kr": "money", "tkr": "money", "mnkr": "money", "mdkr": "money", "%": "percent"}  # a cell's unit: its figure


@dataclass(frozen=True, slots=True)
class Stated:
    place: str
    figure: Figure
    citation: Citation
    measure: str = ""  # what the figure is the value of: the row's label, the noun the sentence leads it with
    tabled: bool = False  # a calculator's lookup of a table cell states it
    row: str = ""  # the looked-up row's label ("Invånare 80 år och äldre (antal)"), "" for a figure of prose


def asked_thing(question: str, places: Sequence[str]) -> tuple[str, str] | None:
    """(the comparative, the thing compared) of a question comparing places: "har högst kommunalskatt" ->
    ("högst", "kommunalskatt"); None when the question holds no comparative with a thing after it."""
    from assistant.understand.words import is_clear_verb, sentence_types

    text = without_names(question, places)
    found = COMPARATIVE.search(text)
    if found is None:
        return None
    words: list[str] = []
    for word in ENDS.sub("", found.group("thing")).split():
        if is_clear_verb(word.lower()):
            break  # "tillsvidareanställda har kommunen": the thing ends at its verb ("skattesats" is none)
        words.append(word)
    if not words or words[0].lower() in sentence_types()["prepositions"]:
        return None  # "mer får ...", "mest på grundskolan": a verb's object, no thing of its own to ask for
    thing = " ".join(w for w in words if not re.fullmatch(r"kommun(?:en|er|erna|s|ens)?|municipalit(?:y|ies)", w, re.I))
    if not thing or not re.search(r"[^\W\d_]{3,}", thing):
        return None
    years = [y for y in dict.fromkeys(YEAR.findall(text)) if y not in thing]
    word = SUPERLATIVE_DEFINITE.sub("", found.group("word").split()[0].lower())
    return word, " ".join([thing, *years])


def place_question(word: str, thing: str, language: str) -> str:
    """The question one place is asked: "Hur hög är kommunalskatt?", "Hur många tillsvidareanställda 2025?"."""
    counts, count_q, rates, rate_q, size_q = ASK["en" if language == "en" else "sv"]
    template = count_q if word in counts else rate_q if word in rates else size_q
    return template.format(thing)


def asked_kind(question: str) -> str | None:
    """The kind of figure a comparison asks for when its words say it: "percent" for "i procent av skatter och
    statsbidrag" (a sum of kronor does not answer it); None when the words leave it to the figures."""
    from assistant.budget.plan import PERCENT

    return "percent" if PERCENT.search(question) else None


# the measure a comparison asks its figure in, said after the thing: "i procent av skatter och generella statsbidrag"
KIND_PHRASE = re.compile(r"\b(?:i|in|as\s+a)\s+(?:procent|percent(?:age)?|%)(?:\s+(?:av|of)\s+[^?.!,;]+?)?"
                         r"(?=\s+(?:19|20)\d\d\b|\s*[?.!,;]|\s*$)", re.I)


def kind_phrase(question: str) -> str:
    """The words saying the measure the question asks its figure in ("i procent av skatter och generella
    statsbidrag"), "" when it says none."""
    found = KIND_PHRASE.search(question)
    return " ".join(found.group(0).split()) if found else ""


def without_years(text: str) -> str:
    return " ".join(YEAR.sub(" ", text).split())


def stated_figure(answer: Answer, kind: str | None = None) -> tuple[Figure, Citation] | None:
    """The figure an answer states and the citation holding it: a calculator lookup's one cell, else the first
    figure the answer says outside its quotes that its first citation's quote states too (of the `kind` asked
    first: "13,5 miljoner kronor, motsvarande 1,8 procent" states 1,8 procent when per cent is asked)."""
    if answer.refused or not answer.citations or answer.verdict is not None:
        return None
    calc = answer.calculation
    if calc is not None and calc.operation == "lookup" and len(calc.inputs) == 1:
        cell = calc.inputs[0]
        cited = next((c for c in answer.citations if c.n == cell.citation), None)
        if cited is not None and HEADING.match(cited.quote):
            return None  # "## Så fördelas 100 kronor i kommunalskatt": a heading names a topic, its number no value
        shown = [f for f in figures_in(_outside_quotes(answer.answer)) if f.kind != "count" or cell.unit != "%"]
        # the cell's own kind first: a title's "§ 142" before "22,15 kr" is no figure of a money cell
        shown = [f for f in shown if f.kind == KINDS.get(cell.unit, "count")] or shown
        # and of those the one saying the cell's value: "Så fördelas 100 kronor i kommunalskatt är totalt 1,2
        # miljarder kronor" states 1,2 miljarder, the title's "100 kronor" is none of the cell's
        value = abs(_in_kronor(cell.value, cell.unit))
        shown.sort(key=lambda f: abs(abs(f.value) - value) / max(value, Decimal(1)))
        if cited is not None and shown:
            return shown[0], cited
        return None
    first = answer.citations[0]
    if calc is not None and calc.operation == "share" and calc.unit == "%":
        # a share the calculator computed of cited cells ("1,8 % av Skatteintäkter ...: 11,6 mnkr av 638,3 mnkr")
        # states its result, which no one cell holds
        computed = [f for f in figures_in(_outside_quotes(answer.answer))
                    if f.kind == "percent" and f.value == calc.result.quantize(f.value, ROUND_HALF_UP)]
        return (computed[0], first) if computed else None
    quoted = figures_in(first.quote)
    said = figures_in(_outside_quotes(answer.answer)) + (figures_in(first.quote) if kind else [])
    for figure in sorted(said, key=lambda f: (f.kind != kind if kind else False, -len(f.written))):
        # a bare number in the quote is the figure its answer gives a unit from the row's label ("Skattesats (kr)")
        bare = ("count",) if calc is None else ()
        if any(q.value == figure.value and q.kind in (figure.kind, *bare) for q in quoted):
            return labelled(figure, first.quote), first
    return None


def labelled(figure: Figure, quote: str) -> Figure:
    """A bare number of a table's row as the sum of money its label says it is ("| Skattesats, kronor | 22,86 |":
    22,86 kronor, comparable with another place's "22,04 kronor"); any other figure as it is."""
    from assistant.budget.units import unit_in

    if figure.kind != "count":
        return figure
    at = quote.find(figure.written)
    unit = unit_in(quote[:at]) if at > 0 else None
    if unit is None or not unit.is_money:
        return figure
    name = "kronor" if unit.factor == 1 else unit.value
    return replace(figure, value=figure.value * unit.factor, kind="money", written=f"{figure.written} {name}")


def measure_of(answer: Answer, thing: str) -> str:
    """What a place's stated figure is the value of, in its source's words: a calculator lookup's row label
    ("Skatteintäkter"), else the word of the cited sentence that names the asked thing, in its compound
    ("Skattesatsen lämnas oförändrad på 22,34 kronor" names "skatt" by "skattesats"); "" when it names none."""
    from assistant.understand.query import stems

    # the stems and the words as written: a compound's head is its end ("skatt" of "kommunalskatt"), which its
    # stem ("kommunalskat") may clip
    asked = [w for w in (*stems(YEAR.sub(" ", thing)), *re.findall(r"[^\W\d_]+", thing.lower())) if len(w) >= 4]
    calc = answer.calculation
    if calc is not None and calc.operation == "lookup" and calc.inputs and not re.search(r"\d", calc.inputs[0].label):
        # a row naming the thing ("Skatteintäkter" for "skatt"); a total of a table only its title names ("Totalt" of
        # "Så fördelas 100 kronor i kommunalskatt") measures nothing the other place could be asked for. An amount
        # read from prose is labelled by the stretch it was read from ("Från 1 januari 2025 höjs kommunalskatten med
        # 30 öre till 22,"): its sentence's word naming the thing measures it, below
        label = calc.inputs[0].label
        return label if any(_names(word, asked) for word in re.findall(r"[^\W\d_]{4,}", label)) else ""
    quote = answer.citations[0].quote if answer.citations else ""
    for word in re.findall(r"[^\W\d_]{4,}", quote):
        if _names(word, asked):
            return " ".join(stems(word)) or word.lower()
    return ""


HEAD = 5  # the shortest end of an asked compound that opens a word of its own ("skatt" of "kommunalskatt")


def _names(word: str, asked: Sequence[str]) -> bool:
    """The word names an asked stem: it holds it ("Skattesatsen" holds "skattesats"), or it opens with the asked
    compound's head ("skattesatsen" with "skatt", the end of "kommunalskatt")."""
    low = word.lower()
    return any(part in low or any(low.startswith(part[k:]) for k in range(len(part) - HEAD + 1)) for part in asked)


def _in_kronor(value: Decimal, unit: str) -> Decimal:
    """A cell's value as the figures of an answer's text hold it: sums of money in kronor, anything else as is."""
    from assistant.budget.units import Unit

    try:
        found = Unit(unit)
    except ValueError:
        return value
    return value * found.factor if found.is_money else value


def comparable(a: Figure, b: Figure) -> bool:
    """Two figures measure the same thing as far as their figures tell: one kind, and no more than a unit step
    apart in size."""
    # a tax rate of 22,34 kronor per skattekrona is no skatteintäkt of 1,3 miljarder
    return a.kind == b.kind and not scales_apart(a.value, b.value)


def latest_year(answer: Answer) -> str | None:
    """The latest year of a calculator lookup giving one row for several years ("Skattesats, kr är 22,89 kronor 2023
    och 22,89 kronor 2024"); None for any other answer."""
    calc = answer.calculation
    if answer.refused or calc is None or calc.operation != "lookup" or len(calc.inputs) < 2 \
            or len({i.label for i in calc.inputs}) != 1:
        return None
    years = [y for i in calc.inputs for y in YEAR.findall(i.column)]
    return max(years) if years else None


def compare_places(question: str, places: Sequence[str], language: str,
                   ask: Callable[..., Answer]) -> Answer | None:
    """The comparison of two places by the figure each one's documents state; `ask(question, place)` answers a
    question from one place's documents (`ask(question, place, False)`: from their prose alone, the tables left
    out). None when the question asks no comparison of a thing, or a place's documents state no figure of the same
    kind as the other's (the question is then answered as before)."""
    if len(places) != 2:
        return None
    asked = asked_thing(question, places)
    if asked is None:
        return None
    word, thing = asked
    kind = asked_kind(without_names(question, places))
    from assistant.budget.columns import column_kind

    column = column_kind(without_names(question, places))
    if column is not None and not column_kind(thing):
        # "vilken kommun budgeterar det högsta resultatet 2025": each place is asked its budget's figure, not the
        # first column of that year (an interim report's outcome for January–August)
        thing = f"{column.lower()} {thing}"
    stated: list[Stated] = []
    for place in places:
        answer = ask(place_question(word, thing, language), place)
        found = stated_figure(answer, kind)
        measured = kind_phrase(without_names(question, places)) if kind else ""
        if measured and (found is None or found[0].kind != kind):
            # "det högsta resultatet i procent av skatter och generella statsbidrag": the kind the question asks,
            # said with the thing, so a place computes or quotes that measure rather than the thing's kronor
            again = ask(place_question(word, f"{without_years(thing)} {measured} {' '.join(YEAR.findall(thing))}"
                                       .strip(), language), place)
            found_again = stated_figure(again, kind)
            if found_again is not None and found_again[0].kind == kind:
                answer, found = again, found_again
        if found is not None and _titled_total(answer, thing):
            # the tables answered with the total of a table only its title names ("Fördelning av 100 kronor i
            # kommunalskatt": totalt 100): a figure of that table, no value of the thing; the prose states it, in a
            # sentence naming the thing ("22,64 kronor i kommunalskatt", not a row "| Kommunstyrelsen | 8,9 kr |")
            prose = ask(place_question(word, thing, language), place, False)
            found_prose = stated_figure(prose, kind)
            if found_prose is not None and measure_of(prose, thing):
                answer, found = prose, found_prose
        latest = latest_year(answer) if found is None and not YEAR.search(thing) else None
        if latest:  # a table row given for each of its years: the place's latest figure is compared
            found = stated_figure(ask(place_question(word, f"{thing} {latest}", language), place), kind)
        elif found is None and (answer.calculation is not None or _refused_by_tables(answer)):
            # the tables' answer states no value, or they lack the year ("fem år i sammandrag omfattar 2019–2023;
            # 2025 finns inte"): the prose's
            answer = ask(place_question(word, thing, language), place, False)
            found = stated_figure(answer, kind)
        if found is None:
            return None
        stated.append(Stated(place, *found, measure_of(answer, thing), answer.calculation is not None,
                             row_of(answer)))
    for i, (part, whole) in enumerate(((stated[0], stated[1]), (stated[1], stated[0]))):
        if part.row and (whole.row or whole.measure) and narrower(part.row, whole.row or whole.measure, question):
            # a row of a part ("Invånare 80 år och äldre") against the other's whole ("Antal invånare"): the place's
            # prose may state the whole ("16 912 invånare")
            prose = ask(place_question(word, thing, language), part.place, False)
            found = stated_figure(prose, kind)
            if found is None:
                return None
            stated[i] = Stated(part.place, *found, measure_of(prose, thing), False)
    a, b = stated
    if not comparable(a.figure, b.figure) or not _of_kind(a, b, kind=kind):
        like = _like_with_like(a, b, word, thing, language, ask, kind)
        if like is None:
            return None
        a, b = like
    return _answer(question, a, b, word in LOW, language)


def _refused_by_tables(answer: Answer) -> bool:
    """The calculator refused the question (a year its table lacks), not the prose."""
    return answer.refused and (answer.route or {}).get("reasons", {}).get("by") == "calculator"


def row_of(answer: Answer) -> str:
    """The label of the one row a calculator's lookup read; "" for any other answer."""
    calc = answer.calculation
    return calc.inputs[0].label if calc is not None and calc.operation == "lookup" and \
        len({i.label for i in calc.inputs}) == 1 else ""


def _titled_total(answer: Answer, thing: str) -> bool:
    """A calculator lookup answered with a table's total row whose label names nothing asked ("Totalt" of
    "Fördelning av 100 kronor i kommunalskatt"): the sum of the table's parts, which only its title ties to the
    asked thing."""
    from assistant.budget.tables import TOTAL_LABEL

    calc = answer.calculation
    return calc is not None and calc.operation == "lookup" and len(calc.inputs) == 1 \
        and bool(TOTAL_LABEL.match(calc.inputs[0].label)) and not measure_of(answer, thing)


def _of_kind(*stated: Stated, kind: str | None) -> bool:
    """Every figure is of the kind the question asks (any kind when it asks none)."""
    return kind is None or all(s.figure.kind == kind for s in stated)


def _like_with_like(a: Stated, b: Stated, word: str, thing: str, language: str,
                    ask: Callable[..., Answer], kind: str | None = None) -> tuple[Stated, Stated] | None:
    """Two places whose answers state different measures of the asked thing ("skatt": one place's tax rate in
    kronor per skattekrona, the other's tax revenue in billions; a result in kronor, the other's in per cent of
    the revenues when per cent is asked) are compared by one measure: each place is asked for the other's measure,
    a place whose figure is not of the asked kind first, else the larger figure's place, and the first pair that
    measures alike (and is of the asked kind) is compared; a row given for each of its years is read in its latest
    (the question naming none). A place whose tables answered with a figure that
    measures nothing asked (the total of a table only its title names: "Så fördelas 100 kronor i kommunalskatt")
    is asked of its documents' prose: its tables would answer the same again. None when neither place states the
    other's measure."""
    years = " ".join(YEAR.findall(thing))
    larger, smaller = sorted((a, b), key=lambda s: (_of_kind(s, kind=kind), -abs(s.figure.value)))
    for asked, other in ((larger, smaller), (smaller, larger)):
        if not other.measure or not _of_kind(other, kind=kind):
            continue
        question = place_question(word, " ".join(filter(None, (other.measure, years))), language)
        answer = ask(question, asked.place, False) if asked.tabled and not asked.measure else \
            ask(question, asked.place)
        found = stated_figure(answer, kind)
        latest = latest_year(answer) if found is None and not years else None
        if latest:  # the measure's row given for each of its years: the place's latest figure is compared
            answer = ask(place_question(word, f"{other.measure} {latest}", language), asked.place)
            found = stated_figure(answer, kind)
        if found is None or not comparable(found[0], other.figure):
            continue
        again = Stated(asked.place, *found, measure_of(answer, thing), answer.calculation is not None)
        return (again, other) if asked is a else (other, again)
    return None


def _answer(question: str, a: Stated, b: Stated, low: bool, language: str) -> Answer:
    sv = language != "en"
    best, other = sorted((a, b), key=lambda s: s.figure.value, reverse=not low)
    diff = abs(a.figure.value - b.figure.value)
    gap = _gap(diff, best.figure, language)
    same = (a.citation.doc, a.citation.quote) == (b.citation.doc, b.citation.quote)
    marks = {a.place: 1, b.place: 1 if same else 2}
    citations = (replace(a.citation, n=1),) + (() if same else (replace(b.citation, n=2),))
    listed = "; ".join(f"{s.place} {' '.join(s.figure.written.split())} [{marks[s.place]}]" for s in (a, b))
    if diff == 0:
        text = (f"{listed}: lika mycket." if sv else f"{listed}: the same.")
    elif sv:
        text = f"{listed}. {'Lägst' if low else 'Högst'} har {best.place}, {gap} {'lägre' if low else 'högre'} än {other.place}."
    else:
        text = f"{listed}. {best.place} has the {'lowest' if low else 'highest'}, {gap} {'lower' if low else 'higher'} than {other.place}."
    unit = {"money": "kr", "percent": "%"}.get(best.figure.kind, "st")
    calculation = Calculation(
        operation="compare", expression=f"{best.figure.value} - {other.figure.value} = {diff}", result=diff, unit=unit,
        inputs=tuple(CalculationInput(label=f"{s.figure.written} ({s.place})", column="", value=s.figure.value,
                                      unit=unit, citation=marks[s.place]) for s in (a, b)))
    return Answer(question=question, answer=text, citations=citations, calculation=calculation, language=language,
                  composer="calculator", route={"path": "calculator", "reasons": {
                      "operation": "compare", "inputs": "each place's answer"}})


def _gap(diff: Decimal, figure: Figure, language: str) -> str:
    """The difference in the figures' own terms: "1,05 kronor", "0,5 procentenheter", "663"."""
    from assistant.budget.phrasing import human_amount
    from assistant.budget.units import Unit

    if figure.kind == "money":
        return human_amount(diff, Unit.KR, language)
    places = 0 if diff == diff.to_integral_value() else 1 if (diff * 10) == (diff * 10).to_integral_value() else 2
    number = format_number(diff, places, language)
    if figure.kind == "percent":
        return f"{number} {'procentenheter' if language != 'en' else 'percentage points'}"
    return number


def _outside_quotes(text: str) -> str:
    """The answer's own words: without the quotes (”...”) and the citation markers, each space one (a figure said
    as a justified line wrote it, "15  638 invånare", is one figure)."""
    return " ".join(re.sub(r"\[\d+\]", " ", re.sub(r"”[^”]*”", " ", text)).split())
