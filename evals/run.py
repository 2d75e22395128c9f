"""`kommun eval`: run the question sets through the same API the chat uses and write the report.

Every question goes through `open_assistant(settings).ask(question, history=...)`; the retrieved
passages for hit@k/MRR come from the answer (`hits`/`passages`) or `Assistant.retrieve` when the
assistant offers them, otherwise from the answer's citations (the report says which).
"""
from __future__ import annotations

import json
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.errors import IndexEmptyError, KommunError
from core.settings import Settings
from evals.questions import EvalQuestion, default_set_paths, load_sets
from evals.report import build_report, summary_lines, write_reports
from evals.scoring import QuestionRun, score_question

CONFIG_PATH = Path(__file__).resolve().parent / "config.json"
REPO = Path(__file__).resolve().parent.parent


def load_config(path: Path = CONFIG_PATH) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise KommunError(f"{path} kan inte läsas ({exc}). Återställ filen från git.") from exc


def as_passage(item: Any) -> tuple[str | None, str] | None:
    """A Hit, Chunk, Citation, mapping or (doc, text) pair as a (doc, text) passage."""
    item = getattr(item, "chunk", item)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
        return item
    if isinstance(item, dict):
        text = item.get("text") or item.get("quote")
        return (item.get("doc") or item.get("doc_path"), text) if text else None
    text = getattr(item, "text", None) or getattr(item, "quote", None)
    doc = getattr(item, "doc_path", None) or getattr(item, "doc", None)
    return (doc, text) if isinstance(text, str) else None


def retrieved_passages(assistant: Any, answer: Any, question: EvalQuestion, k: int) -> tuple[tuple[tuple[str | None, str], ...], str]:
    """(passages best first, where they came from)."""
    for name in ("hits", "passages", "retrieved"):
        items = getattr(answer, name, None)
        if items:
            return tuple(p for p in map(as_passage, items) if p)[:k], f"Answer.{name}"
    retrieve = getattr(assistant, "retrieve", None)
    if callable(retrieve):
        try:
            items = retrieve(question.question, k=k, history=question.history)
        except TypeError:  # a retrieve() without history
            items = retrieve(question.question, k=k)
        return tuple(p for p in map(as_passage, items) if p)[:k], "Assistant.retrieve"
    citations = getattr(answer, "citations", ()) or ()
    return tuple(p for p in map(as_passage, citations) if p)[:k], "citeringar (Assistant exponerar inga hämtade passager)"


def ask_all(assistant: Any, questions: Sequence[EvalQuestion], k: int) -> tuple[list[QuestionRun], str]:
    runs, sources = [], set()
    for question in questions:
        start = time.perf_counter()
        try:
            answer = assistant.ask(question.question, history=question.history)
        except KommunError as error:  # the question fails, the run goes on
            runs.append(QuestionRun(question, {}, (), (time.perf_counter() - start) * 1000, str(error)))
            continue
        except Exception as error:  # noqa: BLE001 - a bug: logged with its trace, the run goes on, the report fails
            print(f"{question.id}: {type(error).__name__}: {error}", file=sys.stderr)
            traceback.print_exc()
            runs.append(QuestionRun(question, {}, (), (time.perf_counter() - start) * 1000,
                                    f"{type(error).__name__}: {error}", crashed=True))
            continue
        latency = (time.perf_counter() - start) * 1000
        passages, source = retrieved_passages(assistant, answer, question, k)
        sources.add(source)
        runs.append(QuestionRun(question, answer.to_json(), passages, latency))
    return runs, ", ".join(sorted(sources))


def resolve_document(doc: str, settings: Settings) -> Path | None:
    for candidate in (Path(doc), REPO / doc, Path(settings.corpus_dir) / Path(doc).name):
        if candidate.is_file():
            return candidate
    return None


def document_texts(docs: set[str], settings: Settings) -> dict[str, str]:
    """Normalised text of every gold or cited document that exists, keyed by its path as given and by its file
    name (two municipalities may both have an "investeringsbudget-2025-2027.xlsx": the path tells them apart)."""
    from ingest.load import load_document

    texts = {}
    for doc in sorted(docs):
        path = resolve_document(doc, settings)
        if path is not None:
            texts[doc] = load_document(path, display_path=doc, settings=settings).text
            texts.setdefault(Path(doc).name, texts[doc])
    return texts


