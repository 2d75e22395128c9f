"""Which table a plan is about and which of its years: refusals name what the tables do hold."""
from __future__ import annotations

import re

from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.budget.columns import compares_like, family, holds, moves_year
from assistant.budget.matching import (Lexicon, alternatives, committee_mentions, group_stems, lists_committees,
                                       says_phrase, stem, stems, synonyms, table_kind_of, tokens, without_qualifier,
                                       without_unit, measure_name, owned_by_body, OWNER, committee_item)
from assistant.budget.plan import JOINING, LATEST, Plan, with_rows
from assistant.budget.hierarchy import SUM_LABEL
from assistant.budget.layout import KINDS, months_covered
from assistant.budget.measured import asked_measures, table_measures
from assistant.budget.records import Column, Row, Table
from assistant.budget.yearless import names_proposal

YEAR_KINDS = frozenset(KINDS.values())  # the kinds every year's columns take; a table's own kinds are others

TABLE_NAMES_EN = {"drift": "operating budget", "investering": "investment budget", "resultat": "income statement budget",
                  "balans": "balance sheet budget", "kassaflöde": "cash flow budget"}


class Refusal(Exception):
    """The tables cannot answer; `sv`/`en` say exactly what they do hold."""

    def __init__(self, sv: str, en: str, table: Table | None = None, reason: str = "absent") -> None:
        super().__init__(sv)
        self.sv, self.en, self.table = sv, en, table
        self.reason = reason  # "absent": the tables lack what was asked; "no_row": the question names no row


def table_name(table: Table, language: str = "sv", definite: bool = True) -> str:
    kind = table_kind_of(table)
    if language == "en":
        return TABLE_NAMES_EN.get(kind or "", f"table {table.title}")
    names = synonyms().get("table_names_sv", {})
    if kind in names and definite:
        return names[kind]
    return f"tabellen {table.title}"


