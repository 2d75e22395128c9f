"""Table lines and headers in every text layout: tab-separated, markdown pipes, space-aligned (pypdf layout).

A line becomes `Cells` (texts with their character spans, and the layout they came from). A header is a
stub cell (empty, a unit, or a short name such as "Nämnd") and column labels: with a year ("Budget 2024",
"Utfall 2023", "2024-12-31"), or without one ("Not", "Avvikelse", "Förändring %"), at least one with a year;
a header of labels naming no year ("Omfattning | Effekt (tkr)") only when rows of figures follow it.
Headers wrapped over two or three lines are joined column by column: by position for space-aligned text,
by index for pipes and tabs. A cell of several dated labels one space apart ("2024-12-31 2025-12-31") is
one column per label.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.budget.records import Column
from assistant.budget.units import Unit, measure_not_money, money_per, unit_in

MARKUP = re.compile(r"</?(?:i|b|em|strong)>|\*\*|__")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# Column kinds as data: what municipal tables call their figures (Swedish and English).
KINDS = {"utfall": "Utfall", "bokslut": "Bokslut", "budget": "Budget", "prognos": "Prognos",
         "plan": "Plan", "ek.plan": "Plan", "flerårsplan": "Plan", "outcome": "Utfall", "actual": "Utfall",
         "forecast": "Prognos"}
TARGET_CELLS = frozenset({"mål", "målvärde", "target"})  # a goal's column, beside the kinds of figure
MIN_KIND_LETTERS = 2  # "B" opens both "Budget" and "Bokslut", "P" both "Plan" and "Prognos"


def kind_named(word: str) -> str | None:
    """The kind of column a header word names: written out ("Budget", "Bokslut", "Ek.plan") or cut short to letters
    that open the words of one kind only ("Bu 2025", "Pl 2026", "Utf", "Progn."); None for any other word."""
    key = word.lower().rstrip(".")
    if key in KINDS:
        return KINDS[key]
    if len(key) < MIN_KIND_LETTERS or not key.isalpha():
        return None
    kinds = {kind for full, kind in KINDS.items() if full.startswith(key)}
    return kinds.pop() if len(kinds) == 1 else None


def is_kind_cell(text: str) -> bool:
    """A cell that names only a kind of column ("Budget", "Bu", "Målvärde"), written over its year."""
    return kind_named(text) is not None or text.lower() in TARGET_CELLS
# Columns that name years but hold a change or a period's total, not a year's figure
PERIOD_KINDS = {"Förändring", "Avvikelse", "Differens", "Diff", "Totalt", "Summa", "Total", "Budgetavvikelse",
                "Change", "Deviation"}
# A period of months ("Jan–aug", "januari–augusti", "jan-aug", "januari till augusti"): the months that have passed,
# an outcome
MONTH = r"(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zé]*\.?"
MONTH_PERIOD = re.compile(rf"(?<!\w){MONTH}(?:\s*[-–—]\s*|\s+(?:till(?: och med)?|t\.\s?o\.\s?m\.|tom|through|to)\s+){MONTH}(?!\w)",
                          re.IGNORECASE)
MONTH_ORDER = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def months_covered(label: str) -> int:
    """How many months a column's figure covers: its period of months ("Utfall jan–aug 2024": 8), else a whole year."""
    period = MONTH_PERIOD.search(label)
    if period is None:
        return 12
    first, last = (MONTH_ORDER.index(m.lower()[:3]) for m in re.findall(MONTH, period.group(), re.IGNORECASE)[:2])
    return (last - first) % 12 + 1


# The base a figure is counted on, written in a label ("Kronor av 100", "per 1 000 invånare"): no figure of a row
DENOMINATOR = re.compile(r"(?<!\w)(?:av|per|of|på)\s+\d{1,3}(?:[ \u00a0]\d{3})*(?!\d)", re.IGNORECASE)
# A day of a month in a label ("Utfall 31 aug", "Prognos 30/6"): the day a figure is counted on, no figure
DAY_OF_MONTH = re.compile(rf"(?<![\d/])\d{{1,2}}(?:\s+{MONTH}|/\d{{1,2}})(?![\w/])", re.IGNORECASE)
NOTE_LABEL = re.compile(r"^(not|noter|not nr|note|notes)\.?$", re.IGNORECASE)
SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
EMPTY_CELL = {"", "-", "–", "—", "−", "..", "…", "0-", "x"}  # a cell written to say it holds no figure
MAX_STUB = 40  # a header's first cell longer than this is prose, not a stub


@dataclass(frozen=True, slots=True)
class Cells:
    texts: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # character spans in the line (space layout); () for pipes/tabs
    layout: str  # "pipe", "tab" or "space"
    indent: int = 0  # leading spaces or &nbsp; of the first cell (pipes, tabs); its start column (space)
    glued: int | None = None  # the first cell cut from the one before it, the gap between them lost (space)


@dataclass(frozen=True, slots=True)
class Header:
    stub: str  # the first cell: "", "mnkr", "Belopp i tkr", "Nämnd"
    columns: tuple[Column, ...]  # value columns, in order (note columns excluded)
    slots: tuple[int | None, ...]  # per header cell after the stub: index into columns, None for a note column
    spans: tuple[tuple[int, int], ...]  # character spans of the header cells after the stub (space layout)
    unit: Unit | None  # a unit named in the stub or the column labels
    lines: int  # how many text lines the header takes
    layout: str

    @property
    def width(self) -> int:
        return len(self.slots)

    @property
    def note_slot(self) -> int | None:
        return next((i for i, s in enumerate(self.slots) if s is None), None)


def clean(text: str) -> str:
    return html.unescape(MARKUP.sub("", text)).replace("\u00a0", " ").strip()


def _indent(cell: str, pad: int = 0) -> int:
    lead = re.match(r"^(?:\s|&nbsp;|&#160;)*", cell).group(0)  # type: ignore[union-attr]
    return max(0, len(lead.replace("&nbsp;", " ").replace("&#160;", " ")) - pad)


