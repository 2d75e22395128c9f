"""Find tables in a document's text: tab-separated, markdown pipes, space-aligned (pypdf layout mode).

A table is a header (layout.py: column labels with years, and columns such as "Not", "Avvikelse",
"Förändring %") followed by rows: a label and one number per column. Label-only rows open sections, so
rows form a hierarchy ("Familjenämnd › Individ- och familjeomsorg") and a "Summa" row closes its section.
A table goes on over a page break (its header repeated or not). The title is the heading above the
header; a caption such as "Belopp i mnkr" gives the unit. Units are checked against magnitudes
(`infer_units`), and stated totals are checked against the rows they summarise.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant.budget.layout import (  # noqa: F401  (MARKUP, split_cells, parse_column: this module's API)
    EMPTY_CELL, FIGURE, KINDS, PERIOD_KINDS, MARKUP, Cells, Header, clean, find_header, is_separator, parse_column,
    split_cells, split_line,
)
from assistant.budget.checks import (  # noqa: F401  (re-exported: this module's API)
    PLAUSIBLE_MAX_KRONOR, infer_units, reconcile_totals,
)
from assistant.budget.hierarchy import (  # noqa: F401
    SUM_LABEL, Sections, grand_totals, leading_totals, parents, qualify, summed_totals)
from assistant.budget.numbers import is_justified, parse_number
from assistant.budget.records import CellSource, Column, Row, Table
from assistant.budget.units import Unit, convert, counts_people, measure_not_money, one_unit_in, unit_in
from assistant.budget.yearless import Transposed, dated_by_document, dated_by_title, find_transposed
from core.types import LoadedDocument

TOTAL_LABEL = re.compile(
    r"^(summa|totalt|total|årets resultat|resultat (före|efter)|finansnetto|verksamhetens nettokostnad(er)?\b|"
    r"verksamhetens resultat|nettokostnader|netto\b)", re.IGNORECASE)
PAGE_GAP = 12  # lines of running heads, footers and page numbers a table may jump over at a page break


CELL_UNIT = re.compile(r"(?<=[\d)])\s*(kr|kronor|tkr|mnkr|mkr|mdkr|mdr kr|miljoner kronor|%|procent)\.?$",
                       re.IGNORECASE)


def cell_unit(text: str) -> Unit | None:
    """The unit written in a cell after its number ("57,4 mnkr", "21,74 kr"), or None."""
    match = CELL_UNIT.search(text.strip())
    return unit_in(match.group(1)) if match else None


def parse_value(text: str, percent: bool = False) -> Decimal | None:
    """A table cell's number: "– 26,1", "−1,8", "- 1,8", "(4,2)" (negative), "3,2 %"; None when empty.

    Raises ValueError for text that is not a number."""
    cell = text.strip()
    if cell in EMPTY_CELL:
        return None
    cell = CELL_UNIT.sub("", cell) if not percent else cell
    if percent or cell.endswith("%"):
        cell = cell.rstrip("%").strip()
    negative = cell.startswith("(") and cell.endswith(")")
    value = parse_number(cell[1:-1] if negative else cell)
    return -value if negative else value


def _is_value(text: str) -> bool:
    try:
        return parse_value(text) is not None
    except ValueError:
        return False


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line with its offset; a double-spaced stretch of columned lines (a PDF page laid out with a blank line
    after every line: a header's kinds, its years and the rows each apart) is read without its single blank lines,
    so the kinds and years are adjacent lines as on a page set single-spaced."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return _single_spaced(out)


DOUBLE_SPACED_ROWS = 4  # columned lines (three cells or more, no list of contents), each next to the next or a single
# blank line from it, that make a stretch whose single blank lines are spacing (a header's kinds, a blank line, its
# years)


def _single_spaced(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    cells = [split_line(line) if line.strip() else None for _, line in lines]
    columned = [c is not None and c.layout == "space" and len([t for t in c.texts if t]) >= 3 for c in cells]
    drop: set[int] = set()
    k = 0
    while k < len(lines):
        run = [k]  # columned lines, each next to the next or one blank line from it (rows grouped by blank lines)
        while columned[run[-1]]:
            last = run[-1]
            if last + 1 < len(lines) and columned[last + 1]:
                run.append(last + 1)
            elif last + 2 < len(lines) and not lines[last + 1][1].strip() and columned[last + 2]:
                run.append(last + 2)
            elif (after := _past_section_label(lines, columned, cells, last)) is not None:
                run.append(after)  # a section's label between the header and its rows ("Kommunstyrelsen")
            else:
                break
        if len(run) >= DOUBLE_SPACED_ROWS:
            # not the blank line between a header's last line and its first row: it ends the header
            drop.update(a + 1 for a, b in zip(run, run[1:]) if b == a + 2 and cells[a + 1] is None and (
                _has_figures(cells[a]) or not _has_figures(cells[b])))  # a blank line, not a section's label
        k = run[-1] + 1
    return [line for n, line in enumerate(lines) if n not in drop]


def _past_section_label(lines: list[tuple[int, str]], columned: list[bool], cells: list[Cells | None],
                        last: int) -> int | None:
    """The columned line after a section's label (a line of one cell, no figure) that follows the columned line
    `last`, each a line or one blank line apart; None if none does."""
    at = last + 1 + (last + 1 < len(lines) and not lines[last + 1][1].strip())
    label = cells[at] if at < len(lines) else None
    if label is None or len(label.texts) != 1 or any(ch.isdigit() for ch in label.texts[0]):
        return None
    after = at + 1 + (at + 1 < len(lines) and not lines[at + 1][1].strip())
    return after if after < len(lines) and columned[after] else None


def _has_figures(cells: Cells | None) -> bool:
    """A row with figures other than years ("Skatteintäkter  389,2  405,6"), not a header's line of kinds or years."""
    return cells is not None and sum(1 for t in cells.texts if t and FIGURE.match(t) and not YEAR_CELL.match(t)) >= 2


YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")


def _source(doc: LoadedDocument, start: int, end: int) -> CellSource:
    quote = doc.text[start:end]
    return CellSource(doc_path=doc.path, title=doc.meta.title, quote=quote, start=start,
                      end=end, page=doc.page_at(start), doc_type=doc.meta.doc_type, date=doc.meta.date)


def _lines_source(doc: LoadedDocument, span: list[tuple[int, str]]) -> CellSource | None:
    """The verbatim text from the first line's first character to the last line's last one (a header on two
    lines cites both)."""
    if not span or not span[0][1].strip():
        return None
    first, last = span[0], span[-1]
    return _source(doc, first[0] + len(first[1]) - len(first[1].lstrip()), last[0] + len(last[1].rstrip()))


def _row_cells(cells: Cells, header: Header) -> tuple[str, list[str]] | None:
    """(label, one text per header slot) for a data line of this header's table, or None."""
    texts = list(cells.texts)
    while cells.layout != "space" and len(texts) > header.width + 1 and texts and not texts[0]:
        texts.pop(0)  # leading empty cells before the label: an indented row of a tab or pipe table
    if not texts or not texts[0] or _is_value(texts[0]):
        return None
    if len(texts) > 2 and parse_column(texts[0]) is not None and not any(_is_value(t) for t in texts[1:]):
        return None  # a header line ("Budget 2024  Plan 2025  Plan 2026"), not a row ("2001 (Gator, KS)  6500")
    label, rest = texts[0], texts[1:]
    if cells.layout != "space":
        if len(rest) > header.width:
            if any(rest[header.width:]):
                return None
            rest = rest[:header.width]
        return label, rest + [""] * (header.width - len(rest))
    if len(rest) == header.width:
        return label, rest
    if not rest or len(rest) > header.width or not header.spans or len(header.spans) != header.width:
        if header.note_slot is not None and len(rest) == header.width - 1:
            return label, rest[:header.note_slot] + [""] + rest[header.note_slot:]
        return None
    out = [""] * header.width
    taken = -1
    for text, (start, end) in zip(rest, cells.spans[1:]):
        # numbers are right-aligned under their label, labels may be centred: nearest right edge, in order
        best = min(range(taken + 1, header.width), default=None,
                   key=lambda k: abs(header.spans[k][1] - end))
        if best is None:
            return None
        out[best] = text
        taken = best
    return label, out