def choose_table(plan: Plan, tables: tuple[Table, ...]) -> tuple[Table, tuple[str, ...]]:
    """The table the plan is about, and the interpretation when the question did not say."""
    money = [t for t in tables if t.unit.is_money]
    measured = [t for t in tables if not t.unit.is_money and plan.rows and all(find_row(t, r) for r in plan.rows)]
    holding_money = [t for t in money if plan.rows and all(find_row(t, r) for r in plan.rows)]
    if measured and not holding_money:
        money = measured  # a count or a share ("Antal invånare", "Procent") asked by its row: its own table
    elif measured and any(titled_by(t, plan.topic) for t in measured) and not any(
            titled_by(t, plan.topic) for t in holding_money):
        money = measured  # "antalet tillsvidareanställda i socialnämnden": the table of counts its title names
    elif measured and plan.years and not any(_holds_years(t, plan.years) for t in holding_money) and \
            any(_holds_years(t, plan.years) for t in measured):
        money = measured  # "folkmängden 2018 och 2023": the table of counts holding those years, not an overview of fewer
    elif plan.column_kind and not any(holds(t, plan.column_kind, ()) for t in money) and \
            (own := [t for t in measured if holds(t, plan.column_kind, ())]):
        money = own  # "frånvaron i kulturnämnden": the column kind only a table of counts and shares has
    interpretation: tuple[str, ...] = ()
    if not money:
        raise Refusal("Dokumenten har inga budgettabeller.", "The documents hold no budget tables.")
    if plan.table_kind:
        kinded = [t for t in money if table_kind_of(t) == plan.table_kind]
        holding = [t for t in money if plan.rows and all(find_row(t, r) for r in plan.rows)]
        committees = any(committee_mentions(r) for r in plan.rows)
        if plan.rows and holding and not committees and not any(t in kinded for t in holding):
            # a row only one kind of table has ("Skatteintäkter", asked with "budgeteras") names its table: the
            # row decides, and the answer says which table it used. A committee is in several kinds of table,
            # so there the kind is what is asked ("Överförmyndarnämnden investerar" is not its operating budget)
            return _prefer_years(holding, plan)[0], ("kind",) + _which_document(holding)
        if not kinded:
            # a table whose title names no kind ("Förändring Andel av": a header read as its title) may be of the
            # kind asked: the one holding the rows answers rather than a refusal
            kinded = [t for t in holding if table_kind_of(t) is None]
        elif plan.years and not any(t in holding and _holds_asked(t, plan) for t in kinded):
            # so may one holding the rows of the years no table of the kind has ("utbildningsnämndens ram 2021 till
            # 2025": "Beslutad budget per år" 2021–2025 beside the budget's frames of 2024–2025)
            kinded += [t for t in holding if table_kind_of(t) is None and _holds_asked(t, plan) and _rows_of_own(t, plan)]
        if not kinded:
            kinds = ", ".join(t.title for t in money) or "inga"
            raise Refusal(f"Dokumenten har ingen tabell av det slaget; tabellerna är: {kinds}.",
                          f"The documents have no such table; the tables are: {kinds}.")
        money = kinded
    if plan.rows:
        needed = [r for r in plan.rows]
        full = [t for t in money if all(find_row(t, r) for r in needed)]
        if not full:
            table = money[0] if money else None
            if table is None:
                raise Refusal("Dokumenten har inga budgettabeller.", "The documents hold no budget tables.")
            missing = next(r for r in needed if not find_row(table, r))
            raise no_row(table, missing)
        full = _prefer_years(full, plan)
        if plan.column_kind:  # "kronor av varje hundralapp": the tables holding the column the question names first
            full.sort(key=lambda t: not holds(t, plan.column_kind, plan.years))  # type: ignore[arg-type]
        if len({table_kind_of(t) for t in full}) > 1 and not plan.table_kind:
            interpretation = ("kind",)
            # committees: kommunbidrag first, after the tables holding the column the question names ("sjukfrånvaron")
            # and, for two kinds compared ("koncernens ... än kommunens"), the tables holding both of them
            # a row that is no committee ("Verksamhetens nettokostnader") is read where the asked years are (an
            # annual report's five-year summary, not the budget lacking 2020); a committee's kommunbidrag stays first
            # over another kind of table holding the years; a table of no known kind holding them ("Beslutad budget
            # per år", 2021–2025) is read for a committee too, rather than the operating budget lacking 2021
            committee = any(committee_mentions(r) for r in plan.rows)
            # a measure asked beyond the frames ("hur mycket ska socialnämnden spara"): the tables measuring it first
            asked = asked_measures(" ".join(plan.topic)) if not (plan.column_kind or plan.kinds or plan.table_kind) \
                else frozenset()
            full.sort(key=lambda t: (bool(asked) and not asked & table_measures(t),
                                     not _holds_asked(t, plan) if not committee else
                                     not (_holds_asked(t, plan) and (table_kind_of(t) == "drift" or (
                                         table_kind_of(t) is None and _rows_of_own(t, plan)))),
                                     bool(plan.column_kind) and not holds(t, plan.column_kind, plan.years),
                                     not all(holds(t, k, plan.years) for k in plan.kinds),
                                     # a share of the whole the question names no row for ("andel av nämndernas
                                     # totala budget"): a table stating that whole in its total row
                                     _whole_unstated(t, plan),
                                     # a change between years no kind is asked of: the table reading each year in
                                     # one kind (an annual report's outcomes, not a budget's "Bokslut 2023 | Budget 2024")
                                     plan.asks_change and not plan.column_kind and not plan.kinds
                                     and not compares_like(t, plan.years),
                                     asks_part(plan) and not lists_parts(t, plan), -titled_by(t, plan.topic),
                                     table_kind_of(t) != "drift"))
        return full[0], interpretation + _which_document(full)
    if not money:
        raise Refusal("Dokumenten har inga budgettabeller.", "The documents hold no budget tables.")
    money = _prefer_years(money, plan)
    if plan.within:  # "för de projekt som ombudgeteras": the table holding that kind beside the kinds asked
        money = [t for t in money if holds(t, plan.within, ()) and all(holds(t, k, plan.years) for k in plan.kinds)] \
            or money
    if plan.table_kind:
        return money[0], _which_document(money)
    drift = [t for t in money if table_kind_of(t) == "drift"]
    return (drift or money)[0], ("kind",) + _which_document(drift or money)


