"""Figures of several municipalities: one calculation never mixes two municipalities' tables.

A question (or, for a follow-up, an earlier question) that names an indexed municipality ("i Vårgårda",
"Lerums", "Tranemo kommun") is answered from that municipality's figures only, with the name taken out of
the question so the planner sees just the figure asked for. A question naming two or more compares them:
the same lookup in each municipality's tables, every cell cited, units aligned (tkr against mnkr).
The names come from the documents' metadata, never from a list in the code.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from assistant.budget.columns import COMPARING, column_kind, family, held_against
from assistant.budget.compose import FigureAnswer, FigureValue, header_mark
from assistant.budget.direction import names_cost
from assistant.budget.execute import Outcome, Refusal, decimals_of, execute
from assistant.budget.matching import committee_mentions
from assistant.budget.narrower import narrower
from assistant.budget.numbers import format_value, percent_decimals, round_to
from assistant.budget.plan import MIN, Plan, plan_question
from assistant.budget.records import Cell, CellSource
from assistant.budget.selection import find_row
from assistant.budget.stated_counts import StatedCount, of_places, per_count_of_text, per_stated_count
from assistant.budget.store import FigureBook
from assistant.budget.units import PER_UNIT, Unit, convert
from core.types import Calculation, CalculationInput
from core.years import YEAR

CHANGES = ("change", "percent_change")  # a change between two years, each municipality's computed from its own cells
_AROUND = r"(?<![\wåäöÅÄÖ])"
_AFTER = r"(?![\wåäöÅÄÖ])"


def _pattern(name: str, with_preposition: bool) -> re.Pattern[str]:
    lead = r"(?:\b(?:i|för|hos|in|of|at|for)\s+)?" if with_preposition else ""
    return re.compile(rf"{lead}{_AROUND}{re.escape(name)}s?(?:\s+(?:kommuns?|stads?|municipality))?{_AFTER}",
                      re.IGNORECASE)


def municipalities_named(question: str, book: FigureBook) -> list[str]:
    """The book's municipalities the question names, in the order it names them."""
    return names_said(question, book.municipalities)


def names_said(question: str, names: Sequence[str]) -> list[str]:
    """The municipality names the question says ("Boxholm", "Malås", "i Malå kommun"), in the order it says them."""
    found = []
    for name in names:
        match = _pattern(name, False).search(question)
        if match:
            found.append((match.start(), name))
    return [name for _, name in sorted(found)]


def without_names(question: str, names: Sequence[str]) -> str:
    """"Hur mycket får kommunstyrelsen i Vårgårda 2025?" -> "Hur mycket får kommunstyrelsen 2025?"."""
    for name in names:  # an English genitive keeps the preposition of its noun ("in Vingåker's budget": "in budget")
        question = re.sub(rf"{_AROUND}{re.escape(name)}['’]s{_AFTER}", " ", question, flags=re.IGNORECASE)
        question = _pattern(name, True).sub(" ", question)
    question = re.sub(r"\s+([?.,!])", r"\1", question)
    return " ".join(question.split())


def scope(question: str, book: FigureBook, history: Sequence[str]) -> tuple[list[str], str, tuple[str, ...]]:
    """(municipalities the question is about, the question without them, the history without them).

    A follow-up that names none keeps the municipality of the latest earlier question that named one; one that
    names only a municipality ("Och i Tranemo?") asks the previous question about it."""
    if len(book.municipalities) < 2:  # the one municipality of the book (a source named: "enligt KS-protokollet")
        # is the scope still, no topic: "Åmål's socialnämnden" asks the committee's row
        names = municipalities_named(question, book)
        said = [n for n in names if n not in in_row_names(question, names, book)]
        return said, without_names(question, said), tuple(history)
    names = municipalities_named(question, book)
    every = book.municipalities
    stripped = without_names(question, names)
    if names and history and len(re.findall(r"[^\W\d]+", stripped)) <= 2 and not re.search(r"\d", stripped):
        # "Och i Tranemo?": the previous question, asked about this municipality
        return names, without_names(history[-1], every), tuple(without_names(h, every) for h in history[:-1])
    if not names:
        for earlier in reversed(history):
            names = municipalities_named(earlier, book)
            if names:
                break
    said = [n for n in names if n not in in_row_names(question, names, book)
            and n not in held_against_columns(question, names, book)]
    return names, without_names(question, said), tuple(without_names(h, every) for h in history)