@lru_cache(maxsize=16384)
def split_line(line: str) -> Cells:
    """Cells of a line: markdown pipes, else tabs, else runs of 2+ spaces (with their spans)."""
    raw = line.replace("\u00a0", " ").rstrip()
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        inner = stripped[1:-1] if stripped.endswith("|") else stripped[1:]
        parts = inner.split("|")
        return Cells(tuple(clean(c) for c in parts), (), "pipe", _indent(parts[0], 1))
    if "\t" in raw:
        parts = raw.split("\t")
        cells = [clean(c) for c in parts]
        while cells and not cells[-1]:
            cells.pop()
        return Cells(tuple(cells), (), "tab", _indent(parts[0]))
    texts, spans = [], []
    glued: int | None = None
    for match in re.finditer(r"\S+(?:\s\S+)*", raw):
        start = match.start()
        cuts = sorted(g.end(1) for g in GLUED_YEAR.finditer(match.group(0))) + [
            g.start() for g in GLUED_WORD.finditer(match.group(0))]  # "Plan 2027Summa", "FörändringKr": two cells
        for cut in (*sorted(cuts), None):
            end = match.start() + cut if cut is not None else match.end()
            text = clean(raw[start:end])
            if text:
                if glued is None and start > match.start():
                    glued = len(texts)
                texts.append(text)
                spans.append((start, end))
            start = end
    return Cells(tuple(texts), tuple(spans), "space", spans[0][0] if spans else 0, glued)


def regapped(row: Cells, base: Cells) -> Cells:
    """A header line whose cells were glued (`Cells.glued`) with its cells from the glued one on moved right so that
    its last cell ends where the base line's does: the gap the PDF's text lost stood before them, and a header's
    labels stand right-aligned over their columns as the figures do ("FörändringKr per invånare" over "mnkr  %
    2025": "Kr per invånare" over "2025", not over "%"). The line as it is when nothing was glued or it ends as far."""
    if row.glued is None or not row.spans or not base.spans or base.spans[-1][1] <= row.spans[-1][1]:
        return row
    shift = base.spans[-1][1] - row.spans[-1][1]
    spans = tuple((s + shift, e + shift) if i >= row.glued else (s, e) for i, (s, e) in enumerate(row.spans))
    return replace(row, spans=spans)


# a year glued to the next column's name, the space between them lost in a PDF's text ("Plan 2027Summa 2025–2027")
GLUED_YEAR = re.compile(r"(?<![\d\w])((?:19|20)\d\d)(?=[A-ZÅÄÖ][a-zåäö])")
# a word glued to the next column's capitalised name ("FörändringKr per invånare"): a word in lower case never goes on
# in a capital and lower case letters, so the capital opens another cell
GLUED_WORD = re.compile(r"(?<=[a-zåäöé]{3})(?=[A-ZÅÄÖ][a-zåäö])")


def split_cells(line: str) -> list[str]:
    """Non-empty-trimmed cells of a table line (kept for callers that only need the texts)."""
    cells = split_line(line)
    if cells.layout == "space":
        return list(cells.texts)
    return [c for c in cells.texts] if any(cells.texts) else []


def is_separator(line: str) -> bool:
    """A markdown header separator: |---|:---:|."""
    return bool(SEPARATOR.match(line.strip())) and "-" in line


def parse_column(text: str, cell: bool = False) -> Column | None:
    """A column label with a year: "Budget 2024", "Plan 2025", "2024", "Utfall 2023 (mnkr)", "2024-12-31". `cell`:
    the label is a grid's cell (pipes: Markdown, HTML, Word, Excel), whose borders set it apart, so it may be as long
    as a label wrapped over lines ("Grundbelopp 2025, kr per barn/elev och år")."""
    from assistant.budget.yearless import names_proposal

    label = clean(text)
    chars, most_words = LABEL_LIMITS[3] if cell else (40, 3)
    if not label or len(label) > chars:
        return None
    years = YEAR.findall(label)
    if not years:
        return None
    outside = re.sub(r"\([^)]*\)", " ", label)
    if re.search(r"(?<![\d-])\d{3,}(?![\d-])", YEAR.sub(" ", outside)):
        return None  # "1001 (Ny förskola, byggstart 2024)": a project number, not a column's year
    rest = YEAR.sub(" ", label)
    rest = re.sub(r"\((?:[^)]*)\)|[-–/.,:]|\b(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*\b|\d+", " ", rest,
                  flags=re.IGNORECASE)
    words = [w for w in rest.split() if unit_in(w) is None]
    if len(words) > most_words and not (len(words) <= 6 and words[-1].lower().rstrip(".") in KINDS):
        return None  # words of prose; a group label over the kind is no prose ("Utgift per år Utfall 2025")
    kind = next((k for k in map(kind_named, words) if k), "")
    if words and words[0].capitalize() in PERIOD_KINDS:
        kind = words[0].capitalize()  # "Förändring mot budget 2025, %": a change against that year, not its budget
    if not kind and words:
        kind = _period_kind(words[0] + ".") if f"{words[0]}." in label else ""  # "Förändr. 2025–26"
    if not kind and words:
        if any(not w.isalpha() for w in words):
            return None
        kind = words[0].capitalize()
        if names_proposal(" ".join(words)):  # "M och KD förslag 2025, tkr": whose proposal, said whole as
            kind = " ".join(words).capitalize()  # without a year ("M och SD:s förslag"), not "M"
    if not kind and MONTH_PERIOD.search(label):
        kind = "Utfall"  # "Jan–aug 2024": the months of the year gone by, its outcome so far
    if kind in PERIOD_KINDS:
        return Column(label=label, year=None, kind=kind, unit=Unit.PERCENT if "%" in label else None)
    # "Antal 2024", "Sjukfrånvaro 2024, %": the label names a count or a share, not money
    unit = Unit.PERCENT if unit_in(label) is Unit.PERCENT else measure_not_money(label) or \
        measure_not_money(" ".join(words)) or money_per(label)  # "Tillsvidareanställda 31/12 2023": what it counts
    return Column(label=label, year=int(years[0]), kind=kind, unit=unit)


def _period_kind(word: str) -> str:
    """The period kind a word abbreviates with a full stop ("Förändr." for Förändring, "Avvik." for
    Avvikelse), else ""."""
    short = word.lower()
    if not short.endswith(".") or len(short) < 5:
        return ""
    return next((k for k in sorted(PERIOD_KINDS) if k.lower().startswith(short[:-1])), "")


# (characters, words) a label without a year may have, by the lines it is wrapped over (0 and 1: one line)
LABEL_LIMITS = {0: (30, 4), 1: (MAX_STUB, 6), 2: (MAX_STUB, 6), 3: (60, 9)}


