"""What a turn shows: notes once, one source per passage, the verdict once, the turn's language, links."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.types import Answer, Calculation, Citation
from assistant.ui.conversation import Turn, question_language, turn_language
from assistant.ui.links import link_params, link_query, read_link
from assistant.ui.present import describe_filters, source_groups, unique_notes, without_verdict
from tests.ui.conftest import budget_citation


def test_each_note_is_shown_once_and_not_when_the_answer_says_it():
    calc = Calculation(operation="lookup", expression="", result=Decimal("1"), unit="tkr",
                       notes=("Beloppen är i tusentals kronor (tkr).", "Summan avviker med 1 tkr på grund av avrundning."))
    answer = Answer(question="q", answer="Socialnämnden får 209 559 tkr [1]. Beloppen är i tusentals kronor (tkr).",
                    calculation=calc, notes=("beloppen är i tusentals kronor (tkr)", "Tabellen är driftsbudgeten.",
                                             "Tabellen är driftsbudgeten"))
    assert unique_notes(answer) == ["Tabellen är driftsbudgeten.", "Summan avviker med 1 tkr på grund av avrundning."]


def test_verdict_said_by_the_badge_is_not_repeated_in_the_text():
    assert without_verdict("Stämmer inte: paketet var på 5,4 miljoner kronor [1].", "contradicted") == \
        "Paketet var på 5,4 miljoner kronor [1]."
    assert without_verdict("Contradicted. The package was 5.4 million [1].", "contradicted") == \
        "The package was 5.4 million [1]."
    assert without_verdict("Stämmer: ja [1].", "supported") == "Ja [1]."
    assert without_verdict("Stämmer det? Paketet ...", "supported") == "Stämmer det? Paketet ..."  # not a label
    assert without_verdict("Stämmer inte: x", None) == "Stämmer inte: x"


def test_two_numbers_quoting_one_passage_are_one_source_entry():
    one = budget_citation(1)
    again = replace(one, n=2, chunk_id="other-id")  # same text, another number
    same_chunk = replace(one, n=3, quote="Socialnämnden 205 172", end=one.start + 21)
    other = Citation(n=4, doc="corpus/press.txt", title="Press", quote="5,4 miljoner", chunk_id="p-1", start=0, end=12)
    groups = source_groups([one, other, again, same_chunk])
    assert [[c.n for c in g] for g in groups] == [[1, 2, 3], [4]]


def test_filters_in_words():
    titles = {"corpus/budget.txt": "Budget 2021-2023"}
    filters = {"doc_type": ["budget", "press_release"], "year_from": 2021, "year_to": 2022, "docs": ["corpus/budget.txt"]}
    assert describe_filters(filters, "sv", titles) == \
        "dokumenttyp Budget, Pressmeddelande; år 2021–2022; dokument Budget 2021-2023"
    assert describe_filters({"doc_type": ["press_release"]}, "en", titles) == "document type Press release"
    assert describe_filters(None, "sv", titles) == ""
    assert describe_filters({"municipality": ["Lerum", "Tranemo"]}, "en", titles) == "municipality Lerum, Tranemo"


def test_a_link_keeps_the_municipality_filter():
    from urllib.parse import parse_qsl, urlsplit

    query = link_query(["Hur mycket får socialnämnden 2025?"], "sv", {"municipality": ["Lerum"], "docs": [3]})
    link = read_link(*(lambda p: (p, p.get_all))(_Params(parse_qsl(urlsplit(query).query))))
    assert link.filters == {"municipality": ["Lerum"]}  # a malformed entry is dropped, the rest kept


def test_question_language_follows_the_words_and_the_switch_when_they_do_not_tell():
    assert question_language("How much does elderly care get?", "sv") == "en"
    assert question_language("Och 2023?", "en") == "sv"
    assert question_language("2023?", "en") == "en" and question_language("2023?", "sv") == "sv"


def test_turn_language_is_the_answers_then_the_questions():
    english = Answer(question="q", answer="Yes [1].", language="en")
    assert turn_language(Turn("t", "Stämmer det?", answer=english), "sv") == "en"
    assert turn_language(Turn("t", "How much?", error="boom"), "sv") == "en"
    assert turn_language(Turn("t", "2023?", error="boom"), "en") == "en"


class _Params(dict):
    def __init__(self, pairs):
        super().__init__()
        self.pairs = pairs
        for key, value in pairs:
            self[key] = value  # st.query_params gives the last value of a repeated key

    def get_all(self, key):
        return [value for k, value in self.pairs if k == key]


def test_link_round_trip():
    from urllib.parse import parse_qsl, urlsplit

    query = link_query(["Hur mycket får Socialnämnden 2021?", "Och 2023?"], "sv", {"doc_type": ["budget"]})
    assert query.startswith("?q=Hur+mycket")
    params = _Params(parse_qsl(urlsplit(query).query))
    link = read_link(params, params.get_all)
    assert link.questions == ("Hur mycket får Socialnämnden 2021?", "Och 2023?")
    assert link.lang == "sv" and link.filters == {"doc_type": ["budget"]}
    assert link_params(["a"], "en") == {"q": ["a"], "lang": "en"}


def test_a_broken_link_is_read_as_far_as_it_goes():
    params = _Params([("q", "  "), ("q", "Vad?"), ("lang", "xx"), ("f", "{not json")])
    assert read_link(params, params.get_all) == read_link.__globals__["Link"](questions=("Vad?",))
    params = _Params([("f", '{"doc_type": "budget", "year_from": "2021", "docs": ["a"]}'), ("q", "x")])
    assert read_link(params, params.get_all).filters == {"docs": ["a"]}
    assert read_link(_Params([]), _Params([]).get_all) is None
