"""Several municipalities in one index: a question naming one is answered from that municipality's documents
only; parts of a question share the one municipality it names; the same question about two municipalities is
asked of each; a running head is no evidence; the document's municipality counts as said."""
from __future__ import annotations

from assistant.understand.query import analyse
from assistant.retrieval.retrieve import Retriever
from assistant.evidence.sentences import is_running, running_lines, score_sentences, TermStats
from core.types import Chunk, DocumentMeta, Hit
from assistant.understand.parts import per_place, share_scope, summed_over_places, with_places_named
from tests.answer.memindex import MemoryIndex
from tests.fakes import HashEmbedder, assistant_over

PLACES = ("Ockelbo", "Tingsryd")


def test_a_question_naming_one_municipality_gets_only_its_documents() -> None:
    docs = [("t.txt", "Skattesatsen för 2025 är 22,16 kronor.\n", DocumentMeta(title="Budget", municipality="Tingsryd")),
            ("o.txt", "Skattesatsen för 2025 är 23,19 kronor.\n", DocumentMeta(title="Budget", municipality="Ockelbo")),
            ("s.txt", "Skattesatsen i riket är i snitt 32 kronor.\n", DocumentMeta(title="SKR"))]
    retriever = Retriever(MemoryIndex(docs, HashEmbedder()))
    q = analyse("Vilken skattesats har Ockelbo 2025?")
    assert retriever.named_municipality(q) == "Ockelbo"
    assert {h.chunk.doc_path for h in retriever.search(q)} <= {"o.txt", "s.txt"}  # no municipality: kept
    both = analyse("Vad är skattesatsen i Tingsryd och Ockelbo?")
    assert retriever.named_municipality(both) is None


def test_parts_share_the_one_municipality_any_part_names() -> None:
    parts = ["Vilken skattesats?", "vilket budgeterat årets resultat har Ockelbo för 2025?"]
    assert share_scope(parts, PLACES)[0] == "Vilken skattesats i Ockelbo?"


def test_the_same_question_about_two_municipalities_is_asked_of_each() -> None:
    assert per_place("Vad är skattesatsen 2025 i Tingsryd respektive Ockelbo?", PLACES) == [
        "Vad är skattesatsen 2025 i Tingsryd?", "Vad är skattesatsen 2025 i Ockelbo?"]
    compare = "Vilken kommun lägger mest på grundskolan, Tingsryd eller Ockelbo?"
    assert per_place(compare, PLACES) == [compare]  # the calculator compares them
    assert per_place("Vem är ordförande i Tingsryd?", PLACES) == ["Vem är ordförande i Tingsryd?"]


def test_a_choice_between_two_places_stays_one_comparison() -> None:
    # "vem ... A eller B": which of them, whatever word the comparison is said with ("bäst" is no comparative here)
    choice = "Vem gick bäst ekonomiskt 2023, Tingsryd eller Ockelbo? alltså årets resultat"
    assert per_place(choice, PLACES) == [choice]
    assert per_place("Which did better in 2023, Tingsryd or Ockelbo?", PLACES) == [
        "Which did better in 2023, Tingsryd or Ockelbo?"]
    # the same asked of each, joined by "eller" without asking which, is still asked of each
    assert per_place("Hur såg resultatet ut 2023 i Tingsryd eller Ockelbo?", PLACES) == [
        "Hur såg resultatet ut 2023 i Tingsryd?", "Hur såg resultatet ut 2023 i Ockelbo?"]
    # "vilken av kommunerna A och B": the places are what "vilken av" chooses among, joined by "och" too
    among = "Vilken av kommunerna Tingsryd och Ockelbo hade bäst årsresultat 2025?"
    assert per_place(among, PLACES) == [among]
    assert per_place("Which of Tingsryd and Ockelbo did best in 2025?", PLACES) == [
        "Which of Tingsryd and Ockelbo did best in 2025?"]
    assert per_place("Vilken nämnd i Tingsryd och Ockelbo gick bäst?", PLACES) == [
        "Vilken nämnd i Tingsryd gick bäst?", "Vilken nämnd i Ockelbo gick bäst?"]  # chooses a committee in each
    fewer = "hur många fler invånare har Ockelbo än Tingsryd?"
    assert per_place(fewer, PLACES) == [fewer]  # "fler": a comparison