def held_against_columns(question: str, names: Sequence[str], book: FigureBook) -> list[str]:
    """The names that are the kind of a column of their own municipality's table whose other kind of column the
    question names too ("dyrare i Dorotea än i riket": "Dorotea 2023" beside "Riket 2023"): they name that column
    against the other, so they stay in the question."""
    from assistant.budget.matching import stems

    said = set(stems(question))

    def against_other(name: str) -> bool:
        for table in book.of_municipalities([name]).tables:
            kinds = {(c.kind or "").casefold() for c in table.columns}
            if name.casefold() in kinds and any(k and set(stems(k)) <= said for k in kinds - {name.casefold()}):
                return True
        return False

    return [name for name in names if against_other(name)]


def in_row_names(question: str, names: Sequence[str], book: FigureBook) -> list[str]:
    """The names the question says as part of a row's own name ("IFK Katrineholm", "Katrineholms SK" in
    Katrineholm's tables): they name the row asked for, so they stay in the question (a row that is the
    name alone, "Katrineholms kommun", is the municipality, and so is the name that alone found a row: "i Strömsund"
    for "Ny förskola Strömsund")."""
    if not names:
        return []
    plan = plan_question(question, book.of_municipalities(names).index.lexicon, ())
    return [name for name in names if any(
        _pattern(name, False).search(said) and _names_more(_pattern(name, False).sub(" ", said))
        and not _only_its_owner(_pattern(name, False).sub(" ", said), row)
        and _pattern(name, False).sub(" ", row).strip() for row, said in zip(plan.rows, plan.said))]


def _only_its_owner(rest: str, row: str) -> bool:
    """The words said with a name are only the body the row's brackets name as its owner ("tekniska nämnden i
    Smedjebacken" of "Gång- och cykelväg Smedjebacken–Vad (Tekniska nämnden)"): the body in its municipality, no
    part of the row's own name."""
    from assistant.budget.matching import FUNCTION_WORDS, stems, tokens

    owner = re.search(r"\(([^()]+)\)\s*$", row)
    said = {s for w in tokens(rest) if w not in FUNCTION_WORDS for s in stems(w)}
    return owner is not None and bool(said) and said <= set(stems(owner.group(1)))


def _names_more(rest: str) -> bool:
    """The words said with a name name something of their own: not only linking words, "per" and a word for a
    year ("per år i Bjurholm" names no row "Bjurholmsbadet ... (kr per besök)": the name alone matched it)."""
    from assistant.budget.matching import FUNCTION_WORDS, YEAR_WORDS, tokens
    from assistant.understand.query import stop_words

    closed = FUNCTION_WORDS | YEAR_WORDS | stop_words() | {"per"}
    return any(w not in closed for w in tokens(rest))


OWN_WORDS = 3  # "Boxholm (prognos)", "Malå enligt budgeten": a kind of column said right after a name is its own


def _own_words(question: str, names: Sequence[str]) -> dict[str, str]:
    """The text said right after each name, up to the next name: where a municipality's own column or year is
    given ("Enköping (utfall 2025) ... Arjeplog i budget 2027")."""
    spots = sorted((m.start(), m.end(), name) for name in names if (m := _pattern(name, False).search(question)))
    return {name: question[end:spots[k + 1][0] if k + 1 < len(spots) else len(question)]
            for k, (_, end, name) in enumerate(spots)}


def kinds_by_name(question: str, names: Sequence[str]) -> dict[str, str]:
    """The kind of column each municipality's figure is asked from, when the question says it beside the name
    ("boxholm (prognos) eller malå (budget)"): the words after a name, up to the next name or OWN_WORDS words."""
    out: dict[str, str] = {}
    for name, text in _own_words(question, names).items():
        words = re.findall(r"[^\W\d_]+", text)[:OWN_WORDS]
        kind = column_kind(" ".join(words)) if words else None
        if kind is not None:
            out[name] = kind
    return out if len(out) == len(names) else {}


def _deviations_asked(question: str, own_kinds: dict[str, str]) -> dict[str, str]:
    """Each municipality's own kind of figure held against another kind ("sämst mot budget – Falkenbergs (prognos
    2024) eller Ljusnarsbergs (utfall 2023)"): its deviation from that kind is compared, not the figure itself."""
    against = held_against(question)
    if against is None:
        return own_kinds
    return {name: COMPARING[0] if family(kind) != against else kind for name, kind in own_kinds.items()}


