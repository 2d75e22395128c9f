"""Calculator answers as a table of their input cells and, where it reads faster, a bar chart.

Built only from `Calculation.inputs`: the UI never computes a figure of its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from assistant.types import Calculation


def format_number(value: Decimal, lang: str = "sv") -> str:
    """205172 -> "205 172" (sv) or "205,172" (en); decimals keep their digits ("3,9" / "3.9")."""
    sign = "-" if value < 0 else ""
    digits = format(abs(value), "f")
    whole, _, frac = digits.partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    sep, point = (",", ".") if lang == "en" else (" ", ",")
    return sign + sep.join(groups or ["0"]) + (point + frac if frac else "")


def input_rows(calc: Calculation, lang: str, headers: dict[str, str]) -> list[dict[str, str]]:
    """One row per input cell: label, column, value (formatted as written), unit, source marker."""
    return [
        {
            headers["label"]: item.label,
            headers["column"]: item.column,
            headers["value"]: format_number(item.value, lang),
            headers["unit"]: item.unit,
            headers["source"]: f"[{item.citation}]" if item.citation is not None else "",
        }
        for item in calc.inputs
    ]


@dataclass(frozen=True, slots=True)
class ChartData:
    """Bars to draw: x categories in input order, optional series (colour), one unit."""

    x_title: str
    unit: str
    points: tuple[tuple[str, str | None, float], ...]  # (x, series, value)


def chart_data(calc: Calculation | None) -> ChartData | None:
    """Bars for a row across years (x = column) or several rows (x = label); None when a chart adds nothing.

    Needs at least two input cells in one unit, differing in label or column.
    """
    if calc is None or len(calc.inputs) < 2:
        return None
    if len({item.unit for item in calc.inputs}) != 1:
        return None
    labels = list(dict.fromkeys(item.label for item in calc.inputs))
    columns = list(dict.fromkeys(item.column for item in calc.inputs))
    cells = {(item.label, item.column) for item in calc.inputs}
    if len(cells) < 2:
        return None
    if len(labels) == 1:
        points = tuple((item.column, None, float(item.value)) for item in calc.inputs)
        x_title = labels[0]
    elif len(columns) == 1:
        points = tuple((item.label, None, float(item.value)) for item in calc.inputs)
        x_title = columns[0]
    else:
        points = tuple((item.column, item.label, float(item.value)) for item in calc.inputs)
        x_title = ""
    unique = tuple(dict.fromkeys(points))
    return ChartData(x_title=x_title, unit=calc.inputs[0].unit, points=unique)


def chart_alt(data: ChartData, lang: str = "sv") -> str:
    """A text equivalent of the chart for screen readers."""
    head = "Stapeldiagram" if lang == "sv" else "Bar chart"
    parts = [" ".join(p for p in (series, x) if p) + f": {format_number(Decimal(str(value)).normalize(), lang)} {data.unit}"
             for x, series, value in data.points]
    title = f" ({data.x_title})" if data.x_title else ""
    return f"{head}{title}: " + "; ".join(parts)


_SV_THOUSANDS = "replace(format(datum.value, ',.0f'), regexp(',', 'g'), '\u00a0')"


def altair_chart(data: ChartData, y_title: str, lang: str = "sv"):  # -> alt.Chart; altair is imported lazily
    import altair as alt
    import pandas as pd

    frame = pd.DataFrame([
        {"x": x, "serie": series or "", "value": value,
         "etikett": format_number(Decimal(str(value)).normalize(), lang)}
        for x, series, value in data.points
    ])
    order = list(dict.fromkeys(frame["x"]))
    axis = alt.Axis(labelExpr=_SV_THOUSANDS) if lang == "sv" else alt.Axis(format=",.0f")
    encoding = {
        "x": alt.X("x:N", sort=order, title=data.x_title or None, axis=alt.Axis(labelAngle=0, labelLimit=180)),
        "y": alt.Y("value:Q", title=f"{y_title} ({data.unit})", axis=axis),
        "tooltip": [alt.Tooltip("x:N", title=" "), alt.Tooltip("etikett:N", title=data.unit)],
    }
    series = frame["serie"].astype(bool).any()
    if series:
        encoding["color"] = alt.Color("serie:N", title=None, legend=alt.Legend(orient="bottom"))
        encoding["xOffset"] = alt.XOffset("serie:N")
    base = alt.Chart(frame).encode(**encoding)
    bar_style = {"cornerRadiusTopLeft": 3, "cornerRadiusTopRight": 3}
    if not series:
        bar_style["size"] = 56  # thin bars read as a comparison, not as a wall
    bars = base.mark_bar(**bar_style)
    labels = base.mark_text(dy=-7, fontSize=12).encode(text="etikett:N")
    return (bars + labels).properties(height=260)