def _is_word_cell(text: str, labelled: bool = False) -> bool:
    """A value cell holding words instead of a figure ("Löpande", "Ingår", "Ej beslutat"), or a figure qualified by
    words ("minst 1,0 %", "10 personer", "100 kr per invånare"): no figure of its column there. Under a column
    of words named by no year (`labelled`: "Enhet", "Kommentar") a longer text is a cell too ("kr per dag och
    media")."""
    words = text.split()
    if not re.search(r"\d", text):
        return 0 < len(words) <= (6 if labelled else 3)
    return len(words) <= 5 and any(re.fullmatch(r"[^\W\d_]{2,}\.?", w) and unit_in(w) is None for w in words)


def _values(texts: list[str], header: Header) -> tuple[tuple[Decimal | None, ...], str | None] | None:
    """The row's numbers per column, or None when it is not a data row. A cell holding a word is empty, as
    long as another cell of the row holds a figure."""
    values: list[Decimal | None] = [None] * len(header.columns)
    note = None
    words = 0
    for slot, text in zip(header.slots, texts):
        if slot is None:
            note = text or None
            continue
        column = header.columns[slot]
        try:
            values[slot] = parse_value(text, percent=column.unit is Unit.PERCENT)
        except ValueError:
            if not _is_word_cell(text, column.year is None and _first_kind(column) not in PERIOD_KINDS):
                return None
            words += 1
    if words and all(v is None for v in values):
        return None
    return tuple(values), note


def _first_kind(column: Column) -> str:
    return column.kind.split()[0] if column.kind.split() else ""


def _cell_units(texts: list[str], header: Header) -> tuple[Unit | None, ...]:
    units: list[Unit | None] = [None] * len(header.columns)
    for slot, text in zip(header.slots, texts):
        if slot is not None:
            units[slot] = cell_unit(text)
    return tuple(units)


def _cell_words(texts: list[str], header: Header, words_only: bool = True) -> tuple[str, ...]:
    """Per column, the cell's text when it holds words instead of a figure (every cell's text: `words_only=False`)."""
    words = [""] * len(header.columns)
    for slot, text in zip(header.slots, texts):
        labelled = slot is not None and header.columns[slot].year is None and \
            _first_kind(header.columns[slot]) not in PERIOD_KINDS
        if slot is not None and (_is_word_cell(text, labelled) or not words_only) and clean(text) not in EMPTY_CELL:
            words[slot] = clean(text)
    return tuple(words)


def _fold_text_columns(columns: tuple[Column, ...], rows: list[Row], words: list[tuple[str, ...]],
                       written: list[tuple[str, ...]] | None = None) -> tuple[tuple[Column, ...], list[Row]]:
    """A column that holds words and no figure ("Nämnd": "SN", "KS" beside each project) is an attribute of
    its rows, not a column of figures: its word joins the row's label in parentheses ("Fordon (KS)"), as the
    grid reader writes it, so a question naming the committee finds its rows. So is a column without a year
    whose cells mostly qualify their figure in words ("Målvärde": "minst 70 %"; "Omfattning": "1 %", "10
    personer"): each of its cells joins the label as written."""
    written = written or words
    text = [c for c in range(len(columns)) if sum(bool(w[c]) for w in words) * 2 >= len(rows) > 0 and (
        all(r.values[c] is None for r in rows) or columns[c].year is None)]
    if not text or len(text) == len(columns):
        return columns, rows
    keep = [c for c in range(len(columns)) if c not in text]
    out = []
    for row, w in zip(rows, written):
        said = row.label.lower().replace(",", " ").split()  # "Sjukfrånvaro, %" already says its unit "%"
        extra = ", ".join(w[c] for c in text if w[c] and w[c].lower() not in said)
        out.append(replace(row, label=f"{row.label} ({extra})" if extra else row.label,
                           values=tuple(row.values[c] for c in keep)))
    return tuple(columns[c] for c in keep), out


def _columns_with_cell_units(columns: tuple[Column, ...], rows: list[Row], units: list[tuple[Unit | None, ...]]
                             ) -> tuple[tuple[Column, ...], list[Row]]:
    """A column whose cells write their unit ("57,4 mnkr", "21,74 kr") gets that unit; cells written in
    another unit than the column's most common one are converted to it. A unit only a few of its cells write
    ("2,2 %" on the last row of a result budget in mnkr) is those rows' own, not the column's."""
    out_columns = list(columns)
    out_rows = list(rows)
    for c, column in enumerate(columns):
        written = [u[c] for u in units if u[c] is not None]
        figures = sum(row.values[c] is not None for row in rows)
        if not written or column.unit is not None or len(written) * 2 < figures:
            continue
        unit = max(dict.fromkeys(written), key=written.count)  # ties: the unit written first
        out_columns[c] = replace(column, unit=unit)
        for k, row in enumerate(out_rows):
            value, own = row.values[c], units[k][c]
            if value is not None and own is not None and own is not unit and own.is_money and unit.is_money:
                values = list(row.values)
                values[c] = convert(value, own, unit)
                out_rows[k] = replace(row, values=tuple(values))
    return tuple(out_columns), out_rows


def _continues(label: str) -> bool:
    """A label wrapped onto the next line: "Verksamhetens intäkter -" / "kostnader  -2 421 049"."""
    return label[:1].islower() or label[:1] in "-–(&"


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", clean(text).lower())


EDGE_LINES = 3  # the lines at a page's top and foot where running heads, footers and page numbers stand


def page_furniture(doc: LoadedDocument) -> frozenset[str]:
    """Lines printed at the top or foot of at least half the pages of a PDF (running heads, "Sida 5 av 150",
    page numbers), with digits masked: they are never a table's title. A line inside the page (a caption
    "Belopp i mnkr" over a table on most pages, a committee's name heading each of its pages' tables) is not
    furniture however often it recurs."""
    if len(doc.pages) < 3:
        return frozenset()
    pages_of: dict[str, set[int]] = {}
    for span in doc.pages:
        lines = [line for line in doc.text[span.start:span.end].split("\n") if line.strip()]
        for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]:
            pages_of.setdefault(_furniture_key(line), set()).add(span.page)
    return frozenset(key for key, pages in pages_of.items() if len(pages) * 2 >= len(doc.pages))


LEGEND = re.compile(r"(?:^|[,;]\s*)[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5}\s*[=:–-]\s+[^,;=]+")  # "KS = kommunstyrelsen"


TITLE_REACH = 12  # lines above a table's header searched for its title
TITLE_REACH_OVER_PROSE = 30  # ... and over a paragraph leading to the table (its heading above the paragraph)


