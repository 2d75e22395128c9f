"""A rate's base is no amount ("kommunalskatt per 100 kronor": the 100 is what the rate is per), and a worked example
("Om du tjänar 30 000 kronor i månaden betalar du cirka 6 678 kronor") states no figure of the municipality: the
sentence stating the rate itself answers "hur hög är kommunalskatten?"."""
from __future__ import annotations

from assistant.evidence.sentences import amounts_in
from assistant.understand.words import opens_hypothetical


def test_the_base_of_a_rate_is_no_amount() -> None:
    assert amounts_in("Skattekrona – kommunalskatt per 100 kronor beskattningsbar inkomst.", money=True) == []
    assert amounts_in("Skattesatsen är 22,26 kronor per hundralapp.", money=True) == ["22,26"]
    assert amounts_in("Av varje 100 kronor går 31 kronor till skolan.", money=True) == ["31"]


def test_a_sentence_opened_by_a_supposition_is_a_worked_example() -> None:
    assert opens_hypothetical("Om du tjänar 30 000 kronor i månaden betalar du cirka 6 678 kronor i kommunalskatt.")
    assert opens_hypothetical("If you earn 30,000 kronor a month you pay about 6,678 kronor.")
    assert not opens_hypothetical("Om två år ska skolan vara klar.")
    assert not opens_hypothetical("År 2025 är skattesatsen 22,26 kronor per hundralapp.")


def test_the_rate_answers_not_the_worked_example() -> None:
    # the better-ranked sentence is the worked example; the one stating the rate answers
    from assistant.compose.answer import select_evidence
    from assistant.understand.query import analyse
    from tests.answer.test_evidence_in_context import _sentence

    example = ("Om du tjänar 30 000 kronor i månaden betalar du cirka 6 678 kronor i kommunalskatt till kommunen "
               "varje månad.")
    rate = "År 2025 är skattesatsen i kommunen 22,26 kronor per hundralapp av din beskattningsbara inkomst."
    passage = f"{example} {rate}"
    chosen = select_evidence(analyse("Hur hög är kommunalskatten 2025?"),
                             [_sentence(passage, example, title="Så används din skatt"),
                              _sentence(passage, rate, title="Så används din skatt")])
    assert chosen[0].text == rate, [c.text for c in chosen]


def test_the_base_of_a_rate_in_words_is_no_amount() -> None:
    assert amounts_in("Skattesatsen i Flens kommun är 22,21 kronor per hundra kronor i beskattningsbar inkomst 2025.",
                      money=True) == ["22,21"]
    assert amounts_in("Kommunen köper in för en halv miljard kronor per år.", money=True) == ["en halv"]
    # the hundred kronor a whole is divided as is the base of its parts, as a rate's base is
    assert amounts_in("Fördelning av 100 kronor i kommunalskatt, budget 2025", money=True) == []
    assert amounts_in("Av 100 kronor går 41 kronor till skolan.", money=True) == ["41"]
    assert amounts_in("Avgiften blir en höjning av 100 kronor per år.", money=True) == ["100"]


def test_a_sentence_whose_subject_is_a_supposed_person_is_a_worked_example() -> None:
    from assistant.understand.words import illustrates, supposes

    assert illustrates("Den som tjänar 30 000 kronor i månaden betalar ungefär 6 660 kronor i kommunalskatt.")
    assert illustrates("Om du tjänar 30 000 kronor i månaden betalar du cirka 6 678 kronor.")
    assert not illustrates("Den sommaren byggdes skolan för 30 miljoner kronor.")
    assert not illustrates("Skattesatsen är 22,21 kronor.")
    # the supposed person placed by a phrase before its relative
    assert illustrates("En person i Laxå som tjänar 30 000 kronor i månaden betalar ungefär 6 400 kronor per månad i "
                       "kommunalskatt till kommunen.")
    assert illustrates("En person med en månadslön på 30 000 kronor betalar ungefär 5 900 kronor i kommunalskatt.")
    assert not illustrates("Den med högst skattesats är Laxå, 22,84 kronor.")  # "den" is no indefinite person
    assert illustrates("Whoever earns 30 000 kronor a month pays about 6 600 kronor.")
    assert not illustrates("Den totala skattesatsen i Laxå som beslutats är 35,14 kronor.")
    # the supposed person the object of an opening preposition
    assert illustrates("För en person som tjänar 30 000 kronor i månaden blir kommunalskatten till Hagfors kommun "
                       "ungefär 6 000 kronor i månaden.")
    assert not illustrates("För 2025 är skattesatsen i Hagfors 22,86 kronor.")
    # the supposed person the subject of a that-clause
    assert illustrates("Skattehöjningen innebär att den som tjänar 35 000 kronor i månaden betalar 70 kronor mer i "
                       "kommunalskatt per månad.")
    assert not illustrates("Fullmäktige beslutade att skattesatsen höjs med 20 öre till 22,46 kronor.")
    assert supposes("Hur mycket betalar den som tjänar 30 000 kronor i kommunalskatt?")
    assert supposes("Vad betalar jag om jag tjänar 30 000 kronor?")
    assert not supposes("Hur hög är kommunalskatten 2025?")


def test_the_calculator_states_no_worked_examples_figure() -> None:
    from assistant.budget.answer import answer_figures
    from assistant.budget.store import FigureBook
    from core.types import DocumentMeta, LoadedDocument
    from ingest.tables import extract_figures

    text = ("Så används din skatt\n\nDen som tjänar 30 000 kronor i månaden betalar ungefär 6 660 kronor i "
            "kommunalskatt till kommunen varje månad.\n")
    doc = LoadedDocument(path="skatt.txt", text=text, sha256="skatt",
                         meta=DocumentMeta(title="Så används din skatt", date="2025-01-15"))
    book = FigureBook((extract_figures(doc),))
    answer = answer_figures("Hur hög är kommunalskatten 2025?", book)
    assert answer is None or answer.refused or 6660 not in [int(v.value) for v in answer.values], answer.text
    asked = answer_figures("Hur mycket kommunalskatt betalar den som tjänar 30 000 kronor i månaden?", book)
    assert asked is not None and not asked.refused, asked  # a question supposing the case is answered by the example
