"""AppTest flows against a scripted Assistant: what a user sees for answers, claims, refusals, errors."""
from __future__ import annotations

import json
from pathlib import Path

from core.errors import StoreUnavailableError
from core.types import Answer
from tests.ui.conftest import budget_citation, change_answer, script_citation


def _ask(at, question: str):
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def _texts(block) -> str:
    return "\n".join(m.value for m in block.markdown)


def test_answer_shows_text_sources_calculation_and_chart(scripted, make_app):
    question = "Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?"
    scripted.queue.append(change_answer(question))
    at = _ask(make_app().run(), question)
    user, reply = at.chat_message[0], at.chat_message[1]
    assert user.name == "user" and reply.name == "assistant"
    body = _texts(reply).replace("\\", "")
    assert "(7\u00a0990\u00a0tkr, 3,9\u00a0%)" in body and "213\u00a0162\u00a0tkr [1]" in body  # figures never wrap
    assert "Källor" in body
    assert at.code[0].value.replace("\u00a0", " ").startswith("213 162 - 205 172 = 7 990 tkr\n7 990 / 205 172")
    table = at.html[0].proto.body  # an HTML table: it scrolls inside its column on a phone
    assert "overflow-x:auto" in table and ">Belopp (tkr)</th>" in table and ">Enhet<" not in table
    assert ">205 172</td>" in table and ">213 162</td>" in table and table.count(">[1]</td>") == 2
    assert at.get("vega_lite_chart"), "a row across years gets a chart"
    label = at.expander[0].label.replace("\\", "")
    assert label == "[1] Budget 2021-2023 · 2020 · Budget"
    passage = at.main.expander[0].children[0].proto.body
    assert '<mark style="' in passage and "Socialnämnden 205 172 209 559 213 162</mark>" in passage
    assert scripted.calls[0]["history"] == () and scripted.calls[0]["filters"] is None


def test_follow_up_passes_history(scripted, make_app):
    scripted.queue += [change_answer("Hur mycket får Socialnämnden 2021?"), change_answer("Och 2023?")]
    at = _ask(make_app().run(), "Hur mycket får Socialnämnden 2021?")
    at = _ask(at, "Och 2023?")
    assert scripted.calls[1]["history"] == ("Hur mycket får Socialnämnden 2021?",)
    assert len(at.chat_message) == 4


def test_document_text_is_shown_literally(scripted, make_app):
    scripted.queue.append(Answer(question="q", answer="Se **detta** <script>x</script> [1]",
                                 citations=(script_citation(),)))
    at = _ask(make_app().run(), "Vad står det?")
    body = _texts(at.chat_message[1])
    assert "\\*\\*detta\\*\\*" in body and "\\<script\\>" in body
    passage = at.main.expander[0].children[0].proto.body
    assert "<script>" not in passage and "&lt;script&gt;" in passage
    assert "javascript:alert" in passage and 'href="javascript' not in passage
    assert "\\<b\\>" in at.expander[0].label


def test_whole_document_view_marks_quote_and_jumps(scripted, make_app):
    scripted.queue.append(change_answer("q"))
    at = _ask(make_app().run(), "q")
    at.toggle[0].set_value(True).run()
    whole = [child for child in at.main.expander[0].children.values() if child.type == "html"][-1].proto.body
    assert 'href="#q-' in whole and '<mark id="q-' in whole
    assert "Äldreomsorgsnämnden 301 400" in whole  # the rest of the document is there too


def test_claim_gets_verdict_badge(scripted, make_app):
    claim = "Stämmer det att socialnämnden beslutade om ett omställningspaket på 15 miljoner kronor?"
    scripted.queue.append(Answer(question=claim, verdict="contradicted",
                                 answer="Nej: omställningspaketet var på 5,4 miljoner kronor [1].",
                                 citations=(budget_citation(),)))
    at = _ask(make_app().run(), claim)
    badges = [m.value for m in at.chat_message[1].markdown if "Stämmer inte" in m.value]
    assert badges and ":red-badge[" in badges[0]


def test_refusal_shows_related_passages_not_sources(scripted, make_app):
    scripted.queue.append(Answer(question="Vad kostar en ny simhall?", refused=True,
                                 answer="Dokumenten svarar inte på frågan.", related=(budget_citation(),)))
    at = _ask(make_app().run(), "Vad kostar en ny simhall?")
    body = _texts(at.chat_message[1])
    assert "Närliggande avsnitt" in body and "Källor" not in body
    assert len(at.main.expander) == 1