def _title_and_unit(lines: list[tuple[int, str]], header_index: int,
                    furniture: frozenset[str] = frozenset()) -> tuple[str, Unit | None]:
    """The heading above the table: captions such as "Belopp i mnkr" (or a short sentence stating the unit,
    "Utgifter i tkr.") are skipped and give the unit; a paragraph between the heading and the table, and
    the running heads and page numbers of a page break, are skipped too."""
    unit: Unit | None = None
    prose = False
    below = ""  # the line read before (below this one)
    for j in range(header_index - 1, max(-1, header_index - TITLE_REACH_OVER_PROSE), -1):
        if header_index - j >= TITLE_REACH and not prose:
            break  # further up only over the paragraph leading to the table, to its heading
        raw = lines[j][1]
        text = clean(raw).lstrip("#").strip()
        if not text or is_separator(raw) or _furniture_key(raw) in furniture:
            below = ""
            continue
        wrapped, below = prose and below[:1].islower() and not text.endswith((".", ":")), text
        if wrapped:  # "beläggningsarbeten. Övriga ... och mindre" over "lokalanpassningar.": a line of the
            continue  # paragraph whose sentence the line below ends, no title
        cells = split_line(raw)
        if len([t for t in cells.texts if t]) != 1 and is_justified(raw):
            prose = True  # "Investeringsbudgeten  för  2025  omfattar  42  050  tkr.": a paragraph set justified
            continue
        if len([t for t in cells.texts if t]) != 1:
            break
        if _header_words(text):  # "Budget Budget" over "2025  2026  Förändring": the header's upper line
            continue
        if _sentence_tail(text) and not raw.lstrip().startswith("#"):
            prose = True  # "22,29 kronor.": the end of a sentence wrapped onto its own line, no heading, no unit
            continue
        default = _default_measure(text)
        if default is not None:  # "Antal personer där inget annat anges; nettokostnad i kronor per invånare": the
            unit = unit or default  # caption states the figures' unit unless a row names its own
            continue
        legend, money = _units_legend(text)
        if legend:  # "Invånare i antal, skattesats i kronor, belopp i mnkr, soliditet i procent": a caption
            unit = unit or money
            continue
        found = one_unit_in(text)
        if found is not None and found.is_money and (_is_caption(text) or _unit_sentence(text)
                                                     or _explained_caption(text)):
            unit = unit or found
            continue
        measure = _measure_caption(text)
        if measure is not None:  # "Procent", "Antal invånare": the table's figures are not money
            unit = unit or measure
            if not raw.lstrip().startswith("#"):
                continue  # a heading ("## Befolkning", a sheet's name) names the measure and is the title too
        said, captions_only = _sentences_unit(text)
        if captions_only:  # "Enhet: antal invånare. Källa: SCB": a caption of sentences, not the title
            unit = unit or said
            continue
        counted = _sourced_measure(text)
        if counted is not None and _heading_above(lines, j, furniture):
            unit = unit or counted  # "Antal personer per 31 december. Källa: SCB" under "Befolkning i Bräcke kommun
            continue  # 2019–2024": what the figures count and their source, a caption; the heading above is the title
        if said is not None and said.is_money and text.endswith("."):  # "Nettokostnad per nämnd, tkr. Avvikelse ..."
            unit = unit or said
        # "Tabell 4. Investeringsbudget per nämnd (mnkr), forts.": the mark's full stop ends no sentence
        if SOURCE_NOTE.match(text):  # "Källa: Höörs kommuns årsredovisningar och Kolada": whose figures, no title
            continue
        # a line ending a sentence is prose or a note ("Negativa belopp anges inom parentes."), never a title; a
        # note opening with what the figures count ("Antal personer. Folkmängd avser 31 december.") gives the measure
        note = CONTINUED.sub("", text).endswith(".") and len(text.split()) >= NOTE_WORDS
        if note and len(text.split()) <= 6:
            unit = unit or _measure_caption(re.split(r"(?<=[.;])\s+", text)[0].rstrip(".;"))
        if len(text) > 100 or note:
            unit = unit or _bracketed_unit(text)  # "... enligt tabellen nedan (belopp i tkr).": the paragraph
            prose = True  # leading to the table states its unit in brackets
            continue
        if len(LEGEND.findall(text)) >= 2:  # "BUN = barn- och utbildningsnämnden, KS = kommunstyrelsen": a legend
            continue
        if not NAMING_WORD.search(text):  # "Dnr KS 2024/0151", "§ 88": a reference, naming nothing in words
            continue
        field = FIELD.fullmatch(text)
        if field is not None and re.search(r"\d", field.group("value")) and not NAMING_WORD.search(field.group("value")):
            continue  # "Diarienummer: KS 2024/355": a field's name and a reference, naming no table
        lead = re.split(r"[.,;] | (?=\()", text, maxsplit=1)[0]
        if lead != text and _is_caption(lead):  # "Belopp i tkr. Bilaga till budget 2025, KF ...", "Belopp i tkr,
            # antal avser budgeterat genomsnitt", "Belopp i mnkr (kr per invånare i kronor)": a caption line, what
            # follows its unit explains the figures
            unit = unit or unit_in(lead)
            continue
        if prose and not raw.lstrip().startswith("#") and len(text.split()) > 8 and not NUMBERED.match(text):
            continue
        per_count = _unit_per_caption(text, lines, j, furniture)
        if per_count is not None:  # "Kronor per invånare, löpande priser" under "... nettokostnad per invånare och
            unit = unit or per_count  # verksamhet 2021–2023": the unit per the count the heading names, a caption
            continue
        measured = _measure_and_caption(text)
        if measured is not None and _heading_above(lines, j, furniture):
            unit = unit or measured  # "Utgifter, belopp i mnkr" under "Investeringsbudget 2025–2027": what the
            continue  # figures are and their unit, a caption; the heading above is the title
        return _numbered_above(lines, j, furniture) or _without_source_note(text).rstrip(":"), unit or (
            found if found and found.is_money else None)
    return "Tabell", unit


def _unit_per_caption(text: str, lines: list[tuple[int, str]], j: int, furniture: frozenset[str]) -> Unit | None:
    """The unit of a caption of unit words per one of something ("Kronor per invånare, löpande priser") right under a
    one-line heading that names its figures per the same thing ("Flens kommun – nettokostnad per invånare och
    verksamhet 2021–2023"); None for any other line."""
    per = re.search(r"\bper\s+([^\W\d_]+)", text, re.IGNORECASE)
    if per is None or not _is_caption(text[:per.start()] + text[per.end():]):
        return None
    found = _line_above(lines, j, furniture, 3)
    if found is None:
        return None
    raw, above = found
    said = re.search(rf"\bper\s+{re.escape(per.group(1))}\b", above, re.IGNORECASE)
    return unit_in(text) if said and _one_cell(raw) and not above.endswith(".") else None


def _measure_and_caption(text: str) -> Unit | None:
    """The unit of a caption naming one word for what the figures are and then their unit ("Utgifter, belopp i
    mnkr", "Nettokostnad, belopp i tkr"); None for any other line (a title with its unit: "Driftbudget per nämnd,
    tkr" names its table in more than the unit's caption)."""
    head, _, tail = text.partition(",")
    if len(head.split()) != 1 or not tail.strip() or not _is_caption(tail) or len(tail.split()) < 2:
        return None
    return unit_in(tail)


def _under_its_heading(title: str, lines: list[tuple[int, str]], header_index: int, furniture: frozenset[str]) -> str:
    """A title opening with what the figures count ("Antal barn den 15 oktober respektive år") right under a one-line
    heading naming their subject ("Inskrivna barn i förskola och pedagogisk omsorg, Sala kommun 2019–2024"): the
    heading with the count in brackets after it, as a reader takes them; any other title as it is. (The title alone
    gives the table's unit: see _title_and_unit.)"""
    first = title.split()[0].strip(",.;:") if title.split() else ""
    counted = measure_not_money(first) is not None and not counts_people(first.lower())  # "Befolkning 31 december"
    if not counted and not _measure_word_caption(title):  # names its thing
        return title
    j = next((k for k in range(header_index - 1, max(-1, header_index - TITLE_REACH_OVER_PROSE), -1)
              if clean(lines[k][1]).lstrip("#").strip().startswith(title)), None)
    if j is None:
        return title
    found = _line_above(lines, j, furniture, 2)
    if found is None:
        return title
    raw, above = found
    # a title of the measure word alone before its remark ("Antal, mätdatum 15 oktober") names nothing counted: a
    # heading opening with a count names it ("Antal barn och elever i Hörby kommun"), one under another count does not
    bare = len(title.partition(",")[0].split()) == 1
    heading = _one_cell(raw) and not above.endswith((".", ":")) and len(above.split()) <= 14 and \
        bool(NAMING_WORD.search(above)) and not _is_caption(above) and \
        (bare or measure_not_money(above.split()[0]) is None) and not SOURCE_NOTE.match(above)
    return f"{above} ({title})" if heading else title