def years_by_name(question: str, names: Sequence[str]) -> dict[str, int]:
    """The year each municipality's figure is asked for, when the question says one beside each name
    ("Enköping (2025) eller Arjeplog (2027)"): the one year among the first words after a name."""
    out: dict[str, int] = {}
    for name, text in _own_words(question, names).items():
        words = re.findall(r"\w+", text)[:OWN_WORDS + 1]
        years = {int(w) for w in words if YEAR.fullmatch(w)}
        if len(years) == 1:
            out[name] = years.pop()
    return out if len(out) == len(names) else {}


# the word for the places compared ("vilken kommun har högst ...", "which of the municipalities"): they are what is
# chosen between, no row of theirs ("Kommunstyrelsen", "Sjukfrånvaro bland kommunens medarbetare")
PLACES_WORD = re.compile(r"(?<![\wåäöÅÄÖ])(?:kommun|kommuner|kommunerna|municipality|municipalities)(?![\wåäöÅÄÖ])",
                         re.IGNORECASE)


def compare(question: str, names: Sequence[str], book: FigureBook, language: str,
            counts: Sequence[StatedCount] = ()) -> FigureAnswer | None:
    """The figure the question asks for, looked up in each municipality's tables (a table's total when it names the
    table's kind and no row); None when the question names neither (retrieval answers it then). A figure asked per
    one of something no row counts is divided by the count each municipality's text states (`counts`)."""
    stripped = PLACES_WORD.sub(" ", without_names(question, names))
    outcomes: list[tuple[str, Outcome]] = []
    refusals: list[tuple[str, Refusal]] = []
    plans: dict[str, tuple[Plan, FigureBook]] = {}
    own_kinds = _deviations_asked(stripped, kinds_by_name(question, names))
    own_years = years_by_name(question, names)
    for name in names:
        sub = book.of_municipalities([name])
        plan = _per_count(plan_question(stripped, sub.index.lexicon, ()), stripped)
        if not plan.rows and not plan.table_kind:
            continue  # a table's kind named without a row ("Vilken kommun investerar mest?") compares its totals
        if own_years:  # "Norrby (2025) eller Söderby (2027)": each one's figure of its own year
            plan = replace(plan, years=(own_years[name],), year_range=False, all_years=False)
        kept = _computed(plan, sub)  # "nettokostnad per invånare", "resultatet i procent av skatter": computed
        plan = replace(plan, operation=kept or "lookup", rows=plan.rows if kept else _asked_row(plan, sub),
                       language=language, column_kind=own_kinds.get(name, plan.column_kind),
                       kinds=() if own_kinds else plan.kinds)
        try:
            outcome = per_count_of_text(stripped, plan, sub.tables, sub.index.doc_year, of_places(counts, [name])) \
                or execute(plan, sub.tables, sub.index.doc_year)
            if counts and outcome.operation == "lookup" and plan.denominator is None:
                own = of_places(counts, [name])
                outcome = per_stated_count(stripped, plan, outcome, sub.tables, sub.index.doc_year, own) or outcome
        except Refusal as refusal:
            refusals.append((name, refusal))
            continue
        if outcome.cells:
            outcomes.append((name, outcome))
            plans[name] = (plan, sub)
    if len(outcomes) < 2:
        return None
    outcomes, plans = _in_one_year(outcomes, plans)
    outcomes = _like_with_like(outcomes, plans)
    cells = [compared_cell(o) for _, o in outcomes]
    if any(narrower(a.row_label, b.row_label, stripped) for a in cells for b in cells if a is not b):
        return None  # "Invånare 80 år och äldre" is a part of what "Antal invånare" counts: no comparison of them
    if not _one_quantity(cells, any(p.percent for p, _ in plans.values())):
        return None  # a rate against a sum, kronor when per cent is asked: no comparison of the tables
    return _comparison(question, outcomes, refusals, language)


def _per_count(plan: Plan, question: str) -> Plan:
    """Places ranked by a figure per a count ("vilken kommun har högst nettokostnad per invånare för äldreomsorg"):
    the places are ranked, not the rows, so each one's figure is asked per the row said after "per" when another row
    is said, however many rows the question names (its measure "nettokostnad" and the activity "äldreomsorg" too):
    divided by that count, or read where a table states it per that count; never the count itself."""
    if plan.operation not in ("max", "min", "difference") or plan.denominator is not None or \
            len(plan.said) != len(plan.rows):
        return plan
    text = question.lower()
    for row, said in zip(plan.rows, plan.said):
        per = re.search(rf"(?<!\w)per\s+{re.escape(said.lower())}(?!\w)", text)
        if per is not None and any(label != row for label in plan.rows):
            return replace(plan, operation="per", denominator=row, intent=True)
    return plan


