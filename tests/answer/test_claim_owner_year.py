"""The figure a claim is compared with is the claim's own: of the municipality when the claim names no committee,
and of the claim's year (not a report on another year naming none)."""
from __future__ import annotations

from dataclasses import replace

from assistant.evidence.claim_amounts import Subject, check_amounts
from assistant.evidence.sentences import Sentence
from assistant.understand.query import stems
from core.types import Chunk


def sentence(text: str, n: int, title: str = "Nyhet", date: str = "2024-03-01", passage: str = "") -> Sentence:
    passage = passage or text
    chunk = Chunk(id=f"c{n}", doc_path=f"d{n}.txt", text=passage, start=0, end=len(passage), title=title, date=date)
    at = passage.index(text)
    return Sentence(chunk=chunk, start=at, end=at + len(text), text=text, score=1.0, coverage=0.5, chunk_score=1.0)


def word_overlap(claim: str) -> Subject:
    own = set(stems(claim))
    return Subject(lambda s, left_out: len((own - left_out) & set(stems(s.text))) / max(len(own - left_out), 1))


def test_a_committees_figure_does_not_contradict_the_municipalitys() -> None:
    claim = "munkedal gick med 18,5 miljoner i överskott 2023"
    committee = sentence("Munkedal 2023: välfärdsnämnden redovisar ett underskott på 5,8 miljoner kronor, medan "
                         "barn- och utbildningsnämnden redovisar ett överskott på 1,9 miljoner kronor.", 1)
    whole = sentence("Munkedal redovisar ett resultat på 13,5 miljoner kronor för 2023.", 2)
    # the claim's measure ("i överskott") is named by the result, its paraphrase (synonyms_sv.json)
    paraphrased = replace(word_overlap(claim), same_thing=lambda claimed, stated: bool(
        {*stems(claimed), "result"} & set(stems(stated))) if "överskott" in claimed else bool(
        set(stems(claimed)) & set(stems(stated))))
    result = check_amounts(claim, [committee, whole], paraphrased)
    assert result is not None and result.verdict == "contradicted" and result.correct == "13,5 miljoner kronor"
    assert check_amounts(claim, [committee], paraphrased) is None  # nothing said of the whole


def test_a_figure_naming_no_year_in_a_report_on_another_year_does_not_contradict() -> None:
    claim = "torsås budgeterar ett resultat på 12,1 mnkr för 2025"
    forecast = sentence("Helårsprognosen för Torsås pekar på ett resultat om 3,8 miljoner kronor.", 1,
                        title="Delårsrapport januari–augusti 2024", date="2024-10-01")
    assert check_amounts(claim, [forecast], word_overlap(claim)) is None
    budget = sentence("Torsås budgeterar ett resultat om 10,9 miljoner kronor.", 2, title="Budget 2025",
                      date="2024-11-25")
    result = check_amounts(claim, [forecast, budget], word_overlap(claim))
    assert result is not None and result.verdict == "contradicted" and result.correct == "10,9 miljoner kronor"


def test_a_committee_the_claim_names_by_its_field_owns_the_figure() -> None:
    from assistant.evidence.claim_amounts import claimed_amounts, of_a_committee

    claim = "S vill ge 15 miljoner extra till äldreomsorgen"
    committee = sentence("Vård- och omsorgsnämnden tilldelas 18 mnkr permanent kommunbidrag.", 1)
    c = claimed_amounts(claim)[0]

    def same_thing(word: str, text: str) -> bool:  # the paraphrase groups: äldreomsorg ~ vård- och omsorgsnämnden
        return word in text.lower() or (word.startswith("äldreomsorg") and "omsorgsnämnden" in text.lower())

    assert not of_a_committee(claim, c, committee, set(), Subject(word_overlap(claim).about, same_thing=same_thing))
    # a claim about the whole municipality: the committee's figure is another owner's
    whole = "Kommunen får 15 miljoner extra"
    assert of_a_committee(whole, claimed_amounts(whole)[0], committee, set(),
                          Subject(word_overlap(whole).about, same_thing=same_thing))