def _measure_word_caption(title: str) -> bool:
    """A title of one word for what the figures are and their unit only ("Nettokostnad, mnkr", "Utfall (tkr)"):
    a caption, which the heading above names the table for ("Nämndernas budgetavvikelse 2024"). A word naming a
    kind of table ("Balansbudget (mnkr)", "Resultaträkning, mnkr") is the table's own name."""
    from assistant.budget.matching import table_kinds

    head, _, tail = re.sub(r"\s*\(([^()]*)\)\s*$", r", \1", title).partition(",")
    return len(head.split()) == 1 and bool(tail.strip()) and _is_caption(tail) and unit_in(tail) is not None \
        and not table_kinds(head)


def _line_above(lines: list[tuple[int, str]], j: int, furniture: frozenset[str], reach: int
                ) -> tuple[str, str] | None:
    """(the line as written, its text without markup) of the nearest line with words above line j, within `reach`
    lines, skipping page furniture; None when there is none."""
    for k in range(j - 1, max(-1, j - 1 - reach), -1):
        raw = lines[k][1]
        text = clean(raw).lstrip("#").strip()
        if text and _furniture_key(raw) not in furniture:
            return raw, text
    return None


def _one_cell(raw: str) -> bool:
    return len([t for t in split_line(raw).texts if t]) == 1


def _heading_above(lines: list[tuple[int, str]], j: int, furniture: frozenset[str]) -> bool:
    """A short heading (one cell, no sentence) stands within a few lines above line j."""
    above = _line_above(lines, j, furniture, 3)
    if above is None:
        return False
    raw, text = above
    return _one_cell(raw) and not text.endswith(".") and len(text.split()) <= 8 and bool(NAMING_WORD.search(text))


NOTE_WORDS = 3  # a line of this many words or more ending in a full stop is a sentence ("Tabell 4." is a title)
NUMBERED = re.compile(r"^(?:tabell|table)\s*\d+\b", re.IGNORECASE)
NAMING_WORD = re.compile(r"[^\W\d_]{4,}")  # a title names its table in words of four letters or more
FIELD = re.compile(r"[^\W\d_]+\s*:\s*(?P<value>.*)")  # a field of a paper's head: "Diarienummer: KS 2024/355"


def _sentence_tail(text: str) -> bool:
    """A line opening with a small letter or a figure and ending a sentence ("22,29 kronor.", "och ökar till 2027."):
    the last words of a paragraph's sentence, never a table's heading."""
    return text.endswith(".") and (text[0].islower() or text[0].isdigit()) and not NUMBERED.match(text)
HEADER_WORDS = {*KINDS, "mål", "målvärde", "target", *(k.lower() for k in PERIOD_KINDS)}


def _header_words(text: str) -> bool:
    """A line of column kinds only ("Budget Budget", "Utfall  Mål"): the upper line of a header whose years
    are on the line below, never the table's title."""
    words = text.lower().replace(".", " ").split()
    return bool(words) and all(w in HEADER_WORDS for w in words)


def _numbered_above(lines: list[tuple[int, str]], j: int, furniture: frozenset[str]) -> str | None:
    """The numbered caption ("Tabell 11. Personalstatistik per förvaltning") right above a subtitle line
    (no blank line between): the table's title is the caption, the subtitle only describes its figures."""
    if NUMBERED.match(clean(lines[j][1]).lstrip("#").strip()):
        return None
    for k in range(j - 1, max(-1, j - 3), -1):
        raw = lines[k][1]
        text = clean(raw).lstrip("#").strip()
        if not text or _furniture_key(raw) in furniture or len([t for t in split_line(raw).texts if t]) != 1:
            return None
        if NUMBERED.match(text):
            return text.rstrip(":")
    return None


def _measured_apart(rows: list[Row]) -> Unit | None:
    """Unit.PERCENT or Unit.NUMBER when every row's label (or the whole it is a part of) names a measure that is
    not money."""
    measures = {r.measure for r in rows}
    if not rows or None in measures or any(m.is_money for m in measures if m):
        return None
    return measures.pop() if len(measures) == 1 else Unit.NUMBER


def _columns_measure(columns: tuple[Column, ...]) -> Unit | None:
    """The unit every column has of its own when it is not money (cells written "1,0 %" in each): the table's;
    columns of several such units ("Antal anställda", "Sjukfrånvaro, %"): a table of numbers, not money."""
    units = {c.unit for c in columns}
    if not units or None in units or any(u.is_money for u in units if u):
        return None
    return units.pop() if len(units) == 1 else Unit.NUMBER


def _title_measure(title: str) -> Unit | None:
    """A title naming a count or a share for the whole table ("Antal (personer, platser respektive besök)",
    "Andel behöriga lärare", "Befolkning per åldersgrupp, antal"), or opening with what it counts ("Årsarbetare per
    förvaltning"): Unit.NUMBER or Unit.PERCENT; None for a title of money or of nothing measured."""
    bare = re.sub(r"^(?:tabell|table|diagram|figur)\s*\d+[.:]?\s*", "", title, flags=re.I)
    words = bare.split()
    head = words[:2] if len(words) >= 2 and _ATTRIBUTIVE.fullmatch(words[0]) else words[:1]
    return measure_not_money(bare) or (measure_not_money(head[-1]) if head and unit_in(bare) is None else None)


# an adjective before its noun in the plural or definite form ("Kommersiella gästnätter", "Nya invånare"): the noun
# after it is what the title counts
_ATTRIBUTIVE = re.compile(r"[^\W\d_]{3,}(?:iga|ska|ella|ala|na|da|ta)", re.IGNORECASE)


def _measure_caption(text: str) -> Unit | None:
    """A short caption line naming a measure that is not money for the whole table ("Procent", "Andel i %",
    "Antal invånare", "Antal"): Unit.PERCENT or Unit.NUMBER, else None."""
    if len(re.sub(r"\([^)]*\)", " ", text).split()) > 3 or re.search(r"\d", text):
        return None  # "Antal (personer, platser respektive besök)": what is in parentheses only explains
    words = re.sub(r"[()\[\]:.,]", " ", text.lower()).split()
    if words and all(w in CAPTION_WORDS or unit_in(w) is Unit.PERCENT for w in words) and unit_in(text) is Unit.PERCENT:
        return Unit.PERCENT
    return measure_not_money(text)


SOURCE_NOTE = re.compile(r"^(?:källa|källor|source|sources)\s*:", re.IGNORECASE)
UNIT_LEAD = re.compile(r"^(?:enhet|enheter|unit|units)\s*:\s*", re.IGNORECASE)


def _without_source_note(title: str) -> str:
    """A title without the source note after it ("Antal invånare den 31 december. Källa: SCB"): whose figures
    they are is no part of what the table is called."""
    sentences = re.split(r"(?<=[.;])\s+", title)
    kept = list(sentences)
    while len(kept) > 1 and SOURCE_NOTE.match(kept[-1].strip()):
        kept.pop()
    return " ".join(kept).rstrip(" .;") if len(kept) < len(sentences) else title


