"""Plain words for the calculator's answers: an amount as a person says it ("209,6 miljoner kronor"), a row
as a subject ("Socialnämnden", "kommunbidragen totalt" for "Summa kommunbidrag"), a column as a year.

The phrases per table kind are data (assistant/data/answer_phrases.json); this module only fills them in.

    human_amount(Decimal(209559), Unit.TKR, "sv") -> "209,6 miljoner kronor"
    subject_of(cell, table) -> Subject("Socialnämnden", total=False, whole=False)
    say_amount(subject, table, "sv", "209,6 miljoner kronor 2022 (209 559 tkr)") -> "Socialnämnden får 209,6 ..."
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from assistant.budget.columns import family
from assistant.budget.matching import stems, table_kind_of
from assistant.budget.numbers import format_number, format_value
from assistant.budget.records import Cell, Column, Row, Table
from assistant.budget.units import Unit

# (kronor at least, Swedish word, English word): the largest that fits is used, with one decimal
SCALES = ((Decimal(10) ** 9, "miljarder kronor", "billion"), (Decimal(10) ** 6, "miljoner kronor", "million"))
SINGULAR = {"miljarder kronor": "miljard kronor", "miljoner kronor": "miljon kronor"}
TOTAL_WORD = re.compile(r"^(summa|totalt|total|sammanlagt|s:a)\b[\s:]*", re.I)
LONG_LABEL_WORDS = 4  # longer labels are not put in the genitive ("Investeringarna för ...")


@dataclass(frozen=True, slots=True)
class Subject:
    """Who or what a figure belongs to. `whole`: the table's own total (said with the table's measure);
    `total`: a section's total ("Summa familjenämnd" -> "Familjenämnd", said with "totalt")."""

    name: str
    total: bool = False
    whole: bool = False
    several: bool = False  # "A och B": never put in the genitive

    @property
    def plain(self) -> bool:
        """Said without a genitive: several rows, or a label too long to inflect."""
        return self.several or len(self.name.split()) > LONG_LABEL_WORDS


@lru_cache(maxsize=1)
def phrases() -> dict:
    text = resources.files("assistant.data").joinpath("answer_phrases.json").read_text(encoding="utf-8")
    return json.loads(text)


def _kind(table: Table, columns: Sequence[Column] = ()) -> dict:
    """The phrases of the table's kind; when the kind's phrases say what its figures are for ("får": a budget's
    allocation) and a figure said is of another kind of column (an outcome), the phrases of that kind of column
    (`columns` in answer_phrases.json), else the default ones. A deviation is always said as one."""
    data = phrases()
    words = data["kinds"].get(table_kind_of(table) or "", data["default"])
    allowed = words.get("columns")
    said = {family(c.kind) for c in columns}
    fits = allowed is None or not any(kind not in allowed for kind in said)
    own = data.get("columns", {}).get(said.pop()) if len(said) == 1 else None
    if own is not None and (own["always"] or not fits):  # "Socialnämndens avvikelse mot budget är ..."
        return own
    return words if fits else data["default"]


def scaled_words(number: str, scale: Decimal, lang: str) -> str:
    """A formatted number said in a scale: ("209,6", 10**6, "sv") -> "209,6 miljoner kronor"."""
    for size, sv, en in SCALES:
        if scale == size:
            if lang == "en":
                return f"SEK {number} {en}"
            return f"{number} {SINGULAR[sv]}" if number == "1" else f"{number} {sv}"
    return f"{number} kronor" if lang == "sv" else f"SEK {number}"


def _scale(kronor: Decimal) -> Decimal:
    return next((size for size, _, _ in SCALES if abs(kronor) >= size), Decimal(1))


def human_amount(value: Decimal, unit: Unit, lang: str) -> str:
    """Money in the words a person uses: "209,6 miljoner kronor", "2,2 miljarder kronor", "407 000 kronor";
    English "SEK 209.6 million". Percent and other units as formatted."""
    if not unit.is_money:
        return format_value(value, unit, lang)
    kronor = value * unit.factor
    scale = _scale(kronor)
    scaled = kronor / scale
    whole = scaled == scaled.to_integral_value()
    places = 0 if whole else (1 if scale > 1 else 2)
    return scaled_words(format_number(scaled, places, lang), scale, lang)


def amount_words(value: Decimal, unit: Unit, lang: str, exact: str) -> tuple[str, str]:
    """(the amount in words, the exact figure to put beside it, or "" when the words already hold it:
    a table in mnkr says "163,0 miljoner kronor" with its own decimals)."""
    if not unit.is_money:
        return exact, ""
    if unit.factor == _scale(value * unit.factor):  # the table's unit is the spoken one: its figure as written
        number = exact.rsplit(" ", 1)[0] if lang == "sv" else exact.split(" ", 1)[0]
        return scaled_words(number, unit.factor, lang), ""
    return human_amount(value, unit, lang), exact