def group_by_corpus(questions: Sequence[EvalQuestion]) -> dict[str | None, list[EvalQuestion]]:
    """Questions per corpus folder, in first-seen order (None: the bundled corpus)."""
    groups: dict[str | None, list[EvalQuestion]] = {}
    for q in questions:
        groups.setdefault(q.corpus, []).append(q)
    return groups


def corpus_settings(settings: Settings, corpus: str | None) -> Settings:
    """Settings for a question set's own corpus: its own index under the data dir, never mixed with corpus/."""
    if corpus is None:
        return settings
    folder = Path(corpus) if Path(corpus).is_absolute() else REPO / corpus
    if not folder.is_dir():
        raise KommunError(f"Frågesetets corpus {corpus!r} finns inte ({folder}). Rätta fältet corpus i setet.")
    slug = "".join(ch if ch.isalnum() else "-" for ch in corpus).strip("-")
    return settings.with_(corpus_dir=folder, data_dir=Path(settings.data_dir) / "corpora" / slug)


def open_or_ingest(settings: Settings, embedder: Any = None, refresh: bool = False) -> Any:
    """The assistant; an empty index is filled from settings.corpus_dir first (the sets cite it). With
    refresh, the corpus is ingested first anyway (unchanged files cost nothing)."""
    from assistant.build import open_assistant

    if refresh:
        from ingest.pipeline import ingest_paths

        ingest_paths([Path(settings.corpus_dir)], settings, embedder=embedder)
    try:
        return open_assistant(settings, embedder=embedder)
    except IndexEmptyError:
        from ingest.pipeline import ingest_paths

        print(f"Indexet i {settings.data_dir} är tomt: läser in {settings.corpus_dir}/ först.")
        ingest_paths([Path(settings.corpus_dir)], settings, embedder=embedder)
        return open_assistant(settings, embedder=embedder)


def evaluate(questions: Sequence[EvalQuestion], settings: Settings, config: dict[str, Any], *,
             set_names: Sequence[str], baselines: bool = True, embedder: Any = None) -> dict[str, Any]:
    k = int(config.get("retrieval_k", 10))
    durations: dict[str, float] = {"open_assistant": 0.0, "questions": 0.0}
    tol = float(config.get("rel_tolerance", 0.005))
    by_run: dict[str, QuestionRun] = {}
    chunks_total = 0
    sources: set[str] = set()
    for corpus, group in group_by_corpus(questions).items():
        group_settings = corpus_settings(settings, corpus)
        start = time.perf_counter()
        assistant = (open_or_ingest(group_settings, embedder, refresh=True) if corpus is not None
                     else open_or_ingest(group_settings, embedder))
        durations["open_assistant"] += time.perf_counter() - start
        chunks = getattr(getattr(assistant, "index", None), "chunks", None)
        chunks_total += len(chunks) if chunks is not None else 0
        start = time.perf_counter()
        runs, source = ask_all(assistant, group, k)
        durations["questions"] += time.perf_counter() - start
        sources.add(source)
        by_run.update((run.question.id, run) for run in runs)
    runs = [by_run[q.id] for q in questions]
    cited = {c.get("doc") for r in runs for c in r.answer.get("citations") or [] if c.get("doc")}
    texts = document_texts({d for q in questions for d in q.gold.docs} | cited, settings)
    scores = [score_question(run, texts, tol) for run in runs]
    source = ", ".join(sorted(sources))
    chunks = range(chunks_total) if chunks_total else None
    baseline_tables: dict[str, dict[str, Any]] = {}
    bundled = [q for q in questions if q.corpus is None]
    if baselines and bundled:
        from evals.baselines import run_baselines

        start = time.perf_counter()
        baseline_tables = run_baselines(bundled, Path(settings.corpus_dir), k, settings)
        durations["baselines"] = time.perf_counter() - start
    return build_report(scores, sets=set_names, config=config, baselines=baseline_tables,
                        retrieval_source=source, durations_s=durations,
                        index_chunks=len(chunks) if chunks is not None else None)


def main(args: Any, settings: Settings, embedder: Any = None) -> int:
    """The CLI's `eval` subcommand: args.sets (paths; default all of evals/sets/), args.out, args.no_baselines."""
    paths = [Path(p) for p in (args.sets or [])] or default_set_paths()
    questions = load_sets(paths)
    config = load_config()
    report = evaluate(questions, settings, config, set_names=[p.stem for p in paths],
                      baselines=not args.no_baselines, embedder=embedder)
    json_path, md_path = write_reports(report, Path(args.out))
    for line in summary_lines(report):
        print(line)
    print(f"Rapport: {json_path} och {md_path}")
    return 0 if report["passed"] else 1
