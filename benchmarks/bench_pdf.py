"""Ingest of one 150-page budget PDF (benchmarks/budget_pdf.py), against its ceiling, with the table finder checked.

    .venv/bin/python benchmarks/bench_pdf.py [--pages 150] [--seed 11] [--keep PDF]

Measured in one run, the model loaded beforehand (not counted):
- ceiling: the embedder on exactly the texts ingest embeds for this PDF (its passages and its quotable sentences,
  same batches), before and after;
- ingest: `ingest_paths` on the PDF into an empty data dir, as a multiple of the ceiling, and per page;
- stages: reading the pages (pypdf, plain and layout text), chunking, tables and amounts, each as a share
  of the ingest;
- progress: the per-page progress events ingest reported (a terminal shows them as a bar);
- tables: found against written (by the "Tabell N." of their titles), rows with values found against
  written, tables continued over a page break found whole, and the unit of every table.
Ratios, not timed assertions: the machine is shared.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.settings import Settings, apply_offline_defaults  # noqa: E402


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - start


def ceiling(embedder, texts: list[str]) -> float:
    from ingest.pipeline import EMBED_BATCH

    ordered = sorted(texts, key=len)  # as ingest does: slices of similar length pad less
    start = time.perf_counter()
    for k in range(0, len(ordered), EMBED_BATCH):
        embedder.embed_documents(ordered[k:k + EMBED_BATCH])
    return time.perf_counter() - start


def table_report(found, expected) -> dict[str, object]:
    """Found tables matched to written ones by the number in their title ("Tabell 12. ...")."""
    by_number: dict[int, list] = {}
    for table in found:
        match = re.match(r"Tabell (\d+)\.", table.title)
        if match:
            by_number.setdefault(int(match.group(1)), []).append(table)
    missing = [t for t in expected if t.number not in by_number]
    split = [n for n, tables in by_number.items() if len(tables) > 1]
    untitled = [t.title for t in found if not re.match(r"Tabell \d+\.", t.title)]
    rows_found = sum(len(by_number[t.number][0].rows) for t in expected if t.number in by_number)
    continued = [t for t in expected if len(t.pages) > 1]
    whole = [t for t in continued if t.number in by_number and len(by_number[t.number][0].rows) == t.rows]
    units: dict[str, int] = {}
    for table in found:
        units[table.unit.value] = units.get(table.unit.value, 0) + 1
    return {"written": len(expected), "found": len(found), "matched": len(expected) - len(missing),
            "missing": [f"{t.number}. {t.title}" for t in missing], "split": split, "untitled": untitled,
            "rows_written": sum(t.rows for t in expected), "rows_found": rows_found,
            "continued": len(continued), "continued_whole": len(whole), "units": units}


def main() -> None:
    parser = argparse.ArgumentParser(description="150-page budget PDF ingest benchmark")
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", type=Path, help="also write the generated PDF here")
    args = parser.parse_args()
    apply_offline_defaults()
    settings = Settings.from_env()
    from assistant.retrieval.embedding import load_embedder
    from benchmarks.budget_pdf import build
    from ingest.chunk import chunk_document
    from ingest.load import load_document
    from ingest.pipeline import clean_document, embed_text, ingest_paths
    from ingest.tables import extract_figures

    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as tmp:
        pdf = Path(tmp) / "budget-2026.pdf"
        expected, made_s = timed(build, pdf, args.pages, args.seed)
        if args.keep:
            args.keep.write_bytes(pdf.read_bytes())
        print(f"PDF written in {made_s:.1f} s (not counted): {args.pages} pages, {len(expected)} tables, "
              f"{pdf.stat().st_size // 1024} kB")
        start = time.perf_counter()
        embedder = load_embedder(settings)
        embedder.embed_documents(["uppvärmning"])  # lazy initialisation outside the timings
        import bm25s  # noqa: F401 - one-time imports are start-up, not ingest
        import chromadb  # noqa: F401
        print(f"model and libraries loaded in {time.perf_counter() - start:.1f} s (not counted)")

        doc, read_s = timed(load_document, pdf, settings=settings)
        doc = clean_document(doc)
        chunks, chunk_s = timed(chunk_document, doc)
        figures, figures_s = timed(extract_figures, doc)
        from assistant.storage import sentence_store

        passages = [embed_text(c) for c in chunks]
        sentences = [sentence_store.semantic_text(doc.meta.title, doc.text[s:e])
                     for s, e in sentence_store.quotable_spans(chunks, doc.text)]
        texts = passages + sentences  # ingest embeds both: passages for retrieval, sentences for the answer step
        ceiling_a = ceiling(embedder, passages) + ceiling(embedder, sentences)

        events: list[tuple[str, int, int]] = []
        report, ingest_s = timed(ingest_paths, [pdf], settings.with_(data_dir=Path(tmp) / "data"),
                                 embedder=embedder, progress=lambda *e: events.append(e))
        ceiling_b = ceiling(embedder, passages) + ceiling(embedder, sentences)
    ceiling_s = (ceiling_a + ceiling_b) / 2
    pages = [e for e in events if e[0].startswith("Läser ")]
    tables = table_report(figures.tables, expected)

    print(f"\n== {args.pages}-page budget PDF: {report.chunks_total} chunks, {report.tables} tables, "
          f"{len(doc.text) // 1000} k characters")
    print(f"encode ceiling    {ceiling_s:7.2f} s  ({len(passages)} passages + {len(sentences)} sentences, "
          f"{len(texts) / ceiling_s:5.1f} texts/s)")
    print(f"kommun ingest     {ingest_s:7.2f} s  = {ceiling_s / ingest_s:.2f}x the ceiling's speed, "
          f"{ingest_s / args.pages:.3f} s per page ({ceiling_s / args.pages:.3f} s per page to embed)")
    for name, seconds in (("read pages", read_s), ("chunk", chunk_s), ("tables+amounts", figures_s)):
        print(f"  {name:<15} {seconds:7.2f} s  = {100 * seconds / ingest_s:4.1f} % of the ingest")
    print(f"progress events   {len(pages)} page events (last: {pages[-1] if pages else None}), "
          f"{len(events) - len(pages)} other")
    print(f"tables            found {tables['found']} / written {tables['written']}, matched by title "
          f"{tables['matched']}, split {tables['split'] or 'none'}, without their title {len(tables['untitled'])}")
    print(f"rows with values  found {tables['rows_found']} / written {tables['rows_written']}; continued over "
          f"a page break: {tables['continued_whole']} of {tables['continued']} found whole")
    print(f"units             {tables['units']}")
    if tables["missing"] or tables["untitled"]:
        print(f"missing {tables['missing']}; titles not found {tables['untitled']}")


if __name__ == "__main__":
    main()
