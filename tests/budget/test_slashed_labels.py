"""A row label naming two things by a slash ("Periodens/årets resultat") is named by the words of each."""
from __future__ import annotations

from assistant.budget.matching import _build_lexicon, alternatives, match_rows


def test_a_slash_between_two_words_gives_each_alternative() -> None:
    assert alternatives("Periodens/årets resultat") == ["Periodens resultat", "årets resultat"]
    assert alternatives("Verksamhetens resultat") == []
    assert alternatives("Nettokostnad 2024/2025") == []  # years are no alternatives


def test_an_alternative_with_synonyms_lends_them_to_the_row() -> None:
    lexicon = _build_lexicon(("Periodens/årets resultat", "Verksamhetens resultat", "Skatteintäkter"))
    assert [m.label for m in match_rows("vad blev resultatet för jan-aug 2025", lexicon)] == ["Periodens/årets resultat"]
    assert [m.label for m in match_rows("årets resultat 2025", lexicon)] == ["Periodens/årets resultat"]


def test_two_things_joined_by_och_are_named_by_a_slash_too() -> None:
    # "grundskola/fritidshem" names "Grundskola och fritidshem", not each row merely holding those words
    lexicon = _build_lexicon(("Förskola", "Grundskola och fritidshem", "Köpt verksamhet (Grundskola och fritidshem)",
                              "Lokalkostnader (Grundskola och fritidshem)"))
    assert [m.label for m in match_rows("summera budget 2025 för förskola och grundskola/fritidshem", lexicon)] == [
        "Förskola", "Grundskola och fritidshem"]


def test_a_forecast_is_read_where_the_row_is_named_with_another_by_a_slash() -> None:
    # the budget names the row "Årets resultat" (no forecast); the interim report "Periodens/årets resultat"
    # beside its forecast: asked for the forecast, the interim report's row answers, not the budget's
    from assistant.budget.answer import answer_figures
    from assistant.budget.store import DocumentFigures, FigureBook
    from assistant.budget.tables import parse_tables
    from core.types import DocumentMeta, LoadedDocument

    budget = "Resultatbudget, mnkr\n\n| | Budget 2025 | Plan 2026 |\n|---|---:|---:|\n| Skatteintäkter | 566,9 | 580,0 |\n" \
             "| Årets resultat | 10,1 | 12,0 |\n"
    interim = "Resultaträkning, mnkr\n\n| | Utfall jan–aug 2025 | Budget 2025 | Prognos 2025 |\n|---|---:|---:|---:|\n" \
              "| Skatteintäkter | 378,4 | 566,9 | 567,6 |\n| Periodens/årets resultat | 12,2 | 10,1 | 7,4 |\n"
    docs = []
    for name, text, kind in (("b.md", budget, "budget"), ("d.md", interim, "interim_report")):
        doc = LoadedDocument(path=name, sha256=name, meta=DocumentMeta(title=name), text=text)
        docs.append(DocumentFigures(doc_path=name, sha256=name, title=name, doc_type=kind, date=None,
                                    tables=tuple(parse_tables(doc)), amounts=()))
    answer = answer_figures("vad är prognosen för årets resultat 2025?", FigureBook(tuple(docs)))
    assert answer is not None and not answer.refused and "7,4" in answer.text
