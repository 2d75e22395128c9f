"""Calculator answers as a table of their input cells and, where it reads faster, a bar chart.

Built only from `Calculation.inputs`: the UI never computes a figure of its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from core.types import Calculation


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


CHANGE_OPERATIONS = frozenset({"change", "percent_change", "difference"})


@dataclass(frozen=True, slots=True)
class ChartData:
    """What to draw: x categories in input order, optional series (colour), one unit.

    `kind` picks the picture: "change" (a difference or a change between years: points on a line, the
    axis fitted to the values so the change is visible), "compare" (several items in one column:
    horizontal bars from 0, labels on the side so they never overlap), "grid" (several items across
    several columns: one line per item).
    """

    x_title: str
    unit: str
    points: tuple[tuple[str, str | None, float], ...]  # (x, series, value)
    kind: str = "compare"


def chart_data(calc: Calculation | None) -> ChartData | None:
    """A chart for a row across years (x = column) or several rows (x = label); None when it adds nothing.

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
    change = calc.operation in CHANGE_OPERATIONS
    if len(labels) == 1:
        points = tuple((item.column, None, float(item.value)) for item in calc.inputs)
        x_title, kind = labels[0], "change" if change or len(columns) >= 2 else "compare"
    elif len(columns) == 1:
        points = tuple((item.label, None, float(item.value)) for item in calc.inputs)
        x_title, kind = columns[0], "change" if change else "compare"
    else:
        points = tuple((item.column, item.label, float(item.value)) for item in calc.inputs)
        x_title, kind = "", "grid"
    unique = tuple(dict.fromkeys(points))
    return ChartData(x_title=x_title, unit=calc.inputs[0].unit, points=unique, kind=kind)


def chart_alt(data: ChartData, lang: str = "sv") -> str:
    """A text equivalent of the chart for screen readers."""
    heads = {"compare": ("Stapeldiagram", "Bar chart")}
    head = heads.get(data.kind, ("Linjediagram", "Line chart"))[0 if lang == "sv" else 1]
    parts = [" ".join(p for p in (series, x) if p) + f": {format_number(Decimal(str(value)).normalize(), lang)} {data.unit}"
             for x, series, value in data.points]
    title = f" ({data.x_title})" if data.x_title else ""
    return f"{head}{title}: " + "; ".join(parts)


_SV_THOUSANDS = "replace(format(datum.value, ',.0f'), regexp(',', 'g'), '\u00a0')"
LABEL_LIMIT = 150  # pixels of an item's name beside its bar; the full name is in the tooltip
NOT_FROM_ZERO = {"sv": "Axeln börjar inte vid 0: skillnaden syns tydligare", "en": "The axis does not start at 0, "
                 "so the difference shows"}


def altair_chart(data: ChartData, y_title: str, lang: str = "sv"):  # -> alt.Chart; altair is imported lazily
    import altair as alt
    import pandas as pd

    frame = pd.DataFrame([
        {"x": x, "serie": series or "", "value": value,
         "etikett": format_number(Decimal(str(value)).normalize(), lang)}
        for x, series, value in data.points
    ])
    order = list(dict.fromkeys(frame["x"]))
    axis_format = {"labelExpr": _SV_THOUSANDS} if lang == "sv" else {"format": ",.0f"}
    value_title = f"{y_title} ({data.unit})"
    tooltip = [alt.Tooltip("x:N", title=" "), alt.Tooltip("etikett:N", title=data.unit)]
    if data.kind == "compare":  # one row per item: its name above its bar, so names never run into each other
        top = float(frame["value"].max())
        bottom = min(0.0, float(frame["value"].min()))
        scale = alt.Scale(domain=[bottom, top * 1.35], nice=False)  # room for the value after the longest bar
        base = alt.Chart(frame).encode(y=alt.Y("x:N", sort=order, axis=None, title=None), tooltip=tooltip)
        bars = base.mark_bar(height=14, yOffset=9, cornerRadiusTopRight=3, cornerRadiusBottomRight=3).encode(
            x=alt.X("value:Q", title=value_title, scale=scale, axis=alt.Axis(tickCount=3, grid=False, **axis_format)))
        names = base.mark_text(align="left", baseline="bottom", x=0, dy=-1, fontSize=12, limit=600).encode(text="x:N")
        values = base.mark_text(align="left", baseline="middle", dx=4, yOffset=9, fontSize=12).encode(
            x=alt.X("value:Q", scale=scale), text="etikett:N")
        title = alt.TitleParams(text=data.x_title, anchor="start", fontSize=12, fontWeight="normal") if data.x_title else ""
        return (bars + names + values).properties(height=alt.Step(46), title=title)
    # a change: points joined by a line on an axis fitted to the values, said in the subtitle
    series = bool(frame["serie"].astype(bool).any())
    encoding = {
        "x": alt.X("x:N", sort=order, title=data.x_title or None,
                   axis=alt.Axis(labelAngle=0, labelLimit=110, labelFontSize=12), scale=alt.Scale(padding=0.6)),
        "y": alt.Y("value:Q", title=value_title, scale=alt.Scale(zero=False, nice=True, padding=28),
                   axis=alt.Axis(tickCount=4, **axis_format)),
        "tooltip": tooltip if not series else [alt.Tooltip("serie:N", title=" ")] + tooltip,
    }
    if series:
        encoding["color"] = alt.Color("serie:N", title=None, sort=list(dict.fromkeys(frame["serie"])),
                                      legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=320))
    base = alt.Chart(frame).encode(**encoding)
    layers = base.mark_line(strokeWidth=2) + base.mark_point(filled=True, size=90)
    if not series:  # with several lines the value labels could collide: the table above has them
        layers += base.mark_text(dy=-14, fontSize=12, fontWeight="bold").encode(text="etikett:N")
    title = alt.TitleParams(text=NOT_FROM_ZERO.get(lang, NOT_FROM_ZERO["sv"]), anchor="start", fontSize=11,
                            fontWeight="normal", color="#6a737d")
    return layers.properties(height=240, title=title)
