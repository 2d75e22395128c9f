"""A share the quotes write as a word of the thing the question asks a share of ("hela prisindex" for "hur stor del av
prisindex") is stated in per cent after the answer; a refusal, a verdict or a word of another thing adds nothing."""
from __future__ import annotations

from assistant.compose.fraction_words import with_fractions
from core.types import Answer

QUOTED = ("”Samtliga nämnder får en uppräkning motsvarande hela prisindex för kommunal verksamhet (PKV) år 2021, 75% "
          "av PKV 2022.” [1]")


def answer(text: str, **kw) -> Answer:
    return Answer(question="q", answer=text, citations=(), language="sv", **kw)


def test_a_share_in_words_is_said_in_per_cent() -> None:
    said = with_fractions("Hur stor del av prisindex räknas kommunbidragen upp med?", answer(QUOTED)).answer
    assert said.endswith("Det vill säga: ”hela prisindex” = 100 %.")


def test_nothing_is_added_for_another_thing_a_refusal_or_a_verdict() -> None:
    assert with_fractions("Hur stor del av budgeten går till skolan?", answer(QUOTED)).answer == QUOTED
    assert with_fractions("Hur stor del av prisindex?", answer(QUOTED, refused=True)).answer == QUOTED
    assert with_fractions("Hur stor del av prisindex?", answer(QUOTED, verdict="supported")).answer == QUOTED
    assert with_fractions("Vad fick nämnderna 2021?", answer(QUOTED)).answer == QUOTED