def _other_column(text: str, wide: bool | int = False) -> Column | None | str:
    """A label without a year: "Not" (returns "note"), "Avvikelse", "Förändring %"; None when not a label. `wide`:
    a label wrapped over lines (True, or how many) may be longer ("Resultat efter finansiella poster, mnkr";
    over three lines: "Sjukfrånvaro i procent av ordinarie arbetstid")."""
    label = clean(text)
    if NOTE_LABEL.match(label):
        return "note"
    chars, words = LABEL_LIMITS[min(int(wide), 3)]  # a label wrapped over more lines may be longer
    if not label or len(label) > chars or len(label.split()) > words or not re.search(r"[A-Za-zÅÄÖåäö%]", label):
        return None
    undated = DAY_OF_MONTH.sub(" ", label)
    explained = re.sub(r"\([^)]*[A-Za-zÅÄÖåäö][^)]*\)", " ", undated)  # "(60 dagar el. mer)": words about its figures
    first = label.split()[0]
    if re.search(r"\d", DENOMINATOR.sub(" ", explained).replace("%", "")) and first.capitalize() not in PERIOD_KINDS \
            and not _period_kind(first):
        return None  # a figure, not a label; but "Förändring B27–B26" ("Förändr. % 24–25") names the years it
        # compares in short
    unit = Unit.PERCENT if unit_in(label) is Unit.PERCENT else measure_not_money(label) or money_per(label)
    if unit is Unit.PERCENT and _share_of_money(label):
        unit = None  # "Andel av 100 kr": the share is written in kronor of that sum, the table's money
    kind = re.sub(r"[%(),:]|procent", " ", undated, flags=re.IGNORECASE).strip().capitalize() or "Andel"
    kind = " ".join(w for w in kind.split() if unit_in(w) is None) or kind  # "Effekt (tkr)": an effect, in tkr
    if MONTH_PERIOD.fullmatch(kind):
        kind = "Utfall"  # "jan–aug": the months gone by, an outcome
    if kind.split()[0] in PERIOD_KINDS:  # "Avvikelse mot budget": a deviation column, said in full
        kind = kind.split()[0]
    elif _period_kind(kind.split()[0]):  # "Förändr. 24–25": the kind it abbreviates
        kind = _period_kind(kind.split()[0])
    return Column(label=label, year=None, kind=kind, unit=unit)


def _share_of_money(label: str) -> bool:
    """A label naming a share of a stated sum of money ("Andel av 100 kr", "Del av varje 100-lapp, kr"): no percent
    sign, a figure of the whole and a unit of money."""
    unit = unit_in(label)
    return "%" not in label and DENOMINATOR.search(label) is not None and unit is not None and unit.is_money


