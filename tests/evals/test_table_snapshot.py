"""The table reader's regression guard: the dev corpora's tables against evals/tables/snapshot.json."""
from __future__ import annotations

from evals import table_snapshot as snap


def _table(title: str = "Driftbudget", rows: tuple[str, ...] = ("Kommunstyrelsen | 100 110",), **fields) -> dict:
    table = {"title": title, "kind": "drift", "unit": "tkr", "stated_unit": "tkr", "page": 3,
             "columns": ["Budget 2025 «Budget 2025»", "Plan 2026 «Plan 2026»"], "rows": list(rows)}
    return {**table, **fields}


def test_no_change_no_diff() -> None:
    old = {"a.pdf": [_table()], "b.md": []}
    assert snap.diff(old, {"a.pdf": [_table()], "b.md": []}) == []


def test_changed_rows_name_document_table_and_row() -> None:
    old = {"a.pdf": [_table(rows=("Kommunstyrelsen | 100 110", "Socialnämnden | 50 55"))]}
    new = {"a.pdf": [_table(rows=("Kommunstyrelsen | 100 110", "Socialnämnden | 50 -"))]}
    lines = snap.diff(old, new)
    assert lines[0] == "a.pdf:"
    assert "«Driftbudget» (s. 3) changed" in lines[1]
    assert "-Socialnämnden | 50 55" in "\n".join(lines)
    assert "+Socialnämnden | 50 -" in "\n".join(lines)


def test_changed_unit_and_columns() -> None:
    new = _table(unit="mnkr", columns=["Budget 2025 «Budget 2025»"])
    text = "\n".join(snap.diff({"a.pdf": [_table()]}, {"a.pdf": [new]}))
    assert "unit: 'tkr' -> 'mnkr'" in text and "columns:" in text


def test_a_new_table_between_others_leaves_them_matched() -> None:
    old = {"a.pdf": [_table("Resultatbudget"), _table("Driftbudget")]}
    new = {"a.pdf": [_table("Resultatbudget"), _table("Tabell 4"), _table("Driftbudget")]}
    assert snap.diff(old, new) == ["a.pdf:", "  table new:  «Tabell 4» (s. 3), 1 rows, columns "
                                   "['Budget 2025 «Budget 2025»', 'Plan 2026 «Plan 2026»']"]


def test_documents_gone_or_new() -> None:
    assert snap.diff({"a.pdf": [_table()]}, {"b.pdf": []}) == [
        "a.pdf: no longer read (1 tables in the snapshot)", "b.pdf: not in the snapshot"]


def test_counts_per_corpus() -> None:
    doc = "evals/corpora/blind-muni7/x/a.pdf"
    old = {doc: [_table(rows=("A | 1", "B | 2"))], "corpus/b.txt": [_table()]}
    new = {doc: [_table(rows=("A | 1", "B | 3"))], "corpus/b.txt": [_table()]}
    assert snap.counts(old, new) == {"evals/corpora/blind-muni7": (1, 1), "corpus": (0, 0)}


def test_tables_read_as_the_snapshot() -> None:
    """Every table of the dev corpora reads as committed; after an intended change, update the snapshot."""
    changes = snap.diff(snap.load(), snap.take())
    assert not changes, ("The table reader reads the dev corpora's tables differently from "
                         f"{snap.SNAPSHOT.relative_to(snap.REPO)}:\n" + "\n".join(changes[:200]) +
                         f"\nIf the change is intended, run: {snap.UPDATE_COMMAND}")