def _computed(plan: Plan, book: FigureBook) -> str | None:
    """The operation a municipality's figure is computed by rather than looked up: a figure per unit ("nettokostnad
    per invånare": the cost over the count), or a share asked in per cent ("resultatet i procent av skatter och
    statsbidrag") or of a whole the question names ("störst andel av nämndernas budget på socialnämnden": the
    committees' sum) where no row of the municipality's tables states it in per cent (the result over the revenues)."""
    if plan.operation == "per" and plan.denominator is not None:
        return "per"
    if plan.asks_change and len(plan.years) == 2:  # "ökar ramen mest i procent mellan 2024 och 2025", "vilken kommun
        # ökar ... mest" (the places are ranked by their changes): each one's change between the two years, computed
        # from its own two cells
        return plan.operation if plan.operation in CHANGES else "percent_change" if plan.percent else "change"
    if plan.operation == "share" and (plan.percent or plan.denominator is not None or plan.committees_only) and \
            _percent_row(plan, book) is None:
        return "share"
    return None


def _one_quantity(cells: Sequence[Cell], percent: bool) -> bool:
    """The compared figures measure one kind of quantity: all per cent or none (and per cent when the question asks
    it), and sums of money no more than a unit step apart ("535,6 mnkr" in total is no "68 310 kr" per invånare, a
    tax rate of 22 kronor no tax revenue of 800 mnkr)."""
    from assistant.evidence.claim_amounts import scales_apart

    percents = {c.unit is Unit.PERCENT for c in cells}
    if len(percents) > 1 or (percent and percents != {True}):
        return False
    if len({bool(PER_UNIT.search(c.row_label)) for c in cells}) > 1:
        return False  # a figure per invånare (a row saying so, or computed) against a total
    money = [convert(c.value, c.unit, Unit.KR) for c in cells if c.unit.is_money]
    return not any(scales_apart(a, b) for a in money for b in money)


def _asked_row(plan: Plan, book: FigureBook) -> tuple[str, ...]:
    """The one row whose figure is compared: the first named, or for a question in percent ("resultatet i procent
    av skatter och bidrag") the first named row that is itself a percentage, the share stated rather than its parts."""
    label = _percent_row(plan, book) if plan.percent else None
    return (label,) if label is not None else plan.rows[:1]


def _percent_row(plan: Plan, book: FigureBook) -> str | None:
    """The first row the plan names that some table of the book states in per cent; None when none does."""
    for label in plan.rows:
        if any((row := find_row(t, label)) is not None and Unit.PERCENT in (t.unit, t.row_measure(row))
               for t in book.tables):
            return label
    return None


def _in_one_year(outcomes: list[tuple[str, Outcome]], plans: dict[str, tuple[Plan, FigureBook]]
                 ) -> tuple[list[tuple[str, Outcome]], dict[str, tuple[Plan, FigureBook]]]:
    """Figures looked up in every year of their tables, the question naming none, compared in the latest year
    all of them have ("Vilken kommun har högst skattesats?": the rate now, the same year for each, not each
    table's first); each its own latest year when they share none."""
    if any(not _every_year(o, plans[name][0]) for name, o in outcomes):
        return outcomes, plans
    shared = set.intersection(*({c.column.year for c in o.cells if c.column.year} for _, o in outcomes))
    if not shared:
        return [(name, _latest(o)) for name, o in outcomes], plans
    year = max(shared)
    redone, replanned = [], dict(plans)
    for name, outcome in outcomes:
        plan, sub = plans[name]
        plan = replace(plan, years=(year,))
        try:
            again = execute(plan, sub.tables, sub.index.doc_year)
        except Refusal:
            again = outcome
        if not again.cells or again.cells[0].column.year != year:
            again = _latest(outcome)
        redone.append((name, again))
        replanned[name] = (plan, sub)
    return redone, replanned


def _every_year(outcome: Outcome, plan: Plan) -> bool:
    """A lookup the question gave no year, answered in several."""
    return outcome.operation == "lookup" and not (plan.years or plan.year_range or plan.all_years) \
        and len({c.column.year for c in outcome.cells}) > 1


