"""TermStats: a compound the documents never write is known by their own parts, and a sentence writing their
compound of the same modifier covers it in part."""
from __future__ import annotations

from assistant.evidence import sentences
from assistant.understand.query import analyse
from core.types import Chunk, Hit

TEXT = ("Timavgiften för tillsyn höjs från 1 350 kronor till 1 420 kronor. Brukningsavgiften höjs med 8 procent. "
        "Nämnden utför tillsyn. Taxan för bygglov är oförändrad. En god miljö är viktig.")


def chunk(text: str = TEXT) -> Chunk:
    return Chunk(id="d#0", doc_path="d.txt", text=text, start=0, end=len(text), title="Budget", doc_type="budget",
                 date="2025-11-24")


def test_a_compound_of_the_documents_parts_is_known() -> None:
    stats = sentences.TermStats({"d#0": chunk()})
    assert stats.parts("miljötillsyn") == ("miljö", "tillsyn")
    assert stats.known_by_parts(("miljötillsyn",)) and not stats.known(("miljötillsyn",))
    # "tim" is no word of the documents, but opens their "timavgift" (tim + the head of "brukningsavgift")
    assert stats.parts("timtaxan") == ("tim", "taxan")
    assert stats.known_by_parts(("timtaxan",))
    assert stats.kin("timtaxan") == frozenset({"timavgift"})
    assert not stats.known_by_parts(("xylofonskol",))


def test_a_compound_ending_in_a_short_noun_of_the_documents_is_known() -> None:
    stats = sentences.TermStats({"d#0": chunk("Resultatet ska uppgå till minst 2 procent. Målet är en god ekonomi.")})
    assert stats.parts("resultatmål") == ("resultat", "mål")
    assert stats.known_by_parts(("resultatmål",))
    assert not stats.known_by_parts(("resultatlön",))


def test_the_documents_compound_of_the_same_modifier_covers_the_question_word_in_part() -> None:
    c = chunk()
    stats = sentences.TermStats({c.id: c})
    q = analyse("Vad blir timtaxan för bygglov?")
    with_kin = stats.coverage(q.groups, sentences.text_stems("Timavgiften höjs."))
    without = stats.coverage(q.groups, sentences.text_stems("Nämnden utför tillsyn."))
    bygglov = stats.coverage(q.groups, sentences.text_stems("Taxan för bygglov."))
    assert with_kin > without == 0
    assert bygglov == 1.0  # the word the documents do not write lowers no sentence's coverage


def test_a_list_of_people_shares_the_person_bonus_a_place_is_no_person() -> None:
    assert sentences.people_listed("Övriga närvarande: Henrik Öberg, kommundirektör; Sara Kjellberg, ekonomichef") \
        == {"Henrik Öberg", "Sara Kjellberg"}
    assert sentences.people_listed("Utses att justera: Jonas Berglöf (S) Justeringens plats och tid: Kommunhuset "
                                   "Sveg, 2024-10-04") == {"Jonas Berglöf (S)"}


def test_a_compound_in_its_definite_form_is_known_by_the_documents_parts() -> None:
    # the stemmer leaves "-et" on "investeringsbeloppet": its head is the documents' "belopp" all the same
    stats = sentences.TermStats({"d#0": chunk("Investeringen görs i år. Beloppen är 253,5 miljoner kronor.")})
    assert stats.parts("investeringsbeloppet") == ("investering", "belopp")
    assert stats.known_by_parts(("investeringsbeloppet",))
    assert not stats.known_by_parts(("investeringsxylofonet",))


def test_a_compound_is_said_by_the_passage_with_its_heads_paraphrase() -> None:
    # "investeringspengar": investering + peng; the passage's "investeringsmedel" says it (synonyms: pengar, medel)
    stats = sentences.TermStats({"d#0": chunk("Investeringen görs i år. Pengarna räcker. Bidraget söks.")})
    assert stats.parts("investeringspeng") == ("investering", "peng")
    passage = sentences.text_stems("Kommunstyrelsen beslutar att föra över investeringsmedel om 71 900 tkr.")
    assert stats.said_with_paraphrased_head("investeringspeng", passage)
    # another head is another thing: an investment grant is not the investment budget
    assert not stats.said_with_paraphrased_head("investeringsbidrag", sentences.text_stems("Investeringsbudgeten."))
    assert not stats.said_with_paraphrased_head("investeringspeng", sentences.text_stems("Driftsmedel tillförs."))


def test_a_compound_whose_head_the_stemmer_undoubled_is_split_at_the_documents_word() -> None:
    """"regionskatten" is stemmed "regionskat" (the stemmer cuts "tt" in a long word, not in "skatt"): a sentence
    saying "skatten till Region Östergötland" says it apart; a short head ("satt" of "skattesats") is no such part,
    and a compound the documents never write is not guessed apart (it stays a word they do not know)."""
    text = ("Regionskatten är 11,55 kronor. Tillsammans med skatten till Region Östergötland blir den totala "
            "skattesatsen 33,58 kronor. Han satt i styrelsen.")
    stats = sentences.TermStats({"d#0": chunk(text)})
    assert stats.parts("regionskat") == ("region", "skatt")
    assert stats.parts("skattesat") == ()
    assert sentences.TermStats({"d#0": chunk(text.replace("Regionskatten", "Avgiften"))}).parts("regionskat") == ()
    q = analyse("hur mycket blir det totalt med regionskatten?")
    apart = stats.coverage(q.groups, sentences.text_stems("Tillsammans med skatten till Region Östergötland blir "
                                                          "den totala skattesatsen 33,58 kronor."))
    other = stats.coverage(q.groups, sentences.text_stems("Den totala skattesatsen blir 33,58 kronor."))
    assert apart > other
