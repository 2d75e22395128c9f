"""LoadedDocument objects built straight from corpus files (NFC, <i> tags stripped), no ingest needed."""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from core.types import DocumentMeta, LoadedDocument

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
BUDGET = "corpus/budget-2021-2023-socialdemokraterna.txt"


def corpus_document(name: str, *, strip_markup: bool = True) -> LoadedDocument:
    path = CORPUS / name
    raw = path.read_bytes()
    text = unicodedata.normalize("NFC", raw.decode("utf-8"))
    if strip_markup:
        text = re.sub(r"</?i>", "", text)
    meta_all = json.loads((CORPUS / "metadata.json").read_text(encoding="utf-8"))
    entry = meta_all.get(name, {})
    meta = DocumentMeta(title=entry.get("title", name), publisher=entry.get("publisher"), date=entry.get("date"),
                        doc_type=entry.get("type", "other"), language=entry.get("language", "sv"))
    return LoadedDocument(path=f"corpus/{name}", text=text, sha256=hashlib.sha256(raw).hexdigest(), meta=meta)


def corpus_names() -> list[str]:
    return sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))


@lru_cache(maxsize=1)
def corpus_book():
    from assistant.budget.store import FigureBook
    from ingest.tables import extract_figures

    return FigureBook(tuple(extract_figures(corpus_document(n)) for n in corpus_names()))