def _sentences_unit(text: str) -> tuple[Unit | None, bool]:
    """The unit a line of several sentences states in one of them (a caption, "Enhet: antal invånare", or a
    description ending in its unit after a comma, "Nettokostnad per nämnd, tkr"), and whether every sentence
    is such a caption or a source note ("Källa: SCB"): then the line is no title."""
    sentences = [s.strip().rstrip(".").strip() for s in re.split(r"(?<=[.;])\s+", text) if s.strip()]
    if len(sentences) < 2 and not UNIT_LEAD.match(text):
        return None, False
    unit: Unit | None = None
    captions = 0
    for sentence in sentences:
        bare = UNIT_LEAD.sub("", sentence)
        if SOURCE_NOTE.match(bare):
            captions += 1
            continue
        measure = _measure_caption(bare)
        money = unit_in(bare) if _is_caption(bare) else None
        if measure is not None or money is not None:
            unit, captions = unit or measure or money, captions + 1
            continue
        tail = bare.rsplit(",", 1)[-1] if "," in bare else ""
        if tail and _is_caption(tail):
            unit = unit or unit_in(tail)
    return unit, captions == len(sentences) and unit is not None


def _sourced_measure(text: str) -> Unit | None:
    """The count or share a line's first sentence names when a source note follows it ("Antal personer per 31
    december. Källa: SCB": Unit.NUMBER); None for any other line."""
    sentences = [s.strip() for s in re.split(r"(?<=[.;])\s+", text) if s.strip()]
    if len(sentences) < 2 or not all(SOURCE_NOTE.match(s) for s in sentences[1:]):
        return None
    return measure_not_money(sentences[0].rstrip(".;"))


def _unit_sentence(text: str) -> bool:
    """A short sentence without figures under a heading ("Utgifter i tkr."): a caption, not a title."""
    return text.endswith(".") and len(text.split()) <= 12 and not re.search(r"\d", text)


CAPTION_WORDS = {"belopp", "i", "alla", "anges", "anges i", "redovisas", "tal", "siffror", "tusental", "tusentals",
                 "miljoner", "kronor", "kr", "mnkr", "mkr", "tkr", "mdkr", "sek", "msek", "tsek", "ksek", "amounts",
                 "in", "all", "figures", "löpande", "priser", "om", "inte", "annat", "anges", "annat anges", "där", "inget",
                 "ej", "unless", "otherwise", "stated"}


LEGEND_CLAUSE = re.compile(r"([^\W\d_][^\W\d]*(?:\s+[^\W\d_][^\W\d]*){0,2})\s+i\s+([^\W\d_]+)", re.IGNORECASE)


def _units_legend(text: str) -> tuple[bool, Unit | None]:
    """Whether the line says the unit of each of its table's measures ("Invånare i antal, skattesats i kronor, belopp
    i mnkr, soliditet i procent": two or more clauses "<measure> i <unit>"), and the unit of money of its amounts
    (the clause of caption words alone, "belopp i mnkr")."""
    clauses = [c.strip() for c in re.split(r",\s*|\s+och\s+", text.strip().rstrip(".")) if c.strip()]
    if len(clauses) < 2:
        return False, None
    said = [LEGEND_CLAUSE.fullmatch(c) for c in clauses]
    if not all(m and (unit_in(m.group(2)) or measure_not_money(m.group(2))) for m in said):
        return False, None
    money = {unit_in(c) for c in clauses if _is_caption(c)} - {None}
    return True, money.pop() if len(money) == 1 else None


# "där inget annat anges", "om inte annat anges", "unless otherwise stated": the measure said of every figure but
# those whose row names its own
OTHERWISE = re.compile(r"\b(?:(?:om|där|när|såvida)\s+(?:inget|inte|ej)\s+annat\s+(?:anges|angetts|sägs|framgår)|"
                       r"unless\s+otherwise\s+(?:stated|noted|indicated))\b", re.IGNORECASE)


def _default_measure(text: str) -> Unit | None:
    """The unit a caption line of clauses (split by ";") states for its table's figures unless a row names another:
    the clause saying so names a count or a unit ("Antal personer per 31 december där inget annat anges; nettokostnad
    i kronor per invånare": Unit.NUMBER); None for a line with no such clause, or one in brackets (a title's note)."""
    for clause in re.split(r";\s*", text):
        if "(" in clause or OTHERWISE.search(clause) is None:
            continue
        said = OTHERWISE.sub(" ", clause)
        return measure_not_money(said) or unit_in(said)
    return None


BRACKETED = re.compile(r"\(([^()]*)\)")


def _bracketed_unit(text: str) -> Unit | None:
    """The unit of money a sentence states in brackets of caption words alone ("(belopp i tkr)"); None otherwise."""
    found = [unit_in(m.group(1)) for m in BRACKETED.finditer(text) if _is_caption(m.group(1))]
    money = {u for u in found if u is not None and u.is_money}
    return money.pop() if len(money) == 1 else None


def _explained_caption(text: str) -> bool:
    """A caption whose brackets say what the amounts are ("Belopp i tkr (nettokostnad)"), naming no unit of their own
    (a column's unit, "(kostnad per invånare i kr)", is the title's to give that column)."""
    inside = " ".join(m.group(1) for m in BRACKETED.finditer(text))
    return bool(inside) and unit_in(inside) is None and _is_caption(BRACKETED.sub(" ", text))


def _is_caption(text: str) -> bool:
    """"Belopp i mnkr", "(tkr)", "Mnkr", "Alla belopp i tusentals kronor": nothing but unit words."""
    words = re.sub(r"[()\[\]:.,]", " ", text.lower()).split()
    return bool(words) and all(w in CAPTION_WORDS for w in words)


def parse_tables(doc: LoadedDocument, municipality: str | None = None) -> list[Table]:
    """Every table in the document, with units checked and totals reconciled."""
    lines = _lines(doc.text)
    texts = [line for _, line in lines]
    tables: list[Table] = []
    furniture = page_furniture(doc)
    footers: list[str | None] = []  # per table: a section label it left at the foot of its last page
    i = 0
    while i < len(lines):
        header = find_header(texts, i)
        if header is None:
            turned = find_transposed(texts, i)
            if turned is not None:
                tables.append(_transposed_table(doc, lines, turned, f"{doc.path}#{len(tables) + 1}", municipality,
                                                furniture))
                i = turned.end
                continue
            i += 1
            continue
        rows, j, columns = _rows(doc, lines, texts, header, i + header.lines, furniture)
        if not rows:
            i += 1
            continue
        title, caption_unit = _title_and_unit(lines, i, furniture)
        title = _named_on_its_next_page(texts[i + header.lines:j], title)
        headed = _under_its_heading(title, lines, i, furniture)
        columns = dated_by_title(columns, headed, municipality)
        columns = dated_by_document(columns, doc.meta.title, doc.meta.date)
        stated = header.unit or caption_unit or one_unit_in(title)
        stated = stated if stated is None or stated.is_money or stated is caption_unit else None
        if stated is None:  # key figures: every row names its own measure (antal, %, kvadratmeter), none money
            stated = _measured_apart(rows) or _columns_measure(columns) or _title_measure(header.stub) or \
                _title_measure(title)
        columns = _columns_in_own_money(columns, stated, _rate_units_noted(lines, i, furniture))
        title = headed
        table = Table(id=f"{doc.path}#{len(tables) + 1}", title=title, doc_path=doc.path, stated_unit=stated,
                      unit=stated or Unit.KR, columns=columns, rows=tuple(qualify(rows)),
                      municipality=municipality, header=_lines_source(doc, lines[i:i + header.lines]))
        tables.append(table)
        footers.append(_label_at_page_foot(doc, lines, j, furniture))
        i = j
    return infer_units([reconcile_totals(t) for t in _join_continued(tables, footers)])


