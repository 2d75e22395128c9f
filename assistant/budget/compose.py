"""Wording of the calculator's answers: short, in the question's language, every figure cited [n]."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from assistant.budget.execute import Outcome, _fmt as fmt_value, decimals_of, table_name
from assistant.budget.numbers import format_value
from assistant.budget.plan import Plan
from assistant.budget.records import Cell, CellSource, TextAmount
from assistant.budget.units import Unit
from assistant.types import Calculation, CalculationInput


@dataclass(frozen=True, slots=True)
class FigureValue:
    value: Decimal
    unit: str  # "tkr", "kr", "%", "ggr" ...


@dataclass(frozen=True, slots=True)
class FigureAnswer:
    """The calculator's answer; marker [n] in `text` cites `sources[n-1]`."""

    text: str
    sources: tuple[CellSource, ...]
    calculation: Calculation | None
    refused: bool = False
    interpretation: str | None = None
    values: tuple[FigureValue, ...] = ()
    notes: tuple[str, ...] = ()
    language: str = "sv"


class _Markers:
    def __init__(self) -> None:
        self.sources: list[CellSource] = []

    def of(self, source: CellSource) -> int:
        for i, s in enumerate(self.sources, 1):
            if s.doc_path == source.doc_path and s.start == source.start:
                return i
        self.sources.append(source)
        return len(self.sources)

    def tag(self, *cells: Cell) -> str:
        ns = []
        for c in cells:
            n = self.of(c.source)
            if n not in ns:
                ns.append(n)
        return "".join(f"[{n}]" for n in ns)


