"""Wording of the calculator's answers: short, in the question's language, every figure cited [n]."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from assistant.budget.basis import basis_line, notes_of
from assistant.budget.execute import Outcome, format_amount
from assistant.budget.sentences import Sentences
from assistant.budget.numbers import format_value
from assistant.budget.plan import Plan
from assistant.budget.records import Cell, CellSource, TextAmount
from assistant.budget.units import Unit
from core.types import Calculation, CalculationInput


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
    refusal: str | None = None  # why the calculator refused: "absent" (the tables lack it), "no_row" (none named)
    stated: bool = False  # the values are amounts as a text states them (a limit stays a limit: "högst 4,0 mdkr")
    headers: tuple[CellSource, ...] = ()  # the header lines naming the cells' columns: marker [HEADER_MARK + k]


HEADER_MARK = 1000  # the header lines are cited apart from `sources` (whose quotes the checks read): marker
# [1001] cites headers[0]; the citations' finalize renumbers every marker by first use


def header_marks(cells: Sequence[Cell]) -> tuple[tuple[CellSource, ...], str]:
    """The header lines of the cells' tables, each once, and their markers."""
    headers = tuple(dict.fromkeys(c.header for c in cells if c.header is not None))
    return headers, "".join(f"[{HEADER_MARK + k}]" for k in range(1, len(headers) + 1))


def header_mark(cell: Cell, headers: list[CellSource]) -> str:
    """" [1001]": the marker citing the header line naming `cell`'s column, added to `headers` once; "" when the
    cell's table has none."""
    if cell.header is None:
        return ""
    if cell.header not in headers:
        headers.append(cell.header)
    return f" [{HEADER_MARK + headers.index(cell.header) + 1}]"


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
    """The answer in plain words first ("Socialnämnden får 209,6 miljoner kronor 2022 (209 559 tkr) [1]."),
    then one line on what it is based on and what was assumed, then the notes, each once."""
    m = _Markers()
    for cell in o.cells:
        m.of(cell.source)
    lead = Sentences(o, plan, m.tag, lang).lead()
    headers, marks = header_marks(o.cells)
    interpretation = basis_line(o, lang, doc_year)
    notes = notes_of(o, lang)
    text = " ".join([lead, basis_line(o, lang, doc_year, marks), *notes])  # the trace is calculation.expression, shown under the answer
    c = o.cells
    inputs = tuple(CalculationInput(label=x.row_label, column=x.column.label, value=x.value, unit=x.unit.value,
                                    citation=m.of(x.source)) for x in c)
    calculation = Calculation(operation=o.operation, expression=o.expression, result=o.result, unit=o.unit,
                              inputs=inputs, notes=tuple(notes))
    values = [FigureValue(o.result, o.unit)] + [FigureValue(v, u) for v, u in o.secondary]
    if o.whole is not None:
        values.append(FigureValue(o.whole, o.unit))
    if o.operation in ("lookup", "rank"):
        values += [FigureValue(x.value, x.unit.value) for x in c[1:]]
    if o.operation == "filter":
        values = [FigureValue(o.result, "st")] + [FigureValue(x.value, x.unit.value) for x in c]
    return FigureAnswer(text=text, sources=tuple(m.sources), calculation=calculation, refused=False,
                        interpretation=interpretation, values=tuple(values), notes=tuple(notes), language=lang,
                        headers=headers)


def text_answer(scored: list[tuple[float, TextAmount]], lang: str, every: Sequence[TextAmount] = ()) -> FigureAnswer:
    """The amounts scored highest, each with its clause quoted; an amount of the next sentence pointing back at
    one of them (`every`: the book's amounts; "1 mnkr tillskjuts ... sommarjobb. Sammantagen budgetpost för
    sommarjobb uppgår därmed till 2 mnkr") follows it: what it comes to is part of the answer."""
    top = scored[0][0]
    chosen = [a for s, a in scored if s == top][:3]
    following = [a for a in continuations(chosen, every) if a not in chosen][:2]
    chosen += following
    m_sources: list[CellSource] = []
    parts = []
    values = []
    for amount in chosen:
        if amount.source not in m_sources:
            m_sources.append(amount.source)
        n = m_sources.index(amount.source) + 1
        shown = amount_text(amount, lang)
        said = " ".join(amount.source.quote.split()) if amount in following else amount.clause  # the whole sentence
        parts.append(f"{shown} [{n}]: ”{said.strip(' -–.')}”")
        values.append(FigureValue(amount.stated, amount.unit.value))
        if amount.unit.is_money:
            values.append(FigureValue(amount.value, "kr"))
    title = chosen[0].source.title
    sv = lang == "sv"
    text = ((f"Enligt {title}: " if sv else f"According to {title}: ") + "; ".join(parts) + ".")
    amount = chosen[0]
    calc = Calculation(operation="lookup", expression=f"{amount.text} = {format_amount(amount.value, 'kr', lang)}"
                       if amount.unit.is_money else amount.text, result=amount.stated, unit=amount.unit.value,
                       inputs=tuple(CalculationInput(label=a.clause[:60], column=a.source.date or "", value=a.stated,
                                                     unit=a.unit.value, citation=m_sources.index(a.source) + 1)
                                    for a in chosen))
    return FigureAnswer(text=text, sources=tuple(m_sources), calculation=calc, values=tuple(values), language=lang,
                        stated=True)


def continuations(amounts: Sequence[TextAmount], every: Sequence[TextAmount]) -> list[TextAmount]:
    """The amounts of the sentences right after those of `amounts` that point back at them (TextAmount.lead)."""
    ends = {(a.source.doc_path, a.source.end) for a in amounts}
    return [a for a in every if a.lead and any(doc == a.source.doc_path and 0 < a.source.start - end <= 3
                                               for doc, end in ends)]


def written_places(amount: TextAmount) -> int:
    """The decimals the amount was written with ("4,0" has one)."""
    exponent = amount.stated.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def amount_text(amount: TextAmount, lang: str) -> str:
    """The amount with the decimals it was written with ("4,0 mdkr", "50 %")."""
    places = written_places(amount)
    if amount.unit is Unit.PERCENT:
        prefix = "+/- " if amount.plus_minus else ""
        return prefix + format_value(amount.stated, Unit.PERCENT, lang, places)
    shown = format_value(amount.stated, amount.unit, lang, places)
    if amount.unit is not Unit.KR:
        shown += f" ({format_value(amount.value, Unit.KR, lang)})"
    return shown