def _columns_in_own_money(columns: tuple[Column, ...], stated: Unit | None,
                          noted: dict[str, Unit] | None = None) -> tuple[Column, ...]:
    """Columns whose label names a unit of money other than the table's ("Nettokostnad per invånare, kr" beside
    "Nettokostnad budget 2025, mnkr"), or a rate whose unit the caption notes ("Kostnad per invånare 2025" under
    "Belopp i tkr (kostnad per invånare i kr)": `noted`, by the word of what the rate is per): their cells are in
    that unit, not the table's."""
    if stated is None or not stated.is_money:
        return columns
    out = []
    for column in columns:
        own = one_unit_in(column.label) if column.unit is None else None
        per = PER_WORD.search(column.label)
        if own is None and column.unit is None and per is not None:
            said = per.group(1).lower()  # "inv" of "kr per inv." is the noted "invånare"
            own = next((u for w, u in (noted or {}).items() if w.startswith(said) or said.startswith(w)), None)
        out.append(replace(column, unit=own) if own is not None and own.is_money and own is not stated else column)
    return tuple(out)


PER_WORD = re.compile(r"\bper\s+([^\W\d_]+)", re.IGNORECASE)  # what a rate is per: "per invånare", "per inv."
NOTED_RATE = re.compile(r"\(([^()]*\bper\s+[^\W\d_]+[^()]*)\)")  # "(kostnad per invånare i kr)"


def _rate_units_noted(lines: list[tuple[int, str]], header_index: int, furniture: frozenset[str]) -> dict[str, Unit]:
    """The units a caption above the table notes in brackets for its rates ("Belopp i tkr (kostnad per invånare i
    kr)": kr per invånare), by the word of what each is per; {} when none does."""
    out: dict[str, Unit] = {}
    for k in range(header_index - 1, max(-1, header_index - TITLE_REACH), -1):
        text = clean(lines[k][1])
        if _furniture_key(lines[k][1]) in furniture:
            continue
        for note in NOTED_RATE.finditer(text):
            unit, per = unit_in(note.group(1)), PER_WORD.search(note.group(1))
            if unit is not None and unit.is_money and per is not None:
                out.setdefault(per.group(1).lower(), unit)
    return out


def _transposed_table(doc: LoadedDocument, lines: list[tuple[int, str]], turned: Transposed, table_id: str,
                      municipality: str | None, furniture: frozenset[str]) -> Table:
    """A table with years down its first column, read with the years as columns: one row per measure of its
    header, each citing the whole table (its figures stand on the year lines)."""
    title, caption_unit = _title_and_unit(lines, turned.first, furniture)
    start, last = lines[turned.first][0], lines[turned.end - 1]
    source = _source(doc, start + len(lines[turned.first][1]) - len(lines[turned.first][1].lstrip()),
                     last[0] + len(last[1].rstrip()))
    # each measure its own row; a "Totalt" below or above the rows that sum to it is their total
    rows = summed_totals([Row(label=measure, values=tuple(_value_or_none(cells[m]) for cells in turned.cells),
                               is_total=False, source=source) for m, measure in enumerate(turned.measures)])
    stated = _unit_of_unnamed_rows(title, caption_unit or one_unit_in(title), rows) or _measured_apart(rows) or \
        _title_measure(title)
    return Table(id=table_id, title=_under_its_heading(title, lines, turned.first, furniture), doc_path=doc.path,
                 stated_unit=stated, unit=stated or Unit.KR, columns=turned.years, rows=tuple(rows),
                 municipality=municipality)


def _unit_of_unnamed_rows(title: str, unit: Unit | None, rows: list[Row]) -> Unit | None:
    """The unit a caption or title names, for the rows that name none. Where rows name it for themselves ("Kostnad
    per elev (kr)") beside rows naming nothing ("Totalt elever"), that unit is theirs, and the others are what the
    title's first clause measures ("Antal elever ... och kostnad i kronor per elev", "Antal barn/elever; kostnad i
    kronor per elev": a count)."""
    own = {row.measure for row in rows}
    if unit is None or unit not in own or None not in own:
        return unit
    return measure_not_money(re.split(r"\s*;\s*|\s+(?:och|samt|and)\s+", title)[0]) or unit


def _value_or_none(text: str) -> Decimal | None:
    try:
        return parse_value(text)
    except ValueError:
        return None


CONTINUED = re.compile(r"[\s,–-]*[(\[]?\s*(?:forts(?:\.|ättning|att)?|cont(?:\.|inued)?)\s*[)\]]?\s*(?=$|[.:]\s|\(|,)", re.I)


def _label_at_page_foot(doc: LoadedDocument, lines: list[tuple[int, str]], j: int,
                        furniture: frozenset[str]) -> str | None:
    """The label-only line right after a table's last row when nothing but the page's foot follows it on its page
    ("Kultur- och fritidsnämnden" above "Sida 10"): a section whose rows go on under the table's continuation."""
    k = j
    while k < len(lines) and not lines[k][1].strip():
        k += 1
    if k >= len(lines) or not doc.pages:
        return None
    cells = split_line(lines[k][1])
    label = [t for t in cells.texts if t]
    if len(label) != 1 or not re.fullmatch(r"[A-ZÅÄÖ][^\d.:;!?]{2,79}", clean(label[0])) or \
            _furniture_key(lines[k][1]) in furniture:
        return None  # a name, not a sentence nor a line with a page number ("Tabellen fortsätter", "Sida 10")
    page, foot = doc.page_at(lines[k][0]), False
    for start, text in lines[k + 1:]:
        if doc.page_at(start) != page:
            return clean(label[0]) if foot else None  # the page's last line is its own foot, not a label
        if text.strip():
            if not (_furniture_key(text) in furniture or re.fullmatch(r"\D{0,12}\d{1,4}\D{0,12}", text.strip())):
                return None
            foot = True
    return None


def _join_continued(tables: list[Table], footers: list[str | None] | None = None) -> list[Table]:
    """A table whose title is the one before it marked as continued ("Driftbudget per nämnd, tkr (forts.)"), with
    the same columns, is the rest of that table: one table with all the rows. So is a table marked continued on the
    page after the one the table before it ends on, with the same columns, whatever that table's title: the mark
    names the table, so the whole takes its name ("Investeringsbudget (forts.)" after a table titled by the heading
    of the prose above it). A section label the table before left at the foot of its page heads the continuation's
    first rows, up to their total."""
    out: list[Table] = []
    footers = footers or [None] * len(tables)
    for table, footer in zip(tables, [None, *footers]):
        base = CONTINUED.sub("", table.title)  # "(forts.)" at the end, or after a number ("Tabell 1 (forts.). ...")
        previous = out[-1] if out else None
        # "... – fortsättning (tkr)", "(forts.), mnkr": the unit after the mark; spaces around it do not count
        if previous is not None and base != table.title and \
                [c.label for c in previous.columns] == [c.label for c in table.columns]:
            titled = _continues_title(base, previous.title)
            if titled or _on_next_page(previous, table):
                rows = _under_footer(footer, table.rows) if footer else table.rows
                out[-1] = replace(previous, title=previous.title if titled else base.strip(" .:,;–-"),
                                  rows=previous.rows + _closing_totals(previous.rows, rows))
                continue
        out.append(table)
    return out


def _marked_continued(text: str) -> bool:
    """A line that names a table and marks it continued: "Investeringsbudget (forts.)", "Tabell 4 (forts.)"."""
    return CONTINUED.search(text) is not None and bool(CONTINUED.sub("", text).strip(" .:,;–-"))