def table_answer(o: Outcome, plan: Plan, lang: str, doc_year: int | None) -> FigureAnswer:
    m = _Markers()
    for cell in o.cells:
        m.of(cell.source)
    unit = o.table.unit.value
    places = decimals_of(o.table)
    f = lambda v, u=unit: _fmt(v, u, lang, places if u == unit else None)  # noqa: E731
    sv = lang == "sv"
    tname = table_name(o.table, lang)
    c = o.cells
    if o.operation == "lookup":
        parts = []
        for label in dict.fromkeys(x.row_label for x in c):
            cells = [x for x in c if x.row_label == label]
            vals = [f"{f(x.value)} ({x.column.label})" for x in cells]
            listed = vals[0] if len(vals) == 1 else (", ".join(vals[:-1]) + (" och " if sv else " and ") + vals[-1])
            parts.append(f"{label} ({tname}): {listed} {m.tag(*cells)}.")
        lead = " ".join(parts)
    elif o.operation in ("change", "percent_change"):
        a, b = c
        diff = b.value - a.value
        pct = o.secondary[0][0] if o.operation == "change" else o.result
        if o.operation == "percent_change":
            verb = (("ökar" if diff > 0 else "minskar" if diff < 0 else "förändras") if sv else
                    ("increases" if diff > 0 else "decreases" if diff < 0 else "changes"))
            lead = ((f"{_subject(a, o, tname)} {verb} med {f(abs(pct), '%')} från {a.column.label} till "
                     f"{b.column.label} ({f(a.value)} → {f(b.value)}, {f(diff)}) {m.tag(a, b)}.") if sv else
                    (f"{a.row_label} ({tname}) {verb} by {f(abs(pct), '%')} from {a.column.label} to "
                     f"{b.column.label} ({f(a.value)} → {f(b.value)}, {f(diff)}) {m.tag(a, b)}."))
        elif sv:
            verb = "ökar" if diff > 0 else "minskar" if diff < 0 else "är oförändrat"
            lead = (f"{_subject(a, o, tname)} {verb} från {f(a.value)} ({a.column.label}) till {f(b.value)} "
                    f"({b.column.label}), alltså med {f(abs(diff))} eller {f(abs(pct), '%')} {m.tag(a, b)}.")
        else:
            verb = "increases" if diff > 0 else "decreases" if diff < 0 else "is unchanged"
            lead = (f"{a.row_label} ({tname}) {verb} from {f(a.value)} ({a.column.label}) to {f(b.value)} "
                    f"({b.column.label}), by {f(abs(diff))} or {f(abs(pct), '%')} {m.tag(a, b)}.")
    elif o.operation == "difference":
        a, b = c
        big = a if a.value >= b.value else b
        lead = (f"{a.row_label} {f(a.value)} {m.tag(a)} {'och' if sv else 'and'} {b.row_label} {f(b.value)} {m.tag(b)} "
                f"({a.column.label}, {tname}): " + (f"skillnaden är {f(o.result)} ({big.row_label} har mer)." if sv
                                                     else f"the difference is {f(o.result)} ({big.row_label} has more)."))
    elif o.operation == "ratio":
        a, b = c
        lead = (f"{a.row_label} ({f(a.value)}) {m.tag(a)} " + ("är" if sv else "is") + f" {_fmt(o.result, 'ggr', lang)} "
                + ("så stort som" if sv else "as large as") + f" {b.row_label} ({f(b.value)}) {m.tag(b)}, "
                f"{a.column.label}.")
    elif o.operation == "share":
        a, b = c
        lead = ((f"{a.row_label} {a.column.label} är {f(o.result, '%')} av {b.row_label}: "
                 f"{f(a.value)} {m.tag(a)} av {f(b.value)} {m.tag(b)} ({tname}).") if sv else
                (f"{a.row_label} {a.column.label} is {f(o.result, '%')} of {b.row_label}: "
                 f"{f(a.value)} {m.tag(a)} of {f(b.value)} {m.tag(b)} ({tname})."))
    elif o.operation in ("max", "min", "rank"):
        lead = _ranking_text(o, m, f, lang, tname)
    elif o.operation == "filter":
        limit = f(o.secondary[0][0])
        word = ("mer än" if plan.above else "mindre än") if sv else ("more than" if plan.above else "less than")
        listed = ", ".join(f"{x.row_label} {f(x.value)} {m.tag(x)}" for x in c)
        if sv:
            lead = (f"{len(c)} rader har {word} {limit} ({tname}): {listed}." if c else
                    f"Ingen rad har {word} {limit} ({tname}).")
        else:
            lead = (f"{len(c)} rows have {word} {limit} ({tname}): {listed}." if c else
                    f"No row has {word} {limit} ({tname}).")
    elif o.operation == "mean":
        lead = (f"Genomsnittet för {_over(c, lang)} är {f(o.result)} {m.tag(*c)} ({tname})." if sv
                else f"The average of {_over(c, lang)} is {f(o.result)} {m.tag(*c)} ({tname}).")
    else:  # sum
        lead = (f"Summan för {_over(c, lang)} är {f(o.result)} {m.tag(*c)} ({tname})." if sv
                else f"The sum of {_over(c, lang)} is {f(o.result)} {m.tag(*c)} ({tname}).")
    text = lead  # the trace is calculation.expression: the UI and the CLI show it under the answer
    interpretation = _interpretation(o, lang, doc_year)
    notes = _notes(o, lang)
    if interpretation:
        text += " " + interpretation
    if notes:
        text += " " + " ".join(notes)
    calc_unit = o.unit
    inputs = tuple(CalculationInput(label=x.row_label, column=x.column.label, value=x.value, unit=x.unit.value,
                                    citation=m.of(x.source)) for x in c)
    calculation = Calculation(operation=o.operation, expression=o.expression, result=o.result, unit=calc_unit,
                              inputs=inputs, notes=tuple(notes))
    values = [FigureValue(o.result, calc_unit)] + [FigureValue(v, u) for v, u in o.secondary]
    if o.operation in ("lookup", "rank"):
        values += [FigureValue(x.value, x.unit.value) for x in c[1:]]
    if o.operation == "filter":
        values = [FigureValue(o.result, "st")] + [FigureValue(x.value, x.unit.value) for x in c]
    return FigureAnswer(text=text, sources=tuple(m.sources), calculation=calculation, refused=False,
                        interpretation=interpretation or None, values=tuple(values), notes=tuple(notes),
                        language=lang)


def _over(cells: tuple[Cell, ...], lang: str) -> str:
    """What a sum or mean covers: "Vård- och omsorgsnämnden och Socialnämnden (Budget 2021)", "Totalt (2021–2025)"."""
    join = " och " if lang == "sv" else " and "
    labels = list(dict.fromkeys(x.row_label for x in cells))
    columns = list(dict.fromkeys(x.column.label for x in cells))
    rows = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + join + labels[-1]
    if len(labels) > 4:
        rows = f"{len(labels)} " + ("rader" if lang == "sv" else "rows")
    span = columns[0] if len(columns) == 1 else (
        join.join(columns) if len(columns) == 2 else f"{columns[0]}–{columns[-1]}")
    return f"{rows} ({span})"