def test_each_place_keeps_its_own_qualifier_when_asked_of_each() -> None:
    assert per_place("How many people live in Ockelbo (mid-2025) vs Tingsryd (end of 2024)?", PLACES) == [
        "How many people live in Ockelbo (mid-2025)?", "How many people live in Tingsryd (end of 2024)?"]


def test_a_second_place_whose_noun_is_left_out_is_asked_with_the_first_places_head() -> None:
    asked = "Compare the equity ratio: what is Ockelbo's budgeted figure for 2025 and Tingsryd's at 31 August 2024?"
    assert per_place(asked, PLACES) == ["Compare the equity ratio: what is Ockelbo's budgeted figure for 2025?",
                                        "Compare the equity ratio: what is Tingsryd's at 31 August 2024?"]
    no_topic = "Vad är Ockelbos skattesats 2025 och Tingsryds?"
    assert per_place(no_topic, PLACES) == [no_topic]  # "Vad är Tingsryds?" would name nothing asked
    own_verb = "Hur mycket investerar Ockelbo 2025 och vad säger Tingsryd om det?"
    assert per_place(own_verb, PLACES) == [own_verb]


def test_two_places_each_with_its_own_words_are_asked_of_each_with_them() -> None:
    assert per_place("Hur många invånare finns i Tingsryd (mitten av 2025) och Ockelbo (slutet av 2024)?", PLACES) == [
        "Hur många invånare finns i Tingsryd (mitten av 2025)?", "Hur många invånare finns i Ockelbo (slutet av 2024)?"]
    assert per_place("Compare the equity ratio: what is Tingsryd's budgeted figure for 2025 and Ockelbo's at 31 "
                     "August 2024?", PLACES) == [
        "Compare the equity ratio: what is Tingsryd's budgeted figure for 2025?",
        "Compare the equity ratio: what is Ockelbo's at 31 August 2024?"]
    choice = "Vilken kommun har högst skattesats, Tingsryd (2025) eller Ockelbo (2027)?"
    assert per_place(choice, PLACES) == [choice]  # which of them: the calculator compares each in its own year
    both = "Hur stor är skattesatsen i Tingsryd och hur stor är den i Ockelbo?"
    assert per_place(both, PLACES) == [both]  # a clause of its own is a question of its own, not a place's words


def test_a_running_head_is_no_evidence_and_the_municipality_counts_as_said() -> None:
    head = "Ockelbo kommun – Budget 2025 med plan för 2026–2027"
    text = (f"{head}\nInledning.\n{head}\nSkattesatsen för 2025 är 23,19 kronor.\n{head}\n")
    assert head in running_lines(text)
    chunk = Chunk(id="o#0", doc_path="o.pdf", text=text, start=0, end=len(text), title="Budget 2025",
                  doc_type="budget", municipality="Ockelbo")
    q = analyse("Vad är skattesatsen 2025 i Ockelbo?")
    ranked = score_sentences(q, [Hit(chunk=chunk, score=1.0)], TermStats({chunk.id: chunk}), lambda _: text)
    assert ranked and ranked[0].text.startswith("Skattesatsen för 2025") and all(head not in s.text for s in ranked)


def test_a_footer_counting_pages_is_a_running_line_whatever_its_page() -> None:
    text = "".join(f"Text på sidan {n}.\nBjurholms kommun · Kommunfullmäktige 2024-11-25 § 87 Sida {n} av 12\n"
                   for n in range(2, 6))
    assert is_running(text, "Bjurholms kommun · Kommunfullmäktige 2024-11-25 § 87 Sida 12 av 12")
    assert not is_running(text, "Text på sidan 2.")