def join_wrapped(parts: list[str]) -> str:
    """Parts of a label wrapped over lines, joined: a word broken at a hyphen is one word again ("Årsarbe-" and
    "tare" is "Årsarbetare"), a compound's shared part stays ("Barn-" and "och utbildning")."""
    out = ""
    for part in parts:
        if out.endswith("-") and part[:1].islower() and part.split()[0] not in JOINING_WORDS and \
                not out[-2:-1].isspace():
            out = out[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return out


JOINING_WORDS = frozenset({"och", "eller", "samt", "resp.", "respektive", "and", "or"})


def parse_header(texts: tuple[str, ...], spans: tuple[tuple[int, int], ...], layout: str, lines: int = 1,
                 worded: bool = False, yearless: bool = False) -> Header | None:
    """A header from the cells of one (joined) line, or None. `worded`: the line may be mostly labels without a
    year (a row of figures in every column below it shows it is a header, not prose); `yearless`: no label
    needs a year (rows of figures below show it is a header)."""
    texts, spans = split_dated(texts, spans)
    if len(texts) < 2:
        return None
    grid = layout == "pipe"
    first = parse_column(texts[0], cell=grid) if texts[0] else None
    stub_text, cells, cell_spans = ("", texts, spans) if first is not None else (
        texts[0], texts[1:], spans[1:] if spans else ())
    if len(stub_text) > MAX_STUB:
        return None
    columns: list[Column] = []
    slots: list[int | None] = []
    has_year = False
    for text in cells:
        column = parse_column(text, cell=grid) if text else None
        if column is not None:
            has_year = True
        else:
            # a cell of a grid (pipes: Markdown, HTML, Word, Excel) is a label however long, as one wrapped over
            # lines is: its borders, not gaps that prose has too, set it apart ("Andel av nämndens netto (%)")
            other = _other_column(text, wide=3 if layout == "pipe" else lines if lines > 1 else False) \
                if text else None
            if other is None:
                return None
            if other == "note":
                slots.append(None)
                continue
            column = other  # type: ignore[assignment]
        slots.append(len(columns))
        columns.append(column)  # type: ignore[arg-type]
    if not columns or not (has_year or yearless):
        return None
    columns = _of_the_one_year(columns)
    # mostly words: a justified line of prose with a year in it, not a header; a column kind of its own without a
    # year ("Avvikelse", "Total projektbudget") is a label, not a word of prose
    labelled = [c for c in columns if c.year is None and c.kind.split()[0] not in PERIOD_KINDS]
    if len(labelled) > max(2, len([c for c in columns if c.year is not None])) and not (worded or yearless):
        return None
    bare = [c.year for c in columns if c.year is not None and c.label.isdigit()]
    if len(bare) != len(set(bare)) and len(bare) == len([c for c in columns if c.year]):
        return None  # "2021 2021" is a data row of numbers, not a header
    unit = unit_in(stub_text) if stub_text else None
    if unit is None:
        # a column of money per one of something ("Kr per invånare 2025") has that unit alone, not the other columns
        own = [c for c in columns if not money_per(c.label)] or columns
        unit = next((u for u in (unit_in(re.sub(r"%", "", c.label)) for c in own) if u and u.is_money), None)
    if len(columns) < 2 and unit is None and not stub_text:
        return None
    return Header(stub=stub_text, columns=tuple(columns), slots=tuple(slots), spans=tuple(cell_spans),
                  unit=unit, lines=lines, layout=layout)


def split_dated(texts: tuple[str, ...], spans: tuple[tuple[int, int], ...]
                ) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """Header cells holding several dated labels set one space apart ("2024-12-31 2025-12-31", "Budget 2025 Plan
    2026") split into one cell per label (each part's span where it stands in the cell); a label spanning years
    ("Förändring 2025–2029", "Totalt 2027–2029") stays one."""
    out_texts: list[str] = []
    out_spans: list[tuple[int, int]] = []
    for n, text in enumerate(texts):
        span = spans[n] if n < len(spans) else None
        parts = _dated_parts(text)
        if len(parts) < 2:
            out_texts.append(text)
            out_spans.extend([span] if span else [])
            continue
        at = 0
        for part in parts:
            start = text.find(part, at)
            at = start + len(part)
            out_texts.append(part)
            if span:
                out_spans.append((span[0] + start, span[0] + at))
    return tuple(out_texts), tuple(out_spans)


def _dated_parts(text: str) -> list[str]:
    """The labels of a cell, each up to and including its year ("Budget 2025 Plan 2026": two); [text] when a
    word holds two years, a part names none, or a part is no column of one year of a value kind."""
    words = text.split()
    if len(YEAR.findall(text)) < 2 or any(len(YEAR.findall(w)) > 1 for w in words):
        return [text]
    parts: list[list[str]] = [[]]
    for word in words:
        if parts[-1] and YEAR.search(" ".join(parts[-1])):
            parts.append([])
        parts[-1].append(word)
    if len(parts) > 1 and not YEAR.search(" ".join(parts[-1])):
        parts[-2].extend(parts.pop())  # "2025 (mnkr)": words after the last year belong to its label
    labels = [" ".join(p) for p in parts]
    if any(label[:1] in "-–—/" or label.split()[0].lower() in ("till", "to") for label in labels[1:]):
        return [text]  # "2025 – 2029", "2025 till 2029": one span of years
    columns = [parse_column(label) for label in labels]
    if any(c is None or c.year is None for c in columns):
        return [text]
    return labels


def _of_the_one_year(columns: list[Column]) -> list[Column]:
    """A header naming one year only: a column of a value kind without a year of its own ("Utfall jan–aug",
    "Prognos helår" beside "Budget 2026") is that year's ("Budget 2026, Utfall jan–aug, Prognos helår, Avvikelse
    mot budget" in a delårsrapport)."""
    years = {c.year for c in columns if c.year is not None}
    if len(years) != 1:
        return columns
    year = next(iter(years))
    out = []
    for c in columns:
        first = c.label.split()[0].lower().rstrip(".") if c.year is None and c.label.split() else ""
        kind = kind_named(first) or ("Utfall" if c.year is None and c.kind == "Utfall" else None)
        out.append(Column(label=c.label, year=year, kind=kind, unit=c.unit) if kind else c)
    return out


def join_lines(rows: list[Cells]) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]] | None:
    """Join a header wrapped over several lines into one line of cells.

    Pipes and tabs: by index (the lines must have the same number of cells). Space layout: the line with
    the most cells is the base; every cell of the other lines goes to the base cells it overlaps (a label
    centred over two columns goes to both; over a bare year and a labelled cell, to the year); a cell left of every base cell joins the stub.
    """
    if any(r.layout != rows[0].layout for r in rows):
        return None
    if rows[0].layout != "space":
        width = max(len(r.texts) for r in rows)
        if any(len(r.texts) != width for r in rows):
            return None
        # a cell merged over rows repeats its text in each: keep it once
        joined = tuple(join_wrapped(list(dict.fromkeys(r.texts[i] for r in rows if r.texts[i]))).strip()
                       for i in range(width))
        return joined, ()
    base_index = max(range(len(rows)), key=lambda k: (len(rows[k].texts), k))
    rows = [regapped(r, rows[base_index]) if k != base_index else r for k, r in enumerate(rows)]
    base = _with_own_columns(rows, base_index)
    parts: list[list[tuple[int, str]]] = [[(base_index, t)] if t else [] for t in base.texts]
    stub: list[tuple[int, str, tuple[int, int]]] = []
    free: list[tuple[int, str, tuple[int, int]]] = []
    for k, row in enumerate(rows):
        if k == base_index:
            continue
        cells = _split_kinds(row, base)
        for text, (start, end) in cells:
            hits = [i for i, (s, e) in enumerate(base.spans) if start <= e and s <= end]
            lacking = [i for i in hits if _lacks_label(base.texts[i])]
            if lacking and len(hits) > 1:
                # over a bare year and a labelled cell ("Utfall jan–aug" right-aligned over "2024", its left end
                # reaching over "Not"): it completes the year's label only
                hits = lacking
            if not hits:
                if end <= base.spans[0][0] or (len(base.spans) > 1 and end < base.spans[1][0] and start < base.spans[0][1]):
                    stub.append((k, text, (start, end)))
                    continue
                free.append((k, text, (start, end)))
                continue
            for i in hits:
                parts[i].append((k, text))
    spans = list(base.spans)
    for own, group in _columns_of_their_own(free, base):
        if not own:
            for k, text, (start, end) in group:
                centre = (start + end) / 2
                i = min(range(len(base.spans)), key=lambda i: abs((base.spans[i][0] + base.spans[i][1]) / 2 - centre))
                parts[spans.index(base.spans[i])].append((k, text))  # its index among any columns inserted
            continue
        at = sum(s < group[0][2][0] for s, _ in spans)
        spans.insert(at, (min(g[2][0] for g in group), max(g[2][1] for g in group)))
        parts.insert(at, [(k, text) for k, text, _ in group])
    texts = [join_wrapped([t for _, t in sorted(p)]) for p in parts]
    if stub:
        label = " ".join(t for _, t, _ in sorted(stub))
        if _other_column(label) == "note" and len(stub) == 1:
            # "Not" on a line of its own left of the columns: a note column, and no stub label
            return ("", label, *texts), ((0, 0), stub[0][2], *spans)
        # the base line's first cell is a column label: the stub is a separate leading cell
        if parse_column(texts[0]) is not None or _other_column(texts[0]) not in (None, "note"):
            texts.insert(0, label)
            return tuple(texts), ((0, 0), *spans)
        texts[0] = " ".join([label, texts[0]])
    elif _other_column(texts[0]) == "note":
        # no stub label at all, and the first cell is a column ("Not" over its numbers): the stub is empty
        return ("", *texts), ((0, 0), *spans)
    return tuple(texts), tuple(spans)


def _columns_of_their_own(free: list[tuple[int, str, tuple[int, int]]], base: Cells
                          ) -> list[tuple[bool, list[tuple[int, str, tuple[int, int]]]]]:
    """The cells of wrapped header lines over no cell of the base line, grouped by overlap. A group is a column of its
    own when it lies right of every base cell as a label of its own ("Plan 2026  Plan 2027" beside a base line of
    "2023  2024  2025"; not a unit or a lower-case continuation: "%" beside "Förändring") or
    when lines above and below it join into one dated label in a gap between base cells ("Budget" over "2025"
    between "Nämnd" and "Plan 2026"), or it is a note label ("Not"); the cells of any other group each go to their
    nearest base column."""
    groups: list[list[tuple[int, str, tuple[int, int]]]] = []
    for cell in sorted(free, key=lambda c: c[2][0]):
        if groups and any(cell[2][0] <= e and s <= cell[2][1] for _, _, (s, e) in groups[-1]):
            groups[-1].append(cell)
        else:
            groups.append([cell])
    out: list[tuple[bool, list[tuple[int, str, tuple[int, int]]]]] = []
    for group in groups:
        label = join_wrapped([t for _, t in sorted((k, t) for k, t, _ in group)])
        column = parse_column(label)
        # right of the base line: a label of its own (capitalised, no unit), not a unit or the lower part of the last
        # column's label ("%" beside "Förändring")
        beyond = min(g[2][0] for g in group) > base.spans[-1][1] and label[:1].isupper() and unit_in(label) is None
        stacked = len({k for k, _, _ in group}) > 1 and column is not None and column.year is not None
        # "Not" over a gap between base cells ("Mnkr" ... "2023"): the note column, which no year dates
        note = _other_column(label) == "note"
        out.append((beyond or stacked or note, group))
    return out


