"""FigureBook: every table and text amount of the indexed documents; saved as data_dir/figures.json."""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from assistant.budget.records import CellSource, Column, Row, Table, TextAmount, TotalCheck
from assistant.budget.units import Unit
from core.errors import KommunError

FIGURES_FILE = "figures.json"
FORMAT_VERSION = 1


class FiguresFileError(KommunError):
    """figures.json exists but cannot be read."""


@dataclass(frozen=True, slots=True)
class DocumentFigures:
    """The tables and amounts of one document (what ingest/tables.py extracts)."""

    doc_path: str
    sha256: str
    title: str
    doc_type: str = "other"
    date: str | None = None
    tables: tuple[Table, ...] = ()
    amounts: tuple[TextAmount, ...] = ()
    municipality: str | None = None


@dataclass(frozen=True, slots=True)
class FigureBook:
    documents: tuple[DocumentFigures, ...] = ()
    tables: tuple[Table, ...] = field(default=(), init=False)
    amounts: tuple[TextAmount, ...] = field(default=(), init=False)
    _index: Any = field(default=None, init=False, repr=False, compare=False)
    _parts: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the calculator's tables: those naming a year, in a column or in the title (yearless.py); a table naming
        # none ("Känslighetsanalys: Omfattning, Effekt") is read and gives its chunks their context, but no
        # calculation runs on it
        object.__setattr__(self, "tables", tuple(t for d in self.documents for t in d.tables if t.years))
        object.__setattr__(self, "amounts", tuple(a for d in self.documents for a in d.amounts))

    @property
    def index(self) -> Any:
        """The book's lookup structures (assistant/budget/bookindex.py: FigureIndex), built on first use."""
        if self._index is None:
            from assistant.budget.bookindex import FigureIndex

            object.__setattr__(self, "_index", FigureIndex(self))
        return self._index

    @property
    def is_empty(self) -> bool:
        return not self.tables and not self.amounts

    @property
    def municipalities(self) -> tuple[str, ...]:
        return tuple(sorted({d.municipality for d in self.documents if d.municipality}))

    def part(self, key: tuple, documents: "Callable[[], Iterable[DocumentFigures]]") -> "FigureBook":
        """The book of `documents()`, built once per book and key: its index (built on first use) is reused by every
        later question asking for the same part ("i Bjuv", "enligt Mål och budget 2025", the outcomes of 2024)."""
        if key not in self._parts:
            self._parts[key] = FigureBook(tuple(documents()))
        return self._parts[key]

    def of_municipalities(self, names: "tuple[str, ...] | list[str]") -> "FigureBook":
        """The figures of these municipalities' documents only (case-insensitive names)."""
        key = tuple(sorted(n.casefold() for n in names))
        return self.part(("municipalities", key),
                         lambda: (d for d in self.documents if (d.municipality or "").casefold() in key))


