"""The amounts of a candidate sentence are read once per text: a question's checks ask them of the same sentences
again and again (25 631 calls for 755 texts over 100 dev questions)."""
from __future__ import annotations

from assistant.evidence import sentences


class _Counting:
    def __init__(self, pattern) -> None:
        self.pattern, self.texts = pattern, []

    def finditer(self, text: str, *args):
        self.texts.append(text)
        return self.pattern.finditer(text, *args)


def test_a_texts_amounts_are_read_once_and_handed_out_as_new_lists(monkeypatch) -> None:
    counting = _Counting(sentences.NUMBER)
    monkeypatch.setattr(sentences, "NUMBER", counting)
    text = "Nämnden för minnesprov får 12,5 miljoner kronor och 3 400 tkr under 2031."
    first = sentences.amount_matches(text)
    again = sentences.amount_matches(text)
    assert [m.group().strip() for m in first] == ["12,5", "3 400"] and counting.texts.count(text) == 1
    assert again == first and again is not first  # a caller changing its list changes no one else's
    amounts = sentences.amounts_in(text, money=True)
    assert amounts == ["12,5", "3 400"]
    amounts.append("changed")
    assert sentences.amounts_in(text, money=True) == ["12,5", "3 400"] and counting.texts.count(text) == 1