def _with_own_columns(rows: list[Cells], base_index: int) -> Cells:
    """The base line of a wrapped header with a blank cell for each label of another line that stands over no
    cell of it, right of its first, between cells that labels of its own line stand over already, and is a whole
    label without a year ("Avvikelse" on the upper line only, between "2024" over "Prognos" and "Förändring" over
    "%"): that label heads a column of its own, not its nearest neighbour's."""
    base = rows[base_index]
    if not base.spans:
        return base
    texts, spans = list(base.texts), list(base.spans)
    for k, row in enumerate(rows):
        if k == base_index:
            continue
        cells = list(zip(row.texts, row.spans))

        def taken(i: int | None, n: int) -> bool:  # the base cell has a label of this line over it already
            s, e = base.spans[i] if i is not None else (0, 0)
            return i is None or any(s2 <= e and s <= e2 for m, (_, (s2, e2)) in enumerate(cells) if m != n)

        for n, (text, (start, end)) in enumerate(cells):
            if start <= base.spans[0][1] or any(start <= e and s <= end for s, e in base.spans):
                continue
            left = max((i for i, (_, e) in enumerate(base.spans) if e < start), default=None)
            right = min((i for i, (s, _) in enumerate(base.spans) if s > end), default=None)
            if not (taken(left, n) and taken(right, n)):
                continue  # "Förändring" beside a bare "%": the label of that cell, set off to one side
            if parse_column(text) is None and isinstance(_other_column(text), Column):
                at = sum(1 for s, _ in spans if s < start)
                texts.insert(at, "")
                spans.insert(at, (start, end))
    return base if len(spans) == len(base.spans) else replace(base, texts=tuple(texts), spans=tuple(spans))


