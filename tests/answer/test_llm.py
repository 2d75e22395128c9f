"""The LLM composer against a tiny OpenAI-compatible server on 127.0.0.1: a checked reply is used, a reply
with a made-up number or an unknown marker falls back to the extractive answer with the reason noted."""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.build import Assistant
from core.errors import ConfigError
from assistant.compose.llm import LLMComposer, check_output, numbers_in
from core.types import Citation


class FakeLLMServer:
    """Answers /v1/chat/completions and /v1/completions with queued replies; records the requests."""

    def __init__(self) -> None:
        self.replies: list[str] = []
        self.requests: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server API
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append({"path": self.path, "body": body})
                reply = server.replies.pop(0) if server.replies else ""
                if self.path.endswith("/chat/completions"):
                    choice = {"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}
                    payload = {"id": "x", "object": "chat.completion", "created": 0, "model": body.get("model"),
                               "choices": [choice]}
                elif self.path.endswith("/completions"):
                    payload = {"id": "x", "object": "text_completion", "created": 0, "model": body.get("model"),
                               "choices": [{"index": 0, "text": reply, "finish_reason": "stop"}]}
                else:
                    self.send_error(404)
                    return
                payload["usage"] = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
                data = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "FakeLLMServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as running:
        yield running


@pytest.fixture
def llm_assistant(assistant: Assistant, server: FakeLLMServer) -> Assistant:
    composer = LLMComposer.from_setting(f"openai-like:{server.url}|tiny-model", timeout=10)
    return Assistant(assistant.index, figures=assistant.figures, composer=composer)


QUESTION = "Hur stort är sparkravet för nämnden för arbete, kompetens och välfärd?"


def test_checked_llm_reply_is_used(llm_assistant: Assistant, server: FakeLLMServer) -> None:
    server.replies.append("Nämnden har ett sparkrav på totalt 41 miljoner [1].")
    answer = llm_assistant.ask(QUESTION)
    assert answer.composer == "llm", answer.notes
    assert answer.answer == "Nämnden har ett sparkrav på totalt 41 miljoner [1]."
    assert len(answer.citations) == 1 and "41 miljoner" in answer.citations[0].quote
    prompt = server.requests[0]["body"]["messages"][-1]["content"]
    assert "[1]" in prompt and "41 miljoner" in prompt and QUESTION in prompt


def test_made_up_number_falls_back_to_extractive(llm_assistant: Assistant, server: FakeLLMServer) -> None:
    server.replies.append("Sparkravet är 45 miljoner [1].")
    answer = llm_assistant.ask(QUESTION)
    assert answer.composer != "llm"  # the calculator's or the extractive answer, both checked
    assert "41" in answer.answer and "45" not in answer.answer
    assert any("45" in note and "inte står i källorna" in note for note in answer.notes)


def test_unknown_marker_and_missing_markers_fall_back(llm_assistant: Assistant, server: FakeLLMServer) -> None:
    server.replies.append("Sparkravet är 41 miljoner [4].")
    answer = llm_assistant.ask(QUESTION)
    assert answer.composer != "llm" and any("[4]" in n for n in answer.notes)
    server.replies.append("Sparkravet är 41 miljoner.")
    answer = llm_assistant.ask(QUESTION)
    assert answer.composer != "llm" and any("källmarkörer" in n for n in answer.notes)


def test_unreachable_server_falls_back_with_a_note(assistant: Assistant) -> None:
    composer = LLMComposer.from_setting("openai-like:http://127.0.0.1:9/v1|nothing-here", timeout=2)
    answer = Assistant(assistant.index, figures=assistant.figures, composer=composer).ask(QUESTION)
    assert answer.composer != "llm" and "41" in answer.answer
    assert any("KOMMUN_LLM" in note for note in answer.notes)


def test_extractive_text_answer_is_the_fallback(llm_assistant: Assistant, server: FakeLLMServer) -> None:
    server.replies.append("Det var Karin Andersson [1].")
    answer = llm_assistant.ask("Vem är kommunstyrelsens ordförande?")
    assert answer.composer == "extractive" and "Daniel Filipsson" in answer.answer
    server.replies.append("Kommunstyrelsens ordförande är Daniel Filipsson (M) [1].")
    answer = llm_assistant.ask("Vem är kommunstyrelsens ordförande?")
    assert answer.composer == "llm" and answer.answer.startswith("Kommunstyrelsens ordförande är Daniel")


def test_calculator_numbers_may_be_used_by_the_llm(llm_assistant: Assistant, server: FakeLLMServer) -> None:
    server.replies.append("Kommunbidraget ökar med 7 990 tkr, från 205 172 till 213 162 tkr (3,9 %) [1].")
    answer = llm_assistant.ask("Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?")
    assert answer.composer == "llm", answer.notes
    assert answer.calculation is not None and "7 990" in answer.answer


def test_settings_are_validated() -> None:
    with pytest.raises(ConfigError, match="KOMMUN_LLM"):
        LLMComposer.from_setting("gpt4")
    with pytest.raises(ConfigError, match="openai-like"):
        LLMComposer.from_setting("openai-like:no-url")
    assert LLMComposer.from_setting("ollama:llama3.1").label == "ollama:llama3.1"


def test_number_normalisation() -> None:
    assert numbers_in("7 990 tkr och 3,9 % samt 2,421,049 och 3.9") >= {7990, 2421049}
    assert {n for n in numbers_in("3,9 och 3.9")} == {numbers_in("3,9").pop()}
    evidence = [Citation(n=1, doc="d", title="T", quote="ett paket om 5,4 miljoner kronor", chunk_id="c")]
    assert check_output("Paketet är 5.4 miljoner [1].", evidence, None, "fråga") is None
    assert "6" in (check_output("Paketet är 6 miljoner [1].", evidence, None, "fråga") or "")
