"""A regression guard for the table reader: every table of the dev corpora, as the ingest reads it.

`python -m evals.table_snapshot` reads each document of the dev corpora (corpus/ and every folder a
dev set names) through the ingest path (load, clean, `extract_figures`) and compares what the table reader
got with the committed snapshot (evals/tables/snapshot.json): per table its title, kind, units, columns (kind,
year, unit, label) and rows (section path, label, total or not, values). It prints what changed, document by
document and table by table, and exits 1 when anything did. `--update` writes the current reading as the new
snapshot (after a change to the reader that is meant); `--corpus` limits it to some corpora.
"""
from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SNAPSHOT = REPO / "evals" / "tables" / "snapshot.json"
DEV_SETS = REPO / "evals" / "sets" / "dev"


def dev_corpora() -> tuple[str, ...]:
    """corpus/ and every folder a dev set asks about (its questions' "corpus" field): a blind set's corpus is held
    out and never read here; when the set joins dev, its corpus joins the snapshot (run --update once)."""
    named = {json.loads(line).get("corpus") for path in sorted(DEV_SETS.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return ("corpus", *sorted(c.rstrip("/") for c in named if c and c.rstrip("/") != "corpus"))


CORPORA = dev_corpora()
UPDATE_COMMAND = "python -m evals.table_snapshot --update"


def documents(corpus: str) -> list[Path]:
    """The files of one corpus that the ingest would read, sorted."""
    from ingest.discover import walk
    from ingest.load import SUPPORTED_SUFFIXES

    return [p for p in walk(REPO / corpus) if p.suffix.lower() in SUPPORTED_SUFFIXES]


def read_tables(path: Path) -> list[Any]:
    """The tables of one file, read as `ingest.pipeline.read_one` reads them (its sidecar metadata too)."""
    from core.settings import Settings
    from ingest.load import load_document, read_sidecar
    from ingest.pipeline import clean_document, pdf_limits
    from ingest.tables import extract_figures

    settings = Settings()
    entry = read_sidecar(path.parent).get(path.name)
    with pdf_limits(settings):
        doc = load_document(path, display_path=path.relative_to(REPO).as_posix(), settings=settings,
                            sidecar={path.name: entry} if entry else {})
    return list(extract_figures(clean_document(doc)).tables)


def _value(value: Any) -> str:
    return "-" if value is None else format(value.normalize(), "f")


def _unit(unit: Any) -> str:
    return unit.value if unit is not None else ""


def describe_table(table: Any) -> dict[str, Any]:
    """One table as plain, stable JSON: what a change to the reader could move."""
    from assistant.budget.matching import table_kind_of

    rows = []
    for row in table.rows:
        path = " › ".join((*row.sections, row.label))
        values = " ".join(_value(v) for v in row.values)
        rows.append(f"{'Σ ' if row.is_total else ''}{path} | {values}" + (f" | not {row.note}" if row.note else ""))
    columns = [f"{c.kind or '-'} {c.year or '-'}" + (f" [{_unit(c.unit)}]" if c.unit else "") + f" «{c.label}»"
               for c in table.columns]
    return {"title": table.title, "kind": table_kind_of(table) or "", "unit": _unit(table.unit),
            "stated_unit": _unit(table.stated_unit), "page": table.rows[0].source.page if table.rows else None,
            "columns": columns, "rows": rows}


def take(corpora: Iterable[str] = CORPORA) -> dict[str, Any]:
    """{document path: [table, ...]} for every document of the corpora (a file that fails to load: its error)."""
    out: dict[str, Any] = {}
    for corpus in corpora:
        for path in documents(corpus):
            shown = path.relative_to(REPO).as_posix()
            try:
                out[shown] = [describe_table(t) for t in read_tables(path)]
            except Exception as error:  # noqa: BLE001 - a file the ingest skips is recorded, not fatal
                out[shown] = {"error": f"{type(error).__name__}: {error}"}
    return out


def load(path: Path = SNAPSHOT) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def save(snapshot: dict[str, Any], path: Path = SNAPSHOT) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(snapshot, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _name(table: dict[str, Any]) -> str:
    return f"«{table['title']}» (s. {table['page']})"


def _key(table: dict[str, Any]) -> str:
    return f"{table['title']}|{'|'.join(table['columns'])}"


def diff_table(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What changed in one table: fields, columns, rows (as a unified diff of the row lines)."""
    out = []
    for field in ("title", "kind", "unit", "stated_unit", "page"):
        if old[field] != new[field]:
            out.append(f"    {field}: {old[field]!r} -> {new[field]!r}")
    if old["columns"] != new["columns"]:
        out.append(f"    columns: {old['columns']} -> {new['columns']}")
    if old["rows"] != new["rows"]:
        lines = difflib.unified_diff(old["rows"], new["rows"], lineterm="", n=0)
        out.append(f"    rows: {len(old['rows'])} -> {len(new['rows'])}")
        out.extend(f"      {line}" for line in lines if not line.startswith(("---", "+++", "@@")))
    return out


def diff_document(old: Any, new: Any) -> list[str]:
    """The tables of one document before and after, matched in order by title and columns."""
    if isinstance(old, dict) or isinstance(new, dict):
        if old == new:
            return []
        said = lambda read: read["error"] if isinstance(read, dict) else f"{len(read)} tables"  # noqa: E731
        return [f"  read: {said(old)} -> {said(new)}"]
    out: list[str] = []
    matcher = difflib.SequenceMatcher(a=[_key(t) for t in old], b=[_key(t) for t in new], autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and a1 - a0 == b1 - b0):
            for before, after in zip(old[a0:a1], new[b0:b1]):
                changes = diff_table(before, after)
                if changes:
                    out.append(f"  table {_name(after)} changed:")
                    out.extend(changes)
            continue
        out.extend(f"  table gone: {_name(t)}, {len(t['rows'])} rows, columns {t['columns']}" for t in old[a0:a1])
        out.extend(f"  table new:  {_name(t)}, {len(t['rows'])} rows, columns {t['columns']}" for t in new[b0:b1])
    return out


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Readable lines: per document, the tables gone, new or changed; empty when nothing changed."""
    out: list[str] = []
    for doc in sorted(set(old) | set(new)):
        if doc not in new:
            out.append(f"{doc}: no longer read ({len(old[doc])} tables in the snapshot)")
        elif doc not in old:
            out.append(f"{doc}: not in the snapshot")
        else:
            lines = diff_document(old[doc], new[doc])
            if lines:
                out.append(f"{doc}:")
                out.extend(lines)
    return out


def counts(old: dict[str, Any], new: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Per corpus: (tables changed, gone or new; rows changed, gone or new), a summary of `diff`."""
    out: dict[str, tuple[int, int]] = {}
    for doc in sorted(set(old) | set(new)):
        corpus = next((c for c in CORPORA if doc.startswith(c + "/")), doc.split("/")[0])
        before = old.get(doc) if isinstance(old.get(doc), list) else []
        after = new.get(doc) if isinstance(new.get(doc), list) else []
        rows_before = [(t["title"], r) for t in before for r in t["rows"]]
        rows_after = [(t["title"], r) for t in after for r in t["rows"]]
        matcher = difflib.SequenceMatcher(a=rows_before, b=rows_after, autojunk=False)
        rows = sum(max(a1 - a0, b1 - b0) for op, a0, a1, b0, b1 in matcher.get_opcodes() if op != "equal")
        kept = {json.dumps(t, sort_keys=True) for t in before} & {json.dumps(t, sort_keys=True) for t in after}
        tables = max(len(before), len(after)) - len(kept)
        t0, r0 = out.get(corpus, (0, 0))
        out[corpus] = (t0 + tables, r0 + rows)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.table_snapshot", description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="write the current reading as the snapshot")
    parser.add_argument("--corpus", action="append", help="only this corpus (repeatable), e.g. evals/corpora/blind-muni7")
    parser.add_argument("--snapshot", type=Path, default=SNAPSHOT, help=f"default {SNAPSHOT.relative_to(REPO)}")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    corpora = [c.rstrip("/") for c in args.corpus] if args.corpus else list(CORPORA)
    current = take(corpora)
    old = load(args.snapshot)
    if args.corpus:
        old_part = {d: t for d, t in old.items() if any(d.startswith(c + "/") for c in corpora)}
    else:
        old_part = old
    changes = diff(old_part, current)
    seconds = time.perf_counter() - started
    tables = sum(len(t) for t in current.values() if isinstance(t, list))
    summary = {c: n for c, n in counts(old_part, current).items() if n != (0, 0)}
    if args.update:
        save({**{d: t for d, t in old.items() if d not in old_part}, **current}, args.snapshot)
        print(f"{args.snapshot}: {len(current)} documents, {tables} tables written ({seconds:.0f} s); "
              f"changed (tables, rows) per corpus: {summary or 'none'}")
        return 0
    if not changes:
        print(f"The table reader reads all {tables} tables of {len(current)} documents as the snapshot ({seconds:.0f} s).")
        return 0
    print("\n".join(changes))
    print(f"\nChanged (tables, rows) per corpus: {summary}")
    print(f"The tables differ from {args.snapshot}. If the change is intended, run: {UPDATE_COMMAND}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
