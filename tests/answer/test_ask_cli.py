"""`kommun ask`: text for a person, --json, --batch JSONL (ids in order, history), --check, errors."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest

from assistant.ask_cli import BatchFileError, format_answer, run
from assistant.build import Assistant
from core.settings import Settings
from tests.conftest import REPO


def args(question: str | None = None, **kw: object) -> Namespace:
    return Namespace(question=question, json=kw.get("json", False), batch=kw.get("batch"),
                     check=kw.get("check", False), history=kw.get("history", []))


def test_text_output_has_markers_sources_and_calculation(assistant: Assistant) -> None:
    out = io.StringIO()
    code = run(args("Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?"), Settings(), out=out,
               assistant=assistant)
    text = out.getvalue()
    assert code == 0
    assert "[1]" in text and "Källor:" in text and "Budget för Alingsås kommun 2021-2023 (S)" in text
    assert "Uträkning:" in text and "213 162 - 205 172" in text
    assert "Socialnämnden, Budget 2021: 205 172 tkr [1]" in text  # inputs in Swedish number format


def test_json_output_is_the_contract_object(assistant: Assistant) -> None:
    out = io.StringIO()
    run(args("Vem är kommunstyrelsens ordförande?", json=True), Settings(), out=out, assistant=assistant)
    obj = json.loads(out.getvalue())
    assert {"question", "answer", "refused", "verdict", "citations", "calculation", "timings_ms"} <= obj.keys()
    assert obj["citations"][0]["n"] == 1 and "Daniel Filipsson" in obj["citations"][0]["quote"]
    assert obj["timings_ms"]["total"] > 0


def test_history_and_check_flags(assistant: Assistant) -> None:
    out = io.StringIO()
    run(args("Och vice ordförande?", json=True, history=["Vem är kommunstyrelsens ordförande?"]), Settings(),
        out=out, assistant=assistant)
    assert "Simon Waern" in json.loads(out.getvalue())["answer"]
    out = io.StringIO()
    run(args("Karin Alvermalm är kommunens ekonomichef", check=True), Settings(), out=out, assistant=assistant)
    assert "Bedömning: contradicted" in out.getvalue()


def test_batch_prints_one_object_per_line_in_order(assistant: Assistant, tmp_path: Path) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in [
        {"id": "q1", "question": "Vem är kommunstyrelsens ordförande?"},
        {"id": "q2", "question": "Och vice ordförande?", "history": ["Vem är kommunstyrelsens ordförande?"]},
        {"id": "q3", "question": "Hur mycket kostar den nya simhallen?"},
    ]) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert run(args(json=True, batch=batch), Settings(), out=out, assistant=assistant) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["q1", "q2", "q3"]
    assert "Simon Waern" in rows[1]["answer"] and rows[2]["refused"] is True


def test_bad_batch_lines_get_error_objects_and_the_batch_goes_on(assistant: Assistant, tmp_path: Path) -> None:
    batch = tmp_path / "bad.jsonl"
    lines = [b'{"id": "q1", "question": "Hej?"}', b"not json", b'{"id": "q3", "question": "\xff\xfe"}',
             b'{"id": "q4"}', b'{"id": "q5", "question": "Vem \\ud800 \u00e4r ordf\u00f6rande 2022\u00b2 \u2460?"}',
             b"[1, 2]", b'{"id": "q7", "question": "Vem \u00e4r kommunstyrelsens ordf\u00f6rande?"}']
    batch.write_bytes(b"\n".join(lines) + b"\n")
    out = io.StringIO()
    assert run(args(json=True, batch=batch), Settings(), out=out, assistant=assistant) == 1
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["q1", "2", "3", "q4", "q5", "6", "q7"]
    assert "rad 2" in rows[1]["error"] and "inte JSON" in rows[1]["error"]
    assert "UTF-8" in rows[2]["error"] and "question" in rows[3]["error"] and "error" in rows[5]
    assert "answer" in rows[4] and "\ufffd" in rows[4]["question"]  # the lone surrogate, replaced
    assert rows[6]["refused"] is False and rows[6]["citations"]
    with pytest.raises(BatchFileError, match="saknas.jsonl"):
        run(args(json=True, batch=tmp_path / "saknas.jsonl"), Settings(), out=io.StringIO(), assistant=assistant)


def test_refusal_lists_related_passages_not_sources(assistant: Assistant) -> None:
    answer = assistant.ask("Hur mycket sparar handlingsplanen på köksorganisationen?")
    text = format_answer(answer)
    assert "Källor:" not in text and "Närliggande avsnitt (inte källor):" in text


def test_cli_subprocess_json_and_empty_index(corpus_settings: Settings, tmp_path: Path) -> None:
    env = {"KOMMUN_DATA_DIR": str(tmp_path / "empty"), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", "Hej?"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "kommun ingest" in done.stderr and "Traceback" not in done.stderr
