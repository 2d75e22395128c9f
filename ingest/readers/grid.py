"""A table as a grid of cell texts (merged cells already repeated) -> markdown pipe lines."""
from __future__ import annotations

import re

from assistant.budget.tables import parse_value

INDENT = "&nbsp;&nbsp;"


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
    beside the row label are folded in: a first column whose cells repeat down consecutive rows (an HTML
    rowspan row group such as "Välfärd") becomes section rows above indented rows; other text columns join
    the label in parentheses ("Ny förskola i Kesberg (Familjenämnden)")."""
    width = max((len(r) for r in grid), default=0)
    rows = [[_cell(c) for c in r] + [""] * (width - len(r)) for r in grid]
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    used = [i for i in range(width) if any(r[i] for r in rows)]
    rows = [[r[i] for i in used] for r in rows]
    head, body = rows[:header_rows], rows[header_rows:]
    header = [" ".join(dict.fromkeys(r[i] for r in head if r[i])) for i in range(len(used))] if head else None
    texts = [k for k in range(1, len(used)) if body and all(not _is_number(r[k]) for r in body)
             and any(r[k] for r in body) and any(_is_number(r[j]) for r in body for j in range(len(used)))]
    out: list[list[str]] = []
    keep = [k for k in range(len(used)) if k not in texts]
    if texts == [1] and _repeats(body):
        if header:
            header = header[1:]
        current = ""
        for r in body:
            group, label = r[0], r[1]
            if group and group != label and group != current:
                out.append([group] + [""] * (len(r) - 2))
                current = group
            if group == label or not group:
                current = ""
                out.append(r[1:])
            else:
                out.append([INDENT + label] + r[2:])
    else:
        if header:
            header = [header[k] for k in keep]
        for r in body:
            extra = ", ".join(r[k] for k in texts if r[k])
            out.append([f"{r[0]} ({extra})" if extra and r[0] else r[0] or extra] + [r[k] for k in keep[1:]])
    lines = ["| " + " | ".join(r) + " |" for r in ([header] if header else []) + out]
    if header:
        lines.insert(1, "|" + "---|" * len(header))
    return lines


def _repeats(body: list[list[str]]) -> bool:
    """The first column holds a value over two consecutive rows (an expanded rowspan)."""
    return any(a[0] and a[0] == b[0] and a[1] != b[1] for a, b in zip(body, body[1:]))


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