def _like_with_like(outcomes: list[tuple[str, Outcome]], plans: dict[str, tuple[Plan, FigureBook]]
                    ) -> list[tuple[str, Outcome]]:
    """Each municipality's figure from the same kind of column: one read from a budget column and the other from
    an outcome ("Budget 2024" against "Bokslut 2024") compare intentions with facts. When the question names no
    kind, the kinds found are tried in turn, an outcome first (what happened outranks what was planned), and the
    first every municipality's tables hold is read."""
    found = [family(o.cells[0].column.kind) if o.cells[0].column.kind else "" for _, o in outcomes]
    if len(set(found)) < 2 or "" in found or any(plans[name][0].column_kind for name, _ in outcomes):
        return outcomes
    for kind in sorted(set(found), key=lambda k: k != "Utfall"):
        redone = []
        for (name, outcome), was in zip(outcomes, found):
            if was == kind:
                redone.append((name, outcome))
                continue
            plan, sub = plans[name]
            try:
                again = execute(replace(plan, column_kind=kind), sub.tables, sub.index.doc_year)
            except Refusal:
                break
            if not again.cells or family(again.cells[0].column.kind) != kind:
                break
            redone.append((name, again))
        else:
            return redone
    return outcomes


def _latest(outcome: Outcome) -> Outcome:
    """The outcome's cell of its latest year (of several columns of that year, the first its table writes)."""
    years = [cell.column.year or 0 for cell in outcome.cells]
    chosen = max(range(len(years)), key=lambda i: (years[i], -i))
    return replace(outcome, cells=(outcome.cells[chosen],), result=outcome.cells[chosen].value)


def compared_cell(outcome: Outcome) -> Cell:
    """The figure a municipality is compared by: its looked-up cell, or a figure per unit computed from two cells
    (the count's cell is cited beside it) as a cell of the quotient ("Nettokostnad per Antal invånare", kr)."""
    cell = outcome.cells[0]
    if outcome.operation == "share":  # the part in per cent of the whole, as precise as a percent is said
        label = f"{cell.row_label} i procent av {outcome.denominator_label or outcome.cells[-1].row_label}"
        share = round_to(outcome.result, percent_decimals(outcome.result))
        return replace(cell, row_label=label, value=share, unit=Unit.PERCENT,
                       stated_unit=Unit.PERCENT)
    if outcome.operation in CHANGES:  # the change from the first year's cell to the last's, in the table's unit or in
        # per cent as precise as a percent is said
        first, last = outcome.cells[0], outcome.cells[-1]
        column = replace(last.column, label=f"{first.column.label} → {last.column.label}")
        if outcome.operation == "percent_change":
            value = round_to(outcome.result, percent_decimals(outcome.result))
            return replace(first, column=column, value=value, unit=Unit.PERCENT, stated_unit=Unit.PERCENT)
        return replace(first, column=column, value=last.value - first.value)
    if outcome.operation != "per":
        return cell
    label = f"{cell.row_label} per {outcome.denominator_label or outcome.cells[-1].row_label}"
    value = outcome.result.quantize(Decimal(1))  # whole kronor (or units) per unit, as the calculator says it
    return replace(cell, row_label=label, value=value, unit=Unit(outcome.unit), stated_unit=Unit(outcome.unit))