def without_measure_rows(plan: Plan, tables: tuple[Table, ...]
                         ) -> tuple[Plan, tuple[str, ...], tuple[Table, ...]]:
    """A row named by the measure a table gives its rows in its title or a column's label ("nettokostnaden för
    särskilt boende" in a table "..., nettokostnad per verksamhet, mnkr"; "socialnämndens nettokostnad" beside the
    columns "Kostnader", "Intäkter", "Nettokostnad", or in a "Driftredovisning per nämnd", whose kind measures net
    costs): when no table holds every row named, a row whose words are all in the title, the kind's measure words
    or a column label of a table holding the others is what those rows measure, not a row of its own.
    Returns the plan without it, its words (stems) when a column label holds them (that column is read), and the
    tables holding the others whose own title names it ("Socialnämnden – ekonomisk sammanställning" for
    "socialnämndens nettokostnad", of several committees' tables with a row "Nettokostnad"), which answer."""
    if len(plan.rows) < 2 or len(plan.said) != len(plan.rows) or any(
            all(find_row(t, r) for r in plan.rows) for t in tables):
        return plan, (), ()
    for label, said in zip(plan.rows, plan.said):
        others = [r for r in plan.rows if r != label]
        words = stems(said)
        holding = [t for t in tables if words and all(find_row(t, r) for r in others)]
        titled = any(_all_in(words, _title_words(t) + _kind_words(t)) or _group_titled(said, t.title)
                     for t in holding)
        columned = any(_all_in(words, stems(c.label)) for t in holding for c in t.columns)
        if titled or columned:
            kept = [(r, s) for r, s in zip(plan.rows, plan.said) if r != label]
            own = tuple(t for t in holding if _all_in(words, _title_words(t)) and _holds_years(t, plan.years))
            return replace(plan, rows=tuple(r for r, _ in kept), said=tuple(s for _, s in kept)), \
                (words if columned else ()), own if len(own) < len(holding) else ()
    return _several_measure_rows(plan, tables)


def _title_words(table: Table) -> tuple[str, ...]:
    """The stems and words of the table's title and of its document's ("i skatt" of a table "Kronor av varje
    hundralapp" on the page "Så används din skatt")."""
    document = table.rows[0].source.title if table.rows else ""
    return tuple(w for text in (table.title, document) for w in stems(text) + _words(text))


def _group_titled(said: str, title: str) -> bool:
    """Each word said is one of a group of words the title holds another of ("hur många bor på Smögen": "bor" of
    "Befolkning per ort"): the table counts what the word names."""
    words = tokens(said)
    return bool(words) and all(group_stems(w) & set(stems(title)) for w in words)


def _several_measure_rows(plan: Plan, tables: tuple[Table, ...]) -> tuple[Plan, tuple[str, ...], tuple[Table, ...]]:
    """Several rows named by the measure a table's title gives the others ("nettokostnad per invånare för
    äldreomsorg" of a table "Nettokostnad per invånare, kronor" with a row "Äldreomsorg"): the plan without them,
    and the tables whose title names them all."""
    titled = []
    for t in tables:
        inside = [r for r in plan.rows if find_row(t, r)]
        outside = [s for r, s in zip(plan.rows, plan.said) if r not in inside]
        if inside and len(outside) >= 2 and all(stems(s) and _all_in(stems(s), stems(t.title) + _words(t.title))
                                                for s in outside):
            titled.append((t, tuple(inside)))
    if len({rows for _, rows in titled}) != 1:
        return plan, (), ()
    rows = titled[0][1]
    return replace(plan, rows=rows, said=tuple(s for r, s in zip(plan.rows, plan.said) if r in rows)), (), \
        tuple(t for t, _ in titled)


def stated_per_unit(plan: Plan, tables: tuple[Table, ...]) -> tuple[Plan, tuple[Table, ...]] | None:
    """A figure asked per a count ("nettokostnad per invånare för äldreomsorg") that a table states per that count
    already: its title says "per" and the word the question divides by ("Kronor per invånare", with a row
    "Äldreomsorg"). The rows that table holds are read there as they stand, not divided; the other rows named (the
    measure, "nettokostnad") are what its figures are. Returns the plan and the tables stating it; None otherwise."""
    if plan.operation != "per" or not plan.denominator or len(plan.said) != len(plan.rows):
        return None
    by = dict(zip(plan.rows, plan.said)).get(plan.denominator, "")
    unit = stems(by)
    if not unit:
        return None
    named = [r for r in plan.rows if r != plan.denominator]
    stating = [t for t in tables if _says_per(t.title, unit) and any(find_row(t, r) for r in named)]
    if not stating:
        return None
    rows = tuple(r for r in named if any(find_row(t, r) for t in stating))
    said = tuple(s for r, s in zip(plan.rows, plan.said) if r in rows)
    # held against another kind of its columns ("lägre än riket"), the figure is compared as it stands
    operation = "difference" if len(plan.kinds) == 2 else "lookup"
    return replace(plan, operation=operation, rows=rows, said=said, denominator=None), tuple(stating)


def _says_per(title: str, unit: tuple[str, ...]) -> bool:
    """The title measures its figures per the unit ("Kronor per invånare, löpande priser" for "invånare")."""
    words = stems(title)
    return any(w == "per" and tuple(words[i + 1:i + 1 + len(unit)]) == unit for i, w in enumerate(words))


def measured_columns(table: Table, words: tuple[str, ...]) -> Table:
    """The table with, for a year of several columns, only the one whose label holds the measure's words
    ("Budget 2026, mnkr Nettokostnad" of "Kostnader", "Intäkter", "Nettokostnad")."""
    if not words:
        return table
    return _one_column_a_year(table, lambda column: _all_in(words, stems(column.label)))