def _named_on_its_next_page(lines: list[str], title: str) -> str:
    """A table read on over a page break whose next page names it as continued ("Investeringsbudget (forts.)") is
    called by that name, unless its title already opens with it (the heading of the prose above the table is no
    name of it)."""
    marks = [CONTINUED.sub("", line).strip(" .:,;–-") for line in lines if _marked_continued(line.strip())
             and len([t for t in split_line(line).texts if t]) == 1]
    if not marks or _spaceless(title).startswith(_spaceless(marks[0])) or \
            _spaceless(marks[0]).startswith(_spaceless(title)):
        return title
    return marks[0]


def _on_next_page(previous: Table, table: Table) -> bool:
    """The table starts on the page after the one the table before it ends on."""
    last = previous.rows[-1].source.page if previous.rows and previous.rows[-1].source else None
    first = table.rows[0].source.page if table.rows and table.rows[0].source else None
    return last is not None and first == last + 1


def _continues_title(base: str, previous: str) -> bool:
    """The continued table's title without its mark is the title before it, or the start of it that numbers the
    table ("Tabell 4. Investeringsbudget (forts.)" after "Tabell 4. Investeringsbudget per nämnd och projekt")."""
    mine, theirs = _spaceless(_uncaptioned(base)).rstrip(".:,;–-"), _spaceless(_uncaptioned(previous))
    return mine == theirs or (bool(NUMBERED.match(base.strip())) and len(base.split()) >= 3
                               and theirs.startswith(mine))


def _uncaptioned(title: str) -> str:
    """The title without a unit caption at its end ("Investeringsbudget(belopp i tkr)", "Driftbudget, tkr"): a
    continuation may state the unit its first page said elsewhere."""
    m = re.search(r"(?:\(([^()]*)\)|,([^,()]*))\s*$", title)
    return title[:m.start()].rstrip() if m and _is_caption(m.group(1) or m.group(2) or "") else title


