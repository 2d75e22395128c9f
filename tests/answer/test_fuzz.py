"""Hostile questions never raise: lone surrogates, "²", "①", control characters, random Unicode.

The fast variant runs a fixed list and a short hypothesis run; KOMMUN_LONG_TESTS=1 runs many more
examples and prints how many questions were tried."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from assistant.build import Assistant
from core.settings import Settings
from assistant.understand.userinput import normalise_input
from tests.conftest import REPO

LONG = os.environ.get("KOMMUN_LONG_TESTS") == "1"
BASES = ["Hur mycket får Socialnämnden 2022?", "Stämmer det att Socialnämndens kommunbidrag 2022 är 5 kr?",
         "Hur stort är sparkravet?", "What is the budget for 2023?"]
ODD = ["\ud800", "\udfff", "\udce9", "²", "①", "❶", "٣", "፩", "𝟚𝟘𝟚𝟚", "２０２２", "\x00", "\x1b[31m", "\u202e",
       "\ufeff", "½", "Ⅻ", "\u0301", "🙂", "\x85", "\u2028", "<script>", "\\", "%s", "{0}"]


def questions() -> list[str]:
    out = []
    for base in BASES:
        for odd in ODD:
            out += [odd + base, base[:9] + odd + base[9:], base.replace("20", "20" + odd), base + odd * 3]
    return out


def test_fixed_hostile_questions_never_raise(assistant: Assistant) -> None:
    tried = questions()
    for question in tried:
        for check in (False, True):
            answer = assistant.ask(question, history=(question,), check=check)
            json.dumps(answer.to_json(), ensure_ascii=False).encode("utf-8")  # printable as the CLI does
        assistant.retrieve(question)
    print(f"\n{len(tried)} frågor med udda tecken, 0 fel")


@hsettings(max_examples=400 if LONG else 40, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=60))
def test_random_unicode_never_raises(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    json.dumps(answer.to_json(), ensure_ascii=False).encode("utf-8")


@given(st.text(max_size=80))
def test_normalised_input_has_only_ascii_digits_and_no_surrogates(text: str) -> None:
    clean = normalise_input(text)
    clean.encode("utf-8")
    assert all("0" <= c <= "9" for c in clean if c.isdigit())
    assert normalise_input(clean) == clean  # once is enough


def test_non_utf8_argument_gives_a_message_not_a_traceback(corpus_settings: Settings) -> None:
    env = {**os.environ, "KOMMUN_DATA_DIR": str(corpus_settings.data_dir), "KOMMUN_EMBED_MODEL": corpus_settings.embed_model}
    done = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", "--json", b"Vem \xff\xfe \xe4r ordf\xf6rande?"],
                          cwd=REPO, env=env, capture_output=True, timeout=120)
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "UTF-8" in err
    # the fake embedder's model id is not loadable by the CLI: it must say so in a message, or answer
    assert done.returncode in (0, 2)
    if done.returncode == 0:
        assert "\ufffd" in json.loads(done.stdout)["question"]