def test_failing_question_becomes_a_readable_error(scripted, make_app):
    scripted.queue += [StoreUnavailableError("Chroma-servern på http://127.0.0.1:9 svarar inte. Starta den: chroma run"),
                       RuntimeError("boom")]
    at = _ask(make_app().run(), "Första")
    assert at.error[0].value.replace("\\", "") == "Chroma-servern på http://127.0.0.1:9 svarar inte. Starta den: chroma run"
    at = _ask(at, "Andra")
    assert "internt fel \\(RuntimeError\\)" in at.error[1].value and "boom" not in at.error[1].value
    assert not at.exception


def test_feedback_and_comment_are_appended(scripted, make_app, tmp_path: Path):
    scripted.queue.append(change_answer("Hur mycket ökar Socialnämnden?"))
    at = _ask(make_app().run(), "Hur mycket ökar Socialnämnden?")
    at.feedback[0].set_value(0).run()
    file = tmp_path / "data" / "feedback.jsonl"
    first = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines()]
    assert len(first) == 1 and first[0]["rating"] == "down" and first[0]["comment"] == ""
    assert first[0]["question"] == "Hur mycket ökar Socialnämnden?"
    assert first[0]["citations"][0]["quote"] == "Socialnämnden 205 172 209 559 213 162"
    at.text_input[0].set_value("Fel år i svaret")  # inside a form: sent with the submit
    next(b for b in at.button if b.proto.is_form_submitter).click().run()
    records = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    assert records[1]["comment"] == "Fel år i svaret" and records[1]["rating"] == "down"
    assert records[1]["message_id"] == records[0]["message_id"]
    assert "Kommentaren är sparad." in [c.value for c in at.caption]


def test_export_holds_questions_answers_and_sources(scripted, make_app):
    scripted.queue.append(change_answer("Hur mycket ökar Socialnämnden?"))
    at = _ask(make_app().run(), "Hur mycket ökar Socialnämnden?")
    export = at.get("download_button")
    assert export, "the export button appears once there is a conversation"
    # the Markdown itself is tested in test_export.py; here: the button is wired to the conversation
    assert export[-1].proto.label == "Exportera samtalet (Markdown)"


def test_english_ui_labels(scripted, make_app):
    scripted.queue.append(Answer(question="Is it true?", verdict="supported", answer="Yes [1].",
                                 citations=(budget_citation(),), language="en"))
    at = make_app().run()
    at.sidebar.radio[0].set_value("en").run()
    at = _ask(at, "Is it true?")
    body = _texts(at.chat_message[1])
    assert ":green-badge[" in body and "Supported" in body and "Sources" in body
    assert at.title[0].value == "Ask the municipality"


def test_no_upload_panel_without_admin_token(scripted, make_app):
    at = make_app().run()
    assert not at.get("file_uploader") and not [t for t in at.text_input if t.key == "admin_token"]


def test_upload_panel_needs_the_right_token(scripted, make_app, monkeypatch):
    monkeypatch.setenv("KOMMUN_ADMIN_TOKEN", "rätt-nyckel")
    at = make_app().run()
    token = next(t for t in at.text_input if t.key == "admin_token")
    token.set_value("fel").run()
    assert "Fel nyckel." in [e.value for e in at.error] and not at.get("file_uploader")
    next(t for t in at.text_input if t.key == "admin_token").set_value("rätt-nyckel").run()
    assert at.get("file_uploader")


def test_upload_saves_safely_and_ingests(scripted, make_app, monkeypatch, tmp_path: Path):
    from tests.fakes import HashEmbedder

    monkeypatch.setenv("KOMMUN_ADMIN_TOKEN", "rätt-nyckel")
    monkeypatch.setenv("KOMMUN_CORPUS_DIR", str(tmp_path / "corpus"))
    monkeypatch.setenv("KOMMUN_MAX_FILE_MB", "0.001")  # about 1 kB
    monkeypatch.setattr("assistant.retrieval.embedding.load_embedder", lambda settings: HashEmbedder())
    at = make_app().run()
    next(t for t in at.text_input if t.key == "admin_token").set_value("rätt-nyckel").run()
    body = "Kulturnämnden får 12 miljoner kronor 2024 för biblioteken.\n".encode()
    at.file_uploader[0].set_value([("../../ny rapport.txt", body, "text/plain"),
                                   ("stor.md", b"x" * 2000, "text/markdown")]).run()
    next(b for b in at.button if b.key == "ingest_uploads").click().run()
    assert not at.exception, at.exception
    saved = tmp_path / "corpus" / "uploads" / "ny_rapport.txt"
    assert saved.read_bytes() == body
    assert not (tmp_path / "corpus" / "uploads" / "stor.md").exists()
    manifest = json.loads((tmp_path / "data" / "manifest.json").read_text(encoding="utf-8"))
    assert any(path.endswith("uploads/ny_rapport.txt") for path in manifest["documents"])
    assert any("Klart: 1 fil(er) inlästa" in s.value for s in at.success)
    warnings = [w.value.replace("\\", "") for w in at.warning]
    assert any("stor.md" in w and "större än 0.001 MB" in w for w in warnings)