def _subject(cell: Cell, o: Outcome, tname: str) -> str:
    """ "Socialnämndens kommunbidrag", "Kommunstyrelsens investeringar"; else "Skatteintäkter (resultatbudgeten)"."""
    from assistant.budget.matching import synonyms, table_kind_of

    measure = synonyms().get("measure_sv", {}).get(table_kind_of(o.table) or "")
    label = cell.row_label
    if not measure or cell.is_total or len(label.split()) > 4:
        return f"{label} ({tname})"
    return f"{label if label[-1] in 'sxz' else label + 's'} {measure}"


def _ranking_text(o: Outcome, m: _Markers, f, lang: str, tname: str) -> str:
    sv = lang == "sv"
    c = o.cells
    best = c[0] if o.operation != "rank" or not c else c[0]
    if o.ranking and o.ranking[0][0] == best.column.label and o.operation != "rank":  # one row over years
        word = ("störst" if o.operation == "max" else "minst") if sv else ("largest" if o.operation == "max" else "smallest")
        return (f"{best.row_label} är {word} i {best.column.label}: {f(best.value)} {m.tag(best)} ({tname})." if sv else
                f"{best.row_label} is {word} in {best.column.label}: {f(best.value)} {m.tag(best)} ({tname}).")
    if len(c) >= 2 and c[0].row_label == c[1].row_label:  # measure = change
        a, b = c[0], c[1]
        word = ("Störst förändring" if o.operation != "min" else "Minst förändring") if sv else (
            "Largest change" if o.operation != "min" else "Smallest change")
        return (f"{word} {a.column.label}–{b.column.label} har {a.row_label}: {f(o.result)} "
                f"({f(a.value)} → {f(b.value)}) {m.tag(a, b)} ({tname})." if sv else
                f"{word} {a.column.label}–{b.column.label}: {a.row_label}, {f(o.result)} "
                f"({f(a.value)} → {f(b.value)}) {m.tag(a, b)} ({tname}).")
    if o.operation == "rank":
        items = [f"{i}. {x.row_label} {f(x.value)} {m.tag(x)}" for i, x in enumerate(c, 1)]
        return ((f"Rangordning {c[0].column.label} ({tname}): " if sv else
                 f"Ranking {c[0].column.label} ({tname}): ") + ", ".join(items) + ".")
    word = ("Störst" if o.operation == "max" else "Minst") if sv else ("Largest" if o.operation == "max" else "Smallest")
    return (f"{word} i {best.column.label} är {best.row_label} med {f(best.value)} {m.tag(best)} ({tname})." if sv else
            f"{word} in {best.column.label}: {best.row_label} with {f(best.value)} {m.tag(best)} ({tname}).")


def _fmt(value: Decimal, unit: str, lang: str, places: int | None = None) -> str:
    return fmt_value(value, unit, lang, places)


def _interpretation(o: Outcome, lang: str, doc_year: int | None) -> str:
    sv = lang == "sv"
    out = []
    for code in o.interpretation:
        kind, *args = code.split(":")
        if kind == "kind":
            out.append(f"Frågan anger ingen tabell; jag använder {table_name(o.table)} ({o.table.title})." if sv else
                       f"The question names no table; I use the {table_name(o.table, 'en')} ({o.table.title}).")
        elif kind == "year":
            col = next((c.label for c in o.table.columns if str(c.year) == args[0]), args[0])
            out.append(f"Frågan anger inget år; jag använder {col}." if sv else
                       f"The question states no year; I use {col}.")
        elif kind == "span":
            out.append(f"Frågan anger inga år; jag räknar från {args[0]} till {args[1]} (tabellens första och sista år)."
                       if sv else f"The question states no years; I use {args[0]} to {args[1]} (the table's first "
                       "and last year).")
        elif kind == "all":
            out.append(f"Frågan anger inget år; här är alla år i tabellen ({args[0]}–{args[1]})." if sv else
                       f"The question states no year; these are all years in the table ({args[0]}–{args[1]}).")
        elif kind == "from":
            out.append(f"Jag jämför med året före, {args[0]}." if sv else f"I compare with the year before, {args[0]}.")
        elif kind == "doc":
            path = ":".join(args)
            title = next((c.source.title for c in o.cells if c.source.doc_path == path), path)
            out.append(f"Flera dokument har en sådan tabell; jag använder {title}." if sv else
                       f"Several documents have such a table; I use {title}.")
        elif kind == "rel":
            base = f" (dokumentet är från {doc_year})" if sv and doc_year else (
                f" (the document is from {doc_year})" if doc_year else "")
            out.append(f"”{args[0]}” tolkar jag som {args[1]}{base}." if sv else
                       f"I read “{args[0]}” as {args[1]}{base}.")
    return " ".join(out)