def save_figures(data_dir: Path, figures: list[DocumentFigures]) -> None:
    """Write all documents' figures to data_dir/figures.json (atomically: temp file + rename)."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    payload = {"version": FORMAT_VERSION, "documents": [_doc_to_json(d) for d in figures]}
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".figures-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False, indent=1)
    os.replace(tmp, data_dir / FIGURES_FILE)


def load_figures(data_dir: Path) -> FigureBook:
    """The saved figures; an empty book when nothing has been ingested yet."""
    path = Path(data_dir) / FIGURES_FILE
    if not path.exists():
        return FigureBook()
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload.get("version") != FORMAT_VERSION:
            raise ValueError(f"version {payload.get('version')}")
        return FigureBook(tuple(_doc_from_json(d) for d in payload["documents"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise FiguresFileError(
            f"Tabellfilen {path} kan inte läsas ({exc}). Kör: kommun ingest corpus/ (skapar den på nytt)"
        ) from exc


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _undec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _source_to_json(s: CellSource) -> dict[str, Any]:
    return {"doc_path": s.doc_path, "title": s.title, "quote": s.quote, "start": s.start, "end": s.end,
            "page": s.page, "doc_type": s.doc_type, "date": s.date}


def _source_from_json(d: dict[str, Any]) -> CellSource:
    return CellSource(**d)


def _table_to_json(t: Table) -> dict[str, Any]:
    return {
        "id": t.id, "title": t.title, "doc_path": t.doc_path,
        "stated_unit": t.stated_unit.value if t.stated_unit else None, "unit": t.unit.value,
        "columns": [{"label": c.label, "year": c.year, "kind": c.kind, "unit": c.unit.value if c.unit else None}
                    for c in t.columns],
        "rows": [{"label": r.label, "values": [_dec(v) for v in r.values], "is_total": r.is_total,
                  "source": _source_to_json(r.source), "sections": list(r.sections), "note": r.note}
                 for r in t.rows],
        "municipality": t.municipality,
        "unit_note": t.unit_note,
        "checks": [{"row_label": c.row_label, "column": c.column, "stated": _dec(c.stated),
                    "computed": _dec(c.computed), "parts": list(c.parts)} for c in t.checks],
        "notes": list(t.notes),
        "header": _source_to_json(t.header) if t.header else None,
    }


def _table_from_json(d: dict[str, Any]) -> Table:
    return Table(
        id=d["id"], title=d["title"], doc_path=d["doc_path"],
        stated_unit=Unit(d["stated_unit"]) if d["stated_unit"] else None, unit=Unit(d["unit"]),
        columns=tuple(Column(c["label"], c["year"], c["kind"], Unit(c["unit"]) if c.get("unit") else None)
                      for c in d["columns"]),
        rows=tuple(Row(r["label"], tuple(_undec(v) for v in r["values"]), r["is_total"],
                       _source_from_json(r["source"]), tuple(r.get("sections", ())), r.get("note"))
                   for r in d["rows"]),
        municipality=d.get("municipality"),
        unit_note=d["unit_note"],
        checks=tuple(TotalCheck(c["row_label"], c["column"], Decimal(c["stated"]), Decimal(c["computed"]),
                                tuple(c["parts"])) for c in d["checks"]),
        notes=tuple(d["notes"]),
        header=_source_from_json(d["header"]) if d.get("header") else None,
    )


def _amount_to_json(a: TextAmount) -> dict[str, Any]:
    return {"value": _dec(a.value), "unit": a.unit.value, "stated": _dec(a.stated), "text": a.text,
            "clause": a.clause, "context": list(a.context), "source": _source_to_json(a.source),
            "amount_start": a.amount_start, "amount_end": a.amount_end, "per_year": a.per_year,
            "plus_minus": a.plus_minus, "lead": a.lead, "introduction": a.introduction, "years": sorted(a.years)}


def _amount_from_json(d: dict[str, Any]) -> TextAmount:
    return TextAmount(value=Decimal(d["value"]), unit=Unit(d["unit"]), stated=Decimal(d["stated"]),
                      text=d["text"], clause=d["clause"], context=tuple(d["context"]),
                      source=_source_from_json(d["source"]), amount_start=d["amount_start"],
                      amount_end=d["amount_end"], per_year=d["per_year"], plus_minus=d["plus_minus"],
                      lead=d.get("lead", ""), introduction=d.get("introduction", ""),
                      years=frozenset(d.get("years", ())))


def _doc_to_json(d: DocumentFigures) -> dict[str, Any]:
    return {"doc_path": d.doc_path, "sha256": d.sha256, "title": d.title, "doc_type": d.doc_type,
            "date": d.date, "municipality": d.municipality, "tables": [_table_to_json(t) for t in d.tables],
            "amounts": [_amount_to_json(a) for a in d.amounts]}


def _doc_from_json(d: dict[str, Any]) -> DocumentFigures:
    return DocumentFigures(doc_path=d["doc_path"], sha256=d["sha256"], title=d["title"], doc_type=d["doc_type"],
                           date=d["date"], municipality=d.get("municipality"),
                           tables=tuple(_table_from_json(t) for t in d["tables"]),
                           amounts=tuple(_amount_from_json(a) for a in d["amounts"]))
