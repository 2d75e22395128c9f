"""What a calculator answer assumed, said in one short line after the answer, and its notes, each once.

    basis_line(outcome, "sv", 2020)
    -> "Underlag: driftsbudgeten (frågan nämner ingen tabell), Plan 2022."
    -> "Underlag: resultatbudgeten, Plan 2023; tabellen Resultatbudget anger mnkr, men beloppen är i tkr."

The line is built from the outcome's interpretation codes (selection.py and execute.py write them: "kind",
"year:2021", "span:2021:2023", "all:2021:2023", "from:2021", "doc:<path>", "rel:<words>:<year>", "latest:<words>:<year>",
"without:<row>|<row>", "across:<title>") and from the
table's stated and effective units.
"""
from __future__ import annotations

from assistant.budget.execute import Outcome, format_amount, decimals_of, table_name
from assistant.budget.phrasing import join

LEAD = {"sv": "Underlag: ", "en": "Based on: "}
WHY = {  # why the columns are these, by interpretation code
    "year": ("frågan anger inget år", "the question states no year"),
    "span": ("frågan anger inga år: tabellens första och sista", "the question states no years: the table's first "
             "and last"),
    "all": ("frågan anger inget år: alla år i tabellen", "the question states no year: all years in the table"),
    "from": ("året före jämförs", "compared with the year before"),
}


def basis_line(o: Outcome, lang: str, doc_year: int | None, marks: str = "") -> str:
    """One sentence: the table, the columns (`marks` after them: the markers citing the header lines that name
    them), and any reading of the question or the table's unit."""
    sv = lang == "sv"
    codes = [code.split(":") for code in o.interpretation]
    kinds = {code[0] for code in codes}
    table = table_name(o.table, lang)
    if not sv:
        table = f"the {table}"
    remarks = []
    for code in codes:
        if code[0] == "doc":
            path = ":".join(code[1:])
            title = next((c.source.title for c in o.cells if c.source.doc_path == path), path)
            table += f" i {title}" if sv else f" in {title}"
            remarks.append("flera dokument har en sådan tabell" if sv else "several documents have such a table")
    if "kind" in kinds:
        remarks.append("frågan nämner ingen tabell" if sv else "the question names no table")
    if remarks:
        table += f" ({'; '.join(remarks)})"
    columns = _columns(o, lang)
    # a table of one year needs no year from the question: "frågan anger inget år" would say nothing
    why = [WHY[k][0 if sv else 1] for k in WHY if k in kinds and (len(set(o.table.years)) > 1 or k == "from")]
    if why:
        columns += f" ({'; '.join(why)})"
    clauses = [f"{table}, {columns}" if columns else table]
    for code in codes:
        if code[0] == "latest":  # "vid senaste årsskiftet": the table's latest outcome
            clauses.append(f"”{code[1]}” tolkar jag som {code[2]}, tabellens senaste utfall" if sv else
                           f"I read “{code[1]}” as {code[2]}, the table's latest outcome")
        if code[0] == "rel":
            made = (f" (dokumentet är från {doc_year})" if sv else f" (the document is from {doc_year})") if doc_year else ""
            clauses.append(f"”{code[1]}” tolkar jag som {code[2]}{made}" if sv else
                           f"I read “{code[1]}” as {code[2]}{made}")
    for code in codes:
        if code[0] == "across":  # a share of a whole another table holds: that table named
            title = ":".join(code[1:])
            clauses.append(f"helheten ur tabellen {title}" if sv else f"the whole from the table {title}")
    for code in codes:
        if code[0] == "without":  # "förutom avgiftsfinansierad verksamhet": the rows left out, said
            left_out = join(code[1].split("|"), lang)
            clauses.append(f"utan {left_out}, som frågan undantar" if sv else f"without {left_out}, as asked")
    unit = _unit_clause(o, lang)
    if unit:
        clauses.append(unit)
    said = LEAD[lang] + "; ".join(clauses)
    if marks and columns:  # at the line's end: the line is one statement to a reader and to parts_merged
        said += f" {marks}"
    return said if said.endswith(".") else said + "."  # "kr per inv." ends the sentence already


def _columns(o: Outcome, lang: str) -> str:
    labels = list(dict.fromkeys(c.column.label for c in o.cells if c.column.label))  # a count the text states has none
    every = [c.label for c in o.table.columns]
    ordered = [label for label in every if label in labels]
    if len(labels) > 2 and len(ordered) == len(labels) and \
            every[every.index(ordered[0]):every.index(ordered[0]) + len(ordered)] == ordered:
        return f"{ordered[0]}–{ordered[-1]}"  # a run of the table's columns ("Budget 2025–Plan 2027")
    return join(labels, lang)


def _unit_clause(o: Outcome, lang: str) -> str:
    t = o.table
    if not t.unit_note:
        return ""
    if t.stated_unit is None:
        return (f"tabellen anger ingen enhet; beloppen antas vara i {t.unit.value}" if lang == "sv" else
                f"the table states no unit; the figures are taken as {t.unit.label('en') or 'counts'}")
    return (f"tabellen {t.title} anger {t.stated_unit.value}, men beloppen är i {t.unit.value}" if lang == "sv" else
            f"the table states {t.stated_unit.value}, but the figures are in {t.unit.value} (the stated unit would "
            "make them implausibly large)")


def notes_of(o: Outcome, lang: str) -> list[str]:
    """The reason behind a unit correction (Swedish; the basis line says the correction itself), and each
    stated total of money that differs from the sum of its rows; each note once."""
    sv = lang == "sv"
    notes = []
    t = o.table
    if sv and t.unit_note and t.stated_unit is not None and ": " in t.unit_note:
        notes.append(f"Varför {t.unit.value}: {t.unit_note.split(': ', 1)[1]}")
    unit = t.unit.value
    places = decimals_of(t)
    for cell in o.cells:
        # a total of rates or shares ("Totalt" sjukfrånvaro, 7,6 %) is no sum of its rows
        check = t.checks_for(cell.row_label, cell.column.label) if cell.is_total and cell.unit.is_money else None
        if check is None or check.difference == 0:
            continue
        diff = format_amount(abs(check.difference), unit, lang, places)
        computed = format_amount(check.computed, unit, lang, places)
        stated = format_amount(check.stated, unit, lang, places)
        if sv:
            why = "en avrundning" if check.is_rounding else "ett fel eller en rad som saknas i tabellen"
            notes.append(f"Raderna summerar till {computed}, men tabellens {check.row_label} ({check.column}) är "
                         f"{stated}; skillnaden på {diff} är troligen {why}.")
        else:
            why = "rounding" if check.is_rounding else "an error or a row missing from the table"
            notes.append(f"The rows add up to {computed}, but the table's {check.row_label} ({check.column}) is "
                         f"{stated}; the difference of {diff} is probably {why}.")
    return list(dict.fromkeys(notes))