def _comparison(question: str, outcomes: list[tuple[str, Outcome]], refusals: list[tuple[str, Refusal]],
                language: str) -> FigureAnswer:
    sv = language != "en"
    cells = [(name, compared_cell(o)) for name, o in outcomes]
    outcome_of = dict(outcomes)
    money = all(c.unit.is_money for _, c in cells)
    target = max((c.unit for _, c in cells), key=lambda u: u.factor) if money else cells[0][1].unit
    aligned = [(name, c, convert(c.value, c.unit, target) if money else c.value) for name, c in cells]
    # a committee's net cost or a cost row (direction.names_cost: "Verksamhetens nettokostnader") written negative, in
    # one municipality's table or in all, is compared by its size; a result or any other figure keeps its sign (a
    # deficit is below a surplus)
    signed = any(v < 0 for _, _, v in aligned) and all(
        committee_mentions(c.row_label) or names_cost(c.row_label) for _, c in cells)
    if signed:
        aligned = [(name, c, abs(v)) for name, c, v in aligned]
    reverse = not MIN.search(question)
    ranked = sorted(aligned, key=lambda item: item[2], reverse=reverse)
    sources: list[CellSource] = []
    headers: list[CellSource] = []
    parts, inputs = [], []
    written = _places([c for _, c in cells]) if all(c.unit is target for _, c in cells) else None
    for name, cell, value in aligned:
        sources.append(cell.source)
        n = len(sources)
        operation = outcome_of[name].operation
        computed = operation in ("per", "share", *CHANGES)
        counted = [c.source for c in outcome_of[name].cells[1:] if c.source != cell.source] if computed else []
        sources.extend(counted)  # the count a figure per unit was divided by, the whole a share is of, a change's end
        marks = "".join(f"[{k}]" for k in range(n, len(sources) + 1))
        # per unit: whole; a share or a change in per cent: one; a change in money: as its table writes it
        own = decimals_of(outcome_of[name].table) if not computed or operation == "change" else None
        places = written if written is not None else own if cell.unit is target else None
        shown = format_value(value, target, language, places)
        if cell.unit is not target or (signed and cell.value < 0):
            shown += f" ({format_value(cell.value, cell.unit, language)})"
        if outcome_of[name].operation == "per":  # the division's operands, as the tables or the text write them
            figure, count = outcome_of[name].cells[:2]
            written_as = decimals_of(outcome_of[name].table)
            shown += (f" ({format_value(abs(figure.value), figure.unit, language, written_as)} / "
                      f"{format_value(count.value, count.unit, language)})")
        if operation in CHANGES:  # the change's operands, as the table writes them
            first, last = outcome_of[name].cells[0], outcome_of[name].cells[-1]
            written_as = decimals_of(outcome_of[name].table)
            a, b = (format_value(c.value, c.unit, language, written_as) for c in (first, last))
            shown += f" (({b} − {a}) / {a})" if operation == "percent_change" else f" ({b} − {a})"
        parts.append(f"{name} {shown} ({cell.row_label}, {cell.column.label}) {marks}{header_mark(cell, headers)}")
        inputs.append(CalculationInput(label=f"{cell.row_label} ({name})", column=cell.column.label, value=cell.value,
                                       unit=cell.unit.value, citation=n))
    best_name, best_cell, best = ranked[0]
    second_name, _, second = ranked[1]
    diff = abs(best - second)
    points = target is Unit.PERCENT  # two percentages differ by percentage points, not by a percent
    gap = format_value(diff, target, language, written)
    if points:
        gap = gap.replace("%", "procentenheter" if sv else "percentage points").replace("  ", " ")
    if sv and points:
        text = (f"{'; '.join(parts)}. {'Högst' if reverse else 'Lägst'} har {best_name}: "
                f"{format_value(best, target, language, written)}, {gap} {'högre' if reverse else 'lägre'} än {second_name}.")
    elif sv:
        word = "mest" if reverse else "minst"
        text = (f"{'; '.join(parts)}. {word.capitalize()} har {best_name}: {format_value(best, target, language, written)}, "
                f"{gap} {'mer' if reverse else 'mindre'} än {second_name}.")
        if any(c.unit is not target for _, c, _ in aligned):
            text += f" Beloppen är omräknade till {target.value}."
    else:
        word = "most" if reverse else "least"
        text = (f"{'; '.join(parts)}. {best_name} has the {word}: {format_value(best, target, language, written)}, "
                f"{gap} {'more' if reverse else 'less'} than {second_name}.")
    for name, refusal in refusals:
        text += f" {name}: {refusal.en if not sv else refusal.sv}"
    expression = "; ".join(f"{name}: {format_value(value, target, language, written)}" for name, _, value in aligned)
    expression += f"; {best_name} − {second_name} = {gap}"
    calculation = Calculation(operation="compare", expression=expression, result=best, unit=target.value,
                              inputs=tuple(inputs))
    return FigureAnswer(text=text, sources=tuple(sources), calculation=calculation,
                        values=(FigureValue(best, target.value), FigureValue(diff, target.value)), language=language,
                        headers=tuple(headers))


def _places(cells: Sequence[Cell]) -> int | None:
    """The most decimals the compared figures are written with ("22,04" has two); None for whole numbers."""
    places = 0
    for cell in cells:
        exponent = cell.value.as_tuple().exponent
        if isinstance(exponent, int):
            places = max(places, -exponent)
    return places or None
