"""A verb of the deed a row's label names as the head of a compound ("effektivisera" of "Energieffektivisering
kommunala lokaler") says what someone does, not which row: alone it names no row; a label whose word is the deed
itself ("Amortering av lån") is named by its verb."""
from __future__ import annotations

from assistant.budget.answer import answer_figures
from assistant.budget.matching import Lexicon, match_rows
from assistant.budget.amounts import find_amounts
from assistant.budget.store import DocumentFigures, FigureBook
from assistant.budget.tables import parse_tables
from core.types import DocumentMeta, LoadedDocument

BUDGET = """Mål och budget 2025–2027

Sammanlagt ska nämnderna hitta effektiviseringar på 6,2 miljoner kronor under 2025.

Tabell 4. Investeringsbudget (tkr)

| Projekt | Budget 2025 | Plan 2026 |
|---|---:|---:|
| Energieffektivisering kommunala lokaler | 4 000 | 4 000 |
| Renovering Fjugesta skola | 9 200 | 0 |
| Amortering av lån | 4 200 | 4 200 |
| Summa investeringar | 17 400 | 8 200 |
"""


def _book() -> FigureBook:
    doc = LoadedDocument(path="b.md", sha256="b", text=BUDGET, meta=DocumentMeta(title="Mål och budget"))
    return FigureBook((DocumentFigures(doc_path="b.md", sha256="b", title="Mål och budget", doc_type="budget",
                                       date="2024-11-26", tables=tuple(parse_tables(doc)),
                                       amounts=tuple(find_amounts(doc))),))


def test_a_deed_verb_alone_names_no_row() -> None:
    lexicon = _book().index.lexicon
    assert not match_rows("hur mycket ska nämnderna effektivisera 2025 totalt?", lexicon)
    assert [m.label for m in match_rows("vad kostar renoveringen av fjugesta skola?", lexicon)] == [
        "Renovering Fjugesta skola"]
    assert [m.label for m in match_rows("hur mycket amorteras 2025?", lexicon)] == ["Amortering av lån"]


def test_the_savings_asked_are_the_ones_the_text_states() -> None:
    answer = answer_figures("hur mycket ska nämnderna effektivisera 2025 totalt?", _book())
    assert answer is not None and "6,2 mnkr" in answer.text and "Energieffektivisering" not in answer.text