def _split_kinds(row: Cells, base: Cells) -> list[tuple[str, tuple[int, int]]]:
    """The cells of a wrapped header line, with a cell of several column kinds written one space apart
    ("Budget Utfall" over "2024   2024") split into one kind per base cell, left to right from the base cell
    it starts over, when those base cells get nothing else from this line."""
    cells = list(zip(row.texts, row.spans))
    out: list[tuple[str, tuple[int, int]]] = []
    for n, (text, (start, end)) in enumerate(cells):
        words = text.split()
        first = next((i for i, (s, e) in enumerate(base.spans) if start <= e and s <= end), None)
        others = {i for m, (_, (s2, e2)) in enumerate(cells) if m != n
                  for i, (s, e) in enumerate(base.spans) if s2 <= e and s <= e2}
        repeated = _repeated_label(words)
        if repeated:  # "Jan–jun Jan–jun" over "2026   2025": one label over each column, one space apart
            words = [" ".join(words[:repeated])] * (len(words) // repeated)
        targets = range(first, first + len(words)) if first is not None else range(0)
        if (len(words) < 2 or not (repeated or all(is_kind_cell(w) for w in words)) or first is None
                or targets[-1] >= len(base.spans) or any(i in others for i in targets)):
            out.extend(_labels_over_open_cells(text, (start, end), base, others))
            continue
        out.extend((w, base.spans[i]) for w, i in zip(words, targets))
    return out


def _labels_over_open_cells(text: str, span: tuple[int, int], base: Cells, others: set[int]
                            ) -> list[tuple[str, tuple[int, int]]]:
    """A wrapped header cell of several labels set one space apart ("Utfall jan–aug Budgetavvikelse", "Förändring
    Andel av"; each label opens with a capital), over base cells that lack their label (a bare year or span, a
    lower-case continuation: "2024", "prognos", "2024–2025"): one label per such cell, left to right, when their
    numbers agree. PDF text squeezes the gaps of such a line, so positions alone cannot place its labels."""
    labels = _capital_labels(text.split())
    if len(labels) < 2 or not base.spans or span[0] <= base.spans[0][1]:  # a title at the left, not labels
        return [(text, span)]
    open_cells = [i for i, (s, e) in enumerate(base.spans) if i > 0 and e >= span[0] and i not in others
                  and _lacks_label(base.texts[i])]
    if len(open_cells) != len(labels):
        return [(text, span)]
    return [(label, base.spans[i]) for label, i in zip(labels, open_cells)]


def _capital_labels(words: list[str]) -> list[str]:
    """Words grouped into labels, a new one at each capitalised word that is no month ("Utfall jan–aug
    Budgetavvikelse": two)."""
    labels: list[list[str]] = []
    for word in words:
        if not labels or (word[:1].isupper() and not re.match(MONTH, word, re.IGNORECASE)):
            labels.append([word])
        else:
            labels[-1].append(word)
    return [" ".join(label) for label in labels]


def _lacks_label(text: str) -> bool:
    """A header cell that is only the lower part of its label: a year or span ("2024", "2024–2025", "2025, %"), or
    a continuation in lower case ("prognos"), not a unit ("mnkr")."""
    return text[:1].isdigit() or (text[:1].islower() and (unit_in(text) is None or len(WORDS.findall(text)) > 1))


WORDS = re.compile(r"[^\W\d_]{2,}")  # "sjukfrånvaro (60 dagar el. mer), %" is a label's lower part, "mnkr" a unit


def _over_a_column(line: Cells, below: Cells) -> bool:
    """A space-aligned line of one cell standing over a column of the line below, right of its first cell ("2025"
    over "jan–aug"): the upper part of that column's label, not a title (titles start at the left)."""
    if line.layout != "space" or below.layout != "space" or len(below.spans) < 2 or not line.spans:
        return False
    start, end = line.spans[0]
    return start > below.spans[0][1] and (any(start <= e and s <= end for s, e in below.spans[1:])
                                          or len(line.spans) == 1)


def _title_over(line: Cells, below: Cells) -> bool:
    """A space-aligned line of one cell naming a year, at the left and reaching over no column of the line below
    but its first ("Tabell 6. Nyckeltal per nämnd 2025" over "Nämnd  Nettokostnad ..."): a title dating the
    table, not the upper part of a label."""
    if not (line.layout == "space" == below.layout and len(line.texts) == 1 and below.spans):
        return False
    start, end = line.spans[0]
    reach = below.spans[1][0] if len(below.spans) > 1 and below.spans[0][0] <= start + 2 else below.spans[0][0]
    return start <= below.spans[0][0] + 2 and end < reach and YEAR.search(line.texts[0]) is not None


def _repeated_label(words: list[str]) -> int:
    """The length in words of a label the cell repeats two times or more ("Jan–jun Jan–jun": 1), else 0."""
    for size in range(1, len(words) // 2 + 1):
        if len(words) % size == 0 and words == words[:size] * (len(words) // size):
            return size
    return 0


def find_header(lines: list[str], i: int) -> Header | None:
    """The header starting at line i: one line, or wrapped over two or three lines. A header of more labels
    without a year than with one ("Ram 2026 | Löne- och prisuppräkning | Volym och prioriteringar | Ram 2027")
    counts only when a row with a figure in every column follows it; a header line whose last labels wrap onto
    the next line ("Förändring" over "2025–2029") takes that line too."""
    if not any(YEAR.search(lines[k]) for k in range(i, min(i + 3, len(lines)))):
        return _yearless_header(lines, i)
    header = _find_header(lines, i)
    if header is not None:
        return _with_units_below(lines, i, _with_squeezed_tail(lines, i, _with_wrapped_tail(lines, i, header)))
    header = _find_header(lines, i, worded=True)
    if header is not None and _full_row_follows(lines, i + header.lines, header):
        return _with_units_below(lines, i, header)
    return None


UNIT_WORD = re.compile(r"[^\W\d_]+\.?|%")


def _with_units_below(lines: list[str], i: int, header: Header) -> Header:
    """A header over a line of units alone ("Tkr  %" under "Budget 2025 ... Förändring 2024–2025"; PDF text may
    squeeze it to the left): that line is the header's too. A unit under each column is that column's; fewer units
    name the table's money (the header's unit) and, by a percent sign, the unit of its change columns."""
    k = i + header.lines
    if header.layout == "pipe" or k >= len(lines):
        return header
    words = lines[k].split()
    units = [unit_in(w) if UNIT_WORD.fullmatch(w) else None for w in words]
    if not words or len(words) > header.width or any(u is None for u in units):
        return header
    money = next((u for u in units if u is not None and u.is_money), None)
    if len(words) == header.width:
        columns = tuple(c if c.unit is not None or u is None or u is money else replace(c, unit=u)
                        for c, u in zip(header.columns, (units[s] for s in range(len(units)) if header.slots[s]
                                                         is not None)))
    else:
        percent = Unit.PERCENT in units
        columns = tuple(replace(c, unit=Unit.PERCENT) if percent and c.unit is None and c.kind in PERIOD_KINDS
                        else c for c in header.columns)
    return replace(header, columns=columns, unit=header.unit or money, lines=header.lines + 1)


MAX_YEARLESS = 5  # value columns of a header without years: more is a line of prose set apart by wide gaps


def _yearless_header(lines: list[str], i: int) -> Header | None:
    """A header of labels naming no year ("Förändring av | Omfattning | Effekt (tkr)"), on one line (or a pipe
    header over its separator): a header only when the next two lines are rows of it, each a label, a cell under
    every column and a figure under the last."""
    first = split_line(lines[i])
    if first.layout == "pipe" and not (i + 1 < len(lines) and is_separator(lines[i + 1])):
        return None
    if not first.texts or not first.texts[0] or any(not t for t in first.texts[1:]) or is_separator(lines[i]):
        return None
    header = parse_header(first.texts, first.spans, first.layout, lines=2 if first.layout == "pipe" else 1,
                          yearless=True)
    for extra in (1, 2):  # "Resultat efter" over "finansiella poster, mnkr"; labels wrapped over three lines
        if first.layout != "space" or i + extra >= len(lines) or not split_line(lines[i + extra]).texts or \
                any(FIGURE.match(t) for t in split_line(lines[i + extra]).texts):
            break
        group = [first, *(split_line(lines[k]) for k in range(i + 1, i + extra + 1))]
        below = _first_row(lines, i + extra + 1)
        for joined in (top_over_joined([first, *squeezed_apart(group[1:], below)]) if extra == 2 else None,
                       join_lines(group)):
            wrapped = parse_header(joined[0], joined[1], "space", lines=extra + 1, yearless=True) if joined else None
            if wrapped is not None and _rows_follow(lines, i + extra + 1, wrapped):
                return wrapped
    return header if header is not None and _rows_follow(lines, i + header.lines, header) else None


def _first_row(lines: list[str], k: int) -> Cells | None:
    """The first line from k when it is a space-aligned row of figures: a label and two or more figures."""
    while k < len(lines) and not lines[k].strip():
        k += 1
    row = split_line(lines[k]) if k < len(lines) else None
    if row is None or row.layout != "space" or len(row.texts) < 3 or FIGURE.match(row.texts[0]) or \
            not all(FIGURE.match(t) for t in row.texts[1:]):
        return None
    return row


def top_over_joined(rows: list[Cells]) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]] | None:
    """A header of three space-aligned lines whose top line PDF text squeezed ("Antal tills- Andel långtids-" over
    "vidareanställda ... sjukfrånvaro" over "31 dec ... (>59 dagar), %"): the lines below are joined first, then the
    top line's labels go, left to right, to the columns whose label opens in lower case below (`_split_kinds`);
    the squeeze moved them, so their positions cannot place them."""
    lower = join_lines(rows[1:])
    if lower is None or len(lower[1]) != len(lower[0]):
        return None
    return join_lines([rows[0], Cells(lower[0], lower[1], "space", lower[1][0][0] if lower[1] else 0)])


def squeezed_apart(rows: list[Cells], below: Cells | None) -> list[Cells]:
    """Header lines with each cell that stands over two columns of the figures below and holds a label for each
    split in two: PDF text squeezes the gap between two labels on one line to one space or none ("Sjukfrånvaro i %
    Andel långtids-", "arbetstid(60 dagar el. mer), %"). A column of figures reaches from the end of the figure
    left of it to its own right edge; each part of the cell stands over its own column, and opens a label (a
    capital, or a parenthesis glued to the word before). A label centred over two columns is left whole."""
    if below is None:
        return rows
    edges = [end for _, end in below.spans]
    columns = list(zip(edges, edges[1:]))
    out = []
    for row in rows:
        if row.layout != "space":
            out.append(row)
            continue
        texts: list[str] = []
        spans: list[tuple[int, int]] = []
        for text, (start, end) in zip(row.texts, row.spans):
            for part, span in _labels_apart(text, start, [c for c in columns if start < c[1] and c[0] < end]):
                texts.append(part)
                spans.append(span)
        out.append(replace(row, texts=tuple(texts), spans=tuple(spans)) if len(texts) > len(row.texts) else row)
    return out


def _labels_apart(text: str, start: int, columns: list[tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """The text cut where a label opens into one part over each column it reaches over, left to right (the cut
    nearest the columns' boundary); the text whole when no cut puts each part over a column of its own."""
    if len(columns) < 2:
        return [(text, (start, start + len(text)))]
    (left, boundary), rest = columns[0], columns[1:]
    inside = lambda a, b, col: col[0] < start + (a + b) / 2 <= col[1]  # noqa: E731
    cuts = [c for c in range(1, len(text)) if (text[c].isupper() and text[c - 1] == " ") or
            (text[c] == "(" and text[c - 1].isalpha())]
    fits = [c for c in cuts if inside(0, len(text[:c].rstrip()), (left, boundary)) and
            any(inside(c, len(text), col) for col in rest)]
    if not fits:
        return [(text, (start, start + len(text)))]
    cut = min(fits, key=lambda c: abs(start + c - boundary))
    head = text[:cut].rstrip()
    # parts glued together ("arbetstid(60"): the head ends a character short, so no cell counts as under both
    end = start + len(head) - (len(head) == cut)
    return [(head, (start, end)), *_labels_apart(text[cut:], start + cut, rest)]


def _rows_follow(lines: list[str], k: int, header: Header) -> bool:
    """The two lines from k are rows of a header without years: a label, a cell under each column, a figure last.
    A pipe table's section rows between them (a label alone: "IDROTTSFÖRENINGAR |  |  |") are skipped, and so is a
    blank line between a space-aligned header of columns and its first row (one column of figures after a blank
    line is a list of contents: "Inledning  3")."""
    if header.width > MAX_YEARLESS or not all(c.year is None for c in header.columns):
        return False
    found = 0
    while k < len(lines) and found < 2:
        cells = split_line(lines[k])
        texts = [t for t in cells.texts if t] if lines[k].strip() else []
        if not found and not texts and header.layout == "space" and header.width > 1 and k + 1 < len(lines) and \
                lines[k + 1].strip():
            k += 1
            continue
        if cells.layout == "pipe" and len(texts) == 1 and cells.texts[0] and not FIGURE.match(texts[0]):
            k += 1
            continue
        if not texts or len(texts) != header.width + 1 or FIGURE.match(texts[0]) or not _figure(texts[-1]):
            return False
        found, k = found + 1, k + 1
    return found == 2


FIGURE = re.compile(r"^[(−–+-]?\s*\d[\d\s]*(?:[,.]\d+)?\s*%?\)?$")
WITH_UNIT = re.compile(r"^(.*\d)\s*([^\W\d_]+)$")  # "14 kr", "57,4 mnkr": a figure and the unit written after it


def _figure(text: str) -> bool:
    """A cell holding a figure, bare or with a unit of money written after it ("19 kr" under "Andel av 100 kr")."""
    found = WITH_UNIT.match(text)
    unit = unit_in(found.group(2)) if found else None
    return bool(FIGURE.match(text)) or (unit is not None and unit.is_money and bool(FIGURE.match(found.group(1))))


def _full_row_follows(lines: list[str], k: int, header: Header) -> bool:
    """The next non-blank line after a header is a label and a figure under every column."""
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines):
        return False
    cells = split_line(lines[k])
    texts = [t for t in cells.texts if t]
    return len(texts) == header.width + 1 and not FIGURE.match(texts[0]) and all(FIGURE.match(t) for t in texts[1:])


def _with_wrapped_tail(lines: list[str], i: int, header: Header) -> Header:
    """A space-aligned header whose labels go on in the next line under its columns, with no label at the left
    and no figure ("Förändring" over "2025–2029"), or with the stub's label the header lacked at the left and a
    label under every column ("Verksamhet" beside "tkr  tkr  tkr"): that line is part of the header."""
    k = i + header.lines
    if header.layout != "space" or header.lines != 1 or k >= len(lines) or not header.spans:
        return header
    below = split_line(lines[k])
    stub_below = not header.stub and len(below.spans) > 1 and below.spans[0][1] < header.spans[0][0] and \
        len(below.spans) - 1 == header.width and not any(t in EMPTY_CELL for t in below.texts[1:])
    # ("Verksamhet och kostnadsslag" left of a unit under each column; a row of dashes holds no figures, not labels)
    if not below.texts or below.layout != "space" or (below.spans[0][0] < header.spans[0][0] - 2 and not stub_below) \
            or any(FIGURE.match(t) for t in below.texts):
        return header
    joined = join_lines([split_line(lines[i]), below])
    wider = parse_header(joined[0], joined[1], "space", lines=2) if joined else None
    return wider if wider is not None and wider.width == header.width else header


BRACKETED_UNIT = re.compile(r"\(([^()\s]+)\)")
PERIOD_PART = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)?\d\d))?")