def _notes(o: Outcome, lang: str) -> list[str]:
    sv = lang == "sv"
    notes = []
    if o.table.unit_note:
        notes.append(o.table.unit_note if sv else
                     f"The table states {o.table.stated_unit.value if o.table.stated_unit else 'no unit'}, but the "
                     f"figures are in {o.table.unit.value} (the stated unit would make them implausibly large).")
    unit = o.table.unit.value
    places = decimals_of(o.table)
    for cell in o.cells:
        if not cell.is_total:
            continue
        check = o.table.checks_for(cell.row_label, cell.column.label)
        if check is None or check.difference == 0:
            continue
        diff = _fmt(abs(check.difference), unit, lang, places)
        computed = _fmt(check.computed, unit, lang, places)
        stated = _fmt(check.stated, unit, lang, places)
        if sv:
            why = "en avrundning" if check.is_rounding else "ett fel eller en rad som saknas i tabellen"
            notes.append(f"Raderna summerar till {computed}, men tabellens {check.row_label} ({check.column}) är "
                         f"{stated}; skillnaden på {diff} är troligen {why}.")
        else:
            why = "rounding" if check.is_rounding else "an error or a row missing from the table"
            notes.append(f"The rows add up to {computed}, but the table's {check.row_label} ({check.column}) is "
                         f"{stated}; the difference of {diff} is probably {why}.")
    return list(dict.fromkeys(notes))


def text_answer(scored: list[tuple[float, TextAmount]], lang: str) -> FigureAnswer:
    top = scored[0][0]
    chosen = [a for s, a in scored if s == top][:3]
    m_sources: list[CellSource] = []
    parts = []
    values = []
    for amount in chosen:
        if amount.source not in m_sources:
            m_sources.append(amount.source)
        n = m_sources.index(amount.source) + 1
        shown = _amount_text(amount, lang)
        parts.append(f"{shown} [{n}]: ”{amount.clause.strip(' -–.')}”")
        values.append(FigureValue(amount.stated, amount.unit.value))
        if amount.unit.is_money:
            values.append(FigureValue(amount.value, "kr"))
    title = chosen[0].source.title
    sv = lang == "sv"
    text = ((f"Enligt {title}: " if sv else f"According to {title}: ") + "; ".join(parts) + ".")
    amount = chosen[0]
    calc = Calculation(operation="lookup", expression=f"{amount.text} = {_fmt(amount.value, 'kr', lang)}"
                       if amount.unit.is_money else amount.text, result=amount.stated, unit=amount.unit.value,
                       inputs=tuple(CalculationInput(label=a.clause[:60], column=a.source.date or "", value=a.stated,
                                                     unit=a.unit.value, citation=m_sources.index(a.source) + 1)
                                    for a in chosen))
    return FigureAnswer(text=text, sources=tuple(m_sources), calculation=calc, values=tuple(values), language=lang)


def _amount_text(amount: TextAmount, lang: str) -> str:
    """The amount with the decimals it was written with ("4,0 mdkr", "50 %")."""
    exponent = amount.stated.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    if amount.unit is Unit.PERCENT:
        prefix = "+/- " if amount.plus_minus else ""
        return prefix + format_value(amount.stated, Unit.PERCENT, lang, places)
    shown = format_value(amount.stated, amount.unit, lang, places)
    if amount.unit is not Unit.KR:
        shown += f" ({format_value(amount.value, Unit.KR, lang)})"
    return shown
