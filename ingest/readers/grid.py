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
    rows = [_spanning_label(r) for r in ([r[i] for i in used] for r in rows)]
    titles: list[str] = []
    while len(rows) > 2 and _is_title_row(rows[0], rows[1]):  # "Driftsredovisning (mnkr)" merged over the header
        titles.append(rows.pop(0)[0])
        header_rows = max(header_rows - 1, 0)
    if titles:
        return titles + [""] + grid_lines(rows, header_rows)
    depth = _header_depth(rows, header_rows or 1)
    head = _spread_groups(rows[:depth])
    if header_rows or _labels_columns([_joined(head)] + rows[depth:]):  # a sheet's first rows of column labels
        header_rows = depth
        rows[:depth] = head
    head, body = rows[:header_rows], rows[header_rows:]
    header = _joined(head) if head else None
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
            if group and not label:  # "Summa Kommunstyrelsen" with no activity beside it: a row of its own
                current = ""
                out.append([group] + r[2:])
                continue
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


def _joined(head: list[list[str]]) -> list[str]:
    """Header rows joined column by column ("2024" over "Budget": "2024 Budget"; a label repeated down once)."""
    return [" ".join(dict.fromkeys(r[i] for r in head if r[i])) for i in range(len(head[0]))]


def _spanning_label(row: list[str]) -> list[str]:
    """A row of one text merged over the whole width (a section's name: HTML colspan, a Word merge, both
    repeated into every cell) is that text once, in the label column."""
    if len(row) > 1 and row[0] and all(c == row[0] for c in row) and not _is_number(row[0]):
        return [row[0]] + [""] * (len(row) - 1)
    return row


def _is_title_row(row: list[str], below: list[str]) -> bool:
    """A text alone in the first cell of a row (merged over the table) above a row of two labels or more and no
    figure (years are labels): the table's title or unit caption, written inside the table."""
    return len(row) > 1 and bool(row[0]) and not any(row[1:]) and not _is_number(row[0]) and \
        len([c for c in below if c]) >= 2 and not any(_is_number(c) and not parse_column(c) for c in below)


def _header_depth(rows: list[list[str]], depth: int) -> int:
    """The header's rows: the given ones, and each next row without figures (years are labels) that splits
    the row above: it labels a column the header left blank, gives distinct labels under one label repeated
    over columns (a group "2024" merged over "Utfall jan–aug | Budget | Prognos"), or gives the years of
    labels that had none ("Budget | Plan" over "2025 | 2026": a header wrapped over two lines)."""
    while depth < len(rows) - 1:
        above, row = rows[depth - 1], rows[depth]
        if any(_is_number(c) and not parse_column(c) for c in row) or len({c for c in row if c}) < 2:
            break
        fills = any(c and not a for a, c in zip(above[1:], row[1:]))
        splits = any(above[i] and above[i] == above[i + 1] and row[i] and row[i + 1] and row[i] != row[i + 1]
                     for i in range(1, len(row) - 1))
        dates = all(parse_column(c) and parse_column(c).year for c in row[1:] if c) and not any(
            parse_column(a) and parse_column(a).year for a, c in zip(above[1:], row[1:]) if c)
        if not (fills or splits or dates):
            break
        depth += 1
    return depth


def _spread_groups(head: list[list[str]]) -> list[list[str]]:
    """A group label over several columns written once (a spreadsheet's merged cell read as its first cell:
    "2024 | | " over "Utfall | Budget | Prognos") goes to the blank cells right of it that the rows below label."""
    out = [list(r) for r in head]
    for n, upper in enumerate(out[:-1]):
        below = out[n + 1:]
        for i in range(2, len(upper)):
            if not upper[i] and upper[i - 1] and any(r[i] for r in below) and any(r[i - 1] for r in below):
                upper[i] = upper[i - 1]
    return out


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
