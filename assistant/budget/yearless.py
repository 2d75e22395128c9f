"""Tables whose columns name no year, read with the year they hold.

Two layouts: a table whose title names the one year of its figures ("Nyckeltal 2024", "Fakta: Bokslut 2024",
"Budget 2026 per verksamhet", "Känslighetsanalys 2025") while its columns name none ("Belopp, tkr", "Totalt"):
its total column, or each column naming only an amount, is that year's (`dated_by_title`); and a transposed table whose rows are years
("2025 (utfall)", "2026", ...) under a header of measures ("År | Folkmängd 31 dec | Varav 0–5 år"): read with
the years as columns and the measures as rows (`find_transposed`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.budget.layout import (
    DENOMINATOR, EMPTY_CELL, FIGURE, KINDS, PERIOD_KINDS, YEAR, clean, is_separator, join_lines, kind_named, split_line,
)
from assistant.budget.records import SPLIT_YEAR, Column
from assistant.budget.units import unit_in

# a year of the title, not a diary number ("Dnr KS 2024/188") nor part of a span of years ("2025–2029")
TITLE_YEAR = re.compile(r"(?<![\d/–-])((?:19|20)\d\d)(?![\d/–-]|\s*[–-]\s*(?:19|20)?\d\d)")
# a year the document's title names, the first of a span too ("Mål och budget 2025–2027"), not a diary number
DOCUMENT_YEAR = re.compile(r"(?<![\d/–-])((?:19|20)\d\d)(?![\d/])")
TOTAL_COLUMNS = {"Totalt", "Total", "Summa", "Netto"}  # a column holding the sum of the others
AMOUNT_WORDS = {"belopp", "kronor", "amount"}
GENERIC = {"belopp", "kronor", "kr", "tkr", "mnkr", "mkr", "mdkr", "sek", "tsek", "msek", "i", "amount", "amounts",
           "värde", "summa"}


# money moved from one year to the next ("Ombudgetering av investeringsmedel från 2024 till 2025"): the sums are
# the later year's, which they are moved to
MOVED_TO = re.compile(r"\b(?:från|from)\s+(?:19|20)\d\d\s+(?:till|to|into)\s+((?:19|20)\d\d)\b", re.I)


def title_year(title: str) -> tuple[int, str] | None:
    """The one year a title names for its figures, with the column kind written before it ("Bokslut 2024":
    (2024, "Bokslut")), or the year it moves them to ("... från 2024 till 2025": (2025, "")); None when it names
    no year, several, or a span of years."""
    bare = re.sub(r"^(?:tabell|table|diagram|figur)\s*\d+[.:]?\s*", "", clean(title), flags=re.I)
    moved = MOVED_TO.search(bare) if len(YEAR.findall(bare)) == 2 else None
    if moved is not None:
        return int(moved.group(1)), ""
    if len(YEAR.findall(bare)) != 1:
        return None
    match = TITLE_YEAR.search(bare)
    return None if match is None else (int(match.group(1)), _kind_before(bare, match.start()))


def _kind_before(title: str, at: int) -> str:
    """The column kind written right before the year at `at` ("Bokslut 2024": "Bokslut"), else ""."""
    before = title[:at].lower().replace(":", " ").split()
    return (kind_named(before[-1].rstrip(".,")) or "") if before else ""


def dated_by_document(columns: tuple[Column, ...], title: str, date: str | None) -> tuple[Column, ...]:
    """The columns of a table whose title and columns name no year, when each names only an amount ("Kronor av
    100", "Belopp, tkr"), dated by the year of the document it stands in ("Så fördelas 100 kronor i skatt" on a page
    "Så används din skatt" published 2025-01-15): the first year the document's title names, with the kind
    written before it ("Budget 2025 med plan 2026–2027": Budget 2025; the plan years are the later ones), else the
    year of its date. A column with a name of its own ("Effekt", "Påverkan" of a sensitivity analysis: what a
    change would do, not a year's figure) keeps no year."""
    if any(c.year is not None for c in columns):
        return columns
    bare = clean(title)
    match = DOCUMENT_YEAR.search(bare)
    if not all(_generic(c.label) for c in columns):
        # beside columns of their own names, only a kind of a year's figure ("Utfall | Budget | Avvikelse" in
        # "Årsredovisning 2024") or a share or count ("Andel av underskottet, %" in "... tilläggsanslag 2025") is
        # the year the document's title names; a date alone dates none of them
        return columns if match is None else tuple(
            replace(c, year=int(match.group(1))) if _kind_of_year(c) or _of_measure(c) else c for c in columns)
    if match is not None:
        return dated_by_title(columns, f"{_kind_before(bare, match.start())} {match.group(1)}".strip())
    return dated_by_title(columns, date[:4]) if date and date[:4].isdigit() else columns


def _generic(label: str) -> bool:
    """A column label naming only an amount or its unit ("Belopp, tkr", "Kronor", "mnkr"): no kind of its own."""
    words = re.sub(r"[()\[\]:.,]", " ", DENOMINATOR.sub(" ", label.lower())).split()  # "Kronor av 100": kronor
    return not words or all(w in GENERIC or unit_in(w) is not None for w in words)


def dated_by_title(columns: tuple[Column, ...], title: str, place: str | None = None) -> tuple[Column, ...]:
    """The columns of a table naming no year, dated by the one year its title names: its total column when it has
    one ("Kvinnor | Män | Totalt": the year's figure is the total, the others are parts of it), else each column
    naming only an amount ("Belopp, tkr", "Miljoner kronor"), which takes the title's column kind; so does a column
    naming a kind of a year's figure ("Budget", "Utfall"), a money flow ("Intäkter | Kostnader | Nettokostnad") or a
    count or share ("Antal lägenheter", "Sjukfrånvaro, %"). A column with a name of its own beside others
    ("Strömsund | Riket", "Förändring") is not the year's figure and keeps no year; a table's only column is
    ("Föreningsbidrag 2024" over "Beviljat belopp (kr)"): nothing else holds the year's figures. A column naming the
    table's own municipality (`place`) beside others ("Torsås | Riket") is that year's figure too: the others compare
    with it. Columns that name a year are left as they are; beside them, a count or share naming none ("Antal
    årsarbetare" beside "Nettokostnad budget 2025" under "Nyckeltal per nämnd 2025") is of the title's year."""
    found = title_year(title)
    if found is None:
        return columns
    year, kind = found
    if MOVED_TO.search(title):  # a change between the two years ("Förändring") is neither year's figure
        columns_of_year = tuple(c for c in columns if _first(c) not in PERIOD_KINDS)
        dated = dated_by_title(columns_of_year, str(year), place) if columns_of_year else ()
        by_label = {c.label: c for c in dated}
        return tuple(by_label.get(c.label, c) for c in columns)
    if any(c.year is not None for c in columns):
        return tuple(replace(c, year=year) if c.year is None and _of_measure(c) else c for c in columns)
    totals = [c for c in columns if _first(c) in TOTAL_COLUMNS]
    own = [c for c in columns if place and len(columns) > 1 and clean(c.label).casefold() == place.casefold()]
    if own and not totals:
        return tuple(replace(c, year=year) if c in own else c for c in columns)  # its name stays its kind
    # "Intäkter | Kostnader | Nettokostnad", also beside a share of them ("Andel av nettokostnad, %")
    flows = sum(_names_flow(c.label) for c in columns) >= 2 and all(_names_flow(c.label) or _of_measure(c)
                                                                    for c in columns)
    proposals = len([c for c in columns if names_proposal(c.label)]) >= 2  # "KS förslag | M och SD:s förslag"
    return tuple(replace(c, year=year, kind=kind if _generic(c.label) else c.kind)
                 if (c in totals if totals else _generic(c.label) or len(columns) == 1 or _kind_of_amount(c)
                     or _kind_of_year(c) or flows or _of_measure(c) or (proposals and names_proposal(c.label)))
                 else c for c in columns)


def names_proposal(label: str) -> bool:
    """A column label naming whose proposal it holds ("Kommunstyrelsens förslag", "M och SD:s förslag"): beside
    another such column, each is the title's year's figure as its proposer would have it; their difference
    ("Skillnad") stays yearless."""
    from assistant.budget.matching import stem, tokens
    from assistant.understand.words import sentence_types

    words = tokens(label)
    return len(words) >= 2 and stem(words[-1]) in {stem(w) for w in sentence_types()["proposal_nouns"]}


def _of_measure(column: Column) -> bool:
    """A column naming a count or a share ("Antal tillsvidareanställda", "Sjukfrånvaro i % av ordinarie arbetstid"
    under "Personalnyckeltal per förvaltning, utfall 2023"): that year's figure of the measure, as "Sjukfrånvaro
    2023, %" would be; a change or a deviation stays yearless."""
    return column.unit is not None and not column.unit.is_money and _first(column) not in PERIOD_KINDS


def _names_flow(label: str) -> bool:
    """A column label naming a flow of money, in or out ("Intäkter", "Kostnader", "Nettokostnad"): a year's figure."""
    from assistant.budget.direction import names_cost
    from assistant.budget.matching import stem, synonyms, tokens

    words = tokens(label)
    income = tuple(stem(w) for w in synonyms()["income_words"])
    return 0 < len(words) <= 2 and (names_cost(label) or any(stem(w).endswith(i) for w in words for i in income))


def _kind_of_year(column: Column) -> bool:
    """A column naming only a kind of a year's figure ("Budget", "Utfall" under "Nettokostnad per nämnd 2023"): that
    year's figure of that kind; a deviation beside them ("Avvikelse") stays the question's year's (columns.seen_as)."""
    return column.kind in KINDS.values() and len(clean(column.label).split()) == 1


def _kind_of_amount(column: Column) -> bool:
    """A column naming a kind of amount of money ("Sökt belopp (kr)", "Beviljat belopp (kr)"): the year's figures of
    that kind, as "Budget" and "Utfall" are; not a change or deviation ("Förändring, tkr") nor a count."""
    words = re.sub(r"[()\[\]:.,]", " ", column.label.lower()).split()
    amount = any(w in AMOUNT_WORDS or ((u := unit_in(w)) is not None and u.is_money) for w in words)
    return amount and not _generic(column.label) and _first(column) not in PERIOD_KINDS and len(words) <= 4


def _first(column: Column) -> str:
    return column.kind.split()[0] if column.kind.split() else ""


ROW_YEAR = re.compile(r"^((?:19|20)\d\d)(?:\s*\(?\s*([^\W\d_]+)\.?\s*\)?)?$")
# a kind before its year: "Prognos 2025", "Budget 2026" (the line after the outcomes of the years before)
KIND_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+((?:19|20)\d\d)$")
# a year with a remark in parentheses: "2024 (Skattehöjning med 25 öre)", "2025 (Budget, utfall saknas)"
REMARKED_YEAR = re.compile(r"^((?:19|20)\d\d)\s*\(([^()]+)\)$")


@dataclass(frozen=True, slots=True)
class Transposed:
    """A table with years down its first column: the measures of its header and, per year, its figures' texts."""

    stub: str  # the header's first cell: "År", or ""
    measures: tuple[str, ...]  # the header's labels, one per figure of a year's line
    years: tuple[Column, ...]  # one column per year line: "2025 (utfall)" is Utfall 2025
    cells: tuple[tuple[str, ...], ...]  # per year line, its figures as written
    first: int  # line index of the header
    end: int  # line index after the last year line


def year_column(label: str, remark: bool = False) -> Column | None:
    """A row label naming a year alone, perhaps with its column kind: "2026", "2025 (utfall)", "2027 Budget",
    "Prognos 2025", or a year over New Year ("2024/25": the year it starts in, the one a question "läsåret 2024/25"
    names first).
    `remark`: a year with a remark in parentheses is one too ("2024 (Skattehöjning med 25 öre)"; of the kind the
    remark opens with: "2025 (Budget, utfall saknas)")."""
    text = clean(label)
    match = ROW_YEAR.match(text)
    split = SPLIT_YEAR.match(text)
    if split is not None and int(split.group(2)) % 100 == (int(split.group(1)) + 1) % 100:
        return Column(label=text, year=int(split.group(1)), kind="")  # named by the year it starts in, as asked
    kind_first = KIND_YEAR.match(text)
    named = kind_named(kind_first.group(1).lower()) if kind_first is not None else None
    if kind_first is not None and named is not None:
        return Column(label=text, year=int(kind_first.group(2)), kind=named)
    if match is None:
        remarked = REMARKED_YEAR.match(text) if remark else None
        if remarked is None:
            return None
        first = re.split(r"[\s,.;:]+", remarked.group(2).strip().lower())[0]
        return Column(label=text, year=int(remarked.group(1)), kind=kind_named(first) or "")
    word = (match.group(2) or "").lower()
    if word and kind_named(word) is None:
        return None
    return Column(label=text, year=int(match.group(1)), kind=kind_named(word) or "")


def _texts(line: str) -> list[str]:
    """A line's cells: every cell of a pipe or tab row (an empty one holds no figure that year), the written
    cells of a space-aligned line."""
    cells = split_line(line)
    return list(cells.texts) if cells.layout != "space" else [t for t in cells.texts if t]


def _kind_row(line: str) -> str | None:
    """The column kind a row naming only a kind states ("Utfall", "| Budget |  |  |"): the kind of the year lines
    under it; None for any other line."""
    texts = _texts(line)
    if not texts or not texts[0] or any(t for t in texts[1:]):
        return None
    return kind_named(clean(texts[0]))


def _year_line(line: str, width: int, lead: int = 1) -> tuple[Column, tuple[str, ...]] | None:
    """A line of a year (its label cell last of `lead` cells: "2024", or a kind before it: "Utfall | 2021") and a
    figure, or an empty cell, under each of `width` measures."""
    texts = _texts(line)
    figures = [FIGURE.match(t) is not None for t in texts[lead:]]
    if len(texts) != width + lead or not any(figures) or \
            not all(f or t in EMPTY_CELL for f, t in zip(figures, texts[lead:])):  # "–": no figure that year
        return None
    if lead == 2:  # a kind cell before the year: "Utfall | 2021", "Budget | 2025"
        kind = kind_named(texts[0])
        column = year_column(texts[1]) if kind is not None else None
        column = replace(column, label=f"{texts[0]} {texts[1]}", kind=kind) if column is not None else None
    else:
        column = year_column(texts[0], remark=True)
    return (column, tuple(texts[lead:])) if column is not None else None


def _measures(texts: tuple[str, ...], width: int, cells: bool = False) -> tuple[str, tuple[str, ...], int] | None:
    """The stub, the measure labels of a header line of `width` figures and how many cells lead each year line
    (the year's, or a kind's and the year's: "Typ | År"), or None when it holds a figure or a year. A label longer
    than 40 characters is prose set apart by wide gaps, unless the line is a row of cells (`cells`: a pipe table's,
    "Kostnad per brukare i särskilt boende, kr")."""
    labels = [t for t in texts if t]
    if any(FIGURE.match(t) or YEAR.search(t) or (len(t) > 40 and not cells) for t in labels):
        return None
    if len(labels) == width + 2 and len(texts) == len(labels):
        return " ".join(labels[:2]), tuple(labels[2:]), 2
    if len(labels) == width + 1:
        return labels[0], tuple(labels[1:]), 1
    return ("", tuple(labels), 1) if len(labels) == width else None


def find_transposed(lines: list[str], i: int) -> Transposed | None:
    """A header at line i (one line, or two wrapped) of labels without figures, followed by at least two lines of
    a year and one figure under each label, the years rising: a table to be read with the years as columns."""
    for size in (1, 2):
        if i + size >= len(lines) or any(not lines[k].strip() or is_separator(lines[k]) for k in range(i, i + size)):
            return None
        group = [split_line(lines[k]) for k in range(i, i + size)]
        joined = join_lines(group) if size > 1 else (group[0].texts, group[0].spans)
        below = i + size + (1 if is_separator(lines[i + size]) else 0)  # a markdown header's |---|---|
        first = below
        while first < len(lines) and _kind_row(lines[first]):
            first += 1  # "Utfall" over the years of outcome: the first year line gives the width
        probe = _texts(lines[first]) if first < len(lines) else []
        if joined is None or len(probe) < 2:
            continue
        for lead in (1, 2):
            header = _measures(joined[0], len(probe) - lead, cells=all(g.layout == "pipe" for g in group))
            if header is None or header[2] != lead:
                continue
            found = _year_lines(lines, below, len(header[1]), lead)
            if found is not None:
                years, cells, end = found
                return Transposed(header[0], header[1], years, cells, i, end)
    return None


def _rises(last: Column, column: Column, kinds: bool) -> bool:
    """The next year line's year is later, or, where a kind column names each line's kind, the same year of
    another kind ("Budget 2024" after "Prognos 2024")."""
    return column.year > last.year or (kinds and column.year == last.year and column.kind != last.kind)  # type: ignore[operator]


def _year_lines(lines: list[str], k: int, width: int, lead: int = 1
                ) -> tuple[tuple[Column, ...], tuple[tuple[str, ...], ...], int] | None:
    """The year lines from k, the years rising; at least two of them name a year alone or with its kind (a year
    with a remark is one among such years, not a list of numbered items: "2001 (Gator, KS)")."""
    years: list[Column] = []
    cells: list[tuple[str, ...]] = []
    section = None  # the kind a label-only row names for the year lines under it ("Utfall", then "Budget")
    plain = 0  # year lines naming a year alone or with its kind (not a remark)
    while k < len(lines):
        named = _kind_row(lines[k]) if lead == 1 else None
        if named is not None:
            section = named
            k += 1
            continue
        parsed = _year_line(lines[k], width, lead)
        alone = parsed is not None and (lead == 2 or year_column(parsed[0].label) is not None)
        if parsed is not None and section is not None and not parsed[0].kind:
            parsed = (replace(parsed[0], label=f"{section} {parsed[0].label}", kind=section), parsed[1])
        if parsed is None or (years and not _rises(years[-1], parsed[0], lead == 2 or section is not None)):
            break
        plain += alone
        years.append(parsed[0])
        cells.append(parsed[1])
        k += 1
    return (tuple(years), tuple(cells), k) if plain >= 2 else None
