"""A compound the documents never write whole is said by its head as a word of its own with its modifier opening a word
of the same sentence ("Höjningen ger ... i ökade skatteintäkter" speaks of the "skattehöjning"); a count names the
asked compound by its head only when the text says its modifier too ("24 nya platser i särskilt boende" counts no
"elevplatser"); an amount going to a thing the question does not name is no answer ("4 miljoner kronor till fler
anställda i hemtjänsten" is no running cost of the sports hall)."""
from __future__ import annotations

import pytest

from assistant.compose.answer import counting
from assistant.evidence.sentences import TermStats, head_and_modifier, text_stems
from assistant.understand.query import analyse
from core.types import Chunk
from tests.fakes import assistant_over

RAISE = ("Vi har därför beslutat att höja kommunalskatten med 30 öre till 22,95 kronor. Höjningen ger kommunen cirka "
         "4,7 miljoner kronor i ökade skatteintäkter per år. Skatten betalas av invånarna. Höjningen av taxan för "
         "vatten blir 5 procent.")


@pytest.mark.parametrize("parts, text, said", [
    (("skatt", "höjning"), "Höjningen ger 4,7 miljoner kronor i ökade skatteintäkter.", True),
    (("skatt", "höjning"), "Höjningen av taxan för vatten blir 5 procent.", False),  # the head alone
    (("skatt", "höjning"), "Skattehöjningen är beslutad.", False),  # the compound itself: not its parts apart
    (("tim", "taxa"), "Taxan per tim blir högre.", False),  # a part too short to show the compound
])
def test_a_compound_is_said_by_its_head_and_a_word_its_modifier_opens(parts, text, said) -> None:
    assert head_and_modifier(parts, text_stems(text)) is said


def test_a_compound_the_documents_never_write_is_said_by_its_parts_in_one_sentence() -> None:
    chunk = Chunk(id="r#0", doc_path="r.txt", text=RAISE, start=0, end=len(RAISE), title="Budget 2025")
    stats = TermStats({chunk.id: chunk})
    assert not stats.known(("skattehöjning",)) and stats.known_by_parts(("skattehöjning",))
    assert stats.says(("skattehöjning",), "Höjningen ger kommunen cirka 4,7 miljoner kronor i ökade skatteintäkter.")
    assert not stats.says(("skattehöjning",), "Höjningen av taxan för vatten blir 5 procent.")


def test_a_count_of_a_compound_is_not_stated_by_its_head_of_another_thing() -> None:
    q = analyse("hur många elevplatser får nya skolan i Siggbo?")
    assert counting(q, "Under 2025 öppnas 24 nya platser i särskilt boende när etapp 1 i Siggbo tas i bruk.") is None
    assert counting(q, "Den nya skolan får 300 platser för elever.") is not None  # the modifier said beside it
    assert counting(q, "Förskolan får plats för 120 barn.") is None  # a count of another of the question's concepts
    # the head counts the concept another word of its group names beside it
    jobs = analyse("Hur många sommarjobb kan budgetposten finansiera?")
    assert counting(jobs, "Budgetposten för sommarjobb kan finansiera omkring 200 arbeten.") is not None


def test_an_amount_going_to_an_unasked_thing_does_not_answer(tmp_path) -> None:
    folder = tmp_path / "docs"
    (folder / "tomelilla").mkdir(parents=True)
    (folder / "tomelilla" / "nyhet.md").write_text(
        "# Rekordstora investeringar i budget 2025\n\nKommunen bygger en ny idrottshall i Tomelilla. Oppositionen "
        "ville i stället skjuta upp idrottshallen ett år och använda 4 miljoner kronor till fler anställda i "
        "hemtjänsten.\n\nBudgeten antogs av fullmäktige i november.\n", encoding="utf-8")
    answer = assistant_over(folder).ask("Hur mycket kommer den nya idrottshallen i Tomelilla att kosta i drift per år?")
    assert answer.refused, answer.answer


def test_a_fact_is_not_elsewhere_when_the_named_place_says_a_concept_the_other_does_not(tmp_path) -> None:
    """Another municipality's sentence covering the question's commoner words ("mer", "skatt") does not make the
    fact its own when the named one's sentence names the concept it lacks ("skattehöjning", by its parts)."""
    folder = tmp_path / "docs"
    (folder / "robertsfors").mkdir(parents=True)
    (folder / "askersund").mkdir()
    (folder / "robertsfors" / "budget.md").write_text(f"# Robertsfors kommun budget 2025\n\n{RAISE}\n", encoding="utf-8")
    (folder / "askersund" / "skatt.md").write_text(
        "# Så används din skatt\n\nSkatten går mest till skola och omsorg. Tillsammans står de för mer än hälften av "
        "kostnaderna. Läs mer om skatten i budgeten.\n", encoding="utf-8")
    answer = assistant_over(folder).ask("hur mycket mer skatt får robertsfors in av skattehöjningen")
    assert not answer.refused and "4,7" in answer.answer, answer.answer


def test_a_count_asked_by_an_adjective_counts_the_noun_after_it() -> None:
    """"hur många nya platser": "nya" opens the counted phrase; the count is of the question's concepts."""
    q = analyse("Hur många nya platser i särskilt boende öppnades under 2025?")
    assert counting(q, "Under året öppnades 24 nya platser i särskilt boende.") is not None