def kinds_of_one_column(plan: Plan, table: Table) -> tuple[Plan, tuple[str, ...]]:
    """Two kinds said that one column's label holds together ("nettokostnaden ... mellan budget 2025 och 2026" of
    "Intäkter 2026 | Kostnader 2026 | Nettokostnad 2026 | Nettokostnad budget 2025") in a change between two years
    describe one figure of each year, not two held against each other: the kind that every asked year has a column
    of is the measure read (its stems, for measured_columns), and no kind narrows the columns further."""
    if len(plan.kinds) != 2 or not all(stems(k) for k in plan.kinds) or not (
            plan.asks_change and len(set(plan.years)) >= 2):
        return plan, ()  # two kinds held against each other in one year ("underskottet i procent av budgeten" of
        # "Avvikelse mot budget") are two figures; only a change between years reads one kind's column of each

    def names(kind: str, column: Column) -> bool:
        return _all_in(stems(kind), stems(column.label))

    if not any(all(names(k, c) for k in plan.kinds) for c in table.columns):
        return plan, ()
    for kind in plan.kinds:
        if all(any(c.year == y and names(kind, c) for c in table.columns) for y in plan.years):
            return replace(plan, kinds=(), column_kind=None), stems(kind)
    return plan, ()


def named_columns(table: Table, topic: tuple[str, ...], kind: str | None = None) -> Table:
    """The table with, for a year of several columns, only the one whose label a word of the question's topic names
    ("den reviderade budgeten 2025": "Reviderad budget 2025", not "Budget 2025 enligt förslag"); of the asked kind's
    columns when the table has one ("ombudgetering: hur mycket föreslogs": "Förslag", not "Begärd ombudgetering")."""
    if not topic:
        return table
    own = kind is not None and holds(table, kind, ())
    return _one_column_a_year(table, lambda column: (not own or (column.kind and family(column.kind)) == family(kind))
                              and any(_all_in((w,), stems(column.label)) for w in topic))


def _one_column_a_year(table: Table, names: Callable[[Column], bool]) -> Table:
    """The table with, for a year of several columns, only the one column `names`; as it was when none or several
    are named."""
    drop = set()
    for year in table.years:
        same = [i for i, c in enumerate(table.columns) if c.year == year]
        named = [i for i in same if names(table.columns[i])]
        if len(same) > 1 and len(named) == 1:
            drop.update(i for i in same if i != named[0])
    if not drop:
        return table
    keep = [i for i in range(len(table.columns)) if i not in drop]
    return replace(table, columns=tuple(table.columns[i] for i in keep),
                   rows=tuple(replace(r, values=tuple(r.values[i] for i in keep)) for r in table.rows))


def _kind_words(table: Table) -> tuple[str, ...]:
    """The stems of the words that name what a table of its kind measures (budget_synonyms.json "tables": an
    operating budget's "nettokostnad", "kommunbidrag"), whether or not its own title says them."""
    kind = synonyms()["tables"].get(table_kind_of(table) or "", {})
    return tuple(w for phrase in (*kind.get("title", ()), *kind.get("words", ())) for w in stems(phrase))


def _words(text: str) -> tuple[str, ...]:
    """The words as written, lower case: a compound's head is its end ("kommunalskatt"), which its stem may clip."""
    return tuple(re.findall(r"[^\W\d_]+", text.lower()))