def test_filters_reach_ask(scripted, make_app):
    scripted.queue.append(change_answer("q"))
    at = make_app().run()
    at.sidebar.multiselect(key="filter_types_sv").set_value(["budget"]).run()
    at.sidebar.multiselect(key="filter_docs").set_value(["corpus/budget.txt"]).run()
    assert "Svaren söks bara i dokument som matchar filtren." in [c.value for c in at.sidebar.caption]
    _ask(at, "q")
    assert scripted.calls[0]["filters"] == {"docs": ["corpus/budget.txt"], "doc_type": ["budget"]}


def test_example_question_is_asked_and_new_conversation_clears(scripted, make_app):
    scripted.queue.append(change_answer("Hur mycket får äldreomsorgen 2022?"))
    at = make_app().run()
    at.sidebar.button(key="example-0").click().run()
    assert scripted.calls[0]["question"] == "Hur mycket får äldreomsorgen 2022?"
    assert len(at.chat_message) == 2
    at.sidebar.button(key="new_conversation").click().run()
    assert len(at.chat_message) == 0 and not at.get("download_button")


def test_empty_conversation_offers_examples_in_the_main_area(scripted, make_app):
    scripted.queue.append(change_answer("q"))
    at = make_app().run()
    starters = [b for b in at.main.button if b.key and b.key.startswith("start-example-")]
    assert [b.label for b in starters][:1] == ["Hur mycket får äldreomsorgen 2022?"]
    starters[1].click().run()
    assert scripted.calls[0]["question"] == "Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?"
    assert not [b for b in at.main.button if b.key and b.key.startswith("start-example-")]


def test_unexpected_start_failure_is_a_message_not_a_trace(make_app, monkeypatch, tmp_path: Path):
    from assistant.ui import resources

    monkeypatch.setenv("KOMMUN_DATA_DIR", str(tmp_path / "data"))

    def broken(settings, lang):
        raise ValueError("internal detail")

    monkeypatch.setattr(resources, "get_assistant", broken)
    at = make_app().run()
    assert not at.exception
    assert "internt fel (ValueError)" in at.error[0].value and "internal detail" not in at.error[0].value
    assert not at.chat_input


def test_an_english_question_in_the_swedish_ui_gets_an_english_turn(scripted, make_app):
    question = "Is it true that the social welfare committee decided on a package of 15 million kronor?"
    scripted.queue.append(Answer(question=question, verdict="contradicted", language="en",
                                 answer="Contradicted: the package was 5.4 million kronor [1].",
                                 citations=(budget_citation(),)))
    at = _ask(make_app().run(), question)
    body = _texts(at.chat_message[1]).replace("\\", "")
    assert "Contradicted" in body and "Sources" in body and "Källor" not in body
    assert "The package was 5.4 million kronor [1]." in body  # the verdict is said once, by the badge
    assert "Contradicted: the package" not in body
    assert "Link to this answer" in "\n".join(c.value for c in at.chat_message[1].caption)
    assert at.title[0].value == "Fråga kommunen"  # the page keeps the switch's language
    assert at.chat_input[0].placeholder.startswith("Type your question")  # the input follows the conversation


def test_the_chat_input_speaks_the_switchs_language_before_the_first_question(scripted, make_app):
    at = make_app().run()
    assert at.chat_input[0].placeholder.startswith("Skriv din fråga")


def test_an_error_turn_speaks_the_questions_language(scripted, make_app):
    scripted.queue.append(RuntimeError("boom"))
    at = _ask(make_app().run(), "How much does the culture committee get?")
    assert "internal error \\(RuntimeError\\)" in at.error[0].value


def test_filters_that_hide_the_answer_are_named_and_can_be_dropped(scripted, make_app):
    refusal = Answer(question="q", refused=True, answer="Jag hittar inget om det.")
    scripted.queue += [refusal, change_answer("q"), change_answer("q")]
    at = make_app().run()
    at.sidebar.multiselect(key="filter_types_sv").set_value(["press_release"]).run()
    at = _ask(at, "Hur mycket får Socialnämnden?")
    assert [c["filters"] for c in scripted.calls] == [{"doc_type": ["press_release"]}, None]  # asked once more, unfiltered
    info = at.chat_message[1].info[0].value.replace("\\", "")
    assert "Filtren (dokumenttyp Pressmeddelande) utesluter" in info
    next(b for b in at.button if b.key and b.key.startswith("nofilter-")).click().run()
    assert not at.exception
    assert scripted.calls[-1] == {"question": "Hur mycket får Socialnämnden?", "history": ("Hur mycket får Socialnämnden?",),
                                  "filters": None}
    assert len(at.chat_message) == 4