def test_the_asked_measure_in_a_document_framed_by_the_subject_answers(tmp_path) -> None:
    """"Kontraktssumman är 41,6 miljoner kronor" states the asked measure; the news item's title names the building
    ("förskolebygget", by its parts): the amount is about it, not the count of children beside its title's words."""
    folder = tmp_path / "docs"
    (folder / "gnosjo").mkdir(parents=True)
    (folder / "gnosjo" / "nyhet.md").write_text(
        "# Nu startar bygget av nya förskolan i Hillerstorp\n\nI mars 2025 börjar bygget av en ny förskola i "
        "Hillerstorp. Förskolan får sex avdelningar och plats för 120 barn.\n\nDen nya förskolan byggs på tomten vid "
        "Storgatan. Den ersätter förskolan Solrosen och två paviljonger som har använts sedan 2021.\n\n## Upphandling\n\n"
        "Byggentreprenör är Bygg-Fast i Värnamo AB, som vann upphandlingen i december 2024. Kontraktssumman är 41,6 "
        "miljoner kronor.\n", encoding="utf-8")
    assistant = assistant_over(folder)
    question = "Vad blev kontraktssumman för förskolebygget i Hillerstorp?"
    answer = assistant.ask(question)
    assert not answer.refused and "41,6" in answer.answer.split("[1]")[0], answer.answer
    q = assistant._analyse(question, [])
    found = assistant.retriever.sentences(q, assistant.retriever.search(q, k=8))
    about = assistant._judge_text(q, found).about
    sentence = next(s for s in found if s.text.startswith("Kontraktssumman"))
    assert about and all(says(sentence) for says in about)


def test_a_compound_is_said_by_its_head_under_a_heading_naming_its_modifier() -> None:
    text = "Miljö- och byggnadsnämnden handlägger bygglov. Tillsynen görs av nämnden."
    chunk = Chunk(id="s#0", doc_path="s.txt", text=text, start=0, end=len(text), title="Budget 2026")
    stats = TermStats({chunk.id: chunk})
    sentence = "Timavgiften för tillsyn höjs från 1 350 kronor till 1 420 kronor."
    assert not stats.says(("miljötillsyn",), sentence)
    assert stats.says(("miljötillsyn",), sentence, "Miljö- och byggnadsnämnden")


def test_a_sentence_names_the_asked_compound_with_its_sections_heading(tmp_path) -> None:
    """"Timavgiften för tillsyn" under "Miljö- och byggnadsnämnden" speaks of the "miljötillsyn" asked."""
    folder = tmp_path / "docs"
    (folder / "saffle").mkdir(parents=True)
    (folder / "saffle" / "budget.md").write_text(
        "# Budget 2026\n\n## Kultur- och fritidsnämnden\n\nFöreningsbidragen uppgår till 2,9 miljoner kronor.\n\n"
        "## Miljö- och byggnadsnämnden\n\nNämnden handlägger bygglov och utför tillsyn inom miljöområdet. Ett nytt "
        "digitalt bygglovssystem införs 2026. Timavgiften för tillsyn höjs från 1 350 kronor till 1 420 kronor.\n",
        encoding="utf-8")
    assistant = assistant_over(folder)
    question = "Vad blir timtaxan för miljötillsyn i Säffle?"
    q = assistant._analyse(question, [])
    found = assistant.retriever.sentences(q, assistant.retriever.search(q, k=8))
    about = assistant._judge_text(q, found).about
    sentence = next(s for s in found if s.text.startswith("Timavgiften"))
    assert about and all(says(sentence) for says in about)


def test_a_sentence_naming_the_asked_compound_with_its_heading_speaks_for_its_neighbour(tmp_path) -> None:
    """"vad kostar det?" after the evening buses: "sen kvällstur" under "Ökad busstrafik ..." names the
    "kvällsbussarna" by their parts, as the asked concept was found; the sum stated beside it is their cost, not a near
    miss."""
    folder = tmp_path / "docs"
    (folder / "alby").mkdir(parents=True)
    (folder / "alby" / "budget.md").write_text(
        "# Budget 2026 (M)\n\n## Fler sommarjobb\n\n1 mnkr tillskjuts kultur- och fritidsnämnden för fler sommarjobb. "
        "Satsningen riktar sig till unga som åker buss.\n\n## Ökad busstrafik till Ekby och Torsby\n\n"
        "700 tkr tillskjuts tekniska nämnden för ett tillköp av kollektivtrafik under helgerna. Busslinjerna till "
        "Ekby och Torsby ska därför få en sen kvällstur på lördagar. Förstärkningen är permanent.\n\n"
        "## Fler lärare\n\n2 mnkr tillskjuts skolnämnden för fler lärare i grundskolan. Läxhjälpen ges varje "
        "kväll.\n", encoding="utf-8")
    assistant = assistant_over(folder)
    answer = assistant.ask("vad kostar det?", history=["M ville utöka kvällsbussarna till Ekby och Torsby, stämmer det?"])
    assert not answer.refused and "700 tkr" in answer.answer.split("[1]")[0], answer.answer
