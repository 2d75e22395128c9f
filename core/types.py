"""Frozen records shared by ingest, retrieval, the calculator and the answer composer.

Only plain data lives here: no I/O, no heavy imports, so every module can import it instantly.
"""
from __future__ import annotations

import hashlib

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any, Literal

DocType = Literal["budget", "press_release", "committee_summary", "action_plan", "minutes", "annual_report",
                  "interim_report", "notice", "news", "plan", "other"]
ChunkKind = Literal["text", "table"]
Verdict = Literal["supported", "contradicted", "not_found"]

DOC_TYPE_LABELS_SV: dict[str, str] = {
    "budget": "Budget",
    "press_release": "Pressmeddelande",
    "committee_summary": "Nämndsammanfattning",
    "action_plan": "Handlingsplan",
    "minutes": "Protokoll",
    "annual_report": "Årsredovisning",
    "interim_report": "Delårsrapport",
    "notice": "Kallelse",
    "news": "Nyhet",
    "plan": "Plan",
    "other": "Dokument",
}


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What a reader needs to know about a document, from the sidecar file or guessed."""

    title: str
    publisher: str | None = None
    date: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"; None when unknown
    doc_type: str = "other"
    language: str = "sv"
    source: str | None = None
    guessed: bool = False  # True when no sidecar entry existed and the fields were inferred
    municipality: str | None = None  # "Lerum": from the sidecar, the publisher, the text or the folder name

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date and self.date[:4].isdigit() else None


@dataclass(frozen=True, slots=True)
class PageSpan:
    """A 1-based page and its character range in the document's normalised text."""

    page: int
    start: int
    end: int


def text_key(file_sha256: str, text: str) -> str:
    """The key of what was read from a file: of its bytes and its normalised text. A file read anew (its reader
    changed) gets a new key, so an index generation still in use keeps the text, chunk ids and vectors it names;
    an unchanged text keeps its key, and two files never share one."""
    return hashlib.sha256(f"{file_sha256}\n{text}".encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    """A document after loading: normalised text, page spans (empty for .txt/.md), metadata."""

    path: str  # as shown to users and stored in the index: relative to the working dir when possible
    text: str
    sha256: str  # of the file's bytes
    meta: DocumentMeta
    pages: tuple[PageSpan, ...] = ()
    stored_key: str = ""  # the key its stored text has in the index (an index from before text keys: the sha256)

    @property
    def text_key(self) -> str:
        """What was read, as a key: the stored text, chunk ids and sentence vectors are named by it."""
        return self.stored_key or text_key(self.sha256, self.text)

    def page_at(self, offset: int) -> int | None:
        for span in self.pages:
            if span.start <= offset < span.end:
                return span.page
        return None


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A document as the index knows it: what the sidebar lists and citations point to."""

    path: str
    sha256: str  # of the file's bytes
    meta: DocumentMeta
    n_chunks: int
    n_tables: int = 0
    pages: tuple[PageSpan, ...] = ()
    text_key: str = ""  # of the stored text (core.types.text_key); the file's sha256 in an index from before


@dataclass(frozen=True, slots=True)
class Chunk:
    """A citable passage. `id` is stable across re-ingests: document hash + position."""

    id: str
    doc_path: str
    text: str  # exactly document.text[start:end]
    start: int
    end: int
    title: str
    doc_type: str = "other"
    date: str | None = None
    page: int | None = None
    section: str | None = None
    kind: ChunkKind = "text"
    position: int = 0  # index of the chunk within its document
    municipality: str | None = None  # the document's municipality (for filters)
    context: str | None = None  # what a reader sees above the passage but outside it: the title and column
    # header of a table whose rows it holds ("Tabell 8. Driftbudget per nämnd · Utfall 2024 · Budget 2025")

    def metadata(self) -> dict[str, Any]:
        """Flat metadata for the vector store (no None values: Chroma rejects them)."""
        meta = {
            "doc_path": self.doc_path,
            "title": self.title,
            "doc_type": self.doc_type,
            "date": self.date or "",
            "year": int(self.date[:4]) if self.date and self.date[:4].isdigit() else 0,
            "page": self.page or 0,
            "section": self.section or "",
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "position": self.position,
            "municipality": self.municipality or "",
            "context": self.context or "",
        }
        return meta


@dataclass(frozen=True, slots=True)
class Hit:
    """A retrieved chunk with its fused score and the ranks it had in each leg (None: not found)."""

    chunk: Chunk
    score: float
    lexical_rank: int | None = None
    dense_rank: int | None = None
    dense_score: float | None = None  # cosine of question and passage (None: not in the dense leg)


@dataclass(frozen=True, slots=True)
class Citation:
    """A numbered piece of evidence shown under an answer; `quote` is verbatim document text."""

    n: int
    doc: str
    title: str
    quote: str
    chunk_id: str
    page: int | None = None
    date: str | None = None
    doc_type: str | None = None
    start: int | None = None  # offsets of the quote in the document's normalised text
    end: int | None = None
    role: str = ""  # "header": a table's header line naming the columns of the figures cited beside it

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class CalculationInput:
    label: str
    column: str
    value: Decimal
    unit: str
    citation: int | None = None

    def to_json(self) -> dict[str, Any]:
        value: int | float = int(self.value) if self.value == self.value.to_integral_value() else float(self.value)
        return {"label": self.label, "column": self.column, "value": value, "unit": self.unit,
                "citation": self.citation}


@dataclass(frozen=True, slots=True)
class Calculation:
    """The calculator's result as shown in the answer object (see CONTRACT.md)."""

    operation: str
    expression: str
    result: Decimal
    unit: str
    inputs: tuple[CalculationInput, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. unit inferred from magnitudes, a total that differs by rounding

    def to_json(self) -> dict[str, Any]:
        result: int | float = int(self.result) if self.result == self.result.to_integral_value() else float(self.result)
        return {"operation": self.operation, "expression": self.expression, "result": result,
                "unit": self.unit, "inputs": [i.to_json() for i in self.inputs], "notes": list(self.notes)}


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer, extractive or generated; `to_json` gives the CONTRACT.md answer object."""

    question: str
    answer: str
    refused: bool = False
    verdict: Verdict | None = None
    citations: tuple[Citation, ...] = ()
    calculation: Calculation | None = None
    language: str = "sv"
    related: tuple[Citation, ...] = ()  # nearest passages shown when refused; not evidence
    timings_ms: dict[str, float] = field(default_factory=dict)
    composer: str = "extractive"
    notes: tuple[str, ...] = ()  # e.g. why an LLM answer was replaced by the extractive one
    route: dict[str, Any] = field(default_factory=dict)  # which path answered and why: {"path", "reasons"}

    def to_json(self, id: str | None = None) -> dict[str, Any]:
        obj: dict[str, Any] = {}
        if id is not None:
            obj["id"] = id
        obj.update({
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "verdict": self.verdict,
            "citations": [c.to_json() for c in self.citations],
            "calculation": self.calculation.to_json() if self.calculation else None,
            "language": self.language,
            "related": [c.to_json() for c in self.related],
            "composer": self.composer,
            "route": self.route,
            "timings_ms": self.timings_ms,
        })
        return obj