def when(column: Column, lang: str) -> str:
    """ "2022" / "in 2022"; a column without a year by its label: "i kolumnen Totalt"."""
    if column.year is not None:
        return column.year_said if lang == "sv" else f"in {column.year_said}"
    return f"i kolumnen {column.label}" if lang == "sv" else f"in the column {column.label}"


def span(columns: list[Column], lang: str) -> str:
    """The years of several columns: "2021–2023", "2021 och 2023", "i kolumnen Totalt"."""
    said = {c.year: c.year_said for c in columns if c.year is not None}
    years = [said[y] for y in sorted(said)]
    if len(years) <= 1:
        return when(columns[0], lang)
    text = f"{years[0]}–{years[-1]}" if len(years) > 2 else f"{years[0]} {'och' if lang == 'sv' else 'and'} {years[1]}"
    return text if lang == "sv" else f"in {text}"


def _row_of(cell: Cell, table: Table) -> Row | None:
    rows = [r for r in table.rows if r.label == cell.row_label]
    return next((r for r in rows if r.source.start == cell.source.start), rows[0] if rows else None)


def subject_of(cell: Cell, table: Table) -> Subject:
    """The row as a person names it: a "Summa ..." or "Totalt" row is the total of its section, or of the
    whole table when it has no section or its label only repeats what the table measures."""
    if not cell.is_total or not TOTAL_WORD.match(cell.row_label):
        return Subject(cell.row_label)  # "Årets resultat", "Finansnetto": a result, not a sum said as one
    row = _row_of(cell, table)
    rest = TOTAL_WORD.sub("", cell.row_label).strip(" :")
    measure = {stems(w) for w in _kind(table).get("measure", [])}
    if row is not None and row.sections and (not rest or stems(rest) == stems(row.sections[-1])):
        return Subject(row.sections[-1], total=True)
    if not rest or stems(rest) in measure:  # the table's name without what its brackets explain
        return Subject(rest or re.sub(r"\s*\([^()]*\)$", "", table.title) or table.title, total=True, whole=True)
    return Subject(rest[0].upper() + rest[1:], total=True)


def genitive(name: str) -> str:
    """"Socialnämndens"; a name with its attribute after it ("Fordon (KS)") takes the ending on the name."""
    attribute = re.search(r"\s\([^()]*\)$", name)
    if attribute and attribute.start():
        return genitive(name[:attribute.start()]) + name[attribute.start():]
    return name if name[-1:] in "sxz" else name + "s"


def names_measure(name: str, words: dict) -> bool:
    """The row's name says the measure the kind's phrases add to it ("Totala investeringar" of an investment
    table): said as it is, not "Totala investeringars investeringar"."""
    measure = re.match(r"\{row_gen\}\s+([^\W\d_]+)", words.get("subject", ""))
    return measure is not None and stems(measure.group(1))[0] in stems(name)


def _fill(template: str, subject: Subject, amount: str = "") -> str:
    return template.format(row=subject.name, row_gen=genitive(subject.name), amount=amount)


def say_amount(subject: Subject, table: Table, lang: str, amount: str, adverb: str | None = None,
               columns: Sequence[Column] = ()) -> str:
    """A sentence (without its full stop) giving the subject's amount: "Socialnämnden får 209,6 miljoner
    kronor 2022 (209 559 tkr)". `adverb` ("tillsammans", "i genomsnitt") goes before the amount; a total
    gets "totalt"/"in total" unless an adverb is given. `columns`: those of the figures said (see _kind)."""
    words = _kind(table, columns)[lang]
    if adverb is None and subject.total and not (subject.whole and lang == "en"):  # "Total investments are"
        adverb = "totalt" if lang == "sv" else "in total"
    amount = f"{adverb} {amount}" if adverb else amount
    if subject.whole:
        template = words["whole_lookup"]
    elif subject.several and "lookup_several" in words:
        template = words["lookup_several"]
    elif subject.several and lang == "en":
        template = phrases()["default"][lang]["lookup_several"]
    elif (subject.plain or names_measure(subject.name, words)) and "{row_gen}" in words["lookup"]:
        template = phrases()["default"][lang]["lookup"]
    else:
        template = words["lookup"]
    return capitalise(_fill(template, subject, amount))


def noun_phrase(subject: Subject, table: Table, lang: str, columns: Sequence[Column] = ()) -> str:
    """The subject's figure as a noun phrase: "Socialnämndens kommunbidrag", "kommunbidragen totalt"."""
    words = _kind(table, columns)[lang]
    if subject.whole:
        return _fill(words["whole_subject"], subject)
    if (subject.plain or names_measure(subject.name, words)) and "{row_gen}" in words["subject"]:
        return subject.name
    text = _fill(words["subject"], subject)
    return text + (" totalt" if lang == "sv" else " in total") if subject.total else text


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" och " if lang == "sv" else " and ") + items[-1]
