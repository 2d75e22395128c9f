"""A claim in words of the document's word family, and a claim of two clauses said by two sentences."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.build import Assistant
from assistant.evidence.claim_clauses import claim_clauses, named_by_clauses
from assistant.evidence.claims import is_finite_verb, time_words
from assistant.evidence.sentences import TermStats
from assistant.understand.derivation import derivational_base
from core.types import Chunk
from tests.answer.test_claim_amounts import sentence


def _stats(texts: list[str]) -> TermStats:
    chunks = [Chunk(id=f"c{i}", doc_path=f"corpus/d{i}.txt", text=t, start=0, end=len(t), title="Nyhet")
              for i, t in enumerate(texts)]
    return TermStats({c.id: c for c in chunks})


def test_derivation_joins_verbs_nouns_and_adjectives_of_one_base() -> None:
    assert derivational_base("kritiser") == derivational_base("kritik") == derivational_base("kritisk")
    assert derivational_base("rik") == "rik"
    stats = _stats(["Kommunen budgeterar en budget.", "Finansieringen ska finansiera skolan.",
                    "Prioriteringen prioriterar skolan.", "Musik för en mus.", "Kommunal verksamhet i kommunen."])
    assert stats.relatives("budgeter") == {"budget"} and stats.relatives("finansier") == {"finansiering"}
    assert stats.relatives("prioriter") == {"prioritering"}
    # a short base is shared by chance, and unrelated words keep theirs
    assert not stats.relatives("musik") and not stats.relatives("kommun") and not stats.relatives("kommunal")


def test_a_word_of_the_family_is_present_but_an_unrelated_one_is_not() -> None:
    stats = _stats(["Revisorerna riktar kritik mot socialnämndens budgetuppföljning.",
                    "Kommunen budgeterar för en ny skola."])
    assert "kritik" in stats.relatives("kritiser")
    present = frozenset({"revisor", "rikt", "kritik", "socialnämnd"})
    assert stats.present_in_family("kritiser", present)
    assert not stats.present("kritiser", present)  # the family is what makes it present
    assert not stats.present_in_family("berömm", present)


def test_a_claim_in_the_familys_words_names_the_subject() -> None:
    texts = ["Revisorerna riktar kritik mot socialnämndens budgetuppföljning.", "Skolan får nya lokaler.",
             "Biblioteket har öppet på lördagar.", "Kommunen redovisade ett positivt resultat."]
    stats = _stats(texts)
    fake = SimpleNamespace(retriever=SimpleNamespace(stats=stats), index=SimpleNamespace(documents={}))
    from assistant.understand.query import analyse

    claim = "revisorerna kritiserade socialnämndens budgetuppföljning"
    assert Assistant._names_subject(fake, claim, analyse(claim), sentence(texts[0]))
    other = "revisorerna kritiserade bibliotekets öppettider"
    assert not Assistant._names_subject(fake, other, analyse(other), sentence(texts[0]))


def test_only_time_words_before_a_year_are_what_a_year_verdict_compares() -> None:
    assert time_words("Kommunstyrelsen var enig när den i februari 2023 sjösatte uppdragen") == {"februari"}
    assert "enig" not in time_words("Kommunstyrelsen var enig, i februari 2023, om uppdragen")
    assert time_words("i slutet av 2026 ska skolan stå klar")


def test_a_claim_splits_into_clauses_at_a_clause_conjunction_or_before_a_verb() -> None:
    two = claim_clauses("Revisorerna riktade kritik mot socialnämnden men tillstyrkte ändå ansvarsfrihet för 2023",
                        is_finite_verb)
    assert two == ["Revisorerna riktade kritik mot socialnämnden", "tillstyrkte ändå ansvarsfrihet för 2023"]
    # nouns joined by "och" are one clause, and so is a committee's name
    assert len(claim_clauses("personalen har minskat i staben och på avdelning unga", is_finite_verb)) == 1
    assert len(claim_clauses("Barn- och ungdomsnämnden får mer pengar", is_finite_verb)) == 1
    assert len(claim_clauses("S vill avskaffa delade turer och har budgeterat för det", is_finite_verb)) == 2


def test_each_clause_needs_a_sentence_of_the_same_document() -> None:
    first = sentence("Revisorerna riktar kritik mot socialnämnden.")
    second = sentence("Revisorerna tillstyrker ansvarsfrihet.")
    elsewhere = sentence("Revisorerna tillstyrker ansvarsfrihet.", n=1)
    clauses = ["riktade kritik mot socialnämnden", "tillstyrkte ansvarsfrihet"]

    def names(clause: str, s) -> bool:
        return ("kritik" in clause) == ("kritik" in s.text)

    assert named_by_clauses(clauses, first, [first, second], names) == (first, second)
    assert named_by_clauses(clauses, first, [elsewhere], names) is None  # another document's sentence
    assert named_by_clauses(clauses[:1], first, [first, second], names) is None  # one clause: no split


def test_a_persons_role_does_not_confirm_a_figure_claimed_of_them() -> None:
    from assistant.evidence.claims import check_claim
    from tests.answer.test_claim_amounts import word_overlap

    role = sentence("Karin Holm, socialchef, leder socialförvaltningen.")
    package = sentence("Socialnämnden beslutade om ett omställningspaket för socialförvaltningen om 5,4 miljoner kronor.",
                       n=1)
    claim = "Karin Holm, socialchef, fick igenom ett omställningspaket på 4,7 miljoner för socialförvaltningen"
    result = check_claim(claim, [role, package], answerable=True, subject=word_overlap(claim))
    assert result.verdict == "contradicted" and "5,4" in (result.correct or ""), result
    right = "Karin Holm är socialchef"
    assert check_claim(right, [role, package], answerable=True, subject=word_overlap(right)).verdict == "supported"


def test_a_truth_question_about_the_stated_figure_leaves_the_statement_as_the_claim() -> None:
    from assistant.evidence.claims import asks_truth, claim_text

    assert asks_truth("Stämmer siffran?") and asks_truth("Stämmer det?")
    assert not asks_truth("Stämmer budgeten för skolan?")  # names a thing of its own: a question
    claim = claim_text("En lokaltidning skriver att S räknar med ett resultat på 121 miljoner år 2022. Stämmer siffran?")
    assert claim is not None and "siffran" not in claim and claim.endswith("2022")


def test_a_comparative_is_contradicted_by_its_opposite() -> None:
    from assistant.evidence.claims import check_claim
    from tests.answer.test_claim_amounts import word_overlap

    said = sentence("Kommunens investeringar uppgick till 45,2 miljoner kronor 2024, vilket är 4,5 miljoner kronor "
                    "lägre än budgeterat.")
    claim = "kommunens investeringar 2024 blev högre än budgeterat"
    result = check_claim(claim, [said], answerable=True, subject=word_overlap(claim))
    assert result.verdict == "contradicted", result


def test_a_verb_in_isera_meets_its_noun_across_a_linking_t() -> None:
    from assistant.understand.derivation import derivational_bases

    assert derivational_bases("prognostiser") == ("prognost", "prognos")
    assert derivational_bases("problematiser") == ("problemat", "problem")
    assert derivational_bases("kritiser") == ("krit",)  # "kri" is too short to be a base
    stats = _stats(["Helårsprognosen för investeringar är 38,5 miljoner kronor.", "Prognosen för året.",
                    "Socialnämnden prognostiserar ett underskott."])
    assert "prognos" in stats.relatives("prognostiser")


def test_a_word_of_the_family_covers_a_question_concept_as_a_paraphrase() -> None:
    from assistant.evidence.sentences import PARAPHRASE_CREDIT, text_stems

    stats = _stats(["Helårsprognosen för investeringar är 38,5 miljoner kronor.", "Prognosen för året.",
                    "Socialnämnden prognostiserar ett underskott.", "Investeringar i skolan.", "Ett underskott."])
    groups = (("prognostiser",), ("investering",))
    said_by_noun = stats.coverage(groups, text_stems("Helårsprognosen för investeringar är 38,5 miljoner kronor."))
    weights = [stats.idf(g) for g in groups]
    assert abs(said_by_noun - (PARAPHRASE_CREDIT * weights[0] + weights[1]) / sum(weights)) < 1e-9
    assert stats.coverage(groups, text_stems("Investeringar i skolan.")) == weights[1] / sum(weights)


def test_a_short_base_is_no_family_for_coverage() -> None:
    """"faktiska" and "fakta" share only "fakt": a sentence of facts does not cover an actual outcome."""
    from assistant.evidence.sentences import text_stems

    stats = _stats(["Fakta om kommunen.", "Det faktiska utfallet blev bättre.", "Utfallet för året."])
    groups = (("faktisk",), ("utfall",))
    assert stats.coverage(groups, text_stems("Fakta om kommunen.")) == 0.0