def _with_squeezed_tail(lines: list[str], i: int, header: Header) -> Header:
    """A space-aligned header whose wrapped tail PDF text squeezed to the left, the stub's unit and the years of the
    columns without one ("(mnkr) 2025–2027" under "Projekt ... Plan 2027  Summa"): the unit is the header's, each
    year or period goes, in order, to a column lacking a year ("Summa 2025–2027"), and the line is the header's.
    Only when the line holds nothing else and its parts are as many as those columns."""
    k = i + header.lines
    if header.layout != "space" or header.lines != 1 or k >= len(lines):
        return header
    words = lines[k].split()
    bracket = BRACKETED_UNIT.fullmatch(words[0]) if words else None
    unit = unit_in(bracket.group(1)) if bracket else None
    parts = PERIOD_PART.findall(" ".join(words[1:]))
    yearless = [n for n, c in enumerate(header.columns) if c.year is None and not YEAR.search(c.label)]
    if unit is None or not parts or len(parts) != len(yearless) or " ".join(parts) != " ".join(words[1:]):
        return header
    columns = list(header.columns)
    for n, part in zip(yearless, parts):
        found = parse_column(f"{columns[n].label} {part}")
        if found is None:
            return header
        columns[n] = replace(found, unit=found.unit or columns[n].unit)
    return replace(header, columns=tuple(columns), unit=header.unit or unit, lines=header.lines + 1)


