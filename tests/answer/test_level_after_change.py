"""A sentence saying a figure changes to a level ("höjs med 0,30 kronor från 22,41 till 22,71 kronor") answers a
question asking the level by the level it goes to, one asking the change by all its amounts; a worked example with a
supposed person for its subject ("En person som tjänar 30 000 kronor ...") states no figure of the municipality."""
from assistant.evidence.sentences import asked_amounts
from assistant.understand.query import analyse
from assistant.understand.words import illustrates

RAISED = "Kommunstyrelsen föreslår att skattesatsen för 2025 höjs med 0,30 kronor från 22,41 till 22,71 kronor."


def test_a_level_asked_is_a_level_not_the_change() -> None:
    from assistant.compose.answer import extract_fact

    assert extract_fact(analyse("Hur hög är kommunalskatten 2025?"), RAISED) == "22,71 kronor"
    assert asked_amounts(analyse("Hur hög är kommunalskatten 2025?"), RAISED) == ["22,41", "22,71"]
    assert asked_amounts(analyse("hur mycket höjs skatten 2025?"), RAISED) == ["0,30", "22,41", "22,71"]


def test_a_change_between_years_keeps_its_amount() -> None:
    # "till 2024" is a year, no level: the change is the sentence's only amount
    s = "Nettokostnaderna ökade med 12 miljoner kronor från 2023 till 2024."
    assert asked_amounts(analyse("hur stora var nettokostnaderna 2024?"), s) == ["12"]


def test_a_supposed_person_of_a_kind_works_an_example() -> None:
    assert illustrates("En person som tjänar 30 000 kronor i månaden betalar ungefär 5 900 kronor i kommunalskatt.")
    assert not illustrates("En förskola som rymmer 120 barn byggs i Hyltebruk för 65 miljoner kronor.")
    assert not illustrates("Kommunalskatten i Hylte är 22,04 kronor per hundralapp.")


def test_the_stated_rate_is_quoted_before_a_worked_example() -> None:
    from assistant.compose.answer import select_evidence
    from assistant.evidence.sentences import Sentence
    from core.types import Chunk

    passage = ("En person som tjänar 30 000 kronor i månaden betalar ungefär 5 900 kronor i månaden i kommunalskatt "
               "till Hylte kommun. Kommunalskatten i Hylte är 22,04 kronor per hundralapp.")
    chunk = Chunk(id="w#1", doc_path="w.html", text=passage, start=0, end=len(passage), title="Så används din skatt")
    example, rate = passage.split(". ")
    example += "."
    sentences = [Sentence(chunk=chunk, start=passage.index(t), end=passage.index(t) + len(t), text=t, score=score,
                          coverage=1.0, chunk_score=1.0) for t, score in ((example, 1.0), (rate, 0.9))]
    assert select_evidence(analyse("Hur hög är kommunalskatten i Hylte?"), sentences)[0].text == rate


def test_a_supposed_person_given_no_figure_of_their_own_states_the_rate() -> None:
    from assistant.compose.answer import works_example

    assert works_example("En person som tjänar 30 000 kronor i månaden betalar ungefär 5 900 kronor i skatt.")
    assert not works_example("Den som bor i Töreboda betalar 22,56 kronor i kommunalskatt per hundralapp.")
    assert works_example("Om du tjänar 30 000 kronor i månaden betalar du 6 678 kronor.")


def test_an_amount_after_another_verbs_med_is_no_change() -> None:
    from assistant.evidence.sentences import moved_from

    s = "Omröstningen utfaller med 24 ja-röster för förslaget om höjning till 22,71 kronor och 15 nej-röster."
    assert moved_from(s) == frozenset()  # "utfaller med 24": no verb of change before "med"
    assert moved_from(RAISED) == frozenset({RAISED.index("0,30")})


def test_a_count_asked_keeps_a_change_sentences_amounts() -> None:
    # a count asked ("hur många öre"): the change's own amount answers it, no level
    s = "Per-Erik Westin yrkar att skattesatsen ska sänkas med 10 öre till 23,36 kronor."
    assert "10" in asked_amounts(analyse("hur många öre gäller yrkandet?"), s)