def test_a_figure_the_key_figures_lack_for_a_year_is_answered_from_prose_stating_it(tmp_path) -> None:
    """"Skattesatsen 2025" where the key-figure table ends at 2024: the budget's sentence for 2025 answers; a
    question naming the table itself ("nyckeltalstabellen 2025") keeps the calculator's refusal."""

    folder = tmp_path / "docs"
    (folder / "tingsryd").mkdir(parents=True)
    (folder / "ockelbo").mkdir()
    (folder / "tingsryd" / "nyckeltal.md").write_text(
        "# Nyckeltal för Tingsryds kommun\n\n| Nyckeltal | 2022 | 2023 | 2024 |\n|---|---|---|---|\n"
        "| Skattesats (kr) | 22,16 | 22,16 | 22,16 |\n| Låneskuld (mnkr) | 410 | 455 | 498 |\n"
        "| Soliditet (%) | 18,2 | 17,5 | 18,1 |\n\nTingsryds soliditet har stärkts sedan 2022.\n", encoding="utf-8")
    (folder / "tingsryd" / "budget-2025.md").write_text(
        "# Tingsryds kommun budget 2025\n\nDen kommunala skattesatsen för 2025 är oförändrad och uppgår till "
        "22,16 kronor per skattekrona.\n\nBudgeten antogs av fullmäktige i november.\n", encoding="utf-8")
    (folder / "ockelbo" / "budget-2025.md").write_text(
        "# Ockelbo kommun budget 2025\n\nSkattesatsen för 2025 är 23,19 kronor, en höjning med 30 öre.\n",
        encoding="utf-8")
    assistant = assistant_over(folder)
    answer = assistant.ask("Vad är skattesatsen 2025 i Tingsryd?")
    assert not answer.refused and "22,16" in answer.answer, answer.answer
    assert all("ockelbo" not in c.doc for c in answer.citations)
    both = assistant.ask("Vad är skattesatsen 2025 i Tingsryd respektive Ockelbo?")
    assert "22,16" in both.answer and "23,19" in both.answer, both.answer
    elsewhere = assistant.ask("Vilken soliditet hade Ockelbo kommun 2024?")  # only Tingsryd's documents say it
    assert elsewhere.refused, elsewhere.answer


def test_a_short_names_genitive_names_the_municipality() -> None:
    """"Hjos budget": the stemmer leaves a short name's genitive as it is; it names Hjo as "i Hjo" does."""
    docs = [("h.txt", "Skattesatsen för 2025 är 21,91 kronor.\n", DocumentMeta(title="Budget", municipality="Hjo")),
            ("a.txt", "Skattesatsen för 2025 är 24,19 kronor.\n", DocumentMeta(title="Budget", municipality="Åsele"))]
    retriever = Retriever(MemoryIndex(docs, HashEmbedder()))
    q = analyse("Vilken skattesats har Hjos budget 2025?")
    assert retriever.named_municipality(q) == "Hjo"
    assert {h.chunk.doc_path for h in retriever.search(q)} == {"h.txt"}


def test_a_running_footer_with_its_page_number_is_no_evidence() -> None:
    text = "".join(f"Budgeten för nämnd {n} ökar 2025.\nHjo kommun – Budget 2025    {n}\n" for n in (3, 4, 5))
    chunk = Chunk(id="h#0", doc_path="h.pdf", text=text, start=0, end=len(text), title="Budget 2025",
                  doc_type="budget", municipality="Hjo")
    q = analyse("Vad står i Hjo kommuns budget 2025?")
    ranked = score_sentences(q, [Hit(chunk=chunk, score=1.0)], TermStats({chunk.id: chunk}), lambda _: text)
    assert ranked and all("Hjo kommun – Budget" not in s.text for s in ranked)


def test_figures_added_over_two_places_are_asked_of_each_without_the_adding_word() -> None:
    asked = "vad budgeterar Tingsryd och Ockelbo för resultat 2025, tillsammans?"
    parts = per_place(asked, PLACES)
    assert parts == ["vad budgeterar i Tingsryd för resultat 2025?", "vad budgeterar i Ockelbo för resultat 2025?"]
    assert summed_over_places(asked, parts)
    each = "Vad är skattesatsen 2025 i Tingsryd respektive Ockelbo?"
    assert not summed_over_places(each, per_place(each, PLACES))  # each place's own figure, nothing added
    assert not summed_over_places(asked, [asked])  # one question: the calculator adds what it adds


def test_figures_of_two_places_asked_together_are_added(tmp_path) -> None:
    """"A och B ..., tillsammans?": each place's figure from its own documents, added, each cited."""

    folder = tmp_path / "docs"
    for place, said in (("tingsryd", "Resultatet för 2025 budgeteras till 12,5 miljoner kronor."),
                        ("ockelbo", "Kommunens resultat för 2025 budgeteras till 3,5 miljoner kronor.")):
        (folder / place).mkdir(parents=True)
        (folder / place / "budget-2025.md").write_text(
            f"# {place.capitalize()}s kommun budget 2025\n\n{said}\n\nBudgeten antogs i november.\n", encoding="utf-8")
    answer = assistant_over(folder).ask(
        "vad budgeterar Tingsryd och Ockelbo för resultat 2025, tillsammans?")
    assert answer.calculation is not None and answer.calculation.result == 16_000_000, answer.answer
    assert {c.doc.split("/")[-2] for c in answer.citations} == {"tingsryd", "ockelbo"}


