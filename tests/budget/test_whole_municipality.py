""""Totalt i kommunen": the municipality as a whole names no row by fronting its compound ("Kommunledningsförvaltningen"),
not even among the rows of the table the conversation is about."""
from __future__ import annotations

from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

TEXT = """Årsarbetare per förvaltning

| Förvaltning | 2024 | 2025 | 2026 |
|---|---:|---:|---:|
| Kommunledningsförvaltningen | 95 | 96,5 | 96,5 |
| Socialförvaltningen | 583,5 | 590 | 586,5 |
| Totalt | 1336 | 1355 | 1351 |
"""


def test_the_municipality_names_no_row_in_part() -> None:
    doc = LoadedDocument(path="p.md", sha256="0", meta=DocumentMeta(title="Personal"), text=TEXT)
    tables = parse_tables(doc)
    lexicon = Lexicon.build(tables)
    near = frozenset(r.label for r in tables[0].rows)
    assert match_rows("hur många var det totalt i kommunen 2026?", lexicon, near) == []
    assert [m.label for m in match_rows("hur många hade kommunledningen 2026?", lexicon, near)] == [
        "Kommunledningsförvaltningen"]
