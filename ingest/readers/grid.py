"""A table as a grid of cell texts (merged cells already repeated) -> markdown pipe lines."""
from __future__ import annotations

import re

from assistant.budget.tables import parse_column, parse_value

INDENT = "\u00a0\u00a0"  # no-break spaces: an indent the table reader counts, no markup in a quoted row


def _is_number(text: str) -> bool:
    try:
        return parse_value(text) is not None
    except ValueError:
        return False


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "/").split())


def grid_lines(grid: list[list[str]], header_rows: int = 0) -> list[str]:
    """Pipe lines of a grid. The first `header_rows` rows are joined column by column into one header
    (a label over two columns goes to both, a label merged over rows is kept once). Text columns of the body
    beside the row label are folded in: of two text columns, the one whose values repeat down consecutive rows
    and group the other (an HTML rowspan "Välfärd", a "Nämnd" column beside projects) becomes section rows
    above indented rows; other text columns join the label in parentheses."""
    width = max((len(r) for r in grid), default=0)
    rows = [[_cell(c) for c in r] + [""] * (width - len(r)) for r in grid]
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    used = [i for i in range(width) if any(r[i] for r in rows)]
    rows = [[r[i] for i in used] for r in rows]
    if not header_rows and _labels_columns(rows):
        header_rows = 1  # a sheet's first row of column labels
    head, body = rows[:header_rows], rows[header_rows:]
    header = [" ".join(dict.fromkeys(r[i] for r in head if r[i])) for i in range(len(used))] if head else None
    texts = [k for k in range(1, len(used)) if body and all(not _is_number(r[k]) for r in body)
             and any(r[k] for r in body) and any(_is_number(r[j]) for r in body for j in range(len(used)))]
    out: list[list[str]] = []
    keep = [k for k in range(len(used)) if k not in texts]
    group_col = _group_column(body) if texts == [1] else None
    if group_col is not None:
        label_col = 1 - group_col
        if header:
            header = [header[label_col]] + header[2:]
        current = ""
        for r in body:
            group, label = r[group_col], r[label_col]
            r = [label, label] + r[2:]
            if group and group != label and group != current:
                out.append([group] + [""] * (len(r) - 2))
                current = group
            if group == label or not group:
                current = ""
                out.append(r[1:])
            else:
                out.append([INDENT + label] + r[2:])
    else:
        # a column of units ("Enhet": st, %, timmar) goes last: the row's figures follow its label as written,
        # and the table reader joins the unit to the row as its attribute
        units = [k for k in texts if _units(body, k)]
        texts = [k for k in texts if k not in units]
        if header:
            header = [header[k] for k in keep] + [header[k] for k in units]
        for r in body:
            extra = ", ".join(r[k] for k in texts if r[k])
            out.append([f"{r[0]} ({extra})" if extra and r[0] else r[0] or extra] + [r[k] for k in keep[1:]]
                       + [r[k] for k in units])
    lines = ["| " + " | ".join(r) + " |" for r in ([header] if header else []) + out]
    if header:
        lines.insert(1, "|" + "---|" * len(header))
    return lines


def _labels_columns(rows: list[list[str]]) -> bool:
    """The first row labels the columns: no figure in it (a bare year "2021" is a label), and either a year in
    it or a label over every column that has figures below it ("Förening | Aktivitetsbidrag | Totalt")."""
    first, body = rows[0], rows[1:]
    if any(_is_number(c) and not parse_column(c) for c in first):
        return False
    if any(parse_column(c) for c in first):
        return True
    figures = [i for i in range(1, len(first)) if any(_is_number(r[i]) for r in body)]
    return bool(figures) and all(first[i] for i in range(1, len(first)))


def _group_column(body: list[list[str]]) -> int | None:
    """Of the first two (text) columns, the one that groups the other: fewer distinct values, one of them
    over two consecutive rows (an HTML rowspan "Välfärd", a "Nämnd" column beside projects); None if neither."""
    def distinct(k: int) -> int:
        return len({r[k] for r in body if r[k]})

    def repeats(k: int) -> bool:
        return any(a[k] and a[k] == b[k] and a[1 - k] != b[1 - k] for a, b in zip(body, body[1:]))

    for k in (0, 1):
        if repeats(k) and distinct(k) < distinct(1 - k) and not _units(body, k):
            return k
    return None


def _units(body: list[list[str]], k: int) -> bool:
    """The column names each row's unit ("st", "%", "timmar", "kr"): an attribute of the row, not a group."""
    from assistant.budget.units import measure_not_money, unit_in

    values = {r[k] for r in body if r[k]}
    return bool(values) and all(len(v.split()) == 1 and (unit_in(v) is not None or measure_not_money(v) is not None)
                                for v in values)  # a unit is a word: "Andel elever ..., %" is a description


def decimal_text(value: float | int) -> str:
    """A spreadsheet number written the Swedish way: 2421049, -26,1 (shortest exact decimal, comma)."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    text = repr(float(value))
    if "e" in text:
        text = f"{value:.10f}".rstrip("0")
    return re.sub(r"\.", ",", text)