def _find_header(lines: list[str], i: int, worded: bool = False) -> Header | None:
    first = split_line(lines[i])
    if first.layout == "pipe" and i + 1 < len(lines) and is_separator(lines[i + 1]):
        return _with_lines(parse_header(first.texts, (), "pipe", worded=worded), 2)
    texts, spans = first.texts, first.spans
    if texts and first.layout == "space" and _other_column(texts[0]) == "note":
        texts, spans = ("", *texts), ((0, 0), *spans)  # "Not  2023-12-31  2024-12-31": no stub label, a Not column
    header = parse_header(texts, spans, first.layout, worded=worded)
    if header is not None:
        return _with_years_below(lines, i, header)
    for extra in (1, 2):
        if i + extra >= len(lines):
            break
        below = split_line(lines[i + extra])
        if len(first.texts) == 1 and parse_header(below.texts, below.spans, below.layout) is not None and \
                len(_split_kinds(first, below)) < 2 and not _over_a_column(first, below):
            break  # the header starts on a later line (this one is its title, not labels over its columns)
        if extra == 1 and _title_over(first, below) and _find_header(lines, i + 1, worded) is not None:
            break  # "Tabell 2. Resultatbudget 2025–2027" over a header of its own ("Bokslut  Budget" over years)
        group = [split_line(lines[k]) for k in range(i, i + extra + 1)]
        if any(not g.texts for g in group) or any(is_separator(lines[k]) for k in range(i, i + extra + 1)):
            break
        two = two_line_header(lines[i], lines[i + 1]) if extra == 1 else None
        if two is not None:
            return two  # a kind over each year, in order: paired by order, whether or not their positions line up
        joined = join_lines(group)
        if joined is None:
            continue
        header = parse_header(joined[0], joined[1], group[0].layout, lines=extra + 1, worded=worded)
        if header is not None:
            if group[0].layout == "pipe" and i + extra + 1 < len(lines) and is_separator(lines[i + extra + 1]):
                return _with_lines(header, extra + 2)
            return _three_lines_dating_more(lines, i, header, worded) if extra == 1 else header
    return None


def _three_lines_dating_more(lines: list[str], i: int, header: Header, worded: bool) -> Header:
    """A space-aligned header of two lines, or of three when the third dates more of its columns: kinds over a line
    of labels over years ("Bokslut  Budget" / "Not ... Plan 2026  Plan 2027" / "2023  2024")."""
    if header.layout != "space" or i + 2 >= len(lines) or not lines[i + 2].strip() or is_separator(lines[i + 2]):
        return header
    third = split_line(lines[i + 2])
    joined = join_lines([split_line(lines[k]) for k in range(i, i + 3)])
    wider = parse_header(joined[0], joined[1], "space", lines=3, worded=worded) if joined else None
    if wider is None or not header.spans:
        return header
    # dated by its own label: a year lent by the header's one year ("Utfall jan–aug" beside "Budget 2025") is no
    # date the third line could not give better ("2025  2024" under "Utfall jan–aug  Utfall jan–aug")
    dated = lambda h: sum(YEAR.search(c.label) is not None and c.kind != "" for c in h.columns)  # noqa: E731
    # a third line of label parts under the columns, no figure ("2025–2027" under "Förändring") is the header's too
    tail = wider.width == header.width and third.spans[0][0] > header.spans[0][0] - 2 and \
        not any(FIGURE.match(t) for t in third.texts)
    return wider if dated(wider) > dated(header) or (tail and dated(wider) >= dated(header)) else header


def _with_years_below(lines: list[str], i: int, header: Header) -> Header:
    """A header whose budget, plan or outcome columns name no year goes on in the line below with their years
    ("Budget  Budget  Plan 2027  Förändring" over "2025  2026  2025–2026, %"): the two lines are the header."""
    if header.lines != 1 or i + 1 >= len(lines):
        return header
    group = [split_line(lines[i]), split_line(lines[i + 1])]
    years_only = bool(group[1].texts) and all(re.fullmatch(r"(?:19|20)\d\d", t) for t in group[1].texts)
    # "Budget  Budget  Förändring" over "Nettokostnad, mnkr  2024  2025  mnkr": the upper line's first cell stands
    # over a column of the line below, right of its stub: a label of that column, not the header's stub
    over_stub = bool(header.stub) and header.layout == "space" and len(group[1].spans) > 1 and \
        not FIGURE.match(group[1].texts[-1]) and group[0].spans[0][0] > group[1].spans[0][1]
    # a column's own label names its year or none: the one year of a header is lent to the columns without one
    # ("Budget  Plan  Plan  Budget 2025" over "tkr  2025  2026  2027  kr per inv."), the line below dates them
    if not years_only and not over_stub and not any(not YEAR.search(c.label) and c.kind and
                                                    c.kind.split()[0] not in PERIOD_KINDS for c in header.columns):
        return header  # (a line of years alone below is the header's, even when its one year dated the column)
    joined = join_lines(group) if all(g.texts for g in group) else None
    wider = parse_header(joined[0], joined[1], group[0].layout, lines=2) if joined else None
    dated = lambda h: sum(YEAR.search(c.label) is not None for c in h.columns)  # noqa: E731
    more = dated(wider) >= dated(header) if wider is not None and years_only else \
        wider is not None and dated(wider) > dated(header)
    width = wider is not None and (wider.width == header.width or (over_stub and wider.width == header.width + 1))
    return wider if wider is not None and width and more else header


def _with_lines(header: Header | None, lines: int) -> Header | None:
    if header is None:
        return None
    return Header(header.stub, header.columns, header.slots, header.spans, header.unit, lines, header.layout)


def two_line_header(first: str, second: str) -> Header | None:
    """"tkr   Budget   Plan   Plan" over "2021   2022   2023" when the positions do not line up."""
    kinds, years = list(split_line(first).texts), list(split_line(second).texts)
    if len(years) < 2 or not all(re.fullmatch(r"(19|20)\d\d", y) for y in years):
        return None
    stub = ""
    if kinds and not is_kind_cell(kinds[0]):
        if unit_in(kinds[0]) is None:
            return None
        stub, kinds = kinds[0], kinds[1:]
    if len(kinds) != len(years) or not all(is_kind_cell(k) for k in kinds):
        return None
    columns = tuple(c for c in (parse_column(f"{k} {y}") for k, y in zip(kinds, years)) if c is not None)
    spans = split_line(second).spans
    return Header(stub=stub, columns=columns, slots=tuple(range(len(columns))), spans=spans,
                  unit=unit_in(stub) if stub else None, lines=2, layout="space")
