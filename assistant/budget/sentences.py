"""The first sentence of a calculator answer, built from the operation, the row's subject, the column's
year and the value in the words a person uses, with the exact table figure beside it:

    lookup      "Socialnämnden får 209,6 miljoner kronor 2022 (209 559 tkr) [1]."
    change      "Socialnämndens kommunbidrag ökar med 8,0 miljoner kronor (7 990 tkr, 3,9 %) från 2021 till 2023:
                 från 205 172 tkr till 213 162 tkr [1]."
    difference  "Kommunstyrelsen har 10,8 miljoner kronor mer än Samhällsbyggnadsnämnden 2022 (10 815 tkr): ..."
    share       "Barn- och ungdomsnämnden står för 37,2 % av kommunbidragen totalt 2021: 886 672 tkr [1] av ..."
    sum, mean, ratio, max, min, rank, filter likewise; English questions get English sentences.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from assistant.budget import direction
from assistant.budget.columns import family
from assistant.budget.selection import YEAR_KINDS
from assistant.budget.execute import Outcome, format_amount, decimals_of
from assistant.budget.deviation import is_deviation, told_against_budget, told_with_its_terms
from assistant.budget.phrasing import (
    Subject, amount_words, capitalise, join, noun_phrase, say_amount, span, subject_of, when,
)
from assistant.budget.plan import PARTS_OF_YEAR, Plan
from assistant.budget.numbers import format_value
from assistant.budget.records import Cell, Column
from assistant.budget.units import Unit, convert, title_per

MANY_ROWS = 4  # more rows than this are counted ("9 rader"), not named


class Sentences:
    def __init__(self, o: Outcome, plan: Plan, tag: Callable[..., str], lang: str) -> None:
        self.o, self.plan, self.tag, self.lang = o, plan, tag, lang
        self.columns = tuple(x.column for x in o.cells)  # the columns of the figures said: how they are worded
        self.sv = lang == "sv"
        self.unit = o.table.unit
        self.places = decimals_of(o.table)
        # "Belopp i kr per invånare": every money figure of the table is per one of that, said after its unit
        self.per_title = title_per(o.table.title or "")
        units = {c.unit for c in o.cells}
        if len(units) > 1 and all(u.is_money for u in units) and o.unit in {u.value for u in units}:
            # figures of two tables, one in tkr and one in mnkr: all said in the unit the outcome was computed in
            self.unit, self.places = Unit(o.unit), (self.places if o.unit == o.table.unit.value else None)

    def value(self, cell: Cell) -> Decimal:
        """The cell's figure in the unit the sentences say (a tkr cell beside mnkr ones: in mnkr)."""
        return convert(cell.value, cell.unit, self.unit) if cell.unit.is_money and self.unit.is_money else cell.value

    # ---------------------------------------------------------------- pieces

    def exact(self, value: Decimal, unit: str | None = None) -> str:
        """The figure as the table writes it: "209 559 tkr"."""
        unit = unit or self.unit.value
        return format_amount(value, unit, self.lang, self.places if unit == self.unit.value else None)

    def spoken(self, value: Decimal, at: str = "", finer: bool = False, unit: Unit | None = None) -> str:
        """ "209,6 miljoner kronor 2022 (209 559 tkr)"; a count has no unit word between it and its year: "3 941 år
        2024", never "3 941 2024". `finer`: a computed figure the table's precision would round (a mean of figures
        in one decimal, "21,7 mnkr / 5 år") is written with one decimal more: "4,34 mnkr", not "4,3". `unit`: the
        figure's own, when it is not the sentences' ("Skattesats, kr" beside "Skatteintäkter" in mnkr)."""
        written = unit is not None and unit is not self.unit  # a cell's figure in its row's own unit, as written
        unit = unit or self.unit
        places = -value.as_tuple().exponent if written and isinstance(value.as_tuple().exponent, int) else 0
        exact = format_amount(value, unit.value, self.lang, places) if places > 0 else self.exact(value, unit.value)
        if finer and self.places is not None and unit.is_money and round(value, self.places) != value:
            exact = format_amount(value, unit.value, self.lang, self.places + 1)
        words, exact = amount_words(value, unit, self.lang, exact)
        if self.per_title and unit.is_money:
            words = f"{words} {self.per_title}"
        if unit is Unit.NUMBER and self.sv and at.replace("/", "").isdigit():
            at = f"år {at}"
        return " ".join(p for p in (words, at, f"({exact})" if exact else "") if p)

    def words(self, value: Decimal) -> tuple[str, str]:
        return amount_words(value, self.unit, self.lang, self.exact(value))

    def subject(self, cell: Cell) -> Subject:
        return subject_of(cell, self.o.table)

    def name(self, cell: Cell) -> str:
        """A row's name inside a sentence: the subject, or the noun phrase for the table's own total."""
        s = self.subject(cell)
        return noun_phrase(s, self.o.table, self.lang, self.columns) if s.whole else s.name

    def year(self, column: Column) -> str:
        return column.year_said or column.label

    def at(self, column: Column) -> str:
        return when(column, self.lang)

    def w(self, sv: str, en: str) -> str:
        return sv if self.sv else en

    # ---------------------------------------------------------------- sentences

    def lead(self) -> str:
        op = self.o.operation
        if op in ("change", "percent_change"):
            return self.change()
        method = {"lookup": self.lookup, "difference": self.difference, "net": self.net, "deviation": self.deviation, "deviation_share": self.deviation_share, "ratio": self.ratio, "per": self.per, "product": self.product, "share": self.share,
                  "amount_share": self.amount_share,
                  "filter": self.filter, "mean": self.mean, "mean_change": self.mean_change, "sum": self.sum,
                  "max": self.extreme,
                  "min": self.extreme, "rank": self.extreme}[op]
        return method()

    def lookup(self) -> str:
        out = []
        terms = told_with_its_terms(self.o.cells)
        said = self.o.cells[:1] if told_against_budget(self.o.cells) or terms else self.o.cells
        columns = tuple(x.column for x in said) if terms else self.columns  # a deviation is worded as one
        for label in dict.fromkeys(x.row_label for x in said):
            cells = [x for x in said if x.row_label == label]
            # each row's figures in their own unit: a rate in kronor read with sums in mnkr is no million
            amounts = join([self.spoken(x.value, self.at(x.column), unit=x.unit) for x in cells], self.lang)
            out.append(f"{say_amount(self.subject(cells[0]), self.o.table, self.lang, amounts, columns=columns)} {self.tag(*cells)}.")
        if terms:  # a deviation: the budget and the outcome it is the difference of
            budget, outcome = self.o.cells[1:]
            sv_kind, en_kind = ("prognosen", "forecast") if family(outcome.column.kind or "") == "Prognos" \
                else ("utfallet", "outcome")
            out.append(self.w(f"Budgeten var {self.exact(budget.value)} och {sv_kind} {self.exact(outcome.value)} "
                              f"({budget.column.label}, {outcome.column.label}) {self.tag(budget, outcome)}.",
                              f"The budget was {self.exact(budget.value)} and the {en_kind} {self.exact(outcome.value)} "
                              f"({budget.column.label}, {outcome.column.label}) {self.tag(budget, outcome)}."))
        elif said != self.o.cells:  # a forecast: the deviation from the budget the table states beside it
            budget, deviation = self.o.cells[1:]
            out.append(self.w(f"Avvikelsen mot budgeten ({self.exact(budget.value)}) är {self.exact(deviation.value)} "
                              f"{self.tag(budget, deviation)}.",
                              f"The deviation from the budget ({self.exact(budget.value)}) is "
                              f"{self.exact(deviation.value)} {self.tag(budget, deviation)}."))
        if self.o.whole is not None:  # a project over every year of its investment table: its years together
            first, last = self.o.cells[0].column, self.o.cells[-1].column
            out.append(self.w(f"Sammanlagt är det {self.spoken(self.o.whole)} {self.year(first)}–{self.year(last)} "
                              f"{self.tag(*self.o.cells)}.",
                              f"In total that is {self.spoken(self.o.whole)} in {self.year(first)}–{self.year(last)} "
                              f"{self.tag(*self.o.cells)}."))
        if self.o.secondary:  # one row in two years: the change between them
            a, b = sorted(self.o.cells, key=lambda c: c.column.year or 0)
            diff = self.o.secondary[0][0]
            words, exact = self.words(abs(diff))
            by = words + (f" ({exact})" if exact else "")
            more = self.w("mer" if diff > 0 else "mindre", "more" if diff > 0 else "less")
            out.append(self.w(f"Det är {by} {more} {self.year(b.column)} än {self.year(a.column)} {self.tag(a, b)}.",
                              f"That is {by} {more} in {self.year(b.column)} than in {self.year(a.column)} {self.tag(a, b)}."))
        return " ".join(out)

    def change(self) -> str:
        if len(self.o.cells) > 2:
            return self.change_of_sum()
        a, b = self.o.cells
        first_value, last_value = self.value(a), self.value(b)
        diff = last_value - first_value
        pct = self.o.secondary[0][0] if self.o.operation == "change" else self.o.result
        np_ = capitalise(noun_phrase(self.subject(a), self.o.table, self.lang, self.columns))
        first, last = ((a.column.label, b.column.label) if a.column.year == b.column.year  # two kinds of one year
                       else (self.year(a.column), self.year(b.column)))
        years = self.w(f"från {first} till {last}", f"from {first} to {last}")
        ends = self.w(f"från {self.exact(first_value)} till {self.exact(last_value)}",
                      f"from {self.exact(first_value)} to {self.exact(last_value)}")
        if diff == 0:
            return self.w(f"{np_} är oförändrat {years}: {self.exact(first_value)} {self.tag(a, b)}.",
                          f"{np_} is unchanged {years}: {self.exact(first_value)} {self.tag(a, b)}.")
        grows = direction.change(a.row_label, first_value, last_value, a.table_title) > 0  # a cost written below zero grows by its size
        verb = self.w("ökar" if grows else "minskar", "increases" if grows else "decreases")
        by = self.w("med", "by")
        words, exact = self.words(abs(diff))
        if self.unit is Unit.PERCENT:  # two percentages differ by percentage points, not by a percent
            words = self.exact(abs(diff)).replace("%", self.w("procentenheter", "percentage points"))
        percent = self.exact(abs(pct), "%")
        places = a.column.year == b.column.year and bool(a.column.kind) and bool(b.column.kind) and not {
            family(a.column.kind), family(b.column.kind)} & YEAR_KINDS  # "Dorotea 2023" against "Riket 2023"
        if a.column.year == b.column.year and a.column.kind and (not b.column.kind or places):
            # the year's own figure held against a column of reference ("Riket 2024"): higher or lower, not a change
            higher = self.w("högre" if diff > 0 else "lägre", "higher" if diff > 0 else "lower")
            money = words + (f" ({exact})" if exact else "")
            first, second = (percent, money) if self.o.operation == "percent_change" else (money, percent)
            if places:  # "för Dorotea 2023 än för Riket 2023"
                sv_b, sv_a, en_b, en_a = (f"för {b.column.label}", f"för {a.column.label}", f"for {b.column.label}",
                                          f"for {a.column.label}")
            else:
                year = self.year(b.column)
                sv_b, sv_a, en_b, en_a = year, a.column.label, f"in {year}", a.column.label
            return self.w(f"{np_} är {first} {higher} {sv_b} än {sv_a}, eller {second}: "
                          f"{self.exact(last_value)} mot {self.exact(first_value)} {self.tag(a, b)}.",
                          f"{np_} is {first} {higher} {en_b} than {en_a}, or {second}: "
                          f"{self.exact(last_value)} against {self.exact(first_value)} {self.tag(a, b)}.")
        if self.o.operation == "percent_change":
            money = words + (f" ({exact})" if exact else "")
            return f"{np_} {verb} {by} {percent} {years}, {self.w('eller', 'or')} {money}: {ends} {self.tag(a, b)}."
        inside = ", ".join(p for p in (exact, percent) if p)
        return f"{np_} {verb} {by} {words} ({inside}) {years}: {ends} {self.tag(a, b)}."

    def change_of_sum(self) -> str:
        """Rows summed in two years: "Socialnämnden och Kultur- och utbildningsnämnden ökar tillsammans med ..."."""
        half = len(self.o.cells) // 2
        first, last = self.o.cells[:half], self.o.cells[half:]
        a, b = sum(c.value for c in first), sum(c.value for c in last)
        diff = b - a
        pct = self.o.secondary[0][0] if self.o.operation == "change" else self.o.result
        names = join([self.name(c) for c in first], self.lang)
        years = self.w(f"från {self.year(first[0].column)} till {self.year(last[0].column)}",
                       f"from {self.year(first[0].column)} to {self.year(last[0].column)}")

        def summed(cells) -> str:  # type: ignore[no-untyped-def]
            return f"{self.exact(sum(c.value for c in cells))} ({' + '.join(self.exact(c.value) for c in cells)})"

        ends = self.w(f"från {summed(first)} till {summed(last)}", f"from {summed(first)} to {summed(last)}")
        grows = sum(direction.change(x.row_label, x.value, y.value, x.table_title) for x, y in zip(first, last)) > 0
        verb = self.w("ökar tillsammans" if grows else "minskar tillsammans",
                      "together increase" if grows else "together decrease")
        words, exact = self.words(abs(diff))
        percent = self.exact(abs(pct), "%")
        if self.o.operation == "percent_change":
            money = words + (f" ({exact})" if exact else "")
            return f"{names} {verb} {self.w('med', 'by')} {percent} {years}, {self.w('eller', 'or')} {money}: " \
                   f"{ends} {self.tag(*self.o.cells)}."
        inside = ", ".join(p for p in (exact, percent) if p)
        return f"{names} {verb} {self.w('med', 'by')} {words} ({inside}) {years}: {ends} {self.tag(*self.o.cells)}."

    def difference(self) -> str:
        if len(self.o.cells) > 2:
            return self.difference_of_sums()
        a, b = self.o.cells
        big, small = direction.larger_first(a, b)
        words, exact = self.words(self.o.result)
        more = words + (f" ({exact})" if exact else "")
        return self.w(
            f"{self.name(big)} har {more} mer än {self.name(small)} {self.at(a.column)}: "
            f"{self.exact(big.value)} {self.tag(big)} mot {self.exact(small.value)} {self.tag(small)}.",
            f"{self.name(big)} has {more} more than {self.name(small)} {self.at(a.column)}: "
            f"{self.exact(big.value)} {self.tag(big)} against {self.exact(small.value)} {self.tag(small)}.")

    def net(self) -> str:
        """A net no row holds: "Finansnettot är -5,1 miljoner kronor 2025: Finansiella intäkter 2,5 mnkr [1] minus
        Finansiella kostnader 7,6 mnkr [2]"; over a span, each row's sum."""
        half = len(self.o.cells) // 2
        inflow, outflow = self.o.cells[:half], self.o.cells[half:]
        (a, _), (b, _) = self.o.secondary
        word = capitalise(self.plan.said[0]) if self.plan.said else self.w("Nettot", "The net")
        years = sorted({c.column.year for c in inflow if c.column.year is not None})
        at = (f"{years[0]}–{years[-1]}" if len(years) > 1 else self.at(inflow[0].column))
        summed = self.w(" sammanlagt", " in total") if len(inflow) > 1 else ""
        words, exact = self.words(self.o.result)
        net = words + (f" ({exact})" if exact else "")
        return self.w(
            f"{word} är{summed} {net} {at}: {self.name(inflow[0])} {self.exact(a)} {self.tag(*inflow)} minus "
            f"{self.name(outflow[0])} {self.exact(b)} {self.tag(*outflow)}.",
            f"{word} is{summed} {net} {at}: {self.name(inflow[0])} {self.exact(a)} {self.tag(*inflow)} less "
            f"{self.name(outflow[0])} {self.exact(b)} {self.tag(*outflow)}.")

    def difference_of_sums(self) -> str:
        """Two rows summed over a span of years: "Inflyttade har sammanlagt 184 mer än Utflyttade 2020–2024: 3 193
        mot 3 009"."""
        half = len(self.o.cells) // 2
        first, second = self.o.cells[:half], self.o.cells[half:]
        (a, _), (b, _) = self.o.secondary
        (big, big_sum), (small, small_sum) = sorted(((first[0], a), (second[0], b)), key=lambda x: -x[1])
        years = sorted(c.column.year for c in first if c.column.year is not None)
        span = f"{years[0]}–{years[-1]}" if years else ""
        words, exact = self.words(self.o.result)
        more = words + (f" ({exact})" if exact else "")
        return self.w(
            f"{self.name(big)} har sammanlagt {more} mer än {self.name(small)} {span}: "
            f"{self.exact(big_sum)} mot {self.exact(small_sum)} {self.tag(*self.o.cells)}.",
            f"{self.name(big)} has {more} more than {self.name(small)} in total in {span}: "
            f"{self.exact(big_sum)} against {self.exact(small_sum)} {self.tag(*self.o.cells)}.")

    def deviation(self) -> str:
        """The outcome against the budget of its year: "Omsorgsnämndens bokslut 2024 är 4,7 miljoner kronor (4 700 tkr)
        högre än budgeten: 205 630 tkr mot 200 930 tkr"."""
        budget, outcome = self.o.cells
        diff = self.o.result
        words, exact = self.words(abs(diff))
        by = words + (f" ({exact})" if exact else "")
        name, year = self.name(outcome), self.year(outcome.column)
        if diff == 0:
            return self.w(f"{name} {year}: utfallet är lika med budgeten, {self.exact(outcome.value)} {self.tag(outcome)}.",
                          f"{name} {year}: the outcome equals the budget, {self.exact(outcome.value)} {self.tag(outcome)}.")
        sv_dir, en_dir = ("högre", "higher") if diff > 0 else ("lägre", "lower")
        sv_kind, en_kind = ("prognosen", "forecast") if family(outcome.column.kind or "") == "Prognos" \
            else ("utfallet", "outcome")
        return self.w(
            f"Avvikelsen mot budget för {name} {year} är {by}: {sv_kind} ({outcome.column.label}) är {sv_dir} än "
            f"budgeten, {self.exact(outcome.value)} mot {self.exact(budget.value)} {self.tag(budget, outcome)}.",
            f"The deviation from budget for {name} in {year} is {by}: the {en_kind} ({outcome.column.label}) is {en_dir} "
            f"than the budget, {self.exact(outcome.value)} against {self.exact(budget.value)} {self.tag(budget, outcome)}.")

    def deviation_share(self) -> str:
        """A deviation in per cent of the budget, as the table states it ("Avvikelsen mot budget för Socialnämnden
        2023 är -2,47 % av budgeten: -7 200 tkr mot budgeten 291 400 tkr"), or the outcome against it ("Utfallet för
        Socialnämnden 2023 är 2,47 % högre än budgeten: 298 600 tkr mot 291 400 tkr")."""
        budget, source = self.o.cells
        diff = self.o.secondary[0][0]
        name, year = self.name(budget), self.year(budget.column)
        tag = self.tag(budget, source)
        if is_deviation(source):  # the table's own deviation column, signed as it states it
            pct, amount = self.exact(self.o.result, "%"), self.exact(diff)
            return self.w(f"Avvikelsen mot budget för {name} {year} är {pct} av budgeten: {amount} mot budgeten "
                          f"{self.exact(budget.value)} {tag}.",
                          f"The deviation from budget for {name} in {year} is {pct} of the budget: {amount} against "
                          f"the budget of {self.exact(budget.value)} {tag}.")
        pct = self.exact(abs(self.o.result), "%")
        sv_dir, en_dir = ("högre", "higher") if diff > 0 else ("lägre", "lower")
        return self.w(f"Utfallet för {name} {year} är {pct} {sv_dir} än budgeten: {self.exact(source.value)} mot "
                      f"{self.exact(budget.value)} {tag}.",
                      f"The outcome for {name} in {year} is {pct} {en_dir} than the budget: "
                      f"{self.exact(source.value)} against {self.exact(budget.value)} {tag}.")

    def ratio(self) -> str:
        a, b = self.o.cells
        times = self.exact(self.o.result, "ggr")
        return self.w(
            f"{self.name(a)} har {times} så mycket som {self.name(b)} {self.at(a.column)}: "
            f"{self.exact(a.value)} {self.tag(a)} mot {self.exact(b.value)} {self.tag(b)}.",
            f"{self.name(a)} has {times} as much as {self.name(b)} {self.at(a.column)}: "
            f"{self.exact(a.value)} {self.tag(a)} against {self.exact(b.value)} {self.tag(b)}.")

    def per(self) -> str:
        """ "Verksamhetens nettokostnader 2025 delat med Antal invånare 31 december är 76 181 kronor: 3 610,8 mnkr [1]
        / 47 398 [2]." """
        figure, count = self.o.cells
        result = format_amount(self.o.result, self.o.unit, self.lang, 0)
        shown = format_value(figure.value, figure.unit, self.lang, self.places)
        counted = format_value(count.value, count.unit, self.lang)
        return self.w(
            f"{self.name(figure)} {self.year(figure.column)} delat med {count.row_label} är {result}: "
            f"{shown} {self.tag(figure)} / {counted} {self.tag(count)}.",
            f"{self.name(figure)} {self.at(figure.column)} divided by {count.row_label} is {result}: "
            f"{shown} {self.tag(figure)} / {counted} {self.tag(count)}.")

    def product(self) -> str:
        """ "Avgift per kubikmeter, kr/m³ 2025 gånger mängden är 6 180 kr: 150 × 41,20 kr [1]." """
        figure = self.o.cells[0]
        result = format_amount(self.o.result, self.o.unit, self.lang, 0)
        return self.w(f"{self.name(figure)} {self.year(figure.column)} gånger mängden är {result}: "
                      f"{self.o.expression.split(' = ')[0]} {self.tag(figure)}.",
                      f"{self.name(figure)} {self.at(figure.column)} times the quantity is {result}: "
                      f"{self.o.expression.split(' = ')[0]} {self.tag(figure)}.")

    def amount_share(self) -> str:
        """ "5,4 miljoner motsvarar 2,6 % av Socialnämnden 2021: 5,4 miljoner av 205 172 tkr [1]." (budget.amount_share)"""
        whole = self.o.cells[0]
        percent = self.exact(self.o.result, "%")
        written = self.o.expression.split(" / ")[0]
        return self.w(f"{written} motsvarar {percent} av {self.name(whole)} {self.at(whole.column)}: "
                      f"{written} av {self.exact(whole.value)} {self.tag(whole)}.",
                      f"{written} is {percent} of {self.name(whole)} {self.at(whole.column)}: "
                      f"{written} of {self.exact(whole.value)} {self.tag(whole)}.")

    def share(self) -> str:
        if self.o.parts > 1:
            return self._share_of_parts(list(self.o.cells[:self.o.parts]), list(self.o.cells[self.o.parts:]))
        part, *wholes = self.o.cells
        years = [c for c in self.o.cells if c.row_label == part.row_label]
        if len(years) >= 2 and len(self.o.cells) == 2 * len(years) and len({c.column for c in years}) == len(years):  # several years of one row against the whole's
            return self._share_over_years(years, list(self.o.cells[len(years):]))
        named = self.o.denominator_label  # the section a share's several wholes are every row of ("Socialnämnden")
        whole_name = named if len(wholes) > 1 and named and " + " not in named else \
            join([self.name(w) for w in wholes], self.lang)
        percent = self.exact(self.o.result, "%")
        shown = " + ".join(f"{self.exact(w.value)} {self.tag(w)}" for w in wholes)
        if len(wholes) > 1:
            shown = f"{self.exact(sum((w.value for w in wholes), Decimal(0)))} ({shown})"
        if len(wholes) == 1 and wholes[0].row_label == part.row_label:  # one row's two columns: spent of its budget
            whole = wholes[0]
            return self.w(
                f"För {self.name(part)} är {part.column.label} {percent} av {whole.column.label}: "
                f"{self.exact(part.value)} {self.tag(part)} av {shown}.",
                f"For {self.name(part)}, {part.column.label} is {percent} of {whole.column.label}: "
                f"{self.exact(part.value)} {self.tag(part)} of {shown}.")
        return self.w(
            f"{capitalise(self.name(part))} står för {percent} av {whole_name} {self.at(part.column)}: "
            f"{self.exact(part.value)} {self.tag(part)} av {shown}.",
            f"{capitalise(self.name(part))} accounts for {percent} of {whole_name} {self.at(part.column)}: "
            f"{self.exact(part.value)} {self.tag(part)} of {shown}.")

    def _share_of_parts(self, parts: list[Cell], wholes: list[Cell]) -> str:
        """ "Juni, Juli och Augusti står för 72,5 % av ... 2023: 210 080 (41 230 + 96 540 + 72 310) av 289 650." """
        percent = self.exact(self.o.result, "%")
        names = join([self.name(p) for p in parts], self.lang)
        part = self.exact(sum((p.value for p in parts), Decimal(0)))
        added = " + ".join(f"{self.exact(p.value)} {self.tag(p)}" for p in parts)
        shown = " + ".join(f"{self.exact(w.value)} {self.tag(w)}" for w in wholes)
        if len(wholes) > 1:
            shown = f"{self.exact(sum((w.value for w in wholes), Decimal(0)))} ({shown})"
        whole_name = join([self.name(w) for w in wholes], self.lang)
        return self.w(
            f"{capitalise(names)} står tillsammans för {percent} av {whole_name} {self.at(parts[0].column)}: "
            f"{part} ({added}) av {shown}.",
            f"{capitalise(names)} together account for {percent} of {whole_name} {self.at(parts[0].column)}: "
            f"{part} ({added}) of {shown}.")

    def _share_over_years(self, parts: list[Cell], wholes: list[Cell]) -> str:
        """ "Socialnämnden står för 20,0 % av investeringarna totalt 2027–2029: 10 000 tkr av 50 000 tkr." """
        percent = self.exact(self.o.result, "%")
        period = span([c.column for c in parts], self.lang)
        part = sum((c.value for c in parts), Decimal(0))
        whole = sum((c.value for c in wholes), Decimal(0))
        return self.w(
            f"{capitalise(self.name(parts[0]))} står för {percent} av {self.name(wholes[0])} {period} sammantaget: "
            f"{self.exact(part)} {self.tag(*parts)} av {self.exact(whole)} {self.tag(*wholes)}.",
            f"{capitalise(self.name(parts[0]))} accounts for {percent} of {self.name(wholes[0])} {period} combined: "
            f"{self.exact(part)} {self.tag(*parts)} of {self.exact(whole)} {self.tag(*wholes)}.")

    def _group(self) -> tuple[Subject, str]:
        """The rows a sum or mean covers, as one subject, and their years."""
        cells = self.o.cells
        labels = list(dict.fromkeys(x.row_label for x in cells))
        columns = list({x.column.label: x.column for x in cells}.values())
        first = next(x for x in cells if x.row_label == labels[0])
        if len(labels) == 1:
            return self.subject(first), span(columns, self.lang)
        if len(labels) > MANY_ROWS:
            name = self.w(f"de {len(labels)} raderna", f"the {len(labels)} rows")
            if self.plan.excluded:  # "om man räknar bort simhallen": the rows but the one taken out
                name += self.w(" utom ", " except ") + join(list(self.plan.excluded), self.lang)
        else:
            name = join([self.name(next(x for x in cells if x.row_label == lab)) for lab in labels], self.lang)
        return Subject(capitalise(name), several=True), span(columns, self.lang)

    def sum(self) -> str:
        subject, years = self._group()
        if subject.several:
            adverb = self.w("tillsammans", "together")
        else:
            adverb = self.w("sammanlagt", "" if subject.whole else "in total")
        text = say_amount(subject, self.o.table, self.lang, self.spoken(self.o.result, years), adverb, self.columns)
        return f"{text} {self.tag(*self.o.cells)}."

    def mean(self) -> str:
        subject, years = self._group()
        months = self.o.months  # a mean per part of the year: the months the figures cover
        part = PARTS_OF_YEAR.get(self.plan.per_months, ("månad", "month"))
        per = self.w(f" per {part[0]}", f" per {part[1]}") if months else self.w(" per år", " per year")
        adverb = self.w("i genomsnitt", "on average") + ("" if subject.several and not months else per)
        text = say_amount(subject, self.o.table, self.lang, self.spoken(self.o.result, years, finer=True), adverb,
                          self.columns)
        # the inputs beside the mean: their sum and how many they are ("1 316 048 tkr / 5 år", "446,9 mnkr / 8 månader")
        n = months or len(self.o.cells)
        total = self.exact(sum((x.value for x in self.o.cells), Decimal(0)))
        counted = self.w("månader", "months") if months else \
            self.w("rader" if subject.several else "år", "rows" if subject.several else "years")
        return f"{text}: {total} / {n} {counted} {self.tag(*self.o.cells)}."

    def mean_change(self) -> str:
        a, b = self.o.cells
        np_ = capitalise(noun_phrase(self.subject(a), self.o.table, self.lang, self.columns))
        grows = direction.change(a.row_label, a.value, b.value, a.table_title) >= 0
        verb = self.w("ökar" if grows else "minskar", "increases" if grows else "decreases")
        words, exact = self.words(abs(self.o.result))
        amount = words + (f" ({exact})" if exact else "")
        years = self.w(f"från {self.year(a.column)} till {self.year(b.column)}",
                       f"from {self.year(a.column)} to {self.year(b.column)}")
        ends = self.w(f"från {self.exact(a.value)} till {self.exact(b.value)}",
                      f"from {self.exact(a.value)} to {self.exact(b.value)}")
        return self.w(f"{np_} {verb} i genomsnitt med {amount} per år {years}: {ends} {self.tag(a, b)}.",
                      f"{np_} {verb} on average by {amount} per year {years}: {ends} {self.tag(a, b)}.")

    def filter(self) -> str:
        c = self.o.cells
        limit = self.o.secondary[0][0]
        word = self.w("mer än" if self.plan.above else "mindre än", "more than" if self.plan.above else "less than")
        at = self.at(c[0].column) if c else ""
        bound = self.spoken(limit, at)
        listed = ", ".join(f"{x.row_label} {self.exact(x.value)} {self.tag(x)}" for x in c)
        if not c:
            return self.w(f"Ingen rad har {word} {bound}.", f"No row has {word} {bound}.")
        return self.w(f"{len(c)} rader har {word} {bound}: {listed}.", f"{len(c)} rows have {word} {bound}: {listed}.")

    def extreme(self) -> str:
        o, c = self.o, self.o.cells
        most = o.operation != "min"
        best = c[0]
        if o.ranking and o.ranking[0][0] == best.column.label and o.operation != "rank":  # one row over years
            np_ = capitalise(noun_phrase(self.subject(best), o.table, self.lang, self.columns))
            word = self.w("störst" if most else "minst", "largest" if most else "smallest")
            return self.w(f"{np_} är {word} {self.at(best.column)}: {self.spoken(best.value)} {self.tag(best)}.",
                          f"{np_} is {word} {self.at(best.column)}: {self.spoken(best.value)} {self.tag(best)}.")
        if len(c) >= 2 and c[0].row_label == c[1].row_label:  # the measure is a change between two years
            a, b = c[0], c[1]
            diff = b.value - a.value
            np_ = capitalise(noun_phrase(self.subject(a), o.table, self.lang, self.columns))
            grows = diff >= 0
            verb = self.w("ökar" if grows else "minskar", "increases" if grows else "decreases")
            adverb = self.w("mest" if most == grows else "minst", "the most" if most == grows else "the least")
            words, exact = self.words(abs(diff))
            percent = self.exact(abs(o.secondary[0][0]), "%") if o.secondary else ""
            inside = ", ".join(p for p in (exact, percent) if p)
            by = words + (f" ({inside})" if inside else "")
            return self.w(
                f"{np_} {verb} {adverb} från {self.year(a.column)} till {self.year(b.column)}: med {by}, "
                f"från {self.exact(a.value)} till {self.exact(b.value)} {self.tag(a, b)}",
                f"{np_} {verb} {adverb} from {self.year(a.column)} to {self.year(b.column)}: by {by}, "
                f"from {self.exact(a.value)} to {self.exact(b.value)} {self.tag(a, b)}") + self.next_best(most) + "."
        if o.operation == "rank":
            items = ", ".join(f"{i}. {x.row_label} {self.exact(x.value)} {self.tag(x)}" for i, x in enumerate(c, 1))
            at = self.at(c[0].column)
            if self.plan.top_n and self.plan.top_n < len(o.ranking):
                return self.w(f"De {len(c)} största {at}: {items}.", f"The {len(c)} largest {at}: {items}.")
            return self.w(f"I storleksordning {at}: {items}.", f"In order of size, {at}: {items}.")
        word = self.w("Störst" if most else "Minst", "The largest" if most else "The smallest")
        return self.w(f"{word} {self.at(best.column)} är {self.name(best)} med {self.spoken(best.value)} "
                      f"{self.tag(best)}",
                      f"{word} {self.at(best.column)} is {self.name(best)} with {self.spoken(best.value)} "
                      f"{self.tag(best)}") + self.next_best(most) + "."

    def next_best(self, most: bool) -> str:
        """The row after the best, with its figure and its own citation: how far ahead the best is
        ("; näst störst är Vård- och omsorgsnämnden med 840 609 tkr [2]")."""
        nxt = self.o.runner_up
        if nxt is None or len(self.o.ranking) < 2:
            return ""
        label, value = self.o.ranking[1]
        name = self.name(nxt) if nxt.row_label == label else label
        word = self.w("näst störst" if most else "näst minst", "second largest" if most else "second smallest")
        verb = self.w("är", "is")
        return f"; {word} {verb} {name} {self.w('med', 'with')} {self.exact(value)} {self.tag(nxt)}"
