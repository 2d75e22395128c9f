"""A small in-memory Index with the contract of assistant/storage/index.py (chunks, documents, text(), lexical,
store, embedder), for unit tests of retrieval and answers without Chroma or torch.

Chunks are paragraphs grouped to about 100 words; BM25 runs over Swedish stems.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

from assistant.understand.query import stems
from core.types import Chunk, DocumentMeta, DocumentRecord


class MemoryLexical:
    def __init__(self, chunks: list[Chunk], k1: float = 1.5, b: float = 0.75) -> None:
        self.ids = [c.id for c in chunks]
        self.tfs = [Counter(stems(c.text)) for c in chunks]
        self.lens = [sum(tf.values()) for tf in self.tfs]
        self.avg = sum(self.lens) / max(len(self.lens), 1)
        df: Counter[str] = Counter()
        for tf in self.tfs:
            df.update(tf.keys())
        n = len(chunks)
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self.k1, self.b = k1, b

    def search(self, text: str, k: int) -> list[tuple[str, float]]:
        q = stems(text)
        scores = []
        for cid, tf, length in zip(self.ids, self.tfs, self.lens):
            s = 0.0
            for t in q:
                f = tf.get(t, 0)
                if f:
                    s += self.idf[t] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * length / self.avg))
            if s > 0:
                scores.append((cid, s))
        return sorted(scores, key=lambda x: -x[1])[:k]


class MemoryStore:
    def __init__(self, chunks: list[Chunk], embedder) -> None:
        self.chunks = {c.id: c for c in chunks}
        self.ids = [c.id for c in chunks]
        self.matrix = embedder.embed_documents([c.text for c in chunks])

    def query(self, vector, k: int, where=None) -> list[tuple[str, float]]:
        sims = self.matrix @ np.asarray(vector, dtype=np.float32)
        order = np.argsort(-sims)
        out = []
        for i in order:
            meta = self.chunks[self.ids[i]].metadata()
            if where and not all(meta.get(key) == value for key, value in where.items()):
                continue
            out.append((self.ids[i], float(sims[i])))
            if len(out) == k:
                break
        return out

    def count(self) -> int:
        return len(self.ids)


def chunk_text(path: str, text: str, meta: DocumentMeta, words_per_chunk: int = 100) -> list[Chunk]:
    sha = hashlib.sha256(text.encode()).hexdigest()[:12]
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text)]
    chunks, group = [], []
    for span in paragraphs:
        group.append(span)
        if sum(len(text[s:e].split()) for s, e in group) >= words_per_chunk:
            chunks.append((group[0][0], group[-1][1]))
            group = []
    if group:
        chunks.append((group[0][0], group[-1][1]))
    return [Chunk(id=f"{sha}-{i}", doc_path=path, text=text[s:e], start=s, end=e, title=meta.title,
                  doc_type=meta.doc_type, date=meta.date, position=i, municipality=meta.municipality,
                  kind="table" if text[s:e].count("\t") > 4 else "text")
            for i, (s, e) in enumerate(chunks)]


class MemoryIndex:
    def __init__(self, docs: list[tuple[str, str, DocumentMeta]], embedder) -> None:
        self.embedder = embedder
        self._texts = {path: text for path, text, _ in docs}
        all_chunks: list[Chunk] = []
        self.documents = {}
        for path, text, meta in docs:
            chunks = chunk_text(path, text, meta)
            all_chunks.extend(chunks)
            self.documents[path] = DocumentRecord(path=path, sha256=hashlib.sha256(text.encode()).hexdigest(),
                                                  meta=meta, n_chunks=len(chunks))
        self.chunks = {c.id: c for c in all_chunks}
        self.lexical = MemoryLexical(all_chunks)
        self.store = MemoryStore(all_chunks, embedder)
        self.passages = self.store  # what retrieval searches (assistant/storage/dense.py in the real index)

    def text(self, doc_path: str) -> str:
        return self._texts[doc_path]


def corpus_docs(corpus: Path) -> list[tuple[str, str, DocumentMeta]]:
    metadata = json.loads((corpus / "metadata.json").read_text(encoding="utf-8"))
    docs = []
    for path in sorted(corpus.iterdir()):
        if path.suffix not in (".txt", ".md"):
            continue
        m = metadata.get(path.name, {})
        meta = DocumentMeta(title=m.get("title", path.stem), publisher=m.get("publisher"), date=m.get("date"),
                            doc_type=m.get("type", "other"))
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        docs.append((f"corpus/{path.name}", text, meta))
    return docs