def test_the_address_names_the_conversation_and_a_link_replays_it(scripted, make_app):
    scripted.queue += [change_answer("Hur mycket får Socialnämnden 2021?"), change_answer("Och 2023?")]
    at = _ask(make_app().run(), "Hur mycket får Socialnämnden 2021?")
    at = _ask(at, "Och 2023?")
    assert at.query_params["q"] == ["Hur mycket får Socialnämnden 2021?", "Och 2023?"]
    captions = [c.value for c in at.chat_message[3].caption]
    assert any("Länk till svaret](?q=Hur+mycket+f%C3%A5r+Socialn%C3%A4mnden+2021%3F&q=Och+2023%3F&lang=sv)" in c
               for c in captions), captions

    scripted.calls.clear()
    scripted.queue += [change_answer("Hur mycket får Socialnämnden 2021?"), change_answer("Och 2023?")]
    opened = make_app()
    opened.query_params["q"] = ["Hur mycket får Socialnämnden 2021?", "Och 2023?"]
    opened.query_params["f"] = '{"doc_type":["budget"]}'
    opened.run()
    assert not opened.exception, opened.exception
    assert [(c["question"], c["history"], c["filters"]) for c in scripted.calls] == [
        ("Hur mycket får Socialnämnden 2021?", (), {"doc_type": ["budget"]}),
        ("Och 2023?", ("Hur mycket får Socialnämnden 2021?",), {"doc_type": ["budget"]})]
    assert len(opened.chat_message) == 4 and "7\u00a0990" in _texts(opened.chat_message[3]).replace("\\", "")
    assert opened.sidebar.multiselect(key="filter_types_sv").value == ["budget"]
    opened.sidebar.button(key="new_conversation").click().run()
    assert "q" not in opened.query_params and len(opened.chat_message) == 0


def test_two_citations_of_one_row_are_one_source_entry(scripted, make_app):
    from dataclasses import replace

    answer = change_answer("q")
    scripted.queue.append(replace(answer, citations=(budget_citation(1), budget_citation(2))))
    at = _ask(make_app().run(), "q")
    assert len(at.main.expander) == 1
    assert at.main.expander[0].label.replace("\\", "").startswith("[1] [2] Budget 2021-2023")


def test_no_select_all_in_the_filters(scripted, make_app):
    at = make_app().run()
    assert at.sidebar.multiselect(key="filter_types_sv").proto.select_all == 0


def _two_municipalities(scripted) -> None:
    from dataclasses import replace

    scripted.records = [replace(r, meta=replace(r.meta, municipality=name))
                        for r, name in zip(scripted.records, ("Alingsås", "Lerum"))]


def test_a_municipality_filter_only_when_the_index_holds_several(scripted, make_app):
    at = make_app().run()
    assert not [m for m in at.sidebar.multiselect if m.key == "filter_municipalities"]  # one municipality or none
    _two_municipalities(scripted)
    scripted.queue.append(change_answer("q"))
    at = make_app().run()
    chooser = at.sidebar.multiselect(key="filter_municipalities")
    assert chooser.label == "Kommun" and chooser.options == ["Alingsås", "Lerum"] and chooser.proto.select_all == 0
    chooser.set_value(["Lerum"]).run()
    _ask(at, "q")
    assert scripted.calls[0]["filters"] == {"municipality": ["Lerum"]}
    assert "f=" in at.chat_message[1].caption[-1].value and "municipality" in at.chat_message[1].caption[-1].value


def test_the_municipality_filter_speaks_english_and_is_named_when_it_hides_the_answer(scripted, make_app):
    _two_municipalities(scripted)
    scripted.queue += [Answer(question="q", refused=True, answer="I can't find that.", language="en"),
                       change_answer("q")]
    at = make_app().run()
    at.sidebar.radio(key="lang").set_value("en").run()
    chooser = at.sidebar.multiselect(key="filter_municipalities")
    assert chooser.label == "Municipality" and chooser.placeholder == "All municipalities"
    chooser.set_value(["Alingsås"]).run()
    at = _ask(at, "How much does the social services committee get?")
    assert "The filters (municipality Alingsås) exclude" in at.chat_message[1].info[0].value.replace("\\", "")