def _under_footer(label: str, rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """The rows on top of a continuation that name no section of their own, up to and with their total, in the
    section `label` (left at the foot of the page before)."""
    out = list(rows)
    for k, row in enumerate(out):
        if row.sections:
            break
        out[k] = replace(row, sections=(label,))
        if row.is_total or TOTAL_LABEL.match(row.label):
            out[k] = replace(out[k], is_total=True)
            break
    return tuple(out)


def _spaceless(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _closing_totals(before: tuple[Row, ...], rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """The rest of a table after a page break: a "Summa socialnämnden" on top of it closes the section of the
    page before (it is that section's total, though no row of its own page came before it); rows above it that
    name no section of their own are in the section the page before left open (`_open_section`)."""
    rows = _open_section(before, rows)
    out = list(rows)
    for k, row in enumerate(out):
        if row.is_total or not TOTAL_LABEL.match(row.label) or not any(not r.is_total for r in before):
            break
        out[k] = replace(row, is_total=True, sections=row.sections or (before[-1].sections if before else ()))
    return tuple(out)


def _open_section(before: tuple[Row, ...], rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """The rows on top of a table's next page, before any section heading of their own, are in the section the
    page before ended in, when no total closed it there; the total that closes it ends them."""
    if not before or before[-1].is_total or not before[-1].sections:
        return rows
    out = list(rows)
    for k, row in enumerate(out):
        if row.sections:
            break
        closing = bool(TOTAL_LABEL.match(row.label))
        out[k] = replace(row, sections=before[-1].sections, is_total=row.is_total or closing)
        if closing:
            break
    return tuple(out)


def _row_follows(lines: list[tuple[int, str]], k: int, header: Header, furniture: frozenset[str] = frozenset(),
                 doc: LoadedDocument | None = None) -> bool:
    """The next non-blank line from k, past a page's running foot and a repeat of the header on the next page, is
    a row with values under the header (a section label at the foot of a page heads rows on the next)."""
    while k < len(lines) and (not lines[k][1].strip() or _furniture_key(lines[k][1]) in furniture):
        k += 1
    if doc is not None and k < len(lines):
        again = find_header([text for _, text in lines], k)
        if again is not None and [c.label for c in again.columns] == [c.label for c in header.columns]:
            return _row_follows(lines, k + again.lines, header, furniture)
    return k < len(lines) and _is_row_of(lines[k][1], header)


def _rows(doc: LoadedDocument, lines: list[tuple[int, str]], texts: list[str], header: Header,
          j: int, furniture: frozenset[str] = frozenset()) -> tuple[list[Row], int, tuple[Column, ...]]:
    """The rows below a header, over blank lines, label-only section rows, wrapped labels and page breaks."""
    rows: list[Row] = []
    units: list[tuple[Unit | None, ...]] = []  # per row: the unit each cell writes, if any
    words: list[tuple[str, ...]] = []  # per row: the word each cell holds instead of a figure, if any
    written: list[tuple[str, ...]] = []  # per row: each cell's text
    sections = Sections()
    blanks, end = 0, j
    pending: tuple[int, str] | None = None  # a label-only line: a section or the first half of a wrapped label
    while j < len(lines):
        start, line = lines[j]
        if not line.strip() or is_separator(line):
            blanks += 0 if is_separator(line) else 1
            if pending and blanks == 1 and pending[1].strip()[:1].isupper() and _row_follows(
                    lines, j + 1, header, furniture, doc):
                j, blanks = j + 1, 0  # "Kommunstyrelsen", a blank line, then its rows (PDF layout text spaces rows
                continue  # apart, also over a page's foot and the header repeated on the next page)
            if blanks > 1 or (pending and blanks):
                jump = _page_jump(doc, lines, texts, header, end, rows, furniture)
                if jump is None or jump[0] <= j:  # the reader never goes back to a line it has passed
                    break
                (j, header), blanks, pending = _placed(jump, header), 0, None
                continue
            j += 1
            continue
        if rows and doc.pages and doc.page_at(start) != doc.page_at(rows[-1].source.start):
            repeated = _repeated_header(doc, lines, texts, header, j, furniture)
            if repeated is not None:  # a new page: skip its running head up to the repeated header; a section
                j, header = _placed(repeated, header)  # label left at the foot of the page before heads the rows
                continue  # that follow
        if rows and _another_header(texts, j, header):
            break  # the header of the next table ("Grupp  2023  2024" under "Tabell 7. Sjukfrånvaro")
        cells = split_line(line)
        parsed = _row_cells(cells, header)
        values = _values(parsed[1], header) if parsed else None
        labelled = _labelled_by(pending[1], cells) if pending and parsed is None and find_header(texts, j) is None \
            else None  # a header of years under a title is the next table's ("Not 3 Kostnader" over "2024  2025")
        label_from = None
        if labelled is not None and _row_cells(labelled, header) is not None:
            # "Summa barn- och" / "39 500  41 600" / "utbildningsnämnden": the row's label stands on the line
            # above its figures (and may wrap on below them): the pending line is the row's label, not a section
            cells, parsed = labelled, _row_cells(labelled, header)
            values = _values(parsed[1], header) if parsed else None
            if values is not None:
                label_from = pending[0] + len(pending[1]) - len(pending[1].lstrip())
                pending = None
        if re.search(r"[^\W\d_]", line) and _is_furniture(line, values, furniture):  # "Sida 1 av 3", "Enköpings
            # kommun | Årsredovisning 2025  12": a line of words (a year alone may be the next table's header)
            j += 1  # neither a row nor a gap: the table may go on after the page break
            continue
        if parsed is None or values is None:
            label_only = [t for t in cells.texts if t]
            if rows and len(label_only) == 1 and _marked_continued(label_only[0]):
                j += 1  # "Investeringsbudget (forts.)" over the header repeated on the next page: no section
                continue
            if len(label_only) == 1 and len(label_only[0]) <= 80 and not _is_value(label_only[0]) \
                    and (cells.layout != "space" or len(cells.texts) == 1) and parse_column(label_only[0]) is None:
                if rows and not pending and j == end and _continues(label_only[0]):
                    # the label of the row above wrapped below its figures: "Grundskola inkl. ... och" / "fritidshem",
                    # "Självfinansieringsgrad av investeringar" / "(exkl. VA)"
                    last = rows[-1]
                    rows[-1] = replace(last, label=f"{last.label} {label_only[0]}",
                                       source=_source(doc, last.source.start, start + len(line.rstrip())))
                    j += 1
                    end = j
                    continue
                if pending:
                    sections.open(clean(pending[1]), split_line(pending[1]).indent)
                pending = (start, line)
                blanks = 0  # the blank lines before a section label are spacing, not the table's end
                j += 1
                continue
            jump = _page_jump(doc, lines, texts, header, end, rows, furniture)
            if jump is None or jump[0] <= j:  # the reader never goes back to a line it has passed
                break
            (j, header), blanks, pending = _placed(jump, header), 0, None
            continue
        label, (vals, note) = parsed[0], values
        first = start if label_from is None else label_from
        if pending:
            head = clean(pending[1])
            head_indent = split_line(pending[1]).indent
            if all(v is None for v in vals):
                sections.open(head, head_indent)
            elif _continues(label) or head.endswith(("-", "–", ",")):
                label, first = f"{head} {label}", pending[0] + len(pending[1]) - len(pending[1].lstrip())
            else:
                sections.open(head, head_indent)
            pending = None
        if all(v is None for v in vals) and not _says_none(parsed[1]):  # a label row with empty cells: a section
            sections.open(label, cells.indent)
            j += 1
            blanks = 0
            continue
        blanks = 0
        first += 0 if first != start else len(line) - len(line.lstrip())
        is_total = bool(TOTAL_LABEL.match(label)) and any(not r.is_total for r in rows)
        path = sections.row(label, is_total, cells.indent)
        rows.append(Row(label=label, values=vals, is_total=is_total, note=note, sections=path,
                        source=_source(doc, first, start + len(line.rstrip()))))
        units.append(_cell_units(parsed[1], header))
        words.append(_cell_words(parsed[1], header))
        written.append(_cell_words(parsed[1], header, words_only=False))
        j += 1
        end = j
    columns, rows = _columns_with_cell_units(header.columns, rows, units)
    columns, rows = _fold_text_columns(columns, rows, words, written)
    return parents(doc, leading_totals(grand_totals(rows))), end, columns


def _labelled_by(label_line: str, cells: Cells) -> Cells | None:
    """A line of figures only, labelled by the label-only line above it (a PDF sets a label of two lines beside
    the middle of its figures): the figures with that label as their first cell, or None when the line has a
    label of its own or the label line holds more than one cell."""
    above = split_line(label_line)
    labels = [t for t in above.texts if t]
    if len(labels) != 1 or not cells.texts or not _is_value(cells.texts[0]) or not all(
            _is_value(t) or clean(t) in EMPTY_CELL for t in cells.texts if t):
        return None
    if cells.layout == "space":
        if above.layout != "space" or above.spans[0][1] >= cells.spans[0][0]:
            return None
        return replace(cells, texts=(labels[0], *cells.texts), spans=(above.spans[0], *cells.spans),
                       indent=above.indent)
    return replace(cells, texts=(labels[0], *cells.texts)) if cells.layout == above.layout else None


def _says_none(texts: list[str]) -> bool:
    """Every cell of a row writes that it holds no figure ("Strukturbidrag  –  –  –"): a row of its table that
    is empty for those years, not a section heading over the rows below (whose cells are blank)."""
    written = [clean(t) for t in texts if clean(t)]
    return bool(written) and all(t in EMPTY_CELL for t in written)


def _another_header(texts: list[str], j: int, header: Header) -> bool:
    """Line j starts a header of other columns than this table's: a new table begins there."""
    again = find_header(texts, j)
    return again is not None and [c.label for c in again.columns] != [c.label for c in header.columns]


def _is_furniture(line: str, values: tuple[tuple[Decimal | None, ...], str | None] | None,
                  furniture: frozenset[str]) -> bool:
    """A running head or foot of the document's pages read as a row (a label and its page number): at most
    one figure, and the line is page furniture. (A line of a number alone is no row; it ends a table as before.)"""
    figures = sum(v is not None for v in values[0]) if values else 0
    return figures < 2 and _furniture_key(line) in furniture


Jump = tuple[int, Header | None]  # where a table goes on after a page break, and its header repeated there if any


def _repeated_header(doc: LoadedDocument, lines: list[tuple[int, str]], texts: list[str], header: Header,
                     j: int, furniture: frozenset[str] = frozenset()) -> Jump | None:
    """The line after this table's header repeated near the top of the page that starts at line j, and the repeat
    (a Jump). When the
    document's running heads are known, any other text before it (a heading, prose, a new table's title)
    means the header is another table's."""
    page = doc.page_at(lines[j][0])
    for k in range(j, min(len(lines), j + PAGE_GAP)):
        if doc.page_at(lines[k][0]) != page:
            break
        again = find_header(texts, k) if texts[k].strip() else None
        if again is not None and [c.label for c in again.columns] == [c.label for c in header.columns]:
            return k + again.lines, again
        if furniture and texts[k].strip() and _furniture_key(texts[k]) not in furniture:
            return None
        if _is_row_of(texts[k], header, figures=min(2, len(header.columns))):
            return None  # the table's rows go on at the top of the page: a header further down is another table's
    return None


def _placed(jump: Jump, header: Header) -> tuple[int, Header]:
    """Where the table goes on, and the header with the places of its repeat there: the rows of a new page stand
    under the header repeated on it, which the page may set further right than the first ("Summa investeringar",
    whose blank committee cell leaves only its figures' places to say their columns)."""
    j, again = jump
    if again is None or len(again.spans) != len(header.spans):
        return j, header
    return j, replace(header, spans=again.spans)


def _is_row_of(line: str, header: Header, figures: int = 1) -> bool:
    """The line is a row with figures under at least `figures` of the header's columns (a running head with its
    page number, "Budget 2024 Exempelkommun  7", has one)."""
    parsed = _row_cells(split_line(line), header)
    values = _values(parsed[1], header) if parsed else None
    return values is not None and sum(v is not None for v in values[0]) >= figures


def _page_jump(doc: LoadedDocument, lines: list[tuple[int, str]], texts: list[str], header: Header, j: int,
               rows: list[Row], furniture: frozenset[str] = frozenset()) -> Jump | None:
    """Where the table goes on after a page break (its header repeated, or rows straight away), with the repeated
    header if any; None if it ends.
    When the document's running heads and page numbers are known (`page_furniture`), any other text between
    the table and its continuation (a heading, prose, a caption) ends the table."""
    if not rows or not doc.pages:
        return None
    page = doc.page_at(lines[j - 1][0])
    for k in range(j, min(len(lines), j + PAGE_GAP)):
        if not texts[k].strip():
            continue
        if doc.page_at(lines[k][0]) == page:
            if furniture and _furniture_key(texts[k]) not in furniture:
                return None
            continue
        again = find_header(texts, k)
        if again is not None and [c.label for c in again.columns] == [c.label for c in header.columns]:
            return k + again.lines, again
        parsed = _row_cells(split_line(texts[k]), header)
        if parsed and _values(parsed[1], header) is not None:
            return k, None
        if furniture and _furniture_key(texts[k]) not in furniture:
            return None  # a heading or a caption on the next page: another table begins there
    return None