def test_the_municipalities_spoken_of_together_are_the_two_the_documents_are_of() -> None:
    asked = "Vilken av kommunerna hade flest invånare vid slutet av 2023?"
    assert with_places_named(asked, PLACES) == \
        "Vilken av kommunerna Ockelbo och Tingsryd hade flest invånare vid slutet av 2023?"
    assert with_places_named("Vilken av de två kommunerna budgeterar högst resultat?", PLACES) == \
        "Vilken av de två kommunerna Ockelbo och Tingsryd budgeterar högst resultat?"
    assert with_places_named("Which of the two municipalities has more residents?", PLACES) == \
        "Which of the two municipalities Ockelbo and Tingsryd has more residents?"
    named = "Vilken av kommunerna Tingsryd och Ockelbo har högst skatt?"
    assert with_places_named(named, PLACES) == named  # named already
    assert with_places_named(asked, ("Ockelbo",)) == asked  # one municipality: no two to compare
    assert with_places_named(asked, ("Ockelbo", "Tingsryd", "Malå")) == asked  # which two is not said


def test_a_comparison_of_the_municipalities_naming_none_compares_the_two(tmp_path) -> None:
    """"Vilken av kommunerna hade flest invånare?" over the documents of two municipalities: each one's figure from
    its own documents, compared, each cited."""

    folder = tmp_path / "docs"
    for place, said in (("tingsryd", "Den 31 december 2023 hade kommunen 12 400 invånare."),
                        ("ockelbo", "Den 31 december 2023 hade Ockelbo kommun 5 800 invånare.")):
        (folder / place).mkdir(parents=True)
        (folder / place / "budget-2025.md").write_text(
            f"# {place.capitalize()}s kommun budget 2025\n\n{said}\n\nBudgeten antogs i november.\n", encoding="utf-8")
    answer = assistant_over(folder).ask("Vilken av kommunerna hade flest invånare vid slutet av 2023?")
    assert answer.calculation is not None and answer.calculation.result == 6_600, answer.answer
    assert {c.doc.split("/")[-2] for c in answer.citations} == {"tingsryd", "ockelbo"}


def test_the_difference_asked_after_the_tables_comparison_is_the_comparisons(tmp_path) -> None:
    """"Vilken kommun har högst X, A eller B, och hur stor är skillnaden?": the calculator's comparison of the two
    places' rows says by how much; the later part is not asked again on its own (and found in no document)."""

    folder = tmp_path / "docs"
    for place, cost in (("tingsryd", "74 310"), ("ockelbo", "68 310")):
        (folder / place).mkdir(parents=True)
        (folder / place / "nyckeltal-2023.md").write_text(
            f"# {place.capitalize()}s kommun nyckeltal 2023\n\nTabell 1. Nyckeltal\n\n| Nyckeltal | 2023 |\n|---|---:|\n"
            f"| Nettokostnad per invånare (kr) | {cost} |\n| Antal anställda | 1 200 |\n", encoding="utf-8")
    answer = assistant_over(folder).ask(
        "Vem hade högst nettokostnad per invånare 2023, Tingsryd eller Ockelbo, och hur stor är skillnaden?")
    assert answer.calculation is not None and answer.calculation.operation == "compare", answer.answer
    assert "6 000" in answer.answer and "skillnaden”" not in answer.answer, answer.answer
    in_kronor = assistant_over(folder).ask(
        "Vem hade högst nettokostnad per invånare 2023, Tingsryd eller Ockelbo, och hur stor är skillnaden i kronor?")
    assert "6 000" in in_kronor.answer and "skillnaden i kronor”" not in in_kronor.answer, in_kronor.answer


def test_a_word_capitalised_only_in_a_running_footer_is_no_name() -> None:
    first = "Ordförande är Daniel Filipsson.\nÅrsredovisning 2023 | Hagfors kommun Sida 1\n"
    second = "Skatten används till skolan.\nÅrsredovisning 2023 | Hagfors kommun Sida 2\n"
    chunks = {f"c#{i}": Chunk(id=f"c#{i}", doc_path="b.pdf", text=t, start=0, end=len(t), title="Mål och budget 2025")
              for i, t in enumerate((first, second))}
    names = TermStats(chunks).name_forms
    assert "sida" not in names and "filipsson" in names