def _all_in(words: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """Every word is a word of the title, by stem, as one's start ("nettokostnad" and "nettokostn") or as the head
    a compound of the title ends with ("skatt" of "kommunalskatt")."""
    return all(any(w == t or (min(len(w), len(t)) >= 5 and (w.startswith(t) or t.startswith(w) or t.endswith(w)))
                   for t in title) for w in words)


def titled_by(table: Table, topic: tuple[str, ...]) -> int:
    """How many of the question's topic words the table's title names ("antalet tillsvidareanställda i
    socialnämnden": "Antal tillsvidareanställda per nämnd", not the operating budget that has the row too)."""
    title = stems(table.title) + _words(table.title)
    return sum(_all_in((word,), title) for word in topic)


def asks_part(plan: Plan) -> bool:
    """The largest or smallest of one row asks which of its parts ("vilken verksamhet inom socialnämnden")."""
    return plan.operation in ("max", "min", "rank") and len(plan.rows) == 1 and not plan.by_year


def group_of_other_kind(plan: Plan, tables: tuple[Table, ...]) -> Plan:
    """"Vilken nämnd har störst effektivisering": the one row named ("Nämnder") is the group of committees ranked,
    and when only another table of committees holds the column kind asked ("Effektivisering"), that table's
    committees are what is ranked: the group names no row of its own there."""
    if not (plan.column_kind and plan.committees_only and asks_part(plan)):
        return plan
    kind, name = plan.column_kind, plan.rows[0]
    if any(holds(t, kind, plan.years) and find_row(t, name) is not None for t in tables):
        return plan
    holders = [t for t in tables if holds(t, kind, plan.years) and lists_committees(t)]
    groups = [t for t in tables if (row := find_row(t, name)) is not None
              and sum(bool(committee_mentions(p.label)) for p in t.parts_of(row)) >= 2]
    return replace(plan, rows=(), said=()) if holders and groups else plan


def lists_parts(table: Table, plan: Plan) -> bool:
    """The table lists the parts of the plan's one row."""
    row = find_row(table, plan.rows[0])
    return row is not None and bool(table.parts_of(row))


def _topic_names_column(table: Table, plan: Plan) -> bool:
    """A word of the question's topic names a column of a year asked ("reviderade": "Reviderad budget 2025")."""
    return any((not plan.years or c.year in plan.years) and any(_all_in((w,), stems(c.label)) for w in plan.topic)
               for c in table.columns)


def _holds_years(table: Table, years: tuple[int, ...]) -> bool:
    return all(y in table.years for y in years)


def _prefer_years(tables: list[Table], plan: Plan) -> list[Table]:
    """Tables holding the years the question names come first (several budgets may be indexed), and among
    them those with a column of the kind it names ("bokslutet 2023": a table with "Bokslut 2023")."""
    ordered = list(tables)
    if plan.asks_change:
        ordered.sort(key=lambda t: len(t.years) < 2)  # a change between years needs a table of two years
        if len(set(plan.years)) == 1:  # a change within the one year asked ("har det ändrats sen dess?" of the
            # budget 2025): a table with two versions of that year ("Budget 2025 enligt MoB", "Ny budget 2025"), not
            # one with the year's figure and its share ("Ram 2025, mnkr | Andel av total ram, %")
            ordered.sort(key=lambda t: not versions_of_year(t, plan.years[0]))
    if plan.operation == "share" and not plan.denominator:  # a share of the whole: a table that sums its rows
        ordered.sort(key=lambda t: not sums_other_rows(t, plan.rows))
    if plan.kinds:  # "över budget enligt prognosen": a table with both kinds of column, of the asked years first
        # (a budget's "Bokslut 2023" is an outcome, but not the outcome of 2024 beside its budget)
        ordered.sort(key=lambda t: (not all(holds(t, k, ()) for k in plan.kinds),
                                    not all(holds(t, k, plan.years) for k in plan.kinds)))
    if plan.column_kind:
        ordered.sort(key=lambda t: not holds(t, plan.column_kind, plan.years))  # type: ignore[arg-type]
    if plan.column_kind and plan.topic:  # "den reviderade budgeten 2025": the table whose column of the year a word
        # of the topic names ("Reviderad budget 2025"), before another budget of that year holding the row
        ordered.sort(key=lambda t: (not holds(t, plan.column_kind, plan.years),  # type: ignore[arg-type]
                                    not _topic_names_column(t, plan)))
    if asks_part(plan):
        ordered.sort(key=lambda t: not lists_parts(t, plan))
    if not plan.column_kind and not plan.kinds:  # no proposer named: a decided figure before a proposal's
        ordered.sort(key=lambda t: _of_proposals(t, plan.years))
    if not plan.years:
        return ordered
    holding = [t for t in ordered if _holds_asked(t, plan)]
    if not plan.column_kind and not plan.kinds:  # "årets resultat 2023": the year's figure, not its first months',
        # nor money moved into it ("Ombudgeteras till 2025" of the minutes beside the budget's "Budget 2025")
        holding.sort(key=lambda t: (not _of_own_years(t, plan.years), not _of_whole_years(t, plan.years)))
    elif plan.column_kind and not plan.kinds and not plan.months:  # "utfallet 2024": the year's whole outcome,
        # not its first months' ("Utfall jan–aug 2024"), when another table states it
        holding.sort(key=lambda t: not _of_whole_years(t, plan.years, plan.column_kind))
    return holding + [t for t in ordered if t not in holding]


def versions_of_year(table: Table, year: int) -> list[int]:
    """The indices of the columns stating one year's own figure of one kind more than once, in the table's order: its
    versions ("Budget 2025 enligt MoB", "Ny budget 2025" beside "Ombudgetering från 2024"); [] when it has one."""
    own = [i for i, c in enumerate(table.columns) if c.year == year and not moves_year(c)
           and months_covered(c.label) == 12 and (c.unit is None or c.unit.is_money)]
    kinds = {family(table.columns[i].kind or "") for i in own}
    return own if len(own) >= 2 and len(kinds) == 1 and "" not in kinds else []


def _of_own_years(table: Table, years: tuple[int, ...]) -> bool:
    """The table has a column of each year's own figure, not only one moving money into it (columns.moves_year)."""
    return all(any(c.year == y and not moves_year(c) for c in table.columns) for y in years)


def _of_proposals(table: Table, years: tuple[int, ...]) -> bool:
    """Every column of the years asked (of any year, when none is) holds a proposal ("Kommunstyrelsens förslag",
    "M och SD:s förslag"): what a body or party proposed, not the figure decided."""
    columns = [c for c in table.columns if c.year is not None and (not years or c.year in years)]
    return bool(columns) and all(names_proposal(c.label) for c in columns)


def _of_whole_years(table: Table, years: tuple[int, ...], kind: str | None = None) -> bool:
    """The table has a column (of the kind, when one is given) covering the whole of each year ("Bokslut 2023",
    "2023"), not only its first months ("Utfall jan–aug 2023"): a year asked with no period of months is asked
    whole."""
    return all(any(c.year == y and months_covered(c.label) == 12 and (kind is None or family(c.kind) == family(kind))
                   for c in table.columns) for y in years)


def _rows_of_own(table: Table, plan: Plan) -> bool:
    """Every row asked is a row of the table's own, not the total of a section of its items: a committee's sum of
    projects ("Summa kultur- och fritidsnämnden" under its projects) is no frame of the committee."""
    found = [find_row(table, r) for r in plan.rows]
    return all(row is not None and not (row.is_total and row.sections) for row in found)


def _holds_asked(table: Table, plan: Plan) -> bool:
    """The table holds every year the question names (or a column of the kind it names of those years); True when
    it names none."""
    return not plan.years or all(y in table.years for y in plan.years) or bool(
        plan.column_kind and holds(table, plan.column_kind, plan.years))


def sums_other_rows(table: Table, rows: tuple[str, ...]) -> bool:
    """The table has a total row, and it is none of the rows named (a section's "Summa socialnämnden" last in the
    table is the part asked about, not the whole)."""
    total = table.total_row()
    return total is not None and all(find_row(table, r) is not total for r in rows)


def _which_document(candidates: list[Table]) -> tuple[str, ...]:
    """Say which document was used when tables of several documents could answer."""
    first = candidates[0]
    same_kind = [t for t in candidates if table_kind_of(t) == table_kind_of(first)]
    if len({t.doc_path for t in same_kind}) > 1:
        return (f"doc:{first.doc_path}",)
    return ()


REMARK = re.compile(r"\s*\([^()]*\)\s*$")  # words in parentheses ending a row's label
REMARK_WORDS = 3  # words in parentheses that remark on a row's name rather than qualify it ("(netto)", "(KS)")


def _whole_unstated(table: Table, plan: Plan) -> bool:
    """The plan asks a share of the table's whole (no denominator of its own) and the table has no total row."""
    return plan.operation == "share" and plan.denominator is None and table.total_row() is None


def find_row(table: Table, label: str) -> Row | None:
    """The row with this label, else the total row of the section of that name ("Familjenämnd" is
    "Summa familjenämnd")."""
    for row in table.rows:
        if row.label == label:
            return row
    key = stems(label)
    settled = _settled_stems(label)
    inflected = [row for row in table.rows if _settled_stems(row.label) == settled]
    if len(inflected) == 1:  # the same name in another number: "Verksamhetens nettokostnad" of "... nettokostnader"
        return inflected[0]
    listed = [row for row in table.rows if _unjoined(row.label) == _unjoined(label)]
    if len(listed) == 1 and len(_unjoined(label)) > 1:  # a list joined by a comma or by "och": "Generella
        # statsbidrag, utjämning" is "Generella statsbidrag och utjämning"
        return listed[0]
    for row in table.rows:  # a section's name in any form: "Vård- och omsorgsnämnden" is "Vård- och omsorgsnämnd"
        if row.is_total and row.sections and stems(row.sections[-1]) == key:
            return row
    for row in table.rows:  # "Summa socialnämnden" whose section heading was lost at a page break
        named = SUM_LABEL.match(row.label)
        if named and stems(row.label[named.end():]) == key:
            return row
    slashed = [row for row in table.rows if any(stems(a) == key for a in alternatives(row.label))]
    if len(slashed) == 1:  # one of two things a slash joins: "Årets resultat" of "Periodens/årets resultat"
        return slashed[0]
    measure = measure_name(label)  # the same row with its unit written in this table: "Årets resultat, mnkr"
    written = [row for row in table.rows if measure_name(row.label) == measure]
    if len(written) == 1:
        return written[0]
    # a row with a remark folded into its label (a "Kommentar" or "Åtgärd" column beside it): "Omsorgsnämnden (Fler
    # brukare i hemtjänsten)" is Omsorgsnämnden's row, "Gymnasieskola (Samläsning mellan program)" the one of
    # Gymnasieskola; its own name names it. Beside another name a word or two in parentheses qualify it ("Skatter
    # (netto)"): a remark says more
    committee = bool(committee_mentions(label))
    remarked = [row for row in table.rows if (m := REMARK.search(row.label)) and m.start() > 0
                and not row.is_total and stems(row.label[:m.start()]) == key
                and (committee or len(m.group().split()) >= REMARK_WORDS)]
    if len(remarked) == 1:
        return remarked[0]
    # what a committee's row is for, named alone: "Välfärdsteknik" of "Vård- och omsorgsnämnden (Välfärdsteknik)"
    items = [row for row in table.rows if not row.is_total and (item := committee_item(row.label)) and stems(item) == key]
    if len(items) == 1:
        return items[0]
    # the same row qualified more in this table: "Åbrinken, Gnosjö (SN)" of "Åbrinken, Gnosjö"; or less, by the
    # committee answering for it, or by a place or part after a comma: the budget's "Ny förskola Kallinge" of the
    # minutes' "Ny förskola Kallinge (Utbildningsnämnden)" (matching.owned_by_body), "Nytt LSS-boende" of "Nytt
    # LSS-boende, Skinnskatteberg"; a part in parentheses ("Vård- och omsorgsnämnden (Hemtjänst)") is no whole's row
    bare = without_qualifier(label).lower()
    same = [row for row in table.rows if row.label.startswith(label) and without_qualifier(row.label).lower() == bare]
    if len(same) == 1 and bare != label.lower():
        return same[0]
    less = [row for row in table.rows if owned_by_body(label, row.label) or (
        label.startswith(row.label) and without_qualifier(label) == row.label and not OWNER.search(label))]
    return less[0] if len(less) == 1 else None


def _settled_stems(label: str) -> tuple[str, ...]:
    """The label's stems stemmed again until they settle: the stemmer cuts a plural to the bare noun
    ("nettokostnader" -> "nettokostnad") and the bare noun further ("nettokostn"), so both forms end alike."""
    return tuple(stem(s) for s in stems(label))


def _unjoined(label: str) -> tuple[str, ...]:
    """The label's settled stems without the words joining the things it lists (JOINING): a comma lists as "och"
    does."""
    return tuple(s for s in _settled_stems(label) if s not in JOINING)


def no_row(table: Table, name: str) -> Refusal:
    labels = ", ".join(r.label for r in table.rows)
    return Refusal(f"{table_name(table).capitalize()} har ingen rad för {name}; raderna är: {labels}.",
                   f"The {table_name(table, 'en')} has no row for {name}; its rows are: {labels}.", table)


def _span(table: Table) -> str:
    years = table.years
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0]) if years else "inga år"


