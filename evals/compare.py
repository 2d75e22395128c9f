"""Compare evaluation reports question by question, and list a report's failures.

    python -m evals.compare OLD/report.json NEW/report.json [--sets dev/blind35.jsonl ...]
    python -m evals.compare --failures REPORT/report.json [--sets ...] [--category calculation]

A release is judged by which questions it gained and lost, not only by its totals: two runs with the same
total can differ on dozens of questions. Questions are matched by id; a question only one report holds is
counted apart, so runs over different sets can still be compared on what they share.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Comparison:
    shared: int
    right_before: int
    right_after: int
    gained: tuple[str, ...]
    lost: tuple[str, ...]
    only_before: tuple[str, ...]
    only_after: tuple[str, ...]


def load_report(path: Path) -> dict[str, Any]:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FileNotFoundError(f"{path}: no report there; run `kommun eval --out DIR` first") from exc


def _in_sets(row: Mapping[str, Any], sets: Sequence[str]) -> bool:
    return not sets or str(row.get("set", "")) in {Path(s).stem for s in sets}


def _by_id(report: Mapping[str, Any], sets: Sequence[str]) -> dict[str, Mapping[str, Any]]:
    return {row["id"]: row for row in report.get("questions", []) if _in_sets(row, sets)}


def compare(before: Mapping[str, Any], after: Mapping[str, Any], sets: Sequence[str] = ()) -> Comparison:
    old, new = _by_id(before, sets), _by_id(after, sets)
    shared = sorted(old.keys() & new.keys())
    return Comparison(
        shared=len(shared),
        right_before=sum(bool(old[i]["correct"]) for i in shared),
        right_after=sum(bool(new[i]["correct"]) for i in shared),
        gained=tuple(i for i in shared if new[i]["correct"] and not old[i]["correct"]),
        lost=tuple(i for i in shared if old[i]["correct"] and not new[i]["correct"]),
        only_before=tuple(sorted(old.keys() - new.keys())),
        only_after=tuple(sorted(new.keys() - old.keys())),
    )


def failures(report: Mapping[str, Any], sets: Sequence[str] = (), category: str | None = None) -> list[dict[str, Any]]:
    wanted = _by_id(report, sets)
    return [row for row in report.get("failures", [])
            if row["id"] in wanted and not wanted[row["id"]]["correct"]
            and (category is None or row.get("category") == category)]


def render_comparison(result: Comparison, after: Mapping[str, Any]) -> list[str]:
    reasons = {row["id"]: row.get("reasons", []) for row in after.get("failures", [])}
    lines = [f"{result.shared} questions in both: {result.right_before} -> {result.right_after} right "
             f"(+{len(result.gained)} -{len(result.lost)})"]
    lines += [f"+ {qid}" for qid in result.gained]
    lines += [f"- {qid}: {'; '.join(reasons.get(qid, []))[:200]}" for qid in result.lost]
    if result.only_before or result.only_after:
        lines.append(f"only in the first report: {len(result.only_before)}; "
                     f"only in the second: {len(result.only_after)}")
    return lines


def render_failures(rows: Iterable[Mapping[str, Any]]) -> list[str]:
    rows = list(rows)
    lines = [f"{len(rows)} questions wrong; by category: "
             + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r.get("category") for r in rows).items()))]
    for row in rows:
        lines += ["", f"{row['id']} [{row.get('category')}] {row.get('question')}",
                  f"  expected: {row.get('expected')}", f"  got: {str(row.get('got'))[:400]}",
                  f"  reasons: {'; '.join(row.get('reasons', []))}"]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.compare", description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="+", type=Path, help="OLD NEW, or one report with --failures")
    parser.add_argument("--failures", action="store_true", help="list the wrong answers of one report")
    parser.add_argument("--sets", nargs="*", default=(), help="only these sets (file names or stems)")
    parser.add_argument("--category", help="only this category (with --failures)")
    args = parser.parse_args(argv)
    if args.failures:
        if len(args.reports) != 1:
            parser.error("--failures takes one report")
        lines = render_failures(failures(load_report(args.reports[0]), args.sets, args.category))
    else:
        if len(args.reports) != 2:
            parser.error("give two reports: OLD NEW")
        before, after = (load_report(p) for p in args.reports)
        lines = render_comparison(compare(before, after, args.sets), after)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
