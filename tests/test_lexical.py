"""BM25 with Swedish stems and stop words; digit groups joined; save/load round trip."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from assistant.retrieval.lexical import LexicalIndex, join_digit_groups, tokenize
from core.types import Chunk


def _chunk(i: int, text: str, title: str = "Dokument") -> Chunk:
    return Chunk(id=f"abc-{i:04d}", doc_path="d.txt", text=text, start=0, end=len(text), title=title, position=i)


CHUNKS = [
    _chunk(0, "Socialnämnden får 205 172 tkr i kommunbidrag för 2021."),
    _chunk(1, "Kommunerna i regionen samarbetar om kollektivtrafiken."),
    _chunk(2, "Barn- och ungdomsnämnden satsar på förebyggande arbete."),
    _chunk(3, "Feriearbeten ska erbjudas ungdomar under sommaren.", title="Nämnden i korthet"),
]


def test_tokenize_stems_drops_stop_words_and_joins_numbers() -> None:
    assert tokenize("Kommunerna och kommunens nämnder") == ["kommun", "kommun", "nämnd"]
    assert tokenize("2 421 049 kronor") == ["2421049", "kron"]
    assert tokenize("−14,3 miljoner") == ["14", "3", "miljon"]
    assert tokenize("det är och i") == []
    assert join_digit_groups("2\u00a0421 049 och 2021 2022") == "2421049 och 2021 2022"


def test_search_finds_inflected_forms_and_amounts() -> None:
    index = LexicalIndex.build(CHUNKS)
    assert index.search("socialnämndens kommunbidrag", 2)[0][0] == "abc-0000"
    assert index.search("205172", 1)[0][0] == "abc-0000"
    assert index.search("kommun", 4)[0][0] == "abc-0001"
    assert index.search("nämnden i korthet", 1)[0][0] == "abc-0003"  # the title is searchable too


def test_a_table_passage_is_found_by_the_words_of_its_context() -> None:
    rows = "Socialnämnden    451,9    463,0    478,9"
    with_context = Chunk(id="abc-0009", doc_path="d.txt", text=rows, start=0, end=len(rows), title="Dokument",
                         position=9, context="Tabell 8. Driftbudget per nämnd – Utfall 2024 · Budget 2025 · Budget 2026")
    index = LexicalIndex.build(CHUNKS + [with_context])
    assert index.search("driftbudget 2026", 1)[0][0] == "abc-0009"
    assert not LexicalIndex.build(CHUNKS + [_chunk(9, rows)]).search("driftbudget", 1)  # without it: unfindable


def test_a_table_passage_is_indexed_by_its_words_and_years_not_its_cells() -> None:
    rows = "Nämnd    Budget 2025    Budget 2026\nSocialnämnden    463,0    478,9\nKultur- och fritidsnämnden    61,2    63,0"
    table = Chunk(id="abc-0009", doc_path="d.txt", text=rows, start=0, end=len(rows), title="Dokument", position=9,
                  kind="table")
    prose = _chunk(8, "Socialnämnden får 318 400 tkr i kommunbidrag för 2026.")
    index = LexicalIndex.build(CHUNKS + [table, prose])
    assert [cid for cid, _ in index.search("478,9", 5)] == []  # a cell finds nothing: the calculator reads cells
    assert index.search("318 400", 1)[0][0] == "abc-0008"  # an amount in prose still does
    assert "abc-0009" in [cid for cid, _ in index.search("kultur fritidsnämnden 2026", 2)]


def test_only_positive_scores_and_unknown_words() -> None:
    index = LexicalIndex.build(CHUNKS)
    hits = index.search("feriearbeten", 10)
    assert [h[0] for h in hits] == ["abc-0003"] and hits[0][1] > 0
    assert index.search("xylofon", 5) == []
    assert index.search("och det", 5) == []
    assert LexicalIndex.build([]).search("kommun", 3) == []


def test_save_and_load(tmp_path: Path) -> None:
    index = LexicalIndex.build(CHUNKS)
    index.save(tmp_path / "lex")
    loaded = LexicalIndex.load(tmp_path / "lex")
    assert loaded.ids == index.ids
    assert loaded.search("kollektivtrafik", 3) == index.search("kollektivtrafik", 3)


def test_compounds_split_into_known_parts() -> None:
    from assistant.retrieval.lexical import QUESTION_LINKERS, split_compound
    vocab = {"kommun", "bidrag", "investering", "budget", "omsorg"}
    assert split_compound("kommunbidrag", vocab) == ["kommun", "bidrag"]
    assert split_compound("investeringsbudget", vocab) == ["investering", "budget"]  # linking s
    assert split_compound("kommun", vocab) == [] and split_compound("skolbyggnad", vocab) == []
    assert split_compound("2021budget", vocab) == []
    # a question's word against stems: the compound form's vowel is a linker ("förskola" -> "förskole-")
    stems_ = {"förskol", "beslut"}
    assert split_compound("förskolebeslut", stems_) == []
    assert split_compound("förskolebeslut", stems_, QUESTION_LINKERS) == ["förskol", "beslut"]


def test_a_shorter_tail_is_tried_only_when_asked_and_after_the_longer_ones() -> None:
    from assistant.retrieval.lexical import split_compound
    vocab = {"resultat", "mål", "budget", "udget", "get"}
    assert split_compound("resultatmål", vocab) == []  # the index's own split keeps four-letter parts
    assert split_compound("resultatmål", vocab, min_tail=3) == ["resultat", "mål"]
    assert split_compound("resultatbudget", vocab, min_tail=3) == ["resultat", "budget"]  # the longest tail first


def test_compound_parts_are_searchable_both_ways() -> None:
    chunks = [_chunk(0, "Kommunbidraget till nämnden höjs."), _chunk(1, "Bidrag till föreningar och kommun."),
              _chunk(2, "Budget för omsorg om äldre."), _chunk(3, "Parkeringen vid stationen byggs om.")]
    index = LexicalIndex.build(chunks)
    assert {h[0] for h in index.search("bidrag", 5)} == {"abc-0000", "abc-0001"}
    assert index.search("omsorgsbudget", 1)[0][0] == "abc-0002"  # unknown compound in the question
    assert index.search("kommunbidrag", 1)[0][0] == "abc-0000"  # the exact compound ranks first


class CountingVocab(dict):
    """A vocabulary that counts lookups (the work split_compound does), for a bound without timing."""

    lookups = 0

    def __contains__(self, key: object) -> bool:
        CountingVocab.lookups += 1
        return dict.__contains__(self, key)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="abcdeklmnorstuåäö", min_size=0, max_size=3000))
def test_split_compound_work_is_bounded_whatever_the_length(word: str) -> None:
    from assistant.retrieval.lexical import MAX_COMPOUND, split_compound

    vocab = CountingVocab({w: 1 for w in ("kommun", "bidrag", "budget", "investering")})
    CountingVocab.lookups = 0
    split_compound(word, vocab)
    assert CountingVocab.lookups <= 2 * MAX_COMPOUND


def test_a_one_megabyte_word_is_indexed_and_searched() -> None:
    from assistant.retrieval.lexical import LexicalIndex, split_compound

    word = "kommunbidrag" * 90_000  # 1 MB of letters, one "word"
    assert split_compound(word, {"kommun": 1, "bidrag": 1}) == []
    assert split_compound("kommunbidrag", {"kommun": 1, "bidrag": 1}) == ["kommun", "bidrag"]
    chunk = _chunk(0, word + " kommunbidrag", title="A")
    index = LexicalIndex.build([chunk])
    assert [cid for cid, _ in index.search("kommunbidrag")] == ["abc-0000"]


def test_a_word_one_typing_error_from_a_known_word_is_searched_as_it() -> None:
    """"socialnämden" (a letter missing) finds "Socialnämnden"; short words are not read as misspellings of
    another word ("ökning" is no "sökning"), nor are numbers."""
    from assistant.retrieval.lexical import misspelt

    index = LexicalIndex.build(CHUNKS)
    assert index.search("socialnämden", 2)[0][0] == "abc-0000"
    vocab = {"socialnämnd", "prognos", "sökning", "2021"}
    assert misspelt("socialnämd", vocab) == ["socialnämnd"] and misspelt("progns", vocab) == ["prognos"]
    assert misspelt("ökning", vocab) == [] and misspelt("2022", vocab) == [] and misspelt("prognos", vocab) == []


def test_coverage_counts_a_misspelt_concept() -> None:
    from assistant.understand.query import analyse
    from assistant.evidence.sentences import TermStats, text_stems

    stats = TermStats({c.id: c for c in CHUNKS})
    q = analyse("Vad får socialnämden i kommunbidrag?")
    assert "socialnämnd" in stats.matches("socialnämd")
    # the misspelt concept counts: a passage without it does not cover the question
    assert stats.coverage(q.groups, text_stems(CHUNKS[0].text), q.weights, q.full) == 1.0
    assert stats.coverage(q.groups, text_stems("Kommunbidrag till nämnderna."), q.weights, q.full) < 0.9
