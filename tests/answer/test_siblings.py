"""A neighbour listing the asked thing among its siblings shows that a sentence naming a sibling states the
sibling's figure: "Antalet elever i grundskolan beräknas till 1 045" does not answer how many go to gymnasiet."""
from __future__ import annotations

from assistant.compose.answer import is_about
from assistant.evidence.sentences import Sentence, split_sentences
from assistant.evidence.siblings import listed, names_sibling
from assistant.understand.query import analyse
from core.types import Chunk

TEXT = ("Bildningsnämnden ansvarar för förskola, grundskola, gymnasieskola och vuxenutbildning. Antalet elever i "
        "grundskolan beräknas till 1 045 läsåret 2025/26. Nämnden ska öka andelen elever som är behöriga till "
        "gymnasiet.")


def _sentences() -> list[Sentence]:
    chunk = Chunk(id="b#0", doc_path="b.pdf", text=TEXT, start=0, end=len(TEXT), title="Mål och budget 2025")
    return [Sentence(chunk=chunk, start=a, end=b, text=TEXT[a:b], score=1.0, coverage=1.0, chunk_score=1.0)
            for a, b in split_sentences(chunk)]


def test_a_list_of_one_word_items_is_read() -> None:
    assert listed(TEXT) == [(["förskola", "grundskola", "gymnasieskola", "vuxenutbildning"], "")]
    # a noun introducing the list is their whole
    assert listed("Kommunen har tre grundskolor: Ramundeboda skola, Centralskolan och Hasselfors skola.") == [
        (["Ramundeboda skola", "Centralskolan", "Hasselfors skola"], "grundskolor")]


def test_a_sentence_naming_a_sibling_of_the_asked_item() -> None:
    def gymnasium(text: str) -> bool:
        return "gymnasi" in text.lower()

    neighbour = TEXT.split(". ")[0]
    assert names_sibling("Antalet elever i grundskolan beräknas till 1 045.", neighbour, gymnasium)
    assert not names_sibling("Antalet elever i gymnasieskolan beräknas till 310.", neighbour, gymnasium)
    assert not names_sibling("Antalet elever beräknas till 1 400.", neighbour, gymnasium)  # no sibling named
    schools = "Kommunen har tre grundskolor: Ramundeboda skola, Centralskolan och Hasselfors skola."
    assert names_sibling("Antalet elever i grundskolan beräknas till 590.", schools,  # the whole's figure
                         lambda text: "hasselfors" in text.lower())


def test_the_siblings_figure_is_not_about_the_asked_item() -> None:
    sentences = _sentences()
    count = next(s for s in sentences if "1 045" in s.text)

    def says(s: Sentence) -> bool:
        return "gymnasi" in s.text.lower()

    assert not is_about(analyse("hur många elever går på gymnasiet 2025?"), count, sentences, says)

    def says_elever(s: Sentence) -> bool:  # a question about the pupils in all: the neighbours speak for it
        return "elever" in s.text.lower() and "1 045" not in s.text

    assert is_about(analyse("hur många elever finns det 2025?"), count, sentences, says_elever)


def test_the_parts_a_list_of_the_asked_owner_names_are_no_siblings() -> None:
    # "hur mycket ska kultur och fritid spara?": the committee's saving, whatever part of it the sentence names
    owner = ("Kultur- och fritidsnämnden ansvarar för bibliotek, fritidsgårdar, idrottsanläggningar, föreningsstöd "
             "och kulturskola.")
    assert not names_sibling("Nämnden ska spara 850 000 kronor 2025, bland annat genom ändrade öppettider på "
                             "biblioteksfilialen.", owner, lambda text: "kultur" in text.lower() or "fritid" in text.lower())