def _relative(said: str, doc_year: int | None, have: tuple[int, ...]) -> int:
    """The year "i år", "nästa år" or "förra året" names, counted from the documents' year."""
    rel = said.lower()
    base = doc_year if doc_year is not None else have[0] - 1
    return base + 1 if rel in ("nästa år", "kommande år", "next year") else (
        base - 1 if rel in ("förra året", "last year") else base)


def _latest_outcome(table: Table) -> int:
    """The latest year the table states as an outcome (an "Utfall"/"Bokslut" column or a bare year), else its latest
    year."""
    outcomes = [c.year for c in table.columns if c.year is not None and family(c.kind or "") in ("", "Utfall")]
    return max(outcomes) if outcomes else table.years[-1]


def resolve_years(plan: Plan, table: Table, doc_year: int | None) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Years the plan means in this table; refuses years the table does not hold."""
    have = table.years
    notes: list[str] = []
    if plan.years:
        wanted = tuple(plan.years)
        if plan.onward:  # "2022 och framåt": every year the table holds from the first on
            wanted = tuple(y for y in have if y >= plan.years[0]) or wanted
        elif plan.year_range:
            wanted = tuple(range(plan.years[0], plan.years[-1] + 1))
            if plan.asks_change and plan.years[0] in have and plan.years[-1] in have:
                wanted = tuple(y for y in wanted if y in have)  # a change "från 2021 till 2025" needs its ends
        if plan.relative_year and len(wanted) == 1 and plan.asks_change:  # "2027 jämfört med i år"
            other = _relative(plan.relative_year, doc_year, have)
            if other in have and other != wanted[0]:
                notes.append(f"rel:{plan.relative_year}:{other}")
                wanted = tuple(sorted((other, wanted[0])))
        missing = [y for y in wanted if y not in have]
        if missing:
            miss = ", ".join(str(y) for y in missing)
            raise Refusal(
                f"{table_name(table).capitalize()} omfattar {_span(table)}; {miss} finns inte.",
                f"The {table_name(table, 'en')} covers {_span(table)}; {miss} is not in it.", table)
        return wanted, tuple(notes)
    if plan.relative_year and LATEST.fullmatch(plan.relative_year):  # "vid senaste årsskiftet": the latest outcome
        target = _latest_outcome(table)
        notes.append(f"latest:{plan.relative_year}:{target}")
        return (target,), tuple(notes)
    if plan.relative_year:
        target = _relative(plan.relative_year, doc_year, have)
        if target not in have:
            target = have[0]
        notes.append(f"rel:{plan.relative_year}:{target}")
        return (target,), tuple(notes)
    if plan.all_years:
        return have, ()
    kinded = _years_of_kind(table, plan.column_kind)
    if len(kinded) == 1:  # "andel av ombudgeteringen": the year of the one column of the kind named
        return kinded, ()
    return (), ()


def _years_of_kind(table: Table, kind: str | None) -> tuple[int, ...]:
    """The years of the table's columns of its own kind ("Ombudgeteras till 2025": 2025); () when it names none, a
    kind of every year's columns (Budget, Plan, Utfall), or a column of the kind has no year of its own (`holds`
    with a year no column has is true only then)."""
    if not kind or kind in YEAR_KINDS or holds(table, kind, (0,)):
        return ()  # "investeringsbudgeten totalt": a budget of every year, not the one Budget column's year
    return tuple(y for y in table.years if holds(table, kind, (y,)))


def row_of_years(plan: Plan, lexicon: Lexicon, tables: Sequence[Table]) -> Plan:
    """Each row named by words that name several rows equally ("resultatet": "Årets resultat" and "Periodens/årets
    resultat"; a heading "Resultat" over key figures), of which the one matched is in no table holding the years
    asked: the one other row so named that is ("genomsnittliga resultatet 2025–2027": the budget's "Årets resultat",
    not the interim report's), or of several the one sharing most words with the row matched. The plan as it was
    when the row matched has the years, or none or several do."""
    if not plan.years or not plan.rows or len(plan.said) != len(plan.rows):
        return plan

    def covered(label: str) -> bool:
        return any(all(y in t.years for y in plan.years) and (find_row(t, label) is not None or any(
            label in r.sections for r in t.rows)) for t in tables)  # a section heading over its rows too

    def of_years(row: str, said: str) -> str:
        if covered(row):
            return row
        # the phrases the words said are, as a question's words match them: a synonym's key ("resultatet") too
        named = dict.fromkeys(label for key, label in lexicon.phrases if says_phrase(said, key))
        # and the rows named as the row matched is ("Kommunal skattesats, kr": the municipality's row of a tax table,
        # "Kommunen", named "kommunal skattesats" by body_shares.py)
        own = tuple((stem(w), w) for w in tokens(without_unit(row)))
        named.update(dict.fromkeys(label for key, label in lexicon.phrases if key == own))
        fit = [label for label in named if label != row and covered(label)]
        said_stems = stems(said)
        if not fit and said_stems:
            # words said in part of several labels ("särskilt boende": the investment "Särskilt boende Ådalsgården,
            # tillbyggnad" and the operating "Äldreomsorg, särskilt boende"): the one label of a table holding the years
            within = dict.fromkeys(label for key, label in lexicon.phrases
                                   if _contains(tuple(s for s, _ in key), said_stems))
            fit = [label for label in within if label != row and covered(label)]
        # of several, the one nearest the row matched: most of its words ("Årets resultat" for "Periodens/årets
        # resultat", not "Resultat i % av skatter och bidrag")
        shared = {label: len(set(stems(label)) & set(stems(row))) for label in fit}
        best = [label for label in fit if shared[label] == max(shared.values())]
        return best[0] if len(best) == 1 else row

    rows = tuple(of_years(row, said) for row, said in zip(plan.rows, plan.said))
    return plan if rows == plan.rows else with_rows(plan, rows)


def _contains(key: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """`part` stands in `key` as consecutive words."""
    n = len(part)
    return any(key[i:i + n] == part for i in range(len(key) - n + 1))
